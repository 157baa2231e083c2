//! Whether two headlines report the same happening: their content words overlap. Used with
//! a shared salient entity and close publication dates (see `store::stories`), it groups
//! one event told by several outlets into a story.

use std::collections::HashSet;

/// Words too common in headlines to say what happened.
const STOPWORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "at", "by", "with", "from", "as",
    "is", "are", "was", "were", "be", "its", "it", "his", "her", "their", "this", "that", "after",
    "over", "into", "about", "says", "said", "say", "new", "will", "could", "may", "amid", "up",
];

/// Share of content words two headlines have in common (overlap coefficient: shared words
/// over the shorter headline's words), from 0 to 1.
pub fn headline_overlap(a: &str, b: &str) -> f64 {
    let words = |s: &str| -> HashSet<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .map(str::to_lowercase)
            .filter(|w| w.len() > 1 && !STOPWORDS.contains(&w.as_str()))
            .map(|w| w.trim_end_matches('s').to_string())
            .collect()
    };
    let (a, b) = (words(a), words(b));
    let smaller = a.len().min(b.len());
    if smaller == 0 {
        return 0.0;
    }
    a.intersection(&b).count() as f64 / smaller as f64
}

/// Headlines sharing at least this share of content words report the same happening.
pub const SAME_STORY: f64 = 0.4;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_outlets_headlines_of_one_event_overlap() {
        let a = "Harbor Semiconductor commits $4.2 billion to an Ohio chip plant";
        let b = "Harbor to build $4.2bn chip plant in Ohio, its biggest US investment";
        assert!(
            headline_overlap(a, b) >= SAME_STORY,
            "{}",
            headline_overlap(a, b)
        );
        let c = "Harbor Semiconductor shares fall as quarterly revenue misses forecasts";
        assert!(
            headline_overlap(a, c) < SAME_STORY,
            "{}",
            headline_overlap(a, c)
        );
        assert_eq!(headline_overlap("", "anything"), 0.0);
    }
}
