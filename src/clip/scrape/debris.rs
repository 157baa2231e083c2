//! Counts and leftovers: lines that count something ("5 min read", "12 Comments",
//! "Lesezeit 3 Min.") and what images, links and binary junk leave in a copied page
//! (`&w=3840&q=100)`, `photo.jpg`, a lone `)`, a row of figures), and an event's dates
//! ("October 27-29, 2025") from a promotion's box.

use std::sync::LazyLock;

use regex::Regex;

use super::chrome_words::COUNTER_WORDS;

/// A whole line that counts something: "5 min read", "12 Comments", "1.2K views".
pub(crate) fn is_counter_line(line: &str) -> bool {
    // "4-MIN READ": the number and the unit hyphened.
    // "5 min. read": the unit abbreviated with a stop.
    let key = line
        .to_lowercase()
        .replace("-min ", " min ")
        .replace(" min. ", " min ");
    let key = key.trim_end_matches(['.', ':', '…', '!', ' ']);
    is_counter(&key.split_whitespace().collect::<Vec<_>>())
}

/// "12 Comments", "Share 34", "5 min read", "1.2K views", "(3)".
pub(crate) fn is_counter(words: &[&str]) -> bool {
    let is_num = |w: &str| {
        let w = w.trim_matches(['(', ')', '[', ']']);
        let w = w.trim_end_matches(['k', 'm']);
        !w.is_empty()
            && w.chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    };
    // "Lecture 4 min", "Lesezeit 3 Min.": the label first.
    if let [label, n, unit] = words
        && [
            "lecture", "lesezeit", "lettura", "leestijd", "lectura", "leitura",
        ]
        .contains(label)
        && is_num(n)
        && [
            "min", "min.", "mins", "minutes", "minuten", "minuti", "minutos",
        ]
        .contains(unit)
    {
        return true;
    }
    // "2 minuti di lettura", "4 min de lecture": a reading time in other languages; "3'
    // di lettura", the minutes marked with a prime.
    if let [n, rest @ ..] = words
        && is_num(n.trim_end_matches(['\'', '′']))
        && [
            "minuti di lettura",
            "minuto di lettura",
            "mins to read",
            "min to read",
            "min reading time",
            "minutes reading time",
            "minutes to read",
            "di lettura",
            "min de lecture",
            "minutes de lecture",
            "minutos de lectura",
            "minuto de lectura",
            "minuten lesezeit",
            "min lesezeit",
            "min leestijd",
            "minutos de leitura",
            "min de leitura",
            "min läsning",
            "minuters läsning",
            "min czytania",
            "minut czytania",
        ]
        .contains(&rest.join(" ").replace("min.", "min").as_str())
    {
        return true;
    }
    // "33 comment bubble on white": a count of comments and its icon's alt text.
    if let [n, w, ..] = words
        && words.len() <= 6
        && is_num(n)
        && ["comment", "comments"].contains(w)
    {
        return true;
    }
    let mut numbers = 0;
    for w in words {
        if is_num(w) {
            numbers += 1;
        } else if !COUNTER_WORDS.contains(&w.trim_matches(['(', ')', ':'])) {
            return false;
        }
    }
    numbers > 0 && words.len() <= 4
}

/// A web address alone on its line: `https://example.com/a-story`, `www.example.com/a`.
pub(crate) fn bare_link(line: &str) -> bool {
    let lower = line.trim().to_ascii_lowercase();
    !lower.contains(' ')
        && ["http://", "https://", "www."]
            .iter()
            .any(|p| lower.starts_with(p))
}

/// What closes a story in a list of them: its address alone on a line (`bare_link`), or
/// the button that opens it ("Read more", "Continue reading", "Lire la suite").
pub(crate) fn story_link(line: &str) -> bool {
    const BUTTONS: &[&str] = &[
        "read more",
        "continue reading",
        "read the full story",
        "read full story",
        "full story",
        "read the story",
        "lire la suite",
        "weiterlesen",
        "leer más",
        "seguir leyendo",
        "leggi tutto",
        "leia mais",
        "lees meer",
    ];
    let key = line
        .trim()
        .trim_end_matches(['.', '…', '›', '»', '>', '→', ' '])
        .to_lowercase();
    bare_link(line) || BUTTONS.contains(&key.as_str())
}

/// True for image and link leftovers and binary junk: `&w=3840&q=100)`, `)`,
/// `https://cdn.example/a.jpg`, a line that is mostly not letters.
pub(crate) fn is_debris(line: &str) -> bool {
    let chars = line.chars().count();
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    if letters == 0 {
        // "2025" alone or a lone ")" carry nothing a reader wants.
        return true;
    }
    let lower = line.to_lowercase();
    // An embed's code ("<iframe src=... width=...>") copied as text.
    if ["<iframe", "<script", "<div", "<img", "<blockquote"]
        .iter()
        .any(|t| lower.starts_with(t))
    {
        return true;
    }
    // Chinese and Japanese sentences have no spaces either.
    let one_word = !line.contains(' ') && !line.chars().any(super::lines::is_cjk);
    let urlish = ['=', '&', '/', '?', '%', '\\', '{', '}', '<', '>', '[', ']']
        .iter()
        .any(|c| line.contains(*c));
    let image = [".jpg", ".jpeg", ".png", ".webp", ".gif", ".svg", ".avif"]
        .iter()
        .any(|e| lower.contains(e));
    let link = lower.contains("http://") || lower.contains("https://") || lower.contains("www.");
    let few_words = line.split_whitespace().count() <= 3;
    // Symbols that are neither text nor everyday punctuation: mojibake, binary junk.
    let odd = line.chars().filter(|c| !is_text_char(*c)).count();
    // "Left 20% · Center 55% · Right 25%", "Nasdaq 20,640.33 +0.27%": a row of figures.
    let tokens: Vec<&str> = line
        .split_whitespace()
        .filter(|t| t.chars().any(char::is_alphanumeric))
        .collect();
    let figures = tokens
        .iter()
        .filter(|t| t.chars().any(|c| c.is_ascii_digit()))
        .count();
    // "上证指数 3482.16 +0.42%": a ticker's name, its level and its change.
    let change = tokens
        .iter()
        .any(|t| t.starts_with(['+', '-', '−']) && t.ends_with('%'));
    let data_row = (figures >= 3 || (figures == 2 && change))
        && figures * 2 >= tokens.len()
        && line.contains('%');
    // "👁 6.2K", "❤ 1,204": a counter under a post, a symbol and a number.
    let counter = tokens.len() == 1
        && line.split_whitespace().count() == 2
        && tokens[0]
            .trim_end_matches(['K', 'k', 'M'])
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',');
    data_row
        || counter
        || is_date_range(line)
        || episode_number(&lower)
        || (one_word && urlish)
        || ((image || link) && few_words)
        || lower.starts_with("![")
        || lower.starts_with("](")
        || (chars > 3 && odd * 3 > chars)
}

/// "Ep. 214", "Episode 12", "Folge 88", "No. 7": the number of an episode or an issue
/// over its title, which names no outlet.
fn episode_number(lower: &str) -> bool {
    let Some((label, n)) = lower.trim().rsplit_once([' ', '.', '#']) else {
        return false;
    };
    let label = label.trim().trim_end_matches('.');
    !n.is_empty()
        && n.chars().all(|c| c.is_ascii_digit())
        && [
            "ep", "episode", "épisode", "episodio", "folge", "no", "issue", "",
        ]
        .contains(&label)
}

/// "October 27-29, 2025", "27–29 Oct 2025", "Sep 30 - Oct 2, 2025": the days an event
/// runs, as an event's box gives them. A publication time is one day, so such a line is
/// neither a time nor a headline.
fn is_date_range(line: &str) -> bool {
    static RANGE: LazyLock<Regex> = LazyLock::new(|| {
        let month = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?";
        Regex::new(&format!(
            r"(?i)^(?:{month}\s+\d{{1,2}}\s*[-–—]\s*(?:{month}\s+)?\d{{1,2}}|\d{{1,2}}\s*[-–—]\s*\d{{1,2}}\s+{month}|\d{{1,2}}\s+{month}\s*[-–—]\s*\d{{1,2}}\s+{month})(?:,?\s+\d{{4}})?$"
        ))
        .expect("static regex")
    });
    RANGE.is_match(line.trim())
}

/// Letters, digits, spaces and everyday punctuation (ASCII, typographic quotes and
/// dashes, currency): anything else in bulk is mojibake or binary junk.
fn is_text_char(c: char) -> bool {
    c.is_alphanumeric()
        || c.is_whitespace()
        || ",.:;'\"!?()-|/$%&@#*+".contains(c)
        || ('\u{2010}'..='\u{203a}').contains(&c)
        || matches!(c, '·' | '€' | '£' | '¥' | '°' | '«' | '»')
}

/// The longest ticker symbol ("VRDN", "BRK.B").
const SYMBOL_CHARS: usize = 6;
/// The most words of a company's name in a table of quotes ("Kestrel Foods Corp.").
const NAME_WORDS: usize = 5;

/// "VRDN" over "-4.81%": a stock's symbol over its change, a quote card among the
/// stories of a markets page, or a table's row with the company's name and price
/// between. The change and the price are debris already (`is_debris`); the symbol and
/// the name go too.
pub(super) fn drop_ticker_symbols(lines: &[String], kinds: &mut [super::lines::Kind]) {
    use super::lines::Kind;
    let symbol = |l: &str| {
        (1..=SYMBOL_CHARS).contains(&l.len())
            && l.starts_with(|c: char| c.is_ascii_uppercase())
            && l.chars().all(|c| c.is_ascii_uppercase() || c == '.')
    };
    // "+1.12%", "-4.81%", "+23.55 (+0.42%)": signed, in percent, no letters.
    let change = |l: &str| {
        l.starts_with(['+', '-', '−']) && l.contains('%') && !l.chars().any(char::is_alphabetic)
    };
    // A row of a "Most Active" table puts the company's name and its price between:
    // "TSRO" / "Tessaro Inc." / "182.44" / "+4.12%".
    let name = |l: &str| {
        (1..=NAME_WORDS).contains(&super::lines::word_count(l))
            && l.starts_with(|c: char| c.is_uppercase())
            && !l.ends_with(['?', '!', ':'])
    };
    let price = |l: &str| !l.chars().any(char::is_alphabetic);
    for i in 0..lines.len() {
        if !(matches!(kinds[i], Kind::Short) && symbol(&lines[i])) {
            continue;
        }
        let row: Vec<usize> = (i + 1..lines.len())
            .filter(|&j| !matches!(kinds[j], Kind::Blank))
            .take(3)
            .collect();
        let Some(at) = row.iter().position(|&j| change(&lines[j])) else {
            continue;
        };
        let between = &row[..at];
        let named = between.iter().filter(|&&j| !price(&lines[j])).count() <= 1
            && between.iter().all(|&j| price(&lines[j]) || name(&lines[j]));
        if named {
            kinds[i] = Kind::Junk;
            for &j in between {
                kinds[j] = Kind::Junk;
            }
        }
    }
}

/// "14 July 2025 05:42 pm - 7 - {{hitsCtrl.values.hits}}" -> "14 July 2025 05:42 pm": a
/// template's placeholder the page never filled in, with the counters and separators
/// before it (the page's script would have put a count there).
pub(super) fn without_placeholders(line: String) -> String {
    let Some(at) = line.find("{{").filter(|_| line.trim_end().ends_with("}}")) else {
        return line;
    };
    let mut kept = line[..at].trim_end();
    // Peel " - 7 -" off the end: separators and counts (not a year's four digits).
    while let Some((head, last)) = kept.rsplit_once(' ') {
        let peel = last
            .chars()
            .all(|c| c.is_ascii_digit() || "-|·•".contains(c))
            && last.chars().filter(char::is_ascii_digit).count() <= 3;
        if !peel || head.is_empty() {
            break;
        }
        kept = head.trim_end();
    }
    kept.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debris_lines() {
        for s in [
            "&w=3840&q=100)",
            ")",
            "https://cdn.x.com/a.jpg",
            "img_2041.JPG",
            "\u{1}\u{2}ab\u{3}\u{4}%%%%",
            "Left 20% · Center 55% · Right 25%",
            "October 27-29, 2025",
            "27–29 Oct 2025",
            "Sep 30 - Oct 2, 2025",
            "30 September – 2 October 2025",
            "Ep. 214",
            "Episode 12",
            "Folge 88",
        ] {
            assert!(is_debris(s), "{s:?} is debris");
        }
        for s in [
            "Indian Express",
            "$64 billion",
            "G7 summit: what to expect",
            "5G",
            "Dow drops 500 points as S&P falls 1.2% and Nasdaq 2%",
            "October 27, 2025",
            "May 3-5 talks end without a deal",
            "Episode 12: the town that switched off its lights",
            "Chapter 11",
        ] {
            assert!(!is_debris(s), "{s:?} is text");
        }
    }

    #[test]
    fn counters() {
        for s in [
            "5 min read",
            "12 Comments",
            "Lesezeit 3 Min.",
            "2 minuti di lettura",
            "1.2K views",
            "4-MIN READ",
            "5 min. read",
        ] {
            assert!(is_counter_line(s), "{s:?} counts something");
        }
        for s in [
            "5 things to know",
            "12 dead in Gaza strike",
            "Comments on the budget",
        ] {
            assert!(!is_counter_line(s), "{s:?} is a headline");
        }
    }
}
