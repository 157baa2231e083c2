//! Feed items that fail are tried again, items a poll leaves over come on the next one,
//! a feed whose items cannot be stored waits its backoff, and a poll counts only articles
//! that are new: against feed servers on 127.0.0.1 that
//! send an ETag and answer 304 while the feed is unchanged (so a fix that reads the items
//! only when the feed changes cannot pass).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use axum::Router;
use axum::http::{HeaderMap, StatusCode, header};
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

/// The feed with its constant ETag, or 304 when the client sends that ETag back.
fn unchanged_or(headers: &HeaderMap, feed: String) -> axum::response::Response {
    if headers
        .get(header::IF_NONE_MATCH)
        .is_some_and(|v| v == "\"v1\"")
    {
        return StatusCode::NOT_MODIFIED.into_response();
    }
    (
        [
            (header::CONTENT_TYPE, "application/rss+xml"),
            (header::ETAG, "\"v1\""),
        ],
        feed,
    )
        .into_response()
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
            get(move |headers: HeaderMap| async move { unchanged_or(&headers, feed) }),
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

/// A new notebook subscribed to the test server's feed, whose "Bridge repairs" item fails
/// (503) until the returned switch is turned on.
async fn subscribed() -> (Arc<AtomicBool>, tempfile::TempDir, Notebook) {
    let up = Arc::new(AtomicBool::new(false));
    let base = serve(up.clone()).await;
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
    nb.feed_add(&format!("{base}/feed.xml"), &[], &[], false)
        .await
        .unwrap();
    (up, dir, nb)
}

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

#[tokio::test]
async fn a_failed_item_is_tried_again_and_only_new_articles_count() {
    let (up, _dir, nb) = subscribed().await;

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
    assert_eq!(
        (later[0].status.as_str(), later[0].new_articles),
        ("not_modified", 0),
        "and then it is done, and the feed is asked conditionally again: {later:?}"
    );
}

#[tokio::test]
async fn a_failed_item_of_a_feed_that_has_not_changed_is_tried_again_after_the_wait() {
    let (up, _dir, nb) = subscribed().await;
    let t0 = at("2025-06-02T08:00:00Z");
    let first = nb.feed_poll(false, t0).await.unwrap().remove(0);
    assert_eq!(first.failed_items.len(), 1, "{first:?}");
    up.store(true, Ordering::SeqCst);
    let quiet = nb.feed_poll(false, t0 + Duration::hours(1)).await.unwrap();
    assert_eq!(
        quiet[0].status, "not_modified",
        "before the wait is over the feed is asked conditionally: {quiet:?}"
    );
    let retried = nb.feed_poll(false, t0 + Duration::hours(7)).await.unwrap();
    assert_eq!(
        (retried[0].status.as_str(), retried[0].new_articles),
        ("fetched", 1),
        "after six hours the failed item is tried again though the feed is unchanged: {retried:?}"
    );
}

/// A feed whose failed item cannot be recorded (the notebook refuses the write, as a full
/// disk would) fails as a whole, and the failure is recorded on the feed: it waits its
/// backoff instead of being fetched again at every round of the poller.
#[tokio::test]
async fn a_feed_whose_items_cannot_be_stored_waits_its_backoff() {
    let (_up, _dir, nb) = subscribed().await;
    sqlx::query(
        "CREATE TRIGGER storage_trouble BEFORE INSERT ON feed_items WHEN NEW.error IS NOT NULL \
         BEGIN SELECT RAISE(ABORT, 'storage trouble'); END",
    )
    .execute(nb.pool())
    .await
    .unwrap();
    let t0 = at("2025-06-02T08:00:00Z");
    let first = nb.feed_poll(false, t0).await.unwrap().remove(0);
    assert_eq!(first.status, "failed", "{first:?}");
    assert!(
        first
            .error
            .as_deref()
            .is_some_and(|e| e.contains("storage trouble")),
        "{first:?}"
    );
    let row = nb.feeds().await.unwrap().remove(0).row;
    assert_eq!(row.failures, 1, "{row:?}");
    assert!(
        row.next_poll_at.as_deref() > Some("2025-06-02T08:05:00Z"),
        "{row:?}"
    );
    let next_round = nb
        .feed_poll(false, t0 + Duration::minutes(10))
        .await
        .unwrap();
    assert_eq!(next_round[0].status, "waiting", "{next_round:?}");
}

/// A feed of `n` items, newest first, each linking to its own page.
async fn serve_many(n: usize) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let items: String = (0..n)
        .rev()
        .map(|i| {
            format!("<item><title>Story {i}</title><link>{base}/story/{i}</link><guid>s{i}</guid></item>")
        })
        .collect();
    let feed = format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>{items}</channel></rss>"
    );
    let app = Router::new()
        .route(
            "/feed.xml",
            get(move |headers: HeaderMap| async move { unchanged_or(&headers, feed) }),
        )
        .route(
            "/story/{i}",
            get(
                |axum::extract::Path(i): axum::extract::Path<usize>| async move {
                    ([(header::CONTENT_TYPE, "text/html")], story(i))
                },
            ),
        );
    tokio::spawn(async move { axum::serve(listener, app).await });
    base
}

/// A page whose words differ from every other story's, so none is taken for a copy.
fn story(i: usize) -> String {
    const WORDS: [&str; 32] = [
        "harbor",
        "council",
        "ferry",
        "budget",
        "tariff",
        "railway",
        "vaccine",
        "drought",
        "satellite",
        "election",
        "refinery",
        "glacier",
        "mortgage",
        "orchard",
        "bridge",
        "quarry",
        "lantern",
        "copper",
        "senate",
        "pipeline",
        "wildfire",
        "airport",
        "pension",
        "factory",
        "reservoir",
        "stadium",
        "courthouse",
        "shipyard",
        "vineyard",
        "telescope",
        "market",
        "tunnel",
    ];
    let mut seed = (i as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let words: Vec<&str> = (0..80)
        .map(|_| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            WORDS[(seed >> 59) as usize]
        })
        .collect();
    let title = format!("Story {i} about the {}", words[..3].join(" "));
    page(&format!("{title}. {}", words.join(" ")))
}

#[tokio::test]
async fn a_feed_with_more_new_items_than_a_poll_takes_gives_the_rest_next_time() {
    let base = serve_many(104).await;
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
    nb.feed_add(&format!("{base}/feed.xml"), &[], &[], false)
        .await
        .unwrap();
    let t0 = at("2025-06-02T08:00:00Z");
    let first = nb.feed_poll(false, t0).await.unwrap().remove(0);
    assert_eq!(first.new_articles, 100, "a poll takes 100 items: {first:?}");
    let all = clipline::store::articles::LibraryAsk {
        limit: 500,
        ..Default::default()
    };
    let titles: Vec<String> = nb
        .list(&all)
        .await
        .unwrap()
        .into_iter()
        .map(|a| a.title)
        .collect();
    assert!(
        titles.iter().any(|t| t.starts_with("Story 103 ")),
        "the newest item comes first: {titles:?}"
    );
    let next = nb
        .feed_poll(false, t0 + Duration::minutes(31))
        .await
        .unwrap()
        .remove(0);
    assert_eq!(
        (next.status.as_str(), next.new_articles),
        ("fetched", 4),
        "the items left over come on the next poll, not hidden behind a 304: {next:?}"
    );
    assert_eq!(nb.list(&all).await.unwrap().len(), 104);
    let quiet = nb
        .feed_poll(false, t0 + Duration::minutes(62))
        .await
        .unwrap()
        .remove(0);
    assert_eq!(
        quiet.status, "not_modified",
        "then the feed is asked conditionally"
    );
}
