//! When plain words count as common (issue 6): a word is first looked up among the newest
//! articles, and only counted over the whole notebook when it is frequent there; a word
//! that is common overall but missing from the newest articles is ranked, and the one
//! statement a search of plain words runs decides as the planner does.

use clipline::notebook::Notebook;
use clipline::query;
use clipline::store::fts::{self, Common, Strategy};

/// A page about one subject, long enough to be kept as an article's body.
fn page(title: &str, sentence: &str) -> String {
    let body = std::iter::repeat_n(format!("<p>{sentence}</p>"), 3).collect::<String>();
    format!(
        "<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}\
         </article></body></html>"
    )
}

/// A notebook of `older` articles saying "market", then three newer ones that do not.
async fn notebook(older: usize) -> (tempfile::TempDir, Notebook) {
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    let mut write = |name: String, html: String| {
        let path = dir.path().join(name);
        std::fs::write(&path, html).unwrap();
        files.push(path);
    };
    for i in 0..older {
        write(
            format!("market-{i:03}.html"),
            page(
                &format!("Harbour report {i}"),
                &format!(
                    "Report {i}: the market for container shipping moved as traders in \
                     Rotterdam weighed freight rates, fuel costs and port congestion."
                ),
            ),
        );
    }
    for i in 0..3 {
        write(
            format!("with-lamp-{i}.html"),
            page(
                &format!("Lighthouse log {i}"),
                &format!(
                    "Log {i}: the keeper of the lighthouse on the northern cape trimmed the \
                     wick, wound the clockwork and wrote down the wind before dawn."
                ),
            ),
        );
    }
    let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
    // One file at a time, so that the lighthouse logs get the highest ids.
    for file in &files {
        let report = nb
            .import_files(
                std::slice::from_ref(file),
                &[],
                Some("2026-01-05T10:00:00Z"),
                |_| {},
            )
            .await
            .unwrap();
        assert!(report.failed.is_empty(), "{file:?}: {:?}", report.failed);
    }
    (dir, nb)
}

#[tokio::test]
async fn a_word_common_overall_but_absent_from_the_newest_articles_is_ranked() {
    let (_dir, nb) = notebook(20).await;
    let mut conn = nb.pool().acquire().await.unwrap();
    let market = query::sql::plan(&query::parse("market").unwrap());
    let whole = Common {
        matches: 1,
        ..fts::COMMON
    };
    let newest_three = Common {
        matches: 1,
        sample: 3,
    };
    let newest_ten = Common {
        matches: 1,
        sample: 10,
    };
    assert_eq!(
        fts::choose_at(&mut conn, &market, whole).await.unwrap(),
        Strategy::Newest,
        "in 20 of 23 articles, and the sample covers them all"
    );
    assert_eq!(
        fts::choose_at(&mut conn, &market, newest_three)
            .await
            .unwrap(),
        Strategy::MatchesFirst,
        "in none of the three newest: not counted, ranked"
    );
    assert_eq!(
        fts::choose_at(&mut conn, &market, newest_ten)
            .await
            .unwrap(),
        Strategy::Newest,
        "in 7 of the 10 newest: counted, and it is in most articles"
    );
    let lighthouse = query::sql::plan(&query::parse("lighthouse").unwrap());
    assert_eq!(
        fts::choose_at(&mut conn, &lighthouse, newest_three)
            .await
            .unwrap(),
        Strategy::MatchesFirst,
        "in all three newest, but in 3 of 23 articles: counted, not common"
    );

    let ids = |hits: &[fts::FtsHit]| hits.iter().map(|h| h.summary.id).collect::<Vec<_>>();
    for (common, strategy) in [
        (whole, Strategy::Newest),
        (newest_three, Strategy::MatchesFirst),
    ] {
        let got = fts::search_at(&mut conn, &market, 5, common).await.unwrap();
        let want = fts::search_with(&mut conn, &market, 5, Some(strategy))
            .await
            .unwrap();
        assert_eq!(got.len(), 5, "a full page of market");
        assert_eq!(ids(&got), ids(&want), "{common:?} searches as {strategy:?}");
    }
}

/// A word of another script counts as the index counts it: Cyrillic й keeps its breve in
/// the index, and so in the planner's word (which once lost it and read no articles).
#[tokio::test]
async fn a_common_word_of_another_script_is_common_too() {
    let dir = tempfile::tempdir().unwrap();
    let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
    for i in 0..6 {
        let text = format!(
            "Новость номер {i} про Майкрософт\n\nМайкрософт снова вложит деньги в центры \
             данных, сообщила компания, номер {i}."
        );
        nb.clip(
            clipline::model::ClipSource::Text { text, url: None },
            &[],
            None,
        )
        .await
        .unwrap();
    }
    let plan = query::sql::plan(&query::parse("Майкрософт").unwrap());
    assert_eq!(plan.required_words, ["майкрософт"]);
    let every = Common {
        matches: 1,
        sample: 512,
    };
    let mut conn = nb.pool().acquire().await.unwrap();
    assert_eq!(
        fts::choose_at(&mut conn, &plan, every).await.unwrap(),
        Strategy::Newest
    );
    assert_eq!(nb.search("майкрософт", 10).await.unwrap().len(), 6);
}
