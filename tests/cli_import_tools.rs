//! Imports from other tools through the real `clipline` binary: Pocket (CSV and HTML),
//! browser bookmarks, Zotero CSL-JSON, Wallabag JSON, an Omnivore ZIP and a folder of
//! saved .html/.mhtml pages. URL-only exports are fetched by the real fetcher from a
//! local server on 127.0.0.1; the fixtures follow each tool's documented format and are
//! written at test time with that server's addresses.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::Router;
use axum::http::StatusCode;
use axum::routing::get;
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_clipline");

fn page(title: &str, body: &str) -> String {
    format!(
        "<html><head><title>{title}</title><meta property=\"og:site_name\" content=\"Local Ledger\">\
         <meta property=\"article:published_time\" content=\"2025-05-12T06:00:00Z\"></head><body><nav>Home</nav>\
         <article><h1>{title}</h1>{body}</article></body></html>"
    )
}

fn article_a() -> String {
    page(
        "Airbus wins order for 150 jets",
        "<p>Airbus has won an order for 150 single-aisle jets from a fast-growing \
        Gulf carrier, the planemaker said on Monday, its largest order of the year so far.</p><p>Deliveries are due to \
        start in 2027, and the airline has options on 50 more aircraft, according to people briefed on the deal.</p>",
    )
}

fn article_b() -> String {
    page(
        "Rotterdam expands its container terminal",
        "<p>The Port of Rotterdam signed a deal on Wednesday with a \
        shipping group to expand its container terminal, the port authority said in a statement.</p><p>The expansion \
        will add capacity for two million containers a year from 2027 and cost about 900 million euros.</p>",
    )
}

fn article_c() -> String {
    page(
        "Harbor Semiconductor plans an Ohio plant",
        "<p>Harbor Semiconductor said on Tuesday that it will spend \
        $4.2 billion on a new fabrication plant outside Columbus, Ohio, its largest investment so far.</p><p>The \
        company expects the plant to employ about 1,800 people when it opens in 2027, officials said.</p>",
    )
}

/// Serve /a, /b, /c as article pages and anything else as 404, on 127.0.0.1; the counter
/// counts the article pages served.
fn serve() -> (String, Arc<AtomicUsize>) {
    let (tx, rx) = std::sync::mpsc::channel();
    let hits = Arc::new(AtomicUsize::new(0));
    let counted = hits.clone();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let html = move |s: fn() -> String| {
                let hits = counted.clone();
                move || async move {
                    hits.fetch_add(1, Ordering::SeqCst);
                    ([("content-type", "text/html; charset=utf-8")], s())
                }
            };
            let app = Router::new()
                .route("/a", get(html(article_a)))
                .route("/b", get(html(article_b)))
                .route("/c", get(html(article_c)))
                .fallback(|| async { (StatusCode::NOT_FOUND, "gone") });
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            tx.send(listener.local_addr().unwrap()).unwrap();
            axum::serve(listener, app).await.unwrap();
        });
    });
    (format!("http://{}", rx.recv().unwrap()), hits)
}

fn run(db: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("CLIPLINE_DB")
        .output()
        .expect("clipline runs")
}

fn json(db: &Path, args: &[&str]) -> Value {
    let out = run(db, args);
    assert!(
        out.status.success(),
        "clipline {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON on stdout")
}

fn import(db: &Path, from: &str, file: &Path) -> Value {
    json(
        db,
        &[
            "import",
            "--from",
            from,
            file.to_str().unwrap(),
            "--format",
            "json",
        ],
    )
}

fn articles(db: &Path) -> Vec<Value> {
    json(db, &["list", "--format", "json"])["articles"]
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn pocket_bookmarks_and_zotero_urls_are_fetched_and_duplicates_join() {
    let (base, hits) = serve();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("n.db");

    let csv = dir.path().join("part_000000.csv");
    std::fs::write(
        &csv,
        format!(
            "title,url,time_added,tags,status\n\
         \"Airbus, jets\",{base}/a,1715500000,aviation|deals,unread\n\
         Rotterdam,{base}/b,1715500100,,archive\n\
         Gone,{base}/missing,1715500200,,unread\n\
         Tool,javascript:alert(1),1715500300,,unread\n"
        ),
    )
    .unwrap();
    let report = import(&db, "pocket", &csv);
    assert_eq!(
        (report["items"].as_u64(), report["created"].as_u64()),
        (Some(3), Some(2)),
        "{report}"
    );
    assert_eq!(report["failed"][0]["item"], "Gone");
    assert!(
        report["failed"][0]["reason"]
            .as_str()
            .unwrap()
            .contains("404"),
        "the reason says why: {report}"
    );
    assert_eq!(report["skipped"][0]["item"], "Tool");
    let list = articles(&db);
    let airbus = list
        .iter()
        .find(|a| a["title"] == "Airbus wins order for 150 jets")
        .expect("fetched and extracted");
    assert_eq!(airbus["tags"], serde_json::json!(["aviation", "deals"]));
    assert_eq!(airbus["read"], false, "unread in Pocket, unread here");
    let rotterdam = list.iter().find(|a| a["title"] != airbus["title"]).unwrap();
    assert_eq!(
        rotterdam["read"], true,
        "Pocket's archive is read: {rotterdam}"
    );
    assert_eq!(
        airbus["clipped_at"], "2024-05-12T07:46:40Z",
        "Pocket's time_added is the clip time"
    );

    let again = import(&db, "pocket", &csv);
    assert_eq!(
        (again["created"].as_u64(), again["existing"].as_u64()),
        (Some(0), Some(2)),
        "a second run adds nothing: {again}"
    );
    assert_eq!(
        hits.load(Ordering::SeqCst),
        2,
        "nor fetches the pages the notebook already holds"
    );

    let html = dir.path().join("ril_export.html");
    std::fs::write(&html, format!(
        "<!DOCTYPE html><html><head><title>Pocket Export</title></head><body><h1>Unread</h1><ul>\
         <li><a href=\"{base}/c\" time_added=\"1715500400\" tags=\"chips\">Harbor</a></li></ul>\
         <h1>Read Archive</h1><ul><li><a href=\"{base}/a\" time_added=\"1715500000\" tags=\"\">Airbus</a></li></ul></body></html>")).unwrap();
    let report = import(&db, "pocket", &html);
    assert_eq!(
        (report["created"].as_u64(), report["existing"].as_u64()),
        (Some(1), Some(1)),
        "{report}"
    );

    let bookmarks = dir.path().join("bookmarks.html");
    std::fs::write(&bookmarks, format!(
        "<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=UTF-8\">\n\
         <TITLE>Bookmarks</TITLE>\n<H1>Bookmarks</H1>\n<DL><p>\n<DT><H3 ADD_DATE=\"1715500000\">News</H3>\n<DL><p>\n\
         <DT><A HREF=\"{base}/b\" ADD_DATE=\"1715500000\" TAGS=\"ports\">Rotterdam</A>\n</DL><p>\n\
         <DT><A HREF=\"place:sort=8&amp;maxResults=10\">Recent</A>\n</DL><p>\n")).unwrap();
    let report = import(&db, "bookmarks", &bookmarks);
    assert_eq!(report["existing"], 1, "{report}");
    assert_eq!(report["skipped"][0]["item"], "Recent");

    let zotero = dir.path().join("zotero.json");
    std::fs::write(&zotero, format!(
        "[{{\"id\":\"http://zotero.org/users/1/items/ABCD\",\"type\":\"article-newspaper\",\"title\":\"Harbor plant\",\
         \"container-title\":\"Local Ledger\",\"URL\":\"{base}/c\",\"accessed\":{{\"date-parts\":[[\"2025\",5,13]]}}}},\
         {{\"id\":\"b\",\"type\":\"book\",\"title\":\"A history of ports\",\"author\":[{{\"family\":\"Ruiz\",\"given\":\"Ana\"}}]}}]")).unwrap();
    let report = import(&db, "zotero", &zotero);
    assert_eq!(report["existing"], 1, "{report}");
    assert!(
        report["skipped"][0]["reason"]
            .as_str()
            .unwrap()
            .contains("book")
    );
    assert_eq!(articles(&db).len(), 3, "three pages, each stored once");
    assert_eq!(hits.load(Ordering::SeqCst), 3, "and each fetched once");
}

#[test]
fn wallabag_and_omnivore_bring_their_text_highlights_and_labels() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("n.db");
    let wallabag = dir.path().join("wallabag.json");
    let content = "<p>Airbus has won an order for 150 single-aisle jets from a fast-growing Gulf carrier, the planemaker \
        said on Monday, its largest order of the year so far.</p><p>Deliveries are due to start in 2027, and the airline \
        has options on 50 more aircraft.</p><script>alert(1)</script>";
    let entries = serde_json::json!([{
        "is_archived": 0, "is_starred": 1, "tags": ["aviation"], "is_public": false, "id": 12,
        "title": "Airbus wins order for 150 jets", "url": "https://ledger.example/airbus", "content": content,
        "created_at": "2025-05-12T08:00:00+0200", "updated_at": "2025-05-12T08:00:00+0200", "mimetype": "text/html",
        "published_at": "2025-05-11T23:30:00+0200", "published_by": ["Ana Ruiz"],
        "language": "en", "reading_time": 1, "domain_name": "ledger.example",
        "annotations": [{"user": "me", "annotator_schema_version": "v1.0", "id": 3, "text": "Biggest this year",
            "created_at": "2025-05-12T09:00:00+0200", "updated_at": "2025-05-12T09:00:00+0200",
            "quote": "its largest order of the year", "ranges": [{"start": "/p[1]", "startOffset": "110", "end": "/p[1]", "endOffset": "139"}]},
            {"id": 4, "text": "", "quote": "a sentence this article never had", "ranges": []}]
    }]);
    std::fs::write(&wallabag, entries.to_string()).unwrap();
    // A theme asking for highlighted articles counts the import's highlights, which come
    // after the article's analysis (found in review: it counted 0).
    json(
        &db,
        &[
            "theme",
            "add",
            "Marked",
            "--query",
            "has:highlights",
            "--format",
            "json",
        ],
    );
    let report = import(&db, "wallabag", &wallabag);
    assert_eq!(
        (report["created"].as_u64(), report["highlights"].as_u64()),
        (Some(1), Some(1)),
        "{report}"
    );
    let themes = json(&db, &["theme", "list", "--format", "json"]);
    assert_eq!(themes["themes"][0]["articles"], 1, "{themes}");
    assert!(
        report["skipped"][0]["item"]
            .as_str()
            .unwrap()
            .contains("a sentence this article never had"),
        "a quote that is not in the text is reported, not dropped silently: {report}"
    );
    let shown = json(&db, &["show", "1", "--format", "json"]);
    assert_eq!(
        shown["highlights"][0]["exact"],
        "its largest order of the year"
    );
    assert_eq!(shown["highlights"][0]["note"], "Biggest this year");
    let summary = &shown; // the summary's fields are flattened into the article
    assert_eq!(
        summary["byline"], "Ana Ruiz",
        "the export's author: {shown}"
    );
    assert!(
        summary["published_at"]
            .as_str()
            .is_some_and(|p| p.starts_with("2025-05-11")),
        "the export's publication day, as the outlet gave it: {shown}"
    );
    assert!(
        !shown["content_html"].as_str().unwrap().contains("<script"),
        "imported HTML is sanitized"
    );
    assert_eq!(
        import(&db, "wallabag", &wallabag)["highlights"],
        0,
        "a second run adds no second highlight"
    );

    let zip_path = dir.path().join("omnivore.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&zip_path).unwrap());
    let opts = zip::write::SimpleFileOptions::default();
    let metadata = serde_json::json!([
        {"id": "1f2e", "slug": "rotterdam-expands-18c2", "title": "Rotterdam expands its container terminal",
         "description": "The port signs a deal", "author": "Pia Jansen", "url": "https://ledger.example/rotterdam",
         "state": "archived", "readingProgress": 100, "thumbnail": null, "labels": ["ports", "EU"],
         "savedAt": "2024-10-01T10:00:00.000Z", "updatedAt": "2024-10-02T10:00:00.000Z", "publishedAt": "2024-09-30T07:00:00.000Z"},
        {"id": "9a9a", "slug": "empty-1", "title": "Nothing here", "url": "", "labels": [], "savedAt": "2024-10-01T10:00:00.000Z"}
    ]);
    // Under a top folder, as an export unpacked and zipped again holds it.
    zip.start_file("omnivore-export/metadata_0_to_2.json", opts)
        .unwrap();
    zip.write_all(metadata.to_string().as_bytes()).unwrap();
    zip.start_file("omnivore-export/content/rotterdam-expands-18c2.html", opts)
        .unwrap();
    zip.write_all(b"<div class=\"page\"><p>The Port of Rotterdam signed a deal on Wednesday with a shipping group to expand \
        its container terminal, the port authority said in a statement.</p><p>The expansion will add capacity for two \
        million containers a year from 2027 and cost about 900 million euros.</p></div>").unwrap();
    zip.start_file("omnivore-export/highlights/rotterdam-expands-18c2.md", opts)
        .unwrap();
    zip.write_all(b"> two million containers a year \n\n#capacity\n\nCheck against 2023 volumes.")
        .unwrap();
    zip.finish().unwrap();
    let report = import(&db, "omnivore", &zip_path);
    assert_eq!(
        (report["created"].as_u64(), report["highlights"].as_u64()),
        (Some(1), Some(1)),
        "{report}"
    );
    assert_eq!(report["skipped"][0]["item"], "Nothing here");
    let list = articles(&db);
    let port = list
        .iter()
        .find(|a| a["title"] == "Rotterdam expands its container terminal")
        .expect("imported");
    assert_eq!(port["tags"], serde_json::json!(["EU", "ports"]));
    let shown = json(&db, &["show", &port["id"].to_string(), "--format", "json"]);
    assert_eq!(
        shown["highlights"][0]["note"],
        "Check against 2023 volumes."
    );
    let summary = &shown; // the summary's fields are flattened into the article
    assert_eq!(summary["byline"], "Pia Jansen", "{shown}");
    assert!(
        summary["published_at"]
            .as_str()
            .is_some_and(|p| p.starts_with("2024-09-30")),
        "{shown}"
    );

    std::fs::write(dir.path().join("bad.zip"), b"PK not really").unwrap();
    let out = run(
        &db,
        &[
            "import",
            "--from",
            "omnivore",
            dir.path().join("bad.zip").to_str().unwrap(),
        ],
    );
    assert!(
        !out.status.success() && String::from_utf8_lossy(&out.stderr).contains("not a ZIP file")
    );
}

#[test]
fn a_folder_of_saved_html_and_mhtml_pages_imports() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("n.db");
    let pages = dir.path().join("saved");
    std::fs::create_dir(&pages).unwrap();
    std::fs::write(pages.join("airbus.html"), article_a()).unwrap();
    let qp = article_c().replace('=', "=3D").replace("$4.2", "=244.2");
    let mhtml = format!(
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://ledger.example/harbor\r\nSubject: Harbor\r\n\
         MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--x1----\"\r\n\r\n\r\n\
         ------MultipartBoundary--x1----\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n\
         Content-Transfer-Encoding: quoted-printable\r\nContent-Location: https://ledger.example/harbor\r\n\r\n{qp}\r\n\
         ------MultipartBoundary--x1------\r\n"
    );
    std::fs::write(pages.join("harbor.mhtml"), mhtml).unwrap();
    std::fs::write(pages.join("broken.mhtml"), "not mime at all").unwrap();
    let report = json(
        &db,
        &["import", pages.to_str().unwrap(), "--format", "json"],
    );
    assert_eq!(report["created"], 2, "{report}");
    assert!(
        report["failed"][0]["reason"]
            .as_str()
            .unwrap()
            .contains("no HTML page"),
        "{report}"
    );
    let list = articles(&db);
    let harbor = list
        .iter()
        .find(|a| a["title"] == "Harbor Semiconductor plans an Ohio plant")
        .expect("the MHTML page");
    assert_eq!(
        harbor["url"], "https://ledger.example/harbor",
        "the MHTML's Content-Location is the address"
    );
    let shown = json(
        &db,
        &["show", &harbor["id"].to_string(), "--format", "json"],
    );
    assert!(
        shown["content_text"]
            .as_str()
            .unwrap()
            .contains("$4.2 billion"),
        "quoted-printable is decoded"
    );

    let again = json(
        &db,
        &["import", pages.to_str().unwrap(), "--format", "json"],
    );
    assert_eq!(
        (again["skipped"].as_u64(), again["existing"].as_u64()),
        (Some(2), Some(0)),
        "a second run skips both pages, the MHTML too, without extracting them: {again}"
    );
    let url = format!("sqlite://{}?mode=ro", db.display());
    let capture_urls: Vec<Option<String>> =
        tokio::runtime::Runtime::new().unwrap().block_on(async {
            let pool = sqlx::SqlitePool::connect(&url).await.unwrap();
            let urls = sqlx::query_scalar("SELECT url FROM captures ORDER BY url")
                .fetch_all(&pool)
                .await
                .unwrap();
            pool.close().await;
            urls
        });
    assert_eq!(
        capture_urls,
        [None, Some("https://ledger.example/harbor".to_string())],
        "the MHTML's capture keeps the page's address"
    );
}

#[test]
fn a_wrong_export_is_one_plain_error_alone_and_skipped_among_others() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("n.db");
    let good = dir.path().join("wallabag.json");
    let entries = serde_json::json!([{
        "id": 1, "title": "Ferry terminal approved", "url": "https://ledger.example/ferry", "is_archived": 0,
        "content": "<p>The harbour board approved a new ferry terminal on Tuesday after a long consultation.</p>",
        "annotations": []
    }]);
    std::fs::write(&good, entries.to_string()).unwrap();
    let wrong = dir.path().join("pocket.csv");
    std::fs::write(&wrong, "title,url\nA page,https://ledger.example/a\n").unwrap();

    let alone = run(
        &db,
        &["import", "--from", "wallabag", wrong.to_str().unwrap()],
    );
    assert!(!alone.status.success());
    let said = String::from_utf8_lossy(&alone.stderr);
    assert!(said.contains("not a Wallabag export"), "{said}");

    let both = run(
        &db,
        &[
            "import",
            "--from",
            "wallabag",
            wrong.to_str().unwrap(),
            good.to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    assert!(
        both.status.success(),
        "{}",
        String::from_utf8_lossy(&both.stderr)
    );
    let report: Value = serde_json::from_slice(&both.stdout).unwrap();
    assert_eq!(
        (report["items"].as_u64(), report["created"].as_u64()),
        (Some(1), Some(1))
    );
    assert!(
        String::from_utf8_lossy(&both.stderr).contains("Skipped the file"),
        "the wrong file is named"
    );
    assert_eq!(articles(&db).len(), 1);
}

#[test]
fn an_import_in_which_everything_failed_fails_in_json_too() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("n.db");
    let a = dir.path().join("a.html");
    let b = dir.path().join("b.html");
    std::fs::write(&a, [0u8, 1, 2, 3, 0, 0, 0, 9]).unwrap();
    std::fs::write(&b, b"").unwrap();
    let out = run(
        &db,
        &[
            "import",
            a.to_str().unwrap(),
            b.to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    assert!(
        !out.status.success(),
        "nothing stored: a failure for scripts too"
    );
    let report: Value = serde_json::from_slice(&out.stdout).expect("the report is still JSON");
    assert_eq!(
        report["failed"].as_array().map(Vec::len),
        Some(2),
        "{report}"
    );
}
