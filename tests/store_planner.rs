//! Scale behaviour on small notebooks (issue 6): the search planner picks the side that
//! avoids a scan and both sides give the same hits; filters and pages read indexes; library
//! pages by key walk every article once. Theme lanes and bulk import: `store_lanes_import`.

mod common;

use clipline::model::LibrarySort;
use clipline::notebook::Notebook;
use clipline::query::{self, sql::DAY};
use clipline::search::snippet;
use clipline::store::articles::LibraryAsk;
use clipline::store::fts::{self, Common, Strategy};
use common::notebook;

async fn plan_of(nb: &Notebook, sql: &str) -> String {
    let rows: Vec<(i64, i64, i64, String)> =
        sqlx::query_as(sqlx::AssertSqlSafe(format!("EXPLAIN QUERY PLAN {sql}")))
            .fetch_all(nb.pool())
            .await
            .unwrap();
    rows.into_iter().map(|r| r.3).collect::<Vec<_>>().join("\n")
}

/// Every article of the library (narrowed by `query`), read in pages of `limit` by key.
async fn walk(nb: &Notebook, sort: LibrarySort, limit: u32, query: Option<&str>) -> Vec<i64> {
    let mut walked = Vec::new();
    let mut after = None;
    loop {
        let page = nb
            .list(&LibraryAsk {
                sort,
                after,
                limit,
                query,
                ..LibraryAsk::default()
            })
            .await
            .unwrap();
        let Some(last) = page.last() else {
            return walked;
        };
        after = Some(last.id);
        walked.extend(page.into_iter().map(|a| a.id));
    }
}

#[tokio::test]
async fn library_pages_by_key_walk_every_article_once_in_order() {
    let (_dir, nb) = notebook(40).await;
    for sort in [LibrarySort::Clipped, LibrarySort::Published] {
        let all = nb
            .list(&LibraryAsk {
                sort,
                limit: 1000,
                ..LibraryAsk::default()
            })
            .await
            .unwrap();
        assert_eq!(all.len(), 42, "40 generated pages and 2 undated notes");
        let walked = walk(&nb, sort, 7, None).await;
        let ids: Vec<i64> = all.iter().map(|a| a.id).collect();
        assert_eq!(
            walked, ids,
            "pages of 7 by key give the one long page, in order ({sort:?})"
        );
    }
    let by_published = nb
        .list(&LibraryAsk {
            sort: LibrarySort::Published,
            limit: 1000,
            ..LibraryAsk::default()
        })
        .await
        .unwrap();
    assert!(
        by_published
            .windows(2)
            .all(|w| match (&w[0].published_at, &w[1].published_at) {
                (Some(a), Some(b)) => a >= b,
                (_, None) => true,
                (None, Some(_)) => false,
            }),
        "newest publication first, undated articles last"
    );
    let gone = nb
        .list(&LibraryAsk {
            after: Some(999_999),
            limit: 10,
            ..LibraryAsk::default()
        })
        .await
        .unwrap();
    assert!(gone.is_empty(), "a page after an unknown article is empty");

    // A query narrows the pages: the same articles the search finds, in library order.
    for query in [
        "lighthouse OR undated",
        "market source:\"Freight Daily\"",
        "after:2021-01-01",
    ] {
        let found: std::collections::BTreeSet<i64> = nb
            .search(query, 500)
            .await
            .unwrap()
            .into_iter()
            .map(|h| h.article.id)
            .collect();
        let walked = walk(&nb, LibrarySort::Published, 3, Some(query)).await;
        assert!(!walked.is_empty(), "{query} matches articles");
        assert_eq!(
            walked
                .iter()
                .copied()
                .collect::<std::collections::BTreeSet<_>>(),
            found,
            "{query}: the pages hold exactly what the search finds"
        );
        let order: Vec<i64> = by_published
            .iter()
            .map(|a| a.id)
            .filter(|id| found.contains(id))
            .collect();
        assert_eq!(walked, order, "{query}: in library order, each once");
    }
    assert!(
        nb.list(&LibraryAsk {
            limit: 3,
            query: Some("tag:("),
            ..LibraryAsk::default()
        })
        .await
        .is_err(),
        "a query that does not parse is refused"
    );
}

#[tokio::test]
async fn the_planner_looks_candidates_up_only_for_a_small_filter_and_a_common_word() {
    let (_dir, nb) = notebook(60).await;
    let first = nb
        .list(&LibraryAsk {
            limit: 1,
            ..LibraryAsk::default()
        })
        .await
        .unwrap()[0]
        .id;
    nb.tag_add(first, "rare").await.unwrap();
    let mut conn = nb.pool().acquire().await.unwrap();

    let small = query::sql::plan(&query::parse("market tag:rare").unwrap());
    assert_eq!(
        fts::choose(&mut conn, &small).await.unwrap(),
        Strategy::CandidatesFirst,
        "one tagged article against a word in every article: look the one up"
    );
    let broad = query::sql::plan(&query::parse("market after:2000-01-01").unwrap());
    assert_eq!(
        fts::choose(&mut conn, &broad).await.unwrap(),
        Strategy::FilterSet,
        "a filter holding every article, on an indexed field: read it as a set once"
    );
    let rare_word = query::sql::plan(&query::parse("lighthouse tag:rare").unwrap());
    assert_eq!(
        fts::choose(&mut conn, &rare_word).await.unwrap(),
        Strategy::FilterSet,
        "a word in few articles: its matches are the cheaper side"
    );
    let on_the_row = query::sql::plan(&query::parse("market is:unread").unwrap());
    assert_eq!(
        fts::choose(&mut conn, &on_the_row).await.unwrap(),
        Strategy::MatchesFirst,
        "read state lives on the row: check each match's row"
    );

    for q in [
        "market tag:rare",
        "market after:2019-01-01 before:2023-01-01",
        "lighthouse source:\"Freight Daily\"",
        "\"container shipping\" is:unread",
        "market (tag:rare OR source:\"Freight Daily\")",
        "market tag:rare after:2000-01-01 before:2100-01-01",
    ] {
        let plan = query::sql::plan(&query::parse(q).unwrap());
        let a = fts::search_with(&mut conn, &plan, 100, Some(Strategy::MatchesFirst))
            .await
            .unwrap();
        let b = fts::search_with(&mut conn, &plan, 100, Some(Strategy::CandidatesFirst))
            .await
            .unwrap();
        let c = fts::search_with(&mut conn, &plan, 100, Some(Strategy::FilterSet))
            .await
            .unwrap();
        let ids = |hits: &[fts::FtsHit]| hits.iter().map(|h| h.summary.id).collect::<Vec<_>>();
        assert!(!a.is_empty(), "{q} finds something");
        assert_eq!(
            ids(&a),
            ids(&b),
            "every strategy finds the same articles in the same order for {q}"
        );
        assert_eq!(
            ids(&a),
            ids(&c),
            "every strategy finds the same articles in the same order for {q}"
        );
        let marks = snippet::marks_of(&query::parse(q).unwrap());
        assert!(
            a.iter()
                .all(|h| snippet::snippet(&h.texts(), &marks).is_some_and(|s| s.contains('\u{2}'))),
            "every hit of {q} has a marked snippet"
        );
    }
}

#[tokio::test]
async fn words_in_most_articles_list_the_newest_matches_instead_of_ranking_them_all() {
    let (_dir, nb) = notebook(40).await;
    let mut conn = nb.pool().acquire().await.unwrap();
    let everywhere = query::sql::plan(&query::parse("market").unwrap());
    let at_one = Common {
        matches: 1,
        ..fts::COMMON
    };
    assert_eq!(
        fts::choose_at(&mut conn, &everywhere, at_one)
            .await
            .unwrap(),
        Strategy::Newest,
        "a word in every article: bm25 gives it no weight"
    );
    assert_eq!(
        fts::choose(&mut conn, &everywhere).await.unwrap(),
        Strategy::MatchesFirst,
        "42 matches are far below COMMON.matches: ranking them costs little"
    );
    for (q, why) in [
        ("lighthouse", "a word in few articles"),
        ("market lighthouse", "one word is in few articles"),
        ("\"the market\"", "a phrase is weighed as a whole"),
        ("market*", "a prefix"),
        ("market -lighthouse", "a negation"),
        ("market tag:rare", "a filter is planned as such"),
    ] {
        let plan = query::sql::plan(&query::parse(q).unwrap());
        assert_ne!(
            fts::choose_at(&mut conn, &plan, at_one).await.unwrap(),
            Strategy::Newest,
            "{q}: {why}"
        );
    }

    let ids = |hits: &[fts::FtsHit]| hits.iter().map(|h| h.summary.id).collect::<Vec<_>>();
    let ranked = fts::search_with(&mut conn, &everywhere, 500, Some(Strategy::MatchesFirst))
        .await
        .unwrap();
    let newest = fts::search_with(&mut conn, &everywhere, 500, Some(Strategy::Newest))
        .await
        .unwrap();
    assert_eq!(newest.len(), 42, "every article says market");
    let mut want = ids(&ranked);
    want.sort();
    let mut got = ids(&newest);
    got.sort();
    assert_eq!(got, want, "the same matches, in another order");
    let key = |h: &fts::FtsHit| {
        let s = &h.summary;
        let day = s.published_at.as_deref().unwrap_or(&s.clipped_at);
        (day[..10].to_string(), s.id)
    };
    assert!(
        newest.windows(2).all(|w| key(&w[0]) >= key(&w[1])),
        "newest first: {:?}",
        newest.iter().map(key).collect::<Vec<_>>()
    );
    assert!(
        ranked
            .windows(2)
            .all(|w| (w[0].score, w[0].summary.id) < (w[1].score, w[1].summary.id)),
        "ranked best first, ties by id: {:?}",
        ranked
            .iter()
            .map(|h| (h.score, h.summary.id))
            .collect::<Vec<_>>()
    );
    let fields = query::sql::plan(&query::parse("before:2100-01-01").unwrap());
    let listed = fts::search_with(&mut conn, &fields, 500, None)
        .await
        .unwrap();
    assert!(
        listed.len() >= 42,
        "a query of fields lists every dated article"
    );
    assert!(
        listed.windows(2).all(|w| key(&w[0]) >= key(&w[1])),
        "fields only: newest first: {:?}",
        listed.iter().map(key).collect::<Vec<_>>()
    );
    let page = fts::search_with(&mut conn, &everywhere, 5, Some(Strategy::Newest))
        .await
        .unwrap();
    assert_eq!(ids(&page), ids(&newest[..5]), "a page is the newest five");
    // The one statement a search of plain words runs decides as `choose` does.
    for (q, common, forced) in [
        ("market", at_one, Strategy::Newest),
        ("market", fts::COMMON, Strategy::MatchesFirst),
        ("lighthouse", at_one, Strategy::MatchesFirst),
        ("market lighthouse", at_one, Strategy::MatchesFirst),
    ] {
        let plan = query::sql::plan(&query::parse(q).unwrap());
        for limit in [5, 500] {
            let got = fts::search_at(&mut conn, &plan, limit, common)
                .await
                .unwrap();
            let want = fts::search_with(&mut conn, &plan, limit, Some(forced))
                .await
                .unwrap();
            assert!(!want.is_empty(), "{q} matches");
            assert_eq!(ids(&got), ids(&want), "{q} at {common:?}: {forced:?}");
            let scores = |h: &[fts::FtsHit]| h.iter().map(|h| h.score).collect::<Vec<_>>();
            assert_eq!(scores(&got), scores(&want), "{q}: the same scores");
        }
    }
    drop(conn);
    let walk = plan_of(
        &nb,
        &format!(
            "SELECT a.id FROM articles a WHERE EXISTS (SELECT 1 FROM articles_fts f \
             WHERE f.rowid = a.id AND articles_fts MATCH 'market') \
             ORDER BY {DAY} DESC, a.id DESC LIMIT 5"
        ),
    )
    .await;
    assert!(
        walk.contains("articles_by_day") && !walk.contains("TEMP B-TREE"),
        "the walk reads the day index newest first and stops at the page's end:\n{walk}"
    );
}

#[tokio::test]
async fn every_hit_shows_the_query_marked_in_its_body_and_fields_only_show_the_excerpt() {
    let (_dir, nb) = notebook(30).await;
    for (q, marked) in [
        ("market", "market"),
        ("\"container shipping\"", "container shipping"),
        ("freight*", "freight"),
        ("LIGHTHOUSE", "lighthouse"),
        ("market source:\"Freight Daily\"", "market"),
    ] {
        let hits = nb.search(q, 20).await.unwrap();
        assert!(!hits.is_empty(), "{q} finds something");
        for hit in &hits {
            let want = format!("<mark>{marked}</mark>");
            assert!(
                hit.snippet.to_lowercase().contains(&want),
                "{q}: {want} in the snippet of {}: {}",
                hit.article.id,
                hit.snippet
            );
            assert!(
                !hit.snippet.contains(&hit.article.title),
                "{q}: the snippet is the body's, not the title shown above it"
            );
        }
    }
    let newest = nb.search("source:\"Freight Daily\"", 5).await.unwrap();
    assert!(!newest.is_empty());
    for hit in &newest {
        assert!(!hit.snippet.contains("<mark>"), "no words, nothing marked");
        assert!(!hit.snippet.is_empty(), "the excerpt or the body's start");
    }
}

#[tokio::test]
async fn filters_lanes_and_pages_read_indexes_instead_of_scanning() {
    let (_dir, nb) = notebook(10).await;
    let by_day = plan_of(
        &nb,
        &format!(
            "SELECT a.id FROM articles a WHERE {DAY} >= '2020-01-01' AND {DAY} < '2021-01-01'"
        ),
    )
    .await;
    assert!(
        by_day.contains("articles_by_day"),
        "after:/before: read the day index:\n{by_day}"
    );
    let fields_only = plan_of(
        &nb,
        &format!("SELECT a.id FROM articles a ORDER BY {DAY} DESC, a.id DESC LIMIT 50"),
    )
    .await;
    assert!(
        !fields_only.contains("TEMP B-TREE"),
        "newest-first needs no sort:\n{fields_only}"
    );
    let noted = plan_of(
        &nb,
        &format!(
            "SELECT a.id FROM articles a WHERE a.notes_text != '' ORDER BY {DAY} DESC, a.id DESC LIMIT 20"
        ),
    )
    .await;
    assert!(
        noted.contains("articles_noted_by_day") && !noted.contains("TEMP B-TREE"),
        "has:notes reads the noted articles only, newest first:\n{noted}"
    );
    // A library page's plan: `store::articles`'s own test, on the statement it runs.
    let lane = plan_of(&nb, "SELECT ee.event_id FROM event_entities ee WHERE ee.entity_id = 1 AND (ee.date_start, ee.event_id) > ('2020-01-01', 5) ORDER BY ee.date_start, ee.event_id LIMIT 51").await;
    assert!(
        lane.contains("COVERING INDEX event_entities_by_entity_date")
            && !lane.contains("TEMP B-TREE"),
        "a page of an entity lane is a range of its dated links, in order:\n{lane}"
    );
    let theme = plan_of(&nb, "SELECT x.event_id FROM event_themes x WHERE x.theme_id = 1 AND (x.date_start, x.event_id) > ('2020-01-01', 5) ORDER BY x.date_start, x.event_id LIMIT 51").await;
    assert!(
        theme.contains("PRIMARY KEY (theme_id=? AND") && !theme.contains("TEMP B-TREE"),
        "a page of a theme lane is a range of its events by date, in order:\n{theme}"
    );
    let leave = plan_of(&nb, "DELETE FROM event_themes WHERE theme_id = 1 AND event_id IN (SELECT id FROM events WHERE article_id = 3)").await;
    assert!(
        leave.contains("event_themes_by_event (event_id=? AND theme_id=?)"),
        "an article leaving a theme looks its events up, not the whole lane:\n{leave}"
    );
    let terms: i64 = sqlx::query_scalar("SELECT doc FROM articles_fts_terms WHERE term = 'market'")
        .fetch_one(nb.pool())
        .await
        .unwrap();
    assert_eq!(
        terms, 12,
        "the term table counts the articles holding a word"
    );
}
