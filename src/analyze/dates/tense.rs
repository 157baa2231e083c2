//! Tense of a sentence: did its claim happen, or is it expected?
//!
//! The rule is a list of future and plan cues, read as whole words:
//! - modal verbs, lower case only (so "May" the month and "Will" the name do not count):
//!   `will`, `'ll`, `won't`, `shall`, `would`, `could`, `may`, `might` — but not when
//!   followed by `have` ("would have", "could not have"), which looks back;
//! - plan phrases, any case: `is/are/was/were expected|set|scheduled|slated|due|poised|going to`,
//!   `expects to`, `plans to`, `planned`, `planning to`, `aims to`, `intends to`,
//!   `scheduled to|for`, `slated to|for`, `due to be`, `on track to`, `projected to`,
//!   `forecast to`, `upcoming`;
//! - time cues pointing forward: `next year|month|week|quarter`, `tomorrow`,
//!   `later this year|month|week`, `over the next|coming ...`, `in the coming ...`,
//!   and deadlines `by 2030`, `by the end of 2026`, `by next ...`.
//!
//! Anything else is Happened. The cue is not tied to a clause: a sentence with one expected
//! clause is Expected as a whole. [`near_past_verb`] lets a single expression that hangs off a
//! past reporting verb ("said on Monday that ... would") still resolve backwards.

use std::sync::LazyLock;

use regex::Regex;

use super::Tense;

static MODAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:will|won't|won’t|shall|would|could|may|might)(?:n['’]t)?\b|\w['’]ll\b").expect("valid regex")
});

static LOOKS_BACK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\s+(?:not\s+)?have\b|['’]ve\b)").expect("valid regex"));

static PLAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)\b(?:
            (?:is|are|was|were|be|been|being)\s+(?:expected|set|scheduled|slated|due|poised|going|likely)\s+to
          | expects?\s+to | plans?\s+to | planned | planning\s+to | aims?\s+to | intends?\s+to
          | scheduled\s+(?:to|for) | slated\s+(?:to|for) | due\s+to\s+be | on\s+track\s+to
          | projected\s+to | forecasts?\s+to | forecast\s+to | upcoming
          | next\s+(?:year|month|week|quarter) | tomorrow | later\s+this\s+(?:year|month|week)
          | over\s+the\s+(?:next|coming) | in\s+the\s+coming
          | by\s+(?:the\s+end\s+of\s+)?(?:\d{4}|next)
        )\b",
    )
    .expect("valid regex")
});

/// Happened or Expected, by the cues listed in the module docs.
pub fn sentence_tense(sentence: &str) -> Tense {
    let modal = MODAL.find_iter(sentence).any(|m| !LOOKS_BACK.is_match(&sentence[m.end()..]));
    if modal || PLAN.is_match(sentence) { Tense::Expected } else { Tense::Happened }
}

/// Past-tense reporting verbs without the regular `-ed` ending.
const IRREGULAR_PAST: &[&str] = &[
    "said", "told", "wrote", "began", "met", "spoke", "took", "made", "saw", "gave", "sold",
    "rose", "fell", "won", "lost", "struck", "became", "came", "went", "left", "held", "bought",
    "brought", "built", "paid", "cut", "hit", "ran", "sent", "spent", "stood", "thought", "found",
    "got", "grew", "knew", "led", "read", "shut", "slid", "sank", "swung", "broke", "chose",
    "drove", "flew", "froze", "hid", "quit", "shook", "wore", "withdrew", "was", "were",
];

/// `-ed` words that point forward, not back.
const FORWARD_ED: &[&str] = &["expected", "scheduled", "planned", "slated", "proposed", "intended", "need", "feed"];

/// Whether the expression at `start..end` hangs off a past verb right before it (skipping
/// "on") or right after it: "said on Monday", "announced Monday", "on Monday said".
pub(super) fn near_past_verb(sentence: &str, start: usize, end: usize) -> bool {
    let before = sentence.get(..start).unwrap_or("");
    let mut words = before.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).rev();
    let mut prev = words.next();
    if prev.is_some_and(|w| w.eq_ignore_ascii_case("on")) {
        prev = words.next();
    }
    let after = sentence.get(end..).unwrap_or("");
    let next = after.split(|c: char| !c.is_alphabetic()).find(|w| !w.is_empty());
    let next_is_adjacent = after.trim_start().starts_with(|c: char| c.is_alphabetic());
    prev.is_some_and(is_past_verb) || (next_is_adjacent && next.is_some_and(is_past_verb))
}

fn is_past_verb(word: &str) -> bool {
    let lower = word.to_lowercase();
    if IRREGULAR_PAST.contains(&lower.as_str()) {
        return true;
    }
    lower.len() > 4 && lower.ends_with("ed") && !FORWARD_ED.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tense_cues() {
        use Tense::{Expected as E, Happened as H};
        let cases = [
            ("Meta had raised its 2025 capital expenditure to between $64 billion and $72 billion in April", H),
            ("Prometheus, is expected to come online in 2026", E),
            ("Hyperion will be able to scale up to 5 gigawatts", E),
            ("Meta invested $14.3 billion in Scale AI", H),
            ("Zuckerberg announces some time over the next year that models are too powerful", E),
            ("Meta Platforms would spend hundreds of billions of dollars", E),
            ("The company could not have resolved the issue any faster", H),
            ("It would have been cheaper", H),
            ("The wallet will be rolled out next year", E),
            ("Apple plans to open a store", E),
            ("The store is set to open in March", E),
            ("It is scheduled for release next summer", E),
            ("It is slated for a U.S. release on June 24", E),
            ("The EU aims to cut emissions by 2030", E),
            ("Shares may fall", E),
            ("In May the shares fell", H),
            ("Will Smith starred in the film", H),
            ("We'll see", E),
            ("Sales won't recover", E),
            ("The landmark legislation became applicable last year", H),
            ("Apple released an update", H),
            ("the planned data center", E),
            ("", H),
        ];
        for (sentence, want) in cases {
            assert_eq!(sentence_tense(sentence), want, "tense of {sentence:?}");
        }
    }

    #[test]
    fn past_verbs_near_an_expression() {
        let cases = [
            ("Zuckerberg said on Monday that Meta would spend", "Monday", true),
            ("Apple Inc. announced Monday it has settled", "Monday", true),
            ("Apple on Monday said it would", "Monday", true),
            ("Apple is expected to report on Tuesday", "Tuesday", false),
            ("The launch is scheduled Monday", "Monday", false),
            ("Shares rose 3% on Friday", "Friday", true),
        ];
        for (sentence, expr, want) in cases {
            let start = sentence.find(expr).expect("expression in sentence");
            assert_eq!(near_past_verb(sentence, start, start + expr.len()), want, "{sentence:?}");
        }
    }
}
