//! The `highlights` table: anchored passages of an article's text, each with a colour and
//! an optional note. A highlight whose text can no longer be found is kept, flagged orphaned.

use sqlx::SqliteExecutor;

use super::StoreError;
use crate::anchor::Anchor;
use crate::model::Highlight;

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    article_id: i64,
    exact: String,
    prefix: String,
    suffix: String,
    start: i64,
    end: i64,
    color: String,
    note: Option<String>,
    orphaned: bool,
    created_at: String,
}

impl From<Row> for Highlight {
    fn from(r: Row) -> Self {
        Highlight {
            id: r.id,
            article_id: r.article_id,
            exact: r.exact,
            prefix: r.prefix,
            suffix: r.suffix,
            start: r.start,
            end: r.end,
            color: r.color,
            note: r.note,
            orphaned: r.orphaned,
            created_at: r.created_at,
        }
    }
}

const COLUMNS: &str =
    "id, article_id, exact, prefix, suffix, start, \"end\", color, note, orphaned, created_at";

/// Store a highlight and return it.
pub async fn insert(
    db: impl SqliteExecutor<'_>,
    article_id: i64,
    a: &Anchor,
    color: &str,
    note: Option<&str>,
    now: &str,
) -> Result<Highlight, StoreError> {
    let row: Row = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "INSERT INTO highlights (id, article_id, exact, prefix, suffix, start, \"end\", color, note, created_at)
         VALUES ({}, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING {COLUMNS}",
        super::ids::next(super::ids::Numbered::Highlights)
    )))
    .bind(article_id)
    .bind(&a.exact)
    .bind(&a.prefix)
    .bind(&a.suffix)
    .bind(a.start as i64)
    .bind(a.end as i64)
    .bind(color)
    .bind(note)
    .bind(now)
    .fetch_one(db)
    .await?;
    Ok(row.into())
}

/// The highlights of one article, in text order (orphaned ones last).
pub async fn for_article(
    db: impl SqliteExecutor<'_>,
    article_id: i64,
) -> Result<Vec<Highlight>, StoreError> {
    let rows: Vec<Row> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM highlights WHERE article_id = ?1 ORDER BY orphaned, start, id"
    )))
    .bind(article_id)
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(Into::into).collect())
}

/// Move a highlight to a new position, or flag it orphaned when `position` is `None`.
pub async fn reposition(
    db: impl SqliteExecutor<'_>,
    id: i64,
    position: Option<(usize, usize)>,
) -> Result<(), StoreError> {
    match position {
        Some((start, end)) => {
            sqlx::query(
                "UPDATE highlights SET start = ?2, \"end\" = ?3, orphaned = 0 WHERE id = ?1",
            )
            .bind(id)
            .bind(start as i64)
            .bind(end as i64)
            .execute(db)
            .await?
        }
        None => {
            sqlx::query("UPDATE highlights SET orphaned = 1 WHERE id = ?1")
                .bind(id)
                .execute(db)
                .await?
        }
    };
    Ok(())
}

/// Delete a highlight; returns it as it was, or `None` when there was no such highlight.
pub async fn delete(db: impl SqliteExecutor<'_>, id: i64) -> Result<Option<Highlight>, StoreError> {
    let row: Option<Row> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "DELETE FROM highlights WHERE id = ?1 RETURNING {COLUMNS}"
    )))
    .bind(id)
    .fetch_optional(db)
    .await?;
    Ok(row.map(Into::into))
}
