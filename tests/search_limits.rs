//! The longest and deepest queries the language admits run on a real notebook's FTS5
//! index (which refuses an expression deeper than 256 or a parse deeper than its stack),
//! and one term more gets the language's plain error, never SQLite's.

mod common;

use clipline::query::{MAX_DEPTH, MAX_TERMS};
use common::notebook;

#[tokio::test]
async fn queries_at_the_limits_run_and_one_more_is_a_plain_error() {
    let (_dir, nb) = notebook(12).await;

    let exclusions: String = (0..MAX_TERMS - 1).map(|i| format!(" -absent{i}")).collect();
    let hits = nb.search(&format!("market{exclusions}"), 50).await.unwrap();
    assert!(
        !hits.is_empty(),
        "excluding words no article has keeps every match"
    );

    let alternatives: Vec<String> = (0..MAX_TERMS - 1).map(|i| format!("absent{i}")).collect();
    let hits = nb
        .search(&format!("{} OR market", alternatives.join(" OR ")), 50)
        .await
        .unwrap();
    assert!(
        !hits.is_empty(),
        "one of the alternatives is in every article"
    );

    let nested = format!(
        "{}market{}",
        "(absent OR -market ".repeat(MAX_DEPTH),
        ")".repeat(MAX_DEPTH)
    );
    nb.search(&nested, 50)
        .await
        .expect("the deepest admitted query runs");

    for (query, want) in [
        (format!("market{exclusions} -one"), "too long"),
        (format!("({nested})"), "too deeply"),
    ] {
        let err = nb.search(&query, 50).await.unwrap_err().to_string();
        assert!(err.contains(want), "{err}");
        assert!(!err.contains("fts5") && !err.contains("database"), "{err}");
    }
}
