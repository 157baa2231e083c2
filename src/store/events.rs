//! The `events` table: points on timelines. For now every dated article has one
//! `published` event; dated claims inside articles join it when analysis fills the table.

use sqlx::{QueryBuilder, Sqlite, SqliteExecutor};

use super::StoreError;
use crate::model::LaneBy;
use crate::query::{Expr, sql::push_filter};

/// Record that an article was published on `date` (`YYYY-MM-DD`).
pub async fn insert_published(
    db: impl SqliteExecutor<'_>,
    article_id: i64,
    date: &str,
    title: &str,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO events (article_id, kind, date_start, date_end, precision, tense, sentence)
         VALUES (?1, 'published', ?2, ?2, 'day', 'happened', ?3)",
    )
    .bind(article_id)
    .bind(date)
    .bind(title)
    .execute(db)
    .await?;
    Ok(())
}

/// One event as the timeline query returns it, with the lane it belongs to.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EventRow {
    pub lane: String,
    pub date_start: String,
    pub precision: String,
    pub tense: String,
    pub kind: String,
    pub sentence: String,
    pub article_id: i64,
    pub source: Option<String>,
    pub amount_value: Option<f64>,
    pub amount_value_max: Option<f64>,
    pub amount_currency: Option<String>,
    pub amount_unit: Option<String>,
}

/// Which events a timeline asks for.
#[derive(Debug, Clone, Default)]
pub struct EventFilter<'a> {
    pub by: LaneBy,
    /// A query the article must satisfy.
    pub query: Option<&'a Expr>,
    /// Inclusive `YYYY-MM-DD` bounds.
    pub from: Option<&'a str>,
    pub to: Option<&'a str>,
}

fn push_article_filter(q: &mut QueryBuilder<Sqlite>, f: &EventFilter<'_>) {
    if let Some(expr) = f.query {
        q.push(" AND ");
        push_filter(q, expr);
    }
}

/// Events in date order, each labelled with its lane (source name or tag name).
/// Articles without a source fall in the lane "Unknown source", untagged ones in "Untagged".
pub async fn timeline(
    db: impl SqliteExecutor<'_>,
    f: &EventFilter<'_>,
) -> Result<Vec<EventRow>, StoreError> {
    let lane = match f.by {
        LaneBy::Source => "coalesce(s.name, 'Unknown source')",
        LaneBy::Tag => "coalesce(t.name, 'Untagged')",
    };
    let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(format!(
        "SELECT {lane} AS lane, e.date_start, e.precision, e.tense, e.kind, e.sentence, \
         e.article_id, s.name AS source, e.amount_value, e.amount_value_max, e.amount_currency, \
         e.amount_unit \
         FROM events e JOIN articles a ON a.id = e.article_id \
         LEFT JOIN sources s ON s.id = a.source_id "
    ));
    if f.by == LaneBy::Tag {
        q.push(
            "LEFT JOIN article_tags at ON at.article_id = a.id \
             LEFT JOIN tags t ON t.id = at.tag_id ",
        );
    }
    q.push("WHERE 1 = 1");
    if let Some(from) = f.from {
        q.push(" AND e.date_start >= ").push_bind(from.to_owned());
    }
    if let Some(to) = f.to {
        q.push(" AND e.date_start <= ").push_bind(to.to_owned());
    }
    push_article_filter(&mut q, f);
    q.push(" ORDER BY e.date_start, e.id");
    Ok(q.build_query_as().fetch_all(db).await?)
}

/// How many articles that pass the filter have no publication date (and so no point).
pub async fn undated(db: impl SqliteExecutor<'_>, f: &EventFilter<'_>) -> Result<i64, StoreError> {
    let mut q: QueryBuilder<Sqlite> =
        QueryBuilder::new("SELECT count(*) FROM articles a WHERE a.published_at IS NULL");
    push_article_filter(&mut q, f);
    Ok(q.build_query_scalar().fetch_one(db).await?)
}

/// Forget an article's `published` event (before recording a corrected date).
pub async fn delete_published(
    db: impl SqliteExecutor<'_>,
    article_id: i64,
) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM events WHERE article_id = ?1 AND kind = 'published'")
        .bind(article_id)
        .execute(db)
        .await?;
    Ok(())
}
