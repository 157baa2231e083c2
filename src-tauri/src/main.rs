//! Clipline's desktop face: a Tauri v2 window whose one command, `rpc`, hands each request
//! to the engine's command table. The notebook is `CLIPLINE_DB` or the platform default.

// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use clipline::api::{ApiError, Request, Response};
use clipline::desk::Desk;
use clipline::notebook::Notebook;

/// The only door from the webview to the engine.
#[tauri::command]
async fn rpc(desk: tauri::State<'_, Desk>, request: Request) -> Result<Response, ApiError> {
    desk.dispatch(request).await
}

fn main() {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("CLIPLINE_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .init();
    let path = std::env::var_os("CLIPLINE_DB")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(clipline::store::default_path);
    let notebook = match tauri::async_runtime::block_on(Notebook::open(&path)) {
        Ok(nb) => nb,
        Err(err) => {
            eprintln!("Clipline could not open its notebook: {err}");
            std::process::exit(1);
        }
    };
    let result = tauri::Builder::default()
        .manage(Desk::new(notebook))
        .invoke_handler(tauri::generate_handler![rpc])
        .run(tauri::generate_context!());
    if let Err(err) = result {
        eprintln!("Clipline's window could not start: {err}");
        std::process::exit(1);
    }
}
