//! Exports: gather the articles or the timeline a format needs and hand them to
//! `carry::export`; dump every table to the lossless JSON document (which `loading` reads
//! back).

use std::collections::BTreeMap;
use std::path::Path;

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

    /// Write the whole notebook, as `write_json` does, to the file at `path`: into a hidden
    /// `.NAME.partial` file beside it, synced and renamed over `path` once whole, so that
    /// nothing ever finds half a document under the name and a failed export leaves
    /// neither a stray file nor a harmed one. The number of bytes written.
    pub async fn save_json(&self, path: &Path) -> Result<u64> {
        let temp = export::partial(path);
        let failed = |e: std::io::Error| NotebookError::Write(format!("{}: {e}", path.display()));
        let saved = async {
            let file = tokio::fs::File::create(&temp).await.map_err(failed)?;
            let mut file = tokio::io::BufWriter::with_capacity(1 << 16, file);
            let bytes = self.write_json(&mut file).await?;
            file.into_inner().sync_all().await.map_err(failed)?;
            tokio::fs::rename(&temp, path).await.map_err(failed)?;
            Ok(bytes)
        }
        .await;
        if saved.is_err() {
            let _ = tokio::fs::remove_file(&temp).await;
        }
        saved
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
