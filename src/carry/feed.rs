//! Feeds, the pure part: RSS, Atom and JSON Feed bytes -> entries (feed-rs), and the
//! schedule — when a feed is polled next after a success, and how long it waits after
//! failures (doubling, capped at a day). feed-rs keeps an RSS `<guid>` only as the item's
//! id, so whether it is a permalink (the item's address) is read here with quick-xml.
//! JSON Feed ids that are numbers are made strings first, as the spec asks of readers.
//! A charset the HTTP header names, when the bytes declare none, is decoded first.

use std::collections::HashSet;

use chrono::{DateTime, Duration, Utc};
use quick_xml::XmlVersion;
use quick_xml::events::Event;

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

/// Parse RSS 0.9x/1.0/2.0, Atom or JSON Feed; `content_type` is the HTTP header (its
/// charset counts when the bytes declare none), `source_url` resolves relative links.
pub fn parse(
    bytes: &[u8],
    content_type: Option<&str>,
    source_url: &str,
) -> Result<FeedDoc, FeedError> {
    let utf8 = charset_from_header(bytes, content_type);
    let bytes = utf8.as_deref().unwrap_or(bytes);
    let json_ids = string_json_ids(bytes);
    let feed = feed_rs::parser::Builder::new()
        .base_uri(Some(source_url))
        .build()
        .parse(json_ids.as_deref().unwrap_or(bytes))
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
    // An RSS item with no <link> is at its guid when that is a permalink.
    let permalinks = match feed.feed_type {
        feed_rs::model::FeedType::RSS2 | feed_rs::model::FeedType::RSS0 => permalink_guids(bytes),
        _ => HashSet::new(),
    };
    let entries = feed
        .entries
        .iter()
        .map(|e| FeedEntry {
            guid: e.id.clone(),
            url: alternate(&e.links)
                .or_else(|| permalinks.contains(&e.id).then(|| e.id.clone()))
                .filter(|u| super::import::web_url(u).is_ok()),
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

/// The feed as UTF-8 when only the HTTP header names its charset (no byte-order mark, no
/// `<?xml ... encoding=...?>`), decoded as the clipper decodes pages (`decode_html`: valid
/// UTF-8 wins over a header that lies); `None` when the bytes speak for themselves.
fn charset_from_header(bytes: &[u8], content_type: Option<&str>) -> Option<Vec<u8>> {
    let content_type = content_type.filter(|ct| ct.to_ascii_lowercase().contains("charset="))?;
    if encoding_rs::Encoding::for_bom(bytes).is_some() || declares_encoding(bytes) {
        return None;
    }
    Some(crate::clip::decode_html(bytes, Some(content_type)).into_bytes())
}

/// Whether the bytes open with an XML declaration that names an encoding (ASCII-compatible
/// encodings only; UTF-16 has its byte-order mark).
fn declares_encoding(bytes: &[u8]) -> bool {
    let Some(rest) = bytes.strip_prefix(b"<?xml") else {
        return false;
    };
    let end = rest
        .windows(2)
        .position(|w| w == b"?>")
        .unwrap_or(rest.len().min(200));
    rest[..end]
        .to_ascii_lowercase()
        .windows(8)
        .any(|w| w == b"encoding")
}

/// A JSON Feed whose item ids are numbers, with those ids as strings (the spec asks
/// readers to coerce them; feed-rs rejects them); `None` for anything else, which is
/// parsed as it came.
fn string_json_ids(bytes: &[u8]) -> Option<Vec<u8>> {
    let start = bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(bytes)
        .iter()
        .find(|b| !b.is_ascii_whitespace())?;
    if *start != b'{' {
        return None;
    }
    let mut doc: serde_json::Value = serde_json::from_slice(bytes).ok()?;
    let mut changed = false;
    for item in doc.get_mut("items")?.as_array_mut()? {
        if let Some(id) = item.get_mut("id").filter(|id| id.is_number()) {
            *id = serde_json::Value::String(id.to_string());
            changed = true;
        }
    }
    changed.then(|| serde_json::to_vec(&doc).ok()).flatten()
}

/// The RSS guids (trimmed, as feed-rs gives an item's id) that are permalinks: every
/// `<guid>` but those marked `isPermaLink="false"` (the attribute defaults to true).
/// Bytes that are not well-formed give what was read before the fault.
fn permalink_guids(bytes: &[u8]) -> HashSet<String> {
    let text = String::from_utf8_lossy(bytes);
    let mut reader = quick_xml::Reader::from_str(&text);
    let mut out = HashSet::new();
    // The text of the permalink guid being read.
    let mut guid: Option<String> = None;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) if e.local_name().as_ref() == "guid" => {
                let permalink = e
                    .try_get_attribute("isPermaLink")
                    .ok()
                    .flatten()
                    .and_then(|a| a.normalized_value(XmlVersion::Implicit1_0).ok())
                    .is_none_or(|v| !v.trim().eq_ignore_ascii_case("false"));
                guid = permalink.then(String::new);
            }
            Ok(Event::Text(t)) => {
                if let Some(g) = guid.as_mut() {
                    g.push_str(&t.xml10_content());
                }
            }
            Ok(Event::CData(t)) => {
                if let Some(g) = guid.as_mut() {
                    g.push_str(&t.xml10_content());
                }
            }
            Ok(Event::GeneralRef(r)) => {
                if let Some(g) = guid.as_mut() {
                    match r.resolve_char_ref() {
                        Ok(Some(c)) => g.push(c),
                        _ => g.push_str(
                            quick_xml::escape::resolve_predefined_entity(&r.xml10_content())
                                .unwrap_or_default(),
                        ),
                    }
                }
            }
            Ok(Event::End(e)) if e.local_name().as_ref() == "guid" => {
                if let Some(g) = guid.take() {
                    out.insert(g.trim().to_string());
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    out
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
        let doc = parse(rss.as_bytes(), None, "https://l.example/feed.xml").unwrap();
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
            parse(atom.as_bytes(), None, "https://a.example/")
                .unwrap()
                .entries[0]
                .url
                .as_deref(),
            Some("https://a.example/1")
        );
        let json = r#"{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"7","url":"https://j.example/7","content_html":"<p>x</p>"}]}"#;
        let doc = parse(json.as_bytes(), None, "https://j.example/feed.json").unwrap();
        assert_eq!(doc.entries[0].guid, "7");
        assert!(parse(b"<html><body>no</body></html>", None, "https://x.example/").is_err());
    }

    #[test]
    fn json_feed_links_resolve_and_html_titles_become_text() {
        let json = r#"{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"8","url":"stories/8.html","title":"Rates &amp; <em>bonds</em>"}]}"#;
        let doc = parse(json.as_bytes(), None, "https://j.example/feeds/feed.json").unwrap();
        assert_eq!(
            doc.entries[0].url.as_deref(),
            Some("https://j.example/feeds/stories/8.html")
        );
        assert_eq!(doc.entries[0].title.as_deref(), Some("Rates & bonds"));
        let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">Harbor &lt;em&gt;Times&lt;/em&gt;</title><id>urn:a</id><updated>2025-05-12T06:00:00Z</updated></feed>"#;
        let doc = parse(atom.as_bytes(), None, "https://a.example/").unwrap();
        assert_eq!(doc.title.as_deref(), Some("Harbor Times"));
    }

    #[test]
    fn an_rss_item_without_a_link_is_at_its_permalink_guid() {
        let rss = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
            <item><title>Permalink</title><guid isPermaLink="true">https://w.example/a?x=1&amp;y=2</guid></item>
            <item><title>Default</title><guid> https://w.example/b </guid><description>teaser</description></item>
            <item><title>Not a link</title><guid isPermaLink="false">https://w.example/c</guid><description>teaser</description></item>
            <item><title>A tag</title><guid>tag:w.example,2025:d</guid><description>teaser</description></item>
            <item><title>Both</title><link>https://w.example/e</link><guid>https://w.example/e-guid</guid></item>
            </channel></rss>"#;
        let urls: Vec<Option<String>> = parse(rss.as_bytes(), None, "https://w.example/feed.xml")
            .unwrap()
            .entries
            .into_iter()
            .map(|e| e.url)
            .collect();
        assert_eq!(
            urls,
            [
                Some("https://w.example/a?x=1&y=2".to_string()),
                Some("https://w.example/b".to_string()),
                None,
                None,
                Some("https://w.example/e".to_string()),
            ],
            "a guid is the address unless isPermaLink=\"false\" or it is not http(s); \
             a <link> wins"
        );
        let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>urn:a</id><updated>2025-05-12T06:00:00Z</updated>
            <entry><id>https://a.example/1</id><title>E</title><updated>2025-05-12T06:00:00Z</updated><summary>s</summary></entry></feed>"#;
        assert_eq!(
            parse(atom.as_bytes(), None, "https://a.example/")
                .unwrap()
                .entries[0]
                .url,
            None,
            "an Atom id is a name, not an address"
        );
    }

    #[test]
    fn json_feed_numeric_ids_are_read_as_strings() {
        let json = r#"{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[
            {"id":42,"url":"https://j.example/42","title":"Forty-two"},
            {"id":"x7","url":"https://j.example/x7"},
            {"id":4.5,"url":"https://j.example/4.5"}]}"#;
        let doc = parse(json.as_bytes(), None, "https://j.example/feed.json").unwrap();
        let ids: Vec<&str> = doc.entries.iter().map(|e| e.guid.as_str()).collect();
        assert_eq!(ids, ["42", "x7", "4.5"], "the spec coerces ids to strings");
        assert_eq!(doc.entries[0].url.as_deref(), Some("https://j.example/42"));
    }

    #[test]
    fn a_charset_named_only_in_the_http_header_is_used() {
        let rss = b"<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Caf\xe9 Wire</title>\
            <item><title>Na\xefve \x93quotes\x94</title><link>https://w.example/1</link></item></channel></rss>";
        let doc = parse(
            rss,
            Some("application/rss+xml; charset=windows-1252"),
            "https://w.example/feed.xml",
        )
        .unwrap();
        assert_eq!(doc.title.as_deref(), Some("Caf\u{e9} Wire"));
        assert_eq!(
            doc.entries[0].title.as_deref(),
            Some("Na\u{ef}ve \u{201c}quotes\u{201d}")
        );
        let declared = b"<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>\n<rss version=\"2.0\"><channel><title>Caf\xe9</title></channel></rss>";
        let doc = parse(
            declared,
            Some("application/rss+xml; charset=utf-8"),
            "https://w.example/feed.xml",
        )
        .unwrap();
        assert_eq!(
            doc.title.as_deref(),
            Some("Caf\u{e9}"),
            "the document's own declaration wins over the header"
        );
        let utf8 = "<rss version=\"2.0\"><channel><title>Caf\u{e9}</title></channel></rss>";
        let doc = parse(
            utf8.as_bytes(),
            Some("text/xml; charset=iso-8859-1"),
            "https://w.example/feed.xml",
        )
        .unwrap();
        assert_eq!(
            doc.title.as_deref(),
            Some("Caf\u{e9}"),
            "valid UTF-8 wins over a default header"
        );
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
