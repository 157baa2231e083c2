//! The `entities`, `entity_aliases` and `mentions` tables. Registry entities are written
//! the first time an article names them; a user's edits (added entities and aliases,
//! renames, merges, rejections) live in the same rows and always win over the registry.

use sqlx::SqliteExecutor;

use super::StoreError;
use crate::model::{ArticleEntity, EntityInfo};

/// An entity row as analysis needs it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EntityRow {
    pub id: i64,
    pub key: String,
    pub name: String,
    pub kind: String,
    pub origin: String,
    pub rejected: bool,
    pub merged_into: Option<i64>,
}

/// Find or create the entity with this registry key; never overwrites a user's rename,
/// merge or rejection. Returns its row.
pub async fn ensure(
    db: impl SqliteExecutor<'_>,
    key: &str,
    name: &str,
    kind: &str,
    now: &str,
) -> Result<EntityRow, StoreError> {
    Ok(sqlx::query_as(
        "INSERT INTO entities (key, name, kind, origin, created_at) VALUES (?1, ?2, ?3, 'registry', ?4)
         ON CONFLICT(key) DO UPDATE SET key = entities.key
         RETURNING id, key, name, kind, origin, rejected, merged_into",
    )
    .bind(key)
    .bind(name)
    .bind(kind)
    .bind(now)
    .fetch_one(db)
    .await?)
}

/// Create a user's own entity; errs (unique key) when one with that key exists.
pub async fn insert_user(
    db: impl SqliteExecutor<'_>,
    key: &str,
    name: &str,
    kind: &str,
    now: &str,
) -> Result<i64, StoreError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO entities (key, name, kind, origin, created_at) VALUES (?1, ?2, ?3, 'user', ?4)
         RETURNING id",
    )
    .bind(key)
    .bind(name)
    .bind(kind)
    .bind(now)
    .fetch_one(db)
    .await?)
}

/// Link an entity to its parent (when it has none yet).
pub async fn set_parent(
    db: impl SqliteExecutor<'_>,
    id: i64,
    parent_id: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE entities SET parent_id = ?2 WHERE id = ?1 AND parent_id IS NULL AND id != ?2",
    )
    .bind(id)
    .bind(parent_id)
    .execute(db)
    .await?;
    Ok(())
}

/// Record another name for an entity.
pub async fn add_alias(
    db: impl SqliteExecutor<'_>,
    id: i64,
    alias: &str,
    origin: &str,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT OR IGNORE INTO entity_aliases (alias, entity_id, origin) VALUES (?1, ?2, ?3)",
    )
    .bind(alias)
    .bind(id)
    .bind(origin)
    .execute(db)
    .await?;
    Ok(())
}

/// The live entity called `name` (by name or alias, ignoring case), following merges;
/// rejected entities are not found.
pub async fn find(
    db: impl SqliteExecutor<'_>,
    name: &str,
) -> Result<Option<EntityRow>, StoreError> {
    Ok(sqlx::query_as(
        "WITH RECURSIVE hit(id, depth) AS (
             SELECT id, 0 FROM entities
                 WHERE name IN (SELECT value FROM json_each(?2)) OR key = ?1
             UNION SELECT entity_id, 0 FROM entity_aliases
                 WHERE alias IN (SELECT value FROM json_each(?2))
             UNION SELECT e.merged_into, h.depth + 1 FROM entities e JOIN hit h ON e.id = h.id
                 WHERE e.merged_into IS NOT NULL AND h.depth < 8)
         SELECT e.id, e.key, e.name, e.kind, e.origin, e.rejected, e.merged_into
         FROM hit JOIN entities e ON e.id = hit.id
         WHERE e.merged_into IS NULL AND e.rejected = 0
         ORDER BY (e.origin = 'user') DESC, hit.depth DESC, e.id LIMIT 1",
    )
    .bind(name.trim())
    .bind(super::spellings_json(name.trim())?)
    .fetch_optional(db)
    .await?)
}

/// The rejected entity called `name` (its name, key or an alias), if one is.
pub async fn find_rejected(
    db: impl SqliteExecutor<'_>,
    name: &str,
) -> Result<Option<EntityRow>, StoreError> {
    Ok(sqlx::query_as(
        "SELECT e.id, e.key, e.name, e.kind, e.origin, e.rejected, e.merged_into
         FROM entities e
         WHERE e.rejected = 1 AND e.merged_into IS NULL AND (e.name = ?1 OR e.key = ?1
             OR e.id IN (SELECT entity_id FROM entity_aliases WHERE alias = ?1))
         ORDER BY e.id LIMIT 1",
    )
    .bind(name.trim())
    .fetch_optional(db)
    .await?)
}

/// Every entity a user has touched or added, for rebuilding the matcher: (row, aliases).
pub async fn user_edits(
    db: impl SqliteExecutor<'_>,
) -> Result<Vec<(EntityRow, Option<String>)>, StoreError> {
    #[derive(sqlx::FromRow)]
    struct EditRow {
        #[sqlx(flatten)]
        row: EntityRow,
        aliases: Option<String>,
    }
    let rows: Vec<EditRow> = sqlx::query_as(
        "SELECT e.id, e.key, e.name, e.kind, e.origin, e.rejected, e.merged_into,
                (SELECT group_concat(alias, char(31)) FROM entity_aliases a
                 WHERE a.entity_id = e.id AND a.origin = 'user') AS aliases
         FROM entities e
         WHERE e.origin = 'user' OR e.rejected = 1 OR e.merged_into IS NOT NULL
            OR EXISTS (SELECT 1 FROM entity_aliases a WHERE a.entity_id = e.id AND a.origin = 'user')",
    )
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(|r| (r.row, r.aliases)).collect())
}

/// Replace an article's mentions.
pub async fn clear_mentions(
    db: impl SqliteExecutor<'_>,
    article_id: i64,
) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM mentions WHERE article_id = ?1")
        .bind(article_id)
        .execute(db)
        .await?;
    Ok(())
}

/// What an article says about one entity: how often it names it, how central it is, and
/// where it first does (-1: only in the title).
#[derive(Debug, Clone, Copy)]
pub struct NewMention {
    pub entity_id: i64,
    pub count: i64,
    pub salience: f64,
    pub first_offset: i64,
}

/// Rows per statement: 5 parameters each, far below SQLite's limit of 32,766.
const MENTIONS_PER_STATEMENT: usize = 500;

/// Record (or add to) what an article says about its entities, in one statement per
/// `MENTIONS_PER_STATEMENT` (an import writes about ten per article: one statement each
/// was a round trip to SQLite's thread each). Two mentions of one entity add up.
pub async fn insert_mentions(
    db: &mut sqlx::SqliteConnection,
    article_id: i64,
    mentions: &[NewMention],
) -> Result<(), StoreError> {
    for chunk in mentions.chunks(MENTIONS_PER_STATEMENT) {
        let mut q: sqlx::QueryBuilder<sqlx::Sqlite> = sqlx::QueryBuilder::new(
            "INSERT INTO mentions (article_id, entity_id, count, salience, first_offset) ",
        );
        q.push_values(chunk, |mut row, m| {
            row.push_bind(article_id)
                .push_bind(m.entity_id)
                .push_bind(m.count)
                .push_bind(m.salience)
                .push_bind(m.first_offset);
        });
        q.push(
            " ON CONFLICT(article_id, entity_id) DO UPDATE SET count = count + excluded.count,
            salience = max(salience, excluded.salience),
            first_offset = min(first_offset, excluded.first_offset)",
        );
        q.build().execute(&mut *db).await?;
    }
    Ok(())
}

/// Entities with their article counts, most mentioned first (merged and rejected ones out).
pub async fn list(db: impl SqliteExecutor<'_>, limit: u32) -> Result<Vec<EntityInfo>, StoreError> {
    #[derive(sqlx::FromRow)]
    struct ListRow {
        id: i64,
        name: String,
        kind: String,
        parent: Option<String>,
        articles: i64,
        aliases: Option<String>,
    }
    let rows: Vec<ListRow> = sqlx::query_as(
        "SELECT e.id, e.name, e.kind, p.name AS parent, count(m.article_id) AS articles,
                (SELECT group_concat(alias, char(31)) FROM entity_aliases a WHERE a.entity_id = e.id) AS aliases
         FROM entities e LEFT JOIN entities p ON p.id = e.parent_id
         LEFT JOIN mentions m ON m.entity_id = e.id
         WHERE e.rejected = 0 AND e.merged_into IS NULL
         GROUP BY e.id ORDER BY articles DESC, e.name LIMIT ?1",
    )
    .bind(i64::from(limit))
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| EntityInfo {
            id: r.id,
            name: r.name,
            kind: r.kind,
            parent: r.parent,
            articles: r.articles,
            aliases: r
                .aliases
                .map(|a| a.split('\u{1f}').map(str::to_owned).collect())
                .unwrap_or_default(),
        })
        .collect())
}

/// The live entities an article mentions, most salient first (rejected ones left out,
/// merged ones shown as what they were merged into).
pub async fn for_article(
    db: impl SqliteExecutor<'_>,
    article_id: i64,
) -> Result<Vec<ArticleEntity>, StoreError> {
    Ok(sqlx::query_as(
        "SELECT coalesce(t.name, e.name) AS name, coalesce(t.kind, e.kind) AS kind, sum(m.count) AS count
         FROM mentions m JOIN entities e ON e.id = m.entity_id
         LEFT JOIN entities t ON t.id = e.merged_into
         WHERE m.article_id = ?1 AND e.rejected = 0 AND coalesce(t.rejected, 0) = 0
         GROUP BY coalesce(t.id, e.id) ORDER BY max(m.salience) DESC, count DESC, name",
    )
    .bind(article_id)
    .fetch_all(db)
    .await?)
}

/// Rename an entity (a user edit).
pub async fn rename(db: impl SqliteExecutor<'_>, id: i64, name: &str) -> Result<bool, StoreError> {
    Ok(sqlx::query("UPDATE entities SET name = ?2 WHERE id = ?1")
        .bind(id)
        .bind(name)
        .execute(db)
        .await?
        .rows_affected()
        > 0)
}

/// What an edit of entity `id` would touch: the articles that mention it, its timeline
/// events, and (for a merge into `into`) how many of those articles mention `into` already.
pub async fn effect(
    db: &mut sqlx::SqliteConnection,
    id: i64,
    into: Option<i64>,
) -> Result<(i64, i64, i64), StoreError> {
    let articles: i64 = sqlx::query_scalar("SELECT count(*) FROM mentions WHERE entity_id = ?1")
        .bind(id)
        .fetch_one(&mut *db)
        .await?;
    let events: i64 =
        sqlx::query_scalar("SELECT count(*) FROM event_entities WHERE entity_id = ?1")
            .bind(id)
            .fetch_one(&mut *db)
            .await?;
    let shared: i64 = match into {
        Some(into) => {
            sqlx::query_scalar(
                "SELECT count(*) FROM mentions a JOIN mentions b ON b.article_id = a.article_id
                 WHERE a.entity_id = ?1 AND b.entity_id = ?2",
            )
            .bind(id)
            .bind(into)
            .fetch_one(&mut *db)
            .await?
        }
        None => 0,
    };
    Ok((articles, events, shared))
}

/// Reject an entity: analysis no longer records it.
pub async fn reject(tx: &mut sqlx::SqliteConnection, id: i64) -> Result<(), StoreError> {
    sqlx::query("UPDATE entities SET rejected = 1 WHERE id = ?1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM mentions WHERE entity_id = ?1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM event_entities WHERE entity_id = ?1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    Ok(())
}

/// Take back a rejection: the entity is recognised again (its mentions and timeline
/// items come back with the next analysis, which the caller runs).
pub async fn restore(tx: &mut sqlx::SqliteConnection, id: i64) -> Result<(), StoreError> {
    sqlx::query("UPDATE entities SET rejected = 0 WHERE id = ?1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    Ok(())
}

/// Merge `from` into `into`: its mentions, events and aliases move over, and analysis maps
/// it to `into` from now on.
pub async fn merge(
    tx: &mut sqlx::SqliteConnection,
    from: i64,
    into: i64,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE entities SET merged_into = ?2 WHERE id = ?1")
        .bind(from)
        .bind(into)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO mentions (article_id, entity_id, count, salience, first_offset)
         SELECT article_id, ?2, count, salience, first_offset FROM mentions WHERE entity_id = ?1
         ON CONFLICT(article_id, entity_id) DO UPDATE SET count = count + excluded.count,
            salience = max(salience, excluded.salience)",
    )
    .bind(from)
    .bind(into)
    .execute(&mut *tx)
    .await?;
    sqlx::query("DELETE FROM mentions WHERE entity_id = ?1")
        .bind(from)
        .execute(&mut *tx)
        .await?;
    sqlx::query("INSERT OR IGNORE INTO event_entities (event_id, entity_id, covered) SELECT event_id, ?2, covered FROM event_entities WHERE entity_id = ?1")
        .bind(from)
        .bind(into)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM event_entities WHERE entity_id = ?1")
        .bind(from)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT OR IGNORE INTO entity_aliases (alias, entity_id, origin)
         SELECT name, ?2, 'user' FROM entities WHERE id = ?1",
    )
    .bind(from)
    .bind(into)
    .execute(&mut *tx)
    .await?;
    Ok(())
}
