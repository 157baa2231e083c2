//! The global clip shortcut (default `Ctrl+Shift+L`, kept in the notebook as the
//! `clip_shortcut` preference): pressed in any application, it reads the link or text on
//! the clipboard, clips it through the engine's command table without raising the window,
//! and says what was stored in a system notification.
//!
//! Everything here runs in Rust; the webview is granted none of the plugins' commands. A
//! missing notification daemon or an unreadable clipboard is logged and never stops the app.

use std::str::FromStr;
use std::sync::Mutex;

use clipline::api::{ApiError, ErrorCode, Request, Response};
use clipline::desk::Desk;
use clipline::model::{ClipSource, Preference};
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_clipboard_manager::ClipboardExt;
use tauri_plugin_global_shortcut::{GlobalShortcutExt, Shortcut, ShortcutState};
use tauri_plugin_notification::NotificationExt;

/// The shortcut registered now, so a change can take it back.
#[derive(Default)]
pub struct Registered(Mutex<Option<Shortcut>>);

/// The global-shortcut plugin with Clipline's one handler: clip the clipboard on press.
pub fn plugin<R: Runtime>() -> tauri::plugin::TauriPlugin<R> {
    tauri_plugin_global_shortcut::Builder::new()
        .with_handler(|app, _shortcut, event| {
            if event.state == ShortcutState::Pressed {
                let app = app.clone();
                tauri::async_runtime::spawn(async move { clip_clipboard(&app).await });
            }
        })
        .build()
}

/// Register the shortcut the notebook names (or the default); a failure is logged.
pub async fn register_saved<R: Runtime>(app: &AppHandle<R>) {
    let desk = app.state::<Desk>();
    let wanted = match desk
        .dispatch(Request::PreferenceGet {
            key: Preference::ClipShortcut,
        })
        .await
    {
        Ok(Response::Preference(value)) => value,
        _ => Preference::ClipShortcut.default_value().to_string(),
    };
    if let Err(err) = swap(app, &wanted) {
        tracing::warn!("the global clip shortcut is off: {}", err.message);
    }
}

/// Change the shortcut: check it, register it in place of the old one, then store it.
/// `InvalidInput` when it is misspelt or another application holds it (the old one stays).
pub async fn change<R: Runtime>(app: &AppHandle<R>, value: &str) -> Result<Response, ApiError> {
    let canonical = clipline::notebook::canonical_shortcut(value)?;
    swap(app, &canonical)?;
    app.state::<Desk>()
        .dispatch(Request::PreferenceSet {
            key: Preference::ClipShortcut,
            value: canonical,
        })
        .await
}

/// Register `spelled` instead of the shortcut registered now; on failure the old one stays.
fn swap<R: Runtime>(app: &AppHandle<R>, spelled: &str) -> Result<(), ApiError> {
    let shortcut = Shortcut::from_str(spelled).map_err(|e| {
        ApiError::new(
            ErrorCode::InvalidInput,
            format!("\"{spelled}\" is not a shortcut Clipline can use ({e})."),
        )
    })?;
    let keys = app.global_shortcut();
    let registered = app.state::<Registered>();
    let mut now = registered.0.lock().unwrap_or_else(|e| e.into_inner());
    if *now == Some(shortcut) {
        return Ok(());
    }
    if let Some(old) = *now {
        let _ = keys.unregister(old);
    }
    match keys.register(shortcut) {
        Ok(()) => {
            *now = Some(shortcut);
            Ok(())
        }
        Err(err) => {
            if let Some(old) = *now {
                let _ = keys.register(old);
            }
            Err(ApiError::new(
                ErrorCode::InvalidInput,
                format!(
                    "{spelled} could not be made a global shortcut ({err}); another application may hold it."
                ),
            ))
        }
    }
}

/// Read the clipboard, clip it, and tell the user how it went.
async fn clip_clipboard<R: Runtime>(app: &AppHandle<R>) {
    let text = match app.clipboard().read_text() {
        Ok(text) => text,
        Err(err) => {
            tracing::warn!("the clipboard could not be read: {err}");
            String::new()
        }
    };
    let message = clip_text(&app.state::<Desk>(), &text).await;
    tracing::info!("global shortcut: {message}");
    if let Err(err) = app
        .notification()
        .builder()
        .title("Clipline")
        .body(&message)
        .show()
    {
        tracing::warn!("no system notification ({err}): {message}");
    }
}

/// Clip what the clipboard held (a link, an HTML page or text: the engine decides) into the
/// open notebook; returns the sentence the notification shows.
pub async fn clip_text(desk: &Desk, text: &str) -> String {
    let content = text.trim();
    if content.is_empty() {
        return "Nothing to clip: the clipboard holds no link or text.".to_string();
    }
    let request = Request::ArticleClip {
        source: ClipSource::Paste {
            content: content.to_string(),
        },
        tags: None,
        clipped_at: None,
    };
    match desk.dispatch(request).await {
        Ok(Response::Clipped(outcome)) => match outcome.articles.as_slice() {
            [] => "Nothing was stored.".to_string(),
            [one] => format!("Stored: {}", one.title),
            [first, rest @ ..] => format!("Stored: {} and {} more", first.title, rest.len()),
        },
        Ok(_) => "Nothing was stored.".to_string(),
        Err(err) => format!("Not stored: {}", err.message),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clipline::notebook::Notebook;

    #[tokio::test]
    async fn the_clipboard_text_is_clipped_and_named() {
        let dir = tempfile::tempdir().unwrap();
        let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
        let desk = Desk::new(nb.clone());
        let text = "Tram line to the airport opens in May\n\nThe city's new tram line to the \
                    airport will open in May 2026, the transport authority said on Tuesday.";
        let said = clip_text(&desk, text).await;
        assert_eq!(said, "Stored: Tram line to the airport opens in May");
        assert_eq!(
            nb.info().await.unwrap().articles,
            1,
            "the article is in the notebook"
        );
        let said = clip_text(&desk, "   ").await;
        assert!(said.starts_with("Nothing to clip"), "{said}");
    }
}
