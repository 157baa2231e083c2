//! The `memos` table: Markdown research memos attached to an entity, a theme or a story.

use sqlx::SqliteExecutor;

use super::StoreError;
use crate::model::{Memo, MemoSubject};

#[derive(sqlx::FromRow)]
struct MemoRow {
    id: i64,
    subject_kind: String,
    subject: String,
    title: String,
    body: String,
    created_at: String,
    updated_at: String,
}

impl From<MemoRow> for Memo {
    fn from(r: MemoRow) -> Self {
        Memo {
            id: r.id,
            subject_kind: MemoSubject::parse(&r.subject_kind),
            subject: r.subject,
            title: r.title,
            body: r.body,
            created_at: r.created_at,
            updated_at: r.updated_at,
        }
    }
}

const COLUMNS: &str = "id, subject_kind, subject, title, body, created_at, updated_at";

/// Store a new memo and return it.
pub async fn insert(
    db: impl SqliteExecutor<'_>,
    kind: MemoSubject,
    subject: &str,
    title: &str,
    body: &str,
    now: &str,
) -> Result<Memo, StoreError> {
    let row: MemoRow = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "INSERT INTO memos (subject_kind, subject, title, body, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5) RETURNING {COLUMNS}"
    )))
    .bind(kind.as_str())
    .bind(subject)
    .bind(title)
    .bind(body)
    .bind(now)
    .fetch_one(db)
    .await?;
    Ok(row.into())
}

/// Replace a memo's title and body; `None` when there is no such memo.
pub async fn update(
    db: impl SqliteExecutor<'_>,
    id: i64,
    title: &str,
    body: &str,
    now: &str,
) -> Result<Option<Memo>, StoreError> {
    let row: Option<MemoRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "UPDATE memos SET title = ?2, body = ?3, updated_at = ?4 WHERE id = ?1 RETURNING {COLUMNS}"
    )))
    .bind(id)
    .bind(title)
    .bind(body)
    .bind(now)
    .fetch_optional(db)
    .await?;
    Ok(row.map(Into::into))
}

/// The memos on one subject (or every memo when `subject` is `None`), newest edit first.
pub async fn list(
    db: impl SqliteExecutor<'_>,
    subject: Option<(MemoSubject, &str)>,
) -> Result<Vec<Memo>, StoreError> {
    let rows: Vec<MemoRow> = match subject {
        Some((kind, name)) => {
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT {COLUMNS} FROM memos WHERE subject_kind = ?1 AND subject = ?2
                 ORDER BY updated_at DESC, id DESC"
            )))
            .bind(kind.as_str())
            .bind(name)
            .fetch_all(db)
            .await?
        }
        None => {
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT {COLUMNS} FROM memos ORDER BY updated_at DESC, id DESC"
            )))
            .fetch_all(db)
            .await?
        }
    };
    Ok(rows.into_iter().map(Into::into).collect())
}

/// Delete a memo; false when there was none.
pub async fn delete(db: impl SqliteExecutor<'_>, id: i64) -> Result<bool, StoreError> {
    Ok(sqlx::query("DELETE FROM memos WHERE id = ?1")
        .bind(id)
        .execute(db)
        .await?
        .rows_affected()
        > 0)
}

/// Move the memos written about `from` to `to` (a renamed theme or entity, or an entity
/// merged into another): memos name their subject.
pub async fn move_subject(
    tx: &mut sqlx::SqliteConnection,
    kind: &str,
    from: &str,
    to: &str,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE memos SET subject = ?3 WHERE subject_kind = ?1 AND subject = ?2")
        .bind(kind)
        .bind(from)
        .bind(to)
        .execute(&mut *tx)
        .await?;
    Ok(())
}
