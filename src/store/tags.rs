//! The `tags` and `article_tags` tables. Tag names are case-insensitive: "AI" and "ai"
//! are one tag, and so are "Économie" and "économie" (see `query::fold::spellings`),
//! shown as first written.

use sqlx::{SqliteConnection, SqliteExecutor};

use super::StoreError;
use crate::model::{Holder, Tag};

/// The id of the tag `name` is, whatever the case of its letters beyond ASCII (NOCASE
/// compares only A to Z): the one written exactly so, else the first made, when a notebook
/// from before this holds several spellings.
pub async fn find(db: &mut SqliteConnection, name: &str) -> Result<Option<i64>, StoreError> {
    Ok(sqlx::query_scalar(
        "SELECT id FROM tags WHERE name IN (SELECT value FROM json_each(?1))
         ORDER BY name = ?2 COLLATE BINARY DESC, id LIMIT 1",
    )
    .bind(super::spellings_json(name)?)
    .bind(name)
    .fetch_optional(db)
    .await?)
}

/// Find or create the tag `name`; returns its id.
pub async fn upsert(db: &mut SqliteConnection, name: &str) -> Result<i64, StoreError> {
    if !name.is_ascii()
        && let Some(id) = find(&mut *db, name).await?
    {
        return Ok(id);
    }
    let id = sqlx::query_scalar(
        "INSERT INTO tags (name) VALUES (?1)
         ON CONFLICT(name) DO UPDATE SET name = tags.name RETURNING id",
    )
    .bind(name)
    .fetch_one(db)
    .await?;
    Ok(id)
}

/// Call tag `id` `to`; when another tag is called `to` already (in any case), merge into
/// that one instead: every article and feed carrying `id` is given it, and `id` goes.
/// Returns the id the articles carry after, and whether it was a merge. The caller's
/// transaction holds the statements together.
pub async fn rename(
    db: &mut SqliteConnection,
    id: i64,
    to: &str,
) -> Result<(i64, bool), StoreError> {
    match find(&mut *db, to).await? {
        Some(into) if into != id => {
            for moved in [
                "INSERT OR IGNORE INTO article_tags (article_id, tag_id)
                 SELECT article_id, ?2 FROM article_tags WHERE tag_id = ?1",
                "INSERT OR IGNORE INTO feed_tags (feed_id, tag_id)
                 SELECT feed_id, ?2 FROM feed_tags WHERE tag_id = ?1",
            ] {
                sqlx::query(moved)
                    .bind(id)
                    .bind(into)
                    .execute(&mut *db)
                    .await?;
            }
            // Its rows in article_tags and feed_tags go with it (ON DELETE CASCADE).
            sqlx::query("DELETE FROM tags WHERE id = ?1")
                .bind(id)
                .execute(&mut *db)
                .await?;
            Ok((into, true))
        }
        _ => {
            sqlx::query("UPDATE tags SET name = ?2 WHERE id = ?1")
                .bind(id)
                .bind(to)
                .execute(&mut *db)
                .await?;
            Ok((id, false))
        }
    }
}

/// Take tag `id` off every article and feed, and drop it; returns the articles and the
/// feeds that carried it (see `Holder`), in order of id.
pub async fn delete(
    db: &mut SqliteConnection,
    id: i64,
) -> Result<(Vec<Holder>, Vec<Holder>), StoreError> {
    let articles: Vec<(i64, String)> = sqlx::query_as(
        "SELECT a.id, a.content_hash FROM article_tags x JOIN articles a ON a.id = x.article_id
         WHERE x.tag_id = ?1 ORDER BY a.id",
    )
    .bind(id)
    .fetch_all(&mut *db)
    .await?;
    let feeds: Vec<(i64, String)> = sqlx::query_as(
        "SELECT f.id, f.url FROM feed_tags x JOIN feeds f ON f.id = x.feed_id
         WHERE x.tag_id = ?1 ORDER BY f.id",
    )
    .bind(id)
    .fetch_all(&mut *db)
    .await?;
    // Its rows in article_tags and feed_tags go with it (ON DELETE CASCADE).
    sqlx::query("DELETE FROM tags WHERE id = ?1")
        .bind(id)
        .execute(&mut *db)
        .await?;
    let holders = |rows: Vec<(i64, String)>| {
        rows.into_iter()
            .map(|(id, key)| Holder { id, key })
            .collect()
    };
    Ok((holders(articles), holders(feeds)))
}

/// Put tag `tag_id` back on those of `articles` and `feeds` that are still there (the same
/// id and key, see `Holder`); returns the ids of the articles it was put on.
pub async fn reattach(
    db: &mut SqliteConnection,
    tag_id: i64,
    articles: &[Holder],
    feeds: &[Holder],
) -> Result<Vec<i64>, StoreError> {
    let json =
        |rows: &[Holder]| serde_json::to_string(rows).map_err(|e| StoreError::Sql(e.to_string()));
    let put: Vec<i64> = sqlx::query_scalar(
        "INSERT INTO article_tags (article_id, tag_id)
         SELECT a.id, ?2 FROM json_each(?1) j
         JOIN articles a ON a.id = j.value ->> 'id' AND a.content_hash = j.value ->> 'key'
         WHERE true ON CONFLICT DO NOTHING RETURNING article_id",
    )
    .bind(json(articles)?)
    .bind(tag_id)
    .fetch_all(&mut *db)
    .await?;
    sqlx::query(
        "INSERT INTO feed_tags (feed_id, tag_id)
         SELECT f.id, ?2 FROM json_each(?1) j
         JOIN feeds f ON f.id = j.value ->> 'id' AND f.url = j.value ->> 'key'
         WHERE true ON CONFLICT DO NOTHING",
    )
    .bind(json(feeds)?)
    .bind(tag_id)
    .execute(&mut *db)
    .await?;
    Ok(put)
}

/// Tag `id` with the number of articles and feeds carrying it.
pub async fn get(db: impl SqliteExecutor<'_>, id: i64) -> Result<Tag, StoreError> {
    let (name, count, feeds) = sqlx::query_as(
        "SELECT name, (SELECT count(*) FROM article_tags WHERE tag_id = ?1),
                (SELECT count(*) FROM feed_tags WHERE tag_id = ?1)
         FROM tags WHERE id = ?1",
    )
    .bind(id)
    .fetch_one(db)
    .await?;
    Ok(Tag { name, count, feeds })
}

/// Put a tag on an article (a no-op when it is already there).
pub async fn attach(
    db: impl SqliteExecutor<'_>,
    article_id: i64,
    tag_id: i64,
) -> Result<(), StoreError> {
    sqlx::query("INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?1, ?2)")
        .bind(article_id)
        .bind(tag_id)
        .execute(db)
        .await?;
    Ok(())
}

/// Put tag `tag_id` on every article of `ids`, in one statement; returns the ids that did
/// not carry it before.
pub async fn attach_many(
    db: &mut sqlx::SqliteConnection,
    ids: &[i64],
    tag_id: i64,
) -> Result<Vec<i64>, StoreError> {
    let ids = serde_json::to_string(ids).map_err(|e| StoreError::Sql(e.to_string()))?;
    Ok(sqlx::query_scalar(
        "INSERT INTO article_tags (article_id, tag_id) SELECT value, ?2 FROM json_each(?1)
         WHERE true ON CONFLICT DO NOTHING RETURNING article_id",
    )
    .bind(ids)
    .bind(tag_id)
    .fetch_all(&mut *db)
    .await?)
}

/// Take the tag called `name` (in any case) off an article; returns whether it was there.
pub async fn detach(
    db: impl SqliteExecutor<'_>,
    article_id: i64,
    name: &str,
) -> Result<bool, StoreError> {
    let spellings = super::spellings_json(name)?;
    let done = sqlx::query(
        "DELETE FROM article_tags WHERE article_id = ?1
         AND tag_id IN (SELECT id FROM tags WHERE name IN (SELECT value FROM json_each(?2)))",
    )
    .bind(article_id)
    .bind(spellings)
    .execute(db)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Every tag some article or feed carries, with the number of each, most articles first
/// (a tag only feeds carry, waiting for their next items, comes last). A tag whose last
/// article and feed lost it (an undone tagging, a delete) is not listed: its row stays, so
/// the name comes back as first written if it is used again.
pub async fn list(db: impl SqliteExecutor<'_>) -> Result<Vec<Tag>, StoreError> {
    let rows: Vec<(String, i64, i64)> = sqlx::query_as(
        "SELECT t.name, coalesce(a.n, 0) AS n, coalesce(f.n, 0) AS feeds FROM tags t
         LEFT JOIN (SELECT tag_id, count(*) AS n FROM article_tags GROUP BY tag_id) a
           ON a.tag_id = t.id
         LEFT JOIN (SELECT tag_id, count(*) AS n FROM feed_tags GROUP BY tag_id) f
           ON f.tag_id = t.id
         WHERE a.n IS NOT NULL OR f.n IS NOT NULL
         ORDER BY n DESC, feeds DESC, t.name",
    )
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(name, count, feeds)| Tag { name, count, feeds })
        .collect())
}
