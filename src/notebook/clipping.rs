//! Clipping: bytes, a URL or a paste -> extracted articles -> stored, in one transaction.
//!
//! One capture (a fetched page, a file, a paste) may hold several articles (a text scrape).
//! Each article is matched against the notebook before it is stored (`copies::placement`):
//! the same canonical URL (or the same text without a URL) is the `Existing` article; the
//! same or a near-identical text (MinHash, see `clip::dedupe`) from another address joins
//! the stored article as a copy (`Joined`, "also at"); anything else is `Created`. Nothing
//! is ever stored twice, and a joined copy can be split out again (`copies`). The inputs
//! become extracted articles in `inputs`.

use sha2::{Digest, Sha256};

use super::analysis::{Previous, Shared};
use super::copies::{Placement, placement};
use super::extras::{Extras, ExtrasDone};
use super::inputs::{InputKind, extract_local, extract_text, parse_clipped_at, unpack_local};
use super::{Notebook, NotebookError, Result, clean_tags, not_found_article};
use crate::analyze::Analysis;
use crate::analyze::entities::Registry;
use crate::clip::{self, ClipError, Extracted, PasteKind, dedupe};
use crate::model::{ArticleSummary, ClipOutcome, ClipSource, ClipStatus, ClippedArticle, Via};
use crate::store::articles::NewArticle;
use crate::store::captures::NewCapture;
use crate::store::copies::NewCopy;
use crate::store::{self};

/// The fewest words a pasted text must have to be clipped as an article: fewer is a slip
/// of the clipboard ("hello", a half-typed address), refused with a sentence.
const MIN_PASTED_WORDS: usize = 5;

impl Notebook {
    /// Clip what a face handed over: fetch a URL, or take a page or a text as given.
    /// A text scrape may give several articles.
    pub async fn clip(
        &self,
        source: ClipSource,
        tags: &[String],
        clipped_at: Option<&str>,
    ) -> Result<ClipOutcome> {
        let (outcome, _) = self
            .clip_with(source, tags, clipped_at, Via::Url, &Extras::default())
            .await?;
        Ok(outcome)
    }

    /// `clip`, with what an import or a feed adds written in the same transaction;
    /// `url_via` is recorded for a fetched URL (a URL clip, or a feed's item).
    pub(super) async fn clip_with(
        &self,
        source: ClipSource,
        tags: &[String],
        clipped_at: Option<&str>,
        url_via: Via,
        extras: &Extras<'_>,
    ) -> Result<(ClipOutcome, ExtrasDone)> {
        let clipped_at = parse_clipped_at(clipped_at)?;
        let given = match &source {
            ClipSource::Url { .. } => 0,
            ClipSource::Html { html, .. } | ClipSource::Extension { html, .. } => html.len(),
            ClipSource::Text { text, .. } => text.len(),
            ClipSource::Paste { content } => content.len(),
        };
        if given as u64 > clip::sniff::MAX_INPUT_BYTES {
            return Err(ClipError::TooLarge {
                limit: clip::sniff::MAX_INPUT_BYTES,
            }
            .into());
        }
        match source {
            ClipSource::Url { url } => {
                self.clip_url(&url, tags, &clipped_at, url_via, extras)
                    .await
            }
            ClipSource::Extension { html, url } => {
                let url = crate::carry::import::web_url(&url).map_err(|reason| {
                    NotebookError::Invalid(format!("The page's address is {reason}."))
                })?;
                let articles = vec![clip::extract_html(&html, Some(&url))?];
                let capture = capture(
                    Via::Extension,
                    Some(&url),
                    "text/html",
                    html.as_bytes(),
                    &clipped_at,
                );
                self.store_clip(articles, Some(&url), capture, tags, extras)
                    .await
            }
            ClipSource::Html { html, url } => {
                let articles = vec![clip::extract_html(&html, url.as_deref())?];
                let capture = capture(
                    Via::Html,
                    url.as_deref(),
                    "text/html",
                    html.as_bytes(),
                    &clipped_at,
                );
                self.store_clip(articles, url.as_deref(), capture, tags, extras)
                    .await
            }
            ClipSource::Text { text, url } => {
                let articles = extract_text(&text, &clipped_at)?;
                let capture = capture(
                    Via::Text,
                    url.as_deref(),
                    "text/plain",
                    text.as_bytes(),
                    &clipped_at,
                );
                self.store_clip(articles, url.as_deref(), capture, tags, extras)
                    .await
            }
            ClipSource::Paste { content } => {
                let source = match clip::classify_paste(&content) {
                    PasteKind::Url(url) => ClipSource::Url { url },
                    PasteKind::Html(html) => ClipSource::Html { html, url: None },
                    PasteKind::Text(text) => {
                        let words = text.split_whitespace().count();
                        if (1..MIN_PASTED_WORDS).contains(&words) {
                            return Err(ClipError::TooShort { words }.into());
                        }
                        ClipSource::Text { text, url: None }
                    }
                };
                Box::pin(self.clip_with(source, tags, Some(&clipped_at), url_via, extras)).await
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
        let local = unpack_local(bytes, kind, url)?;
        let articles = extract_local(&local.bytes, local.kind, local.url.as_deref(), &clipped_at)?;
        let url = local.url.as_deref();
        let capture = capture(
            Via::File,
            url,
            local.content_type(),
            &local.bytes,
            &clipped_at,
        );
        let (outcome, _) = self
            .store_clip(articles, url, capture, tags, &Extras::default())
            .await?;
        Ok(outcome)
    }

    /// Fetch and clip a URL, recording `via` (a URL clip, or a feed's item) on the capture.
    pub(super) async fn clip_url(
        &self,
        url: &str,
        tags: &[String],
        clipped_at: &str,
        via: Via,
        extras: &Extras<'_>,
    ) -> Result<(ClipOutcome, ExtrasDone)> {
        let limits = clip::FetchLimits {
            reach: extras.reach,
            ..clip::FetchLimits::default()
        };
        let fetched = clip::fetch(url, &limits).await?;
        let decoded = clip::decode_html(&fetched.bytes, fetched.content_type.as_deref());
        let is_text = fetched
            .content_type
            .as_deref()
            .is_some_and(|ct| ct.to_ascii_lowercase().starts_with("text/plain"));
        let articles = if is_text {
            extract_text(&decoded, clipped_at)?
        } else {
            vec![clip::extract_html(&decoded, Some(&fetched.final_url))?]
        };
        let content_type = fetched.content_type.as_deref().unwrap_or("text/html");
        let capture = capture(
            via,
            Some(&fetched.final_url),
            content_type,
            &fetched.bytes,
            clipped_at,
        );
        self.store_clip(articles, Some(&fetched.final_url), capture, tags, extras)
            .await
    }

    /// Store the articles of one capture with their publication events and tags, in one
    /// transaction. The capture is stored once, when at least one article needs it. A
    /// first article with no date of its own takes `extras.published`.
    async fn store_clip(
        &self,
        extracted: Vec<Extracted>,
        url: Option<&str>,
        capture: NewCapture<'_>,
        tags: &[String],
        extras: &Extras<'_>,
    ) -> Result<(ClipOutcome, ExtrasDone)> {
        let tags = clean_tags(tags)?;
        let registry = self.registry().await?;
        let mut extracted = extracted;
        if let (Some(first), Some(published)) = (extracted.first_mut(), extras.published) {
            first
                .published_at
                .get_or_insert_with(|| published.to_owned());
        }
        let prepared = prepare(extracted, url, &capture, &registry);
        let mut tx = self.begin_write().await?;
        let mut shared = Shared::default();
        let articles = self
            .store_prepared(&mut tx, &registry, &mut shared, prepared, &capture, &tags)
            .await?;
        let done = match articles.first() {
            Some(first) => super::extras::apply(&mut tx, first.id, first.status, extras).await?,
            None => ExtrasDone::default(),
        };
        tx.commit().await?;
        Ok((ClipOutcome { articles }, done))
    }

    /// Store prepared articles of one capture in the caller's transaction: each is placed
    /// (existing, joined as a copy, or new), new ones with their analysis, and tagged.
    /// `shared` belongs to the transaction (see `Shared`).
    pub(super) async fn store_prepared(
        &self,
        tx: &mut sqlx::SqliteConnection,
        registry: &Registry,
        shared: &mut Shared,
        prepared: Vec<Prepared>,
        capture: &NewCapture<'_>,
        tags: &[String],
    ) -> Result<Vec<ClippedArticle>> {
        let mut capture_id = None;
        let mut out = Vec::with_capacity(prepared.len());
        for Prepared { article, analysis } in prepared {
            let (id, status) =
                match placement(&mut *tx, &article).await? {
                    Placement::Existing(id) => (id, ClipStatus::Existing),
                    // The same file clipped again, with no address to tell it by.
                    Placement::Copy(id, _)
                        if article.canonical_url.is_none()
                            && store::copies::has_capture(
                                &mut *tx,
                                id,
                                &store::captures::digest(capture.bytes),
                            )
                            .await? =>
                    {
                        (id, ClipStatus::Existing)
                    }
                    Placement::Copy(id, similarity) => {
                        let capture_id = *match &mut capture_id {
                            Some(c) => c,
                            slot => slot
                                .insert(store::captures::insert_capture(&mut *tx, capture).await?),
                        };
                        let source_id = upsert_source(&mut *tx, shared, &article).await?;
                        let copy = NewCopy {
                            article_id: id,
                            url: article.url.as_deref(),
                            canonical_url: article.canonical_url.as_deref(),
                            title: &article.title,
                            source_id,
                            capture_id: Some(capture_id),
                            similarity,
                            seen_at: capture.captured_at,
                        };
                        store::copies::insert_copy(&mut *tx, &copy).await?;
                        (id, ClipStatus::Joined)
                    }
                    Placement::New => {
                        let capture_id = *match &mut capture_id {
                            Some(c) => c,
                            slot => slot
                                .insert(store::captures::insert_capture(&mut *tx, capture).await?),
                        };
                        let id = insert_article(&mut *tx, shared, &article, capture_id).await?;
                        self.store_analysis(
                            &mut *tx,
                            registry,
                            shared,
                            (id, Previous::None),
                            &article.title,
                            &analysis,
                        )
                        .await?;
                        (id, ClipStatus::Created)
                    }
                };
            for tag in tags {
                let tag_id = store::tags::upsert(&mut *tx, tag).await?;
                store::tags::attach(&mut *tx, id, tag_id).await?;
            }
            if !tags.is_empty() {
                // The themes were scored before the tags came: those asking `tag:` again.
                super::annotations::rescore_many(&mut *tx, &[id], super::annotations::Edited::Tags)
                    .await?;
            }
            let summary = store::articles::summary(&mut *tx, id)
                .await?
                .ok_or_else(|| not_found_article(id))?;
            out.push(clipped(summary, status));
        }
        Ok(out)
    }
}

/// An extracted article ready to store: its row and its analysis, both computed before
/// any transaction starts.
pub(super) struct Prepared {
    pub article: NewArticle,
    pub analysis: Analysis,
}

/// Turn the extracted articles of one capture into rows and analyse them (CPU only).
/// A scrape's articles share the page's URL, which is no article's own address.
pub(super) fn prepare(
    extracted: Vec<Extracted>,
    url: Option<&str>,
    capture: &NewCapture<'_>,
    registry: &Registry,
) -> Vec<Prepared> {
    let single = extracted.len() == 1;
    extracted
        .into_iter()
        .map(|ex| {
            let article = new_article(
                ex,
                url.filter(|_| single),
                capture.kind,
                capture.captured_at,
            );
            let analysis = super::analysis::analysis_of(
                registry,
                &article.title,
                article.dek.as_deref(),
                &article.content_text,
                article.published_at.as_deref(),
                &article.clipped_at,
            );
            Prepared { article, analysis }
        })
        .collect()
}

/// The id of an article's source, created on first sight (asked once per transaction).
async fn upsert_source(
    tx: &mut sqlx::SqliteConnection,
    shared: &mut Shared,
    a: &NewArticle,
) -> Result<Option<i64>> {
    let Some(name) = &a.source else {
        return Ok(None);
    };
    let key = (name.clone(), a.source_domain.clone());
    if let Some(&id) = shared.sources.get(&key) {
        return Ok(Some(id));
    }
    let id = store::articles::upsert_source(&mut *tx, name, a.source_domain.as_deref()).await?;
    shared.sources.insert(key, id);
    Ok(Some(id))
}

/// Insert a new article with its bands and publication event; returns its id.
pub(super) async fn insert_article(
    tx: &mut sqlx::SqliteConnection,
    shared: &mut Shared,
    a: &NewArticle,
    capture_id: i64,
) -> Result<i64> {
    let source_id = upsert_source(tx, shared, a).await?;
    let id = store::articles::insert(&mut *tx, a, source_id, Some(capture_id)).await?;
    if let Some(sig) = a.minhash.as_deref().and_then(dedupe::from_bytes) {
        store::copies::insert_bands(&mut *tx, id, &dedupe::bands(&sig)).await?;
    }
    if let Some(date) = a.published_at.as_deref().and_then(date_part) {
        store::events::insert_published(&mut *tx, id, date, &a.title).await?;
    }
    Ok(id)
}

/// Overwrite an article's extracted fields with a new extraction, in the caller's
/// transaction, re-indexing its bands and its publication event.
pub(super) async fn refresh(
    tx: &mut sqlx::SqliteConnection,
    id: i64,
    ex: Extracted,
    url: Option<&str>,
) -> Result<()> {
    let a = new_article(ex, url, Via::Html, "");
    let source_id = upsert_source(tx, &mut Shared::default(), &a).await?;
    store::articles::update_extracted(&mut *tx, id, &a, source_id).await?;
    store::copies::delete_bands(&mut *tx, id).await?;
    if let Some(sig) = a.minhash.as_deref().and_then(dedupe::from_bytes) {
        store::copies::insert_bands(&mut *tx, id, &dedupe::bands(&sig)).await?;
    }
    store::events::delete_published(&mut *tx, id).await?;
    if let Some(date) = a.published_at.as_deref().and_then(date_part) {
        store::events::insert_published(&mut *tx, id, date, &a.title).await?;
    }
    Ok(())
}

fn capture<'a>(
    kind: Via,
    url: Option<&'a str>,
    content_type: &'a str,
    bytes: &'a [u8],
    captured_at: &'a str,
) -> NewCapture<'a> {
    NewCapture {
        kind,
        url,
        content_type: Some(content_type),
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
    hex::encode(hasher.finalize())
}

pub(super) fn new_article(
    ex: Extracted,
    url: Option<&str>,
    via: Via,
    clipped_at: &str,
) -> NewArticle {
    let canonical_url = ex
        .canonical_url
        .clone()
        .or_else(|| url.and_then(clip::canonical_url));
    let domain = canonical_url.as_deref().or(url).and_then(domain_of);
    let source = ex.site_name.clone().or_else(|| domain.clone());
    let word_count = ex.text.split_whitespace().count() as i64;
    let content_hash = content_hash(&format!("{}\n{}", ex.title, ex.text));
    let minhash = dedupe::signature(&ex.text).map(|s| dedupe::to_bytes(&s));
    NewArticle {
        url: url.map(str::to_owned),
        canonical_url,
        title: ex.title,
        byline: ex.byline,
        source,
        source_domain: domain,
        // A paste or a page that names no language: told from its text.
        lang: ex.lang.or_else(|| clip::language::detect(&ex.text)),
        published_at: ex.published_at,
        clipped_at: clipped_at.to_string(),
        via,
        content_html: ex.html,
        content_text: ex.text,
        word_count,
        excerpt: ex.excerpt,
        lead_image: ex.lead_image,
        dek: ex.dek,
        content_hash,
        minhash,
    }
}

/// What a clip reports of an article it placed as `status`.
pub(super) fn clipped(s: ArticleSummary, status: ClipStatus) -> ClippedArticle {
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
    fn publication_dates_keep_only_real_days() {
        assert_eq!(date_part("2025-07-14T10:09:00-04:00"), Some("2025-07-14"));
        assert_eq!(date_part("2025-13-14"), None);
        assert_eq!(date_part("2025"), None);
    }

    /// A paste of a few words is refused with a sentence and stores nothing; five words
    /// are an article; a link without its scheme is fetched as a link.
    #[tokio::test]
    async fn a_paste_of_a_few_words_is_refused_and_stores_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
        let paste = |content: &str| ClipSource::Paste {
            content: content.into(),
        };
        for (slip, says) in [
            ("hello", "only one word,"),
            ("htp:/not a url", "only 3 words,"),
        ] {
            let err = nb.clip(paste(slip), &[], None).await.unwrap_err();
            assert!(err.to_string().contains("not an article"), "{slip}: {err}");
            assert!(err.to_string().contains(says), "{slip}: {err}");
            assert_eq!(err.code(), crate::api::ErrorCode::InvalidInput);
        }
        assert_eq!(nb.info().await.unwrap().articles, 0);
        nb.clip(paste("Ferry fares rise next month"), &[], None)
            .await
            .unwrap();
        // No scheme: fetched, and the unknown host fails the fetch (read as a link).
        let err = nb
            .clip(paste("www.example.invalid/story"), &[], None)
            .await
            .unwrap_err();
        assert_eq!(err.code(), crate::api::ErrorCode::FetchFailed, "{err}");
    }
}
