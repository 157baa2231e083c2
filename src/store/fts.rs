//! The `articles_fts` table: full-text matches ranked by bm25, with snippets.

use sqlx::SqliteExecutor;

use super::StoreError;

/// Marks the start and end of a matched word inside a raw snippet; `search` turns them
/// into `<mark>` after escaping the text.
pub const MARK_OPEN: char = '\u{2}';
pub const MARK_CLOSE: char = '\u{3}';

/// One raw match: the article id, its bm25 score (lower is better) and a marked snippet.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct FtsHit {
    pub id: i64,
    pub score: f64,
    pub snippet: String,
}

/// Articles matching an FTS5 expression, best first. Title weighs most, then dek, byline,
/// notes and body.
pub async fn search(
    db: impl SqliteExecutor<'_>,
    fts: &str,
    limit: u32,
) -> Result<Vec<FtsHit>, StoreError> {
    let rows = sqlx::query_as(
        "SELECT rowid AS id,
                bm25(articles_fts, 10.0, 5.0, 3.0, 1.0, 2.0) AS score,
                snippet(articles_fts, -1, char(2), char(3), '…', 16) AS snippet
         FROM articles_fts WHERE articles_fts MATCH ?1
         ORDER BY score LIMIT ?2",
    )
    .bind(fts)
    .bind(i64::from(limit))
    .fetch_all(db)
    .await?;
    Ok(rows)
}
