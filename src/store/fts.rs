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

use sqlx::{AssertSqlSafe, QueryBuilder, Sqlite, SqliteConnection};

use super::StoreError;
use crate::query::sql::{DAY, Plan, indexed, push_filter, push_id_set};

/// Marks the start and end of a matched word inside a raw snippet; `search` turns them
/// into `<mark>` after escaping the text.
pub const MARK_OPEN: char = '\u{2}';
pub const MARK_CLOSE: char = '\u{3}';

/// bm25 with the title weighing most, then dek, byline, body, notes... in column order:
/// title, dek, byline, content_text, notes_text.
const RANK: &str = "bm25(articles_fts, 10.0, 5.0, 3.0, 1.0, 2.0)";
/// A hit's snippet: 16 tokens around the match, matched words between `MARK_OPEN` and
/// `MARK_CLOSE`.
const SNIPPET: &str = "snippet(articles_fts, -1, char(2), char(3), '…', 16)";

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

/// Up to this many matches (estimated from the term table), snippets are made by the
/// ranking statement itself instead of a second pass over the page's hits.
const INLINE_SNIPPETS: i64 = 100;
/// From this many matches (estimated), each hit's snippet is looked up on its own: reading
/// the match's doclist across the hits' id range costs more than restarting it per hit.
const SNIPPETS_ONE_BY_ONE: i64 = 20_000;

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
    let estimate = estimate(db, plan).await?;
    let ranked = Ranking {
        plan,
        fts,
        strategy,
        limit,
        inline_snippets: estimate.is_some_and(|n| n <= INLINE_SNIPPETS),
    }
    .run(db)
    .await?;
    let one_by_one = estimate.is_some_and(|n| n >= SNIPPETS_ONE_BY_ONE);
    with_snippets(db, fts, ranked, one_by_one).await
}

/// One ranking statement: the best `limit` matches of `fts` that pass the plan's filter,
/// run as `strategy` says.
struct Ranking<'p> {
    plan: &'p Plan,
    fts: &'p str,
    strategy: Strategy,
    limit: u32,
    /// Make each hit's snippet in this statement (for few matches: FTS5 makes a snippet
    /// for every match before the sort keeps the best).
    inline_snippets: bool,
}

impl Ranking<'_> {
    /// (article id, score, snippet when made inline), best first.
    async fn run(
        &self,
        db: &mut SqliteConnection,
    ) -> Result<Vec<(i64, f64, Option<String>)>, StoreError> {
        let snippet = if self.inline_snippets {
            SNIPPET
        } else {
            "NULL"
        };
        let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(format!(
            "SELECT f.rowid AS id, {RANK} AS score, {snippet} FROM articles_fts f"
        ));
        let fts = self.fts.to_owned();
        match (&self.plan.filter, self.strategy) {
            (None, _) => {
                q.push(" WHERE articles_fts MATCH ").push_bind(fts);
            }
            (Some(filter), Strategy::FilterSet) => {
                // `+rowid` keeps the set away from FTS5, which would restart the match per id.
                q.push(" WHERE articles_fts MATCH ")
                    .push_bind(fts)
                    .push(" AND +f.rowid IN (");
                push_id_set(&mut q, filter);
                q.push(")");
            }
            (Some(filter), Strategy::MatchesFirst) => {
                // CROSS JOIN keeps the full-text index as the outer loop.
                q.push(" CROSS JOIN articles a ON a.id = f.rowid WHERE articles_fts MATCH ")
                    .push_bind(fts)
                    .push(" AND ");
                push_filter(&mut q, filter);
            }
            (Some(filter), Strategy::CandidatesFirst) => {
                q.push(" WHERE articles_fts MATCH ")
                    .push_bind(fts)
                    .push(" AND f.rowid IN (SELECT a.id FROM articles a WHERE ");
                push_filter(&mut q, filter);
                q.push(")");
            }
        }
        q.push(" ORDER BY score, id LIMIT ")
            .push_bind(i64::from(self.limit));
        Ok(q.build_query_as().fetch_all(&mut *db).await?)
    }
}

/// The most articles the plan's words can match, read from the term table: the fewest
/// articles any required word is in. `None` when no word is required (only `OR`s).
async fn estimate(db: &mut SqliteConnection, plan: &Plan) -> Result<Option<i64>, StoreError> {
    let mut fewest: Option<i64> = None;
    for word in &plan.required_words {
        let docs: Option<i64> =
            sqlx::query_scalar("SELECT doc FROM articles_fts_terms WHERE term = ?1")
                .bind(word)
                .fetch_optional(&mut *db)
                .await?;
        let docs = docs.unwrap_or(0);
        fewest = Some(fewest.map_or(docs, |f| f.min(docs)));
    }
    Ok(fewest)
}

/// The ranked hits with their snippets: those the ranking made, the others made now, in
/// one pass over the hits' id range or (`one_by_one`, for a word in very many articles)
/// hit by hit.
async fn with_snippets(
    db: &mut SqliteConnection,
    fts: &str,
    ranked: Vec<(i64, f64, Option<String>)>,
    one_by_one: bool,
) -> Result<Vec<FtsHit>, StoreError> {
    let missing: Vec<i64> = ranked
        .iter()
        .filter(|r| r.2.is_none())
        .map(|r| r.0)
        .collect();
    let mut made = snippets_of(db, fts, &missing, one_by_one).await?;
    Ok(ranked
        .into_iter()
        .map(|(id, score, snippet)| FtsHit {
            id,
            score,
            snippet: snippet.or_else(|| made.remove(&id)).unwrap_or_default(),
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
    let matches = estimate(db, plan).await?.unwrap_or(i64::MAX);
    Ok(if candidates * LOOKUP_COST < matches {
        Strategy::CandidatesFirst
    } else {
        otherwise
    })
}

/// Marked snippets of the articles `ids` for the match `fts`: in one pass over their id
/// range, or (`one_by_one`) each looked up on its own. Both give the same snippets, which
/// the planner's tests check.
#[doc(hidden)]
pub async fn snippets_of(
    db: &mut SqliteConnection,
    fts: &str,
    ids: &[i64],
    one_by_one: bool,
) -> Result<HashMap<i64, String>, StoreError> {
    if !one_by_one {
        return snippets(db, fts, ids).await;
    }
    let mut made = HashMap::new();
    for &id in ids {
        let snippet: Option<String> = sqlx::query_scalar(AssertSqlSafe(format!(
            "SELECT {SNIPPET} FROM articles_fts WHERE articles_fts MATCH ?1 AND rowid = ?2"
        )))
        .bind(fts)
        .bind(id)
        .fetch_optional(&mut *db)
        .await?;
        made.extend(snippet.map(|s| (id, s)));
    }
    Ok(made)
}

/// Marked snippets of the given hits only. The hits go to FTS5 as a rowid range (which
/// it reads along the match's doclist) with the exact ids checked after it (`+rowid`, which
/// FTS5 does not see): asking for each id on its own restarts the match each time, about
/// three times slower.
async fn snippets(
    db: &mut SqliteConnection,
    fts: &str,
    ids: &[i64],
) -> Result<HashMap<i64, String>, StoreError> {
    let (Some(&low), Some(&high)) = (ids.iter().min(), ids.iter().max()) else {
        return Ok(HashMap::new());
    };
    let mut q: QueryBuilder<Sqlite> = QueryBuilder::new(format!(
        "SELECT rowid, {SNIPPET} FROM articles_fts WHERE articles_fts MATCH "
    ));
    q.push_bind(fts.to_owned())
        .push(" AND rowid BETWEEN ")
        .push_bind(low)
        .push(" AND ")
        .push_bind(high)
        .push(" AND +rowid IN (");
    let mut list = q.separated(", ");
    for id in ids {
        list.push_bind(*id);
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
