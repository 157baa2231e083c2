//! `clipline export --format markdown|json|csv|csl-json|bibtex|timelinejs|html [--out PATH]`
//! with the timeline selectors of `clipline timeline` for csv, timelinejs and html.
//! Markdown writes one file per article into a directory; the others write one file, or
//! stdout when no `--out` is given.

use std::path::{Path, PathBuf};

use anyhow::Context;

use super::{FormatArg, call, unexpected};
use crate::api::{Request, Response};
use crate::carry::export::ExportFormat;
use crate::notebook::{Notebook, TimelineAsk};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Where to write: a file, or a directory for markdown (default: stdout; markdown:
    /// ./clipline-markdown).
    #[arg(long, value_name = "PATH")]
    out: Option<PathBuf>,
    /// Timeline formats: a lane for this entity (repeatable).
    #[arg(long = "entity", value_name = "NAME")]
    entities: Vec<String>,
    /// Timeline formats: a lane for this theme (repeatable).
    #[arg(long = "theme", value_name = "NAME")]
    themes: Vec<String>,
    /// Timeline formats: only items of articles matching this search; alone, one lane.
    #[arg(long, allow_hyphen_values = true)]
    query: Option<String>,
    /// Timeline formats: from this day (YYYY-MM-DD).
    #[arg(long)]
    from: Option<String>,
    /// Timeline formats: up to this day (YYYY-MM-DD).
    #[arg(long)]
    to: Option<String>,
}

/// Write the export `wanted` names; errs on a format that is not an export format.
pub async fn run(nb: &Notebook, args: Args, wanted: FormatArg) -> anyhow::Result<()> {
    let format = match wanted {
        FormatArg::Text => anyhow::bail!(
            "Choose what to export with --format markdown, json, csv, csl-json, bibtex, timelinejs or html."
        ),
        FormatArg::Json => ExportFormat::Json,
        FormatArg::Markdown => ExportFormat::Markdown,
        FormatArg::Csv => ExportFormat::Csv,
        FormatArg::CslJson => ExportFormat::CslJson,
        FormatArg::Bibtex => ExportFormat::Bibtex,
        FormatArg::Timelinejs => ExportFormat::TimelineJs,
        FormatArg::Html => ExportFormat::Html,
    };
    let ask = TimelineAsk {
        entities: args.entities,
        themes: args.themes,
        query: args.query,
        from: args.from,
        to: args.to,
        ..TimelineAsk::default()
    };
    if format == ExportFormat::Json && !ask.chooses_timeline() {
        return write_json(nb, args.out.as_deref()).await;
    }
    let files = match call(nb, Request::NotebookExport { format, ask }).await? {
        Response::Files(files) => files,
        other => return Err(unexpected(other)),
    };
    if format == ExportFormat::Markdown {
        let dir = args
            .out
            .unwrap_or_else(|| PathBuf::from("clipline-markdown"));
        let report = crate::carry::export::folder::write_folder(&dir, &files)
            .with_context(|| format!("could not write the Markdown files to {}", dir.display()))?;
        eprintln!(
            "Wrote {} to {} ({} unchanged).",
            super::counted(report.written, "Markdown file"),
            dir.display(),
            report.unchanged
        );
        if !report.removed.is_empty() {
            eprintln!(
                "Removed {} of an earlier export whose articles are no longer in the notebook.",
                super::counted(report.removed.len(), "file")
            );
        }
        if !report.kept.is_empty() {
            let (them, they_are) = if report.kept.len() == 1 {
                ("it", "it is")
            } else {
                ("them", "they are")
            };
            eprintln!(
                "Kept {} edited since the export wrote {them} (or not written by it), as \
                 {they_are}: {}. Move or delete {them} to have {them} written again.",
                super::counted(report.kept.len(), "file"),
                report.kept.join(", ")
            );
        }
        return Ok(());
    }
    let content = files.into_iter().map(|f| f.content).collect::<String>();
    match args.out {
        Some(path) => {
            super::refuse_the_notebook(nb, &path, "the export")?;
            crate::carry::export::write_replacing(&path, content.as_bytes())
                .with_context(|| format!("could not write {}", path.display()))?;
            eprintln!("Wrote {}.", path.display());
        }
        // The byte-order mark a CSV file starts with is for a spreadsheet opening the file;
        // a script reading stdout would take it for the first column's name.
        None => print!("{}", content.trim_start_matches('\u{feff}')),
    }
    Ok(())
}

/// The whole notebook as JSON, streamed to `out` (see `Notebook::save_json`) or to stdout:
/// a notebook of any size is written in the memory of one row, where the command table's
/// `Files` would hold all of it (4.2 GB for 100,000 articles). The CLI's one export that
/// does not go through the command table, as `import-notebook` reads its file itself.
async fn write_json(nb: &Notebook, out: Option<&Path>) -> anyhow::Result<()> {
    let Some(path) = out else {
        let mut stdout = tokio::io::BufWriter::new(tokio::io::stdout());
        nb.write_json(&mut stdout).await?;
        return Ok(());
    };
    super::refuse_the_notebook(nb, path, "the export")?;
    // The error names the file.
    let (_, bytes) = nb.save_json(path, true).await?;
    eprintln!(
        "Wrote {} ({}).",
        path.display(),
        crate::clip::error::human_size(bytes)
    );
    Ok(())
}
