//! The built UI (`ui/dist`), embedded in release builds and read from disk in debug builds
//! (rust-embed), served at `/` with `index.html` for unknown paths.

use axum::http::{StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "ui/dist"]
#[allow_missing = true]
struct Assets;

/// Serve a file of the built UI, or `index.html` when the path names none.
pub async fn asset(uri: Uri) -> Response {
    let path = uri.path().trim_start_matches('/');
    let path = if path.is_empty() { "index.html" } else { path };
    match Assets::get(path).or_else(|| Assets::get("index.html")) {
        Some(file) => {
            let mime = file.metadata.mimetype().to_string();
            ([(header::CONTENT_TYPE, mime)], file.data.into_owned()).into_response()
        }
        None => (
            StatusCode::SERVICE_UNAVAILABLE,
            "The Clipline UI has not been built. Run `make ui` (or `make run`) and restart.",
        )
            .into_response(),
    }
}
