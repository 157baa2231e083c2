//! The scoring rules of `../shared/corpus/README.md` as pure functions on strings: WCXB
//! word F1, the article-extraction-benchmark shingle counts and their averaging, the
//! publication-day rule and exact matching of short fields.
//!
//! Written by hand on purpose: no crate implements these exact definitions (which tokens,
//! which multisets, which page counts as 1), and each is a few lines over a `HashMap`.

use std::collections::HashMap;
use std::hash::Hash;

use serde::Serialize;

/// Precision, recall and F1 of one page, or of a whole set.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    /// Build from precision and recall; F1 is their harmonic mean (0 when both are 0).
    pub fn new(precision: f64, recall: f64) -> Self {
        Self {
            precision,
            recall,
            f1: harmonic(precision, recall),
        }
    }
}

/// The `\w+` tokens of a text, in order: maximal runs of Unicode letters, digits and `_`.
///
/// This is Python's `re.findall(r"\w+", text)` (what both benchmarks use) up to combining
/// marks: Rust's alphabetic property covers most vowel signs, so a Devanagari word stays
/// one token here where Python splits it.
pub fn word_tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .collect()
}

/// WCXB word score of one page: lower-cased `\w+` token multisets, precision = shared /
/// predicted, recall = shared / gold.
///
/// Two empty texts agree perfectly (1, 1, 1); when only one side is empty every figure is 0.
pub fn word_prf(predicted: &str, gold: &str) -> Prf {
    let lower =
        |t: &str| -> Vec<String> { word_tokens(t).into_iter().map(str::to_lowercase).collect() };
    let (pred, gold) = (lower(predicted), lower(gold));
    match (pred.len(), gold.len()) {
        (0, 0) => return Prf::new(1.0, 1.0),
        (0, _) | (_, 0) => return Prf::new(0.0, 0.0),
        _ => {}
    }
    let shared = overlap(&counts(pred.iter()), &counts(gold.iter()));
    Prf::new(
        shared as f64 / pred.len() as f64,
        shared as f64 / gold.len() as f64,
    )
}

/// Shingle matches of one page, article-extraction-benchmark style.
///
/// The benchmark divides the three counts by their sum so long pages weigh no more than
/// short ones; the ratios below are the same with or without that division, so the raw
/// counts are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ShingleCounts {
    /// Shingles in both texts (multiset intersection).
    pub tp: usize,
    /// Predicted shingles the gold lacks.
    pub fp: usize,
    /// Gold shingles the prediction lacks.
    pub fn_: usize,
}

impl ShingleCounts {
    /// TP / (TP + FP); 1 when FP = FN = 0 (including two empty texts).
    pub fn precision(&self) -> f64 {
        if self.fp == 0 && self.fn_ == 0 {
            1.0
        } else if self.tp + self.fp == 0 {
            0.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }

    /// TP / (TP + FN); 1 when FP = FN = 0 (including two empty texts).
    pub fn recall(&self) -> f64 {
        if self.fp == 0 && self.fn_ == 0 {
            1.0
        } else if self.tp + self.fn_ == 0 {
            0.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
}

/// Count the 4-token shingles (case kept, `\w+` tokens) that a prediction shares with the
/// gold. A text of fewer than four tokens is one shingle of all of them; an empty text has
/// none.
pub fn shingle_counts(predicted: &str, gold: &str) -> ShingleCounts {
    let (pred, gold) = (word_tokens(predicted), word_tokens(gold));
    let (pred, gold) = (shingles(&pred), shingles(&gold));
    let tp = overlap(&counts(pred.iter()), &counts(gold.iter()));
    ShingleCounts {
        tp,
        fp: pred.len() - tp,
        fn_: gold.len() - tp,
    }
}

/// The article-extraction-benchmark figures over a set: precision is the mean of the
/// per-page precisions over the pages that predicted something (TP + FP > 0), recall the
/// mean of the per-page recalls over the pages whose gold has text (TP + FN > 0), as the
/// benchmark's `evaluate.py` does; F1 is the harmonic mean of the two means. An empty set
/// gives zeros.
pub fn shingle_summary(pages: &[ShingleCounts]) -> Prf {
    let precision = mean(
        pages
            .iter()
            .filter(|c| c.tp + c.fp > 0)
            .map(ShingleCounts::precision),
    );
    let recall = mean(
        pages
            .iter()
            .filter(|c| c.tp + c.fn_ > 0)
            .map(ShingleCounts::recall),
    );
    Prf::new(precision, recall)
}

/// The WCXB figures over a set: the mean of each per-page figure (F1 is the mean of the
/// page F1s, not the F1 of the means). An empty set gives zeros.
pub fn word_summary(pages: &[Prf]) -> Prf {
    Prf {
        precision: mean(pages.iter().map(|p| p.precision)),
        recall: mean(pages.iter().map(|p| p.recall)),
        f1: mean(pages.iter().map(|p| p.f1)),
    }
}

/// The calendar day a date or timestamp starts with (`2025-07-14` of
/// `2025-07-14T10:09:00+05:30` or `2025-07-14 10:09`), or `None` when it does not start
/// with a plausible `YYYY-MM-DD`. The day is taken as written, in the page's own offset.
pub fn calendar_day(date: &str) -> Option<&str> {
    let date = date.trim();
    let day = date.get(..10)?;
    let b = day.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if !(digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10)) {
        return None;
    }
    let (month, dom): (u8, u8) = (day[5..7].parse().ok()?, day[8..10].parse().ok()?);
    let rest_ok = date[10..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_ascii_digit());
    ((1..=12).contains(&month) && (1..=31).contains(&dom) && rest_ok).then_some(day)
}

/// The publication-date rule: the predicted date names the gold's calendar day. A page
/// without a predicted date, or with one that is not a date, is a miss.
pub fn same_day(predicted: Option<&str>, gold: &str) -> bool {
    match (predicted.and_then(calendar_day), calendar_day(gold)) {
        (Some(p), Some(g)) => p == g,
        _ => false,
    }
}

/// The title / byline / site-name rule: equal after trimming white space at both ends. No
/// prediction is a miss.
pub fn same_text(predicted: Option<&str>, gold: &str) -> bool {
    predicted.is_some_and(|p| p.trim() == gold.trim())
}

fn shingles<'a>(tokens: &'a [&'a str]) -> Vec<&'a [&'a str]> {
    const N: usize = 4;
    match tokens.len() {
        0 => Vec::new(),
        n if n < N => vec![tokens],
        _ => tokens.windows(N).collect(),
    }
}

fn counts<T: Hash + Eq>(items: impl Iterator<Item = T>) -> HashMap<T, usize> {
    let mut map = HashMap::new();
    for item in items {
        *map.entry(item).or_insert(0) += 1;
    }
    map
}

/// Size of the multiset intersection.
fn overlap<T: Hash + Eq>(a: &HashMap<T, usize>, b: &HashMap<T, usize>) -> usize {
    a.iter()
        .map(|(k, &n)| n.min(b.get(k).copied().unwrap_or(0)))
        .sum()
}

fn mean(values: impl Iterator<Item = f64>) -> f64 {
    let (sum, n) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    if n == 0 { 0.0 } else { sum / n as f64 }
}

fn harmonic(a: f64, b: f64) -> f64 {
    if a + b == 0.0 {
        0.0
    } else {
        2.0 * a * b / (a + b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn word_tokens_are_unicode_runs_of_letters_digits_and_underscore() {
        assert_eq!(
            word_tokens("Meta's $64–72bn capex, snake_case; Zürich 2025年7月"),
            [
                "Meta",
                "s",
                "64",
                "72bn",
                "capex",
                "snake_case",
                "Zürich",
                "2025年7月"
            ],
            "punctuation and symbols split tokens; letters of any script join them"
        );
        assert!(word_tokens(" -- ... ").is_empty());
    }

    #[test]
    fn word_prf_counts_multisets_case_insensitively() {
        // gold: the(2) cat sat ; predicted: The cat cat  -> shared: the(1) cat(1) = 2
        let s = word_prf("The cat cat", "the cat sat the");
        assert!(close(s.precision, 2.0 / 3.0), "{s:?}");
        assert!(close(s.recall, 2.0 / 4.0), "{s:?}");
        assert!(
            close(s.f1, 2.0 * (2.0 / 3.0) * 0.5 / (2.0 / 3.0 + 0.5)),
            "{s:?}"
        );
    }

    #[test]
    fn word_prf_empty_pages() {
        assert_eq!(
            word_prf("", " ... "),
            Prf::new(1.0, 1.0),
            "nothing to find, nothing found"
        );
        assert_eq!(
            word_prf("", "gold words"),
            Prf::new(0.0, 0.0),
            "found nothing"
        );
        assert_eq!(
            word_prf("noise", ""),
            Prf::new(0.0, 0.0),
            "found only noise"
        );
    }

    #[test]
    fn shingles_are_four_token_windows_with_case_kept() {
        // gold: a b c d e -> [abcd, bcde]; predicted: a b c d x -> [abcd, bcdx]
        let c = shingle_counts("a b c d x", "a b c d e");
        assert_eq!(
            c,
            ShingleCounts {
                tp: 1,
                fp: 1,
                fn_: 1
            }
        );
        let c = shingle_counts("A b c d", "a b c d");
        assert_eq!(
            c,
            ShingleCounts {
                tp: 0,
                fp: 1,
                fn_: 1
            },
            "case matters here"
        );
        let c = shingle_counts("one two", "one two");
        assert_eq!(
            c,
            ShingleCounts {
                tp: 1,
                fp: 0,
                fn_: 0
            },
            "short text is one shingle"
        );
        let c = shingle_counts("w x y z w x y z", "w x y z");
        assert_eq!(
            c,
            ShingleCounts {
                tp: 1,
                fp: 4,
                fn_: 0
            },
            "a repeat counts twice"
        );
    }

    #[test]
    fn shingle_page_scores_handle_the_zero_cases() {
        let perfect = ShingleCounts {
            tp: 3,
            fp: 0,
            fn_: 0,
        };
        assert_eq!((perfect.precision(), perfect.recall()), (1.0, 1.0));
        let empty = shingle_counts("", "");
        assert_eq!(
            empty,
            ShingleCounts {
                tp: 0,
                fp: 0,
                fn_: 0
            }
        );
        assert_eq!(
            (empty.precision(), empty.recall()),
            (1.0, 1.0),
            "FP = FN = 0 is a 1"
        );
        let nothing = shingle_counts("", "a b c d e");
        assert_eq!((nothing.precision(), nothing.recall()), (0.0, 0.0));
    }

    #[test]
    fn shingle_summary_averages_pages_like_the_benchmark() {
        let pages = [
            ShingleCounts {
                tp: 1,
                fp: 1,
                fn_: 0,
            }, // p 0.5, r 1
            ShingleCounts {
                tp: 0,
                fp: 0,
                fn_: 4,
            }, // predicted nothing: recall 0 only
            ShingleCounts {
                tp: 3,
                fp: 0,
                fn_: 1,
            }, // p 1, r 0.75
        ];
        let s = shingle_summary(&pages);
        assert!(
            close(s.precision, 0.75),
            "the empty prediction is left out: {s:?}"
        );
        assert!(close(s.recall, (1.0 + 0.0 + 0.75) / 3.0), "{s:?}");
        assert!(close(
            s.f1,
            2.0 * s.precision * s.recall / (s.precision + s.recall)
        ));
        assert_eq!(shingle_summary(&[]), Prf::new(0.0, 0.0));
    }

    #[test]
    fn word_summary_is_the_mean_of_page_figures() {
        let s = word_summary(&[Prf::new(1.0, 1.0), Prf::new(0.0, 0.0)]);
        assert_eq!((s.precision, s.recall, s.f1), (0.5, 0.5, 0.5));
    }

    #[test]
    fn calendar_day_reads_the_leading_date() {
        for (input, want) in [
            ("2025-07-14", Some("2025-07-14")),
            ("2025-07-14T10:09:00+05:30", Some("2025-07-14")),
            ("2017-11-03 03:01:00.000000", Some("2017-11-03")),
            (" 2019-01-03T07:00:02.000Z ", Some("2019-01-03")),
            ("2025-09", None),
            ("2025-13-01", None),
            ("2025-07-145", None),
            ("14 July 2025", None),
            ("", None),
        ] {
            assert_eq!(calendar_day(input), want, "input {input:?}");
        }
    }

    #[test]
    fn same_day_compares_days_and_misses_without_a_date() {
        assert!(same_day(
            Some("2015-07-10T09:53:00-04:00"),
            "2015-07-10T13:53:00Z"
        ));
        assert!(!same_day(Some("2015-07-11"), "2015-07-10"));
        assert!(!same_day(None, "2015-07-10"), "no predicted date is a miss");
        assert!(
            !same_day(Some("July 10, 2015"), "2015-07-10"),
            "not a date is a miss"
        );
    }

    #[test]
    fn same_text_trims_but_is_otherwise_exact() {
        assert!(same_text(
            Some("  Nicolas Perriault\n"),
            "Nicolas Perriault"
        ));
        assert!(!same_text(
            Some("By Nicolas Perriault"),
            "Nicolas Perriault"
        ));
        assert!(!same_text(Some("nicolas perriault"), "Nicolas Perriault"));
        assert!(!same_text(None, "Nicolas Perriault"));
    }
}
