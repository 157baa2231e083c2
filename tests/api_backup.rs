//! "Back up now" through the command table: each backup is a sound notebook holding what
//! the notebook held, written beside it in `backups/` under a name of its own, and the
//! notebook goes on working.

use clipline::api::{Request, Response, dispatch};
use clipline::model::ClipSource;
use clipline::notebook::Notebook;

const STORY: &str = "Harbour board approves a new ferry terminal\n\n\
The harbour board approved a new ferry terminal on Tuesday after a two-year consultation with residents and operators.\n\n\
Construction is due to start in the spring and the terminal should open to passengers in 2028.\n";

async fn backup(nb: &Notebook) -> clipline::notebook::BackupInfo {
    match dispatch(nb, Request::NotebookBackup).await {
        Ok(Response::Backup(made)) => made,
        other => panic!("a backup, got {other:?}"),
    }
}

#[tokio::test]
async fn backups_land_beside_the_notebook_each_under_its_own_name() {
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("research.db"))
        .await
        .unwrap();
    nb.clip(
        ClipSource::Text {
            text: STORY.into(),
            url: None,
        },
        &[],
        Some("2025-07-14T12:00:00Z"),
    )
    .await
    .expect("the story clips");

    let first = backup(&nb).await;
    let second = backup(&nb).await;
    assert_ne!(
        first.path, second.path,
        "a second backup never overwrites the first"
    );
    for made in [&first, &second] {
        let path = std::path::Path::new(&made.path);
        assert_eq!(path.parent(), Some(dir.path().join("backups").as_path()));
        let name = path.file_name().unwrap().to_string_lossy();
        assert!(
            name.starts_with("research-") && name.ends_with(".db"),
            "{name}"
        );
        assert_eq!(std::fs::metadata(path).unwrap().len(), made.bytes);
        let copy = Notebook::open(path)
            .await
            .expect("the backup opens as a notebook");
        assert_eq!(
            copy.info().await.unwrap().articles,
            1,
            "{name} holds the article"
        );
    }
    assert_eq!(nb.info().await.unwrap().articles, 1, "the notebook goes on");
}
