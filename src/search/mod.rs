//! Search: a user query (words and fields, see `query`) -> ranked articles with
//! highlighted snippets.

pub mod matching;
pub mod names;
pub mod snippet;

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;
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
            let raw = if plan.fts.is_some() {
                // A note's snippet reads as the reader shows the note, without its Markdown.
                let notes = hit.notes_text.as_deref().map(note_as_read);
                let mut texts = hit.texts();
                if let Some(notes) = &notes {
                    texts[1] = notes;
                }
                snippet::snippet(&texts, &marks).unwrap_or_default()
            } else {
                lead(&hit)
            };
            SearchHit {
                snippet: snippet_html(&raw),
                score: hit.score,
                article: hit.summary,
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

/// The Markdown a note is written in, one pattern per mark the UI's renderer reads
/// (`ui/src/lib/markdown.ts`): links and citations (`[text](address)`), code spans, bold and
/// italic, list markers. The same small subset by hand: a Markdown library would read more
/// than the notes are written in.
static NOTE_MARKS: LazyLock<[(Regex, &'static str); 6]> = LazyLock::new(|| {
    let re = |pattern: &str| Regex::new(pattern).expect("a valid pattern");
    [
        (re(r"\[([^\]\n]+)\]\([^)\s]+\)"), "$1"),
        (re(r"`([^`\n]+)`"), "$1"),
        (re(r"\*\*([^*\n]+)\*\*|__([^_\n]+)__"), "$1$2"),
        (re(r"(^|[^*\w])\*([^*\n]+)\*"), "$1$2"),
        (re(r"(^|[^_\w])_([^_\n]+)_"), "$1$2"),
        (re(r"(?m)^[ \t]*(?:[-*+]|\d+[.)])[ \t]+"), ""),
    ]
});

/// A note's text as the reader reads it: its Markdown marks taken out ("**Meta IR** said"
/// becomes "Meta IR said"), so a snippet shows no asterisks.
fn note_as_read(text: &str) -> Cow<'_, str> {
    // A pattern that finds nothing gives the text back borrowed: most notes cost six reads.
    let mut out = Cow::Borrowed(text);
    for (pattern, with) in NOTE_MARKS.iter() {
        if let Cow::Owned(changed) = pattern.replace_all(&out, *with) {
            out = Cow::Owned(changed);
        }
    }
    out
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
    fn a_note_reads_without_its_markdown() {
        assert_eq!(
            note_as_read(
                "**Meta IR** said _capex_ rises; see [the call](#/article/3?at=1-9) and `Q3`."
            ),
            "Meta IR said capex rises; see the call and Q3."
        );
        assert_eq!(
            note_as_read("- first point\n2. second, snake_case_name stays\n3*4 = 12"),
            "first point\nsecond, snake_case_name stays\n3*4 = 12"
        );
        assert!(matches!(note_as_read("Plain words."), Cow::Borrowed(_)));
    }

    #[test]
    fn snippets_escape_page_text_and_mark_only_matches() {
        let raw = format!("a <b>{MARK_OPEN}Meta{MARK_CLOSE} & co");
        assert_eq!(snippet_html(&raw), "a &lt;b&gt;<mark>Meta</mark> &amp; co");
    }
}
