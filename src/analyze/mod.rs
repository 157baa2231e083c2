//! Article -> knowledge (DESIGN.md §4): which entities it names and how prominently, and
//! which of its sentences carry a date, making them dated claims on a timeline with their
//! entities and figures. Pure: text in, values out; the notebook stores the result.
//!
//! - `sentences`: sentence spans. `dates`: temporal expressions resolved against the
//!   publication date, with precision and tense. `figures`: money and quantities.
//! - `entities`: the built-in registry, the mention finder, salience, and suggestions.

pub mod dates;
pub mod entities;
pub mod figures;
pub mod sentences;
pub mod stories;

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

/// Mentions at or above this salience make the article itself part of an entity's lane.
pub const LANE_SALIENCE: f64 = 0.5;

/// Analyse an article. `anchor` is its publication date (or the clip date when unknown):
/// relative dates ("last year", "in April") resolve against it.
pub fn analyze(registry: &Registry, title: &str, text: &str, anchor: NaiveDate) -> Analysis {
    let found = registry.find_mentions(title, text);
    let mentions = entities::summarize(&found, text.len());
    let rank = |key: &str| {
        mentions
            .iter()
            .position(|m| m.key == key)
            .unwrap_or(usize::MAX)
    };
    let mut claims = Vec::new();
    let mut chars_before = 0usize; // code points before the previous sentence's start
    let mut last_byte = 0usize;
    for s in sentences::split_sentences(text) {
        let sentence = s.text(text);
        chars_before += text
            .get(last_byte..s.start)
            .map_or(0, |t| t.chars().count());
        last_byte = s.start;
        let Some(expr) = best_time(sentence, anchor) else {
            continue;
        };
        let mut keys: Vec<String> = found
            .iter()
            .filter(|m| !m.in_title && m.start >= s.start && m.end <= s.end)
            .map(|m| m.key.clone())
            .collect();
        keys.sort_by_key(|k| rank(k));
        keys.dedup();
        let len = sentence.chars().count();
        claims.push(Claim {
            date_start: expr.date_start,
            date_end: expr.date_end,
            precision: precision(expr.precision),
            tense: match dates::sentence_tense(sentence) {
                dates::Tense::Happened => Tense::Happened,
                dates::Tense::Expected => Tense::Expected,
            },
            sentence: sentence.to_string(),
            span: (chars_before, chars_before + len),
            entities: keys,
            amount: best_figure(sentence),
        });
    }
    Analysis { mentions, claims }
}

/// The date a sentence is about: the most precise expression, the first among equals.
fn best_time(sentence: &str, anchor: NaiveDate) -> Option<dates::TimeExpr> {
    dates::find_time_exprs(sentence, anchor)
        .into_iter()
        .enumerate()
        .min_by_key(|(i, e)| (e.precision, *i))
        .map(|(_, e)| e)
}

/// The figure a claim carries: money first, then any quantity.
fn best_figure(sentence: &str) -> Option<Amount> {
    let figures = figures::find_figures(sentence);
    let f = figures
        .iter()
        .find(|f| f.currency.is_some())
        .or_else(|| figures.first())?;
    Some(Amount {
        value: f.value,
        value_max: f.value_max,
        currency: f.currency.clone(),
        unit: f.unit.clone(),
    })
}

fn precision(p: dates::Precision) -> Precision {
    match p {
        dates::Precision::Day => Precision::Day,
        dates::Precision::Month => Precision::Month,
        dates::Precision::Quarter => Precision::Quarter,
        dates::Precision::Year => Precision::Year,
    }
}
