//! Feeds, the pure part: RSS, Atom and JSON Feed bytes -> entries (feed-rs), and the
//! schedule — when a feed is polled next after a success, and how long it waits after
//! failures (doubling, capped at a day).

use chrono::{DateTime, Duration, Utc};

/// A feed as Clipline needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct FeedDoc {
    pub title: Option<String>,
    pub site_url: Option<String>,
    pub entries: Vec<FeedEntry>,
}

/// One item of a feed.
#[derive(Debug, Clone, PartialEq)]
pub struct FeedEntry {
    /// The item's id (guid, Atom id, JSON Feed id; feed-rs derives one when missing).
    pub guid: String,
    /// The article's address, to fetch in full.
    pub url: Option<String>,
    pub title: Option<String>,
    /// The content the feed carried, for items without an address.
    pub html: Option<String>,
    /// RFC 3339.
    pub published: Option<String>,
}

/// Why feed bytes could not be read.
#[derive(Debug, thiserror::Error)]
#[error("This is not an RSS, Atom or JSON feed: {0}.")]
pub struct FeedError(String);

/// Parse RSS 0.9x/1.0/2.0, Atom or JSON Feed; `source_url` resolves relative links.
pub fn parse(bytes: &[u8], source_url: &str) -> Result<FeedDoc, FeedError> {
    let feed = feed_rs::parser::Builder::new()
        .base_uri(Some(source_url))
        .build()
        .parse(bytes)
        .map_err(|e| FeedError(e.to_string()))?;
    // feed-rs resolves RSS and Atom links against the base; a JSON Feed's relative `url`
    // comes through as written, so it is resolved here.
    let base = url::Url::parse(source_url).ok();
    let alternate = |links: &[feed_rs::model::Link]| {
        let href = &links
            .iter()
            .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
            .or(links.first())?
            .href;
        match (url::Url::parse(href), &base) {
            (Ok(absolute), _) => Some(absolute.to_string()),
            (Err(url::ParseError::RelativeUrlWithoutBase), Some(base)) => {
                base.join(href).ok().map(String::from)
            }
            _ => Some(href.clone()),
        }
    };
    // A title marked as HTML (Atom's type="html", escaped markup in RSS) is shown as text.
    let plain = |t: &feed_rs::model::Text| {
        let text = if t.content_type.to_string().contains("html") || t.content.contains('<') {
            dom_query::Document::fragment(t.content.as_str())
                .root()
                .text()
                .to_string()
        } else {
            t.content.clone()
        };
        crate::clip::meta::collapse_ws(&text)
    };
    let entries = feed
        .entries
        .iter()
        .map(|e| FeedEntry {
            guid: e.id.clone(),
            url: alternate(&e.links).filter(|u| super::import::web_url(u).is_ok()),
            title: e.title.as_ref().map(plain),
            html: e
                .content
                .as_ref()
                .and_then(|c| c.body.clone())
                .or_else(|| e.summary.as_ref().map(|s| s.content.clone()))
                .filter(|h| !h.trim().is_empty()),
            published: e
                .published
                .or(e.updated)
                .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
        })
        .collect();
    Ok(FeedDoc {
        title: feed.title.as_ref().map(plain),
        site_url: alternate(&feed.links),
        entries,
    })
}

/// How often a healthy feed is polled.
pub const POLL_EVERY: Duration = Duration::minutes(30);

/// When to poll again after `failures` consecutive failures (at least one): 15 minutes,
/// doubling each time, never more than a day.
pub fn backoff(now: DateTime<Utc>, failures: i64) -> DateTime<Utc> {
    let steps = failures.clamp(1, 8) - 1;
    let wait = Duration::minutes(15 * (1 << steps)).min(Duration::hours(24));
    now + wait
}

/// RFC 3339, seconds, UTC.
pub fn stamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rss_atom_and_json_feed_items_have_guids_and_links() {
        let rss = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Ledger</title><link>https://l.example/</link>
            <item><title>One</title><link>https://l.example/1</link><guid>g1</guid><pubDate>Mon, 12 May 2025 06:00:00 GMT</pubDate></item>
            <item><title>Two</title><link>/2</link><guid isPermaLink="false">g2</guid></item></channel></rss>"#;
        let doc = parse(rss.as_bytes(), "https://l.example/feed.xml").unwrap();
        assert_eq!(doc.title.as_deref(), Some("Ledger"));
        assert_eq!(doc.entries[0].guid, "g1");
        assert_eq!(
            doc.entries[0].published.as_deref(),
            Some("2025-05-12T06:00:00Z")
        );
        assert_eq!(
            doc.entries[1].url.as_deref(),
            Some("https://l.example/2"),
            "relative links resolve"
        );
        let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>urn:a</id><updated>2025-05-12T06:00:00Z</updated>
            <entry><id>urn:a:1</id><title>E</title><updated>2025-05-12T06:00:00Z</updated><link rel="alternate" href="https://a.example/1"/></entry></feed>"#;
        assert_eq!(
            parse(atom.as_bytes(), "https://a.example/")
                .unwrap()
                .entries[0]
                .url
                .as_deref(),
            Some("https://a.example/1")
        );
        let json = r#"{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"7","url":"https://j.example/7","content_html":"<p>x</p>"}]}"#;
        let doc = parse(json.as_bytes(), "https://j.example/feed.json").unwrap();
        assert_eq!(doc.entries[0].guid, "7");
        assert!(parse(b"<html><body>no</body></html>", "https://x.example/").is_err());
    }

    #[test]
    fn json_feed_links_resolve_and_html_titles_become_text() {
        let json = r#"{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"8","url":"stories/8.html","title":"Rates &amp; <em>bonds</em>"}]}"#;
        let doc = parse(json.as_bytes(), "https://j.example/feeds/feed.json").unwrap();
        assert_eq!(
            doc.entries[0].url.as_deref(),
            Some("https://j.example/feeds/stories/8.html")
        );
        assert_eq!(doc.entries[0].title.as_deref(), Some("Rates & bonds"));
        let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">Harbor &lt;em&gt;Times&lt;/em&gt;</title><id>urn:a</id><updated>2025-05-12T06:00:00Z</updated></feed>"#;
        let doc = parse(atom.as_bytes(), "https://a.example/").unwrap();
        assert_eq!(doc.title.as_deref(), Some("Harbor Times"));
    }

    #[test]
    fn failures_back_off_doubling_up_to_a_day() {
        let now = DateTime::parse_from_rfc3339("2025-01-01T00:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(backoff(now, 1) - now, Duration::minutes(15));
        assert_eq!(backoff(now, 3) - now, Duration::minutes(60));
        assert_eq!(backoff(now, 40) - now, Duration::hours(24));
    }
}
