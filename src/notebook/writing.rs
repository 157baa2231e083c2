//! Turns at writing: the writers of one open notebook take turns in the order they asked.
//!
//! SQLite lets one writer in at a time and makes the others wait in its busy handler, which
//! sleeps and tries again at growing intervals. A long job that commits one article after
//! another (a re-analysis, a re-extraction, an import) holds the lock almost all the time,
//! so a reader's delete or note, trying only now and then, could wait for the whole job
//! and then fail as "busy". Here every writer of this process first queues for its turn
//! (a fair, first-come mutex), so a job gives way after the article it is on. Other
//! processes on the same file still meet SQLite's busy timeout.
//!
//! A turn is refused when the notebook file was deleted or replaced since it was opened
//! (SQLite would go on writing into the open, unlinked file, and the work would be lost
//! when Clipline closes).

use std::ops::{Deref, DerefMut};

use sqlx::{Sqlite, SqliteConnection, Transaction};
use tokio::sync::OwnedMutexGuard;

use super::{Notebook, NotebookError, Result};
use crate::store::StoreError;

/// A `BEGIN IMMEDIATE` transaction held with this process's turn at writing; the turn is
/// given back when the transaction commits or is dropped (rolled back).
pub(crate) struct Write {
    // Fields drop in order: the transaction ends before the turn is given back.
    tx: Transaction<'static, Sqlite>,
    _turn: OwnedMutexGuard<()>,
}

impl Write {
    /// Commit the transaction and give the turn back.
    pub(crate) async fn commit(self) -> std::result::Result<(), sqlx::Error> {
        self.tx.commit().await
    }
}

impl Deref for Write {
    type Target = SqliteConnection;
    fn deref(&self) -> &SqliteConnection {
        &self.tx
    }
}

impl DerefMut for Write {
    fn deref_mut(&mut self) -> &mut SqliteConnection {
        &mut self.tx
    }
}

/// The queue of one open notebook's writers (shared by its clones).
pub(crate) type Turns = std::sync::Arc<tokio::sync::Mutex<()>>;

impl Notebook {
    /// Wait for this process's turn at writing, then begin a `BEGIN IMMEDIATE` transaction.
    pub(crate) async fn begin_write(&self) -> Result<Write> {
        let turn = self.write_turn().await?;
        let tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        Ok(Write { tx, _turn: turn })
    }

    /// Wait for this process's turn at writing, for a single statement run on the pool;
    /// hold the guard until it is done, and begin no transaction while holding it.
    /// `Gone` when the notebook file is no longer the one opened.
    pub(crate) async fn write_turn(&self) -> Result<OwnedMutexGuard<()>> {
        let turn = self.turns.clone().lock_owned().await;
        if let Some(opened) = self.file {
            match FileId::now(&self.path) {
                Ok(Some(id)) if id == opened => {}
                // A file that cannot be looked at now (a network share's hiccup) is not
                // known to be gone: SQLite says what it makes of the write.
                Err(_) => {}
                _ => {
                    return Err(NotebookError::Store(StoreError::Gone(
                        self.path.display().to_string(),
                    )));
                }
            }
        }
        Ok(turn)
    }
}

/// A file's identity on its file system (device and inode).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct FileId(u64, u64);

impl FileId {
    /// The identity of the file at `path` now; `None` when it cannot be told (or, off
    /// unix, always: the check is then skipped).
    pub(crate) fn of(path: &std::path::Path) -> Option<FileId> {
        Self::now(path).ok().flatten()
    }

    /// The identity of the file at `path`: `Ok(None)` when there is no file there (or off
    /// unix), an error when it cannot be looked at.
    fn now(path: &std::path::Path) -> std::io::Result<Option<FileId>> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            match std::fs::metadata(path) {
                Ok(m) => Ok(Some(FileId(m.dev(), m.ino()))),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(e) => Err(e),
            }
        }
        #[cfg(not(unix))]
        {
            let _ = path;
            Ok(None)
        }
    }
}
