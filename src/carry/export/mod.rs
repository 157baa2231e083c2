//! Exports: one file per format. Article formats (Markdown, CSV of articles, CSL-JSON,
//! BibTeX) take the notebook's articles; timeline formats (CSV of items, TimelineJS, the
//! HTML report) take one timeline and the articles it cites; JSON is the whole notebook.

pub mod cite;
pub mod folder;
pub mod html;
pub mod json;
pub mod markdown;
pub mod table;
pub mod timelinejs;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::{Article, ArticleSummary};

/// Every export format `clipline export --format` knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    /// One Markdown file per article, for Obsidian.
    Markdown,
    /// The whole notebook, re-importable without loss.
    Json,
    /// Articles, or the items of a timeline when one is asked for.
    Csv,
    /// Citations for Zotero and other reference managers.
    CslJson,
    /// Citations for LaTeX.
    Bibtex,
    /// A timeline for TimelineJS.
    TimelineJs,
    /// A self-contained HTML report of a timeline with its sources.
    Html,
}

/// One file an export writes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ExportFile {
    /// A file name (no directories), e.g. `0001-meta-raises-capex.md`.
    pub name: String,
    pub content: String,
}

/// Articles by id, for timeline formats that cite their sources.
pub type Sources = HashMap<i64, ArticleSummary>;

/// The articles' summaries by id, each with its `Article::link` as its address (a saved
/// page's own address is cited too).
pub fn sources_of(articles: &[Article]) -> Sources {
    articles
        .iter()
        .map(|a| {
            let mut summary = a.summary.clone();
            summary.url = a.link().map(str::to_owned);
            (summary.id, summary)
        })
        .collect()
}

/// Text escaped for HTML element content and attribute values (one escaper for the crate).
pub use crate::clip::text::escape_html;

/// Write `bytes` to `path` by way of a file beside it renamed over it: an interrupted
/// export (Ctrl-C, a full disk) leaves the previous file whole, never half a new one.
pub fn write_replacing(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    let temp = partial(path);
    let written = std::fs::write(&temp, bytes).and_then(|()| std::fs::rename(&temp, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    written
}

/// The file beside `path` that an export is written to before it is renamed over `path`.
pub fn partial(path: &std::path::Path) -> std::path::PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.partial"))
}

/// `dir/name`, or `dir/stem (n).ext` with the first `n` from 2 that is not taken: a file
/// saved for the user (a download, the desktop's JSON export) never replaces one.
pub fn free_path(dir: &std::path::Path, name: &str) -> std::path::PathBuf {
    let first = dir.join(name);
    if !first.exists() {
        return first;
    }
    let (stem, ext) = match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => (stem, format!(".{ext}")),
        _ => (name, String::new()),
    };
    (2..)
        .map(|n| dir.join(format!("{stem} ({n}){ext}")))
        .find(|p| !p.exists())
        .expect("some number is free")
}

/// The URL when it is http(s) and so safe to put in an `href`; `None` otherwise.
pub fn safe_href(url: Option<&str>) -> Option<&str> {
    let url = url?.trim();
    let lower = url.to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://")).then_some(url)
}

/// `(year, month, day)` of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD…` date, as far as it goes.
pub fn date_parts(date: &str) -> Vec<u32> {
    date.get(..10.min(date.len()))
        .unwrap_or("")
        .split('-')
        .map_while(|p| p.parse::<u32>().ok())
        .take(3)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_download_never_replaces_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let first = free_path(dir.path(), "clipline-export.json");
        assert_eq!(first, dir.path().join("clipline-export.json"));
        std::fs::write(&first, "{}").unwrap();
        let second = free_path(dir.path(), "clipline-export.json");
        assert_eq!(second, dir.path().join("clipline-export (2).json"));
        std::fs::write(&second, "{}").unwrap();
        assert_eq!(
            free_path(dir.path(), "clipline-export.json"),
            dir.path().join("clipline-export (3).json")
        );
        std::fs::write(dir.path().join("notes"), "").unwrap();
        assert_eq!(free_path(dir.path(), "notes"), dir.path().join("notes (2)"));
        std::fs::write(dir.path().join(".hidden"), "").unwrap();
        assert_eq!(
            free_path(dir.path(), ".hidden"),
            dir.path().join(".hidden (2)")
        );
    }

    #[test]
    fn a_file_is_replaced_whole_and_nothing_is_left_beside_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notebook.json");
        std::fs::write(&path, "old").unwrap();
        write_replacing(&path, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["notebook.json"]);
        // A folder in the way: an error, and no partial file left.
        let blocked = dir.path().join("sub");
        std::fs::create_dir(&blocked).unwrap();
        assert!(write_replacing(&blocked, b"x").is_err());
        assert!(!dir.path().join(".sub.partial").exists());
    }

    #[test]
    fn only_web_urls_become_links() {
        assert_eq!(
            safe_href(Some("https://a.example/x")),
            Some("https://a.example/x")
        );
        assert_eq!(safe_href(Some("javascript:alert(1)")), None);
        assert_eq!(safe_href(Some(" JavaScript:alert(1)")), None);
        assert_eq!(safe_href(None), None);
    }

    #[test]
    fn dates_split_into_their_known_parts() {
        assert_eq!(date_parts("2025-07-14T10:09:00Z"), vec![2025, 7, 14]);
        assert_eq!(date_parts("2025-07"), vec![2025, 7]);
        assert_eq!(date_parts("2025"), vec![2025]);
        assert!(date_parts("soon").is_empty());
        assert_eq!(
            escape_html("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }
}
