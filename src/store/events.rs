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
    /// Start after this event (the `next` of the page before).
    pub after: Option<&'a Cursor>,
    /// At most this many events per lane; the query reads one more, to tell whether the
    /// lane goes on. `None` reads every event.
    pub limit: Option<usize>,
}

/// Where a timeline page ends and the next begins: events are read in (date, event id)
/// order, so the last event of a page is the cursor of the next. Written `DATE|ID`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Cursor {
    pub date: String,
    pub event_id: i64,
}

impl Cursor {
    /// The cursor of an event row.
    pub fn of(row: &EventRow) -> Cursor {
        Cursor {
            date: row.date_start.clone(),
            event_id: row.event_id,
        }
    }

    /// Read `DATE|ID`; `None` when it is not one.
    pub fn parse(text: &str) -> Option<Cursor> {
        let (date, id) = text.split_once('|')?;
        Some(Cursor {
            date: date.to_owned(),
            event_id: id.parse().ok()?,
        })
    }
}

impl std::fmt::Display for Cursor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}|{}", self.date, self.event_id)
    }
}

/// The event columns of an `EventRow` after its lane, read from `events e`, `articles a`
/// and `sources s`.
const EVENT_COLUMNS: &str = "e.date_start, e.precision, e.tense, e.kind, e.sentence, \
     e.article_id, s.name AS source, e.amount_value, e.amount_value_max, e.amount_currency, \
     e.amount_unit, a.story_id, e.span_start, e.span_end, e.id AS event_id";

/// The longest a claim's span can be, in days (`analyze::dates::LONGEST_SPAN_YEARS`, each
/// counted as a leap year).
const LONGEST_SPAN_DAYS: u64 = crate::analyze::dates::LONGEST_SPAN_YEARS as u64 * 366;

/// The conditions every page query shares, on the event alias `e` (joined to `articles a`
/// when the filter's query needs it): kind, date range, the page's start and the query.
/// `date` and `id` name the (date, event id) key the query walks, so the start and the
/// upper bound read the same index as the order; `from_col` is the column `from` bounds
/// (`date_end`: a span that reaches into the range is in it, in every kind of lane).
struct Conditions<'q> {
    e: &'q str,
    date: &'q str,
    id: &'q str,
    from_col: &'q str,
}

impl Conditions<'_> {
    fn push(&self, q: &mut QueryBuilder<Sqlite>, f: &EventFilter<'_>, kind: Option<&str>) {
        if let Some(kind) = kind {
            q.push(format!(" AND {}.kind = ", self.e))
                .push_bind(kind.to_owned());
        }
        if let Some(from) = f.from {
            q.push(format!(" AND {} >= ", self.from_col))
                .push_bind(from.to_owned());
            // A claim's span is at most ten years (a decade, "over the next ten years"):
            // one that reaches into the range starts at most that long before it. Bounding
            // the start too keeps the walk a range of the (start, id) index the page is
            // read in order of.
            if self.from_col != self.date
                && let Ok(day) = chrono::NaiveDate::parse_from_str(from, "%Y-%m-%d")
            {
                // (A year near chrono's first, "-262143-01-01", has no year before it.)
                let earliest = day
                    .checked_sub_days(chrono::Days::new(LONGEST_SPAN_DAYS))
                    .unwrap_or(chrono::NaiveDate::MIN);
                q.push(format!(" AND {} >= ", self.date))
                    .push_bind(earliest.format("%Y-%m-%d").to_string());
            }
        }
        if let Some(to) = f.to {
            q.push(format!(" AND {} <= ", self.date))
                .push_bind(to.to_owned());
        }
        if let Some(after) = f.after {
            q.push(format!(" AND ({}, {}) > (", self.date, self.id))
                .push_bind(after.date.clone())
                .push(", ")
                .push_bind(after.event_id)
                .push(")");
        }
        push_article_filter(q, f);
        q.push(format!(" ORDER BY {}, {}", self.date, self.id));
        if let Some(limit) = f.limit {
            q.push(" LIMIT ").push_bind(limit as i64 + 1);
        }
    }
}

fn push_article_filter(q: &mut QueryBuilder<Sqlite>, f: &EventFilter<'_>) {
    if let Some(expr) = f.query {
        q.push(" AND ");
        push_filter(q, expr);
    }
}

/// Events in date order, each labelled with its lane (source name or tag name).
/// Articles without a source fall in the lane "Unknown source", untagged ones in "Untagged".
/// With a `limit`, the page's events are read first, walking the date index, and only
/// their rows are built (an event in several tag lanes gives one row per tag).
pub async fn timeline(
    db: impl SqliteExecutor<'_>,
    f: &EventFilter<'_>,
) -> Result<Vec<EventRow>, StoreError> {
    let lane = match f.by {
        LaneBy::Source => "coalesce(s.name, 'Unknown source')",
        LaneBy::Tag => "coalesce(t.name, 'Untagged')",
    };
    let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(format!(
        "SELECT {ROW_JSON} FROM (SELECT {lane} AS lane, {EVENT_COLUMNS} \
         FROM events e JOIN articles a ON a.id = e.article_id \
         LEFT JOIN sources s ON s.id = a.source_id "
    ));
    if f.by == LaneBy::Tag {
        q.push(
            "LEFT JOIN article_tags at ON at.article_id = a.id \
             LEFT JOIN tags t ON t.id = at.tag_id ",
        );
    }
    q.push(
        "WHERE e.id IN (SELECT e.id FROM events e JOIN articles a ON a.id = e.article_id \
         WHERE 1 = 1",
    );
    Conditions {
        e: "e",
        date: "e.date_start",
        id: "e.id",
        from_col: "e.date_end",
    }
    .push(&mut q, f, f.kind);
    q.push(")");
    fetch_rows(db, q).await
}

/// How many articles that pass the filter have no publication date (and so no point).
pub async fn undated(db: impl SqliteExecutor<'_>, f: &EventFilter<'_>) -> Result<i64, StoreError> {
    let mut q: QueryBuilder<Sqlite> =
        QueryBuilder::new("SELECT count(*) FROM articles a WHERE a.published_at IS NULL");
    push_article_filter(&mut q, f);
    Ok(q.build_query_scalar().fetch_one(db).await?)
}

/// How many undated articles that pass the filter belong to one of `lanes`: mention one of
/// its entities or are in one of its themes (a query lane is the filter itself). A Meta
/// lane does not count the undated articles that never name Meta.
pub async fn undated_in_lanes(
    db: impl SqliteExecutor<'_>,
    lanes: &[LaneSource],
    f: &EventFilter<'_>,
) -> Result<i64, StoreError> {
    let mut q: QueryBuilder<Sqlite> =
        QueryBuilder::new("SELECT count(*) FROM articles a WHERE a.published_at IS NULL");
    push_article_filter(&mut q, f);
    if !lanes.iter().any(|l| matches!(l, LaneSource::Query)) {
        q.push(" AND (0");
        for lane in lanes {
            match lane {
                LaneSource::Entity(id) => {
                    q.push(" OR EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.entity_id = ")
                        .push_bind(*id)
                        .push(")");
                }
                LaneSource::Theme(id) => {
                    q.push(
                        " OR EXISTS (SELECT 1 FROM article_themes x WHERE x.article_id = a.id \
                         AND (x.manual = 'confirmed' OR (x.manual IS NULL AND x.score > 0)) \
                         AND x.theme_id = ",
                    )
                    .push_bind(*id)
                    .push(")");
                }
                LaneSource::Query => {}
            }
        }
        q.push(")");
    }
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

/// An event tied to an entity. `covered`: the article's `published` event on the lane of
/// an entity that one of the article's own dated claims already puts there near the
/// publication day (a lane of publications lists it, a lane of every kind shows the claim
/// instead).
#[derive(Debug, Clone, Copy)]
pub struct EntityLink {
    pub event_id: i64,
    pub entity_id: i64,
    pub covered: bool,
}

/// Rows per statement: 3 parameters each.
const LINKS_PER_STATEMENT: usize = 1000;

/// Tie events to entities, in one statement per `LINKS_PER_STATEMENT`; a link already
/// there stays as it is.
pub async fn link_entities(
    db: &mut sqlx::SqliteConnection,
    links: &[EntityLink],
) -> Result<(), StoreError> {
    for chunk in links.chunks(LINKS_PER_STATEMENT) {
        let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(
            "INSERT OR IGNORE INTO event_entities (event_id, entity_id, covered) ",
        );
        q.push_values(chunk, |mut row, l| {
            row.push_bind(l.event_id)
                .push_bind(l.entity_id)
                .push_bind(l.covered);
        });
        q.build().execute(&mut *db).await?;
    }
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

/// The id and day (`YYYY-MM-DD`) of an article's `published` event, if it has one.
pub async fn published_event(
    db: impl SqliteExecutor<'_>,
    article_id: i64,
) -> Result<Option<(i64, String)>, StoreError> {
    Ok(sqlx::query_as(
        "SELECT id, date_start FROM events WHERE article_id = ?1 AND kind = 'published'",
    )
    .bind(article_id)
    .fetch_optional(db)
    .await?)
}

/// A lane read from a table of (owner, date, event) links in date order: an entity's
/// `event_entities`, a theme's `event_themes`. The event and its article are read only
/// when a condition needs them; `x` names the link.
struct IndexedLane {
    table: &'static str,
    index: &'static str,
    owner: &'static str,
}

impl IndexedLane {
    /// The select of the page's event ids up to its `WHERE` on the owner.
    fn push(
        &self,
        q: &mut QueryBuilder<Sqlite>,
        owner: i64,
        f: &EventFilter<'_>,
        kind: Option<&str>,
    ) {
        q.push(format!(
            "SELECT x.event_id FROM {} x INDEXED BY {}",
            self.table, self.index
        ));
        if kind.is_some() || f.from.is_some() || f.query.is_some() {
            q.push(
                " JOIN events e ON e.id = x.event_id \
                 JOIN articles a ON a.id = e.article_id",
            );
        }
        q.push(format!(" WHERE x.{} = ", self.owner))
            .push_bind(owner);
    }

    /// Date and id from the link itself, the rest from the event.
    fn conditions<'q>(&self, on_event: Conditions<'q>) -> Conditions<'q> {
        Conditions {
            date: "x.date_start",
            id: "x.event_id",
            ..on_event
        }
    }
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

/// One lane's events in date order, filtered by the date range, kind and query of `f`, a
/// page at a time when `f.limit` is set. The page's event ids come from the narrowest
/// index in date order — an entity's dated links, a theme's articles' events by date —
/// and only then are the page's rows read.
pub async fn lane(
    db: impl SqliteExecutor<'_>,
    source: LaneSource,
    f: &EventFilter<'_>,
    kind: Option<&str>,
) -> Result<Vec<EventRow>, StoreError> {
    let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(format!(
        "SELECT {ROW_JSON} FROM (SELECT '' AS lane, {EVENT_COLUMNS} \
         FROM events e JOIN articles a ON a.id = e.article_id \
         LEFT JOIN sources s ON s.id = a.source_id WHERE e.id IN ("
    ));
    let on_event = Conditions {
        e: "e",
        date: "e.date_start",
        id: "e.id",
        from_col: "e.date_end",
    };
    match source {
        LaneSource::Entity(id) => {
            let links = IndexedLane {
                table: "event_entities",
                index: "event_entities_by_entity_date",
                owner: "entity_id",
            };
            links.push(&mut q, id, f, kind);
            if kind.is_none() {
                // A headline a claim of its own article already stands for.
                q.push(" AND x.covered = 0");
            }
            links.conditions(on_event).push(&mut q, f, kind);
        }
        LaneSource::Theme(id) => {
            // Each member article's events, kept by the schema's triggers.
            let links = IndexedLane {
                table: "event_themes",
                index: "sqlite_autoindex_event_themes_1",
                owner: "theme_id",
            };
            links.push(&mut q, id, f, kind);
            links.conditions(on_event).push(&mut q, f, kind);
        }
        LaneSource::Query => {
            q.push("SELECT e.id FROM events e JOIN articles a ON a.id = e.article_id WHERE 1 = 1");
            on_event.push(&mut q, f, kind);
        }
    }
    q.push(")");
    fetch_rows(db, q).await
}
