//! Conditional GET for feeds: the same limits as `fetch` (http(s) only, size, time and
//! redirect caps, the reach), but any content type, the validators sent back (`If-None-Match`,
//! `If-Modified-Since`), and a 304 reported as "not modified" instead of a page.

use url::Url;

use super::{FetchLimits, Fetched, client_for, is_http, map_error};
use crate::clip::ClipError;

const ACCEPT_FEED: &str = "application/feed+json, application/atom+xml, application/rss+xml, \
     application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";

/// An HTTP cache validator pair, as the server sent it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// What a conditional GET found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Conditional {
    /// 304: nothing new since the validators were issued.
    NotModified,
    /// 200: the body, and the validators to send next time.
    Fresh(Fetched, Validators),
}

/// Fetch `url` unless it is unchanged since `known` was issued. Errors as [`super::fetch`]
/// does, except that any content type is accepted.
pub async fn fetch_conditional(
    url: &str,
    limits: &FetchLimits,
    known: &Validators,
) -> Result<Conditional, ClipError> {
    let url = url.trim();
    let parsed = Url::parse(url).map_err(|_| ClipError::InvalidUrl(url.to_string()))?;
    if !is_http(&parsed) {
        return Err(ClipError::UnsupportedScheme);
    }
    let client = client_for(&parsed, url, limits).await?;
    let mut request = client
        .get(parsed)
        .header(reqwest::header::ACCEPT, ACCEPT_FEED);
    if let Some(etag) = &known.etag {
        request = request.header(reqwest::header::IF_NONE_MATCH, etag);
    }
    if let Some(modified) = &known.last_modified {
        request = request.header(reqwest::header::IF_MODIFIED_SINCE, modified);
    }
    let fail = |e: reqwest::Error| map_error(e, url, limits);
    let mut response = request.send().await.map_err(fail)?;
    let status = response.status();
    if status == reqwest::StatusCode::NOT_MODIFIED {
        return Ok(Conditional::NotModified);
    }
    let final_url = response.url().to_string();
    if status.is_client_error() || status.is_server_error() {
        return Err(ClipError::HttpStatus {
            status: status.as_u16(),
            url: final_url,
        });
    }
    let header = |name| {
        response
            .headers()
            .get(name)
            .and_then(|v: &reqwest::header::HeaderValue| v.to_str().ok())
            .map(str::to_string)
    };
    let content_type = header(reqwest::header::CONTENT_TYPE);
    let validators = Validators {
        etag: header(reqwest::header::ETAG),
        last_modified: header(reqwest::header::LAST_MODIFIED),
    };
    let too_large = ClipError::TooLarge {
        limit: limits.max_bytes,
    };
    let mut bytes = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(fail)? {
        if (bytes.len() + chunk.len()) as u64 > limits.max_bytes {
            return Err(too_large);
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok(Conditional::Fresh(
        Fetched {
            final_url,
            content_type,
            bytes,
        },
        validators,
    ))
}
