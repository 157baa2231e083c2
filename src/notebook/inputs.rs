//! What a clip starts from, made into extracted articles: a local file (a page, a text or
//! an MHTML archive, unpacked and checked first), a pasted text (split into its articles
//! when it is a scrape of several) and a capture stored earlier (for re-extraction).
//! `clipping` stores what comes out.

use super::{NotebookError, Result};
use crate::clip::{self, ClipError, Extracted};
use crate::store;

/// Whether a file or stdin holds a page or a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    Html,
    Text,
    /// A page saved as one MHTML file (`.mhtml`, `.mht`).
    Mhtml,
}

/// Extract the article(s) of a stored capture again.
pub(super) fn extract_capture(cap: &store::captures::Capture) -> Result<Vec<Extracted>> {
    let decoded = clip::decode_html(&cap.bytes, cap.content_type.as_deref());
    if cap
        .content_type
        .as_deref()
        .unwrap_or("")
        .starts_with("text/plain")
    {
        extract_text(&decoded, &cap.captured_at)
    } else {
        Ok(vec![clip::extract_html(&decoded, cap.url.as_deref())?])
    }
}

/// A local file's bytes as the page or the text they hold.
pub(super) struct Local<'a> {
    pub bytes: std::borrow::Cow<'a, [u8]>,
    /// `Html` or `Text`: an MHTML archive is unpacked to its page.
    pub kind: InputKind,
    pub url: Option<String>,
}

impl Local<'_> {
    /// The content type its capture is stored with.
    pub fn content_type(&self) -> &'static str {
        match self.kind {
            InputKind::Text => "text/plain",
            InputKind::Html | InputKind::Mhtml => "text/html",
        }
    }
}

/// Unpack a local file: refuse empty input, and what `clip::sniff` refuses (too large,
/// binary, a damaged gzip), unpack gzip; then an MHTML archive becomes its HTML page
/// (UTF-8 with a byte-order mark, which outranks the page's own, now wrong, charset
/// declaration when the capture is decoded again) and the page's address.
pub(super) fn unpack_local<'a>(
    bytes: &'a [u8],
    kind: InputKind,
    url: Option<&str>,
) -> Result<Local<'a>> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ClipError::Empty.into());
    }
    let bytes = clip::sniff::prepare_input(bytes)?;
    if kind != InputKind::Mhtml {
        return Ok(Local {
            bytes,
            kind,
            url: url.map(str::to_owned),
        });
    }
    let (html, page_url) = crate::carry::import::mhtml::page(&bytes)
        .ok_or_else(|| NotebookError::Invalid("This MHTML file holds no HTML page.".into()))?;
    let mut page = vec![0xEF, 0xBB, 0xBF];
    page.extend_from_slice(html.as_bytes());
    Ok(Local {
        bytes: std::borrow::Cow::Owned(page),
        kind: InputKind::Html,
        url: url.map(str::to_owned).or(page_url),
    })
}

/// The article(s) of a local file's bytes as `unpack_local` gave them (a page, or a text).
pub(super) fn extract_local(
    bytes: &[u8],
    kind: InputKind,
    url: Option<&str>,
    clipped_at: &str,
) -> Result<Vec<Extracted>> {
    let decoded = clip::decode_html(bytes, None);
    match kind {
        InputKind::Html | InputKind::Mhtml => Ok(vec![clip::extract_html(&decoded, url)?]),
        InputKind::Text => extract_text(&decoded, clipped_at),
    }
}

/// A plain text as one or more articles: a page copied as text may hold several, each
/// with its outlet and its time (relative times resolve against the clip time).
pub(super) fn extract_text(text: &str, clipped_at: &str) -> Result<Vec<Extracted>> {
    let at = chrono::DateTime::parse_from_rfc3339(clipped_at)
        .map(|t| t.with_timezone(&chrono::Utc))
        .unwrap_or_else(|_| chrono::Utc::now());
    let text = clip::chars::plain(text);
    let articles = clip::scrape::split_scrape(&text, at)?;
    if articles.is_empty() {
        return Ok(vec![clip::text_to_extracted(&text)?]);
    }
    Ok(articles.into_iter().map(scraped).collect())
}

/// A scraped article in the shape every clip takes.
fn scraped(s: clip::scrape::ScrapedArticle) -> Extracted {
    let html = s
        .text
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|p| format!("<p>{}</p>", clip::text::escape_html(p.trim())))
        .collect::<String>();
    // The standfirst is the excerpt a list shows, else the first paragraph.
    let excerpt = s
        .dek
        .as_deref()
        .or_else(|| s.text.split("\n\n").next())
        .map(|p| p.chars().take(300).collect());
    Extracted {
        title: s.title,
        byline: s.byline,
        site_name: s.source,
        published_at: s.published_at,
        lang: None,
        canonical_url: None,
        text: s.text,
        html,
        excerpt,
        lead_image: None,
        dek: s.dek,
    }
}

/// `clipped_at` as RFC 3339 (UTC, seconds); now when not given.
pub(super) fn parse_clipped_at(clipped_at: Option<&str>) -> Result<String> {
    match clipped_at {
        None => Ok(store::now()),
        Some(s) => chrono::DateTime::parse_from_rfc3339(s.trim())
            .map(|t| {
                t.with_timezone(&chrono::Utc)
                    .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
            })
            .map_err(|_| {
                NotebookError::Invalid(format!(
                    "\"{s}\" is not a time; write it as RFC 3339, e.g. 2025-07-14T12:00:00Z."
                ))
            }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clip_times_are_rfc3339_and_bad_ones_are_refused() {
        assert_eq!(
            parse_clipped_at(Some("2025-07-14T14:00:00+02:00")).unwrap(),
            "2025-07-14T12:00:00Z"
        );
        assert!(parse_clipped_at(Some("yesterday")).is_err());
    }
}
