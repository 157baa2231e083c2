//! Tense of a sentence: did its claim happen, or is it expected?
//!
//! The rule is a list of future and plan cues, read as whole words:
//! - modal verbs, lower case only (so "May" the month and "Will" the name do not count):
//!   `will`, `'ll`, `won't`, `shall`, `would`, `could`, `may`, `might` — but not when
//!   followed by `have` ("would have", "could not have"), which looks back;
//! - plan phrases, any case: `is/are/was/were expected|set|scheduled|slated|due|poised|going to`,
//!   `expects` ("expects revenue of ..."), `expect to`, `plans to`, `planned`, `planning to`, `aims to`, `intends to`,
//!   `scheduled`, `slated`, `due to be`, `on track to`, `projected to`,
//!   `forecast to`, `upcoming`;
//! - time cues pointing forward: `next year|month|week|quarter`, `tomorrow`,
//!   `later this year|month|week`, `over the next|coming ...`, `in the coming ...`,
//!   and deadlines `by 2030`, `by the end of 2026`, `by next ...`;
//! - scheduled events told in the present: `take(s) effect`, `come(s) into force`, and
//!   `begins|starts|ends|expires` followed by `on`, `in`, `at`, `from`, `next` or `this`
//!   ("the fiscal year ends on June 30"; not "housing starts in June").
//!
//! Anything else is Happened. [`sentence_tense`] reads the whole sentence: one expected clause
//! makes it Expected, except inside a ", which ...," or ", who ...," aside. To resolve a date without a year, [`Cues::tense_near`] looks only at the cue
//! nearest the expression, counting past-tense verbs as Happened cues, so the date of "said on
//! Monday that ... would" is read backwards; a date right after "until" or "by" in a clause
//! without a past-tense verb is a deadline, ahead ("have until September to comply").

use std::sync::LazyLock;

use regex::Regex;

use super::Tense;

static MODAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:will|won't|won’t|shall|would|could|may|might)(?:n['’]t)?(?-u:\b)|\w['’]ll(?-u:\b)")
        .expect("valid regex")
});

static LOOKS_BACK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\s+(?:not\s+)?have(?-u:\b)|['’]ve(?-u:\b))").expect("valid regex")
});

static PLAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)(?-u:\b)(?:
            (?:is|are|was|were|be|been|being)\s+(?:expected|set|scheduled|slated|due|poised|going|likely)\s+to
          | expects | expect\s+to | plans?\s+to | planned | planning\s+to | aims?\s+to | intends?\s+to
          | scheduled | slated | due\s+to\s+be | on\s+track\s+to
          | projected\s+to | forecasts?\s+to | forecast\s+to | upcoming
          | next\s+(?:year|month|week|quarter) | tomorrow | later\s+this\s+(?:year|month|week)
          | over\s+the\s+(?:next|coming) | in\s+the\s+coming
          | by\s+(?:the\s+end\s+of\s+)?(?:\d{4}|next)
          | takes?\s+effect | comes?\s+into\s+(?:force|effect)
          | (?:begins|starts|ends|expires)\s+(?:on|in|at|from|next|this)
        )(?-u:\b)",
    )
    .expect("valid regex")
});

/// The plan cues of a sentence: [`PLAN`] matches, but not "housing starts" (a statistic).
fn plans(sentence: &str) -> impl Iterator<Item = regex::Match<'_>> {
    PLAN.find_iter(sentence).filter(move |m| {
        !(m.as_str().starts_with("starts")
            && sentence[..m.start()]
                .trim_end()
                .to_lowercase()
                .ends_with("housing"))
    })
}

/// A non-restrictive relative clause (", which will be led by ...,"): not the main verb.
static ASIDE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r",\s*(?:which|who)(?-u:\b)[^,;]*").expect("valid regex"));

/// Byte spans of the ", which ...," and ", who ...," asides of a sentence, in order.
pub fn aside_spans(sentence: &str) -> Vec<(usize, usize)> {
    ASIDE
        .find_iter(sentence)
        .map(|m| (m.start(), m.end()))
        .collect()
}

/// Happened or Expected, by the cues listed in the module docs. Cues inside a
/// ", which ...," or ", who ...," aside do not count: they do not belong to the main verb.
pub fn sentence_tense(sentence: &str) -> Tense {
    let asides = aside_spans(sentence);
    let main = |m: &regex::Match<'_>| !asides.iter().any(|&(a, b)| a <= m.start() && m.start() < b);
    let modal = MODAL
        .find_iter(sentence)
        .any(|m| main(&m) && !LOOKS_BACK.is_match(&sentence[m.end()..]));
    if modal || plans(sentence).any(|m| main(&m)) {
        Tense::Expected
    } else {
        Tense::Happened
    }
}

/// Past-tense verbs without the regular `-ed` ending.
const IRREGULAR_PAST: &[&str] = &[
    "said", "told", "wrote", "began", "met", "spoke", "took", "made", "saw", "gave", "sold",
    "rose", "fell", "won", "lost", "struck", "became", "came", "went", "left", "held", "bought",
    "brought", "built", "paid", "ran", "sent", "spent", "stood", "thought", "found", "got", "grew",
    "knew", "led", "slid", "sank", "swung", "broke", "chose", "drove", "flew", "froze", "hid",
    "shook", "wore", "withdrew", "was", "were", "had", "did",
];

/// `-ed` words that point forward or are rarely verbs.
const NOT_PAST_ED: &[&str] = &[
    "expected",
    "scheduled",
    "planned",
    "slated",
    "proposed",
    "intended",
    "need",
    "feed",
    "speed",
    "indeed",
    "based",
    "red",
    "bed",
    "shed",
    "seed",
    "breed",
    "proceed",
    "exceed",
    "succeed",
];

static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[A-Za-z]+").expect("valid regex"));

/// The tense cues of a sentence, found once: future or plan cues (Expected) and lower-case
/// past-tense verbs (Happened), as (cue end, is expected) and (cue start, is happened), each
/// sorted so that a binary search finds the nearest cue before or after an expression.
pub(super) struct Cues {
    by_end: Vec<(usize, bool)>,
    by_start: Vec<(usize, bool)>,
    /// Where each word starts that counts in a distance (not "on", "late"...), sorted.
    counted_words: Vec<usize>,
    /// Where an expression must start to be a deadline ("have until |September"), sorted:
    /// see [`deadlines`].
    deadlines: Vec<usize>,
    /// The ", which ...," asides: an expression reads only the cues of its own clause.
    asides: Vec<(usize, usize)>,
}

/// Words that tie a date to the verb before it ("said on Tuesday", "reported late on
/// Monday"): they do not count in the distance from a cue.
const GLUE: &[&str] = &["on", "in", "at", "late", "early", "this", "last", "of"];

impl Cues {
    /// Finds the cues in `sentence`.
    pub(super) fn new(sentence: &str) -> Self {
        let modal = MODAL
            .find_iter(sentence)
            .filter(|m| !LOOKS_BACK.is_match(&sentence[m.end()..]));
        let future = modal
            .chain(plans(sentence))
            .map(|m| (m.start(), m.end(), true));
        let past = WORD
            .find_iter(sentence)
            .filter(|w| is_past_verb(w.as_str()));
        let cues: Vec<(usize, usize, bool)> = future
            .chain(past.map(|w| (w.start(), w.end(), false)))
            .collect();
        let mut by_end: Vec<(usize, bool)> = cues.iter().map(|&(_, to, fut)| (to, fut)).collect();
        let mut by_start: Vec<(usize, bool)> =
            cues.iter().map(|&(from, _, fut)| (from, !fut)).collect();
        by_end.sort_unstable();
        by_start.sort_unstable();
        let counted_words = WORD
            .find_iter(sentence)
            .filter(|w| !GLUE.contains(&w.as_str().to_ascii_lowercase().as_str()))
            .map(|w| w.start())
            .collect();
        let past: Vec<usize> = cues
            .iter()
            .filter(|&&(_, _, fut)| !fut)
            .map(|&(from, _, _)| from)
            .collect();
        Cues {
            by_end,
            by_start,
            counted_words,
            deadlines: deadlines(sentence, &past),
            asides: aside_spans(sentence),
        }
    }

    /// Which aside holds byte `at`, if any.
    fn aside_of(&self, at: usize) -> Option<usize> {
        self.asides.iter().position(|&(a, b)| a <= at && at < b)
    }

    /// How many counted words start within `from..to`.
    fn words_between(&self, from: usize, to: usize) -> usize {
        let first = self.counted_words.partition_point(|&at| at < from);
        let last = self.counted_words.partition_point(|&at| at < to);
        last - first
    }

    /// The tense that resolves the expression at `start..end`: Expected for a deadline
    /// ([`deadlines`]), else that of the nearest cue wholly
    /// before or after it, nearest in words, not counting "on", "late" and the like (the cue
    /// before wins a tie); Happened when there is none. So "In a July 16 press conference,
    /// Jobs said that buyers would ..." and "Meta said on Tuesday it would ..." read the date
    /// as past, while "Meta said it will open the site in March" reads March ahead.
    pub(super) fn tense_near(&self, start: usize, end: usize) -> Tense {
        if self.deadlines.binary_search(&start).is_ok() {
            return Tense::Expected;
        }
        // Only cues of the expression's own clause count: the main one or its aside.
        let clause = self.aside_of(start);
        let before = self.by_end.partition_point(|&(to, _)| to <= start);
        // The last of the cues ending before: the nearest, and expected on a tie.
        let before = self.by_end[..before]
            .iter()
            .rev()
            .find(|&&(to, _)| self.aside_of(to.saturating_sub(1)) == clause)
            .copied();
        let after = self.by_start.partition_point(|&(from, _)| from < end);
        // The first of the cues starting after: the nearest, and expected on a tie.
        let after = self.by_start[after..]
            .iter()
            .find(|&&(from, _)| self.aside_of(from) == clause)
            .map(|&(from, happened)| (from, !happened));
        let expected = match (before, after) {
            (Some((to, b)), Some((from, a))) => {
                if self.words_between(to, start) <= self.words_between(end, from) {
                    b
                } else {
                    a
                }
            }
            (Some((_, b)), None) => b,
            (None, Some((_, a))) => a,
            (None, None) => false,
        };
        if expected {
            Tense::Expected
        } else {
            Tense::Happened
        }
    }
}

/// Where the expressions that are deadlines in a clause told in the present or future would
/// start ("have until |September to comply", "must decide by |Friday"): right after "until",
/// "till" or "by", in a clause (between commas, semicolons, colons or dashes) with words
/// before that cue and no past-tense verb (starts in `past`). A fronted "By March, Meta had
/// hired ..." and "sales rose until March" are left to the nearest cue.
fn deadlines(sentence: &str, past: &[usize]) -> Vec<usize> {
    // Where each break starts and where the clause after it starts (a dash is three bytes).
    let breaks: Vec<(usize, usize)> = sentence
        .char_indices()
        .filter(|(_, c)| matches!(c, ',' | ';' | ':' | '—' | '–'))
        .map(|(i, c)| (i, i + c.len_utf8()))
        .collect();
    let mut out: Vec<usize> = WORD
        .find_iter(sentence)
        .filter(|w| ["until", "till", "by"].contains(&w.as_str().to_ascii_lowercase().as_str()))
        .filter_map(|w| {
            let at = breaks.partition_point(|&(b, _)| b < w.start());
            let clause_start = at.checked_sub(1).map_or(0, |i| breaks[i].1);
            let clause_end = breaks.get(at).map_or(sentence.len(), |&(b, _)| b);
            let fronted = !WORD.is_match(&sentence[clause_start..w.start()]);
            let told_past = past.partition_point(|&p| p < clause_end)
                > past.partition_point(|&p| p < clause_start);
            let gap = sentence[w.end()..].len() - sentence[w.end()..].trim_start().len();
            (!fronted && !told_past).then_some(w.end() + gap)
        })
        .collect();
    out.sort_unstable();
    out
}

pub(super) fn is_past_verb(word: &str) -> bool {
    if word.starts_with(|c: char| c.is_uppercase()) {
        return false; // names ("United") and sentence starts are not reliable
    }
    IRREGULAR_PAST.contains(&word)
        || (word.len() > 4 && word.ends_with("ed") && !NOT_PAST_ED.contains(&word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dash_before_a_deadline_cue_ends_a_clause_whole() {
        // "–" and "—" are three bytes each: the clause after one starts past all three.
        for s in [
            "Meta said on Tuesday that the new rules apply to everyone – not by choice, but by law.",
            "The fund — set up by the state — must invest until 2030.",
        ] {
            let _ = deadlines(s, &[]);
        }
        let s = "The rules apply — firms have until September to comply.";
        let cue = s.find("September").unwrap();
        assert_eq!(deadlines(s, &[]), vec![cue]);
    }

    #[test]
    fn tense_cues() {
        use Tense::{Expected as E, Happened as H};
        let cases = [
            (
                "Meta had raised its 2025 capital expenditure to between $64 billion and $72 billion in April",
                H,
            ),
            ("Prometheus, is expected to come online in 2026", E),
            ("Hyperion will be able to scale up to 5 gigawatts", E),
            ("Meta invested $14.3 billion in Scale AI", H),
            (
                "Zuckerberg has led a raid for the Labs, which will be led by Alexandr Wang, after Meta invested $14.3 billion in Scale.",
                H,
            ),
            (
                "The wallet, which was built last year, will be rolled out",
                E,
            ),
            (
                "Zuckerberg announces some time over the next year that models are too powerful",
                E,
            ),
            (
                "Meta Platforms would spend hundreds of billions of dollars",
                E,
            ),
            (
                "The company could not have resolved the issue any faster",
                H,
            ),
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
            ("The new rules take effect in January", E),
            ("The treaty comes into force on May 1", E),
            ("The licence expires next month", E),
            ("The rules took effect in January", H),
            ("Housing starts in June fell", H),
            ("", H),
        ];
        for (sentence, want) in cases {
            assert_eq!(sentence_tense(sentence), want, "tense of {sentence:?}");
        }
    }

    #[test]
    fn nearest_cue_resolves_an_expression() {
        use Tense::{Expected as E, Happened as H};
        let cases = [
            (
                "Zuckerberg said on Monday that Meta would spend",
                "Monday",
                H,
            ),
            (
                "In a July 16 press conference, Jobs said that all buyers would be eligible",
                "July 16",
                H,
            ),
            ("Meta said it will open the site in March", "March", E),
            ("The company will, in April, open a plant", "April", E),
            ("Shares fell in March and will rise in June", "March", H),
            ("Shares fell in March and will rise in June", "June", E),
            ("Apple is expected to report on Tuesday", "Tuesday", E),
            ("The launch is scheduled for Monday", "Monday", E),
            (
                "Apple, which will open stores next year, reported record sales in April",
                "April",
                H,
            ),
            ("Sales in the United States rose in April", "April", H),
            ("Nothing here in April", "April", H),
            ("Meta said on Tuesday it would spend more", "Tuesday", H),
            ("Meta said late on Monday it will spend more", "Monday", H),
            ("Meta announced on Monday it would buy Scale", "Monday", H),
            ("Meta said it would decide on Tuesday", "Tuesday", E),
            // An aside's date reads the aside's verb, the main clause's the main verb.
            (
                "Meta, which reported results on Wednesday, will open the site in March",
                "Wednesday",
                H,
            ),
            (
                "Meta, which will report results on Wednesday, opened the site in March",
                "March",
                H,
            ),
            // Scheduled events in the present and deadlines look ahead.
            ("The new rules take effect in January", "January", E),
            ("The law comes into force on January 1", "January 1", E),
            ("The company's fiscal year ends on June 30", "June 30", E),
            ("Housing starts in June fell", "June", H),
            (
                "Meta and Alphabet have until September to comply, regulators said",
                "September",
                E,
            ),
            ("Meta must decide by Friday", "Friday", E),
            ("Meta had until September to comply", "September", H),
            ("Sales rose until March", "March", H),
            ("By March, Meta had hired 500 people", "March", H),
        ];
        for (sentence, expr, want) in cases {
            let start = sentence.find(expr).expect("expression in sentence");
            let tense = Cues::new(sentence).tense_near(start, start + expr.len());
            assert_eq!(tense, want, "{expr} in {sentence:?}");
        }
    }
}
