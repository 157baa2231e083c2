//! An article's point on an entity's lane: its own lead sentence when that sentence dates
//! the news it reports, its headline otherwise; a lane of publications lists every article.

use clipline::model::{ClipSource, EventKind};
use clipline::notebook::{Notebook, TimelineAsk};

fn page(date: &str, title: &str, body: &str) -> String {
    format!(
        "<html><head><title>{title}</title><meta property=\"og:site_name\" content=\"Harbour Wire\">\
         <meta property=\"article:published_time\" content=\"{date}\"></head><body><article>\
         <h1>{title}</h1>{body}</article></body></html>"
    )
}

#[tokio::test]
async fn a_lead_that_dates_the_news_stands_for_the_headline() {
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
    let pages = [
        page(
            "2025-05-13T08:00:00Z",
            "Airbus wins order for 150 jets",
            "<p>Airbus won an order for 150 single-aisle jets from a Gulf carrier on Monday, the \
             planemaker said, its largest order of the year so far.</p><p>Deliveries are due to \
             start in 2027 and the airline holds options on 50 more aircraft.</p>",
        ),
        page(
            "2025-06-02T08:00:00Z",
            "How Airbus grew into the biggest planemaker",
            "<p>Airbus was founded in 1970 as a European consortium of aircraft makers.</p>\
             <p>Airbus overtook its American rival in deliveries in 2019, and Airbus has kept \
             the lead in most years since, helped by demand for its narrowbody family.</p>",
        ),
    ];
    let mut ids = Vec::new();
    for html in pages {
        let out = nb
            .clip(ClipSource::Html { html, url: None }, &[], None)
            .await
            .unwrap();
        ids.push(out.articles[0].id);
    }
    let lane = |kind: Option<EventKind>| {
        let nb = &nb;
        async move {
            nb.timeline(&TimelineAsk {
                entities: vec!["Airbus".into()],
                kind,
                ..Default::default()
            })
            .await
            .unwrap()
            .lanes
            .remove(0)
            .items
        }
    };

    let every = lane(None).await;
    let of = |article: i64, kind: EventKind| {
        every
            .iter()
            .filter(|i| i.article_id == article && i.kind == kind)
            .count()
    };
    assert!(
        every
            .iter()
            .any(|i| i.article_id == ids[0] && i.date == "2025-05-12" && i.text.contains("Monday")),
        "the order's lead is on the lane, on the Monday it tells: {every:#?}"
    );
    assert_eq!(
        of(ids[0], EventKind::Published),
        0,
        "and the headline is not a second point beside it: {every:#?}"
    );
    assert_eq!(
        of(ids[1], EventKind::Published),
        1,
        "a history piece, whose sentences date only the past, keeps its headline point: {every:#?}"
    );

    let published = lane(Some(EventKind::Published)).await;
    let articles: Vec<i64> = published.iter().map(|i| i.article_id).collect();
    assert_eq!(
        articles, ids,
        "a lane of publications lists both articles in date order"
    );
}

/// A lane's count of undated articles counts only the articles in that lane: an undated
/// article that never names Meta is no part of Meta's lane.
#[tokio::test]
async fn a_lane_counts_only_its_own_undated_articles() {
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
    for text in [
        "Meta opens an office\n\nMeta opened a new office in Lisbon for its sales teams, the company said.",
        "Ferry fares rise\n\nFerry fares on the northern routes will rise by a tenth, the operator said.",
        "Rail strike ends\n\nThe rail strike ended after the union accepted a new offer on pay.",
    ] {
        let text = text.to_string();
        nb.clip(ClipSource::Text { text, url: None }, &[], None)
            .await
            .unwrap();
    }
    let lane = nb
        .timeline(&TimelineAsk {
            entities: vec!["Meta".into()],
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(lane.undated, 1, "the one undated article that names Meta");
    let all = nb.timeline(&TimelineAsk::default()).await.unwrap();
    assert_eq!(
        all.undated, 3,
        "the whole notebook's timeline counts them all"
    );
}
