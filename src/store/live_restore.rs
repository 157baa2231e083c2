//! Restoring a backup into the notebook that is open, as the app's Settings → Restore does:
//! the app cannot close its notebook under its own feet (every window request, the feed
//! poller and the clip shortcut hold it), so instead of swapping files (`backup::restore`,
//! for `clipline restore` with the notebook closed) the backup's rows replace the open
//! notebook's rows in one transaction. A failure rolls everything back.
//!
//! The backup must be at this Clipline's schema (the caller opens a copy of it with
//! `Notebook::open` first, which upgrades an older one). Inside the transaction the
//! triggers are set aside, so that the rows they keep in step (the theme lanes, the dates
//! of an entity's events) come across as the backup has them rather than twice; the
//! full-text index is rebuilt from the restored articles at the end. The settings that
//! belong to this machine rather than to the notebook's content stay as they are: the
//! loopback server's token (a paired browser extension, an open page) and the user's
//! preferences (the clip shortcut the desktop app has registered).

use std::path::Path;

use sqlx::{AssertSqlSafe, Connection, SqlitePool};

use super::backup::BackupError;

/// The `settings` rows a restore keeps from the notebook it restores into.
const MACHINE_SETTINGS: &str = "key = 'server_token' OR key LIKE 'pref.%'";

/// Replace every row of the notebook behind `pool` with the rows of the notebook file
/// `source` (at the same schema), in one transaction.
pub async fn restore_rows(pool: &SqlitePool, source: &Path) -> Result<(), BackupError> {
    let mut conn = pool.acquire().await?;
    // Foreign keys are checked per statement: switched off around the copy (it cannot
    // change inside a transaction), as the tables come across in any order.
    sqlx::query("PRAGMA foreign_keys = OFF")
        .execute(&mut *conn)
        .await?;
    let copied = attached_copy(&mut conn, source).await;
    // Whatever happened, the connection goes back to the pool as it came.
    let on = sqlx::query("PRAGMA foreign_keys = ON")
        .execute(&mut *conn)
        .await;
    copied?;
    on?;
    Ok(())
}

/// Attach `source`, copy its rows, and detach it again (also when the copy failed).
async fn attached_copy(
    conn: &mut sqlx::SqliteConnection,
    source: &Path,
) -> Result<(), BackupError> {
    sqlx::query("ATTACH DATABASE ? AS restored")
        .bind(source.to_string_lossy().as_ref())
        .execute(&mut *conn)
        .await?;
    let copied = copy_rows(conn).await;
    let detached = sqlx::query("DETACH DATABASE restored")
        .execute(&mut *conn)
        .await;
    copied?;
    detached?;
    Ok(())
}

async fn copy_rows(conn: &mut sqlx::SqliteConnection) -> Result<(), BackupError> {
    let mut tx = conn.begin_with("BEGIN IMMEDIATE").await?;
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' \
         AND name NOT LIKE 'sqlite_%' AND name <> '_sqlx_migrations' ORDER BY name",
    )
    .fetch_all(&mut *tx)
    .await?;
    let triggers: Vec<(String, String)> =
        sqlx::query_as("SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger'")
            .fetch_all(&mut *tx)
            .await?;
    let kept_settings: Vec<(String, String)> = sqlx::query_as(AssertSqlSafe(format!(
        "SELECT key, value FROM main.settings WHERE {MACHINE_SETTINGS}"
    )))
    .fetch_all(&mut *tx)
    .await?;
    let version_before: i64 = sqlx::query_scalar(
        "SELECT coalesce((SELECT CAST(value AS INTEGER) FROM main.settings \
         WHERE key = 'registry_version'), 0)",
    )
    .fetch_one(&mut *tx)
    .await?;
    // The numbers this notebook has given: a restore of an older backup must not give them
    // again (a citation of #45 made after the backup keeps pointing nowhere else).
    let mut given = Vec::new();
    for table in super::ids::Numbered::ALL {
        let sql = format!("SELECT {}", super::ids::highest(table));
        let top: i64 = sqlx::query_scalar(AssertSqlSafe(sql))
            .fetch_one(&mut *tx)
            .await?;
        given.push((table.table(), top));
    }
    for (name, _) in &triggers {
        let drop = format!("DROP TRIGGER main.{}", quoted(name));
        sqlx::query(AssertSqlSafe(drop)).execute(&mut *tx).await?;
    }
    for table in tables.iter().map(String::as_str).chain(["sqlite_sequence"]) {
        let columns: Vec<String> =
            sqlx::query_scalar("SELECT name FROM pragma_table_info(?) ORDER BY cid")
                .bind(table)
                .fetch_all(&mut *tx)
                .await?;
        if columns.is_empty() {
            continue; // no sqlite_sequence: no table counts its ids
        }
        let list = columns
            .iter()
            .map(|c| quoted(c))
            .collect::<Vec<_>>()
            .join(", ");
        let name = quoted(table);
        let delete = format!("DELETE FROM main.{name}");
        sqlx::query(AssertSqlSafe(delete)).execute(&mut *tx).await?;
        let insert = format!("INSERT INTO main.{name} ({list}) SELECT {list} FROM restored.{name}");
        sqlx::query(AssertSqlSafe(insert)).execute(&mut *tx).await?;
    }
    for (table, top) in given {
        sqlx::query(
            "INSERT INTO main.retired_ids (tbl, top) VALUES (?1, ?2) \
             ON CONFLICT (tbl) DO UPDATE SET top = max(top, excluded.top)",
        )
        .bind(table)
        .bind(top)
        .execute(&mut *tx)
        .await?;
    }
    sqlx::query(AssertSqlSafe(format!(
        "DELETE FROM main.settings WHERE {MACHINE_SETTINGS}"
    )))
    .execute(&mut *tx)
    .await?;
    for (key, value) in &kept_settings {
        sqlx::query("INSERT INTO main.settings (key, value) VALUES (?, ?)")
            .bind(key)
            .bind(value)
            .execute(&mut *tx)
            .await?;
    }
    // The restored entity edits are news to every process that built its matcher at this
    // notebook's version or the backup's: count past both (see the migration
    // `count_entity_edits`).
    sqlx::query(
        "INSERT INTO main.settings (key, value) VALUES ('registry_version', ?1 + 1) \
         ON CONFLICT (key) DO UPDATE SET value = max(CAST(value AS INTEGER), ?1) + 1",
    )
    .bind(version_before)
    .execute(&mut *tx)
    .await?;
    for (_, sql) in &triggers {
        sqlx::query(AssertSqlSafe(sql.clone()))
            .execute(&mut *tx)
            .await?;
    }
    sqlx::query("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// An SQL identifier in double quotes (the names come from the schema itself).
fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}
