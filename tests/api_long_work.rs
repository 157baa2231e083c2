//! Long work through the command table: re-analysis reports its progress as it goes, and
//! a `JobStop` sent while it runs stops it before its next article, keeping what it did;
//! the work's answer and its last event say so, and running it again does it all. Writes
//! made meanwhile land between its articles, and an export reads one snapshot.

use clipline::api::{ErrorCode, Request, Response, dispatch};
use clipline::model::ClipSource;
use clipline::notebook::{Job, Notebook, next_event};

async fn notebook_of(n: usize) -> (tempfile::TempDir, Notebook) {
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
    for i in 0..n {
        let text = format!(
            "Depot {i} opens\n\nNorthwind Logistics opened depot {i} on March 3, 2025, and will hire {i} people by June 2026."
        );
        nb.clip(ClipSource::Text { text, url: None }, &[], None)
            .await
            .unwrap();
    }
    (dir, nb)
}

#[tokio::test]
async fn a_stop_sent_while_the_work_runs_ends_it_early_and_keeps_what_it_did() {
    let (_dir, nb) = notebook_of(300).await;
    let mut events = nb.progress_events();
    let running = tokio::spawn({
        let nb = nb.clone();
        async move { dispatch(&nb, Request::NotebookReanalyze).await }
    });
    let first = next_event(&mut events).await.unwrap();
    assert_eq!(
        (first.job, first.done, first.total),
        (Job::Reanalyze, 0, 300)
    );
    assert!(matches!(
        dispatch(&nb, Request::JobStop).await,
        Ok(Response::Done)
    ));
    let Ok(Response::Reanalyzed(report)) = running.await.unwrap() else {
        panic!("the work answers with its report");
    };
    assert!(report.stopped, "{report:?}");
    assert!(report.articles < 300, "stopped early: {report:?}");
    let mut last = first;
    while let Ok(ev) = events.try_recv() {
        last = ev;
    }
    assert!(last.stopped, "the last event says it stopped: {last:?}");
    assert_eq!(last.done as usize, report.articles);

    // A stop asked before the work starts does not stop the next run.
    let again = match dispatch(&nb, Request::NotebookReanalyze).await {
        Ok(Response::Reanalyzed(r)) => r,
        other => panic!("{other:?}"),
    };
    assert!(!again.stopped);
    assert_eq!(again.articles, 300);
}

#[tokio::test]
async fn the_events_of_analysing_and_extracting_again_name_the_article_last_worked_on() {
    let (_dir, nb) = notebook_of(3).await;
    for request in [Request::NotebookReanalyze, Request::NotebookReextract] {
        let mut events = nb.progress_events();
        assert!(dispatch(&nb, request.clone()).await.is_ok(), "{request:?}");
        let mut last = None;
        while let Ok(ev) = events.try_recv() {
            last = Some(ev);
        }
        let last = last.expect("the work reports its end");
        assert_eq!((last.done, last.total), (3, 3), "{request:?}: {last:?}");
        assert_eq!(
            last.item.as_deref(),
            Some("Depot 2 opens"),
            "{request:?}: the last event names the last article"
        );
    }
}

#[tokio::test]
async fn an_article_deleted_while_the_notebook_is_analysed_again_is_passed_over() {
    let (_dir, nb) = notebook_of(300).await;
    let last: i64 = sqlx::query_scalar("SELECT max(id) FROM articles")
        .fetch_one(nb.pool())
        .await
        .unwrap();
    let mut events = nb.progress_events();
    let running = tokio::spawn({
        let nb = nb.clone();
        async move { dispatch(&nb, Request::NotebookReanalyze).await }
    });
    next_event(&mut events).await.unwrap(); // it has listed the articles
    assert!(matches!(
        dispatch(&nb, Request::ArticleDelete { ids: vec![last] }).await,
        Ok(Response::Ids(_))
    ));
    assert!(
        !running.is_finished(),
        "the delete lands while the work runs"
    );
    match running.await.unwrap() {
        Ok(Response::Reanalyzed(report)) => {
            assert!(!report.stopped);
            assert_eq!(report.articles, 300, "{report:?}");
        }
        other => panic!("the work goes on past the deleted article: {other:?}"),
    }
}

#[tokio::test]
async fn an_entity_edit_whose_analysis_is_stopped_says_so_and_what_is_left() {
    let (_dir, nb) = notebook_of(300).await;
    let mut events = nb.progress_events();
    let running = tokio::spawn({
        let nb = nb.clone();
        async move {
            let add = Request::EntityAdd {
                name: "Depot Workers Union".into(),
                kind: "org".into(),
                aliases: None,
            };
            dispatch(&nb, add).await
        }
    });
    next_event(&mut events).await.unwrap(); // the re-analysis has started
    assert!(matches!(
        dispatch(&nb, Request::JobStop).await,
        Ok(Response::Done)
    ));
    let err = running
        .await
        .unwrap()
        .expect_err("a stopped analysis is no success");
    assert_eq!(err.code, ErrorCode::Stopped, "{err:?}");
    assert!(
        err.message.contains("\"Depot Workers Union\" is saved")
            && err.message.contains("of 300 articles")
            && err.message.contains("clipline reanalyze"),
        "{}",
        err.message
    );
    assert!(
        matches!(
            dispatch(&nb, Request::EntityList { limit: None }).await,
            Ok(Response::Entities(list)) if list.iter().any(|e| e.name == "Depot Workers Union")
        ),
        "the edit itself stays"
    );
}

#[tokio::test]
async fn an_article_deleted_while_the_notebook_is_exported_does_not_break_the_export() {
    let (_dir, nb) = notebook_of(300).await;
    let last: i64 = sqlx::query_scalar("SELECT max(id) FROM articles")
        .fetch_one(nb.pool())
        .await
        .unwrap();
    let exporting = tokio::spawn({
        let nb = nb.clone();
        async move {
            let export = Request::NotebookExport {
                format: clipline::carry::export::ExportFormat::Csv,
                ask: Default::default(),
            };
            dispatch(&nb, export).await
        }
    });
    // The export lists the articles first and reads the last one last.
    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    assert!(matches!(
        dispatch(&nb, Request::ArticleDelete { ids: vec![last] }).await,
        Ok(Response::Ids(_))
    ));
    match exporting.await.unwrap() {
        Ok(Response::Files(files)) => {
            let rows = files[0].content.lines().count();
            assert!(rows == 300 || rows == 301, "one snapshot: {rows} lines");
        }
        other => panic!("the export is read in one snapshot: {other:?}"),
    }
}
