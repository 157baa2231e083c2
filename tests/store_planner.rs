//! Scale behaviour on small notebooks (issue 6): the search planner picks the side that
//! avoids a scan and both sides give the same hits; filters and pages read indexes; library
//! pages by key walk every article once; a theme lane's index follows its members through
//! every change; a bulk import skips what it stored before and reports a bad file while
//! the rest go on.

use clipline::eval::generate::{Material, page};
use clipline::model::LibrarySort;
use clipline::notebook::{ImportEvent, Notebook};
use clipline::query::{self, sql::DAY};
use clipline::search::snippet;
use clipline::store::articles::LibraryAsk;
use clipline::store::fts::{self, Common, Strategy};

/// Text written for these tests: every paragraph says "market"; only the first report's
/// own paragraphs say "lighthouse".
fn material() -> Material {
    let paragraph = |i: usize, extra: &str| {
        format!(
            "Paragraph {i}: the market for container shipping moved as traders in Rotterdam \
             weighed freight rates, fuel costs and port congestion.{extra}"
        )
    };
    let paragraphs: Vec<String> = (0..40).map(|i| paragraph(i, "")).collect();
    let articles = (0..12)
        .map(|i| {
            let extra = if i == 0 {
                " The lighthouse keeper agreed."
            } else {
                ""
            };
            (
                format!("Shipping report number {i} on freight and port traffic"),
                Some("Dana Whitfield".to_string()),
                (0..3).map(|k| paragraph(100 + i * 3 + k, extra)).collect(),
            )
        })
        .collect();
    Material {
        articles,
        paragraphs,
        outlets: vec![
            ("Harbour Gazette".into(), "harbour-gazette.example".into()),
            ("Freight Daily".into(), "freight-daily.example".into()),
        ],
    }
}

/// A notebook of `n` generated articles (through the real import) plus two undated ones.
async fn notebook(n: usize) -> (tempfile::TempDir, Notebook) {
    let dir = tempfile::tempdir().unwrap();
    let m = material();
    let mut files = Vec::new();
    for i in 0..n {
        let p = page(&m, 5, i);
        let path = dir.path().join(&p.name);
        std::fs::write(&path, p.html).unwrap();
        files.push(path);
    }
    for i in 0..2 {
        let path = dir.path().join(format!("undated-{i}.html"));
        std::fs::write(
            &path,
            format!(
                "<html><head><title>Undated note {i} on the market</title></head><body><article>\
                 <h1>Undated note {i} on the market</h1><p>A note {i} without any date about the \
                 market for shipping containers, written for this test and long enough to be \
                 kept by the extractor as the body of an article about freight.</p></article></body></html>"
            ),
        )
        .unwrap();
        files.push(path);
    }
    let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
    let report = nb
        .import_files(&files, &[], Some("2026-01-05T10:00:00Z"), |_| {})
        .await
        .unwrap();
    assert!(
        report.failed.is_empty(),
        "every generated page imports: {:?}",
        report.failed
    );
    (dir, nb)
}

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
    nb.reanalyze(|_, _| {}).await.unwrap();
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
