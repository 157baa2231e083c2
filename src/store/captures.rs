//! Captures: the raw bytes (a page, a text, an unpacked archive) that articles were made
//! from, kept so that extraction can run again (`reextract`, `split`), with the digest by
//! which a re-run import recognises a file it stored before.

use sqlx::SqliteExecutor;

use super::StoreError;
use crate::model::Via;

/// The raw bytes an article was made from.
#[derive(Debug, Clone)]
pub struct NewCapture<'a> {
    pub kind: Via,
    pub url: Option<&'a str>,
    pub content_type: Option<&'a str>,
    pub bytes: &'a [u8],
    pub captured_at: &'a str,
}

/// Keep the raw bytes one or more articles were made from; returns the capture's id.
pub async fn insert_capture(
    db: impl SqliteExecutor<'_>,
    c: &NewCapture<'_>,
) -> Result<i64, StoreError> {
    let id = sqlx::query_scalar(
        "INSERT INTO captures (kind, url, content_type, bytes, captured_at, digest)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id",
    )
    .bind(c.kind.as_str())
    .bind(c.url)
    .bind(c.content_type)
    .bind(c.bytes)
    .bind(c.captured_at)
    .bind(digest(c.bytes))
    .fetch_one(db)
    .await?;
    Ok(id)
}

/// The SHA-256 of a capture's bytes, in hex: how a re-run import recognises a file.
pub fn digest(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(bytes))
}

/// The articles made from a stored capture with these bytes (by `digest`): `None` when no
/// such capture is stored; the articles (and the articles its copies joined) otherwise.
pub async fn imported_as(
    db: impl SqliteExecutor<'_>,
    digest: &str,
) -> Result<Option<Vec<i64>>, StoreError> {
    let rows: Vec<(i64, Option<i64>)> = sqlx::query_as(
        "SELECT c.id, coalesce(a.id, k.article_id) FROM captures c
         LEFT JOIN articles a ON a.capture_id = c.id
         LEFT JOIN article_copies k ON k.capture_id = c.id
         WHERE c.digest = ?1",
    )
    .bind(digest)
    .fetch_all(db)
    .await?;
    if rows.is_empty() {
        return Ok(None);
    }
    let mut ids: Vec<i64> = rows.into_iter().filter_map(|r| r.1).collect();
    ids.sort_unstable();
    ids.dedup();
    Ok(Some(ids))
}

/// A stored capture: the raw bytes with where they came from.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Capture {
    pub id: i64,
    pub kind: String,
    pub url: Option<String>,
    pub content_type: Option<String>,
    pub bytes: Vec<u8>,
    pub captured_at: String,
}

/// One capture by id, or `None`.
pub async fn capture(db: impl SqliteExecutor<'_>, id: i64) -> Result<Option<Capture>, StoreError> {
    Ok(sqlx::query_as(
        "SELECT id, kind, url, content_type, bytes, captured_at FROM captures WHERE id = ?1",
    )
    .bind(id)
    .fetch_optional(db)
    .await?)
}
