//! "Back up now" through the command table: each backup is a sound notebook holding what
//! the notebook held, written beside it in `backups/` under a name of its own, and the
//! notebook goes on working. The backups are listed, and one is restored into the open
//! notebook: its articles, notes and search come back, what was added since goes (kept in
//! a backup made first), the machine's own settings (server token, preferences) stay, and
//! a name that is no backup changes nothing. A notebook file deleted or replaced while it
//! is open takes no more writes.

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

async fn dispatch_ok(nb: &Notebook, req: Request) -> Response {
    dispatch(nb, req).await.unwrap_or_else(|e| panic!("{e:?}"))
}

async fn clip_text(nb: &Notebook, text: &str) -> i64 {
    let outcome = nb
        .clip(
            ClipSource::Text {
                text: text.into(),
                url: None,
            },
            &[],
            Some("2025-07-14T12:00:00Z"),
        )
        .await
        .unwrap();
    outcome.articles[0].id
}

async fn hits(nb: &Notebook, query: &str) -> usize {
    match dispatch_ok(
        nb,
        Request::Search {
            query: query.into(),
            limit: None,
        },
    )
    .await
    {
        Response::SearchResults(hits) => hits.len(),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_listed_backup_is_restored_into_the_open_notebook_after_one_of_it_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("research.db"))
        .await
        .unwrap();
    let ferry = clip_text(&nb, STORY).await;
    dispatch_ok(
        &nb,
        Request::NoteAdd {
            article_id: Some(ferry),
            body: "Check the consultation report".into(),
        },
    )
    .await;
    let made = backup(&nb).await;

    let rail = clip_text(
        &nb,
        "Rail workers strike in the north\n\nRail workers walked out on Tuesday over pay and staffing, the union said.\n",
    )
    .await;
    dispatch_ok(&nb, Request::ArticleDelete { ids: vec![ferry] }).await;
    // The machine's own settings, set after the backup, must survive the restore.
    let token = nb.server_token().await.unwrap();
    dispatch_ok(
        &nb,
        Request::PreferenceSet {
            key: clipline::model::Preference::ClipShortcut,
            value: "Alt+K".into(),
        },
    )
    .await;
    assert_eq!(
        (hits(&nb, "ferry").await, hits(&nb, "walked").await),
        (0, 1)
    );
    nb.entity_add("Ferry Union", "org", &[]).await.unwrap();
    let version = async || -> i64 {
        sqlx::query_scalar(
            "SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'registry_version'",
        )
        .fetch_one(nb.pool())
        .await
        .unwrap()
    };
    let edits_before = version().await;

    let Response::Backups(listed) = dispatch_ok(&nb, Request::BackupList).await else {
        panic!("a list of backups");
    };
    assert_eq!(listed, vec![made.clone()], "the one backup, as it was made");
    let Response::Restored(restored) = dispatch_ok(
        &nb,
        Request::NotebookRestore {
            name: made.name.clone(),
        },
    )
    .await
    else {
        panic!("a restore");
    };
    assert_eq!(restored.restored, made);
    assert_ne!(restored.kept.name, made.name);
    assert!(
        version().await > edits_before,
        "the restored entity edits are news to every process's matcher"
    );

    assert_eq!(
        nb.server_token().await.unwrap(),
        token,
        "a paired extension keeps working"
    );
    assert_eq!(
        nb.preference(clipline::model::Preference::ClipShortcut)
            .await
            .unwrap(),
        "Alt+K",
        "the shortcut the app has registered stays the one in force"
    );
    let Response::Article(back) = dispatch_ok(&nb, Request::ArticleGet { id: ferry }).await else {
        panic!("the article");
    };
    assert_eq!(back.notes.len(), 1, "its note came back with it");
    assert!(matches!(
        dispatch(&nb, Request::ArticleGet { id: rail }).await,
        Err(e) if e.code == clipline::api::ErrorCode::NotFound
    ));
    assert_eq!(
        (hits(&nb, "ferry").await, hits(&nb, "walked").await),
        (1, 0),
        "the search index follows the restored articles"
    );
    let check: Result<_, _> =
        sqlx::query("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
            .execute(nb.pool())
            .await;
    assert!(check.is_ok(), "the index is sound: {check:?}");
    let tram = clip_text(
        &nb,
        "Tram line opens\n\nThe new tram line to the airport opened on Monday after two years of work.\n",
    )
    .await;
    assert_eq!(
        nb.info().await.unwrap().articles,
        2,
        "the restored notebook goes on"
    );
    assert!(
        tram > rail,
        "a number given after the backup (#{rail}) is not given again (#{tram})"
    );

    let kept = Notebook::open(std::path::Path::new(&restored.kept.path))
        .await
        .unwrap();
    assert_eq!(
        kept.info().await.unwrap().articles,
        1,
        "the notebook as it was (the rail article) is kept"
    );
}

#[tokio::test]
async fn a_name_that_is_no_backup_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("research.db"))
        .await
        .unwrap();
    clip_text(&nb, STORY).await;
    backup(&nb).await;
    std::fs::write(
        dir.path().join("backups").join("junk.db"),
        b"not a database",
    )
    .unwrap();
    // A drive-relative name ("C:x.db" is a file elsewhere on drive C on Windows) is
    // refused even where it is a real backup in the folder, and never listed.
    let made = std::fs::read_dir(dir.path().join("backups"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "db") && !p.ends_with("junk.db"))
        .unwrap();
    std::fs::copy(&made, dir.path().join("backups").join("C:research.db")).unwrap();
    for name in ["../research.db", "missing.db", "junk.db", "C:research.db"] {
        let err = dispatch(&nb, Request::NotebookRestore { name: name.into() })
            .await
            .unwrap_err();
        assert!(
            err.message.contains("no backup called")
                || err.message.contains("not a Clipline notebook"),
            "{name}: {err:?}"
        );
    }
    assert_eq!(nb.info().await.unwrap().articles, 1);
    let Response::Backups(listed) = dispatch_ok(&nb, Request::BackupList).await else {
        panic!("a list");
    };
    assert_eq!(
        listed.len(),
        2,
        "the backup and the junk file; no backup was made for a refused restore"
    );
}

/// The notebook file deleted or replaced under an open notebook: writes are refused with a
/// sentence that says what happened, rather than going into the unlinked file and vanishing
/// when Clipline closes. Reading what is open goes on.
#[tokio::test]
async fn a_notebook_file_deleted_or_replaced_while_open_takes_no_more_writes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("research.db");
    for replaced in [false, true] {
        let nb = Notebook::open(&path).await.unwrap();
        let ferry = clip_text(&nb, STORY).await;
        for side in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{side}", path.display()));
        }
        if replaced {
            let other = Notebook::open(&dir.path().join("other.db")).await.unwrap();
            other.close().await;
            std::fs::rename(dir.path().join("other.db"), &path).unwrap();
        }
        let err = dispatch(
            &nb,
            Request::NoteAdd {
                article_id: Some(ferry),
                body: "Lost?".into(),
            },
        )
        .await
        .unwrap_err();
        assert_eq!(err.code, clipline::api::ErrorCode::Storage);
        assert!(
            err.message
                .contains("was deleted or replaced while Clipline had it open"),
            "{}",
            err.message
        );
        assert!(matches!(
            dispatch(&nb, Request::ArticleGet { id: ferry }).await,
            Ok(Response::Article(_))
        ));
        nb.close().await;
        for side in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{side}", path.display()));
        }
    }
}
