//! Backups and restores of a notebook file.
//!
//! A backup is made online with `VACUUM INTO`: SQLite writes a consistent, compacted copy
//! of the database as one read transaction sees it, while other connections keep writing.
//! A restore checks that the file is a Clipline notebook that passes
//! `PRAGMA integrity_check`, keeps a copy of the notebook it replaces, and swaps the file in
//! with a rename, so a crash mid-restore leaves either the old notebook or the new one. It
//! refuses while another process has the notebook open: that process would go on writing
//! its write-ahead log into the restored file.

use std::path::{Path, PathBuf};
use std::str::FromStr;

use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};
use sqlx::{AssertSqlSafe, SqlitePool};

use super::MIGRATOR;

/// Why a backup or a restore did not happen; every message is one plain sentence.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("{0} already exists; choose another file or pass --force to overwrite it.")]
    Exists(String),
    #[error("{0} does not exist.")]
    Missing(String),
    #[error("{path} is not a Clipline notebook: {reason}.")]
    NotNotebook { path: String, reason: String },
    #[error("{path} is damaged (integrity check: {report}).")]
    Damaged { path: String, report: String },
    #[error("{0} was made by a newer Clipline; upgrade Clipline before restoring it.")]
    Newer(String),
    #[error(
        "The notebook {path} is open in another program (process {pid}): close it (the app, \
         `clipline serve`, an import) and restore again. Nothing was changed."
    )]
    InUse { path: String, pid: i32 },
    #[error("The copy could not be written: {0}.")]
    Io(String),
    #[error("The notebook could not be read: {0}.")]
    Sql(String),
}

impl From<sqlx::Error> for BackupError {
    fn from(err: sqlx::Error) -> Self {
        BackupError::Sql(err.to_string())
    }
}

impl From<std::io::Error> for BackupError {
    fn from(err: std::io::Error) -> Self {
        BackupError::Io(err.to_string())
    }
}

/// Write a consistent copy of the notebook behind `pool` to `dest` while others may write.
///
/// Refuses an existing `dest` unless `force`; with `force` the old file is replaced only
/// once the new copy is complete. Errs with a plain sentence on any failure.
pub async fn backup(pool: &SqlitePool, dest: &Path, force: bool) -> Result<(), BackupError> {
    if dest.exists() && !force {
        return Err(BackupError::Exists(dest.display().to_string()));
    }
    if let Some(folder) = dest.parent().filter(|p| !p.as_os_str().is_empty())
        && !folder.is_dir()
    {
        return Err(BackupError::Io(format!(
            "the folder {} does not exist",
            folder.display()
        )));
    }
    let partial = partial_file(dest);
    if partial.exists() {
        std::fs::remove_file(&partial)?;
    }
    if let Err(err) = vacuum_into(pool, &partial).await {
        let _ = std::fs::remove_file(&partial); // a full disk leaves a part of the copy
        return Err(copy_failed(err));
    }
    std::fs::rename(&partial, dest)?;
    Ok(())
}

/// A failed `VACUUM INTO` as the user would say it: a copy that could not be written (a
/// full disk, a folder that cannot be written to) or a notebook that could not be read.
fn copy_failed(err: sqlx::Error) -> BackupError {
    // SQLite's primary result codes (the low byte of the extended code).
    const SQLITE_FULL: i64 = 13;
    const SQLITE_CANTOPEN: i64 = 14;
    let code = err
        .as_database_error()
        .and_then(|e| e.code())
        .and_then(|c| c.parse::<i64>().ok())
        .map(|c| c & 0xff);
    match code {
        Some(SQLITE_FULL) => BackupError::Io("the disk is full".into()),
        Some(SQLITE_CANTOPEN) => BackupError::Io("the file cannot be created there".into()),
        _ => BackupError::Sql(err.to_string()),
    }
}

/// `VACUUM INTO` `dest` (which must not exist).
pub(crate) async fn vacuum_into(pool: &SqlitePool, dest: &Path) -> Result<(), sqlx::Error> {
    let target = dest.display().to_string().replace('\'', "''");
    sqlx::query(AssertSqlSafe(format!("VACUUM INTO '{target}'")))
        .execute(pool)
        .await?;
    Ok(())
}

/// Where `backup` writes its copy to `dest` before renaming it into place.
pub fn partial_file(dest: &Path) -> PathBuf {
    sibling(dest, "partial")
}

/// `<path>.<suffix>` beside `path`.
fn sibling(path: &Path, suffix: &str) -> PathBuf {
    PathBuf::from(format!("{}.{suffix}", path.display()))
}

/// SQLite's own `<path>-wal` / `<path>-shm` beside a database.
pub fn journal_file(path: &Path, kind: &str) -> PathBuf {
    PathBuf::from(format!("{}-{kind}", path.display()))
}

/// The id of another process that has the notebook at `path` open, if one does.
///
/// In WAL mode every SQLite connection holds a shared POSIX lock on byte 128 of the
/// `-shm` file (the "dead man switch" of SQLite's unix VFS, `UNIX_SHM_DMS`) for as long as
/// it is open; `F_GETLK` reports whoever would block an exclusive lock there. Written by
/// hand because neither SQLite nor sqlx offers "is this file open elsewhere". Must run
/// while this process has no connection to `path`: closing the descriptor it opens drops
/// every POSIX lock this process holds on the file.
#[cfg(unix)]
fn opened_elsewhere(path: &Path) -> Option<i32> {
    use std::os::fd::AsRawFd;
    const UNIX_SHM_DMS: libc::off_t = 128;
    let shm = std::fs::File::open(journal_file(path, "shm")).ok()?;
    // SAFETY: `flock` is plain data; zeroed is a valid value before the fields are set.
    let mut lock: libc::flock = unsafe { std::mem::zeroed() };
    lock.l_type = libc::F_WRLCK as libc::c_short;
    lock.l_whence = libc::SEEK_SET as libc::c_short;
    lock.l_start = UNIX_SHM_DMS;
    lock.l_len = 1;
    // SAFETY: F_GETLK reads and writes the `flock` passed by pointer, valid for the call.
    let rc = unsafe { libc::fcntl(shm.as_raw_fd(), libc::F_GETLK, &mut lock) };
    (rc == 0 && lock.l_type != libc::F_UNLCK as libc::c_short).then_some(lock.l_pid)
}

#[cfg(not(unix))]
fn opened_elsewhere(_path: &Path) -> Option<i32> {
    None
}

/// [`BackupError::InUse`] when another process has the notebook at `target` open (see
/// `opened_elsewhere`; this process must not have it open).
pub fn check_not_open(target: &Path) -> Result<(), BackupError> {
    match opened_elsewhere(target) {
        Some(pid) => Err(BackupError::InUse {
            path: target.display().to_string(),
            pid,
        }),
        None => Ok(()),
    }
}

/// Check that `path` is a Clipline notebook this version can open and that SQLite finds
/// nothing damaged in it. Opens the file read-only; never changes it.
pub async fn verify(path: &Path) -> Result<(), BackupError> {
    let shown = path.display().to_string();
    if path.is_dir() {
        return Err(BackupError::NotNotebook {
            path: shown,
            reason: "it is a folder; give the backup file inside it".into(),
        });
    }
    if !path.is_file() {
        return Err(BackupError::Missing(shown));
    }
    let not_notebook = |reason: &str| BackupError::NotNotebook {
        path: shown.clone(),
        reason: reason.into(),
    };
    let pool = open_read_only(path)
        .await
        .map_err(|_| not_notebook("SQLite cannot open it"))?;
    let result = check(&pool, &shown).await;
    pool.close().await;
    result
}

/// One read-only connection to the database file at `path`.
async fn open_read_only(path: &Path) -> Result<SqlitePool, sqlx::Error> {
    let options = SqliteConnectOptions::from_str("sqlite:")?
        .filename(path)
        .read_only(true);
    SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(options)
        .await
}

/// Copy the notebook file `source` to `dest` (which must not exist) through SQLite, read-only:
/// a byte copy of the file alone would leave out whatever is still in a `-wal` beside it (a
/// notebook copied while open, a writer that crashed).
pub async fn copy_notebook(source: &Path, dest: &Path) -> Result<(), BackupError> {
    let pool = open_read_only(source).await?;
    let copied = vacuum_into(&pool, dest).await;
    pool.close().await;
    if let Err(err) = copied {
        let _ = std::fs::remove_file(dest);
        return Err(copy_failed(err));
    }
    Ok(())
}

async fn check(pool: &SqlitePool, shown: &str) -> Result<(), BackupError> {
    let not_notebook = |reason: &str| BackupError::NotNotebook {
        path: shown.into(),
        reason: reason.into(),
    };
    let tables: Vec<String> =
        sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table'")
            .fetch_all(pool)
            .await
            .map_err(|_| not_notebook("it is not an SQLite database"))?;
    for wanted in ["_sqlx_migrations", "articles", "notes", "captures"] {
        if !tables.iter().any(|t| t == wanted) {
            return Err(not_notebook(&format!("it has no {wanted} table")));
        }
    }
    // A damaged file may fail the check itself ("database disk image is malformed"): that
    // is the backup's damage, not the notebook's.
    let report: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_all(pool)
        .await
        .map_err(|e| BackupError::Damaged {
            path: shown.into(),
            report: e.to_string(),
        })?;
    if report != ["ok"] {
        return Err(BackupError::Damaged {
            path: shown.into(),
            report: report
                .iter()
                .flat_map(|r| r.lines())
                .filter(|l| !l.starts_with("***"))
                .take(3)
                .collect::<Vec<_>>()
                .join("; "),
        });
    }
    let applied: Vec<i64> = sqlx::query_scalar("SELECT version FROM _sqlx_migrations")
        .fetch_all(pool)
        .await
        .map_err(|_| not_notebook("its schema history cannot be read"))?;
    if applied
        .iter()
        .any(|v| !MIGRATOR.iter().any(|m| m.version == *v))
    {
        return Err(BackupError::Newer(shown.into()));
    }
    Ok(())
}

/// Replace the notebook at `target` with the notebook file `source`.
///
/// `source` is verified first (see [`verify`]); the notebook being replaced, when there is
/// one, is copied to `<target>.before-restore-<UTC time>.bak`, whose path is returned. The
/// new file is staged beside `target` (through SQLite, so a `-wal` beside `source` comes
/// along) and renamed over it; the old `-wal` and `-shm` files
/// are removed. Refuses ([`BackupError::InUse`]) while another process has `target` open;
/// the caller must not have it open either.
pub async fn restore(target: &Path, source: &Path) -> Result<Option<PathBuf>, BackupError> {
    check_not_open(target)?;
    verify(source).await?;
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ");
    let kept = if target.exists() {
        let kept = sibling(target, &format!("before-restore-{stamp}.bak"));
        keep_copy(target, &kept).await?;
        Some(kept)
    } else {
        None
    };
    let staged = sibling(target, "restoring");
    if staged.exists() {
        std::fs::remove_file(&staged)?; // left by a restore that was cut off
    }
    copy_notebook(source, &staged).await?;
    std::fs::File::open(&staged).and_then(|f| f.sync_all())?;
    for kind in ["wal", "shm"] {
        let side = journal_file(target, kind);
        if side.exists() {
            std::fs::remove_file(&side)?;
        }
    }
    std::fs::rename(&staged, target)?;
    Ok(kept)
}

/// Copy the current notebook aside: consistently through SQLite when it opens, byte for byte
/// when it does not (a damaged notebook is still worth keeping).
async fn keep_copy(target: &Path, kept: &Path) -> Result<(), BackupError> {
    let options = SqliteConnectOptions::from_str("sqlite:")?.filename(target);
    if let Ok(pool) = SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(options)
        .await
    {
        let copied = vacuum_into(&pool, kept).await;
        pool.close().await;
        if copied.is_ok() {
            return Ok(());
        }
    }
    std::fs::copy(target, kept)?;
    Ok(())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A notebook copied with its `-wal` beside it while it was open (a folder copied by
    /// hand, a crashed writer): what is only in the log.
    pub(crate) async fn notebook_with_its_log(dir: &Path) -> PathBuf {
        let live = dir.join("live.db");
        let pool = crate::store::open(&live).await.unwrap();
        sqlx::query("INSERT INTO settings (key, value) VALUES ('only-in-the-log', 'yes')")
            .execute(&pool)
            .await
            .unwrap();
        let copied = dir.join("copied.db");
        std::fs::copy(&live, &copied).unwrap();
        std::fs::copy(journal_file(&live, "wal"), journal_file(&copied, "wal")).unwrap();
        pool.close().await;
        copied
    }

    /// Whether the notebook at `path` holds the row [`notebook_with_its_log`] wrote.
    pub(crate) async fn has_the_logged_row(path: &Path) -> bool {
        let pool = crate::store::open(path).await.unwrap();
        let found: Option<String> =
            sqlx::query_scalar("SELECT value FROM settings WHERE key = 'only-in-the-log'")
                .fetch_optional(&pool)
                .await
                .unwrap();
        pool.close().await;
        found.is_some()
    }

    #[tokio::test]
    async fn a_restore_keeps_what_only_the_sources_log_holds() {
        let dir = tempfile::tempdir().unwrap();
        let source = notebook_with_its_log(dir.path()).await;
        let target = dir.path().join("notebook.db");
        restore(&target, &source).await.unwrap();
        assert!(has_the_logged_row(&target).await);
    }

    /// A copy that runs out of disk says so, rather than blaming the notebook.
    #[cfg(target_os = "linux")]
    #[tokio::test]
    async fn a_full_disk_is_named_as_such() {
        let dir = tempfile::tempdir().unwrap();
        let pool = crate::store::open(&dir.path().join("n.db")).await.unwrap();
        let err = vacuum_into(&pool, Path::new("/dev/full"))
            .await
            .unwrap_err();
        assert_eq!(
            copy_failed(err).to_string(),
            "The copy could not be written: the disk is full."
        );
        pool.close().await;
    }
}
