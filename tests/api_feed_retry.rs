//! Feed items that fail are tried again, and a poll counts only articles that are new:
//! against a feed server on 127.0.0.1 whose one story page is down at first.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use axum::Router;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::get;
use chrono::{DateTime, Duration, Utc};
use clipline::notebook::Notebook;

fn page(title: &str) -> String {
    format!(
        "<html><head><title>{title}</title></head><body><article><h1>{title}</h1>\
         <p>{title}: the council approved the plan on Monday after a long debate about its cost.</p>\
         <p>Work is due to begin next spring, officials said, and should take two years.</p>\
         </article></body></html>"
    )
}

/// Serve the feed; `/down` answers 503 until `up` is set. Returns the base URL.
async fn serve(up: Arc<AtomicBool>) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let items = format!(
        "<item><title>Ferry terminal</title><link>{base}/ferry</link><guid>f</guid></item>\
         <item><title>Ferry terminal (again)</title><link>{base}/ferry?utm_source=rss</link><guid>f2</guid></item>\
         <item><title>Bridge repairs</title><link>{base}/down</link><guid>d</guid></item>"
    );
    let feed = format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Council</title>{items}</channel></rss>"
    );
    let app = Router::new()
        .route(
            "/feed.xml",
            get(move || async move { ([(header::CONTENT_TYPE, "application/rss+xml")], feed) }),
        )
        .route(
            "/ferry",
            get(|| async {
                (
                    [(header::CONTENT_TYPE, "text/html")],
                    page("Ferry terminal"),
                )
            }),
        )
        .route(
            "/down",
            get(move || async move {
                if up.load(Ordering::SeqCst) {
                    (
                        [(header::CONTENT_TYPE, "text/html")],
                        page("Bridge repairs"),
                    )
                        .into_response()
                } else {
                    StatusCode::SERVICE_UNAVAILABLE.into_response()
                }
            }),
        );
    tokio::spawn(async move { axum::serve(listener, app).await });
    base
}

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

#[tokio::test]
async fn a_failed_item_is_tried_again_and_only_new_articles_count() {
    let up = Arc::new(AtomicBool::new(false));
    let base = serve(up.clone()).await;
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
    nb.feed_add(&format!("{base}/feed.xml"), &[], &[], false)
        .await
        .unwrap();

    let t0 = at("2025-06-02T08:00:00Z");
    let first = nb.feed_poll(false, t0).await.unwrap().remove(0);
    assert_eq!(first.status, "fetched");
    assert_eq!(
        first.new_articles, 1,
        "the ferry story once: its second item is the same article"
    );
    assert_eq!(first.failed_items.len(), 1, "{:?}", first.failed_items);

    up.store(true, Ordering::SeqCst);
    let soon = nb.feed_poll(false, t0 + Duration::hours(1)).await.unwrap();
    assert_eq!(
        (soon[0].new_articles, soon[0].failed_items.len()),
        (0, 0),
        "a failed item waits before it is tried again"
    );
    let forced = nb.feed_poll(true, t0 + Duration::hours(1)).await.unwrap();
    assert_eq!(
        forced[0].new_articles, 1,
        "--force tries the failed item again: {forced:?}"
    );
    let later = nb.feed_poll(false, t0 + Duration::hours(9)).await.unwrap();
    assert_eq!(later[0].new_articles, 0, "and then it is done: {later:?}");
}
