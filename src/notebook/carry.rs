//! Exports: gather the articles or the timeline a format needs and hand them to
//! `carry::export`; dump every table to the lossless JSON document (which `loading` reads
//! back).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use futures_util::TryStreamExt;
use tokio::io::AsyncWrite;

use super::{Notebook, NotebookError, Result, TimelineAsk};
use crate::carry::export::{self, ExportFile, ExportFormat, json::NotebookDump};
use crate::model::Article;
use crate::store::{self, dump};

impl Notebook {
    /// Export the notebook (or, for timeline formats, the timeline `ask` names; the
    /// default lanes by source when it names nothing) as the files of `format`.
    pub async fn export(&self, format: ExportFormat, ask: &TimelineAsk) -> Result<Vec<ExportFile>> {
        let single = |name: &str, content: String| {
            vec![ExportFile {
                name: name.into(),
                content,
            }]
        };
        let wants_timeline = ask.chooses_timeline();
        // The article formats hold every article: a timeline's choices given to one would
        // be silently ignored, and the reader would believe the file filtered.
        if wants_timeline
            && matches!(
                format,
                ExportFormat::Json
                    | ExportFormat::Markdown
                    | ExportFormat::CslJson
                    | ExportFormat::Bibtex
            )
        {
            return Err(NotebookError::Invalid(
                "--entity, --theme, --query, --from and --to choose a timeline, and this format \
                 holds every article: use them with --format csv, timelinejs or html."
                    .into(),
            ));
        }
        Ok(match format {
            ExportFormat::Json => {
                let mut bytes = Vec::new();
                self.write_json(&mut bytes).await?;
                let text = String::from_utf8(bytes)
                    .map_err(|_| NotebookError::Invalid("the export is not UTF-8".into()))?;
                single("notebook.json", text)
            }
            ExportFormat::Markdown => export::markdown::render(&self.all_articles().await?),
            ExportFormat::CslJson => single(
                "clipline.csl.json",
                export::cite::csl_json(&self.all_articles().await?),
            ),
            ExportFormat::Bibtex => single(
                "clipline.bib",
                export::cite::bibtex(&self.all_articles().await?),
            ),
            ExportFormat::Csv if !wants_timeline => single(
                "articles.csv",
                export::table::articles(&self.all_articles().await?),
            ),
            ExportFormat::Csv | ExportFormat::TimelineJs | ExportFormat::Html => {
                let timeline = self.timeline(ask).await?;
                let sources = export::sources_of(&self.all_articles().await?);
                let title = timeline_title(&timeline);
                match format {
                    ExportFormat::Csv => {
                        single("timeline.csv", export::table::timeline(&timeline, &sources))
                    }
                    ExportFormat::TimelineJs => single(
                        "timeline.json",
                        export::timelinejs::render(&timeline, &sources, &title),
                    ),
                    _ => single(
                        "timeline.html",
                        export::html::render(&timeline, &sources, &title),
                    ),
                }
            }
        })
    }

    /// Every article with its notes, highlights and tags, oldest first, read in one
    /// snapshot (an article deleted meanwhile is in it or not, never half).
    pub async fn all_articles(&self) -> Result<Vec<Article>> {
        let mut tx = self.pool.begin().await?;
        let ids = dump::article_ids(&mut tx).await?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            out.push(super::article_in(&mut tx, id).await?);
        }
        tx.commit().await?;
        Ok(out)
    }

    /// The whole notebook as the lossless JSON document, read in one snapshot.
    pub async fn dump(&self) -> Result<NotebookDump> {
        let mut tx = self.pool.begin().await?;
        let mut tables = BTreeMap::new();
        for table in dump::TABLES {
            tables.insert(table.to_string(), dump::read_table(&mut tx, table).await?);
        }
        tx.commit().await?;
        Ok(NotebookDump {
            format: export::json::FORMAT.into(),
            version: export::json::VERSION,
            schema: schema(),
            exported_at: store::now(),
            tables,
        })
    }

    /// Write the whole notebook to `out` as the lossless JSON document, read in one
    /// snapshot and written a row at a time (the memory of one row, whatever the size of
    /// the notebook); the number of bytes written. What `dump` gives, as `load_dump`
    /// reads it back.
    pub async fn write_json<W: AsyncWrite + Unpin>(&self, out: W) -> Result<u64> {
        let written = |e: std::io::Error| NotebookError::Write(e.to_string());
        let mut tx = self.pool.begin().await?;
        let mut doc = export::json::Writer::begin(out, schema(), &store::now())
            .await
            .map_err(written)?;
        for table in dump::TABLES {
            let cols = dump::table_columns(&mut tx, table).await?;
            let names: Vec<String> = cols.iter().map(|(n, _)| n.clone()).collect();
            doc.table(table, &names).await.map_err(written)?;
            let mut rows = dump::stream_table(&mut tx, table, &cols);
            while let Some(values) = rows.try_next().await? {
                doc.row(&values).await.map_err(written)?;
            }
        }
        tx.commit().await?;
        doc.finish().await.map_err(written)
    }

    /// Write the whole notebook, as `write_json` does, to a file at `path`: into a hidden
    /// temporary file beside it (removed when the export fails or is given up midway: a
    /// quit app, Ctrl+C), synced, and given the name once whole, so that nothing ever
    /// finds half a document under the name. `replace` puts it over a file of that name
    /// (the CLI's `--out`); without it a file of that name is kept, even one that appeared
    /// while the export ran, and the first free "name (n).ext" is taken instead (see
    /// `export::free_path`). The path written, and the number of bytes.
    pub async fn save_json(&self, path: &Path, replace: bool) -> Result<(PathBuf, u64)> {
        let failed = |e: std::io::Error| NotebookError::Write(format!("{}: {e}", path.display()));
        let dir = match path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir,
            _ => Path::new("."),
        };
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .ok_or_else(|| failed(std::io::ErrorKind::InvalidInput.into()))?;
        let temp = tempfile::Builder::new()
            .prefix(&format!(".{name}."))
            .suffix(".partial")
            .tempfile_in(dir)
            .map_err(|e| {
                // tempfile ends its message with " at path <its hidden file>"; the user's
                // file is the one to name.
                let text = e.to_string();
                let cause = text.split(" at path ").next().unwrap_or(&text);
                NotebookError::Write(format!("{}: {cause}", path.display()))
            })?;
        let file = tokio::fs::File::from_std(temp.as_file().try_clone().map_err(failed)?);
        let mut file = tokio::io::BufWriter::with_capacity(1 << 16, file);
        let bytes = self.write_json(&mut file).await?;
        file.into_inner().sync_all().await.map_err(failed)?;
        if replace {
            temp.persist(path).map_err(|e| failed(e.error))?;
            return Ok((path.to_path_buf(), bytes));
        }
        let mut temp = temp;
        loop {
            let target = export::free_path(dir, &name);
            match temp.persist_noclobber(&target) {
                Ok(_) => return Ok((target, bytes)),
                // Taken since it was found free: the next free name.
                Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => temp = e.file,
                Err(e) => return Err(failed(e.error)),
            }
        }
    }
}

/// "Meta · OpenAI" from the lane labels, or "Timeline".
fn timeline_title(t: &crate::model::Timeline) -> String {
    let labels: Vec<&str> = t.lanes.iter().take(4).map(|l| l.label.as_str()).collect();
    if labels.is_empty() {
        "Timeline".into()
    } else {
        format!("Timeline: {}", labels.join(" · "))
    }
}

/// The newest schema migration this Clipline knows: the `schema` of its exports.
pub(super) fn schema() -> i64 {
    store::MIGRATOR.iter().map(|m| m.version).max().unwrap_or(0)
}
