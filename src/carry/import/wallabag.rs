//! Wallabag's JSON export (Export > JSON): an array of entries with `title`, `url`,
//! `content` (the article's HTML as Wallabag extracted it), `tags`, `created_at`, and
//! `annotations` (Annotator.js: `quote` is the highlighted text, `text` the reader's note).

use serde::Deserialize;

use super::{ImportError, Item, Parsed, QuoteNote, Skipped, iso_time, web_url};

#[derive(Deserialize)]
struct Entry {
    title: Option<String>,
    url: Option<String>,
    content: Option<String>,
    #[serde(default)]
    tags: Vec<String>,
    created_at: Option<String>,
    #[serde(default)]
    annotations: Vec<Annotation>,
}

#[derive(Deserialize)]
struct Annotation {
    quote: Option<String>,
    text: Option<String>,
}

/// Parse a Wallabag export; an entry with neither content nor a web URL is skipped.
pub fn parse(bytes: &[u8]) -> Result<Parsed, ImportError> {
    let entries: Vec<serde_json::Value> =
        serde_json::from_slice(bytes).map_err(|e| ImportError::Format {
            tool: "Wallabag",
            reason: format!("it is not a JSON array of entries ({e})"),
        })?;
    let mut out = Parsed::default();
    for (i, value) in entries.into_iter().enumerate() {
        let entry: Entry = match serde_json::from_value(value) {
            Ok(e) => e,
            Err(e) => {
                out.skipped.push(Skipped {
                    item: format!("entry {}", i + 1),
                    reason: format!("not a Wallabag entry ({e})"),
                });
                continue;
            }
        };
        let url = entry.url.as_deref().and_then(|u| web_url(u).ok());
        let content = entry.content.filter(|c| !c.trim().is_empty());
        let title = entry.title.filter(|t| !t.trim().is_empty());
        if content.is_none() && url.is_none() {
            out.skipped.push(Skipped {
                item: title.unwrap_or_else(|| format!("entry {}", i + 1)),
                reason: "it has neither content nor a web address".into(),
            });
            continue;
        }
        let html = content.map(|body| page(title.as_deref().unwrap_or(""), &body));
        out.items.push(Item {
            url,
            title,
            html,
            tags: entry.tags,
            saved_at: entry.created_at.as_deref().and_then(iso_time),
            highlights: entry
                .annotations
                .into_iter()
                .filter_map(|a| {
                    let quote = a.quote.filter(|q| !q.trim().is_empty())?;
                    Some(QuoteNote {
                        quote,
                        note: a.text.filter(|t| !t.trim().is_empty()),
                    })
                })
                .collect(),
            notes: Vec::new(),
        });
    }
    Ok(out)
}

/// A stored body as a whole page, so the extractor finds its title and its article.
pub fn page(title: &str, body: &str) -> String {
    let title = crate::carry::export::escape_html(title);
    format!(
        "<!doctype html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_keep_content_tags_and_annotations() {
        let json = r#"[{"is_archived":0,"is_starred":1,"tags":["ai"],"id":3,"title":"Meta spends","url":"https://news.example/m",
            "content":"<p>Meta raised capex.</p>","created_at":"2024-05-02T09:00:00+0200",
            "annotations":[{"id":1,"text":"big","quote":"raised capex","ranges":[{"start":"/p[1]","startOffset":"5","end":"/p[1]","endOffset":"17"}]}]},
            {"id":4,"title":"Empty","url":"about:blank","content":""}]"#;
        let parsed = parse(json.as_bytes()).unwrap();
        assert_eq!(parsed.items.len(), 1);
        let item = &parsed.items[0];
        assert_eq!(item.saved_at.as_deref(), Some("2024-05-02T07:00:00Z"));
        assert_eq!(item.highlights[0].quote, "raised capex");
        assert_eq!(item.highlights[0].note.as_deref(), Some("big"));
        assert_eq!(parsed.skipped[0].item, "Empty");
    }
}
