//! URL -> bytes of a web page, with the limits of DESIGN §7: http(s) only, a size cap read
//! as a stream, a time cap, a redirect cap, no redirect to another scheme, and no way from
//! the internet into the local network (see `reach`).
//!
//! Decoding the bytes is `decode`'s job; this file only returns what the server sent and
//! the `Content-Type` it declared.

use std::error::Error as _;
use std::fmt;
use std::time::Duration;

use reqwest::redirect::{Attempt, Policy};
use url::Url;

use super::ClipError;

mod conditional;
mod reach;
pub use conditional::{Conditional, Validators, fetch_conditional};
pub use reach::{Reach, is_local_ip, starts_local};

/// Sent so that sites serve the page a reader would see, not a bot wall.
const USER_AGENT: &str = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) \
     Chrome/126.0 Safari/537.36";
const ACCEPT: &str =
    "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5";

/// Caps on one fetch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchLimits {
    /// Largest body accepted, counted after decompression.
    pub max_bytes: u64,
    /// Whole request: connect, headers and body.
    pub timeout: Duration,
    /// Redirects followed before giving up.
    pub max_redirects: usize,
    /// Where it may go (see `reach`).
    pub reach: Reach,
}

impl Default for FetchLimits {
    /// 20 MB, 30 seconds, 10 redirects, the address given decides the reach.
    fn default() -> Self {
        Self {
            max_bytes: 20 * 1024 * 1024,
            timeout: Duration::from_secs(30),
            max_redirects: 10,
            reach: Reach::AsGiven,
        }
    }
}

/// A fetched page, undecoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fetched {
    /// The URL after redirects.
    pub final_url: String,
    /// The `Content-Type` header as sent, if any.
    pub content_type: Option<String>,
    pub bytes: Vec<u8>,
}

/// Why the redirect policy stopped; carried through reqwest's error as its source.
#[derive(Debug)]
enum RedirectStop {
    TooMany,
    BadScheme,
}

impl fmt::Display for RedirectStop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooMany => f.write_str("too many redirects"),
            Self::BadScheme => f.write_str("redirect to a non-http(s) scheme"),
        }
    }
}

impl std::error::Error for RedirectStop {}

/// Fetch a web page.
///
/// Accepts only absolute `http`/`https` URLs ([`ClipError::UnsupportedScheme`] otherwise,
/// [`ClipError::InvalidUrl`] if it does not parse). Follows at most `limits.max_redirects`
/// redirects, never to another scheme; stops reading at `limits.max_bytes`
/// ([`ClipError::TooLarge`]); gives up after `limits.timeout` ([`ClipError::Timeout`]).
/// A 4xx/5xx status is [`ClipError::HttpStatus`]; a `Content-Type` that is not HTML, XHTML
/// or text is [`ClipError::NotHtml`]; anything else that fails is [`ClipError::Network`].
pub async fn fetch(url: &str, limits: &FetchLimits) -> Result<Fetched, ClipError> {
    let url = url.trim();
    let parsed = match Url::parse(url) {
        Ok(u) => u,
        Err(url::ParseError::RelativeUrlWithoutBase) => return Err(ClipError::UnsupportedScheme),
        Err(_) => return Err(ClipError::InvalidUrl(url.to_string())),
    };
    if !is_http(&parsed) {
        return Err(ClipError::UnsupportedScheme);
    }

    let client = client_for(&parsed, url, limits).await?;
    let fail = |e: reqwest::Error| map_error(e, url, limits);
    let mut response = client
        .get(parsed)
        .header(reqwest::header::ACCEPT, ACCEPT)
        .send()
        .await
        .map_err(fail)?;

    let final_url = response.url().to_string();
    let status = response.status();
    if status.is_client_error() || status.is_server_error() {
        return Err(ClipError::HttpStatus {
            status: status.as_u16(),
            url: final_url,
        });
    }
    let content_type = response
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    if let Some(ct) = &content_type
        && !is_page_type(ct)
    {
        return Err(ClipError::NotHtml {
            url: final_url,
            content_type: ct.split(';').next().unwrap_or(ct).trim().to_string(),
        });
    }
    let too_large = ClipError::TooLarge {
        limit: limits.max_bytes,
    };
    if response
        .content_length()
        .is_some_and(|n| n > limits.max_bytes)
    {
        return Err(too_large);
    }

    let mut bytes = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(fail)? {
        if (bytes.len() + chunk.len()) as u64 > limits.max_bytes {
            return Err(too_large);
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok(Fetched {
        final_url,
        content_type,
        bytes,
    })
}

/// The client of one fetch of `parsed` (`url` as given, for messages): its caps, its
/// redirect policy, and how far it may reach. A fetch that must stay on the internet
/// resolves names through [`reach::InternetOnly`], and neither starts at nor is
/// redirected to a local address ([`ClipError::LocalNetwork`]).
async fn client_for(
    parsed: &Url,
    url: &str,
    limits: &FetchLimits,
) -> Result<reqwest::Client, ClipError> {
    let internet_only = match limits.reach {
        Reach::Internet => true,
        // (The look-up is within the fetch's time too; one that never answers counts as
        // the internet.)
        Reach::AsGiven => !tokio::time::timeout(limits.timeout, starts_local(parsed))
            .await
            .unwrap_or(false),
    };
    if internet_only && reach::local_host(parsed) == Some(true) {
        return Err(ClipError::LocalNetwork {
            url: url.to_string(),
        });
    }
    let _ = rustls::crypto::ring::default_provider().install_default();
    let max_redirects = limits.max_redirects;
    let policy = Policy::custom(move |attempt: Attempt| {
        if attempt.previous().len() > max_redirects {
            attempt.error(RedirectStop::TooMany)
        } else if !is_http(attempt.url()) {
            attempt.error(RedirectStop::BadScheme)
        } else if internet_only && reach::local_host(attempt.url()) == Some(true) {
            attempt.error(reach::LeadsInside)
        } else {
            attempt.follow()
        }
    });
    let mut builder = reqwest::Client::builder()
        .user_agent(USER_AGENT)
        .redirect(policy)
        .timeout(limits.timeout)
        .connect_timeout(limits.timeout);
    if internet_only {
        builder = builder.dns_resolver(reach::InternetOnly);
    }
    builder
        .build()
        .map_err(|e| ClipError::Network(format!("{url}: {}", short_reason(&e))))
}

fn is_http(url: &Url) -> bool {
    matches!(url.scheme(), "http" | "https")
}

/// HTML, XHTML or any `text/*` (a page served as `text/plain` is still worth clipping).
fn is_page_type(content_type: &str) -> bool {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    essence.is_empty() || essence.starts_with("text/") || essence == "application/xhtml+xml"
}

/// Turn a reqwest error into the one sentence the user needs.
fn map_error(err: reqwest::Error, url: &str, limits: &FetchLimits) -> ClipError {
    if find_source::<reach::LeadsInside>(&err).is_some() {
        // The address that leads inside: the redirect's target, else the one given.
        let at = err.url().map_or_else(|| url.to_string(), Url::to_string);
        return ClipError::LocalNetwork { url: at };
    }
    if let Some(stop) = find_source::<RedirectStop>(&err) {
        return match stop {
            RedirectStop::TooMany => ClipError::TooManyRedirects {
                max: limits.max_redirects,
            },
            RedirectStop::BadScheme => ClipError::UnsupportedScheme,
        };
    }
    if err.is_timeout() {
        return ClipError::Timeout {
            seconds: limits.timeout.as_secs_f64().ceil() as u64,
        };
    }
    ClipError::Network(format!("{url}: {}", short_reason(&err)))
}

/// The first error of type `T` in `err`'s source chain.
fn find_source<'e, T: std::error::Error + 'static>(
    err: &'e (dyn std::error::Error + 'static),
) -> Option<&'e T> {
    let mut current = Some(err);
    while let Some(e) = current {
        if let Some(found) = e.downcast_ref::<T>() {
            return Some(found);
        }
        current = e.source();
    }
    None
}

/// The innermost cause ("Connection refused (os error 111)"): reqwest's own message
/// ("error sending request for url ...") repeats the URL and says little.
fn short_reason(err: &reqwest::Error) -> String {
    let mut reason = err.to_string();
    let mut current = err.source();
    while let Some(e) = current {
        reason = e.to_string();
        current = e.source();
    }
    reason
}

#[cfg(test)]
mod hostile_tests;
#[cfg(test)]
mod tests;
