//! Article -> knowledge (DESIGN.md §4): which entities it names and how prominently, and
//! which of its sentences carry a date, making them dated claims on a timeline with their
//! entities and figures. Pure: text in, values out; the notebook stores the result.
//!
//! - `sentences`: sentence spans. `dates`: temporal expressions resolved against the
//!   publication date, with precision and tense. `figures`: money and quantities.
//! - `entities`: the built-in registry, the mention finder, salience, and suggestions.
//! - `attribution`: which figure of a sentence is whose, when it names several entities.
//! - `units`: a figure's unit as it reads after its number ("1 gigawatt").

mod attribution;
pub mod dates;
pub mod entities;
pub mod figures;
pub mod sentences;
pub mod stories;
pub mod units;

use chrono::NaiveDate;

use crate::model::{Amount, Precision, Tense};
use entities::{MentionSummary, Registry};

/// A sentence that carries a resolved date: a point for the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub date_start: NaiveDate,
    pub date_end: NaiveDate,
    pub precision: Precision,
    pub tense: Tense,
    pub sentence: String,
    /// Span of the sentence in the article text, in Unicode code points (as highlights).
    pub span: (usize, usize),
    /// Registry keys of the entities the sentence names, salient first.
    pub entities: Vec<String>,
    pub amount: Option<Amount>,
}

/// What analysis found in one article.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    pub mentions: Vec<MentionSummary>,
    pub claims: Vec<Claim>,
}

/// Mentions at or above this salience make the article's `published` event part of an
/// entity's lane: the entity it is mainly about (a headline subject named again and again,
/// about `w >= 12` in `entities::salience` terms). Other entities still get the article's
/// dated claims; a lower bar filled lanes with headline-only points no sentence backs.
pub const LANE_SALIENCE: f64 = 0.8;

/// Sentences of this many words or fewer never become claims.
const MIN_CLAIM_WORDS: usize = 3;

/// The most text one article's analysis reads: ten times the longest development article.
/// A hostile page (a million links flattened to text) would otherwise hold a clip for
/// seconds; past this, entities and dated claims are not looked for.
pub const MAX_ANALYZED_BYTES: usize = 400_000;

/// `text` cut to at most [`MAX_ANALYZED_BYTES`], on a char boundary (offsets stay valid).
pub fn analyzed_prefix(text: &str) -> &str {
    let mut end = text.len().min(MAX_ANALYZED_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Analyse an article. `anchor` is its publication date (or the clip date when unknown):
/// relative dates ("last year", "in April") resolve against it.
/// Reads at most [`MAX_ANALYZED_BYTES`] of `text`.
pub fn analyze(registry: &Registry, title: &str, text: &str, anchor: NaiveDate) -> Analysis {
    let text = analyzed_prefix(text);
    let found = registry.find_mentions(title, text);
    let mentions = entities::summarize(&found, text.len());
    let rank = |key: &str| {
        mentions
            .iter()
            .position(|m| m.key == key)
            .unwrap_or(usize::MAX)
    };
    let spans = sentences::split_sentences(text);
    let referred = entities::coref::resolve(text, &spans, &found, &mentions);
    let mut news_day = dates::NewsDay::new(anchor);
    // The last date a sentence gave: "one year later" steps from it.
    let mut told_before: Option<dates::TimeExpr> = None;
    let mut claims = Vec::new();
    let mut chars_before = 0usize; // code points before the previous sentence's start
    let mut last_byte = 0usize;
    for (s, referred) in spans.iter().zip(referred) {
        let sentence = s.text(text);
        chars_before += text
            .get(last_byte..s.start)
            .map_or(0, |t| t.chars().count());
        last_byte = s.start;
        // A line of three words or fewer is a label or a byline ("- India Today"), not a claim.
        if sentence.split_whitespace().count() <= MIN_CLAIM_WORDS {
            continue;
        }
        let tense = dates::sentence_tense(sentence);
        // Every entity the sentence names or refers to, with its offset in the sentence.
        let named: Vec<(usize, String)> = found
            .iter()
            .filter(|m| !m.in_title && m.start >= s.start && m.end <= s.end)
            .map(|m| (m.start - s.start, m.key.clone()))
            .chain(referred)
            .collect();
        let sorted = |mut keys: Vec<String>| {
            keys.sort_by_key(|k| rank(k));
            keys.dedup();
            keys
        };
        let keys = sorted(named.iter().map(|(_, k)| k.clone()).collect());
        // An undated claim is about its subject only: the entities before the first verb.
        let subject_keys = || {
            let (a, b) = dates::subject_span(sentence)?;
            let keys = sorted(
                named
                    .iter()
                    .filter(|(at, _)| (a..b).contains(at) || by_agent(sentence, *at))
                    .map(|(_, k)| k.clone())
                    .collect(),
            );
            (!keys.is_empty()).then_some(keys)
        };
        let exprs = times(sentence, anchor);
        // A date of what is reported gives way to another date of the sentence, if any.
        let own: Vec<dates::TimeExpr> = exprs
            .iter()
            .filter(|e| keys.is_empty() || !reported_date(sentence, e))
            .cloned()
            .collect();
        // A date of the main clause outranks one of a ", which ...," aside.
        let asides = dates::aside_spans(sentence);
        let main: Vec<dates::TimeExpr> = own
            .iter()
            .filter(|e| !asides.iter().any(|&(a, b)| a <= e.start && e.start < b))
            .cloned()
            .collect();
        let time = best_time(if main.is_empty() { &own } else { &main }).or_else(|| {
            told_before
                .as_ref()
                .and_then(|b| dates::sequel::after(sentence, b))
        });
        // The story has reached the last date the sentence tells.
        if let Some(last) = exprs.iter().max_by_key(|e| e.start).or(time.as_ref()) {
            told_before = Some(last.clone());
        }
        let fiscal = time.as_ref().is_some_and(is_fiscal);
        // Dated by the news day, a sentence tells what happened that day (a saying).
        let tense = if time.is_none() {
            dates::Tense::Happened
        } else {
            tense
        };
        let (date_start, date_end, precision, keys) = match time {
            Some(expr) => {
                news_day.observe(&expr);
                (expr.date_start, expr.date_end, expr.precision, keys)
            }
            // A vague time of its own ("a decade ago", "last summer") is not the news day.
            None if dates::vague_time(sentence).is_some_and(|at| !reported_at(sentence, at)) => {
                continue;
            }
            // No time expression: a statement about an entity happened on the news day.
            None => match (subject_keys(), news_day.date_for(sentence)) {
                (Some(keys), Some(day)) => (day, day, dates::Precision::Day, keys),
                _ => continue,
            },
        };
        let len = sentence.chars().count();
        // Two companies with a figure each ("Alphabet ... $75 billion, while Meta ... $72
        // billion"): a claim each, with its own figure.
        for share in attribution::shares(sentence, &named, keys, |k| owner(registry, k)) {
            claims.push(Claim {
                date_start,
                date_end,
                precision: self::precision(precision),
                // What the article dates after its own day has not happened when it was
                // written, whatever the verb's tense ("when it opens in 2027").
                tense: match tense {
                    dates::Tense::Happened if date_start <= anchor => Tense::Happened,
                    // A fiscal year runs up to a year ahead of the calendar year it is read
                    // as (Microsoft's fiscal 2026 began in July 2025): reported in the past
                    // tense, its quarter has happened.
                    dates::Tense::Happened
                        if fiscal
                            && anchor
                                .checked_add_months(chrono::Months::new(12))
                                .is_some_and(|a| date_start <= a) =>
                    {
                        Tense::Happened
                    }
                    _ => Tense::Expected,
                },
                sentence: sentence.to_string(),
                span: (chars_before, chars_before + len),
                entities: share.keys,
                amount: share.amount,
            });
        }
    }
    Analysis { mentions, claims }
}

/// Whether a time expression names a fiscal period ("the first quarter of fiscal 2026",
/// "FY25", "this financial year"), which [`dates`] reads as the calendar one.
fn is_fiscal(expr: &dates::TimeExpr) -> bool {
    let text = expr.text.to_ascii_lowercase();
    text.contains("fiscal") || text.contains("financial") || expr.text.starts_with("FY")
}

/// The date a sentence is about, among its expressions (see [`times`]): the most precise
/// one, the first among equals. A period of several years (a decade: "in the late 1980's") is coarser than one year ("in
/// 1989"), though both are year-precise.
fn best_time(exprs: &[dates::TimeExpr]) -> Option<dates::TimeExpr> {
    exprs
        .iter()
        .enumerate()
        .min_by_key(|(i, e)| {
            let years = (e.date_end - e.date_start).num_days() > 366;
            (e.precision, years, *i)
        })
        .map(|(_, e)| e.clone())
}

/// The time expressions of a sentence, leaving out those inside a quoted fragment ("Steve
/// Jobs 1955-2011" on a web page, a "2026 roadmap"); a quoted sentence ("We expect to close
/// the deal in 2026," she said) keeps its dates.
fn times(sentence: &str, anchor: NaiveDate) -> Vec<dates::TimeExpr> {
    let quoted: Vec<(usize, usize)> = quoted_spans(sentence)
        .into_iter()
        .filter(|&(a, b)| !quoted_sentence(&sentence[a..b]))
        .collect();
    dates::find_time_exprs(sentence, anchor)
        .into_iter()
        .filter(|e| !quoted.iter().any(|&(a, b)| a <= e.start && e.end <= b))
        .filter(|e| !baseline(sentence, e))
        .collect()
}

/// A period that a figure is compared with, right before a date: "the same quarter (of)",
/// or "from", "than", "compared with", "versus" (with "the same ..." or not).
static COMPARED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)(?:(?:\bfrom|\bthan|\bcompared\s+(?:with|to)|\bversus|\bvs\.?)(?P<same>\s+the\s+same\s+[a-z]+(?:\s+(?:of|in))?)?|(?P<same2>\bthe\s+same\s+[a-z]+(?:\s+(?:of|in))?))$",
    )
    .expect("valid regex")
});

/// Whether `expr` only names what a figure is compared with ("rose 16% from a year ago",
/// "compared with the same quarter last year", "than a year earlier"): not the claim's
/// date. "from 2020 to 2024" and "over the next three years" stay dates.
fn baseline(sentence: &str, expr: &dates::TimeExpr) -> bool {
    let Some(c) = sentence
        .get(..expr.start)
        .and_then(|before| COMPARED.captures(before.trim_end()))
    else {
        return false;
    };
    let text = expr.text.to_lowercase();
    let looks_back = text
        .split_whitespace()
        .any(|w| ["ago", "earlier", "last", "previous", "prior", "before"].contains(&w));
    c.name("same").is_some() || c.name("same2").is_some() || looks_back
}

/// Whether the entity at byte `at` is the agent of a passive ("was praised by Jobs").
fn by_agent(sentence: &str, at: usize) -> bool {
    sentence
        .get(..at)
        .is_some_and(|before| before.ends_with(" by ") || before.ends_with(" by the "))
}

/// Verbs that report speech: the dates of what follows them belong to what was reported.
const REPORTING: &[&str] = &[
    "said",
    "says",
    "announced",
    "announces",
    "claimed",
    "claims",
    "stated",
    "states",
    "argued",
    "argues",
    "noted",
    "notes",
    "added",
    "adds",
    "explained",
    "confirmed",
    "predicted",
    "predicts",
    "told",
    "acknowledged",
    "admitted",
    "warned",
    "insisted",
];

/// Words that start a reported clause after a reporting verb.
const CLAUSE_STARTS: &[&str] = &[
    "that", "would", "will", "could", "can", "may", "might", "should", "must", "shall", "is",
    "was", "were", "are", "had", "has", "have", "it", "he", "she", "they", "we", "its", "their",
];

/// Whether the time expression `expr` dates only what a sentence reports ("Jobs said that
/// Leopard would ship in 2007"), not the reporting itself: it follows a reporting verb
/// that is not the sentence's first word, and a clause starts between them ("that", a
/// modal, a pronoun). "said on Monday", "said in a statement on Tuesday", "told Reuters
/// late on Friday" and "said in April" date the saying.
fn reported_date(sentence: &str, expr: &dates::TimeExpr) -> bool {
    reported_at(sentence, expr.start)
}

/// Whether the time phrase starting at byte `at` belongs to what a sentence reports: see
/// [`reported_date`].
fn reported_at(sentence: &str, at: usize) -> bool {
    let mut offset = 0;
    for (i, word) in sentence
        .split_inclusive(|c: char| !c.is_alphanumeric())
        .enumerate()
    {
        let start = offset;
        offset += word.len();
        let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        if i == 0 || !REPORTING.contains(&bare) || start >= at {
            continue;
        }
        let gap = sentence
            .get(start + bare.len()..at)
            .unwrap_or("")
            .to_lowercase();
        return gap
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| CLAUSE_STARTS.contains(&w));
    }
    false
}

/// Whether quoted text is a sentence, not a fragment: four words or more, with a verb, a
/// tense cue or the punctuation that closes a quoted sentence ("...in 2026," she said).
fn quoted_sentence(quote: &str) -> bool {
    quote.split_whitespace().count() >= 4
        && (quote.trim_end().ends_with(['.', ',', '!', '?'])
            || dates::has_verb(quote)
            || dates::sentence_tense(quote) == dates::Tense::Expected)
}

/// Byte spans inside straight or curly double quotes (unbalanced quotes run to the end).
fn quoted_spans(sentence: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in sentence.char_indices() {
        let (opens, closes) = match c {
            '"' => (open.is_none(), open.is_some()),
            '“' => (true, false),
            '”' => (false, open.is_some()),
            _ => (false, false),
        };
        if closes && let Some(a) = open.take() {
            spans.push((a, i));
        } else if opens {
            open = Some(i + c.len_utf8());
        }
    }
    if let Some(a) = open {
        spans.push((a, sentence.len()));
    }
    spans
}

/// The entity whose lane a claim naming `key` joins: the company behind a product, place
/// or person (as the notebook links them), else `key` itself.
fn owner(registry: &Registry, key: &str) -> String {
    registry
        .get(key)
        .filter(|e| {
            matches!(
                e.kind,
                entities::Kind::Product | entities::Kind::Place | entities::Kind::Person
            )
        })
        .and_then(|e| e.parent())
        .unwrap_or(key)
        .to_string()
}

fn precision(p: dates::Precision) -> Precision {
    match p {
        dates::Precision::Day => Precision::Day,
        dates::Precision::Month => Precision::Month,
        dates::Precision::Quarter => Precision::Quarter,
        dates::Precision::Year => Precision::Year,
    }
}

#[cfg(test)]
#[path = "mod_tests.rs"]
mod tests;
