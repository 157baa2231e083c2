//! The `saved_searches` table: named queries in the search language, kept for reuse.

use sqlx::SqliteExecutor;

use super::StoreError;
use crate::model::SavedSearch;

/// Save a query under a name (replacing the query of a search of that name).
pub async fn upsert(
    db: impl SqliteExecutor<'_>,
    name: &str,
    query: &str,
    now: &str,
) -> Result<SavedSearch, StoreError> {
    Ok(sqlx::query_as(
        "INSERT INTO saved_searches (name, query, created_at) VALUES (?1, ?2, ?3)
         ON CONFLICT(name) DO UPDATE SET query = excluded.query
         RETURNING id, name, query, created_at",
    )
    .bind(name)
    .bind(query)
    .bind(now)
    .fetch_one(db)
    .await?)
}

/// Every saved search, by name.
pub async fn list(db: impl SqliteExecutor<'_>) -> Result<Vec<SavedSearch>, StoreError> {
    Ok(sqlx::query_as(
        "SELECT id, name, query, created_at FROM saved_searches ORDER BY name COLLATE NOCASE",
    )
    .fetch_all(db)
    .await?)
}

/// Give saved search `id` the query `query`.
pub async fn set_query(
    db: impl SqliteExecutor<'_>,
    id: i64,
    query: &str,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE saved_searches SET query = ?2 WHERE id = ?1")
        .bind(id)
        .bind(query)
        .execute(db)
        .await?;
    Ok(())
}

/// Delete a saved search; false when there was none.
pub async fn delete(db: impl SqliteExecutor<'_>, id: i64) -> Result<bool, StoreError> {
    Ok(sqlx::query("DELETE FROM saved_searches WHERE id = ?1")
        .bind(id)
        .execute(db)
        .await?
        .rows_affected()
        > 0)
}
