//! Bulk import: many saved pages and text files -> articles, as a stream.
//!
//! Files are read one at a time; a file whose bytes, as stored (an MHTML archive's page,
//! a gzip's content), are already a stored capture (same SHA-256) is skipped without being
//! extracted, which is what makes an interrupted import resumable. Extraction and analysis run on worker threads while the stored side writes
//! batches of `BATCH` files per transaction (each file in its own savepoint, so one bad
//! file is reported and the rest go on); the next batch is extracted while one is stored.
//! Memory stays flat whatever the number of files: at most `2 × workers` files are in
//! flight, one batch waits in the channel and one is being stored.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};

use sqlx::Connection as _;

use super::analysis::Shared;
use super::clipping::{Prepared, prepare};
use super::inputs::{Local, extract_local, parse_clipped_at, unpack_local};
use super::{InputKind, Notebook, NotebookError, Result, clean_tags};
use crate::clip;
use crate::model::{ClipStatus, ClippedArticle, Via};
use crate::store::captures::NewCapture;
use crate::store::{self};

/// Files stored per transaction: large enough that commits are a small share of the work,
/// small enough that an interruption loses little.
pub const BATCH: usize = 64;
/// An import storing at least this many articles merges the full-text index when it ends
/// (`ImportEvent::Optimizing`).
pub const OPTIMIZE_AFTER: usize = 1_000;

/// What happened to one file.
#[derive(Debug)]
pub enum ImportEvent<'a> {
    /// Stored (committed): the articles it gave.
    Stored {
        path: &'a Path,
        articles: &'a [ClippedArticle],
    },
    /// Its bytes were imported before, as these articles.
    Skipped { path: &'a Path, articles: &'a [i64] },
    /// It could not be imported, and why (one sentence).
    Failed { path: &'a Path, reason: &'a str },
    /// Every file is done; the import stored so many articles that the full-text index is
    /// now merged into one b-tree (a few seconds at 100,000 articles), as FTS5's
    /// `optimize` does, so that a common word's matches are read from one place.
    Optimizing,
}

/// The totals of an import.
#[derive(Debug, Default, Clone, serde::Serialize)]
pub struct ImportReport {
    pub files: usize,
    pub created: usize,
    pub existing: usize,
    pub joined: usize,
    /// Files skipped because the same bytes were imported before.
    pub skipped: usize,
    pub failed: Vec<ImportFailure>,
}

/// A file that failed, and why.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ImportFailure {
    pub path: String,
    pub reason: String,
}

/// A file read, extracted and analysed, waiting for its batch.
struct Ready {
    path: PathBuf,
    /// The capture's bytes (an MHTML archive's page).
    bytes: Vec<u8>,
    /// The page's address, when the file names one (an MHTML archive's).
    url: Option<String>,
    content_type: &'static str,
    prepared: Vec<Prepared>,
}

/// A file's fate before storing.
enum Staged {
    Ready(Box<Ready>),
    Skipped(PathBuf, Vec<i64>),
    Failed(PathBuf, String),
}

impl Notebook {
    /// Import `files` in order (`.txt`/`.md` as text, anything else as HTML), tagging every
    /// article with `tags`; `on_event` hears of each file once its fate is final (a stored
    /// file only after its batch committed). Errs only when the notebook itself fails.
    pub async fn import_files(
        &self,
        files: &[PathBuf],
        tags: &[String],
        clipped_at: Option<&str>,
        mut on_event: impl FnMut(&ImportEvent<'_>),
    ) -> Result<ImportReport> {
        let tags = clean_tags(tags)?;
        let clipped_at = parse_clipped_at(clipped_at)?;
        let registry = self.registry().await?;
        let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
        let mut report = ImportReport {
            files: files.len(),
            ..ImportReport::default()
        };
        // Extraction runs on while a batch is being stored: the files come through a
        // channel that holds a whole batch, so the workers prepare the next one during the
        // writes (which mostly wait on SQLite's thread). With a channel of a few files the
        // workers stalled within a few ms of each store: 793 WCXB pages took 7.1 s, and
        // take 5.3 s this way (3,000 generated pages: 10.5 -> 7.3 s).
        let (staged_tx, mut staged_rx) = tokio::sync::mpsc::channel::<Staged>(BATCH);
        let clipped_at = &clipped_at;
        let registry = &registry;
        let produce = async move {
            let mut queue = files.iter();
            let mut in_flight: VecDeque<tokio::task::JoinHandle<Staged>> = VecDeque::new();
            loop {
                while in_flight.len() < workers * 2 {
                    let Some(path) = queue.next() else { break };
                    in_flight.push_back(self.stage(path.clone(), registry, clipped_at).await);
                }
                let Some(next) = in_flight.pop_front() else {
                    break;
                };
                // A worker that panicked is a failure of an unknown file; the rest go on.
                let staged = next
                    .await
                    .unwrap_or_else(|join| Staged::Failed(PathBuf::from("?"), join.to_string()));
                if staged_tx.send(staged).await.is_err() {
                    break; // the storing side stopped on an error of the notebook
                }
            }
        };
        let store = async {
            let mut batch: Vec<Ready> = Vec::with_capacity(BATCH);
            loop {
                let staged = staged_rx.recv().await;
                let done = staged.is_none();
                match staged {
                    Some(Staged::Ready(ready)) => batch.push(*ready),
                    Some(Staged::Skipped(path, articles)) => {
                        report.skipped += 1;
                        on_event(&ImportEvent::Skipped {
                            path: &path,
                            articles: &articles,
                        });
                    }
                    Some(Staged::Failed(path, reason)) => {
                        fail(&mut report, &mut on_event, &path, reason);
                    }
                    None => {}
                }
                if done || batch.len() >= BATCH {
                    self.store_batch(
                        &mut batch,
                        registry,
                        &tags,
                        clipped_at,
                        &mut report,
                        &mut on_event,
                    )
                    .await?;
                }
                if done {
                    return Ok::<(), NotebookError>(());
                }
            }
        };
        let ((), stored) = tokio::join!(produce, store);
        stored?;
        if report.created >= OPTIMIZE_AFTER {
            on_event(&ImportEvent::Optimizing);
            let _turn = self.write_turn().await?;
            store::fts::optimize(&self.pool).await?;
        }
        Ok(report)
    }

    /// Read and unpack one file and, unless its unpacked bytes are already a stored
    /// capture, start its extraction and analysis on a worker thread.
    async fn stage(
        &self,
        path: PathBuf,
        registry: &std::sync::Arc<crate::analyze::entities::Registry>,
        clipped_at: &str,
    ) -> tokio::task::JoinHandle<Staged> {
        let bytes = match read_capped(&path).await {
            Ok(bytes) => bytes,
            Err(err) => {
                let reason = format!("could not read it ({err})");
                return tokio::spawn(async move { Staged::Failed(path, reason) });
            }
        };
        // The capture holds the file as unpacked (an MHTML archive's page, a gzip's
        // content), so that is what is looked for.
        let local = match unpack_local(&bytes, kind_of(&path), None) {
            Ok(Local {
                bytes: unpacked,
                kind,
                url,
            }) => {
                // A file kept as it is stays in the buffer it was read into.
                let unpacked = match unpacked {
                    std::borrow::Cow::Owned(unpacked) => unpacked,
                    std::borrow::Cow::Borrowed(_) => bytes,
                };
                Local {
                    bytes: std::borrow::Cow::Owned(unpacked),
                    kind,
                    url,
                }
            }
            Err(err) => {
                let reason = err.to_string();
                return tokio::spawn(async move { Staged::Failed(path, reason) });
            }
        };
        let digest = store::captures::digest(&local.bytes);
        match store::captures::imported_as(&self.pool, &digest).await {
            Ok(Some(articles)) => {
                return tokio::spawn(async move { Staged::Skipped(path, articles) });
            }
            Ok(None) => {}
            Err(err) => {
                let reason = err.to_string();
                return tokio::spawn(async move { Staged::Failed(path, reason) });
            }
        }
        let registry = registry.clone();
        let clipped_at = clipped_at.to_string();
        tokio::task::spawn_blocking(move || {
            match extract_local(&local.bytes, local.kind, local.url.as_deref(), &clipped_at) {
                Ok(extracted) => {
                    let capture = file_capture(&local, &clipped_at);
                    let prepared = prepare(extracted, local.url.as_deref(), &capture, &registry);
                    Staged::Ready(Box::new(Ready {
                        content_type: local.content_type(),
                        url: local.url,
                        bytes: local.bytes.into_owned(),
                        path,
                        prepared,
                    }))
                }
                Err(err) => Staged::Failed(path, err.to_string()),
            }
        })
    }

    /// Store a batch in one transaction, one savepoint per file; report each file after
    /// the commit.
    async fn store_batch(
        &self,
        batch: &mut Vec<Ready>,
        registry: &crate::analyze::entities::Registry,
        tags: &[String],
        clipped_at: &str,
        report: &mut ImportReport,
        on_event: &mut impl FnMut(&ImportEvent<'_>),
    ) -> Result<()> {
        if batch.is_empty() {
            return Ok(());
        }
        let mut outcomes = Vec::with_capacity(batch.len());
        let mut tx = self.begin_write().await?;
        let mut shared = Shared::default();
        for ready in batch.drain(..) {
            let capture = NewCapture {
                kind: Via::File,
                url: ready.url.as_deref(),
                content_type: Some(ready.content_type),
                bytes: &ready.bytes,
                captured_at: clipped_at,
            };
            let mut savepoint = (*tx).begin().await?;
            match self
                .store_prepared(
                    &mut savepoint,
                    registry,
                    &mut shared,
                    ready.prepared,
                    &capture,
                    tags,
                )
                .await
            {
                Ok(articles) => {
                    savepoint.commit().await?;
                    outcomes.push((ready.path, Ok(articles)));
                }
                Err(err) => {
                    savepoint.rollback().await?;
                    shared.forget();
                    outcomes.push((ready.path, Err(err.to_string())));
                }
            }
        }
        tx.commit().await?;
        for (path, outcome) in outcomes {
            match outcome {
                Ok(articles) => {
                    for a in &articles {
                        match a.status {
                            ClipStatus::Created => report.created += 1,
                            ClipStatus::Existing => report.existing += 1,
                            ClipStatus::Joined => report.joined += 1,
                        }
                    }
                    on_event(&ImportEvent::Stored {
                        path: &path,
                        articles: &articles,
                    });
                }
                Err(reason) => fail(report, on_event, &path, reason),
            }
        }
        Ok(())
    }
}

/// A file's bytes, reading no further than one byte past the input cap: the engine refuses
/// it then, and a huge file is never read whole.
async fn read_capped(path: &Path) -> std::io::Result<Vec<u8>> {
    use tokio::io::AsyncReadExt as _;
    let mut buf = Vec::new();
    tokio::fs::File::open(path)
        .await?
        .take(clip::sniff::MAX_INPUT_BYTES + 1)
        .read_to_end(&mut buf)
        .await?;
    Ok(buf)
}

fn fail(
    report: &mut ImportReport,
    on_event: &mut impl FnMut(&ImportEvent<'_>),
    path: &Path,
    reason: String,
) {
    on_event(&ImportEvent::Failed {
        path,
        reason: &reason,
    });
    report.failed.push(ImportFailure {
        path: path.display().to_string(),
        reason,
    });
}

fn file_capture<'a>(local: &'a Local<'_>, clipped_at: &'a str) -> NewCapture<'a> {
    NewCapture {
        kind: Via::File,
        url: local.url.as_deref(),
        content_type: Some(local.content_type()),
        bytes: &local.bytes,
        captured_at: clipped_at,
    }
}

/// How a file is read, by its extension: text for `.txt`/`.md`, an MHTML archive for
/// `.mhtml`/`.mht`, a page otherwise.
fn kind_of(path: &Path) -> InputKind {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_lowercase)
        .as_deref()
    {
        Some("txt" | "md") => InputKind::Text,
        Some("mhtml" | "mht") => InputKind::Mhtml,
        _ => InputKind::Html,
    }
}
