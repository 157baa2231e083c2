//! One line of a scrape, classified on its own: blank, chrome or debris, a time or byline
//! line (alone or in "Reuters | 2 hours ago"), a paragraph, or a short line whose role
//! (headline, outlet, author) only its neighbours can decide (see `zone`).

use super::chrome::{is_chrome, strip_trailing_chrome};
use super::composite::composite;
use super::credits::{is_photo_caption, is_picture_credit};
use super::debris::is_debris;
use super::meta::{byline_of, name_glued_to_time, outlet_then_byline, source_line};
use super::names::{name_with_role, names_with_job};
use super::outlet_lines;
use super::when::{When, parse_when};
use chrono::{DateTime, Utc};
use regex::Regex;
use std::sync::LazyLock;

/// Words that mark a publication name ("Daily Express", "The Guardian", "Reuters").
#[rustfmt::skip]
const PUB_WORDS: &[&str] = &[
    "news", "times", "post", "express", "journal", "herald", "tribune", "guardian",
    "telegraph", "gazette", "chronicle", "observer", "press", "daily", "today", "weekly",
    "magazine", "wire", "reuters", "bloomberg", "ap", "afp", "pti", "ians", "ani", "bbc",
    "cnn", "standard", "mail", "mirror", "independent", "economist", "insider", "monitor",
    "globe", "courier", "bulletin", "dispatch", "examiner", "inquirer", "sentinel", "star",
    "statesman", "enquirer", "ledger", "beacon",
    "network", "tv", "radio", "media", "wired", "verge", "techcrunch", "axios", "politico",
    // The same words in the other languages whose dates `when` reads.
    "zeitung", "nachrichten", "kurier", "rundschau", "diario", "noticias", "periódico",
    "giornale", "corriere", "gazzetta", "notizie", "nouvelles", "courrier", "krant",
    "dagblad", "nieuws", "jornal", "notícias", "noviny",
];
/// A line this long is body text whatever its punctuation (a cut-off teaser).
const MAX_HEADLINE_WORDS: usize = 24;

/// What a line is, before its neighbours are looked at.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Kind {
    Blank,
    /// Chrome or debris: dropped, and it separates groups of lines.
    Junk,
    /// Body text: a sentence or more.
    Para,
    /// A time, a byline, or both with an outlet.
    Meta(Meta),
    /// A short line: headline, outlet, author name, section label, subhead.
    Short,
}

/// What a meta line states.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Meta {
    pub when: Option<When>,
    pub byline: Option<String>,
    pub source: Option<String>,
    /// The source is only shaped like an outlet, not named like one ("Madrid" in "Madrid -
    /// 14 jul 2025"): it holds when the page repeats it (see `zone`).
    pub weak_source: bool,
    /// The time is a revision's ("Updated Jul 12, 2025"), which a publication time given
    /// beside it beats.
    pub revised: bool,
}

/// Split text into lines with whitespace collapsed and control and zero-width characters
/// removed; blank lines stay, as "".
pub(crate) fn normalize(text: &str) -> Vec<String> {
    text.split(['\n', '\r'])
        .map(|l| {
            let cleaned: String = l
                .chars()
                .filter(|c| !matches!(c, '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}'))
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect();
            let line = unmark(&cleaned.split_whitespace().collect::<Vec<_>>().join(" "));
            let line = super::debris::without_placeholders(without_link_notes(line));
            spaced_labels(without_wire_codes(without_handle(line)))
        })
        .collect()
}

/// "By Jane Doe,Updated July 13, 2025" -> "By Jane Doe, Updated July 13, 2025": a time's
/// label glued to the comma after the byline, where the page had two elements.
/// "Published:Monday | July 14, 2025" -> "Published: Monday | July 14, 2025": or its
/// colon glued to the day.
fn spaced_labels(line: String) -> String {
    let line = ["Published:", "Updated:", "Posted:"]
        .iter()
        .find_map(|label| {
            let rest = line.strip_prefix(label)?;
            rest.starts_with(|c: char| c.is_alphanumeric())
                .then(|| format!("{label} {rest}"))
        })
        .unwrap_or(line);
    if !line.contains(",U") && !line.contains(",P") {
        return line;
    }
    ["Updated ", "Published ", "Posted "]
        .iter()
        .fold(line, |l, label| {
            l.replace(&format!(",{label}"), &format!(", {label}"))
        })
}

/// "... police said. PTI SPK ARU" -> "... police said.": an Indian wire's name and its
/// desk's codes after the copy's last stop.
fn without_wire_codes(mut line: String) -> String {
    let Some((at, stop)) = line
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '.' | '"' | '”'))
    else {
        return line;
    };
    let end = at + stop.len_utf8();
    if super::caption_ends::wire_desk_codes(&line[end..]) {
        line.truncate(end);
    }
    line
}

/// "Dana Whitcomb@in/danawhitcomb", "Ravi Hui@ravihui": an author's name with the handle
/// of a profile link glued to it -> the name.
fn without_handle(line: String) -> String {
    static NAME_HANDLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3})@[\w./-]+$")
            .expect("a valid pattern")
    });
    if !line.contains('@') {
        return line;
    }
    match NAME_HANDLE.captures(&line) {
        Some(c) => c[1].to_string(),
        None => line,
    }
}

/// "Veltmann Systems (VELT.AS), opens new tab said on Monday": a screen reader's note on a
/// link inside a sentence is not the text (a link alone with its note, "Careers, opens new
/// tab", stays whole for `chrome` to drop).
fn without_link_notes(line: String) -> String {
    const NOTES: &[&str] = &[
        ", opens new tab",
        " (opens in a new tab)",
        " (opens in new tab)",
        " (opens in a new window)",
        " (opens in new window)",
    ];
    if !NOTES.iter().any(|n| line.contains(n)) || line.split_whitespace().count() <= 8 {
        return line;
    }
    NOTES.iter().fold(line, |l, n| l.replace(n, ""))
}

/// Markdown's marks on a line copied by a reader app or a "copy as Markdown" tool:
/// "# Headline" -> "Headline", "**By Jane Doe**" -> "By Jane Doe", "> quote" -> "quote",
/// "[the report](https://...)" -> "the report". Images ("![...](...)") stay, for
/// `debris::is_debris` to drop; "__" (code names hold it) and a lone "**" ("f**k") stay.
fn unmark(line: &str) -> String {
    static LINK: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"!?\[([^\[\]]+)\]\([^()\s]+\)").expect("a valid pattern"));
    static STRONG: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(^|[\s(\[])\*\*([^*\s](?:[^*]*[^*\s])?)\*\*").expect("a valid pattern")
    });
    let heading = line.trim_start_matches('#');
    let line = match heading.strip_prefix(' ') {
        Some(rest) if heading.len() < line.len() && line.len() - heading.len() <= 6 => rest,
        _ => line,
    };
    let line = line.strip_prefix("> ").unwrap_or(line);
    let line = if line.contains("**") {
        STRONG.replace_all(line, "$1$2").into_owned()
    } else {
        line.to_string()
    };
    if !line.contains("](") {
        return line;
    }
    LINK.replace_all(&line, |c: &regex::Captures| {
        let all = &c[0];
        if all.starts_with('!') {
            all.to_string()
        } else {
            c[1].to_string()
        }
    })
    .into_owned()
}

/// Classify one normalized line.
pub(crate) fn classify(line: &str, clipped_at: DateTime<Utc>) -> Kind {
    if line.is_empty() {
        return Kind::Blank;
    }
    if let Some(when) = parse_when(super::when_parts::without_tail(line), clipped_at) {
        return Kind::Meta(Meta {
            when: Some(when),
            revised: super::revisions::revision_line(line),
            ..Meta::default()
        });
    }
    if let Some(meta) = super::outlet_lines::section_then_time(line, clipped_at) {
        return Kind::Meta(meta);
    }
    // (Before the credits: "Andrea Lowe/Courier Writer" reads as a photographer's.)
    if let Some(name) = super::names::name_slash_job(line) {
        return Kind::Meta(Meta {
            byline: Some(name),
            ..Meta::default()
        });
    }
    if let Some(meta) = super::meta::slashed_byline(line, clipped_at) {
        return Kind::Meta(meta);
    }
    if is_debris(line)
        || is_chrome(line)
        || is_photo_caption(line)
        || is_picture_credit(line)
        || super::revisions::revision_note(line, clipped_at)
        || super::credits::desk_with_agency(line)
    {
        return Kind::Junk;
    }
    if let Some(name) = super::credits::author_with_wires(line) {
        return Kind::Meta(Meta {
            byline: Some(name.to_string()),
            ..Meta::default()
        });
    }
    if let Some(name) = name_with_role(line) {
        return Kind::Meta(Meta {
            byline: Some(name),
            ..Meta::default()
        });
    }
    if let Some(meta) = super::names::byline_unglued(line)
        .and_then(|l| byline_of(&l, clipped_at))
        .or_else(|| byline_of(line, clipped_at))
        .or_else(|| outlet_then_byline(line, clipped_at))
        .or_else(|| source_line(line))
        .or_else(|| composite(line, clipped_at))
        .or_else(|| outlet_lines::time_then_name(line, clipped_at))
        .or_else(|| outlet_lines::names_then_outlet_in_brackets(line))
        .or_else(|| outlet_lines::cjk_outlet_then_time(line, clipped_at))
        .or_else(|| name_glued_to_time(line, clipped_at))
        .or_else(|| {
            names_with_job(line)
                .or_else(|| super::names::original_by(line))
                .or_else(|| super::names::names_at_known_place(line))
                .or_else(|| super::names::cjk_reporter(line))
                .map(|names| Meta {
                    byline: Some(names.to_string()),
                    ..Meta::default()
                })
        })
    {
        return Kind::Meta(meta);
    }
    // A teaser's "… Read more" does not make it a short line.
    if is_paragraph(&strip_trailing_chrome(line)) {
        Kind::Para
    } else {
        Kind::Short
    }
}

/// A sentence or more of body text (see the thresholds below).
pub(crate) fn is_paragraph(line: &str) -> bool {
    let words = line.split_whitespace().count();
    // "THE WALL STREET JOURNAL.": a wordmark or label in capitals, whatever its stop (a
    // Japanese sentence has no lower case either, and "AI" in it is no wordmark).
    if word_count(line) <= 6
        && line.chars().any(char::is_uppercase)
        && !line.chars().any(char::is_lowercase)
    {
        return false;
    }
    let end = line
        .trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')', ']'])
        .chars()
        .last();
    let sentences = line.matches(". ").count() + line.matches("? ").count();
    words >= MAX_HEADLINE_WORDS
        || line.chars().count() > 250
        || (matches!(end, Some('.' | '…')) && words >= 3)
        || (matches!(end, Some('!' | '?')) && words >= 14)
        || (matches!(end, Some('。' | '！' | '？')) && line.chars().count() >= 10)
        || (sentences >= 2 && words >= 10)
}

/// Words in a line, for telling headlines from labels and paragraphs: Chinese, Japanese
/// and Korean write without spaces, so there every two of their characters count as one
/// word (about the length of a word in those scripts).
pub(crate) fn word_count(line: &str) -> usize {
    let cjk = line.chars().filter(|&c| is_cjk(c)).count();
    if cjk == 0 {
        return line.split_whitespace().count();
    }
    let other = line
        .split_whitespace()
        .filter(|w| !w.chars().any(is_cjk))
        .count();
    other + cjk.div_ceil(2)
}

/// A character of the Chinese, Japanese or Korean scripts.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{9fff}' | '\u{ac00}'..='\u{d7af}' | '\u{f900}'..='\u{faff}')
}

/// Could be a headline: starts with a capital, digit or quote; no trailing ':' or ','.
pub(crate) fn is_candidate(line: &str) -> bool {
    let words = word_count(line);
    let first = line.chars().next();
    // Upper case, or a script without case (Chinese, Arabic, Hindi...).
    let opens = first.is_some_and(|c| {
        // German „, French « and Nordic » open quotes too, and a sum's currency sign
        // ("£4m funding gap threatens ...").
        (c.is_alphanumeric() && !c.is_lowercase())
            || "\"'\u{2018}\u{201c}\u{201e}«»¿¡$£€¥₹₦₱₩₺₪".contains(c)
            // Japanese and Chinese brackets: "【速報】大阪で火災", "「...」".
            || "【「『〈《".contains(c)
    }) || wire_tag(line).is_some();
    // A headline may end in a stop ("... in Fukuoka Pref."): a short line of headline
    // length that does is one (`passes::headlines_with_stops` makes them; any other line
    // ending in a stop reads as a paragraph).
    let stop = line.ends_with('.') && words < super::zone::HEADLINE_WORDS;
    opens
        && (1..MAX_HEADLINE_WORDS).contains(&words)
        && !line.ends_with([':', ',', ';'])
        && !stop
        && line.chars().any(char::is_alphabetic)
        // "Das könnte Sie auch interessieren" heads a list of other stories.
        && !super::headings::list_heading(line)
}

/// "(LEAD) Samsung to invest ...", "(URGENT) ...", "(2nd LD) ...": a wire service's tag
/// before a headline; the headline after it.
pub(crate) fn wire_tag(line: &str) -> Option<&str> {
    let (tag, rest) = line.strip_prefix('(')?.split_once(") ")?;
    let tagged = (2..=12).contains(&tag.len())
        && tag.chars().any(char::is_uppercase)
        && !tag.chars().any(char::is_lowercase)
        && rest.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    tagged.then_some(rest)
}

/// The outlet a line names, without a leading "- " or "via ": "- The Hindu" -> "The Hindu".
pub(crate) fn outlet_key(line: &str) -> (&str, bool) {
    for p in [
        "- ", "– ", "— ", "via ", "Via ", "Source: ", "SOURCE: ", "From: ",
    ] {
        if let Some(rest) = line.strip_prefix(p) {
            return (rest.trim(), true);
        }
    }
    (line, false)
}

/// "@jessicalin": a social media handle.
pub(super) fn handle(s: &str) -> bool {
    s.len() > 1 && s.starts_with('@') && !s.contains(' ')
}

/// "CNBC", "NPR", "WSJ": one word of two to six capitals.
pub(super) fn acronym(s: &str) -> bool {
    (2..=6).contains(&s.chars().count()) && s.chars().all(|c| c.is_uppercase())
}

/// Short, capitalised, no sentence punctuation: "Indian Express", "The Hindu", "AP".
pub(crate) fn outlet_shaped(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let capitalised = words.iter().filter(|w| starts_upper(w)).count();
    (1..=5).contains(&words.len())
        && s.chars().count() <= 50
        && starts_upper(s)
        && capitalised * 2 > words.len()
        && !s.ends_with(['.', '?', '!', ','])
        // A label and its value ("Edited By: Ananya Sharma") is not a name, nor is a
        // city's weather ("Jerusalem 27°").
        && !s.contains([':', '°'])
}

/// A word of the line marks a publication, or the line is a domain ("theverge.com").
pub(crate) fn pub_word(s: &str) -> bool {
    let lower = s.to_lowercase();
    let domain = !lower.contains(' ')
        && [
            ".com", ".in", ".co.uk", ".org", ".net", ".news", ".io", ".co",
        ]
        .iter()
        .any(|t| lower.ends_with(t));
    // "毎日新聞", "人民日报", "조선일보", "朝日新聞デジタル": the word for newspaper.
    let cjk_paper = [
        "新聞", "新闻", "日報", "日报", "時報", "时报", "신문", "일보",
    ]
    .iter()
    .any(|t| s.contains(t))
        // "東都経済ニュース", "南海タイムス", "共同通信": news, times, a wire service, as
        // the name's last word ("国内ニュース一覧", a list's label, is none).
        || ["ニュース", "タイムス", "タイムズ", "新報", "新报", "通信", "뉴스"]
            .iter()
            .any(|t| s.ends_with(t));
    domain
        || cjk_paper
        || lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| PUB_WORDS.contains(&w))
}

/// Shaped like a publication and naming one: "Indian Express", "theverge.com", or a
/// short "The ..." name ("The Hindu").
pub(crate) fn looks_like_outlet(s: &str) -> bool {
    let the_name = s.starts_with("The ") && s.split_whitespace().count() <= 3;
    outlet_shaped(s) && (pub_word(s) || the_name)
}

/// The first character is an upper-case letter (or a digit).
pub(crate) fn starts_upper(s: &str) -> bool {
    s.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Ends like a sentence.
pub(super) fn ends_sentence(s: &str) -> bool {
    s.ends_with(['.', '!', '?']) && s.split_whitespace().count() > 4
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clip::scrape::names::name_like;

    fn at() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2025-07-14T12:00:00Z")
            .map(|t| t.with_timezone(&Utc))
            .expect("fixed test time")
    }

    fn meta(line: &str) -> Option<(Option<String>, Option<String>, Option<String>)> {
        match classify(line, at()) {
            Kind::Meta(m) => Some((m.byline, m.source, m.when.and_then(When::render))),
            _ => None,
        }
    }

    #[test]
    fn meta_lines_in_their_common_shapes() {
        let s = |x: &str| Some(x.to_string());
        assert_eq!(meta("By Jane Doe"), Some((s("Jane Doe"), None, None)));
        assert_eq!(
            meta("By Jane Doe, Reuters"),
            Some((s("Jane Doe"), s("Reuters"), None))
        );
        assert_eq!(
            meta("By Jane Doe, July 14, 2025"),
            Some((s("Jane Doe"), None, s("2025-07-14")))
        );
        assert_eq!(
            meta("By — Jane Doe, Reuters"),
            Some((s("Jane Doe"), s("Reuters"), None)),
            "a dash after 'By'"
        );
        assert_eq!(
            meta("Arts & Culture Updated on Jul 14, 2025 — Published on Jul 13, 2025"),
            Some((None, None, s("2025-07-13"))),
            "a section glued before the labelled times"
        );
        assert_eq!(meta("Police Updated their advice"), None);
        assert_eq!(
            meta("By Jo Staffordshire Staff Writer"),
            Some((s("Jo Staffordshire"), None, None)),
            "the job is cut where its first word starts"
        );
        assert_eq!(
            meta("Posted on 14 July 2025 by Devika Rao"),
            Some((s("Devika Rao"), None, s("2025-07-14")))
        );
        assert_eq!(
            meta("Reuters | 2 hours ago"),
            Some((None, s("Reuters"), s("2025-07-14T10:00:00Z")))
        );
        assert_eq!(
            meta("Jane Doe · 5 min read"),
            Some((s("Jane Doe"), None, None))
        );
        assert_eq!(
            meta("By the numbers: what changed"),
            None,
            "a headline, not a byline"
        );
        assert_eq!(meta("Markets slide - and bonds follow"), None);
        assert_eq!(
            meta("The Telegraph, by Anna Whitfield and James Okoro, 13 July 2025"),
            Some((
                s("Anna Whitfield and James Okoro"),
                s("The Telegraph"),
                s("2025-07-13")
            ))
        );
        assert_eq!(
            meta("第一财经 2025年7月13日 15:30"),
            Some((None, s("第一财经"), s("2025-07-13")))
        );
        assert_eq!(
            meta("21世纪经济报道 记者 陈晓 昨天 18:20"),
            Some((s("陈晓"), s("21世纪经济报道"), s("2025-07-13")))
        );
        assert_eq!(
            meta("财联社 · 3小时前"),
            Some((None, s("财联社"), s("2025-07-14T09:00:00Z")))
        );
        assert_eq!(
            meta("Source: Al Jazeera"),
            Some((None, s("Al Jazeera"), None))
        );
        assert_eq!(
            meta("Prices rose, by most measures, in June"),
            None,
            "prose with a comma before \"by\""
        );
        // "By:" with a colon, the job after a dash and the handle after a slash; the
        // outlet in brackets after names with no "By".
        assert_eq!(
            meta("By: Joanna Macaraeg, Rhea Santillan - Reporters / @inquirerdotnet"),
            Some((s("Joanna Macaraeg, Rhea Santillan"), None, None))
        );
        assert_eq!(
            meta("By: Dexter Tolentino - @inquirerdotnet"),
            Some((s("Dexter Tolentino"), None, None))
        );
        // Each name with its address after a bar, the outlet last; each with its job after
        // a comma.
        assert_eq!(
            meta(
                "By Lena Okafor | lokafor@ledger.example and Dan Brill | dbrill@ledger.example | Lake Tribune"
            ),
            Some((s("Lena Okafor and Dan Brill"), s("Lake Tribune"), None))
        );
        assert_eq!(
            meta("By Hannah Lind | hlind@post.example"),
            Some((s("Hannah Lind"), None, None))
        );
        assert_eq!(
            meta("By Kaitlyn Moreau, Staff writer, and Derrick Oyelaran, Staff writer"),
            Some((s("Kaitlyn Moreau and Derrick Oyelaran"), None, None))
        );
        assert_eq!(
            meta("Ni Komang Ayu Sasmita and Radhiyya Indra (The Jakarta Post)"),
            Some((
                s("Ni Komang Ayu Sasmita and Radhiyya Indra"),
                s("The Jakarta Post"),
                None
            ))
        );
        assert_eq!(
            meta("Storm warnings for Crete and Rhodes (Updated)"),
            None,
            "a headline's note in brackets"
        );
    }

    #[test]
    fn names_and_phrases() {
        assert!(name_like("Parmy Olson") && name_like("Jean-Luc de la Cruz"));
        assert!(name_like("Gwenaëlle LE CORRE") && name_like("Yann BERTHO."));
        for s in [
            "Try Our AI Features",
            "Meta AI",
            "Samsung SDI",
            "Apple TV",
            "The Hindu",
            "Indian Express",
            "Home About Archive",
            "Getty",
        ] {
            assert!(!name_like(s), "{s:?} is not a person");
        }
        assert!(is_paragraph("Analysts were surprised."));
        assert!(!is_paragraph(
            "Applying for a job at Amazon, Microsoft or Meta? 3 key things you should know"
        ));
        assert!(is_candidate("新闻标题") && !is_candidate("explore more:"));
    }
}
