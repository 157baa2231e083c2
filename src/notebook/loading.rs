//! Loading a notebook export (`clipline import-notebook`) into an empty notebook, in one
//! transaction: on any error nothing is written. The file is read a row at a time
//! (`json::read_pieces`) and each row inserted as it comes, so that a notebook of any size
//! loads in the memory of one row; a `NotebookDump` already in memory goes through the same
//! steps.
//!
//! Rows go in in the file's order, with foreign keys checked at the commit: this
//! Clipline writes parents first, earlier ones wrote the tables in alphabetical order, and
//! entities point at each other (parent, merged_into) in any order. The triggers that keep
//! derived rows (the theme lanes, the full-text index) answer either order; the one that
//! dates an entity's link to an event from the event does not, and `Loader::finish` does
//! its work again at the end.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use serde_json::Value;
use sqlx::SqliteConnection;

use super::carry::schema;
use super::{Job, Notebook, NotebookError, Result};
use crate::carry::export::json::{self, DumpError, NotebookDump, Piece};
use crate::store::dump::{self, RowWriter};

/// How many rows of each table an import wrote.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct LoadReport {
    pub tables: BTreeMap<String, usize>,
}

/// Pieces handed from the reading thread to the writing task at a time, or fewer when
/// their text reaches `BATCH_BYTES` (a capture is up to 20 MB of page, twice that in hex):
/// one at a time, the hand-overs (a wake-up of each side per row) made loading 100,000
/// articles a quarter slower than reading the whole file first.
const BATCH: usize = 256;
const BATCH_BYTES: usize = 8 << 20;

/// Batches read ahead of the one being written: with the one being filled and the one
/// being written, at most four batches are in memory.
const READ_AHEAD: usize = 2;

impl Notebook {
    /// Load the notebook export at `path` into this notebook, which must be empty, in one
    /// transaction, reading it a row at a time. `Invalid` for a file that is not a whole
    /// notebook export (not JSON, cut short, another kind of JSON), one from a newer
    /// Clipline, a non-empty notebook, or rows this schema cannot hold.
    pub async fn load_json(&self, path: &Path) -> Result<LoadReport> {
        let file = std::fs::File::open(path).map_err(|e| {
            NotebookError::Invalid(format!("Could not read {}: {e}.", path.display()))
        })?;
        let size = file.metadata().map(|m| m.len()).unwrap_or(0);
        let mut tx = self.begin_write().await?;
        let mut loader = Loader::begin(&mut tx).await?;
        // Progress in megabytes of the file read.
        let total = megabytes(size) + 1;
        let mut job = self.start_job(Job::Import, total);
        let read_so_far = Arc::new(AtomicU64::new(0));
        let counted = Counted {
            inner: std::io::BufReader::new(file),
            read: read_so_far.clone(),
        };
        let (send, mut batches) = tokio::sync::mpsc::channel::<Vec<Piece>>(READ_AHEAD);
        let reading = tokio::task::spawn_blocking(move || {
            let (mut batch, mut bytes) = (Vec::with_capacity(BATCH), 0);
            let read = json::read_pieces(counted, |piece| {
                bytes += piece_bytes(&piece);
                batch.push(piece);
                if batch.len() < BATCH && bytes < BATCH_BYTES {
                    return true;
                }
                bytes = 0;
                send.blocking_send(std::mem::take(&mut batch)).is_ok()
            });
            if read.is_ok() && !batch.is_empty() {
                let _ = send.blocking_send(batch);
            }
            read
        });
        let mut failed = None;
        'load: while let Some(batch) = batches.recv().await {
            for piece in batch {
                if let Err(err) = loader.take(&mut tx, piece).await {
                    failed = Some(err);
                    break 'load;
                }
            }
            // Not the whole until it is committed: the reading runs ahead of the writing.
            let read = megabytes(read_so_far.load(Ordering::Relaxed));
            job.step(read.min(total - 1));
        }
        drop(batches); // the reader stops at its next batch
        let read = reading
            .await
            .map_err(|e| NotebookError::Invalid(format!("The export could not be read: {e}.")))?;
        if let Some(err) = failed {
            return Err(err);
        }
        read.map_err(|why| {
            NotebookError::Invalid(format!(
                "This file is not a whole notebook export ({why}); nothing was imported."
            ))
        })?;
        let report = loader.finish(&mut tx).await?;
        commit(tx).await?;
        job.step(total);
        self.registry_changed().await;
        Ok(report)
    }

    /// Load a notebook export already read into this notebook, which must be empty, in one
    /// transaction: on any error nothing is written. `Invalid` for a non-empty notebook,
    /// an export from a newer schema, or rows this schema cannot hold.
    pub async fn load_dump(&self, dump: &NotebookDump) -> Result<LoadReport> {
        let mut tx = self.begin_write().await?;
        let mut loader = Loader::begin(&mut tx).await?;
        let header = Piece::Header {
            format: Some(dump.format.clone()),
            version: Some(u64::from(dump.version)),
            schema: Some(dump.schema),
        };
        loader.take(&mut tx, header).await?;
        // Parents first, as the tables were loaded before they were streamed.
        let named = |name: &&String| dump::TABLES.iter().position(|t| t == name);
        let mut names: Vec<&String> = dump.tables.keys().collect();
        names.sort_by_key(|name| named(name).unwrap_or(usize::MAX));
        for name in names {
            let table = &dump.tables[name];
            let begin = Piece::Table {
                name: name.clone(),
                columns: table.columns.clone(),
            };
            loader.take(&mut tx, begin).await?;
            for row in &table.rows {
                loader.take(&mut tx, Piece::Row(row.clone())).await?;
            }
        }
        let report = loader.finish(&mut tx).await?;
        commit(tx).await?;
        self.registry_changed().await;
        Ok(report)
    }
}

/// About how many bytes a piece holds (its strings), for the size of a batch.
fn piece_bytes(piece: &Piece) -> usize {
    match piece {
        Piece::Row(values) => values.iter().map(|v| v.as_str().map_or(8, str::len)).sum(),
        _ => 64,
    }
}

/// Whole megabytes in `bytes`.
fn megabytes(bytes: u64) -> usize {
    usize::try_from(bytes >> 20).unwrap_or(usize::MAX)
}

/// A reader that counts the bytes read through it, for the progress of a load.
struct Counted<R> {
    inner: R,
    read: Arc<AtomicU64>,
}

impl<R: std::io::Read> std::io::Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Commit a load: the foreign keys are checked here.
async fn commit(tx: super::writing::Write) -> Result<()> {
    tx.commit().await.map_err(|e| {
        NotebookError::Invalid(format!("This export's rows do not fit together: {e}."))
    })
}

/// What is wrong with the file, as the user reads it.
fn dump_error(err: DumpError) -> NotebookError {
    NotebookError::Invalid(err.to_string())
}

/// The steps of a load, one piece at a time.
struct Loader {
    report: LoadReport,
    /// The header fields as far as the file has given them: checked as each comes (a
    /// newer export is refused before its rows), and whole at the end (a file whose keys
    /// were sorted, `jq -S`, gives `version` after its tables).
    format: Option<String>,
    version: Option<u64>,
    schema: Option<i64>,
    header: bool,
    table: Option<Current>,
    /// The articles' HTML came in their rows (an export from before migration
    /// 20261129030000) and went to `article_html`; a table of it besides is left out.
    html_moved: bool,
    /// An `article_html` table was loaded: HTML in the articles' rows besides is left out.
    html_loaded: bool,
}

/// The table being loaded.
struct Current {
    name: String,
    writer: RowWriter,
    rows: usize,
    /// The column of page HTML to sanitize (`article_html.html`).
    html: Option<usize>,
    /// An older export's `articles.content_html` and `id` columns: the HTML is taken out
    /// of each row and written to `article_html` (unless its table was loaded already).
    moved: Option<(usize, usize, Option<RowWriter>)>,
    /// Rows read and left out (see `Loader::html_moved`).
    skip: bool,
}

impl Loader {
    /// Check that the notebook is empty and let its foreign keys wait for the commit.
    async fn begin(tx: &mut SqliteConnection) -> Result<Loader> {
        if !dump::is_empty(tx).await? {
            return Err(NotebookError::Invalid(
                "This notebook already holds data; import a notebook export into a new, empty notebook (--db NEW.db).".into(),
            ));
        }
        sqlx::query("PRAGMA defer_foreign_keys = ON")
            .execute(&mut *tx)
            .await?;
        Ok(Loader {
            report: LoadReport::default(),
            format: None,
            version: None,
            schema: None,
            header: false,
            table: None,
            html_moved: false,
            html_loaded: false,
        })
    }

    /// Take the next piece of the export.
    async fn take(&mut self, tx: &mut SqliteConnection, piece: Piece) -> Result<()> {
        match piece {
            Piece::Header {
                format,
                version,
                schema: theirs,
            } => {
                self.header = true;
                self.format = format.or(self.format.take());
                self.version = version.or(self.version);
                self.schema = theirs.or(self.schema);
                self.check_header()?;
            }
            Piece::Table { name, columns } => {
                if !self.header {
                    return Err(dump_error(DumpError::NotNotebook));
                }
                if !dump::TABLES.contains(&name.as_str()) {
                    return Err(NotebookError::Invalid(format!(
                        "This export has a table \"{name}\" that this Clipline does not know."
                    )));
                }
                self.table = Some(self.open(tx, name, columns).await.map_err(cannot)?);
            }
            Piece::Row(mut values) => {
                let Some(table) = self.table.as_mut() else {
                    return Err(dump_error(DumpError::NotNotebook));
                };
                if table.skip {
                    return Ok(());
                }
                table.rows += 1;
                let number = table.rows;
                if let Some((html_at, id_at, html_writer)) = &table.moved
                    && *html_at < values.len()
                {
                    let html = values.remove(*html_at);
                    let id_at = if *id_at > *html_at { id_at - 1 } else { *id_at };
                    if let Some(html_writer) = html_writer
                        && let Some(id) = values.get(id_at).cloned()
                    {
                        let html = sanitized(html);
                        html_writer
                            .write(tx, number, &[id, html])
                            .await
                            .map_err(cannot)?;
                        *self.report.tables.entry("article_html".into()).or_default() += 1;
                    }
                }
                if let Some(at) = table.html
                    && let Some(html) = values.get_mut(at)
                {
                    *html = sanitized(std::mem::take(html));
                }
                if table
                    .writer
                    .write(tx, number, &values)
                    .await
                    .map_err(cannot)?
                {
                    *self.report.tables.entry(table.name.clone()).or_default() += 1;
                }
            }
        }
        Ok(())
    }

    /// Begin loading the table `name` with the file's `columns`.
    async fn open(
        &mut self,
        tx: &mut SqliteConnection,
        name: String,
        mut columns: Vec<String>,
    ) -> std::result::Result<Current, crate::store::StoreError> {
        let mut moved = None;
        if name == "articles"
            && let Some(html_at) = columns.iter().position(|c| c == "content_html")
        {
            let id_at = columns.iter().position(|c| c == "id").unwrap_or(usize::MAX);
            columns.remove(html_at);
            let html_writer = if self.html_loaded {
                None
            } else {
                let columns = ["article_id".into(), "html".into()];
                self.html_moved = true;
                Some(RowWriter::open(tx, "article_html", &columns).await?)
            };
            moved = Some((html_at, id_at, html_writer));
        }
        let skip = name == "article_html" && self.html_moved;
        self.html_loaded |= name == "article_html" && !skip;
        let html = (name == "article_html")
            .then(|| columns.iter().position(|c| c == "html"))
            .flatten();
        let writer = RowWriter::open(tx, &name, &columns).await?;
        self.report.tables.entry(name.clone()).or_default();
        Ok(Current {
            name,
            writer,
            rows: 0,
            html,
            moved,
            skip,
        })
    }

    /// Refuse a header field that says the file is not an export this Clipline reads.
    fn check_header(&self) -> Result<()> {
        if self.format.as_ref().is_some_and(|f| f != json::FORMAT) {
            return Err(dump_error(DumpError::NotNotebook));
        }
        if let Some(v) = self.version
            && v != u64::from(json::VERSION)
        {
            return Err(dump_error(DumpError::Version(
                u32::try_from(v).unwrap_or(u32::MAX),
            )));
        }
        if self.schema.is_some_and(|s| s > schema()) {
            return Err(NotebookError::Invalid(
                "This export comes from a newer Clipline; update Clipline to import it.".into(),
            ));
        }
        Ok(())
    }

    /// End a load: the header must have been whole; the dates that entity lanes sort by
    /// are taken from their events where the file had none (an export from before they
    /// were stored with the link, whose links came before the events, alphabetically, so
    /// that the trigger copying them found no event yet). The report of the load.
    async fn finish(self, tx: &mut SqliteConnection) -> Result<LoadReport> {
        self.check_header()?;
        if self.format.is_none() || self.version.is_none() {
            return Err(dump_error(DumpError::NotNotebook));
        }
        if self.schema.is_none() {
            return Err(NotebookError::Invalid(
                "This export does not say which Clipline wrote it (it has no \"schema\"); nothing was imported.".into(),
            ));
        }
        sqlx::query(
            "UPDATE event_entities SET date_start = \
             (SELECT e.date_start FROM events e WHERE e.id = event_entities.event_id) \
             WHERE date_start IS NULL",
        )
        .execute(&mut *tx)
        .await?;
        crate::store::cjk::put_missing(tx).await?;
        Ok(self.report)
    }
}

/// Why a row cannot go in, as the user reads it.
fn cannot(err: crate::store::StoreError) -> NotebookError {
    NotebookError::Invalid(format!("This export cannot be imported: {err}."))
}

/// An export file is input like any page (someone may have written or edited it): the
/// articles' HTML is sanitized on the way in as a clipped page's is (DESIGN §7), so that
/// the reader's DOMPurify is never the only guard. What Clipline itself exported comes
/// back as it was (sanitizing sanitized HTML leaves it alone).
fn sanitized(html: Value) -> Value {
    match html {
        Value::String(text) => Value::String(crate::clip::sanitize::sanitize_html(&text, None)),
        other => other,
    }
}
