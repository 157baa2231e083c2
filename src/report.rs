//! A timeline and the memos written on it as one Markdown document, the form a researcher
//! pastes into a draft or a wiki: the memos first, then each lane's dated items with their
//! precision, tense, amount and outlet.

use std::fmt::Write;

use crate::analyze::units::unit_for;
use crate::model::{EventKind, Memo, Precision, Tense, Timeline, TimelineItem};

/// Render `timeline` and `memos` as Markdown under the heading `title`. Citations inside
/// memos (`#/article/ID`) are kept as written; items name their article as `article ID`.
pub fn timeline_markdown(title: &str, timeline: &Timeline, memos: &[Memo]) -> String {
    let mut out = format!("# {title}\n\n");
    if !memos.is_empty() {
        out.push_str("## Memos\n\n");
        for m in memos {
            let heading = if m.title.is_empty() {
                &m.subject
            } else {
                &m.title
            };
            let _ = writeln!(out, "### {heading}\n\n{}\n", m.body.trim());
        }
    }
    for lane in &timeline.lanes {
        let _ = writeln!(out, "## {}\n", lane.label);
        if lane.items.is_empty() {
            out.push_str("Nothing dated.\n\n");
            continue;
        }
        for item in &lane.items {
            out.push_str(&item_line(item));
        }
        out.push('\n');
    }
    if timeline.undated > 0 {
        let _ = match timeline.undated {
            1 => writeln!(out, "_1 matching article has no date._"),
            n => writeln!(out, "_{n} matching articles have no date._"),
        };
    }
    out
}

fn item_line(item: &TimelineItem) -> String {
    let when = match item.precision {
        Precision::Day => item.date.clone(),
        // (`get`: a date loaded from someone's export file may hold any text.)
        Precision::Month => format!("{} (month)", item.date.get(..7).unwrap_or(&item.date)),
        Precision::Quarter => format!("{} (quarter)", item.date),
        Precision::Year => format!("{} (year)", item.date.get(..4).unwrap_or(&item.date)),
    };
    let mut marks = Vec::new();
    if item.tense == Tense::Expected {
        marks.push("expected".to_string());
    }
    if item.kind == EventKind::Published {
        marks.push("published".to_string());
    }
    if let Some(a) = &item.amount {
        let (value, last) = match a.value_max {
            Some(max) if max != a.value => (format!("{}–{}", a.value, max), max),
            _ => (a.value.to_string(), a.value),
        };
        // A unit reads singular after one ("1 gigawatt"); a currency code never changes.
        let unit = match (&a.currency, &a.unit) {
            (Some(code), _) => code.into(),
            (None, Some(unit)) => unit_for(unit, last),
            (None, None) => "".into(),
        };
        marks.push(format!("{value} {unit}").trim().to_string());
    }
    let marks = if marks.is_empty() {
        String::new()
    } else {
        format!(" [{}]", marks.join(", "))
    };
    let source = item
        .source
        .as_deref()
        .map(|s| format!(" — {s}"))
        .unwrap_or_default();
    format!(
        "- **{when}**{marks} {}{source} (article {})\n",
        item.text.trim(),
        item.article_id
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Amount, Lane, MemoSubject};

    #[test]
    fn memos_then_lanes_with_precision_tense_and_amounts() {
        let item = TimelineItem {
            date: "2025-04-01".into(),
            precision: Precision::Quarter,
            tense: Tense::Expected,
            kind: EventKind::DatedClaim,
            text: "Meta expects capex of $64bn to $72bn.".into(),
            article_id: 7,
            source: Some("Harbour Ledger".into()),
            amount: Some(Amount {
                value: 64e9,
                value_max: Some(72e9),
                currency: Some("USD".into()),
                unit: None,
            }),
            siblings: 0,
            story_id: None,
            span_start: Some(0),
            span_end: Some(10),
        };
        let tl = Timeline {
            lanes: vec![Lane {
                key: "entity:meta".into(),
                label: "Meta".into(),
                items: vec![item],
            }],
            undated: 1,
            next: None,
        };
        let memo = Memo {
            id: 1,
            subject_kind: MemoSubject::Entity,
            subject: "Meta".into(),
            title: "Meta AI spending".into(),
            body: "Up again. [a](#/article/7)".into(),
            created_at: String::new(),
            updated_at: String::new(),
        };
        let md = timeline_markdown("Timeline: Meta", &tl, &[memo]);
        assert!(md.starts_with(
            "# Timeline: Meta\n\n## Memos\n\n### Meta AI spending\n\nUp again. [a](#/article/7)\n"
        ));
        assert!(md.contains("## Meta\n\n- **2025-04-01 (quarter)** [expected, 64000000000–72000000000 USD] Meta expects capex of $64bn to $72bn. — Harbour Ledger (article 7)\n"));
        assert!(md.ends_with("_1 matching article has no date._\n"));
    }

    #[test]
    fn a_quantity_of_one_reads_singular() {
        let item = |value: f64, value_max: Option<f64>| TimelineItem {
            date: "2025-01-24".into(),
            precision: Precision::Day,
            tense: Tense::Expected,
            kind: EventKind::DatedClaim,
            text: "Meta would add power.".into(),
            article_id: 8,
            source: None,
            amount: Some(Amount {
                value,
                value_max,
                currency: None,
                unit: Some("gigawatts".into()),
            }),
            siblings: 0,
            story_id: None,
            span_start: None,
            span_end: None,
        };
        assert!(item_line(&item(1.0, None)).contains("[expected, 1 gigawatt]"));
        assert!(item_line(&item(1.0, Some(1.0))).contains("[expected, 1 gigawatt]"));
        assert!(item_line(&item(1.5, None)).contains("[expected, 1.5 gigawatts]"));
        assert!(
            item_line(&item(1.0, Some(2.0))).contains("[expected, 1–2 gigawatts]"),
            "a range ending above one is plural"
        );
    }

    #[test]
    fn a_date_that_is_not_a_date_still_makes_a_line() {
        // A notebook export loaded from a file may carry any text as an event's date.
        for (date, precision) in [
            ("2025-0é-01", Precision::Month),
            ("20é5", Precision::Year),
            ("", Precision::Month),
        ] {
            let item = TimelineItem {
                date: date.into(),
                precision,
                tense: Tense::Happened,
                kind: EventKind::DatedClaim,
                text: "Meta said so.".into(),
                article_id: 1,
                source: None,
                amount: None,
                siblings: 0,
                story_id: None,
                span_start: None,
                span_end: None,
            };
            assert!(item_line(&item).contains("Meta said so."), "{date}");
        }
    }
}
