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

/// One event as the timeline query returns it, with the lane it belongs to. Rows cross
/// from SQLite as one JSON array of arrays in this field order (see `fetch_rows`).
#[derive(Debug, Clone, serde::Deserialize)]
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
    pub story_id: Option<i64>,
    pub span_start: Option<i64>,
    pub span_end: Option<i64>,
    pub event_id: i64,
}

/// The columns of an `EventRow`, in its field order, as `fetch_rows` aggregates them.
const ROW_JSON: &str = "json_group_array(json_array(lane, date_start, precision, tense, kind, \
     sentence, article_id, source, amount_value, amount_value_max, amount_currency, \
     amount_unit, story_id, span_start, span_end, event_id))";

/// Run a query of `EventRow` columns (the builder holds `SELECT ... FROM (` + the inner
/// query) and read its rows in date order. A lane can hold tens of thousands of events:
/// they cross from SQLite as one JSON document, which costs a fraction of decoding as many
/// rows one by one.
async fn fetch_rows(
    db: impl SqliteExecutor<'_>,
    mut q: QueryBuilder<Sqlite>,
) -> Result<Vec<EventRow>, StoreError> {
    q.push(")");
    let json: String = q.build_query_scalar().fetch_one(db).await?;
    let mut rows: Vec<EventRow> = serde_json::from_str(&json)
        .map_err(|e| StoreError::Sql(format!("timeline rows could not be read ({e})")))?;
    // An aggregate over an ordered subquery need not keep its order: sort here.
    rows.sort_by(|a, b| {
        a.date_start
            .cmp(&b.date_start)
            .then(a.event_id.cmp(&b.event_id))
    });
    Ok(rows)
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
    /// Only events of this kind (`published` or `dated_claim`).
    pub kind: Option<&'a str>,
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
        "SELECT {ROW_JSON} FROM (SELECT {lane} AS lane, e.date_start, e.precision, e.tense, \
         e.kind, e.sentence, e.article_id, s.name AS source, e.amount_value, e.amount_value_max, \
         e.amount_currency, e.amount_unit, a.story_id, e.span_start, e.span_end, e.id AS event_id \
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
    if let Some(kind) = f.kind {
        q.push(" AND e.kind = ").push_bind(kind.to_owned());
    }
    if let Some(from) = f.from {
        q.push(" AND e.date_start >= ").push_bind(from.to_owned());
    }
    if let Some(to) = f.to {
        q.push(" AND e.date_start <= ").push_bind(to.to_owned());
    }
    push_article_filter(&mut q, f);
    fetch_rows(db, q).await
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

/// A dated claim ready to store.
#[derive(Debug, Clone)]
pub struct NewClaim<'a> {
    pub date_start: &'a str,
    pub date_end: &'a str,
    pub precision: &'a str,
    pub tense: &'a str,
    pub sentence: &'a str,
    pub span: (i64, i64),
    pub amount: Option<&'a crate::model::Amount>,
}

/// Store a dated claim of an article; returns the event id.
pub async fn insert_claim(
    db: impl SqliteExecutor<'_>,
    article_id: i64,
    c: &NewClaim<'_>,
) -> Result<i64, StoreError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO events (article_id, kind, date_start, date_end, precision, tense, sentence,
            span_start, span_end, amount_value, amount_value_max, amount_currency, amount_unit)
         VALUES (?1, 'dated_claim', ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) RETURNING id",
    )
    .bind(article_id)
    .bind(c.date_start)
    .bind(c.date_end)
    .bind(c.precision)
    .bind(c.tense)
    .bind(c.sentence)
    .bind(c.span.0)
    .bind(c.span.1)
    .bind(c.amount.map(|a| a.value))
    .bind(c.amount.and_then(|a| a.value_max))
    .bind(c.amount.and_then(|a| a.currency.clone()))
    .bind(c.amount.and_then(|a| a.unit.clone()))
    .fetch_one(db)
    .await?)
}

/// Tie an event to an entity.
pub async fn link_entity(
    db: impl SqliteExecutor<'_>,
    event_id: i64,
    entity_id: i64,
) -> Result<(), StoreError> {
    sqlx::query("INSERT OR IGNORE INTO event_entities (event_id, entity_id) VALUES (?1, ?2)")
        .bind(event_id)
        .bind(entity_id)
        .execute(db)
        .await?;
    Ok(())
}

/// Forget an article's dated claims and the entity links of all its events (before
/// analysing it again).
pub async fn clear_analysis(
    tx: &mut sqlx::SqliteConnection,
    article_id: i64,
) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM event_entities WHERE event_id IN (SELECT id FROM events WHERE article_id = ?1)")
        .bind(article_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM events WHERE article_id = ?1 AND kind = 'dated_claim'")
        .bind(article_id)
        .execute(&mut *tx)
        .await?;
    Ok(())
}

/// The id of an article's `published` event, if it has one.
pub async fn published_event(
    db: impl SqliteExecutor<'_>,
    article_id: i64,
) -> Result<Option<i64>, StoreError> {
    Ok(
        sqlx::query_scalar("SELECT id FROM events WHERE article_id = ?1 AND kind = 'published'")
            .bind(article_id)
            .fetch_optional(db)
            .await?,
    )
}

/// Which events one lane holds.
#[derive(Debug, Clone, Copy)]
pub enum LaneSource {
    /// Events tied to this entity.
    Entity(i64),
    /// Events of articles in this theme.
    Theme(i64),
    /// Events of articles matching the filter's query.
    Query,
}

/// One lane's events in date order, filtered by the date range, kind and query of `f`.
pub async fn lane(
    db: impl SqliteExecutor<'_>,
    source: LaneSource,
    f: &EventFilter<'_>,
    kind: Option<&str>,
) -> Result<Vec<EventRow>, StoreError> {
    let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(format!(
        "SELECT {ROW_JSON} FROM (SELECT '' AS lane, e.date_start, e.precision, e.tense, e.kind, \
         e.sentence, e.article_id, s.name AS source, e.amount_value, e.amount_value_max, \
         e.amount_currency, e.amount_unit, a.story_id, e.span_start, e.span_end, e.id AS event_id \
         FROM events e JOIN articles a ON a.id = e.article_id \
         LEFT JOIN sources s ON s.id = a.source_id WHERE 1 = 1"
    ));
    match source {
        LaneSource::Entity(id) => {
            q.push(" AND e.id IN (SELECT event_id FROM event_entities WHERE entity_id = ")
                .push_bind(id)
                .push(")");
        }
        LaneSource::Theme(id) => {
            q.push(
                " AND a.id IN (SELECT article_id FROM article_themes WHERE \
                 (manual = 'confirmed' OR (manual IS NULL AND score > 0)) AND theme_id = ",
            )
            .push_bind(id)
            .push(")");
        }
        LaneSource::Query => {}
    }
    if let Some(kind) = kind {
        q.push(" AND e.kind = ").push_bind(kind.to_owned());
    }
    if let Some(from) = f.from {
        q.push(" AND e.date_end >= ").push_bind(from.to_owned());
    }
    if let Some(to) = f.to {
        q.push(" AND e.date_start <= ").push_bind(to.to_owned());
    }
    push_article_filter(&mut q, f);
    fetch_rows(db, q).await
}
