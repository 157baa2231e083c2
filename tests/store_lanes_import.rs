//! Scale behaviour on small notebooks (issue 6), continued: a theme lane's index follows
//! its members through every change; a bulk import skips what it stored before and reports
//! a bad file while the rest go on.

mod common;

use clipline::eval::generate::page;
use clipline::notebook::{ImportEvent, Notebook};
use common::{material, notebook};

#[tokio::test]
async fn an_import_run_again_skips_what_it_stored_and_a_bad_file_does_not_stop_it() {
    let dir = tempfile::tempdir().unwrap();
    let m = material();
    let mut files = Vec::new();
    for i in 0..70 {
        let p = page(&m, 9, i);
        let path = dir.path().join(&p.name);
        std::fs::write(&path, p.html).unwrap();
        files.push(path);
    }
    // A PNG saved as .html, in the middle of the first batch.
    let bad = dir.path().join("0000010b.html");
    std::fs::write(&bad, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    files.insert(10, bad.clone());
    let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
    let mut stored = 0;
    let report = nb
        .import_files(&files, &["shipping".into()], None, |e| {
            if matches!(e, ImportEvent::Stored { .. }) {
                stored += 1;
            }
        })
        .await
        .unwrap();
    assert_eq!(report.files, 71);
    assert_eq!(
        report.failed.len(),
        1,
        "only the PNG fails: {:?}",
        report.failed
    );
    assert!(report.failed[0].path.ends_with("0000010b.html"));
    assert_eq!(stored, 70, "every good file is reported stored");
    assert_eq!(report.created + report.joined + report.existing, 70);
    let tagged = nb.search("tag:shipping", 500).await.unwrap().len();
    assert_eq!(
        tagged as i64, report.created as i64,
        "every new article carries the import's tag"
    );

    let again = nb.import_files(&files, &[], None, |_| {}).await.unwrap();
    assert_eq!(
        again.skipped, 70,
        "stored files are recognised by their bytes"
    );
    assert_eq!((again.created, again.failed.len()), (0, 1));
}

#[tokio::test]
async fn themes_computed_article_by_article_match_the_whole_notebook_computation() {
    let dir = tempfile::tempdir().unwrap();
    let m = material();
    let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
    let query = r#"(lighthouse OR "paragraph 7") -tag:skip"#;
    nb.theme_save("Per article", query, None).await.unwrap();
    let mut files = Vec::new();
    for i in 0..30 {
        let p = page(&m, 3, i);
        let path = dir.path().join(&p.name);
        std::fs::write(&path, p.html).unwrap();
        files.push(path);
    }
    nb.import_files(&files, &[], None, |_| {}).await.unwrap();
    nb.theme_save("Whole notebook", query, None).await.unwrap();
    let members = |name: &'static str| {
        let pool = nb.pool().clone();
        async move {
            let ids: Vec<i64> = sqlx::query_scalar(
                "SELECT x.article_id FROM article_themes x JOIN themes t ON t.id = x.theme_id \
                 WHERE t.name = ?1 AND x.score > 0 ORDER BY 1",
            )
            .bind(name)
            .fetch_all(&pool)
            .await
            .unwrap();
            ids
        }
    };
    let per_article = members("Per article").await;
    assert!(
        !per_article.is_empty() && per_article.len() < 30,
        "the theme holds some articles: {per_article:?}"
    );
    assert_eq!(
        per_article,
        members("Whole notebook").await,
        "both ways of computing a theme agree"
    );
}

/// The theme lanes' index, `event_themes`, against its definition: every event of every
/// article the user confirmed in a theme, or left to a query that matched it.
async fn theme_lanes_follow_their_members(nb: &Notebook, when: &str) -> usize {
    let key = "SELECT theme_id, date_start, event_id FROM";
    let kept: Vec<(i64, String, i64)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{key} event_themes ORDER BY 1, 2, 3"
    )))
    .fetch_all(nb.pool())
    .await
    .unwrap();
    let defined: Vec<(i64, String, i64)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{key} (SELECT th.theme_id, e.date_start, e.id AS event_id FROM article_themes th \
         JOIN events e ON e.article_id = th.article_id \
         WHERE th.manual IS 'confirmed' OR (th.manual IS NULL AND th.score > 0)) ORDER BY 1, 2, 3"
    )))
    .fetch_all(nb.pool())
    .await
    .unwrap();
    assert_eq!(
        kept, defined,
        "{when}: the theme lanes' index matches its members"
    );
    kept.len()
}

#[tokio::test]
async fn a_theme_lane_follows_its_articles_in_and_out_of_the_theme_and_their_events() {
    let (_dir, nb) = notebook(12).await;
    let at_start = theme_lanes_follow_their_members(&nb, "before any theme").await;
    assert_eq!(at_start, 0);
    nb.theme_save("Lighthouse", "lighthouse OR \"paragraph 7\"", None)
        .await
        .unwrap();
    nb.theme_save("Market", "market", None).await.unwrap();
    theme_lanes_follow_their_members(&nb, "two themes computed").await;
    let dir = tempfile::tempdir().unwrap();
    let m = material();
    let mut files = Vec::new();
    for i in 0..8 {
        let p = page(&m, 6, i);
        files.push(dir.path().join(&p.name));
        std::fs::write(files.last().unwrap(), p.html).unwrap();
    }
    // Dated claims: analysing the article again writes them anew into its lanes.
    files.push(dir.path().join("claims.html"));
    std::fs::write(
        files.last().unwrap(),
        "<html><head><title>The lighthouse terminal opens next year</title>\
         <meta property=\"article:published_time\" content=\"2025-03-04T09:00:00Z\"></head>\
         <body><article><h1>The lighthouse terminal opens next year</h1>\
         <p>On March 3, 2025, the port authority said the lighthouse terminal would open in \
         June 2026, after the market for container shipping recovered.</p>\
         <p>Dredging of the channel began in January 2024 and ended in November 2024, the \
         authority's harbour master told reporters at the quay.</p></article></body></html>",
    )
    .unwrap();
    let report = nb.import_files(&files, &[], None, |_| {}).await.unwrap();
    assert_eq!(report.created, 9);
    let claims: i64 = sqlx::query_scalar("SELECT count(*) FROM events WHERE kind = 'dated_claim'")
        .fetch_one(nb.pool())
        .await
        .unwrap();
    assert!(claims >= 2, "the page's dated claims are events: {claims}");
    let both = theme_lanes_follow_their_members(&nb, "articles clipped into the themes").await;
    let member = |theme: &'static str, yes: bool| {
        let pool = nb.pool().clone();
        async move {
            let id: i64 = sqlx::query_scalar(
                "SELECT x.article_id FROM article_themes x JOIN themes t ON t.id = x.theme_id \
                 WHERE t.name = ?1 AND (x.score > 0) = ?2 ORDER BY 1 LIMIT 1",
            )
            .bind(theme)
            .bind(yes)
            .fetch_one(&pool)
            .await
            .unwrap();
            id
        }
    };
    let inside = member("Lighthouse", true).await;
    let outside = member("Lighthouse", false).await;
    nb.theme_verdict("Lighthouse", inside, Some(false))
        .await
        .unwrap();
    nb.theme_verdict("Lighthouse", outside, Some(true))
        .await
        .unwrap();
    theme_lanes_follow_their_members(&nb, "a member rejected, another confirmed").await;
    let lane = nb
        .timeline(&clipline::notebook::TimelineAsk {
            themes: vec!["Lighthouse".into()],
            ..Default::default()
        })
        .await
        .unwrap();
    let articles: std::collections::BTreeSet<i64> =
        lane.lanes[0].items.iter().map(|i| i.article_id).collect();
    assert!(
        articles.contains(&outside) && !articles.contains(&inside),
        "the lane shows the confirmed article and not the rejected one: {articles:?}"
    );
    nb.theme_verdict("Lighthouse", inside, None).await.unwrap();
    theme_lanes_follow_their_members(&nb, "a verdict taken back").await;
    nb.theme_save("Lighthouse", "\"paragraph 7\"", None)
        .await
        .unwrap();
    theme_lanes_follow_their_members(&nb, "a theme's query changed").await;
    sqlx::query("UPDATE events SET date_start = '1999-12-31' WHERE id = (SELECT min(event_id) FROM event_themes)")
        .execute(nb.pool())
        .await
        .unwrap();
    theme_lanes_follow_their_members(&nb, "an event's date moved").await;
    nb.reanalyze().await.unwrap();
    theme_lanes_follow_their_members(&nb, "every article analysed again").await;
    nb.delete_articles(&[outside]).await.unwrap();
    theme_lanes_follow_their_members(&nb, "an article deleted").await;
    sqlx::query("DELETE FROM themes WHERE name = 'Market'")
        .execute(nb.pool())
        .await
        .unwrap();
    let left = theme_lanes_follow_their_members(&nb, "a theme deleted").await;
    assert!(
        left > 0 && left < both,
        "one theme's lane is left: {left} of {both}"
    );
}
