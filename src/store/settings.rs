//! The `settings` table: small notebook-level values such as the loopback server's token.

use sqlx::SqliteExecutor;

use super::StoreError;

/// The value stored under `key`, if any.
pub async fn get(db: impl SqliteExecutor<'_>, key: &str) -> Result<Option<String>, StoreError> {
    Ok(
        sqlx::query_scalar("SELECT value FROM settings WHERE key = ?1")
            .bind(key)
            .fetch_optional(db)
            .await?,
    )
}

/// Store `value` under `key` unless a value is already there; returns the value in force.
pub async fn get_or_insert(
    db: impl SqliteExecutor<'_>,
    key: &str,
    value: &str,
) -> Result<String, StoreError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT(key) DO UPDATE SET value = settings.value RETURNING value",
    )
    .bind(key)
    .bind(value)
    .fetch_one(db)
    .await?)
}

/// Store `value` under `key`, replacing what was there.
pub async fn set(db: impl SqliteExecutor<'_>, key: &str, value: &str) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    )
    .bind(key)
    .bind(value)
    .execute(db)
    .await?;
    Ok(())
}
