//! The server's gatekeepers: loopback `Host` only, the notebook token and a same-origin
//! `Origin` on API calls (or a browser extension's, which still needs the token), and the
//! security headers on every response.

use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

use super::{AppState, error_response};
use crate::api::{ApiError, ErrorCode};

/// The UI's content security policy: no inline or foreign script, no frames, no plugins.
/// Images may come from the web because clipped articles show them.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
    img-src 'self' data: https: http:; connect-src 'self'; object-src 'none'; base-uri 'none'; \
    form-action 'none'; frame-ancestors 'none'; frame-src 'none'";

fn forbidden(message: &str) -> Response {
    error_response(ApiError::new(ErrorCode::Unauthorized, message))
}

/// The host names this server answers to, with its port.
fn allowed_hosts(port: u16) -> [String; 2] {
    [format!("127.0.0.1:{port}"), format!("localhost:{port}")]
}

/// Refuse any request whose `Host` is not 127.0.0.1 or localhost on our port: a web page
/// that rebinds its own DNS name to 127.0.0.1 still sends its own name here.
pub async fn require_loopback_host(
    State(state): State<AppState>,
    req: Request,
    next: Next,
) -> Response {
    let host = req
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("");
    if !allowed_hosts(state.port).iter().any(|h| h == host) {
        return forbidden("This server only answers requests addressed to 127.0.0.1.");
    }
    next.run(req).await
}

/// API calls need the notebook token, and a browser's `Origin` must be this server.
pub async fn require_token(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if !origin_ok(req.headers(), state.port) {
        return forbidden("Requests from other web sites are not allowed.");
    }
    let token = req
        .headers()
        .get("x-clipline-token")
        .and_then(|h| h.to_str().ok())
        .unwrap_or("");
    if !constant_time_eq(token.as_bytes(), state.token.as_bytes()) {
        return forbidden(
            "This request lacks the notebook token; open the address `clipline serve` printed.",
        );
    }
    next.run(req).await
}

fn origin_ok(headers: &HeaderMap, port: u16) -> bool {
    match headers.get(header::ORIGIN).and_then(|o| o.to_str().ok()) {
        None => true, // scripts and curl send no Origin; the token still guards them
        Some(origin) => {
            allowed_hosts(port)
                .iter()
                .any(|h| origin == format!("http://{h}"))
                || is_extension_origin(origin)
        }
    }
}

/// A browser extension's own origin: `chrome-extension://` and a Chromium extension id
/// (32 letters a–p), or `moz-extension://` and a Firefox extension UUID. Web pages can
/// never send these; the extension still has to present the token the user paired it with.
fn is_extension_origin(origin: &str) -> bool {
    if let Some(id) = origin.strip_prefix("chrome-extension://") {
        return id.len() == 32 && id.bytes().all(|b| (b'a'..=b'p').contains(&b));
    }
    if let Some(id) = origin.strip_prefix("moz-extension://") {
        return id.len() == 36
            && id.bytes().enumerate().all(|(i, b)| {
                if [8, 13, 18, 23].contains(&i) {
                    b == b'-'
                } else {
                    b.is_ascii_hexdigit()
                }
            });
    }
    false
}

/// Compare secrets without leaking their common prefix through timing.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// CSP, no sniffing, no referrer, no framing — on every response.
pub async fn security_headers(req: Request, next: Next) -> Response {
    let mut resp = next.run(req).await;
    let h = resp.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    resp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_must_be_this_server() {
        let mut h = HeaderMap::new();
        assert!(
            origin_ok(&h, 8080),
            "no Origin: a script, guarded by the token"
        );
        h.insert(
            header::ORIGIN,
            HeaderValue::from_static("http://127.0.0.1:8080"),
        );
        assert!(origin_ok(&h, 8080));
        h.insert(
            header::ORIGIN,
            HeaderValue::from_static("http://evil.example"),
        );
        assert!(!origin_ok(&h, 8080));
        h.insert(
            header::ORIGIN,
            HeaderValue::from_static("http://127.0.0.1:9999"),
        );
        assert!(!origin_ok(&h, 8080), "another local port is another origin");
    }

    #[test]
    fn extension_origins_pass_only_in_their_exact_shape() {
        let ok = |o: &'static str| {
            let mut h = HeaderMap::new();
            h.insert(header::ORIGIN, HeaderValue::from_static(o));
            origin_ok(&h, 8080)
        };
        assert!(ok("chrome-extension://abcdefghijklmnopabcdefghijklmnop"));
        assert!(ok("moz-extension://0f6e3c1a-2b4d-4e8f-9a7b-1c2d3e4f5a6b"));
        assert!(!ok("chrome-extension://evil.example"));
        assert!(!ok(
            "chrome-extension://abcdefghijklmnopabcdefghijklmnop.evil.example"
        ));
        assert!(!ok("moz-extension://not-a-uuid"));
        assert!(!ok("null"), "sandboxed frames and file pages send null");
        assert!(!ok("https://abcdefghijklmnopabcdefghijklmnop"));
    }

    #[test]
    fn tokens_compare_exactly() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"ab"));
    }
}
