//! SQLite through sqlx: opening a notebook file and the queries, one file per table group.
//!
//! `open` sets WAL, foreign keys and a busy timeout, copies the file with `VACUUM INTO`
//! before applying a pending migration, then migrates. Query functions take
//! `impl SqliteExecutor<'_>` so the caller (the notebook service) chooses between the pool
//! and a transaction; a multi-row change is always one transaction owned by the caller.

pub mod articles;
pub mod backup;
pub mod captures;
pub mod cjk;
pub mod copies;
pub mod dump;
pub mod entities;
pub mod events;
pub mod feeds;
pub mod fts;
pub mod highlights;
pub mod ids;
pub mod live_restore;
pub mod memos;
pub mod notes;
pub mod saved_searches;
pub mod settings;
pub mod stories;
pub mod tags;
pub mod themes;

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

use sqlx::migrate::Migrator;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{ConnectOptions, Connection, SqlitePool};

/// The notebook schema: `migrations/*.sql`, append-only.
pub static MIGRATOR: Migrator = sqlx::migrate!();

/// Why a notebook file could not be opened or used.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("The notebook {path} could not be opened: {reason}")]
    Open { path: String, reason: String },
    #[error(
        "The notebook is busy: another Clipline process is writing to it. Try again in a moment."
    )]
    Locked,
    #[error("The notebook file is not a Clipline notebook or is damaged: {0}")]
    Corrupt(String),
    #[error("The notebook could not be upgraded: {0}")]
    Migrate(String),
    #[error(
        "The notebook {0} was made by a newer Clipline: update Clipline to open it. It was left \
         as it is."
    )]
    Newer(String),
    #[error(
        "The notebook file {0} was deleted or replaced while Clipline had it open, so nothing \
         more is written to it: restart Clipline to open the file that is there now."
    )]
    Gone(String),
    #[error("The notebook could not be read or written: {0}")]
    Sql(String),
}

impl From<sqlx::Error> for StoreError {
    fn from(err: sqlx::Error) -> Self {
        classify(&err)
    }
}

/// Turn a sqlx error into a plain-language store error.
fn classify(err: &sqlx::Error) -> StoreError {
    let text = err.to_string();
    let lower = text.to_lowercase();
    if lower.contains("database is locked") || lower.contains("database is busy") {
        StoreError::Locked
    } else if lower.contains("file is not a database") || lower.contains("malformed") {
        StoreError::Corrupt(text)
    } else {
        StoreError::Sql(text)
    }
}

/// The default notebook: `<platform data dir>/clipline/notebook.db`
/// (`~/.local/share/clipline/notebook.db` on Linux).
pub fn default_path() -> PathBuf {
    directories::ProjectDirs::from("", "", "clipline")
        .map(|dirs| dirs.data_dir().join("notebook.db"))
        .unwrap_or_else(|| PathBuf::from("clipline-notebook.db"))
}

/// Open (creating if needed) the notebook at `path` and bring its schema up to date.
///
/// Before applying a migration to a notebook that already has data, the file is copied
/// to `<path>.before-<version>.bak` with `VACUUM INTO`, so an upgrade never loses a notebook.
/// Errs with a plain message when the file is unreadable, not a database, locked, or
/// migrated by a newer Clipline ([`StoreError::Newer`], leaving it as it is).
pub async fn open(path: &Path) -> Result<SqlitePool, StoreError> {
    open_telling(path, |_| {}).await
}

/// [`open`], calling `upgrading` with the path of the copy just before an upgrade starts
/// (under the lock that lets one opener migrate), for a face to say why the open takes
/// long: a copy and a rebuilt search index took 34 s at 100,000 articles.
pub async fn open_telling(
    path: &Path,
    upgrading: impl FnOnce(&Path),
) -> Result<SqlitePool, StoreError> {
    open_migrating(path, &MIGRATOR, upgrading).await
}

/// [`open`] with another schema history: for tests that rehearse an upgrade by a migration
/// that does not exist yet. Production code calls [`open`].
#[doc(hidden)]
pub async fn open_with(path: &Path, migrator: &Migrator) -> Result<SqlitePool, StoreError> {
    open_migrating(path, migrator, |_| {}).await
}

async fn open_migrating(
    path: &Path,
    migrator: &Migrator,
    upgrading: impl FnOnce(&Path),
) -> Result<SqlitePool, StoreError> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| StoreError::Open {
            path: path.display().to_string(),
            reason: e.to_string(),
        })?;
    }
    let options = SqliteConnectOptions::from_str("sqlite:")
        .map_err(|e| StoreError::Sql(e.to_string()))?
        .filename(path)
        .create_if_missing(true)
        // Pages of 8 KiB for a new notebook (an existing one keeps its own): an article's
        // text is a few KiB, so a search that reads its hits' bodies for their snippets
        // fetches half as many overflow pages. The same 100,000 articles vacuumed into
        // either size, five alternating runs: a rare word's search p95 0.28-0.34 ->
        // 0.23-0.31 ms, phrases and import (221 articles/s) unchanged (issue 6).
        .page_size(8192)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(10));
    // A new notebook is set up (page size, WAL) by one connection before the pool opens
    // more: the pool may open two at once (the one `connect_with` hands out and the one
    // `min_connections` keeps), and on a file still in rollback mode the second one's
    // read-then-write to switch it to WAL is a lock upgrade SQLite refuses at once
    // ("busy", its busy handler skipped to avoid a deadlock). Seen as "The notebook is
    // busy" from a brand-new notebook: 1 open in 300 under load, and a CI e2e server once.
    let open_error = |e: sqlx::Error| match classify(&e) {
        StoreError::Sql(reason) => StoreError::Open {
            path: path.display().to_string(),
            reason,
        },
        other => other,
    };
    // One opener at a time sets up, checks and migrates: two processes creating the same
    // new notebook (the app and the CLI started together) would both apply the first
    // migration, and two setting up its first connection at once both switch it to WAL,
    // where one is refused "locked" at once (seen under load, 1 run in 20).
    let _migrating = migration_lock(path).await?;
    if std::fs::metadata(path).map_or(true, |m| m.len() == 0) {
        let first = options.connect().await.map_err(open_error)?;
        first.close().await.map_err(open_error)?;
    }
    // No ping before each acquire: a SQLite connection is a file handle in this process
    // and does not drop; the ping is a round trip to sqlx's worker thread (about 35 µs,
    // as long as a whole rare-word search's ranking, measured at 100,000 articles).
    // One connection stays open while the notebook is: its lock on the `-shm` file is how
    // another process (a restore) sees the notebook in use, also after a long idle spell
    // (sqlx would close idle connections after ten minutes).
    let pool = SqlitePoolOptions::new()
        .max_connections(4)
        .min_connections(1)
        .idle_timeout(None)
        .max_lifetime(None)
        .test_before_acquire(false)
        .connect_with(options)
        .await
        .map_err(open_error)?;
    backup_before_migrating(&pool, path, migrator, upgrading).await?;
    migrator
        .run(&pool)
        .await
        .map_err(|e| StoreError::Migrate(e.to_string()))?;
    cjk::finish_upgrade(&pool).await?;
    Ok(pool)
}

/// An exclusive `flock` on the folder that holds the notebook, held while it is set up and
/// its schema checked and migrated, and given back when the returned handle is dropped
/// (`None`: the folder could not be locked, and the notebook opens unguarded, with a
/// warning in the log; one opener at a time is a nicety, not a reason to refuse the
/// notebook).
///
/// The folder, not the notebook file: this runs while the pool holds SQLite's POSIX locks
/// on the file, and closing any other descriptor of a file drops every POSIX lock the
/// process holds on it. Without its shared lock the notebook looked unused to other
/// processes, so the next one to close it (a script beside the app) folded the `-wal` in
/// and deleted it, and the app's later writes went to the deleted file. `flock` and POSIX
/// locks do not touch each other on Linux or the BSDs. Not on Windows, where SQLite's locks
/// are of another kind.
#[cfg(unix)]
async fn migration_lock(path: &Path) -> Result<Option<std::fs::File>, StoreError> {
    let folder = match path.parent().filter(|d| !d.as_os_str().is_empty()) {
        Some(dir) => dir.to_path_buf(),
        None => PathBuf::from("."),
    };
    // Blocking while another opener migrates, off the async threads.
    tokio::task::spawn_blocking(move || {
        let locked = std::fs::File::open(&folder).and_then(|dir| dir.lock().map(|()| dir));
        match locked {
            Ok(dir) => Some(dir),
            Err(err) => {
                tracing::warn!(%err, folder = %folder.display(), "no lock while checking the schema");
                None
            }
        }
    })
    .await
    .map_err(|e| StoreError::Sql(e.to_string()))
}

#[cfg(not(unix))]
async fn migration_lock(_path: &Path) -> Result<Option<()>, StoreError> {
    Ok(None)
}

/// Copy the notebook aside when a migration it has not seen is about to run.
async fn backup_before_migrating(
    pool: &SqlitePool,
    path: &Path,
    migrator: &Migrator,
    upgrading: impl FnOnce(&Path),
) -> Result<(), StoreError> {
    let has_table: Option<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'",
    )
    .fetch_optional(pool)
    .await?;
    if has_table.is_none() {
        let tables: i64 = sqlx::query_scalar("SELECT count(*) FROM sqlite_master")
            .fetch_one(pool)
            .await?;
        if tables > 0 {
            return Err(StoreError::Corrupt(
                "it holds tables but no Clipline schema history".into(),
            ));
        }
        return Ok(()); // a brand-new file: nothing to protect
    }
    let applied: Vec<i64> = sqlx::query_scalar("SELECT version FROM _sqlx_migrations")
        .fetch_all(pool)
        .await?;
    if applied
        .iter()
        .any(|v| !migrator.iter().any(|m| m.version == *v))
    {
        return Err(StoreError::Newer(path.display().to_string()));
    }
    let Some(pending) = migrator
        .iter()
        .map(|m| m.version)
        .find(|v| !applied.contains(v))
    else {
        return Ok(());
    };
    let backup = PathBuf::from(format!("{}.before-{pending}.bak", path.display()));
    upgrading(&backup);
    if backup.exists() {
        std::fs::remove_file(&backup).map_err(|e| StoreError::Migrate(e.to_string()))?;
    }
    self::backup::vacuum_into(pool, &backup).await?;
    tracing::info!(backup = %backup.display(), "copied the notebook before migrating");
    Ok(())
}

/// The spellings of `name` (`query::fold::spellings`) as a JSON array, for SQL to compare a
/// `NOCASE` name column with: `name IN (SELECT value FROM json_each(?))`.
pub(crate) fn spellings_json(name: &str) -> Result<String, StoreError> {
    serde_json::to_string(&crate::query::fold::spellings(name))
        .map_err(|e| StoreError::Sql(e.to_string()))
}

/// The current time as RFC 3339 with second precision, the format every timestamp column uses.
pub fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

#[cfg(test)]
mod pool_tests {
    /// The pool keeps a connection (and so its lock on the `-shm` file) for as long as the
    /// notebook is open, however long it idles: a restore from another process must see it.
    #[tokio::test]
    async fn the_open_notebook_keeps_a_connection_however_long_it_idles() {
        let dir = tempfile::tempdir().unwrap();
        let pool = super::open(&dir.path().join("n.db")).await.unwrap();
        let options = pool.options();
        assert_eq!(options.get_idle_timeout(), None);
        assert_eq!(options.get_max_lifetime(), None);
        assert!(options.get_min_connections() >= 1);
        pool.close().await;
    }
}
