//! Turns at writing: the writers of one open notebook take turns in the order they asked.
//!
//! SQLite lets one writer in at a time and makes the others wait in its busy handler, which
//! sleeps and tries again at growing intervals. A long job that commits one article after
//! another (a re-analysis, a re-extraction, an import) holds the lock almost all the time,
//! so a reader's delete or note, trying only now and then, could wait for the whole job
//! and then fail as "busy". Here every writer of this process first queues for its turn
//! (a fair, first-come mutex), so a job gives way after the article it is on. Other
//! processes on the same file still meet SQLite's busy timeout.

use std::ops::{Deref, DerefMut};

use sqlx::{Sqlite, SqliteConnection, Transaction};
use tokio::sync::OwnedMutexGuard;

use super::{Notebook, Result};

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
        let turn = self.write_turn().await;
        let tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        Ok(Write { tx, _turn: turn })
    }

    /// Wait for this process's turn at writing, for a single statement run on the pool;
    /// hold the guard until it is done, and begin no transaction while holding it.
    pub(crate) async fn write_turn(&self) -> OwnedMutexGuard<()> {
        self.turns.clone().lock_owned().await
    }
}
