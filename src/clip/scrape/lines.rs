//! One line of a scrape, classified on its own: blank, chrome or debris, a time or byline
//! line (alone or in "Reuters | 2 hours ago"), a paragraph, or a short line whose role
//! (headline, outlet, author) only its neighbours can decide (see `zone`).

use super::chrome::{is_chrome, is_debris};
use super::when::{When, parse_when};
use chrono::{DateTime, Utc};

/// Words that mark a publication name ("Daily Express", "The Guardian", "Reuters").
const PUB_WORDS: &[&str] = &[
    "news",
    "times",
    "post",
    "express",
    "journal",
    "herald",
    "tribune",
    "guardian",
    "telegraph",
    "gazette",
    "chronicle",
    "observer",
    "press",
    "daily",
    "today",
    "weekly",
    "magazine",
    "wire",
    "reuters",
    "bloomberg",
    "ap",
    "afp",
    "pti",
    "ians",
    "ani",
    "bbc",
    "cnn",
    "standard",
    "mail",
    "mirror",
    "independent",
    "economist",
    "insider",
    "monitor",
    "globe",
    "courier",
    "bulletin",
    "dispatch",
    "examiner",
    "inquirer",
    "sentinel",
    "network",
    "tv",
    "radio",
    "media",
    "wired",
    "verge",
    "techcrunch",
    "axios",
    "politico",
];
/// Separators between the parts of a meta line: "Reuters | 2 hours ago".
const SEPARATORS: &[&str] = &[" | ", " · ", " • ", " — ", " – ", " - "];

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
            cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
        })
        .collect()
}

/// Classify one normalized line.
pub(crate) fn classify(line: &str, clipped_at: DateTime<Utc>) -> Kind {
    if line.is_empty() {
        return Kind::Blank;
    }
    if let Some(when) = parse_when(line, clipped_at) {
        return Kind::Meta(Meta {
            when: Some(when),
            ..Meta::default()
        });
    }
    if is_debris(line) || is_chrome(line) {
        return Kind::Junk;
    }
    if let Some(meta) = byline_of(line).or_else(|| composite(line, clipped_at)) {
        return Kind::Meta(meta);
    }
    if is_paragraph(line) {
        Kind::Para
    } else {
        Kind::Short
    }
}

/// "By Jane Doe", "Written by Jane Doe and John Roe", "By Jane Doe, Reuters".
fn byline_of(line: &str) -> Option<Meta> {
    let lower = line.to_lowercase();
    let prefix = ["by ", "written by ", "words by ", "author: ", "authors: "]
        .iter()
        .find(|p| lower.starts_with(*p))?;
    let rest = line.get(prefix.len()..)?.trim();
    let words = rest.split_whitespace().count();
    let capital = rest.chars().next().is_some_and(char::is_uppercase);
    let separated = SEPARATORS.iter().any(|s| rest.contains(s));
    if words == 0 || words > 10 || !capital || separated || ends_sentence(rest) {
        return None;
    }
    let mut meta = Meta::default();
    match rest.rsplit_once(", ") {
        Some((names, outlet)) if pub_word(outlet) => {
            meta.byline = Some(names.to_string());
            meta.source = Some(outlet.to_string());
        }
        _ => meta.byline = Some(rest.to_string()),
    }
    Some(meta)
}

/// "Reuters | 2 hours ago", "By Jane Doe · July 14, 2025", "The Hindu - 3 min ago".
fn composite(line: &str, clipped_at: DateTime<Utc>) -> Option<Meta> {
    if line.split_whitespace().count() > 16 {
        return None;
    }
    let mut parts = vec![line];
    for sep in SEPARATORS {
        parts = parts.iter().flat_map(|p| p.split(sep)).collect();
    }
    if parts.len() < 2 {
        return None;
    }
    let mut meta = Meta::default();
    let mut sources = Vec::new();
    for part in parts.iter().map(|p| p.trim()).filter(|p| !p.is_empty()) {
        if let Some(when) = parse_when(part, clipped_at) {
            meta.when = meta.when.or(Some(when));
        } else if let Some(by) = byline_of(part) {
            meta.byline = meta.byline.or(by.byline);
            meta.source = meta.source.or(by.source);
        } else if is_chrome(part) {
        } else if outlet_shaped(part) {
            sources.push(part);
        } else {
            return None;
        }
    }
    if meta.when.is_none() && meta.byline.is_none() {
        return None;
    }
    let pick = sources.iter().find(|s| pub_word(s)).or(sources.first());
    if let Some(s) = pick {
        if meta.byline.is_none() && name_like(s) && !pub_word(s) {
            meta.byline = Some(s.to_string());
        } else {
            meta.source = meta.source.or(Some(s.to_string()));
        }
    }
    Some(meta)
}

/// A sentence or more of body text (see the thresholds below).
pub(crate) fn is_paragraph(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let end = line
        .trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')', ']'])
        .chars()
        .last();
    let sentences = line.matches(". ").count() + line.matches("? ").count();
    words >= 30
        || line.chars().count() > 250
        || (matches!(end, Some('.' | '…')) && words >= 3)
        || (matches!(end, Some('!' | '?')) && words >= 14)
        || (matches!(end, Some('。' | '！' | '？')) && line.chars().count() >= 10)
        || (sentences >= 2 && words >= 10)
}

/// Could be a headline: starts with a capital, digit or quote; no trailing ':' or ','.
pub(crate) fn is_candidate(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let first = line.chars().next();
    let opens = first.is_some_and(|c| {
        c.is_uppercase() || c.is_ascii_digit() || "\"'\u{2018}\u{201c}¿¡".contains(c)
    });
    opens
        && (1..=30).contains(&words)
        && !line.ends_with([':', ',', ';', '.'])
        && line.chars().any(char::is_alphabetic)
}

/// The outlet a line names, without a leading "- " or "via ": "- The Hindu" -> "The Hindu".
pub(crate) fn outlet_key(line: &str) -> (&str, bool) {
    for p in ["- ", "– ", "— ", "via ", "Via ", "Source: ", "SOURCE: "] {
        if let Some(rest) = line.strip_prefix(p) {
            return (rest.trim(), true);
        }
    }
    (line, false)
}

/// Short, capitalised, no sentence punctuation: "Indian Express", "The Hindu", "AP".
pub(crate) fn outlet_shaped(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let capitalised = words.iter().filter(|w| starts_upper(w)).count();
    (1..=5).contains(&words.len())
        && s.chars().count() <= 50
        && starts_upper(s)
        && capitalised * 2 >= words.len() + 1
        && !s.ends_with(['.', '?', '!', ':', ','])
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
    domain
        || lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| PUB_WORDS.contains(&w))
}

/// Two to four capitalised name words ("Parmy Olson", "Jean-Luc de la Cruz").
pub(crate) fn name_like(s: &str) -> bool {
    const PARTICLES: &[&str] = &[
        "de", "la", "van", "von", "der", "da", "di", "le", "bin", "al", "el",
    ];
    let words: Vec<&str> = s.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && s.chars().count() <= 40
        && !pub_word(s)
        && !matches!(words.first(), Some(&("The" | "A" | "An")))
        && words.iter().all(|w| {
            PARTICLES.contains(w)
                || (starts_upper(w) && w.chars().all(|c| c.is_alphabetic() || ".'-’".contains(c)))
        })
}

/// The first character is an upper-case letter (or a digit).
fn starts_upper(s: &str) -> bool {
    s.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Ends like a sentence.
fn ends_sentence(s: &str) -> bool {
    s.ends_with(['.', '!', '?']) && s.split_whitespace().count() > 4
}
