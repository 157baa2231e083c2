//! The `articles_fts` table: full-text matches ranked by bm25, with snippets, narrowed by
//! a compiled query filter (see `query::sql`).

use sqlx::{QueryBuilder, Sqlite, SqliteExecutor};

use super::StoreError;
use crate::query::sql::{Plan, push_filter};

/// Marks the start and end of a matched word inside a raw snippet; `search` turns them
/// into `<mark>` after escaping the text.
pub const MARK_OPEN: char = '\u{2}';
pub const MARK_CLOSE: char = '\u{3}';

/// One raw match: the article id, its bm25 score (lower is better) and a marked snippet.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct FtsHit {
    pub id: i64,
    pub score: f64,
    pub snippet: String,
}

/// Articles matching a planned query, best first. With words, ranking is bm25 with the
/// title weighing most, then dek, byline, notes and body; with only fields, newest first
/// and the excerpt as snippet.
pub async fn search(
    db: impl SqliteExecutor<'_>,
    plan: &Plan,
    limit: u32,
) -> Result<Vec<FtsHit>, StoreError> {
    let mut q: QueryBuilder<Sqlite> = match &plan.fts {
        Some(fts) => {
            let mut q = QueryBuilder::new(
                "SELECT a.id AS id, bm25(articles_fts, 10.0, 5.0, 3.0, 1.0, 2.0) AS score, \
                 snippet(articles_fts, -1, char(2), char(3), '…', 16) AS snippet \
                 FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid \
                 WHERE articles_fts MATCH ",
            );
            q.push_bind(fts.clone());
            q
        }
        None => QueryBuilder::new(
            "SELECT a.id AS id, 0.0 AS score, coalesce(a.excerpt, substr(a.content_text, 1, 160)) AS snippet \
             FROM articles a WHERE 1 = 1",
        ),
    };
    if let Some(filter) = &plan.filter {
        q.push(" AND ");
        push_filter(&mut q, filter);
    }
    q.push(if plan.fts.is_some() {
        " ORDER BY score, a.id DESC LIMIT "
    } else {
        " ORDER BY coalesce(a.published_at, a.clipped_at) DESC, a.id DESC LIMIT "
    })
    .push_bind(i64::from(limit));
    Ok(q.build_query_as().fetch_all(db).await?)
}
