//! Feeds against a real feed server on 127.0.0.1: a poll clips each new item in full,
//! a conditional GET (ETag or Last-Modified) answered 304 changes nothing, a changed feed
//! gives only its new items, a failing feed backs off, OPML carries subscriptions, and an
//! item's date dates an article that has none of its own.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use chrono::{DateTime, Duration, Utc};
use clipline::notebook::Notebook;

#[derive(Default)]
struct Server {
    version: AtomicUsize,
    rss_hits: AtomicUsize,
    conditional_hits: AtomicUsize,
    broken_hits: AtomicUsize,
}

fn page(title: &str, body: &str) -> String {
    format!(
        "<html><head><title>{title}</title><meta property=\"og:site_name\" content=\"Feed Ledger\"></head>\
        <body><article><h1>{title}</h1><p>{body}</p><p>{body} The report was confirmed by officials on Monday, \
        who said more details would follow later in the week.</p></article></body></html>"
    )
}

fn rss(base: &str, version: usize) -> String {
    let mut items = format!(
        "<item><title>Airbus order</title><link>{base}/a</link><guid>a</guid><description>short</description></item>\
         <item><title>Port deal</title><link>{base}/b</link><guid>b</guid></item>"
    );
    if version > 1 {
        items.push_str(&format!(
            "<item><title>Chip plant</title><link>{base}/c</link><guid>c</guid></item>"
        ));
    }
    format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed Ledger</title><link>{base}/</link>{items}</channel></rss>"
    )
}

async fn rss_route(State((s, base)): State<(Arc<Server>, String)>, headers: HeaderMap) -> Response {
    s.rss_hits.fetch_add(1, Ordering::SeqCst);
    let version = s.version.load(Ordering::SeqCst);
    let etag = format!("\"v{version}\"");
    if headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        == Some(etag.as_str())
    {
        s.conditional_hits.fetch_add(1, Ordering::SeqCst);
        return StatusCode::NOT_MODIFIED.into_response();
    }
    (
        [
            (header::CONTENT_TYPE, "application/rss+xml".to_string()),
            (header::ETAG, etag),
        ],
        rss(&base, version),
    )
        .into_response()
}

async fn json_route(
    State((s, base)): State<(Arc<Server>, String)>,
    headers: HeaderMap,
) -> Response {
    let stamp = "Mon, 12 May 2025 06:00:00 GMT";
    if headers
        .get(header::IF_MODIFIED_SINCE)
        .and_then(|v| v.to_str().ok())
        == Some(stamp)
    {
        s.conditional_hits.fetch_add(1, Ordering::SeqCst);
        return StatusCode::NOT_MODIFIED.into_response();
    }
    let body = serde_json::json!({"version": "https://jsonfeed.org/version/1.1", "title": "JSON Ledger",
        "items": [{"id": "d", "url": format!("{base}/d"), "title": "Rail strike"}]});
    (
        [
            (header::CONTENT_TYPE, "application/feed+json"),
            (header::LAST_MODIFIED, stamp),
        ],
        body.to_string(),
    )
        .into_response()
}

/// A feed whose items carry dates: one links to a page that names no date, one has no
/// link and only its content.
async fn dated_route(State((_, base)): State<(Arc<Server>, String)>) -> Response {
    let body = format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Dated</title>\
         <item><title>Rail strike</title><link>{base}/d</link><guid>d</guid>\
         <pubDate>Tue, 03 Jun 2025 07:30:00 GMT</pubDate></item>\
         <item><title>Harbor dredging begins</title><guid isPermaLink=\"false\">n1</guid>\
         <pubDate>Wed, 04 Jun 2025 09:00:00 GMT</pubDate><description><![CDATA[<p>Dredging of the \
         harbor channel began this week, the port authority said, after two years of permits \
         and hearings.</p><p>The work should let larger container ships call at the port by \
         next summer, officials told reporters at the quay.</p>]]></description></item>\
         </channel></rss>"
    );
    ([(header::CONTENT_TYPE, "application/rss+xml")], body).into_response()
}

fn serve() -> (String, Arc<Server>) {
    let state = Arc::new(Server::default());
    state.version.store(1, Ordering::SeqCst);
    let shared = state.clone();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            let base = format!("http://{}", listener.local_addr().unwrap());
            let html = |t: &'static str, b: &'static str| {
                move || async move { ([(header::CONTENT_TYPE, "text/html")], page(t, b)) }
            };
            let broken = shared.clone();
            let app = Router::new()
                .route("/feed.xml", get(rss_route))
                .route("/feed.json", get(json_route))
                .route("/dated.xml", get(dated_route))
                .route(
                    "/broken.xml",
                    get(move || async move {
                        broken.broken_hits.fetch_add(1, Ordering::SeqCst);
                        StatusCode::INTERNAL_SERVER_ERROR
                    }),
                )
                .route(
                    "/a",
                    get(html(
                        "Airbus wins order for 150 jets",
                        "Airbus has won an order for 150 single-aisle jets from a Gulf carrier.",
                    )),
                )
                .route(
                    "/b",
                    get(html(
                        "Rotterdam expands its terminal",
                        "The Port of Rotterdam signed a deal to expand its container terminal.",
                    )),
                )
                .route(
                    "/c",
                    get(html(
                        "Harbor plans an Ohio chip plant",
                        "Harbor Semiconductor will spend $4.2 billion on a plant in Ohio.",
                    )),
                )
                .route(
                    "/d",
                    get(html(
                        "Rail workers strike in the north",
                        "Rail workers walked out on Tuesday over pay and staffing levels.",
                    )),
                )
                .with_state((shared, base.clone()));
            tx.send(base).unwrap();
            axum::serve(listener, app).await.unwrap();
        });
    });
    (rx.recv().unwrap(), state)
}

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

#[tokio::test]
async fn polls_clip_new_items_in_full_and_304s_change_nothing() {
    let (base, server) = serve();
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
    nb.theme_save("Watched", "zzzunmatched", None)
        .await
        .unwrap();
    let err = nb
        .feed_add(&format!("{base}/feed.xml"), &[], &["Nope".into()], true)
        .await
        .unwrap_err();
    assert!(err.to_string().contains("no theme called"), "{err}");
    let feed = nb
        .feed_add(
            &format!("{base}/feed.xml"),
            &["aviation".into()],
            &["Watched".into()],
            true,
        )
        .await
        .unwrap();
    assert_eq!(
        feed.row.title.as_deref(),
        Some("Feed Ledger"),
        "the feed is fetched once to check it"
    );

    let now = at("2026-01-05T10:00:00Z");
    let polls = nb.feed_poll(false, now).await.unwrap();
    assert_eq!(
        (polls[0].status.as_str(), polls[0].new_articles),
        ("fetched", 2),
        "{polls:?}"
    );
    let list = nb
        .list(&clipline::store::articles::LibraryAsk {
            limit: 50,
            ..Default::default()
        })
        .await
        .unwrap();
    let airbus = list
        .iter()
        .find(|a| a.title == "Airbus wins order for 150 jets")
        .expect("the full article, not the feed's summary");
    assert_eq!(airbus.tags, vec!["aviation"], "the feed's tags");
    assert!(
        nb.article(airbus.id)
            .await
            .unwrap()
            .content_text
            .contains("confirmed by officials")
    );
    assert_eq!(
        nb.article(airbus.id).await.unwrap().via,
        clipline::model::Via::Feed
    );
    assert_eq!(
        nb.themes().await.unwrap()[0].articles,
        2,
        "the feed's theme holds its new articles"
    );

    let polls = nb
        .feed_poll(false, now + Duration::minutes(5))
        .await
        .unwrap();
    assert_eq!(
        polls[0].status, "waiting",
        "a healthy feed is not polled again within its interval"
    );
    let polls = nb
        .feed_poll(false, now + Duration::minutes(31))
        .await
        .unwrap();
    assert_eq!(polls[0].status, "not_modified", "{polls:?}");
    assert_eq!(
        server.conditional_hits.load(Ordering::SeqCst),
        1,
        "the stored ETag was sent back"
    );
    assert_eq!(
        nb.list(&clipline::store::articles::LibraryAsk {
            limit: 50,
            ..Default::default()
        })
        .await
        .unwrap()
        .len(),
        2
    );

    server.version.store(2, Ordering::SeqCst);
    let polls = nb
        .feed_poll(true, now + Duration::minutes(40))
        .await
        .unwrap();
    assert_eq!(
        (polls[0].status.as_str(), polls[0].new_articles),
        ("fetched", 1),
        "only the new item: {polls:?}"
    );
    assert_eq!(
        nb.list(&clipline::store::articles::LibraryAsk {
            limit: 50,
            ..Default::default()
        })
        .await
        .unwrap()
        .len(),
        3
    );

    nb.feed_add(&format!("{base}/feed.json"), &[], &[], true)
        .await
        .unwrap();
    let polls = nb.feed_poll(true, now + Duration::hours(2)).await.unwrap();
    assert_eq!(
        polls[1].new_articles, 1,
        "JSON Feed items are clipped too: {polls:?}"
    );
    let polls = nb.feed_poll(false, now + Duration::hours(3)).await.unwrap();
    assert_eq!(
        polls[1].status, "not_modified",
        "Last-Modified is sent back as If-Modified-Since"
    );
    let polls = nb.feed_poll(true, now + Duration::hours(3)).await.unwrap();
    assert_eq!(
        polls[1].status, "fetched",
        "a forced poll asks for the feed unconditionally"
    );
}

#[tokio::test]
async fn a_failing_feed_backs_off_and_opml_carries_subscriptions() {
    let (base, server) = serve();
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
    let err = nb
        .feed_add(&format!("{base}/a"), &[], &[], true)
        .await
        .unwrap_err();
    assert!(
        err.to_string().contains("not an RSS, Atom or JSON feed"),
        "{err}"
    );
    nb.feed_add(&format!("{base}/broken.xml"), &["later".into()], &[], false)
        .await
        .unwrap();

    let now = at("2026-01-05T10:00:00Z");
    let polls = nb.feed_poll(false, now).await.unwrap();
    assert_eq!(polls[0].status, "failed");
    assert!(
        polls[0].error.as_deref().unwrap_or("").contains("500"),
        "{polls:?}"
    );
    let feed = &nb.feeds().await.unwrap()[0];
    assert_eq!(feed.row.failures, 1);
    assert_eq!(
        feed.row.next_poll_at.as_deref(),
        Some("2026-01-05T10:15:00Z")
    );

    let polls = nb
        .feed_poll(false, now + Duration::minutes(10))
        .await
        .unwrap();
    assert_eq!(polls[0].status, "waiting");
    assert_eq!(
        server.broken_hits.load(Ordering::SeqCst),
        1,
        "a backed-off feed is not asked"
    );
    nb.feed_poll(false, now + Duration::minutes(16))
        .await
        .unwrap();
    let feed = &nb.feeds().await.unwrap()[0];
    assert_eq!(feed.row.failures, 2);
    assert_eq!(
        feed.row.next_poll_at.as_deref(),
        Some("2026-01-05T10:46:00Z"),
        "the wait doubles"
    );

    nb.feed_add(
        &format!("{base}/feed.xml"),
        &["aviation".into(), "EU".into()],
        &[],
        true,
    )
    .await
    .unwrap();
    let opml = nb.opml_export().await.unwrap();
    assert!(
        opml.contains("xmlUrl=\"") && opml.contains("category=\"aviation,EU\""),
        "{opml}"
    );
    let other = Notebook::open(&dir.path().join("m.db")).await.unwrap();
    let (added, skipped) = other.opml_import(&opml).await.unwrap();
    assert_eq!((added, skipped.len()), (2, 0));
    let feeds = other.feeds().await.unwrap();
    assert_eq!(feeds[1].row.title.as_deref(), Some("Feed Ledger"));
    assert_eq!(feeds[1].tags, vec!["aviation", "EU"]);
    let (added, skipped) = other.opml_import(&opml).await.unwrap();
    assert_eq!(
        (added, skipped.len()),
        (0, 2),
        "subscribing twice is skipped with the reason"
    );
    nb.feed_remove("1").await.unwrap();
    assert_eq!(nb.feeds().await.unwrap().len(), 1);
}

/// Polls until `done` holds, for at most ten seconds.
async fn eventually<F: std::future::Future<Output = bool>>(
    what: &str,
    mut done: impl FnMut() -> F,
) {
    let start = std::time::Instant::now();
    while !done().await {
        assert!(
            start.elapsed().as_secs() < 10,
            "{what} did not happen in 10 s"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

/// The next notice of the desk that articles came in, within ten seconds.
async fn told(
    changes: &mut tokio::sync::broadcast::Receiver<clipline::desk::ArticlesChanged>,
) -> clipline::desk::ArticlesChanged {
    tokio::time::timeout(std::time::Duration::from_secs(10), changes.recv())
        .await
        .expect("the desk tells of the round's articles")
        .expect("the desk is open")
}

#[tokio::test]
async fn a_running_poller_fetches_a_feed_as_soon_as_it_is_subscribed() {
    let (base, _server) = serve();
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("p.db")).await.unwrap();
    nb.feed_add(&format!("{base}/feed.json"), &[], &[], false)
        .await
        .unwrap();
    // The poller's scheduled rounds are an hour apart; its first is at once. It runs on a
    // face's desk, which tells an open library of each round that brought articles.
    let desk = Arc::new(clipline::desk::Desk::new(nb.clone()));
    let mut changes = desk.article_changes();
    let poller = desk.clone();
    let task = tokio::spawn(async move {
        poller
            .poll_feeds_every(std::time::Duration::from_secs(3600))
            .await
    });
    eventually("the first scheduled poll", || async {
        nb.feeds().await.unwrap()[0].row.last_polled_at.is_some()
    })
    .await;
    assert_eq!(told(&mut changes).await.by, None, "no page asked for it");

    let opml = format!(
        r#"<?xml version="1.0"?><opml version="2.0"><body>
        <outline type="rss" text="Feed Ledger" xmlUrl="{base}/feed.xml"/></body></opml>"#
    );
    assert_eq!(nb.opml_import(&opml).await.unwrap().0, 1);
    eventually("the imported feed's two articles", || async {
        let all = clipline::store::articles::LibraryAsk {
            limit: 50,
            ..Default::default()
        };
        nb.list(&all).await.unwrap().len() == 3
    })
    .await;
    told(&mut changes).await;
    assert!(
        changes.is_empty(),
        "told once for each round that brought articles"
    );
    task.abort();
}

/// A notebook subscribed to the test server's RSS and JSON feeds (checked once).
async fn two_feeds() -> (tempfile::TempDir, Notebook, Arc<Server>) {
    let (base, server) = serve();
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
    for path in ["feed.xml", "feed.json"] {
        nb.feed_add(&format!("{base}/{path}"), &[], &[], true)
            .await
            .unwrap();
    }
    (dir, nb, server)
}

#[tokio::test]
async fn a_forced_poll_reports_its_progress_and_a_scheduled_one_does_not() {
    let (_dir, nb, _server) = two_feeds().await;
    let mut events = nb.progress_events();
    let now = at("2026-01-05T10:00:00Z");
    nb.feed_poll(false, now).await.unwrap();
    assert!(
        events.try_recv().is_err(),
        "the poller's quiet rounds report nothing"
    );
    let polls = nb.feed_poll(true, now).await.unwrap();
    assert_eq!(polls.len(), 2);
    let seen: Vec<_> = std::iter::from_fn(|| events.try_recv().ok()).collect();
    let job = clipline::notebook::Job::FeedPoll;
    assert_eq!(
        (seen[0].job, seen[0].done, seen[0].total),
        (job, 0, 2),
        "{seen:?}"
    );
    let last = seen.last().unwrap();
    assert_eq!(
        (last.job, last.done, last.stopped),
        (job, 2, false),
        "{seen:?}"
    );
}

#[tokio::test]
async fn one_feed_that_cannot_be_stored_fails_alone_and_the_others_are_polled() {
    let (_dir, nb, _server) = two_feeds().await;
    // A storage failure for the first feed alone (as a disk error or a feed removed
    // mid-poll would give).
    sqlx::query(
        "CREATE TRIGGER storage_trouble BEFORE UPDATE ON feeds WHEN OLD.url LIKE '%/feed.xml' \
         BEGIN SELECT RAISE(ABORT, 'storage trouble'); END",
    )
    .execute(nb.pool())
    .await
    .unwrap();
    let polls = nb
        .feed_poll(true, at("2026-01-05T10:00:00Z"))
        .await
        .expect("the round goes on past a feed that fails");
    let by_url = |end: &str| polls.iter().find(|p| p.url.ends_with(end)).unwrap();
    let xml = by_url("/feed.xml");
    assert_eq!(xml.status, "failed", "{polls:?}");
    assert!(
        xml.new_articles > 0,
        "the articles clipped before the failure are counted: {polls:?}"
    );
    assert!(
        xml.error.as_deref().is_some_and(|e| !e.is_empty()),
        "{polls:?}"
    );
    let json = by_url("/feed.json");
    assert_eq!(json.status, "fetched", "{polls:?}");
    assert!(json.new_articles > 0, "{polls:?}");
}

#[tokio::test]
async fn an_items_date_is_its_articles_when_the_page_names_none() {
    let (base, _server) = serve();
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("d.db")).await.unwrap();
    nb.feed_add(&format!("{base}/dated.xml"), &[], &[], false)
        .await
        .unwrap();
    let polls = nb
        .feed_poll(false, at("2025-06-05T10:00:00Z"))
        .await
        .unwrap();
    assert_eq!(polls[0].new_articles, 2, "{polls:?}");
    let all = clipline::store::articles::LibraryAsk {
        limit: 50,
        ..Default::default()
    };
    let mut dates: Vec<(String, Option<String>)> = nb
        .list(&all)
        .await
        .unwrap()
        .into_iter()
        .map(|a| (a.title, a.published_at))
        .collect();
    dates.sort();
    assert_eq!(
        dates,
        [
            (
                "Harbor dredging begins".to_string(),
                Some("2025-06-04T09:00:00Z".to_string())
            ),
            (
                "Rail workers strike in the north".to_string(),
                Some("2025-06-03T07:30:00Z".to_string())
            ),
        ],
        "the item with only content, and the fetched page with no date of its own, \
         take the item's date"
    );
}
