//! Store tests on real SQLite: every test gets its own migrated database (`#[sqlx::test]`).
//! They pin what the triggers, constraints and queries promise.

use clipline::model::{LaneBy, Via};
use clipline::notebook::Notebook;
use clipline::store::articles::{self, NewArticle};
use clipline::store::events::{self, EventFilter};
use clipline::store::{fts, notes, tags};
use sqlx::SqlitePool;

fn article(title: &str, text: &str, canonical: Option<&str>) -> NewArticle {
    NewArticle {
        url: canonical.map(str::to_owned),
        canonical_url: canonical.map(str::to_owned),
        title: title.into(),
        byline: Some("Ada Reporter".into()),
        source: Some("Coast Wire".into()),
        source_domain: Some("coastwire.example".into()),
        lang: Some("en".into()),
        published_at: Some("2025-04-02T08:00:00Z".into()),
        clipped_at: "2025-04-03T10:00:00Z".into(),
        via: Via::Html,
        content_html: format!("<p>{text}</p>"),
        content_text: text.into(),
        word_count: text.split_whitespace().count() as i64,
        excerpt: None,
        lead_image: None,
        dek: None,
        content_hash: format!("hash-of-{title}"),
        minhash: None,
    }
}

async fn insert(pool: &SqlitePool, a: &NewArticle) -> i64 {
    let source = articles::upsert_source(pool, a.source.as_deref().unwrap(), None)
        .await
        .unwrap();
    let mut tx = pool.begin().await.unwrap();
    let id = articles::insert(&mut tx, a, Some(source), None)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    id
}

async fn matches(pool: &SqlitePool, words: &str) -> Vec<i64> {
    let plan = clipline::query::sql::plan(&clipline::query::parse(words).unwrap());
    let mut conn = pool.acquire().await.unwrap();
    fts::search(&mut conn, &plan, 10)
        .await
        .unwrap()
        .into_iter()
        .map(|h| h.summary.id)
        .collect()
}

#[sqlx::test(migrator = "clipline::store::MIGRATOR")]
async fn the_full_text_index_follows_inserts_notes_edits_and_deletes(pool: SqlitePool) {
    let id = insert(
        &pool,
        &article("Tidal pilot starts", "Turbines feed the grid.", None),
    )
    .await;
    assert_eq!(matches(&pool, "turbines").await, vec![id]);
    assert!(matches(&pool, "lagoon").await.is_empty());

    let note = notes::insert(
        &mut pool.acquire().await.unwrap(),
        Some(id),
        "Ask about the lagoon study",
        "2025-04-04T00:00:00Z",
    )
    .await
    .unwrap();
    assert_eq!(
        matches(&pool, "lagoon").await,
        vec![id],
        "a note makes its article findable"
    );
    notes::delete(&mut pool.acquire().await.unwrap(), note.id)
        .await
        .unwrap();
    assert!(
        matches(&pool, "lagoon").await.is_empty(),
        "a deleted note no longer matches"
    );

    sqlx::query("UPDATE articles SET title = 'Wave farm opens' WHERE id = ?1")
        .bind(id)
        .execute(&pool)
        .await
        .unwrap();
    assert!(
        matches(&pool, "tidal").await.is_empty(),
        "the old title is gone from the index"
    );
    assert_eq!(matches(&pool, "wave").await, vec![id]);

    sqlx::query("DELETE FROM articles WHERE id = ?1")
        .bind(id)
        .execute(&pool)
        .await
        .unwrap();
    assert!(matches(&pool, "turbines").await.is_empty());
    // FTS5's own check that the index agrees with the articles table.
    sqlx::query("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
        .execute(&pool)
        .await
        .expect("the full-text index matches its content table");
}

#[sqlx::test(migrator = "clipline::store::MIGRATOR")]
async fn merging_the_index_after_many_writes_leaves_one_segment_and_the_same_matches(
    pool: SqlitePool,
) {
    // Each insert commits on its own, so each leaves a segment of its own.
    let mut ids = Vec::new();
    for i in 0..20 {
        let body = format!("Turbine {i} feeds the grid near the harbour.");
        ids.push(insert(&pool, &article(&format!("Wave farm {i}"), &body, None)).await);
    }
    let segments = |pool: SqlitePool| async move {
        sqlx::query_scalar::<_, i64>("SELECT count(*) FROM articles_fts_idx")
            .fetch_one(&pool)
            .await
            .unwrap()
    };
    let before = segments(pool.clone()).await;
    let found = matches(&pool, "harbour").await;
    fts::optimize(&pool).await.unwrap();
    let after = segments(pool.clone()).await;
    assert!(after < before, "{before} index rows -> {after}");
    let mut again = matches(&pool, "harbour").await;
    let mut found = found;
    again.sort();
    found.sort();
    assert_eq!(again, found, "the same articles match");
    assert_eq!(found.len(), 10, "limited to ten, from the twenty");
    sqlx::query("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
        .execute(&pool)
        .await
        .expect("the merged index matches its content table");
}

#[sqlx::test(migrator = "clipline::store::MIGRATOR")]
async fn a_restored_note_takes_back_its_place_its_dates_and_its_words_in_search(pool: SqlitePool) {
    let id = insert(&pool, &article("Harbour dredging", "Silt is moved.", None)).await;
    let first = notes::insert(
        &mut pool.acquire().await.unwrap(),
        Some(id),
        "Call the port authority",
        "2025-04-04T00:00:00Z",
    )
    .await
    .unwrap();
    let second = notes::insert(
        &mut pool.acquire().await.unwrap(),
        Some(id),
        "Ask about the estuary",
        "2025-04-05T00:00:00Z",
    )
    .await
    .unwrap();
    let gone = notes::delete(&mut pool.acquire().await.unwrap(), first.id)
        .await
        .unwrap()
        .unwrap();
    assert!(matches(&pool, "authority").await.is_empty());

    let back = notes::restore(&mut pool.acquire().await.unwrap(), &gone)
        .await
        .unwrap();
    assert_eq!(back, first, "same id, words and dates");
    let listed = notes::for_article(&pool, id).await.unwrap();
    assert_eq!(
        listed,
        vec![first.clone(), second.clone()],
        "first again, not last"
    );
    assert_eq!(
        matches(&pool, "authority").await,
        vec![id],
        "findable again"
    );

    // A note written after the delete gets a new number (SQLite alone would reuse the
    // highest: `store::ids`), so the restored note takes back its own, with its dates.
    let gone = notes::delete(&mut pool.acquire().await.unwrap(), second.id)
        .await
        .unwrap()
        .unwrap();
    let newer = notes::insert(
        &mut pool.acquire().await.unwrap(),
        Some(id),
        "Tide tables",
        "2025-04-06T00:00:00Z",
    )
    .await
    .unwrap();
    assert!(
        newer.id > second.id,
        "the deleted note's number is not given again"
    );
    let back = notes::restore(&mut pool.acquire().await.unwrap(), &gone)
        .await
        .unwrap();
    assert_eq!(
        back.id, second.id,
        "the restored note has its own number again"
    );
    assert_eq!(
        (back.body.as_str(), back.created_at.as_str()),
        ("Ask about the estuary", "2025-04-05T00:00:00Z")
    );
    let order: Vec<String> = notes::for_article(&pool, id)
        .await
        .unwrap()
        .into_iter()
        .map(|n| n.body)
        .collect();
    assert_eq!(
        order,
        [
            "Call the port authority",
            "Ask about the estuary",
            "Tide tables"
        ]
    );
}

#[sqlx::test(migrator = "clipline::store::MIGRATOR")]
async fn a_word_no_article_holds_is_offered_the_indexed_words_a_slip_away(pool: SqlitePool) {
    insert(
        &pool,
        &article("Capex rises", "Meta raised its capex guidance again.", None),
    )
    .await;
    insert(
        &pool,
        &article(
            "Caps and capex",
            "Caps were sold; capex rose. Café owners cheered.",
            Some("https://a.example/2"),
        ),
    )
    .await;
    let unknown = clipline::search::names::unknown_names(
        &pool,
        "capx guidence -capez cafe \"capex fell\" Meta gudance*",
    )
    .await
    .unwrap();
    let shown: Vec<(&str, &str, Vec<&str>)> = unknown
        .iter()
        .map(|u| {
            let s = u.suggestions.iter().map(String::as_str).collect();
            (u.field.as_str(), u.value.as_str(), s)
        })
        .collect();
    assert_eq!(
        shown,
        vec![
            // "capex" is in both articles, "caps" in one: the more widely used first.
            ("word", "capx", vec!["capex", "caps"]),
            ("word", "guidence", vec!["guidance"]),
        ],
        "known words (meta, café folded to cafe), negated words, phrases and prefixes are \
         not reported"
    );
}

#[sqlx::test(migrator = "clipline::store::MIGRATOR")]
async fn canonical_urls_are_unique_and_find_the_existing_article(pool: SqlitePool) {
    let url = "https://coastwire.example/tidal";
    let id = insert(
        &pool,
        &article("Tidal pilot starts", "Turbines.", Some(url)),
    )
    .await;
    assert_eq!(
        articles::find_existing(&pool, Some(url), "other")
            .await
            .unwrap(),
        Some((id, true))
    );
    assert_eq!(
        articles::find_existing(&pool, None, "hash-of-Tidal pilot starts")
            .await
            .unwrap(),
        Some((id, false)),
        "the same text is the same article (found by its text)"
    );
    let twin = article("Another title", "Other text.", Some(url));
    let source = articles::upsert_source(&pool, "Coast Wire", None)
        .await
        .unwrap();
    assert!(
        articles::insert(
            &mut pool.acquire().await.unwrap(),
            &twin,
            Some(source),
            None
        )
        .await
        .is_err(),
        "the schema refuses a twin URL"
    );
}

#[sqlx::test(migrator = "clipline::store::MIGRATOR")]
async fn tags_are_one_per_name_whatever_the_case(pool: SqlitePool) {
    let id = insert(&pool, &article("Tidal pilot starts", "Turbines.", None)).await;
    let mut db = pool.acquire().await.unwrap();
    let a = tags::upsert(&mut db, "Energy").await.unwrap();
    let b = tags::upsert(&mut db, "energy").await.unwrap();
    assert_eq!(a, b);
    tags::attach(&pool, id, a).await.unwrap();
    tags::attach(&pool, id, b).await.unwrap();
    // Beyond ASCII too, which SQLite's NOCASE leaves alone.
    let c = tags::upsert(&mut db, "Økonomi").await.unwrap();
    assert_ne!(a, c);
    assert_eq!(tags::upsert(&mut db, "økonomi").await.unwrap(), c);
    assert_eq!(tags::upsert(&mut db, "ØKONOMI").await.unwrap(), c);
    tags::attach(&pool, id, c).await.unwrap();
    let all = tags::list(&pool).await.unwrap();
    assert_eq!(all.len(), 2);
    assert_eq!((all[0].name.as_str(), all[0].count), ("Energy", 1));
    assert_eq!((all[1].name.as_str(), all[1].count), ("Økonomi", 1));
    assert!(tags::detach(&pool, id, "ENERGY").await.unwrap());
    assert!(tags::detach(&pool, id, "økonomi").await.unwrap());
    // A notebook from before holds two spellings: the one written exactly is taken.
    let lower: i64 = sqlx::query_scalar("INSERT INTO tags (name) VALUES ('økonomi') RETURNING id")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(tags::upsert(&mut db, "økonomi").await.unwrap(), lower);
    assert_eq!(tags::upsert(&mut db, "Økonomi").await.unwrap(), c);
    // Never another word: "Maße" is not the tag "Masse".
    let masse = tags::upsert(&mut db, "Masse").await.unwrap();
    assert_ne!(tags::upsert(&mut db, "Maße").await.unwrap(), masse);
}

#[sqlx::test(migrator = "clipline::store::MIGRATOR")]
async fn timeline_lanes_follow_tags_and_keep_untagged_articles(pool: SqlitePool) {
    let a = insert(&pool, &article("Tidal pilot starts", "Turbines.", None)).await;
    let b = insert(&pool, &article("Port dredging", "Barges.", None)).await;
    events::insert_published(&pool, a, "2025-04-02", "Tidal pilot starts")
        .await
        .unwrap();
    events::insert_published(&pool, b, "2024-09-02", "Port dredging")
        .await
        .unwrap();
    for name in ["energy", "coast"] {
        let t = tags::upsert(&mut pool.acquire().await.unwrap(), name)
            .await
            .unwrap();
        tags::attach(&pool, a, t).await.unwrap();
    }
    let rows = events::timeline(
        &pool,
        &EventFilter {
            by: LaneBy::Tag,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let mut lanes: Vec<(String, i64)> = rows
        .iter()
        .map(|r| (r.lane.clone(), r.article_id))
        .collect();
    lanes.sort();
    assert_eq!(
        lanes,
        vec![
            ("Untagged".into(), b),
            ("coast".into(), a),
            ("energy".into(), a)
        ],
        "an article sits in every lane of its tags; untagged ones keep a lane"
    );
    let dated = events::timeline(
        &pool,
        &EventFilter {
            from: Some("2025-01-01"),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(dated.len(), 1);
    assert_eq!(dated[0].date_start, "2025-04-02");
}

/// The page size of the notebook's file.
async fn page_size(nb: &Notebook) -> i64 {
    sqlx::query_scalar("PRAGMA page_size")
        .fetch_one(nb.pool())
        .await
        .unwrap()
}

#[tokio::test]
async fn a_new_notebook_has_pages_of_8_kib_and_an_old_one_keeps_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let fresh = dir.path().join("new.db");
    let nb = Notebook::open(&fresh).await.unwrap();
    assert_eq!(page_size(&nb).await, 8192);
    nb.close().await;

    // A notebook file made with SQLite's default pages (a release before this one) opens,
    // migrates and stays as it was: the page size of a file in WAL mode cannot change.
    let old = dir.path().join("old.db");
    {
        let pool = SqlitePool::connect(&format!("sqlite://{}?mode=rwc", old.display()))
            .await
            .unwrap();
        sqlx::query("PRAGMA page_size = 4096")
            .execute(&pool)
            .await
            .unwrap();
        clipline::store::MIGRATOR.run(&pool).await.unwrap();
        pool.close().await;
    }
    let nb = Notebook::open(&old).await.expect("an old notebook opens");
    assert_eq!(page_size(&nb).await, 4096);
    nb.close().await;
    let nb = Notebook::open(&old).await.expect("and opens again");
    assert_eq!(page_size(&nb).await, 4096);
    nb.close().await;
}

#[tokio::test]
async fn a_notebook_is_copied_before_a_pending_migration_runs() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    // A notebook from "before" this schema: sqlx's history table with nothing applied yet,
    // and some data of the user's that must survive.
    {
        let pool = SqlitePool::connect(&format!("sqlite://{}?mode=rwc", path.display()))
            .await
            .unwrap();
        sqlx::query(
            "CREATE TABLE _sqlx_migrations (version BIGINT PRIMARY KEY, description TEXT NOT NULL,
             installed_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, success BOOLEAN NOT NULL,
             checksum BLOB NOT NULL, execution_time BIGINT NOT NULL)",
        )
        .execute(&pool)
        .await
        .unwrap();
        sqlx::query("CREATE TABLE keepsake (note TEXT)")
            .execute(&pool)
            .await
            .unwrap();
        sqlx::query("INSERT INTO keepsake VALUES ('years of work')")
            .execute(&pool)
            .await
            .unwrap();
        pool.close().await;
    }
    let nb = Notebook::open(&path).await.expect("the upgrade runs");
    nb.close().await;
    let backups: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains(".before-"))
        .collect();
    assert_eq!(backups.len(), 1, "one copy was made before migrating");
    let copy = SqlitePool::connect(&format!("sqlite://{}", backups[0].path().display()))
        .await
        .unwrap();
    let kept: String = sqlx::query_scalar("SELECT note FROM keepsake")
        .fetch_one(&copy)
        .await
        .unwrap();
    assert_eq!(kept, "years of work");

    // Opening again finds nothing pending and makes no further copy.
    Notebook::open(&path).await.unwrap().close().await;
    let count = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains(".before-"))
        .count();
    assert_eq!(count, 1);
}

#[sqlx::test(migrator = "clipline::store::MIGRATOR")]
async fn every_table_of_the_schema_travels_in_a_notebook_export(pool: SqlitePool) {
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
         AND name NOT LIKE 'articles_fts%'",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    for table in tables {
        assert!(
            clipline::store::dump::TABLES.contains(&table.as_str())
                || clipline::store::dump::NOT_DUMPED.contains(&table.as_str()),
            "table {table} is neither exported nor listed as left out: add it to store::dump::TABLES"
        );
    }
}
