//! Wallabag's JSON export (Export > JSON): an array of entries with `title`, `url`,
//! `content` (the article's HTML as Wallabag extracted it), `tags` (names, or the API's
//! `{label}` objects), `created_at`, `published_at`, `published_by` (authors), and
//! `annotations` (Annotator.js: `quote` is the highlighted text, `text` the reader's note).
//! When Wallabag could not fetch an article it stored a note saying so as the content;
//! that counts as no content, so Clipline fetches the article itself.

use serde::Deserialize;

use super::{ImportError, Item, Parsed, QuoteNote, Skipped, iso_time, iso_time_as_given, web_url};

#[derive(Deserialize)]
struct Entry {
    title: Option<String>,
    url: Option<String>,
    content: Option<String>,
    #[serde(default)]
    tags: Vec<Tag>,
    created_at: Option<String>,
    published_at: Option<String>,
    #[serde(default)]
    published_by: Option<Vec<String>>,
    #[serde(default)]
    annotations: Vec<Annotation>,
    /// Read and put away: `1` in the export, `true` from the API.
    #[serde(default)]
    is_archived: Option<serde_json::Value>,
}

/// A tag as the export writes it (a name) or as the API returns it (`{id, label, slug}`).
#[derive(Deserialize)]
#[serde(untagged)]
enum Tag {
    Name(String),
    Object { label: String },
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
        let content = entry
            .content
            .filter(|c| !c.trim().is_empty() && !is_fetch_failure(c));
        let title = entry.title.filter(|t| !t.trim().is_empty());
        if content.is_none() && url.is_none() {
            out.skipped.push(Skipped {
                item: title.unwrap_or_else(|| format!("entry {}", i + 1)),
                reason: "it has neither content nor a web address".into(),
            });
            continue;
        }
        let about = About {
            byline: entry.published_by.map(|names| names.join(", ")),
            published: entry.published_at.as_deref().and_then(iso_time_as_given),
        };
        let html = content.map(|body| page_about(title.as_deref().unwrap_or(""), &about, &body));
        out.items.push(Item {
            url,
            title,
            html,
            tags: entry
                .tags
                .into_iter()
                .map(|t| match t {
                    Tag::Name(name) | Tag::Object { label: name } => name,
                })
                .collect(),
            saved_at: entry.created_at.as_deref().and_then(iso_time),
            read: match &entry.is_archived {
                Some(serde_json::Value::Bool(archived)) => *archived,
                Some(n) => n.as_i64() == Some(1),
                None => false,
            },
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

/// Whether an entry's content is only Wallabag's note that it could not fetch the article
/// ("wallabag can't retrieve contents for this article. Please troubleshoot this issue.",
/// or graby's older "[unable to retrieve full-text content]"): no content at all, so the
/// article is fetched from its address instead.
fn is_fetch_failure(content: &str) -> bool {
    let text = dom_query::Document::fragment(content)
        .root()
        .text()
        .to_lowercase();
    let text = crate::clip::meta::collapse_ws(&text);
    let text = text.replace('\u{2019}', "'");
    (text.starts_with("wallabag can't retrieve contents for this article") && text.len() < 300)
        || text == "[unable to retrieve full-text content]"
}

/// What a tool knew of an article beyond its body: its author(s) and publication time.
#[derive(Debug, Default)]
pub struct About {
    pub byline: Option<String>,
    /// RFC 3339.
    pub published: Option<String>,
}

/// A stored body as a whole page, so the extractor finds its title and its article.
pub fn page(title: &str, body: &str) -> String {
    page_about(title, &About::default(), body)
}

/// `page` with the author and publication time written as the metadata the extractor
/// reads (`author`, `article:published_time`), so the article keeps its byline and its
/// place on the timeline.
pub fn page_about(title: &str, about: &About, body: &str) -> String {
    let esc = crate::carry::export::escape_html;
    let mut head = format!("<title>{}</title>", esc(title));
    if let Some(byline) = about.byline.as_deref().filter(|b| !b.trim().is_empty()) {
        head.push_str(&format!(
            "<meta name=\"author\" content=\"{}\">",
            esc(byline)
        ));
    }
    if let Some(time) = &about.published {
        head.push_str(&format!(
            "<meta property=\"article:published_time\" content=\"{}\">",
            esc(time)
        ));
    }
    format!(
        "<!doctype html><html><head>{head}</head><body><article><h1>{}</h1>{body}</article></body></html>",
        esc(title)
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
        assert!(!item.read, "is_archived 0 is unread");
        let archived = r#"[{"is_archived":1,"url":"https://news.example/a"},
            {"is_archived":true,"url":"https://news.example/b"}]"#;
        let read: Vec<bool> = parse(archived.as_bytes())
            .unwrap()
            .items
            .iter()
            .map(|i| i.read)
            .collect();
        assert_eq!(
            read,
            [true, true],
            "archived, as the export and as the API write it"
        );
    }

    #[test]
    fn wallabags_could_not_fetch_note_is_no_content() {
        let json = r#"[{"title":"Port deal","url":"https://news.example/p",
            "content":"wallabag can't retrieve contents for this article. Please <a href=\"https://doc.wallabag.org/en/user/errors_during_fetching.html#how-can-i-help-to-fix-that\">troubleshoot this issue</a>."},
            {"title":"Old","url":"https://news.example/o","content":"[unable to retrieve full-text content]"},
            {"title":"Gone","content":"wallabag can't retrieve contents for this article."},
            {"title":"About Wallabag","url":"https://news.example/w","content":"<p>Why wallabag can't retrieve contents for this article is a long story.</p><p>It starts with paywalls, scripts that build the page, and servers that refuse unknown clients; this article explains each of them in turn and what readers can do about it.</p><p>More follows.</p>"}]"#;
        let parsed = parse(json.as_bytes()).unwrap();
        let html: Vec<(Option<&str>, bool)> = parsed
            .items
            .iter()
            .map(|i| (i.url.as_deref(), i.html.is_some()))
            .collect();
        assert_eq!(
            html,
            [
                (Some("https://news.example/p"), false),
                (Some("https://news.example/o"), false),
                (Some("https://news.example/w"), true),
            ],
            "the failure note is no body, so the address is fetched; an article that \
             merely mentions it keeps its body"
        );
        assert_eq!(parsed.skipped[0].item, "Gone", "no body and no address");
    }

    #[test]
    fn authors_publication_time_and_api_tags_reach_the_page() {
        let json = r#"[{"title":"Port deal","url":"https://news.example/p","content":"<p>The port signed a deal.</p>",
            "published_at":"2024-05-01T23:30:00+0200","published_by":["Ana Ruiz","Tom Lee"],
            "tags":[{"id":1,"label":"ports","slug":"ports"},"trade"]}]"#;
        let item = &parse(json.as_bytes()).unwrap().items[0];
        assert_eq!(item.tags, ["ports", "trade"]);
        let html = item.html.as_deref().unwrap();
        assert!(
            html.contains("<meta name=\"author\" content=\"Ana Ruiz, Tom Lee\">"),
            "{html}"
        );
        assert!(
            html.contains("content=\"2024-05-01T23:30:00+02:00\""),
            "the outlet's own day: {html}"
        );
    }
}
