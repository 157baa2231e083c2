//! Dates for sentences without a time expression. News reports its events on or just
//! before the publication day, so a sentence that reports something about an entity
//! ("Jobs also announced a new service.") is dated by the article itself:
//!
//! The tense is that of the first finite verb:
//! - a sentence told in the past ("said", "unveiled", "was praised", "has launched") takes
//!   the **news day**: the last day-precise, happened date of the sentences before it that
//!   lies within [`NEWS_DAYS`] days before the publication date ("announced Friday",
//!   "yesterday"), or the publication date when there is none;
//! - a sentence in the present ("It comes in two colours", "The bank is cautious") states
//!   how things are, not something that happened: it is no point on a timeline.
//!
//! Only sentences with a finite verb count; a fragment or heading gives no date.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use super::{Precision, TimeExpr, tense};

/// Time phrases too vague to date, that still say a sentence is not about the news day:
/// "more than a decade ago", "several years ago", "last summer", "back in the spring", "over
/// the weekend", "in recent years", "in the first six months of the year".
static VAGUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)(?-u:\b)(?:
            (?:decades?|years?|months?|weeks?|days?|centur(?:y|ies)|long|ages)\s+ago
          | (?:last|this|next|past|coming|early|late|mid)[-\s]+(?:summer|spring|autumn|fall|winter)
          | (?:in|during|over|since|until|by|through)\s+the\s+(?:summer|spring|autumn|fall|winter)
          | over\s+the\s+weekend
          | in\s+recent\s+(?:years|months|decades)
          | (?:over|in|during|for)\s+the\s+(?:past|last|previous)\s+(?:\w+\s+)?(?:decades?|years|months)
          | the\s+(?:first|last|second|final|past)\s+(?:half|\w+\s+months|\w+\s+weeks)\s+of\s+the\s+year
        )(?-u:\b)",
    )
    .expect("valid regex")
});

/// Where the first vague time phrase of `sentence` starts (see [`VAGUE`]): a sentence with
/// one tells of another time than the news day, which it cannot name.
pub fn vague_time(sentence: &str) -> Option<usize> {
    VAGUE.find(sentence).map(|m| m.start())
}

/// How many days before publication a date may lie and still be the article's news day.
pub const NEWS_DAYS: i64 = 7;

/// Verbs in the present (third person) or other finite forms that make a sentence a
/// statement rather than a fragment.
const PRESENT: &[&str] = &[
    "is", "are", "has", "have", "does", "do", "can", "says", "will", "would", "could", "may",
    "must", "should", "shall",
];

/// The running news day of one article, fed with the dated sentences in order.
#[derive(Debug, Clone)]
pub struct NewsDay {
    anchor: NaiveDate,
    last: Option<NaiveDate>,
}

impl NewsDay {
    /// A tracker for an article published on `anchor`.
    pub fn new(anchor: NaiveDate) -> Self {
        NewsDay { anchor, last: None }
    }

    /// Note a sentence's chosen date: a day-precise date within [`NEWS_DAYS`]
    /// days before publication becomes the news day.
    pub fn observe(&mut self, expr: &TimeExpr) {
        let days = (self.anchor - expr.date_start).num_days();
        if expr.precision == Precision::Day && (0..=NEWS_DAYS).contains(&days) {
            self.last = Some(expr.date_start);
        }
    }

    /// The date of a sentence with no time expression, or `None` when it reports no event
    /// (no verb found, or a state told in the present).
    pub fn date_for(&self, sentence: &str) -> Option<NaiveDate> {
        match verb_tense(sentence)? {
            VerbTense::Past => Some(self.last.unwrap_or(self.anchor)),
            VerbTense::Present => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum VerbTense {
    Past,
    Present,
}

/// The tense of the first finite verb: Past for a past-tense verb or `has`/`have` with a
/// participle ("has launched", "has not yet said"), Present for a present-tense one, `None`
/// when there is no verb the lists know.
fn verb_tense(sentence: &str) -> Option<VerbTense> {
    let at = main_clause(sentence);
    first_verb(&sentence[at..]).map(|(_, _, t)| t)
}

/// Words that open a phrase or clause put before the subject ("For consumers still
/// dissatisfied with iPhone 4, Jobs said ...", "Even though it now uses the A4, iPhone 4
/// has ..."): the sentence's own subject and verb follow its comma.
const FRONTED: &[&str] = &[
    "after",
    "although",
    "amid",
    "as",
    "because",
    "before",
    "despite",
    "even",
    "following",
    "for",
    "if",
    "in",
    "once",
    "since",
    "though",
    "unlike",
    "until",
    "when",
    "whereas",
    "while",
    "with",
    "without",
];

/// The byte offset where the main clause starts: after the comma of a fronted phrase or
/// clause that holds a verb of its own, else 0.
fn main_clause(sentence: &str) -> usize {
    let first = sentence
        .split(|c: char| !c.is_alphabetic())
        .find(|w| !w.is_empty())
        .unwrap_or("");
    if !FRONTED.contains(&first.to_lowercase().as_str()) {
        return 0;
    }
    let Some(comma) = sentence.find(',') else {
        return 0;
    };
    let (fronted, rest) = (&sentence[..comma], &sentence[comma + 1..]);
    // Only a verb before the comma misleads; a phrase without one leaves the sentence as is.
    if first_verb(fronted).is_some() && first_verb(rest).is_some() {
        comma + 1
    } else {
        0
    }
}

/// Where the subject of a sentence ends: the byte offset of its first finite verb outside
/// quotation marks; for a quote followed by its speaker ("..., said Jane Doe."), the end of
/// the clause after the verb. `None` when there is no verb the lists know.
pub fn subject_span(sentence: &str) -> Option<(usize, usize)> {
    let at = main_clause(sentence);
    let (a, b) = clause_subject(&sentence[at..])?;
    Some((a + at, b + at))
}

/// `subject_span` of a sentence that starts with its subject.
fn clause_subject(sentence: &str) -> Option<(usize, usize)> {
    let (start, end, _) = first_verb(sentence)?;
    let word = &sentence[start..end];
    let before = sentence[..start].trim_end();
    if matches!(word, "said" | "says" | "added" | "adds") && before.ends_with([',', '"', '”', '\''])
    {
        let clause_end = sentence[end..]
            .find([',', '.', ';'])
            .map_or(sentence.len(), |i| end + i);
        return Some((end, clause_end));
    }
    Some((0, start))
}

/// Whether `text` holds a finite verb the lists know, outside quotation marks.
pub fn has_verb(text: &str) -> bool {
    first_verb(text).is_some()
}

/// The first finite verb outside quotation marks: (start, end, tense).
fn first_verb(sentence: &str) -> Option<(usize, usize, VerbTense)> {
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut start = None;
    let mut quoted = false;
    for (i, c) in sentence.char_indices().chain([(sentence.len(), ' ')]) {
        if c.is_alphabetic() || ((c == '\'' || c == '’') && start.is_some()) {
            start.get_or_insert(i);
            continue;
        }
        if let Some(b) = start.take()
            && !quoted
        {
            words.push((b, &sentence[b..i]));
        }
        if matches!(c, '"' | '“' | '”') {
            quoted = match c {
                '“' => true,
                '”' => false,
                _ => !quoted,
            };
        }
    }
    for (i, &(at, w)) in words.iter().enumerate() {
        let lower = w.to_lowercase();
        let end = at + w.len();
        // A capitalised word is no past verb ("Related articles"): see `tense::is_past_verb`.
        if tense::is_past_verb(w) {
            return Some((at, end, VerbTense::Past));
        }
        if matches!(lower.as_str(), "has" | "have") {
            let participle = words
                .iter()
                .skip(i + 1)
                .map(|(_, n)| *n)
                .filter(|n| !matches!(*n, "not" | "also" | "yet" | "already" | "now" | "just"))
                .take(1)
                .any(|n| tense::is_past_verb(n) || n == "been");
            let t = if participle {
                VerbTense::Past
            } else {
                VerbTense::Present
            };
            return Some((at, end, t));
        }
        if PRESENT.contains(&lower.as_str()) || is_verb_s(&lower) {
            return Some((at, end, VerbTense::Present));
        }
    }
    None
}

/// Third-person present verbs common in news ("comes", "uses", "offers"): a short list,
/// since most words ending in `s` are plural nouns.
fn is_verb_s(w: &str) -> bool {
    const VERBS: &[&str] = &[
        "comes",
        "uses",
        "offers",
        "includes",
        "sells",
        "remains",
        "adds",
        "allows",
        "supports",
        "owns",
        "seems",
        "appears",
        "becomes",
        "gets",
        "takes",
        "gives",
        "announces",
        "launches",
        "introduces",
        "unveils",
        "believes",
        "describes",
        "weighs",
        "says",
        "makes",
        "provides",
        "operates",
        "continues",
        "expects",
        "intends",
    ];
    VERBS.contains(&w)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    fn expr(date: &str, precision: Precision) -> TimeExpr {
        TimeExpr {
            start: 0,
            end: 1,
            date_start: day(date),
            date_end: day(date),
            precision,
            text: String::new(),
        }
    }

    #[test]
    fn past_sentences_take_the_news_day_present_ones_no_date() {
        let mut news = NewsDay::new(day("2024-03-09"));
        assert_eq!(
            news.date_for("The chief executive unveiled the new tablet."),
            Some(day("2024-03-09"))
        );
        news.observe(&expr("2024-03-07", Precision::Day));
        assert_eq!(
            news.date_for("She also said sales had doubled."),
            Some(day("2024-03-07"))
        );
        assert_eq!(
            news.date_for("The tablet was praised by reviewers."),
            Some(day("2024-03-07"))
        );
        assert_eq!(news.date_for("It comes in three colours."), None);
        assert_eq!(news.date_for("The tablet is the lightest yet."), None);
        assert_eq!(news.date_for("Photo gallery"), None);
    }

    #[test]
    fn vague_time_phrases_are_found() {
        for s in [
            "Meta bought Instagram more than a decade ago.",
            "Meta bought the startup several years ago.",
            "Meta sold the unit decades ago.",
            "Meta lost the lawsuit a few months ago.",
            "Meta launched the headset last summer.",
            "Meta first tested the feature back in the spring.",
            "Meta settled the case over the weekend.",
            "Meta has cut thousands of jobs in recent years.",
            "Meta has cut jobs over the past two years.",
            "Meta's profit doubled in the first six months of the year.",
        ] {
            assert!(vague_time(s).is_some(), "a vague time in {s:?}");
        }
        for s in [
            "Meta settled the case.",
            "Meta's shares fell after the fall in profits.",
            "Spring Street offices were sold.",
        ] {
            assert_eq!(vague_time(s), None, "no vague time in {s:?}");
        }
    }

    #[test]
    fn old_far_or_coarse_dates_do_not_move_the_news_day() {
        let mut news = NewsDay::new(day("2024-03-09"));
        news.observe(&expr("2024-01-15", Precision::Day));
        news.observe(&expr("2024-03-01", Precision::Month));
        news.observe(&expr("2024-03-12", Precision::Day));
        assert_eq!(
            news.date_for("The minister said the plan was sound."),
            Some(day("2024-03-09"))
        );
    }

    #[test]
    fn subject_is_before_the_first_verb_or_after_a_quoted_said() {
        let s = "The new chief executive announced a reorganisation.";
        assert_eq!(
            subject_span(s).map(|(a, b)| &s[a..b]),
            Some("The new chief executive ")
        );
        let s = "\"We are ready,\" said Jane Doe, the minister.";
        assert_eq!(subject_span(s).map(|(a, b)| &s[a..b]), Some(" Jane Doe"));
        assert_eq!(subject_span("Photo gallery"), None);
    }

    #[test]
    fn a_fronted_clause_with_its_own_verb_is_not_the_subject() {
        let s = "For readers still dissatisfied with the tablet, the chief executive said refunds would follow.";
        assert_eq!(
            subject_span(s).map(|(a, b)| &s[a..b]),
            Some(" the chief executive ")
        );
        let s = "Even though it uses a faster chip, the new tablet has a longer battery life.";
        assert_eq!(
            subject_span(s).map(|(a, b)| s[a..b].trim()),
            Some("the new tablet")
        );
        // A fronted phrase without a verb stays part of what comes before the verb.
        let s = "During the event, the chief executive answered questions.";
        assert_eq!(
            subject_span(s).map(|(a, b)| &s[a..b]),
            Some("During the event, the chief executive ")
        );
        assert_eq!(
            verb_tense("While the tablet is popular, its maker lowered prices."),
            Some(VerbTense::Past)
        );
    }

    #[test]
    fn verb_tense_reads_past_present_and_fragments() {
        assert_eq!(
            verb_tense("Then officials announced the deal."),
            Some(VerbTense::Past)
        );
        assert_eq!(
            verb_tense("The bank has raised rates."),
            Some(VerbTense::Past)
        );
        assert_eq!(
            verb_tense("The bank is cautious."),
            Some(VerbTense::Present)
        );
        assert_eq!(
            verb_tense("The phone has a new screen, dubbed a retina display."),
            Some(VerbTense::Present)
        );
        assert_eq!(
            verb_tense("She has not yet explained her decision."),
            Some(VerbTense::Past)
        );
        assert_eq!(verb_tense("Related articles"), None);
        assert_eq!(
            verb_tense("\"We are ready,\" said the minister."),
            Some(VerbTense::Past)
        );
        assert_eq!(verb_tense(""), None);
    }
}
