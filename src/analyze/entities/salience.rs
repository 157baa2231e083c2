//! Salience: one summary per entity from its mentions, so a headline subject outranks a
//! passing mention.
//!
//! Each mention adds a weight: 3.0 in the title; 2.0 when it starts within the lead (the
//! first [`LEAD_BYTES`] bytes of the text, about two sentences); otherwise
//! `1.0 + 0.5 * (1 - start / text_len)`, so earlier body mentions weigh a little more.
//! With `w` the sum of the weights, `salience = w / (w + 3)`: in `[0, 1)`, growing with
//! every mention and with diminishing returns (one title mention 0.5, one lead mention
//! 0.4, one late passing mention about 0.25, ten body mentions about 0.8).

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::Mention;

/// How many bytes of the text count as the lead.
pub const LEAD_BYTES: usize = 400;

/// What an article says about one entity, ready for the `mentions` table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MentionSummary {
    /// The entry's key.
    pub key: String,
    /// Mentions in the title and the text together.
    pub count: usize,
    /// `w / (w + 3)`, see the module documentation.
    pub salience: f64,
    /// Byte offset of the first mention in the text; `None` if only the title names it.
    pub first_offset: Option<usize>,
}

/// Folds `mentions` (from [`Registry::find_mentions`](super::Registry::find_mentions)) into
/// one summary per key, sorted by salience (highest first), then by first offset, then key.
/// `text_len` is the byte length of the text the offsets index.
pub fn summarize(mentions: &[Mention], text_len: usize) -> Vec<MentionSummary> {
    let mut by_key: HashMap<&str, (usize, f64, Option<usize>)> = HashMap::new();
    for m in mentions {
        let weight = if m.in_title {
            3.0
        } else if m.start < LEAD_BYTES {
            2.0
        } else {
            let position = m.start as f64 / text_len.max(1) as f64;
            1.0 + 0.5 * (1.0 - position.min(1.0))
        };
        let slot = by_key.entry(m.key.as_str()).or_insert((0, 0.0, None));
        slot.0 += 1;
        slot.1 += weight;
        if !m.in_title {
            slot.2 = Some(slot.2.map_or(m.start, |f: usize| f.min(m.start)));
        }
    }
    let mut out: Vec<MentionSummary> = by_key
        .into_iter()
        .map(|(key, (count, w, first_offset))| MentionSummary {
            key: key.to_string(),
            count,
            salience: w / (w + 3.0),
            first_offset,
        })
        .collect();
    out.sort_by(|a, b| {
        b.salience
            .total_cmp(&a.salience)
            .then(
                a.first_offset
                    .unwrap_or(0)
                    .cmp(&b.first_offset.unwrap_or(0)),
            )
            .then(a.key.cmp(&b.key))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::super::Registry;
    use super::*;

    #[test]
    fn title_beats_lead_beats_passing_mention() {
        let filler = "Nothing to see here. ".repeat(60);
        let text = format!("Nvidia reported results. {filler} Intel was also mentioned.");
        let mentions = Registry::builtin().find_mentions("Apple unveils a smartphone", &text);
        let summaries = summarize(&mentions, text.len());
        let ranked: Vec<&str> = summaries.iter().map(|s| s.key.as_str()).collect();
        assert_eq!(ranked, ["apple", "nvidia", "intel"], "{summaries:?}");
        assert_eq!(
            summaries[0].first_offset, None,
            "Apple is only in the title"
        );
        assert_eq!(summaries[1].first_offset, Some(0));
    }

    #[test]
    fn salience_grows_with_count() {
        let filler = "Nothing to see here. ".repeat(30);
        let once = format!("{filler} Intel rose.");
        let thrice = format!("{filler} Intel rose. Intel fell. Intel rose again.");
        let s1 = summarize(&Registry::builtin().find_mentions("", &once), once.len());
        let s3 = summarize(
            &Registry::builtin().find_mentions("", &thrice),
            thrice.len(),
        );
        assert_eq!(s3[0].count, 3);
        assert!(s3[0].salience > s1[0].salience && s3[0].salience < 1.0);
    }

    #[test]
    fn empty_input_gives_no_summaries() {
        assert!(summarize(&[], 0).is_empty());
    }
}
