//! The service: one method per command, each owning its transaction. Clipping, the
//! longest pipeline, lives in `clipping`.
//!
//! `Notebook` orchestrates the pure rooms (`clip`, `query`) and the store. Every write that
//! touches more than one row happens in one `BEGIN IMMEDIATE` transaction, so a failure
//! leaves the notebook exactly as it was.

mod analysis;
mod annotations;
mod backups;
mod carry;
mod clipping;
mod copies;
mod extras;
mod feeds;
mod importing;
mod inputs;
mod knowledge;
mod library;
mod loading;
mod memos;
mod progress;
mod reextract;
mod suggestions;
mod tool_imports;
mod writing;

use std::path::{Path, PathBuf};

use sqlx::SqlitePool;

use crate::api::ErrorCode;
use crate::clip::{self, ClipError, Extracted};
use crate::model::{
    Article, ArticleSummary, EventKind, LaneBy, NotebookInfo, SearchHit, Tag, Timeline,
    UnknownName, Via,
};
use crate::search::{self, SearchError};
use crate::store::events::{Cursor, EventFilter, LaneSource};
use crate::store::{self, StoreError};
use crate::timeline::LaneSpec;

pub use analysis::ReanalyzeReport;
pub use backups::{BackupInfo, Restored};
pub use feeds::{FeedInfo, FeedPoll};
pub use importing::{ImportEvent, ImportFailure, ImportReport};
pub use inputs::InputKind;
pub use library::canonical_shortcut;
pub use loading::LoadReport;
pub use progress::{Job, ProgressEvent, next_event};
pub use tool_imports::ToolImportReport;

/// The most events a timeline page may hold per lane.
pub const MAX_TIMELINE_PAGE: u32 = 10_000;

/// What a timeline asks for: the arguments of `Request::TimelineGet` and
/// `Request::TimelineExport` (an export is always the whole timeline: it ignores `limit`
/// and `after`). Lanes: one per entity and per theme named; else one per source or tag
/// (`by`); else, with only a query, one lane for the query. The query (the search language)
/// narrows every lane; `from`/`to` (`YYYY-MM-DD`, inclusive) and `kind` too.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
pub struct TimelineAsk {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub by: Option<LaneBy>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[ts(as = "Option<Vec<String>>", optional)]
    pub entities: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[ts(as = "Option<Vec<String>>", optional)]
    pub themes: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub kind: Option<crate::model::EventKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub query: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub to: Option<String>,
    /// Read a page: at most this many events per lane (the response's `next` asks for the
    /// following page). Without it, every event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub limit: Option<u32>,
    /// The `next` of the page before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub after: Option<String>,
}

pub use reextract::ReextractReport;

impl TimelineAsk {
    /// Whether it chooses a timeline (lanes, a query, days): the article formats of an
    /// export hold every article and refuse such choices rather than ignore them.
    pub fn chooses_timeline(&self) -> bool {
        !self.entities.is_empty()
            || !self.themes.is_empty()
            || self.query.is_some()
            || self.by.is_some()
            || self.from.is_some()
            || self.to.is_some()
    }
}

/// Why a notebook command failed; `code()` says which `ApiError` code it becomes.
#[derive(Debug, thiserror::Error)]
pub enum NotebookError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Clip(#[from] ClipError),
    #[error(transparent)]
    Search(#[from] SearchError),
    #[error(transparent)]
    Backup(#[from] store::backup::BackupError),
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Invalid(String),
    /// An export could not be written out (a full disk, a closed pipe).
    #[error("Could not write the export: {0}.")]
    Write(String),
    /// Long work that a change set off was stopped on request; the change itself stays.
    #[error("{0}")]
    Stopped(String),
}

impl NotebookError {
    /// The command-table error code for this error.
    pub fn code(&self) -> ErrorCode {
        match self {
            NotebookError::Store(_) | NotebookError::Backup(_) | NotebookError::Write(_) => {
                ErrorCode::Storage
            }
            NotebookError::Search(SearchError::Store(_)) => ErrorCode::Storage,
            NotebookError::Search(SearchError::Query(_)) => ErrorCode::InvalidInput,
            NotebookError::NotFound(_) => ErrorCode::NotFound,
            NotebookError::Invalid(_) => ErrorCode::InvalidInput,
            NotebookError::Stopped(_) => ErrorCode::Stopped,
            NotebookError::Clip(e) => match e {
                ClipError::Empty
                | ClipError::InvalidUrl { .. }
                | ClipError::UnsupportedScheme
                | ClipError::TooShort { .. } => ErrorCode::InvalidInput,
                ClipError::NotHtml { .. }
                | ClipError::NoContent
                | ClipError::ScriptOnly
                | ClipError::Binary { .. }
                | ClipError::Damaged => ErrorCode::Unsupported,
                _ => ErrorCode::FetchFailed,
            },
        }
    }
}

impl From<sqlx::Error> for NotebookError {
    fn from(err: sqlx::Error) -> Self {
        NotebookError::Store(err.into())
    }
}

type Result<T> = std::result::Result<T, NotebookError>;

/// A built matcher and the notebook's `registry_version` when it was built.
type CachedRegistry = (
    Option<String>,
    std::sync::Arc<crate::analyze::entities::Registry>,
);

/// An open notebook file.
#[derive(Clone, Debug)]
pub struct Notebook {
    pool: SqlitePool,
    path: PathBuf,
    /// The entity matcher with the user's edits applied, with the `registry_version` it
    /// was built at; `None` until first needed.
    registry: std::sync::Arc<tokio::sync::RwLock<Option<CachedRegistry>>>,
    /// Wakes the feed poller (`poll_feeds_every`) when a subscription is added, so that a
    /// new feed's articles arrive now rather than at the next scheduled poll.
    feeds_added: std::sync::Arc<tokio::sync::Notify>,
    /// Where long work reports how far it has come (see `progress`).
    progress: progress::Hub,
    /// This process's writers, queued for their turn (see `writing`).
    turns: writing::Turns,
    /// Which file was opened (device and inode), so that a write can see the file at
    /// `path` deleted or replaced under it (see `writing`).
    file: Option<writing::FileId>,
}

impl Notebook {
    /// Open the notebook at `path`, creating and migrating it as needed.
    pub async fn open(path: &Path) -> Result<Self> {
        Self::open_telling(path, |_| {}).await
    }

    /// [`Notebook::open`], calling `upgrading` with the path of the copy kept of the
    /// notebook just before this Clipline upgrades it (see `store::open_telling`).
    pub async fn open_telling(path: &Path, upgrading: impl FnOnce(&Path)) -> Result<Self> {
        let pool = store::open_telling(path, upgrading).await?;
        Ok(Self {
            pool,
            path: path.to_path_buf(),
            registry: Default::default(),
            feeds_added: Default::default(),
            progress: Default::default(),
            turns: Default::default(),
            file: writing::FileId::of(path),
        })
    }

    /// The connection pool (for tests and benchmarks that inspect the file).
    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    /// Where the notebook file is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Close the pool, checkpointing the WAL.
    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// Write a consistent copy of the notebook to `dest` while it stays in use (see
    /// [`store::backup::backup`]); refuses an existing `dest` unless `force`.
    pub async fn backup(&self, dest: &Path, force: bool) -> Result<()> {
        Ok(store::backup::backup(&self.pool, dest, force).await?)
    }

    /// Where the notebook is and how much it holds.
    pub async fn info(&self) -> Result<NotebookInfo> {
        let (articles, notes, tags) = store::articles::counts(&self.pool).await?;
        Ok(NotebookInfo {
            path: self.path.display().to_string(),
            articles,
            notes,
            tags,
            sample: false,
        })
    }

    /// The token the loopback server asks of every request; made once per notebook.
    pub async fn server_token(&self) -> Result<String> {
        Ok(store::settings::get_or_insert(&self.pool, "server_token", &fresh_token()?).await?)
    }

    /// Replace the server's token with a new one: every page and browser extension given
    /// the old one is refused until it is opened (or paired) again with the new one.
    pub async fn new_server_token(&self) -> Result<String> {
        let token = fresh_token()?;
        store::settings::set(&self.pool, "server_token", &token).await?;
        Ok(token)
    }

    /// A page of the library (see `store::articles::list`); at most 10,000 articles. A
    /// query narrows it (`InvalidInput` when it does not parse).
    pub async fn list(&self, ask: &store::articles::LibraryAsk<'_>) -> Result<Vec<ArticleSummary>> {
        let ask = store::articles::LibraryAsk {
            limit: ask.limit.clamp(1, 10_000),
            ..ask.clone()
        };
        let filter = match ask.query.map(str::trim).filter(|q| !q.is_empty()) {
            Some(q) => Some(crate::query::parse(q).map_err(SearchError::from)?),
            None => None,
        };
        let mut conn = self.pool.acquire().await?;
        Ok(store::articles::list(&mut conn, &ask, filter.as_ref()).await?)
    }

    /// One article with its body and notes, read in one snapshot; `NotFound` when there
    /// is no such id.
    pub async fn article(&self, id: i64) -> Result<Article> {
        let mut tx = self.pool.begin().await?;
        let article = article_in(&mut tx, id).await?;
        tx.commit().await?;
        Ok(article)
    }

    /// Every tag with its article count.
    pub async fn tags(&self) -> Result<Vec<Tag>> {
        Ok(store::tags::list(&self.pool).await?)
    }

    /// Full-text search; `InvalidInput` for a query with nothing to look for.
    pub async fn search(&self, query: &str, limit: u32) -> Result<Vec<SearchHit>> {
        Ok(search::search(&self.pool, query, limit).await?)
    }

    /// The names `query` asks for that no entity, tag, theme or source has, with the known
    /// names each may mean: why a search found nothing.
    pub async fn search_unknown_names(&self, query: &str) -> Result<Vec<UnknownName>> {
        Ok(search::names::unknown_names(&self.pool, query).await?)
    }

    /// A timeline (see `TimelineAsk`); `NotFound` for an entity or theme the notebook does
    /// not know, `InvalidInput` for a bad date or query.
    pub async fn timeline(&self, ask: &TimelineAsk) -> Result<Timeline> {
        // Compared as text with stored days, so written back in full: chrono also reads
        // "2025-1-7", which sorts after "2025-03-01".
        let day = |bound: &Option<String>| -> Result<Option<String>> {
            bound
                .as_deref()
                .map(|b| {
                    // Four-digit years only: "-262143-01-01" and "10000-01-01" are
                    // dates to chrono but do not sort as text among the stored days.
                    chrono::NaiveDate::parse_from_str(b.trim(), "%Y-%m-%d")
                        .ok()
                        .filter(|d| (1..=9999).contains(&chrono::Datelike::year(d)))
                        .map(|d| d.format("%Y-%m-%d").to_string())
                        .ok_or_else(|| {
                            NotebookError::Invalid(format!(
                                "\"{b}\" is not a date; write it as YYYY-MM-DD."
                            ))
                        })
                })
                .transpose()
        };
        let (from, to) = (day(&ask.from)?, day(&ask.to)?);
        if let (Some(f), Some(t)) = (&from, &to)
            && f > t
        {
            // Said, not answered with "nothing dated matches": the two were typed the
            // wrong way round.
            return Err(NotebookError::Invalid(format!(
                "The range ends ({t}) before it starts ({f}): the first date comes first."
            )));
        }
        let query = ask
            .query
            .as_deref()
            .map(str::trim)
            .filter(|q| !q.is_empty());
        let expr = match query {
            Some(q) => Some(crate::query::parse(q).map_err(SearchError::from)?),
            None => None,
        };
        // Lanes by source or tag show articles on their publication dates unless asked
        // for claims; named lanes (entity, theme, query) show every kind unless narrowed.
        let by_kind = match ask.kind {
            Some(EventKind::DatedClaim) => "dated_claim",
            _ => "published",
        };
        let after = match ask.after.as_deref() {
            Some(text) => Some(Cursor::parse(text).ok_or_else(|| {
                NotebookError::Invalid(format!(
                    "\"{text}\" is not a timeline cursor; pass the `next` of the page before."
                ))
            })?),
            None => None,
        };
        let filter = EventFilter {
            by: ask.by.unwrap_or_default(),
            query: expr.as_ref(),
            from: from.as_deref(),
            to: to.as_deref(),
            kind: Some(by_kind),
            after: after.as_ref(),
            limit: ask.limit.map(|n| n.clamp(1, MAX_TIMELINE_PAGE) as usize),
        };
        let mut specs = Vec::new();
        for name in &ask.entities {
            let row = self.find_entity(name).await?;
            specs.push(LaneSpec {
                key: format!("entity:{}", row.key),
                label: row.name,
                source: LaneSource::Entity(row.id),
            });
        }
        for name in &ask.themes {
            let (id, label, _) = store::themes::find(&self.pool, name)
                .await?
                .ok_or_else(|| {
                    NotebookError::NotFound(format!("There is no theme called \"{name}\"."))
                })?;
            specs.push(LaneSpec {
                key: format!("theme:{id}"),
                label,
                source: LaneSource::Theme(id),
            });
        }
        if specs.is_empty()
            && ask.by.is_none()
            && let Some(q) = query
        {
            specs.push(LaneSpec {
                key: format!("query:{q}"),
                label: q.to_string(),
                source: LaneSource::Query,
            });
        }
        if specs.is_empty() {
            return Ok(crate::timeline::timeline(&self.pool, &filter).await?);
        }
        Ok(crate::timeline::named_lanes(&self.pool, &specs, &filter, ask.kind).await?)
    }

    /// The live entity called `name` (name, alias or a registry alias such as
    /// "Meta Platforms Inc."); `NotFound` when the notebook has none.
    pub async fn find_entity(&self, name: &str) -> Result<store::entities::EntityRow> {
        if let Some(row) = store::entities::find(&self.pool, name).await? {
            return Ok(row);
        }
        let registry = self.registry().await?;
        if let Some(entry) = registry.lookup(name)
            && let Some(row) = store::entities::find(&self.pool, &entry.key).await?
        {
            return Ok(row);
        }
        Err(NotebookError::NotFound(format!(
            "No article in this notebook mentions an entity called \"{}\".",
            name.trim()
        )))
    }
}

/// Extract an article from the bytes of a page (any charset), without a notebook.
pub fn extract_bytes(bytes: &[u8], url: Option<&str>) -> Result<Extracted> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ClipError::Empty.into());
    }
    let bytes = clip::sniff::prepare_input(bytes)?;
    Ok(clip::extract_html(&clip::decode_html(&bytes, None), url)?)
}

/// One article with everything shown with it, read on `conn` (inside the caller's
/// transaction, for a snapshot); `NotFound` when there is no such id.
async fn article_in(conn: &mut sqlx::SqliteConnection, id: i64) -> Result<Article> {
    let summary = store::articles::summary(&mut *conn, id)
        .await?
        .ok_or_else(|| not_found_article(id))?;
    let body = store::articles::body(&mut *conn, id)
        .await?
        .ok_or_else(|| not_found_article(id))?;
    let notes = store::notes::for_article(&mut *conn, id).await?;
    let copies = store::copies::for_article(&mut *conn, id).await?;
    let highlights = store::highlights::for_article(&mut *conn, id).await?;
    let story = store::stories::siblings(&mut *conn, id).await?;
    let entities = store::entities::for_article(&mut *conn, id).await?;
    let story_id = if story.is_empty() {
        None
    } else {
        store::stories::story_of(&mut *conn, id).await?
    };
    Ok(Article {
        summary,
        canonical_url: body.canonical_url,
        lang: body.lang,
        via: parse_via(&body.via),
        dek: body.dek,
        content_html: body.content_html,
        content_text: body.content_text,
        notes,
        copies,
        highlights,
        story,
        story_id,
        entities,
    })
}

fn not_found_article(id: i64) -> NotebookError {
    NotebookError::NotFound(format!("There is no article {id} in this notebook."))
}

pub(crate) fn parse_via(s: &str) -> Via {
    match s {
        "url" => Via::Url,
        "text" => Via::Text,
        "file" => Via::File,
        "feed" => Via::Feed,
        "extension" => Via::Extension,
        _ => Via::Html,
    }
}

/// Trimmed, de-duplicated tag names; errs on a name longer than 100 characters.
fn clean_tags(tags: &[String]) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for tag in tags {
        let tag = tag.split_whitespace().collect::<Vec<_>>().join(" ");
        if tag.is_empty() {
            continue;
        }
        if tag.chars().count() > 100 {
            return Err(NotebookError::Invalid(
                "A tag can be at most 100 characters long.".into(),
            ));
        }
        if !out.iter().any(|t| t.eq_ignore_ascii_case(&tag)) {
            out.push(tag);
        }
    }
    Ok(out)
}

/// 24 random bytes in hex: a token no other page can guess.
fn fresh_token() -> Result<String> {
    let mut bytes = [0u8; 24];
    getrandom::fill(&mut bytes)
        .map_err(|e| NotebookError::Invalid(format!("No randomness available: {e}")))?;
    Ok(hex::encode(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_trimmed_and_deduplicated_case_insensitively() {
        let tags =
            clean_tags(&[" AI ".into(), "ai".into(), "".into(), "EU  rules".into()]).unwrap();
        assert_eq!(tags, vec!["AI".to_string(), "EU rules".to_string()]);
    }
}
