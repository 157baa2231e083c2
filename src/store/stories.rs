//! The `stories` table: articles from several outlets that report the same happening.
//! An article joins a story when it shares a salient entity with another article published
//! within a few days and their headlines share most of their words.

use sqlx::SqliteExecutor;

use super::StoreError;
use crate::model::StoryArticle;

/// Days apart two reports of one happening may be published.
pub const STORY_DAYS: i64 = 3;

/// An article that could report the same happening as another.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Candidate {
    pub id: i64,
    pub title: String,
    pub story_id: Option<i64>,
}

/// Other articles published within `STORY_DAYS` of `article_id` that share one of its
/// salient entities (mention salience at least `min_salience` in both).
pub async fn candidates(
    db: impl SqliteExecutor<'_>,
    article_id: i64,
    min_salience: f64,
) -> Result<Vec<Candidate>, StoreError> {
    // Read the other articles from the publication-date index (the few days around this
    // one), then check their salient entities: the cost stays flat as the notebook grows.
    Ok(sqlx::query_as(
        "SELECT DISTINCT b.id, b.title, b.story_id
         FROM articles a
         CROSS JOIN articles b INDEXED BY articles_by_published
           ON b.published_at >= date(substr(a.published_at, 1, 10), printf('-%d days', ?3))
          AND b.published_at < date(substr(a.published_at, 1, 10), printf('+%d days', ?3 + 1))
          AND b.id != a.id
         CROSS JOIN mentions mb ON mb.article_id = b.id AND mb.salience >= ?2
         CROSS JOIN mentions ma ON ma.article_id = a.id AND ma.entity_id = mb.entity_id AND ma.salience >= ?2
         WHERE a.id = ?1 AND a.published_at IS NOT NULL
         ORDER BY b.id",
    )
    .bind(article_id)
    .bind(min_salience)
    .bind(STORY_DAYS)
    .fetch_all(db)
    .await?)
}

/// Put articles in a story, creating it when `story_id` is `None`; returns the story id.
pub async fn join(
    tx: &mut sqlx::SqliteConnection,
    story_id: Option<i64>,
    articles: &[i64],
    title: &str,
    now: &str,
) -> Result<i64, StoreError> {
    let id = match story_id {
        Some(id) => id,
        None => {
            sqlx::query_scalar(
                "INSERT INTO stories (title, created_at) VALUES (?1, ?2) RETURNING id",
            )
            .bind(title)
            .bind(now)
            .fetch_one(&mut *tx)
            .await?
        }
    };
    for article in articles {
        sqlx::query("UPDATE articles SET story_id = ?2 WHERE id = ?1")
            .bind(article)
            .bind(id)
            .execute(&mut *tx)
            .await?;
    }
    sqlx::query(
        "UPDATE stories SET first_article_id = (SELECT id FROM articles WHERE story_id = ?1
             ORDER BY published_at, id LIMIT 1) WHERE id = ?1",
    )
    .bind(id)
    .execute(&mut *tx)
    .await?;
    Ok(id)
}

/// Take an article out of its story (before analysing it again).
pub async fn leave(db: impl SqliteExecutor<'_>, article_id: i64) -> Result<(), StoreError> {
    // Only when it is in a story: an UPDATE rewrites the whole (wide) article row.
    sqlx::query("UPDATE articles SET story_id = NULL WHERE id = ?1 AND story_id IS NOT NULL")
        .bind(article_id)
        .execute(db)
        .await?;
    Ok(())
}

/// The story an article belongs to, if any.
pub async fn story_of(
    db: impl SqliteExecutor<'_>,
    article_id: i64,
) -> Result<Option<i64>, StoreError> {
    Ok(
        sqlx::query_scalar("SELECT story_id FROM articles WHERE id = ?1")
            .bind(article_id)
            .fetch_optional(db)
            .await?
            .flatten(),
    )
}

/// The other articles of an article's story, first reported first.
pub async fn siblings(
    db: impl SqliteExecutor<'_>,
    article_id: i64,
) -> Result<Vec<StoryArticle>, StoreError> {
    Ok(sqlx::query_as(
        "SELECT b.id, b.title, s.name AS source, b.published_at FROM articles a
         JOIN articles b ON b.story_id = a.story_id AND b.id != a.id
         LEFT JOIN sources s ON s.id = b.source_id
         WHERE a.id = ?1 AND a.story_id IS NOT NULL ORDER BY b.published_at, b.id",
    )
    .bind(article_id)
    .fetch_all(db)
    .await?)
}
