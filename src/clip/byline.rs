//! A byline as pages give it ("By JANE DOE - May 1, 2024", `["Jane Doe"]`, "Written By:")
//! -> the author name(s), or nothing when what was found is not a name.

use super::pubdate::{WEEKDAYS, normalize_date};

mod affiliations;
mod leads;
mod owner;
use leads::strip_lead;
pub(crate) use owner::personal_site_author;

/// Where a byline stops being a name: a date or reading time usually follows these.
/// A name never holds a bar or a spaced dash: what follows one is a role, an outlet or a
/// date ("Jane Doe - Staff Editorial Team", "Jane Doe| Author").
const TAIL_MARKERS: &[&str] = &[
    "•",
    "·",
    "published",
    // (Glued too: "Jane DoeUpdated 3:04 PM EDT", a line break lost.)
    "updated",
    " on ",
    // "Posted by Jane Doe at December 16, 2025 11:15 AM", "Jane Doe at The Courier".
    " at ",
    "|",
    " - ",
    " – ",
    " — ",
];

/// Roles and labels that follow a name ("Jane Doe Fact Checked", "Jane DoeFounder &
/// CEO", "Jane Doe Reviewed by ..."): the name ends where one starts, spaced or glued.
const ROLE_TAILS: &[&str] = &[
    "fact checked",
    "fact-checked",
    "reviewed by",
    "medically reviewed",
    "edited by",
    "staff writer",
    "senior writer",
    "contributing writer",
    "author's profile",
    "author’s profile",
    "author profile",
    "founder",
    "co-founder",
    "last updated",
    "last",
    "former",
    "staff reporter",
    "tech reporter",
    "reporter",
    "writer",
    "correspondent",
    "columnist",
    // A link or button beside the name: "A. J. Neal View In Digital Edition", "Jane Doe
    // View all posts", "Jane Doe More from this author".
    "on behalf of",
    "view all",
    "view profile",
    "view in",
    "view more",
    "see all",
    "more from",
    "more by",
    "read more",
    "follow on",
];

/// Things that sit where a byline would and are not one.
const NOT_NAMES: &[&str] = &[
    "by",
    "author",
    "authors",
    "the author",
    "written by",
    "full bio",
    "admin",
    "name",
    "staff",
    "contributor",
    "unknown",
    "anonymous",
    "sign in",
    "log in",
    "subscribe",
    "webmaster",
    // What a page's script wrote when it had no author to put there.
    "undefined",
    "null",
    "none",
    // A label standing where the name would ("Submitted"; a weekday is `WEEKDAYS`).
    "submitted",
    "posted",
    "published",
];

const MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Whether `byline` is a site's credits, each role labelled ("content: MarketingSherpa,
/// design: Scott McDaniel, code: Steve Beger"): two labels or more, each a single word and
/// a colon. One label is a byline's own ("Words: Jane Doe").
pub(crate) fn is_credits_list(byline: &str) -> bool {
    byline
        .split_whitespace()
        .filter(|w| {
            w.strip_suffix(':')
                .is_some_and(|l| !l.is_empty() && l.chars().all(|c| c.is_alphabetic()))
        })
        .count()
        >= 2
}

/// Clean a byline found in a page.
///
/// Unwraps a JSON array of names, drops a leading "By" / "Written by" (also glued, as in
/// "BySummer"), cuts a trailing date or reading time, and returns `None` for what is not a
/// name: empty, a URL, a date, a label such as "Full Bio", or longer than a byline can be.
pub(crate) fn clean_byline(raw: &str) -> Option<String> {
    let raw = raw.trim();
    // dom_smoothie hands over a JSON-LD author array as its JSON text.
    let joined;
    let raw = match serde_json::from_str::<Vec<String>>(raw) {
        Ok(names) if raw.starts_with('[') => {
            joined = names.join(", ");
            joined.as_str()
        }
        _ => raw,
    };
    // Links to the author's page ("Jane Doe (https://...)") are not part of the name.
    let mut s = raw
        .split_whitespace()
        .filter(|w| !w.contains("://"))
        .collect::<Vec<_>>()
        .join(" ")
        .replace("()", "")
        .replace(" ,", ",");
    // "Words: Saoirse Dunleavy · Photography: Piotr Wnuk": the story's credit, the
    // writer's part first.
    if ["words:", "text:", "story:"]
        .iter()
        .any(|l| s.to_lowercase().starts_with(l))
        && let Some(cut) = [" · ", " | ", " / "].iter().filter_map(|m| s.find(m)).min()
    {
        s.truncate(cut);
    }
    let lower = s.to_lowercase();
    if is_credits_list(&s) {
        return None;
    }
    let starts_with_label = ["last updated", "updated", "published", "posted", "reviewed"]
        .iter()
        .any(|l| lower.starts_with(l));
    // "Analysis by Jane Doe, CNN", "Opinion by ...": the kind of piece, then the name.
    let kind_of_piece = [
        "analysis by ",
        "opinion by ",
        "commentary by ",
        "review by ",
    ]
    .iter()
    .any(|l| lower.starts_with(l));
    if let Some(pos) = find_ci(&s, "written by") {
        s = s[pos..].to_string();
    } else if kind_of_piece {
        s = s[lower.find(" by ").map_or(0, |p| p + 1)..].to_string();
    } else if starts_with_label || looks_like_date(&s) {
        // "Updated May 1, 2024 by Jane Doe": the name follows the first " by "; "Dec. 19,
        // 2025 · Jane Doe": it follows the date's separator.
        match find_ci(&s, " by ").or_else(|| after_dated_separator(&s)) {
            Some(pos) => s = s[pos + 1..].to_string(),
            None => return None,
        }
    }
    // Icon-font glyphs (private use area), quotes around the name, and symbols before it
    // ("& Jane Doe", "✉ Jane Doe").
    s = s
        .chars()
        .filter(|c| !('\u{e000}'..='\u{f8ff}').contains(c))
        .collect::<String>()
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | '”'))
        .to_string();
    s = strip_lead(&s);
    s = cut_tail(&s);
    // "Jane Doe (Reuters)": the agency the reporter files for; "Camille Roux
    // (correspondante à Saint-Nazaire)": a role in lower case (not a handle, "(stevenhgm)",
    // nor those who helped, "(avec Damien Leloup et Morgane Tual)").
    let role = |t: &str| {
        let first = t.split_whitespace().next().unwrap_or("");
        first.starts_with(char::is_lowercase)
            && t.split_whitespace().count() >= 2
            && !["avec", "with", "mit", "con", "com", "met"].contains(&first)
    };
    if let Some((name, agency)) = s
        .trim_end()
        .strip_suffix(')')
        .and_then(|t| t.rsplit_once(" ("))
        && (crate::clip::scrape::credits::known_agency(agency) || role(agency))
    {
        s = name.to_string();
    }
    s = affiliations::drop_affiliations(&s);
    s = without_desk_partner(&s).to_string();
    let mut s = s
        .trim_matches(|c: char| {
            matches!(c, '|' | ',' | '-' | '–' | '—' | ':' | '*') || c.is_whitespace()
        })
        .to_string();
    // "Shelby Loos, DVM.": the full stop closes a credential, not an initial or "Jr.".
    if let Some(head) = s.strip_suffix('.')
        && head
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase()))
    {
        s = head.to_string();
    }

    let lower = s.to_lowercase();
    let rejected = s.is_empty()
        || !s.chars().any(char::is_alphabetic)
        || NOT_NAMES.contains(&lower.trim_end_matches([' ', '*', ':']))
        || WEEKDAYS.contains(&lower.as_str())
        || normalize_date(&s).is_some()
        || is_month(&s)
        || is_template_key(raw)
        || is_template_key(&s)
        || raw.contains('©')
        || s.chars().count() > 150
        || s.split_whitespace().count() > 20;
    (!rejected).then_some(s)
}

/// Words that join names and may be written in lower case ("Jane Doe and Li Wei",
/// "Ludwig van Beethoven").
const NAME_JOINERS: &[&str] = &[
    "and", "&", "de", "del", "der", "van", "von", "la", "le", "da", "di", "du", "y", "bin", "al",
];

/// A name or a few: at most eight words, each capitalised or a joiner.
pub(crate) fn looks_like_names(s: &str) -> bool {
    let words: Vec<&str> = s
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    !words.is_empty()
        && words.len() <= 8
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase) || NAME_JOINERS.contains(&w.to_lowercase().as_str())
        })
}

/// Cut what follows the name: "Jane Doe - May 1, 2024", "Jane Doe • 5 min read",
/// "Jane DoePublished on ...".
fn cut_tail(s: &str) -> String {
    let mut end = s.len();
    for marker in TAIL_MARKERS {
        if let Some(pos) = find_ci(s, marker) {
            // Only when something name-like stays before it.
            if pos > 0 && pos < end {
                end = pos;
            }
        }
    }
    if let Some(pos) = reading_time(&s[..end]) {
        end = end.min(pos);
    }
    if let Some(pos) = glued_month(&s[..end]) {
        end = end.min(pos);
    }
    if let Some(pos) = role_tail(&s[..end]) {
        end = pos;
        // "Mark Ellison, Senior Correspondent": the role's rank, one capitalised word
        // after the name's comma, goes with it (not "Shelby Loos, DVM. Reviewed by ...":
        // a credential ending its sentence).
        let head = s[..end].trim_end();
        if let Some((name, rank)) = head.rsplit_once(", ")
            && !rank.contains(' ')
            && rank.starts_with(char::is_uppercase)
            && rank.chars().all(char::is_alphabetic)
            && name.split_whitespace().count() >= 2
        {
            end = name.len();
        }
    }
    if let Some(pos) = glued_label(&s[..end]) {
        end = pos;
    }
    // "Jane Doe jane.doe@example.org": the address after the name is not part of it.
    if let Some(pos) = s[..end]
        .match_indices(' ')
        .map(|(p, _)| p + 1)
        .find(|&p| s[p..end].split(' ').next().is_some_and(|w| w.contains('@')))
    {
        end = pos;
    }
    let mut head = s[..end].trim_end().to_string();
    // "Jane Doe March 25, 2015": a month name followed by a number ends the name.
    let words: Vec<&str> = head.split(' ').collect();
    if let Some(i) = (1..words.len().saturating_sub(1))
        .find(|&i| is_month(words[i]) && words[i + 1].starts_with(|c: char| c.is_ascii_digit()))
    {
        head = words[..i].join(" ");
    }
    // "Jane Doe - May 1, 2024", "Jane Doe-June 12, 2025", "Jane Doe, 2024-05-01".
    for sep in [" - ", " – ", "-", ", "] {
        if let Some((name, tail)) = head.rsplit_once(sep)
            && looks_like_date(tail)
            && !name.trim().is_empty()
        {
            head = name.trim_end().to_string();
            break;
        }
    }
    // "Lucas Nolan22 Dec 2016", "Jane Doe2022-11", "Jane3/4/2025": digits glued to the
    // name came from a date or a counter.
    if let Some(pos) = head
        .char_indices()
        .zip(head.chars().skip(1))
        .find(|((_, a), b)| a.is_alphabetic() && b.is_ascii_digit())
        .map(|((i, a), _)| i + a.len_utf8())
    {
        head.truncate(pos);
    }
    // "Jane Doe 4": a trailing number is a comment or share count.
    if let Some((name, last)) = head.rsplit_once(' ')
        && !last.is_empty()
        && last.chars().all(|c| c.is_ascii_digit())
    {
        head = name.trim_end().to_string();
    }
    head
}

/// Where a label glued to the surname starts, when more words follow it: "Matt
/// CheckHead Winemaker", "Ana RuizExpert Reviewer" (a page's name and role elements, their
/// space lost). Found from the shape, not from a list of roles: a lower-case letter then
/// a capital inside a word after the first, the part before the capital four letters or
/// more. Surnames with an inner capital have a shorter head ("McKenzie", "DeSiato",
/// "MacArthur"; "Fitz" is the one four-letter head, kept); a surname with a long head
/// ("VanderBeek") ends the byline or is followed by a joiner of names, where a label goes
/// on with its next word ("Head Winemaker, Co-Founder").
fn glued_label(s: &str) -> Option<usize> {
    let mut offset = 0;
    for (i, word) in s.split(' ').enumerate() {
        let start = offset;
        offset += word.len() + 1;
        if i == 0 {
            continue;
        }
        let glue = word
            .char_indices()
            .zip(word.chars().skip(1))
            .find(|((_, a), b)| a.is_lowercase() && b.is_uppercase())
            .map(|((p, a), _)| p + a.len_utf8());
        let Some(glue) = glue else { continue };
        let head = &word[..glue];
        if head.chars().count() < 4 || head.eq_ignore_ascii_case("fitz") {
            continue;
        }
        // The label goes on after this word, and not with a joiner of names.
        let next = s[start + word.len()..].split_whitespace().next();
        let joins =
            word.ends_with(',') || next.is_some_and(|w| w.eq_ignore_ascii_case("and") || w == "&");
        if next.is_some() && !joins {
            return Some(start + glue);
        }
    }
    None
}

/// Where a reading time starts: "Jane Doe 7 min read", "Jane Doe7 minute read".
fn reading_time(s: &str) -> Option<usize> {
    let lower = s.to_ascii_lowercase();
    let at = ["min read", "mins read", "minute read", "minutes read"]
        .iter()
        .filter_map(|m| lower.find(m))
        .min()?;
    let start = lower[..at]
        .trim_end()
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .len();
    (start > 0).then_some(start)
}

/// Where a month and day glued to the name start: "Jane DoeDecember 17", "Jane
/// DoeMarch 2". Only a full month name, right after a lower-case letter, then a number.
fn glued_month(s: &str) -> Option<usize> {
    const FULL: &[&str] = &[
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    FULL.iter()
        .flat_map(|m| s.match_indices(m).map(move |(p, _)| (p, m.len())))
        .filter(|&(p, len)| {
            s[..p].chars().next_back().is_some_and(char::is_lowercase)
                && s[p + len..]
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_digit())
        })
        .map(|(p, _)| p)
        .min()
}

/// What a desk adds after the named author that names no one: "and Staff", "& Staff",
/// "and agencies", "and wire reports".
const DESK_PARTNERS: &[&str] = &[
    " and staff",
    " & staff",
    ", staff",
    " and agencies",
    " & agencies",
    " and wire reports",
    " and wire services",
    " and news services",
    " with agencies",
];

/// "Carmen Liu and Staff" -> "Carmen Liu": the desk that helped is no author ("Staff and
/// agencies" alone stays for `NOT_NAMES` to judge).
pub(crate) fn without_desk_partner(s: &str) -> &str {
    DESK_PARTNERS
        .iter()
        .filter_map(|p| {
            s.len()
                .checked_sub(p.len())
                .filter(|&at| at > 0)
                .map(|at| (p, at))
        })
        .find(|(p, at)| s.is_char_boundary(*at) && s[*at..].eq_ignore_ascii_case(p))
        .map_or(s, |(_, at)| s[..at].trim_end())
}

/// Where a role or label (see `ROLE_TAILS`) starts after the name: after a space, or
/// glued to the name's last lower-case letter ("KindnessFounder").
fn role_tail(s: &str) -> Option<usize> {
    let lower = s.to_lowercase();
    if lower.len() != s.len() {
        return None;
    }
    ROLE_TAILS
        .iter()
        .filter_map(|role| {
            lower.match_indices(role).map(|(p, _)| p).find(|&p| {
                let before = s[..p].chars().next_back();
                let starts_word =
                    s[p..].starts_with(char::is_uppercase) || before.is_some_and(|c| c == ' ');
                let after = lower[p + role.len()..].chars().next();
                p > 0
                    && starts_word
                    && before.is_some_and(|c| c == ' ' || c.is_lowercase())
                    && after.is_none_or(|c| !c.is_alphabetic())
            })
        })
        .min()
}

/// Starts with a month name or a digit and holds a digit: "May 1, 2024", "2024/4/29".
/// Where the separator after a leading date ends, minus one ("Dec. 19, 2025 · Jane Doe",
/// "2025-12-19 | Jane Doe"): the name starts one byte after it. `None` when what comes
/// before the first separator is not a date.
fn after_dated_separator(s: &str) -> Option<usize> {
    [" · ", " | ", " • ", " — ", " – "]
        .iter()
        .filter_map(|sep| s.find(sep).map(|at| (at, at + sep.len() - 1)))
        .min()
        .filter(|(at, _)| normalize_date(&s[..*at]).is_some() || textdate_day(&s[..*at]))
        .map(|(_, end)| end)
}

/// Whether `s` is a day written out ("Dec. 19, 2025", "19 December 2025").
fn textdate_day(s: &str) -> bool {
    let today = chrono::Utc::now().date_naive();
    crate::clip::textdate::find_dates(s, true, today)
        .first()
        .is_some_and(|f| f.start == 0 && f.end == s.trim_end().len())
}

fn looks_like_date(s: &str) -> bool {
    let lower = s.trim().to_lowercase();
    lower.chars().any(|c| c.is_ascii_digit())
        && (lower.starts_with(|c: char| c.is_ascii_digit())
            || MONTHS.iter().any(|m| lower.starts_with(m)))
}

/// A template's key or placeholder printed instead of its value: "page.head.extra.author",
/// "{{ author }}", "${author}", "%AUTHOR%".
fn is_template_key(s: &str) -> bool {
    let dotted_key = !s.contains([' ', '@'])
        && s.matches('.').count() >= 2
        && !s.chars().any(char::is_uppercase)
        && s.split('.').all(|part| part.len() >= 2);
    dotted_key || s.contains("{{") || s.contains("${") || (s.starts_with('%') && s.ends_with('%'))
}

/// "March", "mar", "Sept.": a month name or its abbreviation.
fn is_month(word: &str) -> bool {
    let w = word.trim_end_matches(['.', ',']).to_lowercase();
    w.len() >= 3
        && MONTHS.iter().any(|m| w.starts_with(m))
        && [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "sept",
        ]
        .iter()
        .any(|full| full.starts_with(&w))
}

/// Byte offset of `needle` in `haystack`, ASCII case-insensitive (offsets stay valid
/// because ASCII lower-casing does not change lengths).
fn find_ci(haystack: &str, needle: &str) -> Option<usize> {
    haystack
        .to_ascii_lowercase()
        .find(&needle.to_ascii_lowercase())
}

#[cfg(test)]
mod tests;
