//! Stories: two outlets' own reports of one happening form a story — the reader lists the
//! other report ("also reported by") and the timeline folds them into one item with a count.

use clipline::model::ClipSource;
use clipline::notebook::{Notebook, TimelineAsk};

fn page(outlet: &str, date: &str, title: &str, body: &str) -> String {
    format!(
        "<html><head><title>{title}</title><meta property=\"og:site_name\" content=\"{outlet}\">\
         <meta property=\"article:published_time\" content=\"{date}\"></head><body><article>\
         <h1>{title}</h1>{body}</article></body></html>"
    )
}

#[tokio::test]
async fn two_outlets_reports_of_one_event_are_one_story() {
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
    let first = page(
        "Gulf Business Daily",
        "2025-05-12T06:00:00Z",
        "Airbus wins order for 150 jets from Gulf carrier",
        "<p>Airbus has won an order for 150 single-aisle jets from a fast-growing Gulf carrier, the \
         planemaker said on Monday, its largest order of the year so far.</p><p>Deliveries are due to \
         start in 2027, and the airline has options on 50 more aircraft, according to people briefed on \
         the deal. Airbus shares rose two percent in Paris trading after the announcement.</p>",
    );
    let second = page(
        "Aviation Ledger",
        "2025-05-13T09:30:00Z",
        "Gulf carrier orders 150 Airbus jets in record deal",
        "<p>A Gulf airline placed a record order for 150 Airbus narrowbody aircraft, in a deal that \
         analysts value at well over ten billion dollars before discounts.</p><p>Airbus did not give \
         the price. The carrier, which has doubled its fleet since 2019, said the planes would replace \
         older models and open new routes to Asia and Africa from the end of the decade.</p>",
    );
    let unrelated = page(
        "Aviation Ledger",
        "2025-05-13T10:00:00Z",
        "Airbus names new head of its helicopter division",
        "<p>Airbus appointed a new chief of its helicopter business on Tuesday, replacing an executive \
         who is retiring after three decades at the group, the company said in a statement.</p>",
    );
    let mut ids = Vec::new();
    for html in [first, second, unrelated] {
        let out = nb
            .clip(ClipSource::Html { html, url: None }, &[], None)
            .await
            .unwrap();
        ids.push(out.articles[0].id);
    }
    let second_article = nb.article(ids[1]).await.unwrap();
    assert_eq!(
        second_article.story.len(),
        1,
        "the other report of the order is listed"
    );
    assert_eq!(
        second_article.story[0].source.as_deref(),
        Some("Gulf Business Daily")
    );
    assert!(
        nb.article(ids[2]).await.unwrap().story.is_empty(),
        "a different Airbus story stays apart"
    );

    let lane = nb
        .timeline(&TimelineAsk {
            entities: vec!["Airbus".into()],
            kind: Some(clipline::model::EventKind::Published),
            ..Default::default()
        })
        .await
        .unwrap()
        .lanes
        .remove(0);
    let order = lane
        .items
        .iter()
        .find(|i| i.text.contains("150"))
        .expect("the order is on Airbus's lane");
    assert_eq!(
        order.article_id, ids[0],
        "the first report stands for the story"
    );
    assert_eq!(order.siblings, 1, "and counts the other outlet's report");
    assert_eq!(
        lane.items.len(),
        2,
        "the order once, the appointment once: {:#?}",
        lane.items
    );
}
