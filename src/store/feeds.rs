//! The `feeds`, `feed_tags` and `feed_items` tables: subscriptions, their HTTP validators
//! and back-off state, the tags each puts on its articles, and the items already seen.

use sqlx::SqliteExecutor;

use super::StoreError;

/// A subscription as stored.
#[derive(
    Debug, Clone, PartialEq, sqlx::FromRow, serde::Serialize, serde::Deserialize, ts_rs::TS,
)]
pub struct FeedRow {
    pub id: i64,
    pub url: String,
    pub title: Option<String>,
    pub site_url: Option<String>,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub last_polled_at: Option<String>,
    pub failures: i64,
    pub last_error: Option<String>,
    pub next_poll_at: Option<String>,
    /// The feed's tags, joined by U+001F.
    #[serde(skip)]
    pub tags: Option<String>,
    /// The feed's themes, joined by U+001F.
    #[serde(skip)]
    pub themes: Option<String>,
}

const SELECT: &str =
    "SELECT f.id, f.url, f.title, f.site_url, f.etag, f.last_modified, f.last_polled_at,
        f.failures, f.last_error, f.next_poll_at,
        (SELECT group_concat(t.name, char(31)) FROM feed_tags ft JOIN tags t ON t.id = ft.tag_id
          WHERE ft.feed_id = f.id) AS tags,
        (SELECT group_concat(t.name, char(31)) FROM feed_themes fh JOIN themes t ON t.id = fh.theme_id
          WHERE fh.feed_id = f.id) AS themes
   FROM feeds f";

/// Insert a subscription; `None` when the URL is already subscribed.
pub async fn insert(
    db: impl SqliteExecutor<'_>,
    url: &str,
    title: Option<&str>,
    site_url: Option<&str>,
    now: &str,
) -> Result<Option<i64>, StoreError> {
    Ok(sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "INSERT INTO feeds (id, url, title, site_url, created_at) VALUES ({}, ?1, ?2, ?3, ?4)
         ON CONFLICT (url) DO NOTHING RETURNING id",
        super::ids::next(super::ids::Numbered::Feeds)
    )))
    .bind(url)
    .bind(title)
    .bind(site_url)
    .bind(now)
    .fetch_optional(db)
    .await?)
}

/// Put a tag on a feed (the tag row must exist).
pub async fn attach_tag(
    db: impl SqliteExecutor<'_>,
    feed_id: i64,
    tag_id: i64,
) -> Result<(), StoreError> {
    sqlx::query("INSERT OR IGNORE INTO feed_tags (feed_id, tag_id) VALUES (?1, ?2)")
        .bind(feed_id)
        .bind(tag_id)
        .execute(db)
        .await?;
    Ok(())
}

/// Put a theme on a feed: its new articles are confirmed in it.
pub async fn attach_theme(
    db: impl SqliteExecutor<'_>,
    feed_id: i64,
    theme_id: i64,
) -> Result<(), StoreError> {
    sqlx::query("INSERT OR IGNORE INTO feed_themes (feed_id, theme_id) VALUES (?1, ?2)")
        .bind(feed_id)
        .bind(theme_id)
        .execute(db)
        .await?;
    Ok(())
}

/// Every subscription, oldest first.
pub async fn list(db: impl SqliteExecutor<'_>) -> Result<Vec<FeedRow>, StoreError> {
    Ok(
        sqlx::query_as(sqlx::AssertSqlSafe(format!("{SELECT} ORDER BY f.id")))
            .fetch_all(db)
            .await?,
    )
}

/// The subscription with this id or URL.
pub async fn find(db: impl SqliteExecutor<'_>, key: &str) -> Result<Option<FeedRow>, StoreError> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE f.url = ?1 OR CAST(f.id AS TEXT) = ?1"
    )))
    .bind(key.trim())
    .fetch_optional(db)
    .await?)
}

/// Delete a subscription (its items and tags go with it; its articles stay).
pub async fn delete(db: impl SqliteExecutor<'_>, id: i64) -> Result<bool, StoreError> {
    let done = sqlx::query("DELETE FROM feeds WHERE id = ?1")
        .bind(id)
        .execute(db)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// Record a successful poll: new validators (a 304 keeps the old ones), title, schedule.
pub async fn record_success(
    db: impl SqliteExecutor<'_>,
    id: i64,
    validators: Option<(Option<&str>, Option<&str>)>,
    title: Option<&str>,
    now: &str,
    next: &str,
) -> Result<(), StoreError> {
    let (etag, modified, replace) = match validators {
        Some((e, m)) => (e, m, 1),
        None => (None, None, 0),
    };
    sqlx::query(
        "UPDATE feeds SET
            etag = CASE WHEN ?2 THEN ?3 ELSE etag END,
            last_modified = CASE WHEN ?2 THEN ?4 ELSE last_modified END,
            title = coalesce(?5, title), last_polled_at = ?6, failures = 0, last_error = NULL,
            next_poll_at = ?7
         WHERE id = ?1",
    )
    .bind(id)
    .bind(replace)
    .bind(etag)
    .bind(modified)
    .bind(title)
    .bind(now)
    .bind(next)
    .execute(db)
    .await?;
    Ok(())
}

/// Record a failed poll: one more failure, the error, and when to try again.
pub async fn record_failure(
    db: impl SqliteExecutor<'_>,
    id: i64,
    error: &str,
    now: &str,
    next: &str,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE feeds SET failures = failures + 1, last_error = ?2, last_polled_at = ?3,
            next_poll_at = ?4 WHERE id = ?1",
    )
    .bind(id)
    .bind(error)
    .bind(now)
    .bind(next)
    .execute(db)
    .await?;
    Ok(())
}

/// Whether the feed has shown this item before and it needs nothing more: clipped, or
/// failed at `retry_failed_before` or later (an item that failed earlier is tried again).
pub async fn seen(
    db: impl SqliteExecutor<'_>,
    feed_id: i64,
    guid: &str,
    retry_failed_before: &str,
) -> Result<bool, StoreError> {
    let n: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM feed_items WHERE feed_id = ?1 AND guid = ?2 \
         AND (error IS NULL OR seen_at >= ?3)",
    )
    .bind(feed_id)
    .bind(guid)
    .bind(retry_failed_before)
    .fetch_one(db)
    .await?;
    Ok(n > 0)
}

/// Whether an item of this feed failed before `retry_failed_before` and is due to be
/// tried again (the poll must then read the feed's items even if it has not changed).
pub async fn retry_due(
    db: impl SqliteExecutor<'_>,
    feed_id: i64,
    retry_failed_before: &str,
) -> Result<bool, StoreError> {
    let n: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM feed_items WHERE feed_id = ?1 AND error IS NOT NULL \
         AND seen_at < ?2",
    )
    .bind(feed_id)
    .bind(retry_failed_before)
    .fetch_one(db)
    .await?;
    Ok(n > 0)
}

/// Start the wait again for every failed item of this feed still due at
/// `retry_failed_before`: after a poll that read the items, those are the ones the feed no
/// longer offers, which wait like an item that failed again instead of keeping every later
/// poll from asking conditionally.
pub async fn rewait_failed(
    db: impl SqliteExecutor<'_>,
    feed_id: i64,
    retry_failed_before: &str,
    now: &str,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE feed_items SET seen_at = ?3 WHERE feed_id = ?1 AND error IS NOT NULL \
         AND seen_at < ?2",
    )
    .bind(feed_id)
    .bind(retry_failed_before)
    .bind(now)
    .execute(db)
    .await?;
    Ok(())
}

/// Remember an item, with the article it became or the reason it did not.
pub async fn insert_item(
    db: impl SqliteExecutor<'_>,
    feed_id: i64,
    guid: &str,
    url: Option<&str>,
    article_id: Option<i64>,
    error: Option<&str>,
    now: &str,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT OR REPLACE INTO feed_items (feed_id, guid, url, article_id, error, seen_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )
    .bind(feed_id)
    .bind(guid)
    .bind(url)
    .bind(article_id)
    .bind(error)
    .bind(now)
    .execute(db)
    .await?;
    Ok(())
}
