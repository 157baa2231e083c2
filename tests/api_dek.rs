//! A pasted page's standfirst (the line between its headline and its author) is the
//! article's dek: kept apart from the text, stored, shown with the article, its excerpt,
//! searched with the dek's weight, read by the analysis with the headline, and written
//! under the title when the article is exported as Markdown.

use clipline::carry::export::markdown;
use clipline::model::ClipSource;
use clipline::notebook::Notebook;

const PASTE: &str = "Home\n\
News\n\
Business\n\
Quayside ferry operator orders six electric vessels for the estuary crossing\n\
Deal with a Tyneside shipyard is the largest clean-ferry order in the country this year\n\
Marta Quennell\n\
14 July 2025 09:41\n\
The operator of the estuary crossing has ordered six battery-powered ferries, replacing a diesel fleet that has served the route since 1998.\n\n\
The vessels will be built over three years, with the first due to enter service in the spring of 2027.\n\n\
Passenger groups welcomed the order but asked for the timetable to be kept during the changeover.\n";

#[tokio::test]
async fn a_pasted_standfirst_is_the_articles_dek() {
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("dek.db")).await.unwrap();
    let out = nb
        .clip(
            ClipSource::Text {
                text: PASTE.into(),
                url: None,
            },
            &[],
            Some("2025-07-14T12:00:00Z"),
        )
        .await
        .expect("the paste clips");
    assert_eq!(out.articles.len(), 1, "{:?}", out.articles);
    let a = nb.article(out.articles[0].id).await.unwrap();
    let dek =
        "Deal with a Tyneside shipyard is the largest clean-ferry order in the country this year";
    assert_eq!(a.dek.as_deref(), Some(dek));
    assert!(
        a.content_text
            .starts_with("The operator of the estuary crossing"),
        "{}",
        a.content_text
    );
    assert!(!a.content_text.contains("Tyneside"), "{}", a.content_text);
    assert_eq!(a.summary.excerpt.as_deref(), Some(dek));
    assert_eq!(a.summary.byline.as_deref(), Some("Marta Quennell"));

    // A word only the dek holds finds the article.
    let hits = nb.search("Tyneside", 10).await.unwrap();
    assert_eq!(
        hits.iter().map(|h| h.article.id).collect::<Vec<_>>(),
        vec![a.summary.id]
    );

    let md = markdown::article(&a);
    let title_at = md.find("# Quayside ferry operator").expect("the title");
    let dek_at = md.find(dek).expect("the dek in the export");
    let text_at = md
        .find("The operator of the estuary crossing")
        .expect("the text");
    assert!(title_at < dek_at && dek_at < text_at, "{md}");
}
