//! Search: a user query (words and fields, see `query`) -> ranked articles with
//! highlighted snippets.

pub mod matching;
pub mod names;
mod note_text;
pub mod snippet;

use sqlx::SqlitePool;

use crate::model::SearchHit;
use crate::query::{self, QueryError};
use crate::store::{StoreError, fts};
use snippet::{MARK_CLOSE, MARK_OPEN};

/// Characters of the body a query of fields only shows when the article has no excerpt.
const LEAD_CHARS: usize = 160;

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
    let expr = query::parse(user_query)?;
    let plan = query::sql::plan(&expr);
    let marks = snippet::marks_of(&expr);
    let mut conn = pool.acquire().await.map_err(StoreError::from)?;
    let hits = fts::search(&mut conn, &plan, limit.clamp(1, 500)).await?;
    Ok(hits
        .into_iter()
        .map(|hit| {
            let (raw, at) = if plan.fts.is_some() {
                // A note's snippet reads as the reader shows the note, without its Markdown.
                let notes = hit.notes_text.as_deref().map(note_text::as_read);
                let mut texts = hit.texts();
                if let Some(notes) = &notes {
                    texts[1] = notes;
                }
                snippet::snippet_at(&texts, &marks).unwrap_or_default()
            } else {
                (lead(&hit), None)
            };
            let span = |n: usize| i64::try_from(n).ok();
            SearchHit {
                snippet: snippet_html(&raw),
                score: hit.score,
                article: hit.summary,
                span_start: at.and_then(|(start, _)| span(start)),
                span_end: at.and_then(|(_, end)| span(end)),
            }
        })
        .collect())
}

/// What a hit of a query of fields only shows: its excerpt, or the start of its body.
fn lead(hit: &fts::FtsHit) -> String {
    hit.summary.excerpt.clone().unwrap_or_else(|| {
        let body = hit.content_text.as_deref().unwrap_or("");
        body.chars().take(LEAD_CHARS).collect()
    })
}

/// Escape a raw snippet and turn its match markers into `<mark>` tags.
pub fn snippet_html(raw: &str) -> String {
    crate::clip::text::escape_html(raw)
        .replace(MARK_OPEN, "<mark>")
        .replace(MARK_CLOSE, "</mark>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_escape_page_text_and_mark_only_matches() {
        let raw = format!("a <b>{MARK_OPEN}Meta{MARK_CLOSE} & co");
        assert_eq!(snippet_html(&raw), "a &lt;b&gt;<mark>Meta</mark> &amp; co");
    }
}
