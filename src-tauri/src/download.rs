//! Downloads from the window: an export, the feeds' OPML, a timeline's Markdown. The page
//! offers each as an `<a download>` link to a `blob:` URL it made itself. WebKitGTK turns
//! such a click into a download only when the window lets the navigation through and a
//! download handler is registered; without both the click did nothing. The file goes to
//! the user's Downloads folder under the page's name ("name (2).ext" when that is taken),
//! and a system notification says where.
//!
//! Any other download is refused: the window only ever navigates to the app itself.
//!
//! The notebook's JSON export is not one of them: `save_notebook_json` writes it into the
//! same folder a row at a time, where a download would hold all of it in the page.

use std::path::{Path, PathBuf};

use clipline::api::{ApiError, ErrorCode};
use clipline::carry::export::free_path;
use clipline::model::SavedFile;
use clipline::notebook::Notebook;
use tauri::webview::DownloadEvent;
use tauri::{AppHandle, Runtime, Url};
use tauri_plugin_notification::NotificationExt;

/// Whether `url` is a `blob:` URL the app's own page made (`blob:tauri://localhost/…`).
pub fn is_own_blob(url: &Url, is_app_url: impl Fn(&Url) -> bool) -> bool {
    url.scheme() == "blob" && Url::parse(url.path()).is_ok_and(|inner| is_app_url(&inner))
}

/// The download handler of the window: allow the app's own blobs into the Downloads
/// folder, refuse anything else, and say where a finished one went.
pub fn handle<R: Runtime>(
    app: &AppHandle<R>,
    event: DownloadEvent<'_>,
    is_app_url: impl Fn(&Url) -> bool,
) -> bool {
    match event {
        DownloadEvent::Requested { url, destination } => {
            if !is_own_blob(&url, is_app_url) {
                tracing::warn!("refused a download from {url}");
                return false;
            }
            let name = destination
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| "clipline-download".to_string());
            let dir = downloads_dir();
            if let Err(err) = std::fs::create_dir_all(&dir) {
                notify(app, &format!("Could not save {name}: {err}."));
                return false;
            }
            *destination = free_path(&dir, &name);
            true
        }
        DownloadEvent::Finished { path, success, .. } => {
            let message = match (success, path) {
                (true, Some(path)) => saved_message(&path),
                (true, None) => "Saved the download in your Downloads folder.".to_string(),
                (false, _) => "The download could not be saved.".to_string(),
            };
            notify(app, &message);
            true
        }
        _ => true,
    }
}

/// Save the whole of `nb` as its JSON export (what `clipline import-notebook` reads) in the
/// Downloads folder, as "notebook.json" or the first free "notebook (n).json", and say
/// where. Streamed from the engine to the file in the memory of one row: a notebook of
/// 100,000 articles is 1.4 GB of JSON, which the page could not hold as one answer.
pub async fn save_notebook_json<R: Runtime>(
    app: &AppHandle<R>,
    nb: &Notebook,
) -> Result<SavedFile, ApiError> {
    let dir = downloads_dir();
    std::fs::create_dir_all(&dir).map_err(|err| {
        ApiError::new(
            ErrorCode::Storage,
            format!("Could not make the folder {}: {err}.", dir.display()),
        )
    })?;
    let (path, bytes) = nb.save_json(&dir.join("notebook.json"), false).await?;
    notify(app, &saved_message(&path));
    Ok(SavedFile {
        path: path.display().to_string(),
        bytes,
    })
}

/// The user's Downloads folder (XDG's on Linux); `~/Downloads` when the system names
/// none, never the app's working directory.
fn downloads_dir() -> PathBuf {
    let user = directories::UserDirs::new();
    user.as_ref()
        .and_then(|u| u.download_dir().map(Path::to_path_buf))
        .or_else(|| user.as_ref().map(|u| u.home_dir().join("Downloads")))
        .unwrap_or_else(std::env::temp_dir)
}

/// "Saved clipline-export.json in /home/ana/Downloads."
fn saved_message(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    match path.parent() {
        Some(dir) => format!("Saved {name} in {}.", dir.display()),
        None => format!("Saved {name}."),
    }
}

/// Show `message` as a system notification (logged when there is no notification daemon).
fn notify<R: Runtime>(app: &AppHandle<R>, message: &str) {
    if let Err(err) = app
        .notification()
        .builder()
        .title("Clipline")
        .body(message)
        .show()
    {
        tracing::warn!("no system notification ({err}): {message}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn app_origin(u: &Url) -> bool {
        u.scheme() == "tauri" && u.host_str() == Some("localhost")
    }

    #[test]
    fn only_blobs_of_the_apps_own_page_download() {
        let own =
            Url::parse("blob:tauri://localhost/5f2c6a1e-7d1b-4b8e-9c11-0a4e2f1d9b33").unwrap();
        assert!(is_own_blob(&own, app_origin));
        for other in [
            "blob:https://news.example/5f2c6a1e",
            "https://news.example/report.pdf",
            "tauri://localhost/index.html",
            "data:text/plain,hello",
        ] {
            let url = Url::parse(other).unwrap();
            assert!(
                !is_own_blob(&url, app_origin),
                "{other} is not the app's blob"
            );
        }
    }

    #[test]
    fn the_notification_names_the_file_and_its_folder() {
        assert_eq!(
            saved_message(Path::new("/home/ana/Downloads/clipline-feeds.opml")),
            "Saved clipline-feeds.opml in /home/ana/Downloads."
        );
    }
}
