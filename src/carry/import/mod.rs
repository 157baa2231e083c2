//! Imports from the tools readers leave: each parser turns a tool's export into items
//! (a URL to fetch, or a page's HTML with its highlights, notes and tags) and a list of
//! what it skipped and why. Parsers are pure; `Notebook::import_items` runs every item
//! through the clip pipeline, so pages are sanitized, deduplicated and analysed.

pub mod links;
pub mod mhtml;
pub mod omnivore;
pub mod pocket;
pub mod wallabag;
pub mod zotero;

use serde::Serialize;

/// The tools `clipline import --from` (and Settings → Import in the app) reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum ImportSource {
    /// Pocket's export: `part_000000.csv` or the older `ril_export.html`.
    Pocket,
    /// Wallabag's JSON export of entries with their annotations.
    Wallabag,
    /// A browser's bookmarks exported as HTML (the Netscape bookmark file).
    Bookmarks,
    /// Zotero (or any reference manager) items exported as CSL-JSON.
    Zotero,
    /// Omnivore's export ZIP: metadata JSON, content HTML, highlights and labels.
    Omnivore,
}

/// One thing to clip: a page given as HTML, or else a URL to fetch.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Item {
    pub url: Option<String>,
    pub title: Option<String>,
    /// The page or article body as the tool stored it; `None` to fetch `url`.
    pub html: Option<String>,
    pub tags: Vec<String>,
    /// When the reader saved it (RFC 3339), kept as the clip time.
    pub saved_at: Option<String>,
    pub highlights: Vec<QuoteNote>,
    pub notes: Vec<String>,
    /// Whether the reader had read (archived) it in the tool.
    pub read: bool,
}

impl Item {
    /// What a report calls this item: its title, else its URL.
    pub fn label(&self) -> String {
        self.title
            .clone()
            .filter(|t| !t.trim().is_empty())
            .or_else(|| self.url.clone())
            .unwrap_or_else(|| "an untitled item".into())
    }
}

/// A highlighted passage found again by its text, with the reader's note on it.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteNote {
    pub quote: String,
    pub note: Option<String>,
}

/// Something an export held that is not imported, and why.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize, ts_rs::TS)]
pub struct Skipped {
    pub item: String,
    pub reason: String,
}

/// What a parser found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Parsed {
    pub items: Vec<Item>,
    pub skipped: Vec<Skipped>,
}

/// Why a file could not be read as the export it was said to be.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("This file is not a {tool} export: {reason}.")]
    Format { tool: &'static str, reason: String },
}

/// Parse the bytes of `source`'s export.
pub fn parse(source: ImportSource, bytes: &[u8]) -> Result<Parsed, ImportError> {
    match source {
        ImportSource::Pocket => pocket::parse(bytes),
        ImportSource::Wallabag => wallabag::parse(bytes),
        ImportSource::Bookmarks => links::parse_bookmarks(&String::from_utf8_lossy(bytes)),
        ImportSource::Zotero => zotero::parse(bytes),
        ImportSource::Omnivore => omnivore::parse(bytes),
    }
}

/// The URL when it is a web address Clipline can fetch; else the reason it is not.
pub fn web_url(url: &str) -> Result<String, String> {
    let url = url.trim();
    match url::Url::parse(url) {
        Ok(u) if matches!(u.scheme(), "http" | "https") => Ok(url.to_string()),
        Ok(u) => Err(format!("a {}: address, not a web page", u.scheme())),
        Err(_) => Err("not a web address".into()),
    }
}

/// A Unix time in seconds as RFC 3339, if it is a plausible one.
pub fn unix_time(s: &str) -> Option<String> {
    let secs: i64 = s.trim().parse().ok()?;
    let t = chrono::DateTime::from_timestamp(secs, 0)?;
    Some(t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
}

/// An ISO 8601 time (`2019-03-04T11:20:40+0100`, `…Z`, `…+01:00`) as RFC 3339 UTC.
pub fn iso_time(s: &str) -> Option<String> {
    Some(
        parse_iso(s)?
            .with_timezone(&chrono::Utc)
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
    )
}

/// The same time as RFC 3339 in its own offset (a publication time keeps the day its
/// outlet gave it), or `None` when it is not one.
pub fn iso_time_as_given(s: &str) -> Option<String> {
    Some(parse_iso(s)?.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
}

fn parse_iso(s: &str) -> Option<chrono::DateTime<chrono::FixedOffset>> {
    let s = s.trim();
    chrono::DateTime::parse_from_rfc3339(s)
        .or_else(|_| chrono::DateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%z"))
        .or_else(|_| chrono::DateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.f%z"))
        .ok()
}

/// Tag names out of a separated list, trimmed, empties dropped.
pub fn split_tags(s: &str, sep: char) -> Vec<String> {
    s.split(sep)
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_and_urls_are_checked() {
        assert_eq!(
            unix_time("1700000000").as_deref(),
            Some("2023-11-14T22:13:20Z")
        );
        assert_eq!(
            iso_time("2019-03-04T11:20:40+0100").as_deref(),
            Some("2019-03-04T10:20:40Z")
        );
        assert_eq!(
            iso_time("2023-11-20T12:00:00.000Z").as_deref(),
            Some("2023-11-20T12:00:00Z")
        );
        assert!(
            web_url("javascript:alert(1)")
                .unwrap_err()
                .contains("javascript")
        );
        assert!(web_url("place:sort=8").is_err());
        assert_eq!(split_tags("a| b ||c", '|'), vec!["a", "b", "c"]);
    }
}
