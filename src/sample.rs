//! The sample notebook: fifteen illustrative news pages shipped in `samples/` (AI
//! infrastructure spending at Meta, Microsoft and Alphabet, and the EU's child-safety rules,
//! across 2024 and 2025), clipped through the real pipeline into a notebook of their own so a
//! newcomer sees full timelines, entities, figures and a two-outlet story at once.

use std::path::Path;

use crate::model::ClipSource;
use crate::notebook::{Notebook, NotebookError};

/// The sample pages, as saved HTML.
pub const PAGES: &[&str] = &[
    include_str!("../samples/2024-01-31-meta-capex-2024.html"),
    include_str!("../samples/2024-04-24-meta-raises-capex.html"),
    include_str!("../samples/2024-05-14-eu-child-safety-consultation.html"),
    include_str!("../samples/2024-07-30-microsoft-capex-record.html"),
    include_str!("../samples/2024-10-30-alphabet-capex.html"),
    include_str!("../samples/2024-10-31-meta-capex-q3.html"),
    include_str!("../samples/2025-01-03-microsoft-80bn.html"),
    include_str!("../samples/2025-01-24-meta-65bn-courier.html"),
    include_str!("../samples/2025-01-24-meta-65bn-ledger.html"),
    include_str!("../samples/2025-02-04-alphabet-75bn.html"),
    include_str!("../samples/2025-03-12-eu-age-verification-app.html"),
    include_str!("../samples/2025-04-30-meta-raises-72bn.html"),
    include_str!("../samples/2025-07-14-eu-guidelines-minors.html"),
    include_str!("../samples/2025-10-29-microsoft-capex-q1.html"),
    include_str!("../samples/2025-10-30-meta-capex-2026.html"),
];

/// The themes the sample notebook starts with: (name, query, colour).
pub const THEMES: &[(&str, &str, &str)] = &[
    (
        "AI infrastructure spending",
        "\"capital expenditure\" OR \"capital expenditures\" OR \"capital spending\" OR \"data centres\"",
        "#2f5d8a",
    ),
    (
        "EU child safety rules",
        "entity:\"European Commission\" (minors OR children OR \"age verification\")",
        "#b45309",
    ),
];

/// Where the sample notebook lives: `sample.db` beside the user's own notebook.
pub fn path_beside(home: &Path) -> std::path::PathBuf {
    home.with_file_name("sample.db")
}

/// Open the sample notebook at `path`, building it first when it is missing or incomplete
/// (an interrupted build is thrown away and started again). Errs when a page fails to clip.
pub async fn open(path: &Path) -> Result<Notebook, NotebookError> {
    if path.exists() {
        let nb = Notebook::open(path).await?;
        // The themes are saved last: a notebook that has them was built to the end.
        if nb.themes().await?.len() >= THEMES.len() {
            return Ok(nb);
        }
        drop(nb);
        for suffix in ["", "-wal", "-shm"] {
            let mut p = path.as_os_str().to_owned();
            p.push(suffix);
            let _ = std::fs::remove_file(p);
        }
    }
    let nb = Notebook::open(path).await?;
    for (i, html) in PAGES.iter().enumerate() {
        // Clipped a day apart, in page order, so "clipped" sorting reads naturally.
        let clipped_at = format!("2025-11-{:02}T09:00:00Z", 1 + i);
        nb.clip(
            ClipSource::Html {
                html: (*html).to_string(),
                url: None,
            },
            &["sample".to_string()],
            Some(&clipped_at),
        )
        .await?;
    }
    for (name, query, color) in THEMES {
        nb.theme_save(name, query, Some(color)).await?;
    }
    Ok(nb)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_sample_notebook_holds_every_page_its_themes_and_a_story() {
        let dir = tempfile::tempdir().unwrap();
        let nb = open(&dir.path().join("sample.db")).await.unwrap();
        let info = nb.info().await.unwrap();
        assert_eq!(
            info.articles,
            PAGES.len() as i64,
            "every sample page becomes one article"
        );
        let themes = nb.themes().await.unwrap();
        assert!(
            themes.iter().all(|t| t.articles > 0),
            "each sample theme matches some articles: {themes:?}"
        );
        let list = nb
            .list(&crate::store::articles::LibraryAsk {
                limit: 100,
                ..Default::default()
            })
            .await
            .unwrap();
        let mut with_story = 0;
        for a in &list {
            if !nb.article(a.id).await.unwrap().story.is_empty() {
                with_story += 1;
            }
        }
        assert!(
            with_story >= 2,
            "the two reports of Meta's 2025 budget form a story"
        );
        // Opening again reuses the built file.
        let again = open(&dir.path().join("sample.db")).await.unwrap();
        assert_eq!(again.info().await.unwrap().articles, PAGES.len() as i64);
    }
}
