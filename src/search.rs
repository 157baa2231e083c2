//! Search: a user query (words and fields, see `query`) -> ranked articles with
//! highlighted snippets.

use sqlx::SqlitePool;

use crate::model::SearchHit;
use crate::query::{self, QueryError};
use crate::store::{self, StoreError, fts};

/// Why a search failed.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error(transparent)]
    Query(#[from] QueryError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Search the notebook: at most `limit` hits, best first, each with an HTML-safe snippet
/// in which only `<mark>` tags are markup.
pub async fn search(
    pool: &SqlitePool,
    user_query: &str,
    limit: u32,
) -> Result<Vec<SearchHit>, SearchError> {
    let plan = query::sql::plan(&query::parse(user_query)?);
    let mut conn = pool.acquire().await.map_err(StoreError::from)?;
    let hits = fts::search(&mut conn, &plan, limit.clamp(1, 500)).await?;
    let ids: Vec<i64> = hits.iter().map(|h| h.id).collect();
    let mut summaries: std::collections::HashMap<i64, _> =
        store::articles::summaries(&mut *conn, &ids)
            .await?
            .into_iter()
            .map(|s| (s.id, s))
            .collect();
    Ok(hits
        .into_iter()
        .filter_map(|hit| {
            Some(SearchHit {
                article: summaries.remove(&hit.id)?,
                snippet: snippet_html(&hit.snippet),
                score: hit.score,
            })
        })
        .collect())
}

/// Escape a raw FTS snippet and turn its match markers into `<mark>` tags.
pub fn snippet_html(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len() + 16);
    for c in raw.chars() {
        match c {
            fts::MARK_OPEN => out.push_str("<mark>"),
            fts::MARK_CLOSE => out.push_str("</mark>"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_escape_page_text_and_mark_only_matches() {
        let raw = format!("a <b>{}Meta{} & co", fts::MARK_OPEN, fts::MARK_CLOSE);
        assert_eq!(snippet_html(&raw), "a &lt;b&gt;<mark>Meta</mark> &amp; co");
    }
}
