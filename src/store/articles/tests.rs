//! The library page's query plans: both orders read a page from their covering index.

use super::*;

/// What SQLite plans for a page of the library after an article, in both orders.
async fn plans_after_an_article() -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let pool = super::super::open(&dir.path().join("n.db")).await.unwrap();
    let mut plans = Vec::new();
    for sort in [LibrarySort::Clipped, LibrarySort::Published] {
        let ask = LibraryAsk {
            sort,
            limit: 50,
            ..LibraryAsk::default()
        };
        let q = dated_page(&ask, None, Some(("2026-01-05T10:00:00Z", 5)));
        let rows: Vec<(i64, i64, i64, String)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "EXPLAIN QUERY PLAN {}",
            q.sql().as_str()
        )))
        .fetch_all(&pool)
        .await
        .unwrap();
        plans.push(rows.into_iter().map(|r| r.3).collect::<Vec<_>>().join("\n"));
    }
    plans
}

#[tokio::test]
async fn a_page_after_an_article_seeks_its_date_and_id_and_sorts_nothing() {
    let plans = plans_after_an_article().await;
    for (plan, index, column) in [
        (&plans[0], "articles_by_clipped", "clipped_at"),
        (&plans[1], "articles_by_published", "published_at"),
    ] {
        // Articles sharing the key's date (one clip time for a whole import) are not
        // stepped over: the rest of that date is one seek on (date, id).
        assert!(
            plan.contains(&format!("{index} ({column}=? AND id<?)")),
            "the rest of the key's date is a seek on date and id:\n{plan}"
        );
        assert!(
            plan.contains(&format!("{index} ({column}<?)")),
            "the dates before it are a range of the same index:\n{plan}"
        );
        assert!(
            !plan.contains("TEMP B-TREE"),
            "the two ranges merge in order without a sort:\n{plan}"
        );
        // The summaries come from the index itself: a row of the table holds the
        // article's whole text, and reading 50 of them costs 50 scattered pages.
        assert_eq!(
            plan.matches(&format!("USING COVERING INDEX {index} "))
                .count(),
            2,
            "both ranges read the summaries from the index, not the table:\n{plan}"
        );
    }
}
