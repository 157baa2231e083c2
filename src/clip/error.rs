//! Why a clip failed, in words a reader understands.
//!
//! Every `Display` is one plain sentence that a face can show as is; `code()` gives the
//! stable machine-readable code that crosses the command table as `{code, message}`.

use thiserror::Error;

/// Everything that can go wrong between "here is a URL / some bytes / a paste" and an
/// extracted article.
#[derive(Debug, Error)]
pub enum ClipError {
    /// The text given as an address does not parse as a URL at all.
    #[error("This is not a valid web address: {0}")]
    InvalidUrl(String),
    /// The address parses but is not http(s), or a redirect led to another scheme.
    #[error("The address must start with http:// or https://.")]
    UnsupportedScheme,
    /// The server answered with a 4xx or 5xx status.
    #[error("This URL returned HTTP {status}{}: {url}", reason_suffix(*.status))]
    HttpStatus { status: u16, url: String },
    /// The whole fetch (connect, headers and body) took longer than the limit.
    #[error("The page took longer than {seconds} seconds to load.")]
    Timeout { seconds: u64 },
    /// The body (after decompression) is larger than the limit.
    #[error("The page is larger than the {} limit.", human_size(*.limit))]
    TooLarge { limit: u64 },
    /// A fetch that started on the internet (or an item of a feed there) led to an
    /// address on the local network (see `fetch::reach`).
    #[error(
        "{url} is on the local network, where a page or feed on the internet may not send Clipline."
    )]
    LocalNetwork { url: String },
    /// More redirects than the limit allows (a loop, usually).
    #[error("The page redirected more than {max} times.")]
    TooManyRedirects { max: usize },
    /// The server sent something that is not a web page (an image, a PDF, ...).
    #[error("{url} returned {content_type}, which is not a web page.")]
    NotHtml { url: String, content_type: String },
    /// The server could not be reached; the string is "<url>: <short reason>".
    #[error("Could not reach {0}")]
    Network(String),
    /// The input (a paste, a file) holds nothing but whitespace.
    #[error("There is nothing to clip: the input is empty.")]
    Empty,
    /// A paste of a few words: a slip of the clipboard, not an article.
    #[error(
        "This is only {}, not an article: paste the article's text or its address \
         (https://...).",
        if *words == 1 { "one word".to_string() } else { format!("{words} words") }
    )]
    TooShort { words: usize },
    /// The page parsed but holds no readable text.
    #[error("No readable text was found in this page.")]
    NoContent,
    /// The page's HTML holds no readable text but scripts: a page that writes its text in
    /// the browser (an app shell). The browser extension clips what the browser shows.
    #[error(
        "No readable text was found in this page's HTML: it may write its text with \
         JavaScript. Clip it from the browser with the Clipline extension instead."
    )]
    ScriptOnly,
    /// A file or paste is an image, an archive or other binary data, not a page or text.
    #[error("This file is {kind}, not a web page or text.")]
    Binary { kind: String },
    /// A compressed file ends early or is damaged.
    #[error("The compressed file is cut short or damaged.")]
    Damaged,
}

impl ClipError {
    /// A stable, snake_case code for this error, for `{code, message}` across the API.
    pub fn code(&self) -> &'static str {
        match self {
            Self::InvalidUrl(_) => "invalid_url",
            Self::UnsupportedScheme => "unsupported_scheme",
            Self::HttpStatus { .. } => "http_status",
            Self::Timeout { .. } => "timeout",
            Self::TooLarge { .. } => "too_large",
            Self::TooManyRedirects { .. } => "too_many_redirects",
            Self::LocalNetwork { .. } => "local_network",
            Self::NotHtml { .. } => "not_html",
            Self::Network(_) => "network",
            Self::Empty => "empty",
            Self::TooShort { .. } => "too_short",
            Self::NoContent => "no_content",
            Self::ScriptOnly => "script_only",
            Self::Binary { .. } => "binary",
            Self::Damaged => "damaged",
        }
    }
}

/// " (Not Found)" for statuses that have a standard reason phrase, "" otherwise.
fn reason_suffix(status: u16) -> String {
    reqwest::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .map(|r| format!(" ({r})"))
        .unwrap_or_default()
}

/// "20 MB", "512 KB", "300 bytes": a size (a limit, a file) as a reader would say it.
pub(crate) fn human_size(bytes: u64) -> String {
    const KB: u64 = 1024;
    const MB: u64 = 1024 * 1024;
    if bytes >= MB && bytes.is_multiple_of(MB) {
        format!("{} MB", bytes / MB)
    } else if bytes >= MB {
        format!("{:.1} MB", bytes as f64 / MB as f64)
    } else if bytes >= KB {
        format!("{} KB", bytes / KB)
    } else {
        format!("{bytes} bytes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_plain_sentences() {
        let cases = [
            (
                ClipError::HttpStatus {
                    status: 404,
                    url: "https://example.com/a".into(),
                },
                "This URL returned HTTP 404 (Not Found): https://example.com/a",
            ),
            (
                ClipError::TooLarge {
                    limit: 20 * 1024 * 1024,
                },
                "The page is larger than the 20 MB limit.",
            ),
            (
                ClipError::UnsupportedScheme,
                "The address must start with http:// or https://.",
            ),
            (
                ClipError::Empty,
                "There is nothing to clip: the input is empty.",
            ),
            (
                ClipError::NotHtml {
                    url: "https://x".into(),
                    content_type: "image/png".into(),
                },
                "https://x returned image/png, which is not a web page.",
            ),
            (
                ClipError::Timeout { seconds: 30 },
                "The page took longer than 30 seconds to load.",
            ),
            (
                ClipError::TooManyRedirects { max: 10 },
                "The page redirected more than 10 times.",
            ),
            (
                ClipError::NoContent,
                "No readable text was found in this page.",
            ),
            (
                ClipError::ScriptOnly,
                "No readable text was found in this page's HTML: it may write its text with \
                 JavaScript. Clip it from the browser with the Clipline extension instead.",
            ),
            (
                ClipError::Network("https://x: connection refused".into()),
                "Could not reach https://x: connection refused",
            ),
        ];
        for (err, want) in cases {
            assert_eq!(err.to_string(), want, "user-facing message for {err:?}");
        }
    }

    #[test]
    fn odd_statuses_and_sizes_still_read_well() {
        let e = ClipError::HttpStatus {
            status: 599,
            url: "https://x".into(),
        };
        assert_eq!(e.to_string(), "This URL returned HTTP 599: https://x");
        assert_eq!(human_size(512), "512 bytes");
        assert_eq!(human_size(2048), "2 KB");
        assert_eq!(human_size(1536 * 1024), "1.5 MB");
        assert_eq!(ClipError::NoContent.code(), "no_content");
    }
}
