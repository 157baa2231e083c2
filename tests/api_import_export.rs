//! Another tool's export through the command table (the app's Settings → Import): the
//! file's bytes arrive as base64, every item is clipped with its highlights, the work
//! reports its progress, and a file that is not the export it is said to be, or did not
//! arrive whole, is refused with a plain message before anything is stored. And a feed
//! reader's OPML file, taken in whole with each feed once.

use std::io::Write;

use base64::Engine;
use clipline::api::{ErrorCode, Request, Response, dispatch};
use clipline::carry::import::ImportSource;
use clipline::notebook::{Job, Notebook, ProgressEvent, ToolImportReport};

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

async fn import(nb: &Notebook, from: ImportSource, bytes: &[u8]) -> ToolImportReport {
    let req = Request::ImportExport {
        from,
        data: b64(bytes),
        tags: Some(vec!["moved-in".into()]),
    };
    match dispatch(nb, req).await {
        Ok(Response::Imported(report)) => report,
        other => panic!("an import report, got {other:?}"),
    }
}

/// A Wallabag export of `n` stored articles, the first with one annotation.
fn wallabag(n: usize) -> Vec<u8> {
    let entries: Vec<_> = (0..n)
        .map(|i| {
            serde_json::json!({
                "id": i, "title": format!("Depot {i} opens in the port"),
                "url": format!("https://ledger.example/depot-{i}"), "is_archived": 0, "tags": ["ports"],
                "content": format!("<p>Northwind Logistics opened depot number {i} in the port on Monday, \
                    the company said, adding {i} jobs.</p><p>The depot handles parcels for the region.</p>"),
                "annotations": if i == 0 {
                    serde_json::json!([{"text": "first one", "quote": "opened depot number 0", "ranges": []}])
                } else {
                    serde_json::json!([])
                }
            })
        })
        .collect();
    serde_json::to_vec(&entries).unwrap()
}

#[tokio::test]
async fn an_export_sent_as_base64_is_clipped_item_by_item_with_its_progress() {
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
    let mut events = nb.progress_events();
    let report = import(&nb, ImportSource::Wallabag, &wallabag(3)).await;
    assert_eq!(
        (report.items, report.created, report.highlights),
        (3, 3, 1),
        "{report:?}"
    );
    let mut seen = Vec::new();
    while let Ok(ev) = events.try_recv() {
        seen.push(ev);
    }
    assert_eq!(
        (seen.first(), seen.last()),
        (
            Some(&ProgressEvent {
                job: Job::Import,
                done: 0,
                total: 3,
                stopped: false,
                item: None
            }),
            Some(&ProgressEvent {
                job: Job::Import,
                done: 3,
                total: 3,
                stopped: false,
                item: Some("Depot 2 opens in the port".into())
            })
        )
    );
    let listed = match dispatch(
        &nb,
        Request::ArticleList {
            tag: Some("moved-in".into()),
            source: None,
            sort: None,
            after: None,
            limit: None,
            query: None,
        },
    )
    .await
    {
        Ok(Response::Articles(list)) => list,
        other => panic!("{other:?}"),
    };
    assert_eq!(listed.len(), 3, "each item carries the import's tag");
    let again = import(&nb, ImportSource::Wallabag, &wallabag(3)).await;
    assert_eq!(
        (again.created, again.existing, again.highlights),
        (0, 3, 0),
        "run twice, nothing twice"
    );
}

#[tokio::test]
async fn a_zip_export_arrives_as_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    let metadata = serde_json::json!([{"id": "1f2e", "slug": "terminal-18c2", "title": "Rotterdam expands its terminal",
        "url": "https://ledger.example/rotterdam", "state": "archived", "labels": ["ports"],
        "savedAt": "2024-10-01T10:00:00.000Z"}]);
    zip.start_file("metadata_0_to_1.json", opts).unwrap();
    zip.write_all(metadata.to_string().as_bytes()).unwrap();
    zip.start_file("content/terminal-18c2.html", opts).unwrap();
    zip.write_all(b"<div><p>The Port of Rotterdam signed a deal on Wednesday to expand its container terminal, \
        the port authority said.</p><p>The expansion adds room for two million containers a year from 2027.</p></div>")
        .unwrap();
    let bytes = zip.finish().unwrap().into_inner();
    let report = import(&nb, ImportSource::Omnivore, &bytes).await;
    assert_eq!((report.items, report.created), (1, 1), "{report:?}");
}

#[tokio::test]
async fn a_wrong_or_broken_file_is_refused_plainly_and_stores_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
    let wrong = dispatch(
        &nb,
        Request::ImportExport {
            from: ImportSource::Wallabag,
            data: b64(b"title,url\nA page,https://ledger.example/a\n"),
            tags: None,
        },
    )
    .await
    .unwrap_err();
    assert_eq!(wrong.code, ErrorCode::InvalidInput);
    assert!(wrong.message.contains("not a Wallabag export"), "{wrong:?}");
    let broken = dispatch(
        &nb,
        Request::ImportExport {
            from: ImportSource::Pocket,
            data: "not base64 at all!".into(),
            tags: None,
        },
    )
    .await
    .unwrap_err();
    assert_eq!(broken.code, ErrorCode::InvalidInput);
    assert!(
        broken.message.contains("did not arrive whole"),
        "{broken:?}"
    );
    assert_eq!(nb.info().await.unwrap().articles, 0);
}

/// An OPML file is taken in one go: each feed once, with its folder's tag; the same feed
/// listed twice in the file is subscribed once and the second reported, as is one already
/// subscribed.
#[tokio::test]
async fn an_opml_file_is_imported_whole_with_each_feed_once() {
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("o.db")).await.unwrap();
    nb.feed_add("https://wire.example/already.xml", &[], &[], false)
        .await
        .unwrap();
    let opml = r#"<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>
        <outline text="Energy">
          <outline type="rss" text="Grid Wire" xmlUrl="https://grid.example/feed.xml"/>
          <outline type="rss" text="Grid Wire again" xmlUrl="https://grid.example/feed.xml"/>
        </outline>
        <outline type="rss" text="Already" xmlUrl="https://wire.example/already.xml"/>
        <outline type="rss" text="Port News" xmlUrl="https://port.example/rss"/>
        </body></opml>"#;
    let (added, skipped) = nb.opml_import(opml).await.unwrap();
    assert_eq!(added, 2, "{skipped:?}");
    let reasons: Vec<(&str, &str)> = skipped
        .iter()
        .map(|s| (s.item.as_str(), s.reason.as_str()))
        .collect();
    assert_eq!(
        reasons,
        [
            (
                "Grid Wire again",
                "You already subscribe to https://grid.example/feed.xml."
            ),
            (
                "Already",
                "You already subscribe to https://wire.example/already.xml."
            ),
        ]
    );
    let feeds = nb.feeds().await.unwrap();
    let got: Vec<(&str, Option<&str>, Vec<String>)> = feeds
        .iter()
        .map(|f| (f.row.url.as_str(), f.row.title.as_deref(), f.tags.clone()))
        .collect();
    assert_eq!(
        got,
        [
            ("https://wire.example/already.xml", None, vec![]),
            (
                "https://grid.example/feed.xml",
                Some("Grid Wire"),
                vec!["Energy".to_string()]
            ),
            ("https://port.example/rss", Some("Port News"), vec![]),
        ]
    );
}
