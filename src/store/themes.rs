//! The `themes` and `article_themes` tables: named queries with a colour, and which
//! articles each holds (computed, with a user's confirm or reject winning).

use sqlx::{QueryBuilder, Sqlite, SqliteExecutor};

use super::StoreError;
use crate::model::{ArticleTheme, ThemeInfo};
use crate::query::Expr;
use crate::query::sql::{KnownText, push_filter, push_filter_for_row};

/// Create or update the theme `name`; returns its id.
pub async fn upsert(
    db: impl SqliteExecutor<'_>,
    name: &str,
    query: &str,
    color: &str,
    now: &str,
) -> Result<i64, StoreError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO themes (name, query, color, created_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT(name) DO UPDATE SET query = excluded.query, color = excluded.color RETURNING id",
    )
    .bind(name)
    .bind(query)
    .bind(color)
    .bind(now)
    .fetch_one(db)
    .await?)
}

/// Every theme's id and query, without counting its articles: what analysing one new
/// article needs, at a cost that does not grow with the notebook.
pub async fn queries(db: impl SqliteExecutor<'_>) -> Result<Vec<(i64, String)>, StoreError> {
    Ok(sqlx::query_as("SELECT id, query FROM themes ORDER BY id")
        .fetch_all(db)
        .await?)
}

/// Every theme's id, name and query.
pub async fn named_queries(
    db: impl SqliteExecutor<'_>,
) -> Result<Vec<(i64, String, String)>, StoreError> {
    Ok(
        sqlx::query_as("SELECT id, name, query FROM themes ORDER BY name")
            .fetch_all(db)
            .await?,
    )
}

/// Give theme `id` the query `query` (its articles are scored again by the caller).
pub async fn set_query(
    db: impl SqliteExecutor<'_>,
    id: i64,
    query: &str,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE themes SET query = ?2 WHERE id = ?1")
        .bind(id)
        .bind(query)
        .execute(db)
        .await?;
    Ok(())
}

/// Every theme with its article count (`saved_searches` left empty: the notebook reads
/// them from the saved searches' queries).
pub async fn list(db: impl SqliteExecutor<'_>) -> Result<Vec<ThemeInfo>, StoreError> {
    let rows: Vec<(i64, String, String, String, i64)> = sqlx::query_as(
        "SELECT t.id, t.name, t.query, t.color,
                (SELECT count(*) FROM article_themes x WHERE x.theme_id = t.id
                 AND (x.manual = 'confirmed' OR (x.manual IS NULL AND x.score > 0)))
         FROM themes t ORDER BY t.name",
    )
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, name, query, color, articles)| ThemeInfo {
            id,
            name,
            query,
            color,
            articles,
            saved_searches: Vec::new(),
        })
        .collect())
}

/// Delete a theme; its memberships and feed links go with it (foreign keys cascade).
pub async fn delete(db: impl SqliteExecutor<'_>, id: i64) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM themes WHERE id = ?1")
        .bind(id)
        .execute(db)
        .await?;
    Ok(())
}

/// Rename theme `id` from `from` to `to`, and the memos written about it (memos name
/// their theme) with it.
pub async fn rename(
    tx: &mut sqlx::SqliteConnection,
    id: i64,
    from: &str,
    to: &str,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE themes SET name = ?2 WHERE id = ?1")
        .bind(id)
        .bind(to)
        .execute(&mut *tx)
        .await?;
    super::memos::move_subject(tx, "theme", from, to).await
}

/// The theme called `name` (ignoring case, beyond ASCII too): (id, name, query).
pub async fn find(
    db: impl SqliteExecutor<'_>,
    name: &str,
) -> Result<Option<(i64, String, String)>, StoreError> {
    Ok(sqlx::query_as(
        "SELECT id, name, query FROM themes WHERE name IN (SELECT value FROM json_each(?1))
             ORDER BY name = ?2 COLLATE BINARY DESC, id LIMIT 1",
    )
    .bind(super::spellings_json(name.trim())?)
    .bind(name.trim())
    .fetch_optional(db)
    .await?)
}

/// Recompute a theme's membership of every article: matching articles get score 1,
/// others 0; a user's confirm or reject is kept.
pub async fn materialize(
    tx: &mut sqlx::SqliteConnection,
    theme_id: i64,
    expr: &Expr,
) -> Result<(), StoreError> {
    let mut q: QueryBuilder<Sqlite> =
        QueryBuilder::new("INSERT INTO article_themes (article_id, theme_id, score) SELECT a.id, ");
    q.push_bind(theme_id).push(", CASE WHEN ");
    push_filter(&mut q, expr);
    q.push(" THEN 1.0 ELSE 0.0 END FROM articles a WHERE 1 = 1");
    q.push(" ON CONFLICT(article_id, theme_id) DO UPDATE SET score = excluded.score");
    q.build().execute(&mut *tx).await?;
    Ok(())
}

/// Score the articles `among` (`None`: all) again against every theme whose query
/// mentions one of `asks` (`"tag:"`, `"is:"`, `"entity:"`; empty: every theme), as
/// `materialize` does. A query saved by an earlier release that no longer parses is left
/// as it was.
pub async fn rescore(
    tx: &mut sqlx::SqliteConnection,
    among: Option<&[i64]>,
    asks: &[&str],
) -> Result<(), StoreError> {
    if among.is_some_and(<[i64]>::is_empty) {
        return Ok(());
    }
    let ids = among
        .map(serde_json::to_string)
        .transpose()
        .map_err(|e| StoreError::Sql(e.to_string()))?;
    for (theme_id, text) in queries(&mut *tx).await? {
        let lower = text.to_lowercase();
        if !asks.is_empty() && !asks.iter().any(|a| lower.contains(a)) {
            continue;
        }
        let Ok(expr) = crate::query::parse(&text) else {
            continue;
        };
        let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(
            "INSERT INTO article_themes (article_id, theme_id, score) SELECT a.id, ",
        );
        q.push_bind(theme_id).push(", CASE WHEN ");
        push_filter(&mut q, &expr);
        q.push(" THEN 1.0 ELSE 0.0 END FROM articles a WHERE 1 = 1");
        if let Some(ids) = &ids {
            q.push(" AND a.id IN (SELECT value FROM json_each(")
                .push_bind(ids.clone())
                .push("))");
        }
        q.push(" ON CONFLICT(article_id, theme_id) DO UPDATE SET score = excluded.score");
        q.build().execute(&mut *tx).await?;
    }
    Ok(())
}

/// Score one article against every theme of `themes` (id, parsed query) in one
/// statement, with what is `known` of its text; as `materialize` does for all articles.
pub async fn materialize_article(
    tx: &mut sqlx::SqliteConnection,
    article_id: i64,
    themes: &[(i64, Expr)],
    known: KnownText<'_>,
) -> Result<(), StoreError> {
    if themes.is_empty() {
        return Ok(());
    }
    let mut q: QueryBuilder<Sqlite> =
        QueryBuilder::new("INSERT INTO article_themes (article_id, theme_id, score) ");
    for (i, (theme_id, expr)) in themes.iter().enumerate() {
        if i > 0 {
            q.push(" UNION ALL ");
        }
        q.push("SELECT a.id, ")
            .push_bind(*theme_id)
            .push(", CASE WHEN ");
        push_filter_for_row(&mut q, expr, known);
        q.push(" THEN 1.0 ELSE 0.0 END FROM articles a WHERE a.id = ")
            .push_bind(article_id);
    }
    q.push(" ON CONFLICT(article_id, theme_id) DO UPDATE SET score = excluded.score");
    q.build().execute(&mut *tx).await?;
    Ok(())
}

/// The themes article `id` is in, and those the user took it out of, by name.
pub async fn of_article(
    db: impl SqliteExecutor<'_>,
    article_id: i64,
) -> Result<Vec<ArticleTheme>, StoreError> {
    let rows: Vec<(String, String, bool, Option<String>)> = sqlx::query_as(
        "SELECT t.name, t.color,
                x.manual = 'confirmed' OR (x.manual IS NULL AND x.score > 0), x.manual
         FROM article_themes x JOIN themes t ON t.id = x.theme_id
         WHERE x.article_id = ?1 AND (x.score > 0 OR x.manual IS NOT NULL)
         ORDER BY t.name",
    )
    .bind(article_id)
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(name, color, member, manual)| ArticleTheme {
            name,
            color,
            member,
            verdict: manual.map(|m| m == "confirmed"),
        })
        .collect())
}

/// A user's verdict on one article's membership: `Some(true)` confirm, `Some(false)`
/// reject, `None` back to the query's answer.
pub async fn set_manual(
    db: impl SqliteExecutor<'_>,
    theme_id: i64,
    article_id: i64,
    verdict: Option<bool>,
) -> Result<(), StoreError> {
    let manual = verdict.map(|v| if v { "confirmed" } else { "rejected" });
    sqlx::query(
        "INSERT INTO article_themes (article_id, theme_id, score, manual) VALUES (?1, ?2, 0.0, ?3)
         ON CONFLICT(article_id, theme_id) DO UPDATE SET manual = excluded.manual",
    )
    .bind(article_id)
    .bind(theme_id)
    .bind(manual)
    .execute(db)
    .await?;
    Ok(())
}
