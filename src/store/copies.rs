//! Near-duplicates: the `article_bands` index of MinHash bands and the `article_copies`
//! ("also at") of articles that a syndicated copy or a re-clip joined.

use sqlx::{QueryBuilder, Sqlite, SqliteExecutor};

use super::StoreError;
use crate::model::ArticleCopy;

/// Index an article's band keys.
pub async fn insert_bands(
    db: impl SqliteExecutor<'_>,
    article_id: i64,
    bands: &[i64],
) -> Result<(), StoreError> {
    let mut q: QueryBuilder<Sqlite> =
        QueryBuilder::new("INSERT OR IGNORE INTO article_bands (band, article_id) ");
    q.push_values(bands, |mut row, band| {
        row.push_bind(*band).push_bind(article_id);
    });
    q.build().execute(db).await?;
    Ok(())
}

/// An article that may be a near-duplicate: its stored signature, and the headline and
/// publication date that tell two stories sharing boilerplate apart.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Candidate {
    pub id: i64,
    pub minhash: Vec<u8>,
    pub title: String,
    pub published_at: Option<String>,
}

/// Articles sharing at least one band with `bands`, with their stored signatures.
pub async fn candidates(
    db: impl SqliteExecutor<'_>,
    bands: &[i64],
) -> Result<Vec<Candidate>, StoreError> {
    let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(
        "SELECT a.id, a.minhash, a.title, a.published_at FROM articles a \
         WHERE a.minhash IS NOT NULL AND a.id IN \
         (SELECT article_id FROM article_bands WHERE band IN (",
    );
    let mut sep = q.separated(", ");
    for band in bands {
        sep.push_bind(*band);
    }
    q.push(")) ORDER BY a.id");
    Ok(q.build_query_as().fetch_all(db).await?)
}

/// A copy that joined an existing article.
#[derive(Debug, Clone)]
pub struct NewCopy<'a> {
    pub article_id: i64,
    pub url: Option<&'a str>,
    pub canonical_url: Option<&'a str>,
    pub title: &'a str,
    pub source_id: Option<i64>,
    pub capture_id: Option<i64>,
    pub similarity: f64,
    pub seen_at: &'a str,
}

/// Record that an article was also seen at another address or outlet (a no-op when that
/// canonical URL is already recorded).
pub async fn insert_copy(db: impl SqliteExecutor<'_>, c: &NewCopy<'_>) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT OR IGNORE INTO article_copies
            (article_id, url, canonical_url, title, source_id, capture_id, similarity, seen_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )
    .bind(c.article_id)
    .bind(c.url)
    .bind(c.canonical_url)
    .bind(c.title)
    .bind(c.source_id)
    .bind(c.capture_id)
    .bind(c.similarity)
    .bind(c.seen_at)
    .execute(db)
    .await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct CopyRow {
    id: i64,
    url: Option<String>,
    title: String,
    source: Option<String>,
    similarity: f64,
    seen_at: String,
}

/// The copies of one article, oldest first.
pub async fn for_article(
    db: impl SqliteExecutor<'_>,
    article_id: i64,
) -> Result<Vec<ArticleCopy>, StoreError> {
    let rows: Vec<CopyRow> = sqlx::query_as(
        "SELECT c.id, c.url, c.title, s.name AS source, c.similarity, c.seen_at
         FROM article_copies c LEFT JOIN sources s ON s.id = c.source_id
         WHERE c.article_id = ?1 ORDER BY c.seen_at, c.id",
    )
    .bind(article_id)
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| ArticleCopy {
            id: r.id,
            url: r.url,
            title: r.title,
            source: r.source,
            similarity: r.similarity,
            seen_at: r.seen_at,
        })
        .collect())
}

/// A stored copy with what is needed to make it an article of its own again.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CopyForSplit {
    pub article_id: i64,
    pub url: Option<String>,
    pub title: String,
    pub capture_id: Option<i64>,
}

/// One copy by id, or `None`.
pub async fn get(db: impl SqliteExecutor<'_>, id: i64) -> Result<Option<CopyForSplit>, StoreError> {
    Ok(sqlx::query_as(
        "SELECT article_id, url, title, capture_id FROM article_copies WHERE id = ?1",
    )
    .bind(id)
    .fetch_optional(db)
    .await?)
}

/// Forget a copy (after it was split out into its own article); false when it was gone
/// already (split out by someone else meanwhile).
pub async fn delete(db: impl SqliteExecutor<'_>, id: i64) -> Result<bool, StoreError> {
    Ok(sqlx::query("DELETE FROM article_copies WHERE id = ?1")
        .bind(id)
        .execute(db)
        .await?
        .rows_affected()
        > 0)
}

/// Whether article `article_id` already lists a copy clipped from a capture with these
/// bytes (by `captures.digest`): the same file clipped again, with no address to tell.
pub async fn has_capture(
    db: impl SqliteExecutor<'_>,
    article_id: i64,
    digest: &str,
) -> Result<bool, StoreError> {
    Ok(sqlx::query_scalar::<_, i64>(
        "SELECT 1 FROM article_copies c JOIN captures k ON k.id = c.capture_id
         WHERE c.article_id = ?1 AND k.digest = ?2 LIMIT 1",
    )
    .bind(article_id)
    .bind(digest)
    .fetch_optional(db)
    .await?
    .is_some())
}

/// Forget an article's band keys (before indexing a new signature).
pub async fn delete_bands(db: impl SqliteExecutor<'_>, article_id: i64) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM article_bands WHERE article_id = ?1")
        .bind(article_id)
        .execute(db)
        .await?;
    Ok(())
}
