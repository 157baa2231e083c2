//! Upgrading a notebook made by the first schema version loses nothing.
//!
//! The notebook is built with ONLY the first migration applied (as Clipline's first release
//! left it) and a row in every table, then opened through the normal open path, which
//! applies whatever migrations exist today. Every v1 column of every v1 row must survive
//! (a column a migration moved to another table is read from there, see `MOVED`),
//! search (FTS) must still find the article, and a pending migration must leave a
//! `VACUUM INTO` copy of the old file behind. A second test rehearses an upgrade by a
//! migration that does not exist yet, so the copy is checked even while there is one.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::Path;
use std::str::FromStr;

use clipline::notebook::Notebook;
use clipline::store::{self, MIGRATOR};
use sqlx::migrate::{Migration, MigrationType, Migrator};
use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};
use sqlx::{AssertSqlSafe, SqlitePool};

/// Rows for every v1 table, written against the frozen v1 schema.
const V1_ROWS: &str = r#"
INSERT INTO sources (id, name, domain) VALUES (1, 'The Lakeside Ledger', 'ledger.example');
INSERT INTO stories (id, title, first_article_id, created_at) VALUES (1, 'Chip plant', 1, '2025-03-18T10:00:00Z');
INSERT INTO captures (id, kind, url, content_type, bytes, captured_at)
  VALUES (1, 'url', 'https://ledger.example/chips', 'text/html', X'3C703E6869213C2F703E', '2025-03-18T10:00:00Z');
INSERT INTO articles (id, url, canonical_url, title, dek, byline, source_id, lang, published_at,
  published_precision, clipped_at, via, content_html, content_text, word_count, excerpt, lead_image,
  content_hash, minhash, capture_id, story_id, read_at)
  VALUES (1, 'https://ledger.example/chips', 'https://ledger.example/chips', 'Harbor commits to Ohio',
  'A dek from Łódź, 俄亥俄州的工厂', 'Ada Reporter', 1, 'en', '2025-03-18T09:00:00Z', 'day', '2025-03-18T10:00:00Z', 'url',
  '<p>Harbor Semiconductor will build a plant in Ohio.</p>',
  'Harbor Semiconductor will build a plant in Ohio.', 8, 'Harbor Semiconductor will', NULL,
  'hash1', X'00010203', 1, 1, NULL);
INSERT INTO article_bands (band, article_id) VALUES (42, 1);
INSERT INTO article_copies (id, article_id, url, canonical_url, title, source_id, capture_id, similarity, seen_at)
  VALUES (1, 1, 'https://wire.example/chips', 'https://wire.example/chips', 'Harbor (wire)', 1, 1, 0.97, '2025-03-18T11:00:00Z');
INSERT INTO notes (id, article_id, body, created_at, updated_at)
  VALUES (1, 1, 'Check the subsidy figure', '2025-03-18T12:00:00Z', '2025-03-18T12:00:00Z');
INSERT INTO notes (id, article_id, body, created_at, updated_at)
  VALUES (2, NULL, 'A free-standing note', '2025-03-18T12:00:00Z', '2025-03-18T12:00:00Z');
INSERT INTO highlights (id, article_id, exact, prefix, suffix, start, "end", color, note, orphaned, created_at)
  VALUES (1, 1, 'plant in Ohio', 'build a ', '.', 34, 47, 'yellow', 'key', 0, '2025-03-18T12:00:00Z');
INSERT INTO tags (id, name) VALUES (1, 'chips');
INSERT INTO article_tags (article_id, tag_id) VALUES (1, 1);
INSERT INTO entities (id, key, name, kind, parent_id, origin, rejected, merged_into, created_at)
  VALUES (1, 'user:harbor', 'Harbor Semiconductor', 'company', NULL, 'user', 0, NULL, '2025-03-18T12:00:00Z');
INSERT INTO entity_aliases (alias, entity_id, origin) VALUES ('Harbor', 1, 'user');
INSERT INTO mentions (article_id, entity_id, count, salience, first_offset) VALUES (1, 1, 1, 0.9, 0);
INSERT INTO themes (id, name, color, query, created_at) VALUES (1, 'Chips', '#3b6ea5', 'chip OR plant', '2025-03-18T12:00:00Z');
INSERT INTO article_themes (article_id, theme_id, score, manual) VALUES (1, 1, 0.8, 'confirmed');
INSERT INTO events (id, article_id, kind, date_start, date_end, precision, tense, sentence, span_start,
  span_end, amount_value, amount_value_max, amount_currency, amount_unit)
  VALUES (1, 1, 'dated_claim', '2025-03-01', '2025-03-31', 'month', 'expected',
  'Harbor Semiconductor will build a plant in Ohio.', 0, 5, 4.2e9, NULL, 'USD', NULL);
INSERT INTO event_entities (event_id, entity_id) VALUES (1, 1);
INSERT INTO settings (key, value) VALUES ('server_token', 'kept-token');
"#;

fn first_version() -> i64 {
    MIGRATOR
        .iter()
        .map(|m| m.version)
        .min()
        .expect("a migration")
}

async fn pool_of(path: &Path) -> SqlitePool {
    let options = SqliteConnectOptions::from_str("sqlite:")
        .expect("options")
        .filename(path)
        .create_if_missing(true);
    SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(options)
        .await
        .expect("open the file")
}

/// A notebook at `path` with only the first migration applied and a row in every table.
async fn make_v1_notebook(path: &Path) {
    let pool = pool_of(path).await;
    MIGRATOR
        .run_to(first_version(), &pool)
        .await
        .expect("the first migration applies");
    sqlx::raw_sql(AssertSqlSafe(V1_ROWS))
        .execute(&pool)
        .await
        .expect("v1 rows insert");
    pool.close().await;
}

/// Every v1 table (FTS shadow tables and sqlx's own excepted) -> its v1 columns.
async fn v1_columns(pool: &SqlitePool) -> BTreeMap<String, Vec<String>> {
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\'
           AND name NOT LIKE 'articles_fts%' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .fetch_all(pool)
    .await
    .expect("tables");
    let mut out = BTreeMap::new();
    for t in tables {
        let cols: Vec<String> = sqlx::query_scalar(AssertSqlSafe(format!(
            "SELECT name FROM pragma_table_info('{t}')"
        )))
        .fetch_all(pool)
        .await
        .expect("columns");
        out.insert(t, cols);
    }
    out
}

/// v1 columns a later migration moved to another table: (table, column, the SQL reading
/// it from its new home for the row of `table`).
const MOVED: &[(&str, &str, &str)] = &[(
    "articles",
    "content_html",
    "(SELECT html FROM article_html WHERE article_id = articles.id)",
)];

/// Each table's rows (the given columns, quoted, in a stable order) as one string. With
/// `moved`, the columns in [`MOVED`] are read from where they live now.
async fn dump(
    pool: &SqlitePool,
    columns: &BTreeMap<String, Vec<String>>,
    moved: bool,
) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (table, cols) in columns {
        let row = cols
            .iter()
            .map(|c| {
                let now = MOVED
                    .iter()
                    .find(|(t, col, _)| moved && t == table && col == c)
                    .map(|(_, _, sql)| (*sql).to_string());
                format!("quote({})", now.unwrap_or_else(|| format!("\"{c}\"")))
            })
            .collect::<Vec<_>>()
            .join(" || '|' || ");
        let sql = format!(
            "SELECT coalesce(group_concat(r, char(10)), '') FROM (SELECT {row} AS r FROM \"{table}\" ORDER BY 1)"
        );
        let text: String = sqlx::query_scalar(AssertSqlSafe(sql))
            .fetch_one(pool)
            .await
            .unwrap_or_else(|e| panic!("table {table} with its v1 columns must still read: {e}"));
        out.insert(table.clone(), text);
    }
    out
}

async fn v1_snapshot(path: &Path) -> (BTreeMap<String, Vec<String>>, BTreeMap<String, String>) {
    let pool = pool_of(path).await;
    let cols = v1_columns(&pool).await;
    let rows = dump(&pool, &cols, false).await;
    pool.close().await;
    for (table, text) in &rows {
        assert!(!text.is_empty(), "the v1 fixture must put a row in {table}");
    }
    (cols, rows)
}

#[tokio::test]
async fn a_first_version_notebook_opens_through_the_normal_path_without_loss() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("notebook.db");
    make_v1_notebook(&path).await;
    let (cols, before) = v1_snapshot(&path).await;

    let nb = Notebook::open(&path)
        .await
        .expect("the normal open upgrades a v1 notebook");
    let after = dump(nb.pool(), &cols, true).await;
    for (table, rows) in &before {
        assert_eq!(
            &after[table], rows,
            "every v1 row of {table} survives the upgrade"
        );
    }
    let article = nb
        .article(1)
        .await
        .expect("the article reads through the service");
    assert_eq!(article.summary.title, "Harbor commits to Ohio");
    let hits = nb
        .search("subsidy", 10)
        .await
        .expect("search runs after the upgrade");
    assert_eq!(
        hits.len(),
        1,
        "the note is still indexed for search after the upgrade"
    );
    assert_eq!(
        nb.search("lodz", 10).await.expect("search").len(),
        1,
        "the text written before the upgrade is indexed with its letters folded"
    );
    assert_eq!(
        nb.search("工厂", 10).await.expect("search").len(),
        1,
        "a Chinese word inside a sentence written before the upgrade is found (the first \
         open spaced its characters)"
    );
    let applied: i64 = sqlx::query_scalar("SELECT count(*) FROM _sqlx_migrations")
        .fetch_one(nb.pool())
        .await
        .expect("history");
    assert_eq!(
        applied as usize,
        MIGRATOR.iter().count(),
        "every migration is applied"
    );
    nb.close().await;

    // With a later migration pending, the v1 file must have been copied aside first.
    if let Some(second) = MIGRATOR
        .iter()
        .map(|m| m.version)
        .filter(|v| *v != first_version())
        .min()
    {
        let copy = dir.path().join(format!("notebook.db.before-{second}.bak"));
        assert!(copy.exists(), "the pre-migration copy {copy:?} is made");
        let pool = pool_of(&copy).await;
        assert_eq!(
            dump(&pool, &cols, false).await,
            before,
            "the copy holds the v1 notebook as it was"
        );
        pool.close().await;
    }
}

#[tokio::test]
async fn a_pending_migration_copies_the_notebook_aside_before_it_runs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("notebook.db");
    make_v1_notebook(&path).await;
    let (cols, before) = v1_snapshot(&path).await;
    Notebook::open(&path).await.expect("open").close().await; // today's schema

    let next = MIGRATOR
        .iter()
        .map(|m| m.version)
        .max()
        .expect("a migration")
        + 1;
    let mut migrations: Vec<Migration> = MIGRATOR.iter().cloned().collect();
    migrations.push(Migration::new(
        next,
        Cow::Borrowed("rehearse an upgrade"),
        MigrationType::Simple,
        sqlx::SqlStr::from_static(
            "ALTER TABLE notes ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;",
        ),
        false,
    ));
    let future = Migrator::with_migrations(migrations);
    let pool = store::open_with(&path, &future)
        .await
        .expect("the rehearsed upgrade applies");
    let after = dump(&pool, &cols, true).await;
    pool.close().await;
    assert_eq!(after, before, "nothing is lost by the rehearsed upgrade");

    let copy = dir.path().join(format!("notebook.db.before-{next}.bak"));
    assert!(
        copy.exists(),
        "open copies the file to {copy:?} before migrating"
    );
    let pool = pool_of(&copy).await;
    assert_eq!(
        dump(&pool, &cols, true).await,
        before,
        "the copy holds every row as it was"
    );
    let pinned: Option<String> =
        sqlx::query_scalar("SELECT name FROM pragma_table_info('notes') WHERE name = 'pinned'")
            .fetch_optional(&pool)
            .await
            .expect("columns");
    assert_eq!(pinned, None, "the copy is taken before the migration runs");
    pool.close().await;
}

#[tokio::test]
async fn the_cli_says_it_upgrades_a_notebook_before_it_does_and_after_a_restore() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("notebook.db");
    make_v1_notebook(&path).await;
    // `theme list` on a path where there is no notebook yet makes one (`list` refuses).
    let run = |path: &Path| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_clipline"))
            .args(["theme", "list", "--db", path.to_str().unwrap()])
            .output()
            .expect("the CLI runs");
        assert!(out.status.success());
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let said = run(&path);
    assert!(said.contains("Upgrading"), "{said}");
    assert!(
        said.contains(".before-"),
        "it names the copy it keeps: {said}"
    );
    assert!(!run(&path).contains("Upgrading"), "upgraded once");
    assert!(
        !run(&dir.path().join("new.db")).contains("Upgrading"),
        "a new notebook is made, not upgraded"
    );
    // `clipline restore` of a backup from an older Clipline upgrades what it restored, and
    // says so too.
    let backup = dir.path().join("old-backup.db");
    make_v1_notebook(&backup).await;
    let restored = std::process::Command::new(env!("CARGO_BIN_EXE_clipline"))
        .args(["restore", backup.to_str().unwrap(), "--yes", "--db"])
        .arg(dir.path().join("restored.db"))
        .output()
        .expect("the CLI runs");
    assert!(restored.status.success(), "{restored:?}");
    let said = String::from_utf8_lossy(&restored.stderr);
    assert!(said.contains("Upgrading"), "{said}");
    assert!(!run(&dir.path().join("restored.db")).contains("Upgrading"));
}

#[tokio::test]
async fn a_first_version_backup_restores_into_the_open_notebook() {
    // Settings → Restore with a backup made months ago, before later migrations: the
    // open notebook takes its rows at today's schema, and the backup stays as it was.
    let dir = tempfile::tempdir().expect("temp dir");
    let backups = dir.path().join("backups");
    std::fs::create_dir_all(&backups).expect("backups folder");
    let old = backups.join("notebook-20250318-120000.db");
    make_v1_notebook(&old).await;
    let (cols, before) = v1_snapshot(&old).await;

    let nb = Notebook::open(&dir.path().join("notebook.db"))
        .await
        .expect("a new notebook");
    sqlx::query(
        "INSERT INTO notes (body, created_at, updated_at) \
         VALUES ('Written after the backup', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
    )
    .execute(nb.pool())
    .await
    .expect("a note of today's notebook");
    sqlx::query(
        "INSERT OR REPLACE INTO settings (key, value) VALUES ('server_token', 'this-machine')",
    )
    .execute(nb.pool())
    .await
    .expect("this machine's token");

    let done = nb
        .restore_backup("notebook-20250318-120000.db", chrono::Local::now())
        .await
        .expect("a first-version backup restores");
    assert!(
        std::path::Path::new(&done.kept.path).is_file(),
        "today's notebook is kept aside"
    );

    let after = dump(nb.pool(), &cols, true).await;
    for (table, rows) in before.iter().filter(|(t, _)| *t != "settings") {
        assert_eq!(
            &after[table], rows,
            "the backup's rows of {table} come back"
        );
    }
    let token: String = sqlx::query_scalar("SELECT value FROM settings WHERE key = 'server_token'")
        .fetch_one(nb.pool())
        .await
        .expect("token");
    assert_eq!(token, "this-machine", "the machine's own token stays");
    assert_eq!(
        nb.search("subsidy", 10).await.expect("search").len(),
        1,
        "search finds the restored article by its note"
    );
    assert_eq!(
        nb.search("written after", 10).await.expect("search").len(),
        0,
        "the note written after the backup is gone from the notebook and its index"
    );
    nb.close().await;

    let pool = pool_of(&old).await;
    let versions: i64 = sqlx::query_scalar("SELECT count(*) FROM _sqlx_migrations")
        .fetch_one(&pool)
        .await
        .expect("history");
    assert_eq!(versions, 1, "the backup file itself is not upgraded");
    assert_eq!(dump(&pool, &cols, false).await, before, "nor changed");
    pool.close().await;
}

/// Several processes opening a notebook that does not exist yet (the app and the CLI started
/// together) each find it created and migrated once, none fails half-way.
#[tokio::test]
async fn a_new_notebook_opened_by_several_at_once_is_migrated_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.db");
    let opens = (0..4).map(|_| {
        let path = path.clone();
        tokio::spawn(async move { clipline::store::open(&path).await })
    });
    let opens: Vec<_> = opens.collect();
    for opened in opens {
        let opened = opened.await;
        let pool = opened.unwrap().expect("every opener gets the notebook");
        pool.close().await;
    }
    let pool = pool_of(&path).await;
    let applied: i64 = sqlx::query_scalar("SELECT count(*) FROM _sqlx_migrations")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(applied as usize, clipline::store::MIGRATOR.iter().count());
}

/// A notebook a newer Clipline has upgraded says so, instead of "could not be upgraded",
/// and is left as it is.
#[tokio::test]
async fn a_notebook_from_a_newer_clipline_is_named_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("n.db");
    clipline::store::open(&path).await.unwrap().close().await;
    let pool = pool_of(&path).await;
    sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
         VALUES (99991231000000, 'from the future', 1, x'00', 0)",
    )
    .execute(&pool)
    .await
    .unwrap();
    pool.close().await;
    let err = clipline::store::open(&path).await.unwrap_err().to_string();
    assert!(err.contains("newer Clipline"), "{err}");
    assert!(!err.contains("could not be upgraded"), "{err}");
    let backups = std::fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(
        backups, 3,
        "the notebook and its -wal/-shm, no copy made: {backups}"
    );
}
