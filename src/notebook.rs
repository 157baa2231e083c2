//! The service: one method per command, each owning its transaction.
//!
//! `Notebook` orchestrates the pure rooms (`clip`, `query`) and the store. Every write that
//! touches more than one row happens in one `BEGIN IMMEDIATE` transaction, so a failure
//! leaves the notebook exactly as it was.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use sqlx::SqlitePool;

use crate::api::ErrorCode;
use crate::clip::{self, ClipError, Extracted, PasteKind};
use crate::model::{
    Article, ArticleSummary, ClipOutcome, ClipSource, ClipStatus, ClippedArticle, LaneBy, Note,
    NotebookInfo, SearchHit, Tag, Timeline, Via,
};
use crate::search::{self, SearchError};
use crate::store::articles::{NewArticle, NewCapture};
use crate::store::events::EventFilter;
use crate::store::{self, StoreError};

/// Why a notebook command failed; `code()` says which `ApiError` code it becomes.
#[derive(Debug, thiserror::Error)]
pub enum NotebookError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Clip(#[from] ClipError),
    #[error(transparent)]
    Search(#[from] SearchError),
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Invalid(String),
}

impl NotebookError {
    /// The command-table error code for this error.
    pub fn code(&self) -> ErrorCode {
        match self {
            NotebookError::Store(_) => ErrorCode::Storage,
            NotebookError::Search(SearchError::Store(_)) => ErrorCode::Storage,
            NotebookError::Search(SearchError::Query(_)) => ErrorCode::InvalidInput,
            NotebookError::NotFound(_) => ErrorCode::NotFound,
            NotebookError::Invalid(_) => ErrorCode::InvalidInput,
            NotebookError::Clip(e) => match e {
                ClipError::Empty
                | ClipError::InvalidUrl { .. }
                | ClipError::UnsupportedScheme => ErrorCode::InvalidInput,
                ClipError::NotHtml { .. } | ClipError::NoContent => ErrorCode::Unsupported,
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

/// Whether a file or stdin holds a page or a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    Html,
    Text,
}

/// An open notebook file.
#[derive(Clone, Debug)]
pub struct Notebook {
    pool: SqlitePool,
    path: PathBuf,
}

impl Notebook {
    /// Open the notebook at `path`, creating and migrating it as needed.
    pub async fn open(path: &Path) -> Result<Self> {
        let pool = store::open(path).await?;
        Ok(Self {
            pool,
            path: path.to_path_buf(),
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

    /// Where the notebook is and how much it holds.
    pub async fn info(&self) -> Result<NotebookInfo> {
        let (articles, notes, tags) = store::articles::counts(&self.pool).await?;
        Ok(NotebookInfo {
            path: self.path.display().to_string(),
            articles,
            notes,
            tags,
        })
    }

    /// The token the loopback server asks of every request; made once per notebook.
    pub async fn server_token(&self) -> Result<String> {
        let mut bytes = [0u8; 24];
        getrandom::fill(&mut bytes)
            .map_err(|e| NotebookError::Invalid(format!("No randomness available: {e}")))?;
        let fresh: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        Ok(store::settings::get_or_insert(&self.pool, "server_token", &fresh).await?)
    }

    /// Clip what a face handed over: fetch a URL, or take a page or a text as given.
    pub async fn clip(
        &self,
        source: ClipSource,
        tags: &[String],
        clipped_at: Option<&str>,
    ) -> Result<ClipOutcome> {
        let clipped_at = parse_clipped_at(clipped_at)?;
        match source {
            ClipSource::Url { url } => self.clip_url(&url, tags, &clipped_at).await,
            ClipSource::Html { html, url } => {
                let extracted = clip::extract_html(&html, url.as_deref())?;
                let capture = capture(
                    Via::Html,
                    url.as_deref(),
                    Some("text/html"),
                    html.as_bytes(),
                    &clipped_at,
                );
                self.store_clip(extracted, url.as_deref(), capture, tags)
                    .await
            }
            ClipSource::Text { text, url } => {
                let extracted = clip::text_to_extracted(&text)?;
                let capture = capture(
                    Via::Text,
                    url.as_deref(),
                    Some("text/plain"),
                    text.as_bytes(),
                    &clipped_at,
                );
                self.store_clip(extracted, url.as_deref(), capture, tags)
                    .await
            }
            ClipSource::Paste { content } => {
                let source = match clip::classify_paste(&content) {
                    PasteKind::Url(url) => ClipSource::Url { url },
                    PasteKind::Html(html) => ClipSource::Html { html, url: None },
                    PasteKind::Text(text) => ClipSource::Text { text, url: None },
                };
                Box::pin(self.clip(source, tags, Some(&clipped_at))).await
            }
        }
    }

    /// Clip the bytes of a local file or of stdin. Not on the command table on purpose:
    /// the loopback server must never read the user's files.
    pub async fn clip_bytes(
        &self,
        bytes: &[u8],
        kind: InputKind,
        url: Option<&str>,
        tags: &[String],
        clipped_at: Option<&str>,
    ) -> Result<ClipOutcome> {
        let clipped_at = parse_clipped_at(clipped_at)?;
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Err(ClipError::Empty.into());
        }
        let decoded = clip::decode_html(bytes, None);
        let (extracted, content_type) = match kind {
            InputKind::Html => (clip::extract_html(&decoded, url)?, "text/html"),
            InputKind::Text => (clip::text_to_extracted(&decoded)?, "text/plain"),
        };
        let capture = capture(Via::File, url, Some(content_type), bytes, &clipped_at);
        self.store_clip(extracted, url, capture, tags).await
    }

    async fn clip_url(&self, url: &str, tags: &[String], clipped_at: &str) -> Result<ClipOutcome> {
        let fetched = clip::fetch(url, &clip::FetchLimits::default()).await?;
        let decoded = clip::decode_html(&fetched.bytes, fetched.content_type.as_deref());
        let is_text = fetched
            .content_type
            .as_deref()
            .is_some_and(|ct| ct.to_ascii_lowercase().starts_with("text/plain"));
        let extracted = if is_text {
            clip::text_to_extracted(&decoded)?
        } else {
            clip::extract_html(&decoded, Some(&fetched.final_url))?
        };
        let capture = capture(
            Via::Url,
            Some(&fetched.final_url),
            fetched.content_type.as_deref(),
            &fetched.bytes,
            clipped_at,
        );
        self.store_clip(extracted, Some(&fetched.final_url), capture, tags)
            .await
    }

    /// Store an extracted article with its capture, its publication event and its tags in
    /// one transaction; an article already stored (same canonical URL or same text) is
    /// returned as `Existing` and only gains the tags.
    async fn store_clip(
        &self,
        ex: Extracted,
        url: Option<&str>,
        capture: NewCapture<'_>,
        tags: &[String],
    ) -> Result<ClipOutcome> {
        let article = new_article(ex, url, capture.kind, capture.captured_at);
        let tags = clean_tags(tags)?;
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let existing = store::articles::find_existing(
            &mut *tx,
            article.canonical_url.as_deref(),
            &article.content_hash,
        )
        .await?;
        let (id, status) = match existing {
            Some(id) => (id, ClipStatus::Existing),
            None => {
                let source_id = match &article.source {
                    Some(name) => Some(
                        store::articles::upsert_source(
                            &mut *tx,
                            name,
                            article.source_domain.as_deref(),
                        )
                        .await?,
                    ),
                    None => None,
                };
                let id = store::articles::insert(&mut *tx, &article, source_id).await?;
                store::articles::insert_capture(&mut *tx, id, &capture).await?;
                if let Some(date) = article.published_at.as_deref().and_then(date_part) {
                    store::events::insert_published(&mut *tx, id, date, &article.title).await?;
                }
                (id, ClipStatus::Created)
            }
        };
        for tag in &tags {
            let tag_id = store::tags::upsert(&mut *tx, tag).await?;
            store::tags::attach(&mut *tx, id, tag_id).await?;
        }
        let summary = store::articles::summary(&mut *tx, id)
            .await?
            .ok_or_else(|| {
                NotebookError::NotFound(format!("Article {id} vanished while clipping."))
            })?;
        tx.commit().await?;
        Ok(ClipOutcome {
            articles: vec![clipped(summary, status)],
        })
    }

    /// The library, newest clip first.
    pub async fn list(
        &self,
        tag: Option<&str>,
        source: Option<&str>,
        limit: u32,
    ) -> Result<Vec<ArticleSummary>> {
        Ok(store::articles::list(&self.pool, tag, source, limit.clamp(1, 10_000)).await?)
    }

    /// One article with its body and notes; `NotFound` when there is no such id.
    pub async fn article(&self, id: i64) -> Result<Article> {
        let summary = store::articles::summary(&self.pool, id)
            .await?
            .ok_or_else(|| not_found_article(id))?;
        let body = store::articles::body(&self.pool, id)
            .await?
            .ok_or_else(|| not_found_article(id))?;
        let notes = store::notes::for_article(&self.pool, id).await?;
        Ok(Article {
            summary,
            canonical_url: body.canonical_url,
            lang: body.lang,
            via: parse_via(&body.via),
            content_html: body.content_html,
            content_text: body.content_text,
            notes,
        })
    }

    /// Add a Markdown note to an article (or to the notebook when `article_id` is `None`).
    pub async fn note_add(&self, article_id: Option<i64>, body: &str) -> Result<Note> {
        let body = body.trim();
        if body.is_empty() {
            return Err(NotebookError::Invalid(
                "The note is empty: write something first.".into(),
            ));
        }
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        if let Some(id) = article_id {
            store::articles::summary(&mut *tx, id)
                .await?
                .ok_or_else(|| not_found_article(id))?;
        }
        let note = store::notes::insert(&mut *tx, article_id, body, &store::now()).await?;
        tx.commit().await?;
        Ok(note)
    }

    /// Delete a note; `NotFound` when there is no such note.
    pub async fn note_delete(&self, id: i64) -> Result<()> {
        if store::notes::delete(&self.pool, id).await? {
            Ok(())
        } else {
            Err(NotebookError::NotFound(format!("There is no note {id}.")))
        }
    }

    /// Put a tag on an article, creating the tag on first use.
    pub async fn tag_add(&self, article_id: i64, tag: &str) -> Result<()> {
        let tags = clean_tags(&[tag.to_string()])?;
        let Some(tag) = tags.first() else {
            return Err(NotebookError::Invalid(
                "The tag is empty: type a name.".into(),
            ));
        };
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        store::articles::summary(&mut *tx, article_id)
            .await?
            .ok_or_else(|| not_found_article(article_id))?;
        let tag_id = store::tags::upsert(&mut *tx, tag).await?;
        store::tags::attach(&mut *tx, article_id, tag_id).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Take a tag off an article; `NotFound` when the article does not carry it.
    pub async fn tag_remove(&self, article_id: i64, tag: &str) -> Result<()> {
        if store::tags::detach(&self.pool, article_id, tag.trim()).await? {
            Ok(())
        } else {
            Err(NotebookError::NotFound(format!(
                "Article {article_id} has no tag \"{}\".",
                tag.trim()
            )))
        }
    }

    /// Every tag with its article count.
    pub async fn tags(&self) -> Result<Vec<Tag>> {
        Ok(store::tags::list(&self.pool).await?)
    }

    /// Full-text search; `InvalidInput` for a query with nothing to look for.
    pub async fn search(&self, query: &str, limit: u32) -> Result<Vec<SearchHit>> {
        Ok(search::search(&self.pool, query, limit).await?)
    }

    /// Articles on their publication dates, in lanes; `from`/`to` are `YYYY-MM-DD`.
    pub async fn timeline(
        &self,
        by: LaneBy,
        query: Option<&str>,
        from: Option<&str>,
        to: Option<&str>,
    ) -> Result<Timeline> {
        for bound in [from, to].into_iter().flatten() {
            if chrono::NaiveDate::parse_from_str(bound, "%Y-%m-%d").is_err() {
                return Err(NotebookError::Invalid(format!(
                    "\"{bound}\" is not a date; write it as YYYY-MM-DD."
                )));
            }
        }
        let fts = match query.map(str::trim).filter(|q| !q.is_empty()) {
            Some(q) => Some(crate::query::to_fts(q).map_err(SearchError::from)?),
            None => None,
        };
        let filter = EventFilter {
            by,
            fts: fts.as_deref(),
            from,
            to,
        };
        Ok(crate::timeline::timeline(&self.pool, &filter).await?)
    }
}

/// Extract an article from the bytes of a page (any charset), without a notebook.
pub fn extract_bytes(bytes: &[u8], url: Option<&str>) -> Result<Extracted> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ClipError::Empty.into());
    }
    Ok(clip::extract_html(&clip::decode_html(bytes, None), url)?)
}

fn not_found_article(id: i64) -> NotebookError {
    NotebookError::NotFound(format!("There is no article {id} in this notebook."))
}

fn parse_via(s: &str) -> Via {
    match s {
        "url" => Via::Url,
        "text" => Via::Text,
        "file" => Via::File,
        "feed" => Via::Feed,
        "extension" => Via::Extension,
        _ => Via::Html,
    }
}

/// `clipped_at` as RFC 3339 (UTC, seconds); now when not given.
fn parse_clipped_at(clipped_at: Option<&str>) -> Result<String> {
    match clipped_at {
        None => Ok(store::now()),
        Some(s) => chrono::DateTime::parse_from_rfc3339(s.trim())
            .map(|t| {
                t.with_timezone(&chrono::Utc)
                    .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
            })
            .map_err(|_| {
                NotebookError::Invalid(format!(
                    "\"{s}\" is not a time; write it as RFC 3339, e.g. 2025-07-14T12:00:00Z."
                ))
            }),
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

fn capture<'a>(
    kind: Via,
    url: Option<&'a str>,
    content_type: Option<&'a str>,
    bytes: &'a [u8],
    captured_at: &'a str,
) -> NewCapture<'a> {
    NewCapture {
        kind,
        url,
        content_type,
        bytes,
        captured_at,
    }
}

/// The `YYYY-MM-DD` part of a stored publication time, if it is a real date.
fn date_part(published_at: &str) -> Option<&str> {
    let date = published_at.get(..10)?;
    chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
    Some(date)
}

/// The outlet's host name without a leading `www.`.
fn domain_of(url: &str) -> Option<String> {
    let parsed = url::Url::parse(url).ok()?;
    let host = parsed.host_str()?;
    Some(host.strip_prefix("www.").unwrap_or(host).to_string())
}

/// The fingerprint that makes a re-clip of the same text an existing article:
/// SHA-256 of the lower-cased words.
fn content_hash(text: &str) -> String {
    let mut hasher = Sha256::new();
    for word in text.split_whitespace() {
        hasher.update(word.to_lowercase().as_bytes());
        hasher.update(b" ");
    }
    hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn new_article(ex: Extracted, url: Option<&str>, via: Via, clipped_at: &str) -> NewArticle {
    let canonical_url = ex
        .canonical_url
        .clone()
        .or_else(|| url.and_then(clip::canonical_url));
    let domain = canonical_url.as_deref().or(url).and_then(domain_of);
    let source = ex.site_name.clone().or_else(|| domain.clone());
    let word_count = ex.text.split_whitespace().count() as i64;
    let content_hash = content_hash(&format!("{}\n{}", ex.title, ex.text));
    NewArticle {
        url: url.map(str::to_owned),
        canonical_url,
        title: ex.title,
        byline: ex.byline,
        source,
        source_domain: domain,
        lang: ex.lang,
        published_at: ex.published_at,
        clipped_at: clipped_at.to_string(),
        via,
        content_html: ex.html,
        content_text: ex.text,
        word_count,
        excerpt: ex.excerpt,
        lead_image: ex.lead_image,
        content_hash,
    }
}

fn clipped(s: ArticleSummary, status: ClipStatus) -> ClippedArticle {
    ClippedArticle {
        id: s.id,
        title: s.title,
        source: s.source,
        byline: s.byline,
        url: s.url,
        published_at: s.published_at,
        word_count: s.word_count,
        status,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_words_in_other_spacing_or_case_hash_alike() {
        assert_eq!(
            content_hash("Meta  raised\nits capex"),
            content_hash("meta raised its CAPEX")
        );
        assert_ne!(
            content_hash("Meta raised its capex"),
            content_hash("Meta cut its capex")
        );
    }

    #[test]
    fn clip_times_are_rfc3339_and_bad_ones_are_refused() {
        assert_eq!(
            parse_clipped_at(Some("2025-07-14T14:00:00+02:00")).unwrap(),
            "2025-07-14T12:00:00Z"
        );
        assert!(parse_clipped_at(Some("yesterday")).is_err());
    }

    #[test]
    fn tags_are_trimmed_and_deduplicated_case_insensitively() {
        let tags =
            clean_tags(&[" AI ".into(), "ai".into(), "".into(), "EU  rules".into()]).unwrap();
        assert_eq!(tags, vec!["AI".to_string(), "EU rules".to_string()]);
    }

    #[test]
    fn publication_dates_keep_only_real_days() {
        assert_eq!(date_part("2025-07-14T10:09:00-04:00"), Some("2025-07-14"));
        assert_eq!(date_part("2025-13-14"), None);
        assert_eq!(date_part("2025"), None);
    }
}
