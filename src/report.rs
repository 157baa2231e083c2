//! A timeline and the memos written on it as one Markdown document, the form a researcher
//! pastes into a draft or a wiki: the memos first, then each lane's dated items with their
//! precision, tense, amount and outlet, and a link to the article each comes from.

use std::collections::HashMap;
use std::fmt::Write;

use crate::analyze::units::unit_for;
use crate::model::{Amount, EventKind, Memo, Precision, Tense, Timeline, TimelineItem};

/// The title and address (`Article::link`) of the articles a timeline's items come from.
pub type Cited = HashMap<i64, (String, Option<String>)>;

/// Render `timeline` and `memos` as Markdown under the heading `title`. Citations inside
/// memos (`#/article/ID`) are kept as written; each item names its outlet and links its
/// article's title to its address (`cited`), with its number in the notebook.
pub fn timeline_markdown(
    title: &str,
    timeline: &Timeline,
    memos: &[Memo],
    cited: &Cited,
) -> String {
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
            out.push_str(&item_line(item, cited));
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

fn item_line(item: &TimelineItem, cited: &Cited) -> String {
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
        marks.push(amount_label(a));
    }
    let marks = if marks.is_empty() {
        String::new()
    } else {
        format!(" [{}]", marks.join(", "))
    };
    let mut source = item
        .source
        .as_deref()
        .map(|s| format!(" — {s}"))
        .unwrap_or_default();
    if let Some((title, link)) = cited.get(&item.article_id) {
        // A title is the clipped page's: its Markdown and HTML marks are written out as
        // text (a backslash first, so that the escapes stay escapes).
        let title = title
            .replace('\\', "\\\\")
            .replace('[', "\\[")
            .replace(']', "\\]")
            .replace('*', "\\*")
            .replace('_', "\\_")
            .replace('`', "\\`")
            .replace('<', "&lt;");
        source.push_str(if source.is_empty() { " — " } else { ": " });
        // Only a web address is a link (a loaded export's may hold anything).
        let web = link.as_deref().filter(|u| {
            let lower = u.to_ascii_lowercase();
            lower.starts_with("https://") || lower.starts_with("http://")
        });
        let _ = match web {
            Some(url) => {
                let url = url
                    .replace(' ', "%20")
                    .replace('(', "%28")
                    .replace(')', "%29");
                write!(source, "[{title}]({url})")
            }
            None => write!(source, "“{title}”"),
        };
    }
    format!(
        "- **{when}**{marks} {}{source} (article {})\n",
        item.text.trim(),
        item.article_id
    )
}

/// An amount as a reader writes it: "$64B–$72B", "€1.2B", "5 gigawatts" (the timeline's
/// Markdown export and `clipline timeline` both print it).
pub fn amount_label(a: &Amount) -> String {
    let one = |v: f64| match &a.currency {
        Some(code) => money(v, code),
        None => short_number(v),
    };
    let (value, last) = match a.value_max {
        Some(max) if max != a.value => (format!("{}–{}", one(a.value), one(max)), max),
        _ => (one(a.value), a.value),
    };
    // A unit reads singular after one ("1 gigawatt").
    let unit = match (&a.currency, &a.unit) {
        (None, Some(unit)) => unit_for(unit, last),
        _ => "".into(),
    };
    format!("{value} {unit}").trim().to_string()
}

/// An amount of money as a reader writes it: "$64B", "€1.2B", "£350M", "CHF 40M".
fn money(value: f64, code: &str) -> String {
    let sign = if value < 0.0 { "−" } else { "" };
    let number = short_number(value.abs());
    match code {
        "USD" => format!("{sign}${number}"),
        "EUR" => format!("{sign}€{number}"),
        "GBP" => format!("{sign}£{number}"),
        "JPY" => format!("{sign}¥{number}"),
        "INR" => format!("{sign}₹{number}"),
        other => format!("{sign}{other} {number}"),
    }
}

/// A number with its thousands as a letter when it has them: "64B", "1.25T", "350M",
/// "12,500"; at most two decimals, none when they are zero.
fn short_number(value: f64) -> String {
    let sign = if value < 0.0 { "−" } else { "" };
    let v = value.abs();
    // The largest size the value rounds to one of at least (999,999,999 is "1B").
    let (scaled, letter) = [(1e12, "T"), (1e9, "B"), (1e6, "M")]
        .into_iter()
        .find(|(size, _)| (v / size * 100.0).round() >= 100.0)
        .map_or((v, ""), |(size, letter)| (v / size, letter));
    let mut text = format!("{scaled:.2}");
    while text.contains('.') && (text.ends_with('0') || text.ends_with('.')) {
        text.pop();
    }
    let (whole, decimals) = text.split_once('.').unwrap_or((&text, ""));
    let mut grouped = String::new();
    if whole.len() > 4 {
        // Thousands grouped: "12,500", "12,345.67".
        for (i, c) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i).is_multiple_of(3) {
                grouped.push(',');
            }
            grouped.push(c);
        }
    } else {
        grouped.push_str(whole);
    }
    if !decimals.is_empty() {
        grouped.push('.');
        grouped.push_str(decimals);
    }
    format!("{sign}{grouped}{letter}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Lane, MemoSubject};

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
        let cited = Cited::from([(
            7,
            (
                "Meta [updated] raises its capex".to_string(),
                Some("https://ledger.example/meta (2025)".to_string()),
            ),
        )]);
        let md = timeline_markdown("Timeline: Meta", &tl, &[memo], &cited);
        assert!(md.starts_with(
            "# Timeline: Meta\n\n## Memos\n\n### Meta AI spending\n\nUp again. [a](#/article/7)\n"
        ));
        assert!(
            md.contains(
                "## Meta\n\n- **2025-04-01 (quarter)** [expected, $64B–$72B] Meta expects capex \
                 of $64bn to $72bn. — Harbour Ledger: [Meta \\[updated\\] raises its \
                 capex](https://ledger.example/meta%20%282025%29) (article 7)\n"
            ),
            "{md}"
        );
        // A page's title is text, whatever marks it carries, and only a web address links.
        let hostile = Cited::from([(
            7,
            (
                "C:\\ <img src=x onerror=alert(1)> *bold*".to_string(),
                Some("javascript:alert(1)".to_string()),
            ),
        )]);
        let md = timeline_markdown("T", &tl, &[], &hostile);
        assert!(
            md.contains(
                "Harbour Ledger: “C:\\\\ &lt;img src=x onerror=alert(1)> \\*bold\\*” (article 7)"
            ),
            "{md}"
        );
        // Without its article's title, the item still names its outlet and number.
        let bare = timeline_markdown("T", &tl, &[], &Cited::new());
        assert!(bare.contains("— Harbour Ledger (article 7)\n"), "{bare}");
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
        assert!(item_line(&item(1.0, None), &Cited::new()).contains("[expected, 1 gigawatt]"));
        assert!(item_line(&item(1.0, Some(1.0)), &Cited::new()).contains("[expected, 1 gigawatt]"));
        assert!(item_line(&item(1.5, None), &Cited::new()).contains("[expected, 1.5 gigawatts]"));
        assert!(
            item_line(&item(1.0, Some(2.0)), &Cited::new()).contains("[expected, 1–2 gigawatts]"),
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
            assert!(
                item_line(&item, &Cited::new()).contains("Meta said so."),
                "{date}"
            );
        }
    }

    #[test]
    fn amounts_read_as_a_reader_writes_them() {
        assert_eq!(money(64e9, "USD"), "$64B");
        assert_eq!(money(42.35e9, "USD"), "$42.35B");
        assert_eq!(money(-1.5e9, "EUR"), "−€1.5B");
        assert_eq!(money(350e6, "GBP"), "£350M");
        assert_eq!(money(40e6, "CHF"), "CHF 40M");
        assert_eq!(short_number(1.25e12), "1.25T");
        assert_eq!(short_number(12_500.0), "12,500");
        assert_eq!(short_number(5.0), "5");
        assert_eq!(short_number(2.5), "2.5");
        assert_eq!(short_number(999_999_999.0), "1B");
        assert_eq!(short_number(12_345.67), "12,345.67");
        assert_eq!(short_number(1_500.0), "1500");
    }
}
