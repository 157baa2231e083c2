//! Clipline's desktop face: a Tauri v2 window whose command `rpc` hands each request to
//! the engine's command table. The notebook is `CLIPLINE_DB` or the platform default.
//! Long work's progress goes to the window as `progress` events (see `forward_progress`).
//! Links out of the app (an article's original, a link inside it) open in the system
//! browser, never inside the window. A global shortcut clips the clipboard from any
//! application (see `shortcut`). The browser extension clips into the notebook through a
//! loopback server the app runs, as `clipline serve` does (see `serve_browsers`). Exports
//! the page offers as downloads are saved in the Downloads folder (see `download`), and
//! the notebook's JSON export is written there by a second command, `save_notebook_json`.
//! The window shows at once; the notebook opens behind it (see `opening`), and says so in
//! the title while an older notebook is upgraded for this version.

// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod download;
mod opening;
mod shortcut;

use clipline::api::{ApiError, Request, Response};
use clipline::desk::Desk;
use clipline::model::Preference;
use clipline::notebook::Notebook;
use opening::Opening;
use tauri::Manager;

/// The only door from the webview to the engine. A new clip shortcut is also registered
/// with the system before it is stored. Waits for the notebook to open.
#[tauri::command]
async fn rpc(
    app: tauri::AppHandle,
    opening: tauri::State<'_, Opening>,
    request: Request,
) -> Result<Response, ApiError> {
    opening.wait().await?;
    let desk = app.state::<Desk>();
    if let Request::PreferenceSet {
        key: Preference::ClipShortcut,
        value,
    } = &request
    {
        return shortcut::change(&app, value).await;
    }
    desk.dispatch(request).await
}

/// Save the notebook open now as its JSON export in the Downloads folder, streamed a row
/// at a time (see `download::save_notebook_json`). The page's one other door: `rpc`
/// answers with whole values, and this answer would be the whole notebook.
#[tauri::command]
async fn save_notebook_json(
    app: tauri::AppHandle,
    opening: tauri::State<'_, Opening>,
) -> Result<clipline::model::SavedFile, ApiError> {
    opening.wait().await?;
    let notebook = app.state::<Desk>().notebook().await;
    download::save_notebook_json(&app, &notebook).await
}

/// Open an http(s) link in the user's browser (the webview itself never leaves the app).
fn open_in_browser(url: &tauri::Url) {
    if !matches!(url.scheme(), "http" | "https") {
        return;
    }
    let (program, args) = browser_command(std::env::consts::OS, url.as_str());
    if let Err(err) = std::process::Command::new(program).args(args).spawn() {
        eprintln!("Clipline could not open {url} in the browser: {err}");
    }
}

/// The program and arguments that hand `url` to the system's browser on `os`. No shell
/// ever reads the address: on Windows `cmd /C start` would take the `&` and `|` of a
/// link's query for command separators (and expand `%VAR%`), so a link inside a clipped
/// page could run a command; `url.dll`'s handler opens it as ShellExecute does.
fn browser_command<'a>(os: &str, url: &'a str) -> (&'static str, Vec<&'a str>) {
    match os {
        "macos" => ("open", vec![url]),
        "windows" => ("rundll32", vec!["url.dll,FileProtocolHandler", url]),
        _ => ("xdg-open", vec![url]),
    }
}

/// Whether a navigation stays inside the app: its own origin only (`tauri://localhost`,
/// or `http(s)://tauri.localhost` where the webview has no custom schemes), so that a
/// page on some `localhost` port never loads inside the window.
fn is_app_url(url: &tauri::Url) -> bool {
    let host = url.host_str();
    match url.scheme() {
        "tauri" => host == Some("localhost"),
        "http" | "https" => host == Some("tauri.localhost") && url.port().is_none(),
        _ => false,
    }
}

/// Emit every progress event of long work (re-analysis, re-extraction) to the window as
/// a `progress` event, as `clipline serve` streams them to a page.
async fn forward_progress(
    app: tauri::AppHandle,
    mut events: tokio::sync::broadcast::Receiver<clipline::notebook::ProgressEvent>,
) {
    use tauri::Emitter;
    while let Some(ev) = clipline::notebook::next_event(&mut events).await {
        if let Err(err) = app.emit("progress", ev) {
            tracing::warn!("could not send progress to the window: {err}");
        }
    }
}

/// Tell the window, as an `articles-changed` event, each time a browser's clip (or another
/// command that adds articles) reaches the loopback server's desk: the library then reads
/// its list again, as it does after the window's own clips.
async fn forward_article_changes(
    app: tauri::AppHandle,
    mut changes: tokio::sync::broadcast::Receiver<clipline::desk::ArticlesChanged>,
) {
    use tauri::Emitter;
    use tokio::sync::broadcast::error::RecvError;
    loop {
        match changes.recv().await {
            // Several changes heard as one are one reason to read the list again.
            Ok(_) | Err(RecvError::Lagged(_)) => {
                if let Err(err) = app.emit("articles-changed", ()) {
                    tracing::warn!("could not tell the window of a browser's clip: {err}");
                }
            }
            Err(RecvError::Closed) => return,
        }
    }
}

/// Serve the user's notebook on 127.0.0.1 as `clipline serve` does, for the browser
/// extension and the bookmarklet, on `CLIPLINE_PORT` or the default port (the address a
/// paired extension keeps); Settings shows the address to pair with. A taken port (a
/// `clipline serve` already running) is logged, and the window works on without it.
async fn serve_browsers(app: tauri::AppHandle, home: Notebook) {
    let port = std::env::var("CLIPLINE_PORT")
        .ok()
        .and_then(|p| p.parse().ok())
        .unwrap_or(clipline::server::DEFAULT_PORT);
    let bound = match clipline::server::bind(&home, port).await {
        Ok(bound) => bound,
        Err(err) => {
            tracing::warn!("no loopback server for the browser extension: {err}");
            return;
        }
    };
    app.state::<Desk>().offer_pairing(bound.url());
    // A desk of its own: a browser's clips go to the user's notebook even while the window
    // shows the sample.
    let desk = std::sync::Arc::new(Desk::new(home));
    tauri::async_runtime::spawn(forward_article_changes(app.clone(), desk.article_changes()));
    if let Err(err) = bound.run(desk, std::future::pending()).await {
        tracing::warn!("the loopback server for the browser extension stopped: {err}");
    }
}

/// How often the desktop app looks for feeds that are due, in minutes.
const FEED_POLL_MINUTES: u64 = 10;

/// Poll the user's subscribed feeds while the window is open, as `clipline serve` does
/// (each feed keeps its own schedule; a round only asks those that are due), and tell the
/// window, as an `articles-changed` event, after a round that brought articles.
async fn poll_feeds(app: tauri::AppHandle, home: Notebook) {
    use tauri::Emitter;
    let every = std::time::Duration::from_secs(FEED_POLL_MINUTES * 60);
    home.poll_feeds_every(every, |new| {
        if let Err(err) = app.emit("articles-changed", ()) {
            tracing::warn!("could not tell the window of {new} articles from feeds: {err}");
        }
    })
    .await
}

/// How many times the notebook is opened while another Clipline keeps it busy.
const OPEN_ATTEMPTS: u32 = 3;

/// The window's title while an older notebook is upgraded for this version.
const UPGRADING_TITLE: &str = "Clipline — upgrading the notebook for this version…";

/// Open the user's notebook at `path` behind the shown `window`, then manage its `Desk`,
/// start the work that needs it (the clip shortcut, the feed poller, progress events, the
/// browsers' loopback server) and let the waiting commands go on. While an older notebook
/// is upgraded, the window's title says so. A notebook that cannot be opened is left as it
/// is, and every command answers why (`opening::could_not_open`).
async fn open_notebook(
    app: tauri::AppHandle,
    window: tauri::WebviewWindow,
    path: std::path::PathBuf,
    opened: opening::Opened,
) {
    let mut upgraded = false;
    // Another Clipline writing to the notebook for longer than the busy timeout (an import
    // from the CLI) is waited out a few times before the window is told it failed.
    let mut attempt = 1;
    let result = loop {
        let result = Notebook::open_telling(&path, |copy| {
            upgraded = true;
            eprintln!(
                "Upgrading {} for this version of Clipline (the notebook as it was is kept as \
                 {})…",
                path.display(),
                copy.display()
            );
            if let Err(err) = window.set_title(UPGRADING_TITLE) {
                tracing::warn!("could not say in the title that the notebook upgrades: {err}");
            }
        })
        .await;
        let busy = matches!(
            result,
            Err(clipline::notebook::NotebookError::Store(
                clipline::store::StoreError::Locked
            ))
        );
        if !busy || attempt == OPEN_ATTEMPTS {
            break result;
        }
        attempt += 1;
        tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    };
    if upgraded {
        let title = app.config().app.windows.first().map(|w| w.title.clone());
        if let Err(err) = window.set_title(title.as_deref().unwrap_or("Clipline")) {
            tracing::warn!("could not put the window's title back: {err}");
        }
    }
    let notebook = match result {
        Ok(notebook) => notebook,
        Err(err) => {
            eprintln!("Clipline could not open its notebook: {err}");
            opened.tell(Err(opening::could_not_open(&path, &err)));
            return;
        }
    };
    app.manage(Desk::new(notebook.clone()));
    // Before the waiting commands go on: a shortcut change among them is then registered
    // after the saved one, and a job they start reports from its first event.
    shortcut::register_saved(&app).await;
    let events = app.state::<Desk>().progress_events();
    tauri::async_runtime::spawn(forward_progress(app.clone(), events));
    tauri::async_runtime::spawn(poll_feeds(app.clone(), notebook.clone()));
    tauri::async_runtime::spawn(serve_browsers(app.clone(), notebook));
    opened.tell(Ok(()));
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
    let (opening, opened) = opening::opening();
    let result = tauri::Builder::default()
        .manage(opening)
        .manage(shortcut::Registered::default())
        .plugin(tauri_plugin_clipboard_manager::init())
        .plugin(tauri_plugin_notification::init())
        .plugin(shortcut::plugin())
        .invoke_handler(tauri::generate_handler![rpc, save_notebook_json])
        .setup(move |app| {
            // The window of tauri.conf.json, built here to send links out to the browser.
            let config = app
                .config()
                .app
                .windows
                .first()
                .cloned()
                .ok_or("no window configured")?;
            let window = tauri::WebviewWindowBuilder::from_config(app.handle(), &config)?
                .on_new_window(|url, _features| {
                    open_in_browser(&url);
                    tauri::webview::NewWindowResponse::Deny
                })
                .on_navigation(|url| {
                    // A download link of the page itself (see `download`) stays too.
                    if is_app_url(url) || download::is_own_blob(url, is_app_url) {
                        return true;
                    }
                    open_in_browser(url);
                    false
                })
                .on_download(|webview, event| {
                    download::handle(tauri::Manager::app_handle(&webview), event, is_app_url)
                })
                .build()?;
            tauri::async_runtime::spawn(open_notebook(app.handle().clone(), window, path, opened));
            Ok(())
        })
        .run(tauri::generate_context!());
    if let Err(err) = result {
        eprintln!("Clipline's window could not start: {err}");
        std::process::exit(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> tauri::Url {
        tauri::Url::parse(s).unwrap()
    }

    #[test]
    fn only_the_apps_own_origin_stays_in_the_window() {
        assert!(is_app_url(&url("tauri://localhost/#/library")));
        assert!(is_app_url(&url("http://tauri.localhost/index.html")));
        assert!(is_app_url(&url("https://tauri.localhost/")));
        for outside in [
            "http://localhost:3000/",
            "http://localhost/",
            "https://tauri.localhost:8443/",
            "tauri://evil.example/",
            "asset://localhost/etc/passwd",
            "https://news.example/story",
            "file:///etc/passwd",
        ] {
            assert!(!is_app_url(&url(outside)), "{outside} leaves the window");
        }
    }

    #[test]
    fn a_link_reaches_the_browser_as_one_argument_and_never_through_a_shell() {
        let link = "https://x.test/?a&calc|whoami%PATH%";
        for os in ["linux", "macos", "windows", "freebsd"] {
            let (program, args) = browser_command(os, link);
            assert!(
                !matches!(program, "cmd" | "sh" | "bash" | "powershell"),
                "{os}: {program}"
            );
            assert_eq!(
                args.last(),
                Some(&link),
                "{os}: the address is one argument, as it is"
            );
        }
        assert_eq!(
            browser_command("windows", link),
            ("rundll32", vec!["url.dll,FileProtocolHandler", link])
        );
    }
}
