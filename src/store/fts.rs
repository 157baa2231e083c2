//! The `articles_fts` table: full-text matches ranked by bm25, with snippets, narrowed by
//! a compiled query filter (see `query::sql`).
//!
//! A search with words and fields is planned (issue 6) so that neither side forces a scan
//! of the other (see `Strategy`): the filter's articles read from indexes into a set that
//! the ranked matches are checked against; the matches checked row by row when the filter
//! needs the row; and, when the filter holds a few articles and the words match many, the
//! filter's articles looked up in the full-text index one by one.
//! Snippets are made last, for the page of hits only.

use std::collections::HashMap;

use sqlx::{QueryBuilder, Sqlite, SqliteConnection};

use super::StoreError;
use crate::query::sql::{DAY, Plan, indexed, push_filter, push_id_set};

/// Marks the start and end of a matched word inside a raw snippet; `search` turns them
/// into `<mark>` after escaping the text.
pub const MARK_OPEN: char = '\u{2}';
pub const MARK_CLOSE: char = '\u{3}';

/// bm25 with the title weighing most, then dek, byline, body, notes... in column order:
/// title, dek, byline, content_text, notes_text.
const RANK: &str = "bm25(articles_fts, 10.0, 5.0, 3.0, 1.0, 2.0)";

/// A filter holding fewer articles than this may be looked up one by one.
const FEW_CANDIDATES: i64 = 256;
/// Looking one article up in the index costs about this many ranked matches.
const LOOKUP_COST: i64 = 30;

/// One raw match: the article id, its bm25 score (lower is better) and a marked snippet.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct FtsHit {
    pub id: i64,
    pub score: f64,
    pub snippet: String,
}

/// How a search with both words and a filter is run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strategy {
    /// Rank the matches, reading each one's article row to check the filter: for filters
    /// on the row itself (`is:unread`, `has:notes`, negations).
    MatchesFirst,
    /// Read the filter's articles from its indexes into a set once, then rank only the
    /// matches in the set: for filters made of indexed fields (entity, tag, theme,
    /// source, dates), whatever their size.
    FilterSet,
    /// Take the filter's few articles and look each up in the full-text index.
    CandidatesFirst,
}

/// Articles matching a planned query, best first. With words, ranking is bm25 with the
/// title weighing most, then dek, byline, notes and body; with only fields, newest first
/// and the excerpt as snippet.
pub async fn search(
    db: &mut SqliteConnection,
    plan: &Plan,
    limit: u32,
) -> Result<Vec<FtsHit>, StoreError> {
    search_with(db, plan, limit, None).await
}

/// `search` with the strategy forced (`Some`) instead of chosen: both give the same hits,
/// which the planner's tests check.
pub async fn search_with(
    db: &mut SqliteConnection,
    plan: &Plan,
    limit: u32,
    strategy: Option<Strategy>,
) -> Result<Vec<FtsHit>, StoreError> {
    let Some(fts) = &plan.fts else {
        return fields_only(db, plan, limit).await;
    };
    let strategy = match (strategy, &plan.filter) {
        (Some(forced), _) => forced,
        (None, Some(_)) => choose(db, plan).await?,
        (None, None) => Strategy::MatchesFirst,
    };
    let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(format!(
        "SELECT f.rowid AS id, {RANK} AS score FROM articles_fts f"
    ));
    match (&plan.filter, strategy) {
        (None, _) => {
            q.push(" WHERE articles_fts MATCH ").push_bind(fts.clone());
        }
        (Some(filter), Strategy::FilterSet) => {
            // `+rowid` keeps the set away from FTS5, which would restart the match per id.
            q.push(" WHERE articles_fts MATCH ")
                .push_bind(fts.clone())
                .push(" AND +f.rowid IN (");
            push_id_set(&mut q, filter);
            q.push(")");
        }
        (Some(filter), Strategy::MatchesFirst) => {
            // CROSS JOIN keeps the full-text index as the outer loop.
            q.push(" CROSS JOIN articles a ON a.id = f.rowid WHERE articles_fts MATCH ")
                .push_bind(fts.clone())
                .push(" AND ");
            push_filter(&mut q, filter);
        }
        (Some(filter), Strategy::CandidatesFirst) => {
            q.push(" WHERE articles_fts MATCH ")
                .push_bind(fts.clone())
                .push(" AND f.rowid IN (SELECT a.id FROM articles a WHERE ");
            push_filter(&mut q, filter);
            q.push(")");
        }
    }
    q.push(" ORDER BY score LIMIT ").push_bind(i64::from(limit));
    let ranked: Vec<(i64, f64)> = q.build_query_as().fetch_all(&mut *db).await?;
    let mut snippets = snippets(db, fts, &ranked).await?;
    Ok(ranked
        .into_iter()
        .map(|(id, score)| FtsHit {
            id,
            score,
            snippet: snippets.remove(&id).unwrap_or_default(),
        })
        .collect())
}

/// Pick the strategy for words plus a filter: candidates first when the filter holds few
/// articles and the rarest required word is in many more; else the filter's set when its
/// fields are indexed; else the matches, checked row by row.
pub async fn choose(db: &mut SqliteConnection, plan: &Plan) -> Result<Strategy, StoreError> {
    let Some(filter) = &plan.filter else {
        return Ok(Strategy::MatchesFirst);
    };
    let otherwise = if indexed(filter) {
        Strategy::FilterSet
    } else {
        Strategy::MatchesFirst
    };
    if plan.required_words.is_empty() {
        return Ok(otherwise);
    }
    let mut q: QueryBuilder<Sqlite> =
        QueryBuilder::new("SELECT count(*) FROM (SELECT 1 FROM articles a WHERE ");
    push_filter(&mut q, filter);
    q.push(" LIMIT ").push_bind(FEW_CANDIDATES).push(")");
    let candidates: i64 = q.build_query_scalar().fetch_one(&mut *db).await?;
    if candidates >= FEW_CANDIDATES {
        return Ok(otherwise);
    }
    let mut matches = i64::MAX;
    for word in &plan.required_words {
        let docs: Option<i64> =
            sqlx::query_scalar("SELECT doc FROM articles_fts_terms WHERE term = ?1")
                .bind(word)
                .fetch_optional(&mut *db)
                .await?;
        matches = matches.min(docs.unwrap_or(0));
    }
    Ok(if candidates * LOOKUP_COST < matches {
        Strategy::CandidatesFirst
    } else {
        otherwise
    })
}

/// Marked snippets of the given hits only. The hits go to FTS5 as a rowid range (which
/// it reads along the match's doclist) with the exact ids checked after it (`+rowid`, which
/// FTS5 does not see): asking for each id on its own restarts the match each time, about
/// three times slower.
async fn snippets(
    db: &mut SqliteConnection,
    fts: &str,
    ranked: &[(i64, f64)],
) -> Result<HashMap<i64, String>, StoreError> {
    let (Some(low), Some(high)) = (
        ranked.iter().map(|r| r.0).min(),
        ranked.iter().map(|r| r.0).max(),
    ) else {
        return Ok(HashMap::new());
    };
    let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(
        "SELECT rowid, snippet(articles_fts, -1, char(2), char(3), '…', 16) \
         FROM articles_fts WHERE articles_fts MATCH ",
    );
    q.push_bind(fts.to_owned())
        .push(" AND rowid BETWEEN ")
        .push_bind(low)
        .push(" AND ")
        .push_bind(high)
        .push(" AND +rowid IN (");
    let mut ids = q.separated(", ");
    for (id, _) in ranked {
        ids.push_bind(*id);
    }
    q.push(")");
    let rows: Vec<(i64, String)> = q.build_query_as().fetch_all(db).await?;
    Ok(rows.into_iter().collect())
}

/// A query of fields only: newest first (by day, read from the `articles_by_day` index),
/// with the excerpt as snippet.
async fn fields_only(
    db: &mut SqliteConnection,
    plan: &Plan,
    limit: u32,
) -> Result<Vec<FtsHit>, StoreError> {
    let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(
        "SELECT a.id AS id, 0.0 AS score, coalesce(a.excerpt, substr(a.content_text, 1, 160)) AS snippet \
         FROM articles a WHERE 1 = 1",
    );
    if let Some(filter) = &plan.filter {
        q.push(" AND ");
        push_filter(&mut q, filter);
    }
    q.push(format!(" ORDER BY {DAY} DESC, a.id DESC LIMIT "))
        .push_bind(i64::from(limit));
    Ok(q.build_query_as().fetch_all(db).await?)
}
