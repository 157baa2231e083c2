//! A timeline as TimelineJS JSON (https://timeline.knightlab.com/docs/json-format.html):
//! one slide per item, grouped by lane, dated as precisely as the item is known, with a
//! link to the article it comes from. Text is HTML-escaped, since TimelineJS renders HTML
//! (a lane's group label twice: TimelineJS decodes it once before rendering it).

use serde_json::{Map, Value, json};

use super::{Sources, date_parts, escape_html, safe_href};
use crate::model::{Precision, Timeline};

/// The TimelineJS document for `t`, titled `title`.
pub fn render(t: &Timeline, sources: &Sources, title: &str) -> String {
    let mut events = Vec::new();
    for lane in &t.lanes {
        for (i, item) in lane.items.iter().enumerate() {
            let parts = date_parts(&item.date);
            let mut start = Map::new();
            let keep = match item.precision {
                Precision::Day => 3,
                Precision::Month | Precision::Quarter => 2,
                Precision::Year => 1,
            };
            for (key, value) in ["year", "month", "day"].iter().zip(parts.iter()).take(keep) {
                start.insert((*key).into(), json!(value.to_string()));
            }
            if item.precision == Precision::Quarter
                && let (Some(y), Some(m)) = (parts.first(), parts.get(1))
            {
                start.insert(
                    "display_date".into(),
                    json!(format!("Q{} {y}", m.div_ceil(3))),
                );
            }
            let article = sources.get(&item.article_id);
            let mut text = format!("<p>{}</p>", escape_html(&item.text));
            if let Some(a) = article {
                let outlet = a.source.as_deref().unwrap_or("source");
                let cite = match safe_href(a.url.as_deref()) {
                    Some(url) => format!(
                        "<a href=\"{}\">{}</a>",
                        escape_html(url),
                        escape_html(&a.title)
                    ),
                    None => escape_html(&a.title),
                };
                text.push_str(&format!("<p>{} — {cite}</p>", escape_html(outlet)));
            }
            let headline = article
                .map(|a| a.title.clone())
                .unwrap_or_else(|| item.text.chars().take(80).collect());
            events.push(json!({
                "unique_id": format!("{}-{i}", slug_key(&lane.key)),
                "start_date": Value::Object(start),
                "text": {"headline": escape_html(&headline), "text": text},
                // TimelineJS reads a group as text (decoding its entities) and then writes
                // that text into the page as HTML: escaped twice, a lane called
                // "<img onerror=...>" stays text there.
                "group": escape_html(&escape_html(&lane.label)),
            }));
        }
    }
    let doc = json!({
        "title": {"text": {"headline": escape_html(title), "text": "<p>Exported from Clipline</p>"}},
        "events": events,
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

fn slug_key(key: &str) -> String {
    key.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EventKind, Lane, Tense, TimelineItem};

    #[test]
    fn items_keep_their_precision_and_escape_their_text() {
        let t = Timeline {
            lanes: vec![Lane {
                key: "entity:meta".into(),
                label: "Meta & <img src=x onerror=alert(1)>".into(),
                items: vec![TimelineItem {
                    date: "2025-04-01".into(),
                    precision: Precision::Quarter,
                    tense: Tense::Happened,
                    kind: EventKind::DatedClaim,
                    text: "<script>x</script> capex".into(),
                    article_id: 1,
                    source: None,
                    amount: None,
                    siblings: 0,
                    story_id: None,
                    span_start: None,
                    span_end: None,
                }],
            }],
            undated: 0,
            next: None,
        };
        let doc: Value = serde_json::from_str(&render(&t, &Sources::new(), "Meta")).unwrap();
        let ev = &doc["events"][0];
        assert_eq!(
            ev["start_date"],
            json!({"year": "2025", "month": "4", "display_date": "Q2 2025"})
        );
        assert!(
            ev["text"]["text"]
                .as_str()
                .unwrap()
                .contains("&lt;script&gt;")
        );
        assert_eq!(
            ev["group"], "Meta &amp;amp; &amp;lt;img src=x onerror=alert(1)&amp;gt;",
            "decoded once by TimelineJS, it is still text"
        );
    }
}
