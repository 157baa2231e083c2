//! The loopback server (`clipline serve`): the built UI at `/`, the command table at
//! `POST /api/rpc`, the progress of long work and news of added articles as server-sent
//! events at `GET /api/events`, and the whole notebook's JSON export streamed at
//! `GET /api/export/notebook.json`, on 127.0.0.1 only.
//!
//! Every request must name the loopback host and port in `Host` (against DNS rebinding);
//! API requests must also carry the notebook's token in `x-clipline-token`, and a browser's
//! `Origin`, when sent, must be this server. There is no CORS: other origins get nothing.

mod guard;
mod ui;

use std::net::{Ipv4Addr, SocketAddr};

use axum::Json;
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use tokio::sync::broadcast::error::RecvError;
use tokio::sync::watch;

use crate::api::{ApiError, ErrorCode, Request};
use crate::desk::Desk;
use crate::notebook::{Notebook, next_event};

/// The port `clipline serve` and the desktop app listen on unless told otherwise: the
/// address a paired browser extension keeps.
pub const DEFAULT_PORT: u16 = 4170;

/// What every handler shares.
#[derive(Clone)]
pub struct AppState {
    /// The open notebook (the user's or the sample), shared by every request.
    pub desk: std::sync::Arc<Desk>,
    pub token: String,
    pub port: u16,
    /// Turns true when the server stops, ending the event streams (else a listening page
    /// would hold the graceful shutdown open for ever).
    pub stopping: watch::Receiver<bool>,
}

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("Could not listen on 127.0.0.1:{port}: {reason}")]
    Bind { port: u16, reason: String },
    #[error("{0}")]
    Notebook(String),
    #[error("The server stopped: {0}")]
    Io(#[from] std::io::Error),
}

/// Bind 127.0.0.1:`port` (0 picks a free port), call `ready` with the URL to open
/// (including the token), then serve until Ctrl+C, polling the subscribed feeds every
/// `poll_feeds` (see `Desk::poll_feeds_every`) when it is given.
pub async fn serve(
    notebook: Notebook,
    port: u16,
    poll_feeds: Option<std::time::Duration>,
    ready: impl FnOnce(&str),
) -> Result<(), ServeError> {
    let bound = bind(&notebook, port).await?;
    ready(&bound.url());
    let desk = std::sync::Arc::new(Desk::new(notebook));
    // Feeds are polled once the port is ours: a server that cannot start polls nothing
    // (and logs no poll failing on the notebook it closed).
    if let Some(every) = poll_feeds {
        let poller = desk.clone();
        tokio::spawn(async move { poller.poll_feeds_every(every).await });
    }
    bound
        .run(desk, async {
            let _ = tokio::signal::ctrl_c().await;
            // Long work stops before its next item (see `Bound::run`); a second Ctrl+C
            // does not wait at all.
            tokio::spawn(async {
                let _ = tokio::signal::ctrl_c().await;
                std::process::exit(130);
            });
        })
        .await
}

/// The loopback port taken for a notebook, not yet answering.
pub struct Bound {
    listener: tokio::net::TcpListener,
    token: String,
    port: u16,
}

/// Take 127.0.0.1:`port` (0 picks a free port) for `notebook`, whose token it will ask.
pub async fn bind(notebook: &Notebook, port: u16) -> Result<Bound, ServeError> {
    let token = notebook
        .server_token()
        .await
        .map_err(|e| ServeError::Notebook(e.to_string()))?;
    let listener = tokio::net::TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, port)))
        .await
        .map_err(|e| ServeError::Bind {
            port,
            reason: bind_reason(&e),
        })?;
    let port = listener.local_addr()?.port();
    Ok(Bound {
        listener,
        token,
        port,
    })
}

impl Bound {
    /// The address to open or to pair a browser extension with, token included.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/?token={}", self.port, self.token)
    }

    /// Serve `desk` until `shutdown` ends; then the event streams end and long work (a
    /// re-analysis, an import) stops before its next item, keeping what it did, so that
    /// its request ends and the server with it.
    pub async fn run(
        self,
        desk: std::sync::Arc<Desk>,
        shutdown: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> Result<(), ServeError> {
        desk.offer_pairing(self.url());
        let (stop, stopping) = watch::channel(false);
        let state = AppState {
            desk: desk.clone(),
            token: self.token,
            port: self.port,
            stopping,
        };
        axum::serve(self.listener, router(state))
            .with_graceful_shutdown(async move {
                shutdown.await;
                let _ = stop.send(true);
                desk.notebook().await.stop_jobs();
            })
            .await?;
        Ok(())
    }
}

/// Why a port could not be bound, in words (not "Address already in use (os error 98)").
fn bind_reason(err: &std::io::Error) -> String {
    match err.kind() {
        std::io::ErrorKind::AddrInUse => {
            "another program is using that port (is Clipline already running?); \
             choose another with --port, or --port 0 for any free one"
                .to_string()
        }
        std::io::ErrorKind::PermissionDenied => {
            "this user may not listen on that port; choose one above 1023 with --port".to_string()
        }
        _ => err.to_string(),
    }
}

/// The routes, with the host/token guards and the security headers.
pub fn router(state: AppState) -> Router {
    let api = Router::new()
        .route("/api/rpc", post(rpc))
        .route("/api/events", get(events))
        .route("/api/export/notebook.json", get(notebook_json))
        .route_layer(axum::middleware::from_fn_with_state(
            state.clone(),
            guard::require_token,
        ));
    Router::new()
        .merge(api)
        .fallback(ui::asset)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            guard::require_loopback_host,
        ))
        .layer(axum::middleware::from_fn(guard::security_headers))
        .with_state(state)
}

/// The largest request the command table reads: a page the clipper takes (up to
/// `MAX_INPUT_BYTES`) with room for its JSON escapes. (axum's own default, 2 MB, refused
/// many a saved news page pasted or dropped in the UI, with a bare "413".)
pub const MAX_RPC_BYTES: usize = 2 * crate::clip::sniff::MAX_INPUT_BYTES as usize;

/// `POST /api/rpc`: a `Request` in, a `Response` (200) or an `ApiError` (4xx/5xx) out.
async fn rpc(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    body: axum::body::Body,
) -> Response {
    let body = match axum::body::to_bytes(body, MAX_RPC_BYTES).await {
        Ok(body) => body,
        Err(err) => return unread_body(err),
    };
    let req: Request = match serde_json::from_slice(&body) {
        Ok(req) => req,
        Err(err) => {
            return error_response(ApiError::new(
                ErrorCode::InvalidInput,
                format!("The request is not a Clipline command: {err}"),
            ));
        }
    };
    // On its own task: a page that goes away mid-command (a reload, a closed tab) drops
    // this handler, and must not cut a command off between its writes (a restore that
    // turned foreign keys off and would never turn them on again, say).
    let desk = state.desk.clone();
    let page = page_of(&headers);
    let answer = tokio::spawn(async move { desk.dispatch_from(req, page).await }).await;
    match answer {
        Ok(Ok(resp)) => Json(resp).into_response(),
        Ok(Err(err)) => error_response(err),
        Err(_) => error_response(ApiError::new(
            ErrorCode::Internal,
            crate::api::INTERNAL_MESSAGE,
        )),
    }
}

/// `GET /api/events`: each progress event of long work (see `notebook::progress`) as a
/// server-sent event `progress` with the event's JSON, and an `articles` event each time a
/// command adds to the library's articles (a browser extension's clip), except the commands
/// of the listening page itself; until the page stops listening or the server stops.
/// Guarded like the command table: the UI reads it with `fetch` and the token header (an
/// `EventSource` cannot send headers).
async fn events(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
) -> impl IntoResponse {
    let listening = (
        state.desk.progress_events(),
        state.desk.article_changes(),
        page_of(&headers),
        state.stopping,
    );
    let stream = futures_util::stream::unfold(
        listening,
        |(mut events, mut changes, page, mut stopping)| async move {
            let event = loop {
                tokio::select! {
                    ev = next_event(&mut events) => {
                        break Event::default().event("progress").json_data(ev?);
                    }
                    changed = changes.recv() => match changed {
                        Ok(c) if c.by.is_some() && c.by == page => continue,
                        Ok(_) | Err(RecvError::Lagged(_)) => {
                            break Ok(Event::default().event("articles").data("{}"));
                        }
                        Err(RecvError::Closed) => return None,
                    },
                    _ = stopping.wait_for(|stop| *stop) => return None,
                }
            };
            Some((event, (events, changes, page, stopping)))
        },
    );
    Sse::new(stream).keep_alive(KeepAlive::default())
}

/// `GET /api/export/notebook.json`: the whole notebook as the lossless JSON document
/// (`clipline export --format json`), sent as it is read, a row at a time: the command
/// table's `Files` answer holds the whole document in the server's memory and then in the
/// page's, which fails past a few tens of thousands of articles. A write that fails midway
/// (the notebook unreadable) ends the response with an error, never as a shorter document
/// that looks whole. A page that stops reading for `STALLED_AFTER` while it keeps the
/// connection has its export given up. Guarded like the command table: the UI fetches it
/// with the token.
async fn notebook_json(State(state): State<AppState>) -> Response {
    use tokio::io::AsyncReadExt;
    let nb = state.desk.notebook().await;
    let (writer, reader) = tokio::io::duplex(1 << 16);
    let (outcome, outcome_heard) = tokio::sync::oneshot::channel();
    let reading = Watchdog::new(STALLED_AFTER);
    let watched = reading.clone();
    tokio::spawn(async move {
        // Ends when the page goes away too (the pipe's writes then fail), or stops reading
        // while it stays: the export holds a read transaction and a pooled connection.
        let written = tokio::select! {
            written = nb.write_json(writer) => written.map(drop).map_err(|e| e.to_string()),
            () = watched.stalled() => Err("the download stalled".to_string()),
        };
        let _ = outcome.send(written);
    });
    let chunks = futures_util::stream::unfold(
        (reader, Some(outcome_heard)),
        move |(mut reader, outcome)| {
            let reading = reading.clone();
            async move {
                let mut buf = vec![0; 1 << 16];
                reading.tick(true);
                let read = reader.read(&mut buf).await;
                reading.tick(false);
                match read {
                    Ok(0) => match outcome?.await {
                        Ok(Ok(_)) => None,
                        Ok(Err(why)) => Some((Err(std::io::Error::other(why)), (reader, None))),
                        Err(_) => Some((
                            Err(std::io::Error::other("the export stopped")),
                            (reader, None),
                        )),
                    },
                    Ok(n) => {
                        buf.truncate(n);
                        Some((Ok(axum::body::Bytes::from(buf)), (reader, outcome)))
                    }
                    Err(err) => Some((Err(err), (reader, None))),
                }
            }
        },
    );
    (
        [
            (axum::http::header::CONTENT_TYPE, "application/json"),
            (
                axum::http::header::CONTENT_DISPOSITION,
                "attachment; filename=\"notebook.json\"",
            ),
            (axum::http::header::CACHE_CONTROL, "no-store"),
        ],
        axum::body::Body::from_stream(chunks),
    )
        .into_response()
}

/// How long a download of the notebook may go unread before its export is given up.
const STALLED_AFTER: std::time::Duration = std::time::Duration::from_secs(60);

/// When a download was last read from, and whether it has gone unread too long: the
/// page asks for the next piece (the body stream is polled) and gets it, or is waiting for
/// it (then the export is the slow side, not the page).
#[derive(Clone)]
struct Watchdog {
    start: tokio::time::Instant,
    /// Milliseconds from `start` to the last time a piece was asked for or handed over.
    last: std::sync::Arc<std::sync::atomic::AtomicU64>,
    /// A piece is being waited for.
    waiting: std::sync::Arc<std::sync::atomic::AtomicBool>,
    limit: std::time::Duration,
}

impl Watchdog {
    fn new(limit: std::time::Duration) -> Self {
        Watchdog {
            start: tokio::time::Instant::now(),
            last: std::sync::Arc::default(),
            waiting: std::sync::Arc::default(),
            limit,
        }
    }

    /// The page asks for a piece (`true`) or has it (`false`), now.
    fn tick(&self, waiting: bool) {
        let now = u64::try_from(self.start.elapsed().as_millis()).unwrap_or(u64::MAX);
        self.last.store(now, std::sync::atomic::Ordering::Relaxed);
        self.waiting
            .store(waiting, std::sync::atomic::Ordering::Relaxed);
    }

    /// Returns once the download has gone unread for the limit (checked four times in it).
    async fn stalled(&self) {
        loop {
            tokio::time::sleep(self.limit / 4).await;
            let last = self.last.load(std::sync::atomic::Ordering::Relaxed);
            let idle = self
                .start
                .elapsed()
                .saturating_sub(std::time::Duration::from_millis(last));
            if idle >= self.limit && !self.waiting.load(std::sync::atomic::Ordering::Relaxed) {
                return;
            }
        }
    }
}

/// The id a page sends in `x-clipline-page` (random, its own: see the UI's transport), so
/// that it is not told of the articles it adds itself; ignored unless it is a short word.
fn page_of(headers: &axum::http::HeaderMap) -> Option<String> {
    let id = headers.get("x-clipline-page")?.to_str().ok()?;
    (!id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
        .then(|| id.to_string())
}

/// The answer to a request whose body could not be read: 413 when it passed
/// `MAX_RPC_BYTES`, else 400 naming what went wrong (a broken chunked encoding, a body
/// shorter than its `Content-Length`); not "too large" for every failure.
fn unread_body(err: axum::Error) -> Response {
    let inner = err.into_inner();
    if inner.is::<http_body_util::LengthLimitError>() {
        let too_large = crate::clip::ClipError::TooLarge {
            limit: crate::clip::sniff::MAX_INPUT_BYTES,
        };
        let err = ApiError::new(ErrorCode::InvalidInput, too_large.to_string());
        return (StatusCode::PAYLOAD_TOO_LARGE, Json(err)).into_response();
    }
    error_response(ApiError::new(
        ErrorCode::InvalidInput,
        format!("The request's body could not be read: {inner}"),
    ))
}

/// An `ApiError` as JSON with the HTTP status its code calls for.
pub fn error_response(err: ApiError) -> Response {
    let status = match err.code {
        ErrorCode::InvalidInput => StatusCode::BAD_REQUEST,
        ErrorCode::NotFound => StatusCode::NOT_FOUND,
        ErrorCode::FetchFailed => StatusCode::BAD_GATEWAY,
        ErrorCode::Unsupported => StatusCode::UNPROCESSABLE_ENTITY,
        ErrorCode::Storage => StatusCode::SERVICE_UNAVAILABLE,
        ErrorCode::Unauthorized => StatusCode::FORBIDDEN,
        ErrorCode::Stopped => StatusCode::CONFLICT,
        ErrorCode::Internal => StatusCode::INTERNAL_SERVER_ERROR,
    };
    (status, Json(err)).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn a_download_is_given_up_only_when_the_page_stops_asking() {
        let limit = std::time::Duration::from_secs(60);
        let dog = Watchdog::new(limit);
        let watched = dog.clone();
        let stalled = tokio::spawn(async move { watched.stalled().await });
        // The page reads a piece every 30 s for five minutes: never stalled.
        for _ in 0..10 {
            tokio::time::sleep(limit / 2).await;
            dog.tick(true);
            dog.tick(false);
            assert!(!stalled.is_finished());
        }
        // It waits five minutes for a slow piece: still not stalled.
        dog.tick(true);
        tokio::time::sleep(limit * 5).await;
        assert!(!stalled.is_finished());
        // It has the piece and asks for nothing more: given up within the limit and a check.
        dog.tick(false);
        tokio::time::sleep(limit + limit / 4 + std::time::Duration::from_secs(1)).await;
        assert!(stalled.is_finished());
    }
}
