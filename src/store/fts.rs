//! The `articles_fts` table: full-text matches ranked by bm25, narrowed by a compiled query
//! filter (see `query::sql`), read with each hit's summary and text in one statement.
//!
//! A search with words and fields is planned (issue 6) so that neither side forces a scan
//! of the other (see `Strategy`): the filter's articles read from indexes into a set that
//! the ranked matches are checked against; the matches checked row by row when the filter
//! needs the row; and, when the filter holds a few articles and the words match many, the
//! filter's articles looked up in the full-text index one by one. Words that are each in
//! most articles, which bm25 gives no weight, list the newest matches instead of ranking
//! them all.
//! The snippets are made from the hits' text by `search::snippet`, not by FTS5.

use sqlx::{QueryBuilder, Row, Sqlite, SqliteConnection};

use super::StoreError;
use super::articles::{SUMMARY_COLUMNS, SummaryRow};
use crate::model::ArticleSummary;
use crate::query::sql::{DAY, Plan, indexed, push_filter, push_id_set};

/// bm25 with the title weighing most, then dek, byline, body, notes... in column order:
/// title, dek, byline, content_text, notes_text, and the spaced copy of Chinese, Japanese
/// and Korean text (`store::cjk`): its title weighed as the title, the rest as the body
/// it mostly is.
pub const RANK: &str = "bm25(articles_fts, 10.0, 5.0, 3.0, 1.0, 2.0, 10.0, 1.0)";

/// Whether article `a` matches: its one row looked up in the full-text index (the
/// newest-first walks); the match expression is bound after it, then `)`.
const ROW_MATCHES: &str =
    "EXISTS (SELECT 1 FROM articles_fts f WHERE f.rowid = a.id AND articles_fts MATCH ";

/// A filter holding fewer articles than this may be looked up one by one.
const FEW_CANDIDATES: i64 = 256;

/// Looking one article up in the index costs about this many ranked matches.
const LOOKUP_COST: i64 = 30;
/// When plain words count as common, and are listed newest first instead of ranked
/// (`Strategy::Newest`): each in at least half of the notebook's articles and in
/// `COMMON.matches` or more; below that ranking costs little and its title weight still
/// orders them.
pub const COMMON: Common = Common {
    matches: 5_000,
    sample: 512,
};

/// The thresholds of `COMMON` (the planner's tests use small notebooks and samples).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Common {
    /// The fewest articles a common word is in.
    pub matches: i64,
    /// How many of the newest article ids a word is first looked up in, before its
    /// articles are counted: see `push_common`.
    pub sample: i64,
}

/// The text the index holds for article `id`, in column order (title, dek, byline, text,
/// notes; a missing column is empty); `None` when there is no such article.
pub async fn indexed_text(
    db: &mut SqliteConnection,
    id: i64,
) -> Result<Option<[String; 5]>, StoreError> {
    let row: Option<(String, String, String, String, String)> = sqlx::query_as(
        "SELECT title, coalesce(dek, ''), coalesce(byline, ''), content_text, notes_text
         FROM articles WHERE id = ?1",
    )
    .bind(id)
    .fetch_optional(db)
    .await?;
    Ok(row.map(|(t, d, b, c, n)| [t, d, b, c, n]))
}

/// One ranked article: its summary, its bm25 score (lower is better; 0 for a query of
/// fields only) and the text its snippet is made from (`search::snippet`).
#[derive(Debug, Clone)]
pub struct FtsHit {
    pub summary: ArticleSummary,
    pub score: f64,
    pub dek: Option<String>,
    pub content_text: Option<String>,
    pub notes_text: Option<String>,
}

impl FtsHit {
    /// The text columns in the order a snippet prefers them: body, notes, dek, then the
    /// title and byline that the result shows anyway.
    pub fn texts(&self) -> [&str; 5] {
        fn text(t: &Option<String>) -> &str {
            t.as_deref().unwrap_or("")
        }
        [
            text(&self.content_text),
            text(&self.notes_text),
            text(&self.dek),
            &self.summary.title,
            text(&self.summary.byline),
        ]
    }
}

#[derive(sqlx::FromRow)]
struct HitRow {
    #[sqlx(flatten)]
    summary: SummaryRow,
    score: f64,
    /// Orders hits of one score: the article id when ranked, the place in the newest-first
    /// walk otherwise.
    ord: i64,
    dek: Option<String>,
    content_text: Option<String>,
    notes_text: Option<String>,
}

impl From<HitRow> for FtsHit {
    fn from(row: HitRow) -> Self {
        FtsHit {
            summary: row.summary.into(),
            score: row.score,
            dek: row.dek,
            content_text: row.content_text,
            notes_text: row.notes_text,
        }
    }
}

/// Opens the one statement a search runs: the page of `(id, score, ord)` goes into the
/// `hits` table expression that `read_hits` reads the rows of, best first by `score`
/// (lower is better) and then `ord`. Not `MATERIALIZED`: with a common word that costs
/// 2 ms more than SQLite's own co-routine (measured at 100,000 articles); its `LIMIT`
/// keeps SQLite from flattening it into the join either way.
fn hits_query() -> QueryBuilder<Sqlite> {
    QueryBuilder::new("WITH hits(id, score, ord) AS (")
}

/// Close the `hits` expression and read each hit's summary and text, best first.
///
/// The page is put in order here, not by an `ORDER BY` on the join: SQLite would copy
/// every hit's text into a sorter and back before the first row (0.04-0.17 ms of a
/// phrase's 1.3-2 ms at 100,000 articles), while fifty (score, ord) pairs sort in
/// microseconds. The sort is stable and `ord` unique within a score, so the order is the
/// same as SQL's.
async fn read_hits(
    db: &mut SqliteConnection,
    mut q: QueryBuilder<Sqlite>,
) -> Result<Vec<FtsHit>, StoreError> {
    q.push(format!(
        ") SELECT {SUMMARY_COLUMNS}, h.score AS score, h.ord AS ord, a.dek, a.content_text, \
         a.notes_text FROM hits h CROSS JOIN articles a ON a.id = h.id \
         LEFT JOIN sources s ON s.id = a.source_id"
    ));
    let mut rows: Vec<HitRow> = q.build_query_as().fetch_all(db).await?;
    best_first(&mut rows, |r| (r.score, r.ord));
    Ok(rows.into_iter().map(Into::into).collect())
}

/// Sort hits by (score, ord), lower first.
fn best_first<T>(hits: &mut [T], key: impl Fn(&T) -> (f64, i64)) {
    hits.sort_by(|a, b| {
        let (a, b) = (key(a), key(b));
        a.0.total_cmp(&b.0).then(a.1.cmp(&b.1))
    });
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
    /// Walk the articles newest first and keep those that match, for words that are each
    /// in at least half of the notebook. FTS5's bm25 gives such a word no weight (its idf
    /// is clamped to 1e-6), so ranking every one of tens of thousands of matches orders
    /// nothing that matters, while half the articles or more holding the words means a
    /// page of them is found among the first few newest ones (Lucene treats such words
    /// apart for the same reason: its "common terms" query). At worst, when the matches
    /// are all older than every other article, the walk looks up about half the notebook
    /// (0.1 s at 100,000 articles, against 25 ms for the ranking).
    Newest,
}

/// Articles matching a planned query, best first, in one statement (once `choose` has read
/// the counts it plans by, when there is a filter). With words, ranking is bm25 with the
/// title weighing most, then dek, byline, notes and body; with only fields, or words in
/// most articles (`Strategy::Newest`), newest first.
pub async fn search(
    db: &mut SqliteConnection,
    plan: &Plan,
    limit: u32,
) -> Result<Vec<FtsHit>, StoreError> {
    search_at(db, plan, limit, COMMON).await
}

/// `search` with the thresholds of a common word given (the planner's tests use small
/// notebooks). Plain words without a filter are searched in one statement that decides
/// between ranking them and `Strategy::Newest` itself (`plain_words`), which saves a round
/// trip of the counts `choose` reads; anything else is planned by `choose_at` first.
pub async fn search_at(
    db: &mut SqliteConnection,
    plan: &Plan,
    limit: u32,
    common: Common,
) -> Result<Vec<FtsHit>, StoreError> {
    match &plan.fts {
        Some(fts) if plan.filter.is_none() && may_be_common(plan) => {
            plain_words(db, plan, fts, limit, common).await
        }
        _ => {
            let strategy = choose_at(db, plan, common).await?;
            search_with(db, plan, limit, Some(strategy)).await
        }
    }
}

/// Whether the plan is plain words that `common_words` may find in most articles.
fn may_be_common(plan: &Plan) -> bool {
    plan.words_only && !plan.required_words.is_empty()
}

/// Plain words without a filter in one statement: a `common` flag computed once as
/// `common_words` computes it, then the ranked matches and the newest ones, each arm with
/// a limit of 0 unless the flag says it is the one. SQLite checks a limit before it
/// starts the loop, so only one arm runs (a WHERE term on the flag is checked row by row
/// instead: the newest arm then walked every article, 2.6 ms for a rare word at 100,000).
async fn plain_words(
    db: &mut SqliteConnection,
    plan: &Plan,
    fts: &str,
    limit: u32,
    common: Common,
) -> Result<Vec<FtsHit>, StoreError> {
    let mut q = QueryBuilder::new("");
    push_common(&mut q, plan, common);
    q.push(", hits(id, score, ord) AS (SELECT id, score, id FROM (");
    Ranking {
        plan,
        fts,
        strategy: Strategy::MatchesFirst,
        limit,
        unless_common: true,
    }
    .push(&mut q);
    q.push(format!(
        ") UNION ALL SELECT id, 0.0, row_number() OVER (ORDER BY day DESC, id DESC) FROM \
         (SELECT a.id AS id, {DAY} AS day FROM articles a WHERE {ROW_MATCHES}"
    ))
    .push_bind(fts.to_owned())
    .push(format!(
        ") ORDER BY {DAY} DESC, a.id DESC LIMIT (SELECT CASE WHEN yes THEN "
    ))
    .push(limit)
    .push(" ELSE 0 END FROM common))");
    read_hits(db, q).await
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
    let strategy = match strategy {
        Some(forced) => forced,
        None => choose(db, plan).await?,
    };
    if strategy == Strategy::Newest {
        return newest_matches(db, plan, fts, limit).await;
    }
    let mut q = hits_query();
    q.push("SELECT id, score, id FROM (");
    Ranking {
        plan,
        fts,
        strategy,
        limit,
        unless_common: false,
    }
    .push(&mut q);
    q.push(")");
    read_hits(db, q).await
}

/// One ranking statement: the best `limit` matches of `fts` that pass the plan's filter,
/// run as `strategy` says.
struct Ranking<'p> {
    plan: &'p Plan,
    fts: &'p str,
    strategy: Strategy,
    limit: u32,
    /// The ranking is one arm of `plain_words`: its limit is 0 when the words are common.
    unless_common: bool,
}

impl Ranking<'_> {
    /// Append the ranking `SELECT` of (article id, score), best first.
    fn push(&self, q: &mut QueryBuilder<Sqlite>) {
        q.push(format!(
            "SELECT f.rowid AS id, {RANK} AS score FROM articles_fts f"
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
                push_id_set(q, filter);
                q.push(")");
            }
            // `Newest` is not a ranking (`newest_matches` runs it); ranked, it is this.
            (Some(filter), Strategy::MatchesFirst | Strategy::Newest) => {
                // CROSS JOIN keeps the full-text index as the outer loop.
                q.push(" CROSS JOIN articles a ON a.id = f.rowid WHERE articles_fts MATCH ")
                    .push_bind(fts)
                    .push(" AND ");
                push_filter(q, filter);
            }
            (Some(filter), Strategy::CandidatesFirst) => {
                q.push(" WHERE articles_fts MATCH ")
                    .push_bind(fts)
                    .push(" AND f.rowid IN (SELECT a.id FROM articles a WHERE ");
                push_filter(q, filter);
                q.push(")");
            }
        }
        // The limit is written into the statement, not bound: SQLite plans a literal
        // limit better (0.05 to 0.1 ms off each search at 100,000 articles), and a
        // `u32` cannot carry anything but digits.
        q.push(" ORDER BY score, id LIMIT ");
        let limit = self.limit;
        if self.unless_common {
            q.push("(SELECT CASE WHEN yes THEN 0 ELSE ")
                .push(limit)
                .push(" END FROM common)");
        } else {
            q.push(limit);
        }
    }
}

/// How many articles hold each of the plan's required words, in their order, read from
/// the term table in one statement.
async fn word_counts(db: &mut SqliteConnection, plan: &Plan) -> Result<Vec<i64>, StoreError> {
    if plan.required_words.is_empty() {
        return Ok(Vec::new());
    }
    let mut q: QueryBuilder<Sqlite> = QueryBuilder::new("SELECT ");
    for (i, word) in plan.required_words.iter().enumerate() {
        q.push(if i == 0 { "" } else { ", " })
            .push("(SELECT doc FROM articles_fts_terms WHERE term = ")
            .push_bind(word.clone())
            .push(")");
    }
    let row = q.build().fetch_one(&mut *db).await?;
    (0..plan.required_words.len())
        .map(|i| {
            row.try_get::<Option<i64>, _>(i)
                .map(Option::unwrap_or_default)
        })
        .collect::<Result<_, _>>()
        .map_err(Into::into)
}

/// Whether the plan is plain words each found in at least half of the notebook's articles
/// and in `common.matches` or more: bm25's idf of every one of them is then clamped to
/// 1e-6 (see `push_common`).
async fn common_words(
    db: &mut SqliteConnection,
    plan: &Plan,
    common: Common,
) -> Result<bool, StoreError> {
    if !may_be_common(plan) {
        return Ok(false);
    }
    let mut q = QueryBuilder::new("");
    push_common(&mut q, plan, common);
    q.push(" SELECT yes FROM common");
    let yes: i64 = q.build_query_scalar().fetch_one(&mut *db).await?;
    Ok(yes != 0)
}

/// Open a `WITH` clause holding `common(yes)`: 1 when each of the plan's required words is
/// in at least half of the notebook's articles and in `common.matches` or more, else 0.
/// Half is taken of the highest article id, which is at least the article count, so a
/// word is never called common when it is not.
///
/// Counting a word's articles walks its whole list in the full-text index (1.7 ms for a
/// word in 60,000 articles at 100,000, 0.1 ms for one in 5,000, against 0.5 ms to rank a
/// phrase of two such words). So each word is first looked up among the newest
/// `common.sample` ids, which FTS5 seeks to at once (about 0.02 ms): only a word in at
/// least half the share of them that it needs of the whole notebook is then counted. A
/// word that is common but has become rare in the newest articles is ranked instead; its
/// ranking is correct, only slower.
fn push_common(q: &mut QueryBuilder<Sqlite>, plan: &Plan, common: Common) {
    q.push("WITH size(top, n, lo) AS (SELECT t, max((t + 1) / 2, ")
        .push_bind(common.matches)
        .push("), max(t - ")
        .push_bind(common.sample.max(1))
        .push(
            ", 0) FROM (SELECT coalesce((SELECT max(id) FROM articles), 0) AS t)), \
         common(yes) AS MATERIALIZED (SELECT CASE",
        );
    // CASE stops at the first WHEN that holds: the samples of every word first, then the
    // counts.
    for word in &plan.required_words {
        // A required word is one token of the query (`query::sql`): quoted, FTS5 reads it
        // as that term whatever it spells.
        let term = format!("\"{}\"", word.replace('"', "\"\""));
        q.push(" WHEN (SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ")
            .push_bind(term)
            .push(" AND rowid > lo) * top * 2 < n * (top - lo) THEN 0");
    }
    for word in &plan.required_words {
        q.push(" WHEN coalesce((SELECT doc FROM articles_fts_terms WHERE term = ")
            .push_bind(word.clone())
            .push("), 0) < n THEN 0");
    }
    q.push(" ELSE 1 END FROM size)");
}

/// The matches of `fts` that pass the plan's filter, newest first: the articles are read
/// from the `articles_by_day` index, newest first, and each is looked up in the
/// full-text index by its id until the page is full (`Strategy::Newest`).
async fn newest_matches(
    db: &mut SqliteConnection,
    plan: &Plan,
    fts: &str,
    limit: u32,
) -> Result<Vec<FtsHit>, StoreError> {
    let mut q = newest_query();
    q.push(ROW_MATCHES).push_bind(fts.to_owned()).push(")");
    newest_first(db, q, plan, limit).await
}

/// Open a `hits` expression of the newest articles that pass a condition, which the
/// caller pushes next (over `a`, the articles), and `newest_first` closes. Each hit's
/// `ord` is its place in the walk, numbered over the page only: a window over the walk
/// itself would run it to the end before the `LIMIT`.
fn newest_query() -> QueryBuilder<Sqlite> {
    let mut q = hits_query();
    q.push(format!(
        "SELECT id, 0.0, row_number() OVER (ORDER BY day DESC, id DESC) FROM \
         (SELECT a.id AS id, {DAY} AS day FROM articles a WHERE "
    ));
    q
}

/// Close a `newest_query` after its condition: and the plan's filter, newest first (by
/// day, read from the `articles_by_day` index), `limit` of them; then read those hits in
/// that order.
async fn newest_first(
    db: &mut SqliteConnection,
    mut q: QueryBuilder<Sqlite>,
    plan: &Plan,
    limit: u32,
) -> Result<Vec<FtsHit>, StoreError> {
    if let Some(filter) = &plan.filter {
        q.push(" AND ");
        push_filter(&mut q, filter);
    }
    q.push(format!(" ORDER BY {DAY} DESC, a.id DESC LIMIT {limit})"));
    read_hits(db, q).await
}

/// Merge the full-text index into one b-tree (FTS5's `optimize`): after a bulk import, a
/// common word's matches are then read from one segment instead of merged from many at
/// each query (about 5% off the bm25 ranking of a word in 60,000 articles, measured at
/// 100,000). One statement, one transaction; it rewrites the whole index.
pub async fn optimize(db: impl sqlx::SqliteExecutor<'_>) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')")
        .execute(db)
        .await?;
    Ok(())
}

/// Pick the strategy for a search with words: without a filter, the newest matches when
/// the words are common (`common_words`), else the ranked matches; with a filter,
/// candidates first when it holds few articles and the rarest required word is in many
/// more; else the filter's set when its fields are indexed; else the matches, checked row
/// by row.
pub async fn choose(db: &mut SqliteConnection, plan: &Plan) -> Result<Strategy, StoreError> {
    choose_at(db, plan, COMMON).await
}

/// `choose` with the thresholds of a common word given (the planner's tests use small
/// notebooks).
pub async fn choose_at(
    db: &mut SqliteConnection,
    plan: &Plan,
    common: Common,
) -> Result<Strategy, StoreError> {
    let Some(filter) = &plan.filter else {
        return Ok(if common_words(db, plan, common).await? {
            Strategy::Newest
        } else {
            Strategy::MatchesFirst
        });
    };
    let otherwise = if indexed(filter) {
        Strategy::FilterSet
    } else {
        Strategy::MatchesFirst
    };
    if plan.required_words.is_empty() {
        return Ok(otherwise);
    }
    let mut q: QueryBuilder<Sqlite> = QueryBuilder::new("SELECT count(*) FROM (");
    if indexed(filter) {
        // The set's ids streamed until there are enough: `a.id IN (set)` would read the
        // whole set first (2.2 ms for an entity in 10,000 articles at 100,000, against
        // 0.07 ms to stop at the 256th).
        q.push("SELECT DISTINCT * FROM (");
        push_id_set(&mut q, filter);
        q.push(")");
    } else {
        q.push("SELECT 1 FROM articles a WHERE ");
        push_filter(&mut q, filter);
    }
    q.push(" LIMIT ").push_bind(FEW_CANDIDATES).push(")");
    let candidates: i64 = q.build_query_scalar().fetch_one(&mut *db).await?;
    if candidates >= FEW_CANDIDATES {
        return Ok(otherwise);
    }
    // The most articles the words can match: the fewest any required word is in.
    let counts = word_counts(db, plan).await?;
    let matches = counts.into_iter().min().unwrap_or(i64::MAX);
    Ok(if candidates * LOOKUP_COST < matches {
        Strategy::CandidatesFirst
    } else {
        otherwise
    })
}

/// A query of fields only: newest first (by day, read from the `articles_by_day` index).
async fn fields_only(
    db: &mut SqliteConnection,
    plan: &Plan,
    limit: u32,
) -> Result<Vec<FtsHit>, StoreError> {
    let mut q = newest_query();
    q.push("1 = 1");
    newest_first(db, q, plan, limit).await
}

#[cfg(test)]
mod tests {
    use super::best_first;

    #[test]
    fn hits_come_best_score_first_and_ties_by_ord() {
        let mut hits = vec![(-1.0, 9), (0.0, 2), (-3.5, 4), (0.0, 1), (-1.0, 3)];
        best_first(&mut hits, |&h| h);
        assert_eq!(hits, [(-3.5, 4), (-1.0, 3), (-1.0, 9), (0.0, 1), (0.0, 2)]);
    }
}
