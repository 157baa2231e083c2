//! The case and boundary rules a pattern hit must pass before it counts as a mention
//! (see the matcher's module documentation for the rules in prose).

/// "the Commission" -> "The Commission"; `None` for "iPhone", "eBay", "a16z" and
/// anything already capitalised, whose case is part of the brand.
pub(super) fn capitalised(text: &str) -> Option<String> {
    let mut chars = text.chars();
    let first = chars.next()?;
    let second_lower = chars.next().is_some_and(char::is_lowercase);
    (first.is_lowercase() && second_lower)
        .then(|| first.to_uppercase().chain(text.chars().skip(1)).collect())
}

/// A folded hit keeps the alias's word capitals ("Whole foods" is not "Whole Foods"; "UK
/// Government" is "UK government"), unless the surface is all capitals ("BANK OF AMERICA").
pub(super) fn folded_case_ok(surface: &str, alias: &str) -> bool {
    let initials = |s: &str| {
        s.split_whitespace()
            .filter_map(|w| w.chars().next())
            .collect::<Vec<char>>()
    };
    let kept = |(s, a): (char, char)| s == a || (a.is_lowercase() && s.is_uppercase());
    !surface.chars().any(char::is_lowercase)
        || initials(surface).into_iter().zip(initials(alias)).all(kept)
}

/// True when a hit sits in a run of capitalised words: after a capitalised word ("Tourist
/// Visa", "Isolate Target"), or opening a sentence or line before one ("Target Audience").
/// Such runs are headings or other names, so ambiguous one-word aliases skip them.
pub(super) fn in_capitalised_run(hay: &str, start: usize, end: usize) -> bool {
    let before = &hay[..start];
    let trimmed = before.trim_end_matches(' ');
    let prev_word = if trimmed.len() < before.len() {
        trimmed
            .rsplit(|c: char| !(c.is_alphanumeric() || "'’-".contains(c)))
            .next()
            .unwrap_or("")
    } else {
        ""
    };
    let possessive = prev_word.ends_with("'s") || prev_word.ends_with("’s");
    let prev_capital = prev_word.chars().next().is_some_and(char::is_uppercase) && !possessive;
    let sentence_start = trimmed
        .chars()
        .next_back()
        .is_none_or(|c| ".!?:\n\"“(".contains(c));
    let after = &hay[end..];
    let next_capital = after.starts_with(char::is_whitespace)
        && after
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
    prev_capital || (sentence_start && next_capital)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

pub(super) fn at_boundary(hay: &str, start: usize, end: usize, single_char: bool) -> bool {
    let before = hay[..start].chars().next_back();
    let after = hay[end..].chars().next();
    if before.is_some_and(is_word_char) || after.is_some_and(is_word_char) {
        return false;
    }
    !(single_char && (before == Some('-') || after == Some('-')))
}

pub(super) fn contains_word(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle)
        .any(|(at, _)| at_boundary(hay, at, at + needle.len(), false))
}
