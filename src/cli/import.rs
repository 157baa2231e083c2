//! `clipline import <FILE|DIR>...`: clip many saved pages and text files at once, with a
//! progress bar. A file that fails is reported with its reason and the rest go on; running
//! the same import again finds what is already stored and adds nothing twice.
//!
//! In text mode every article is reported on stdout as soon as its transaction has
//! committed ("Stored article 12 from a.html"), one flushed line each, so a script (or a
//! crash test) knows exactly what survived an interrupted import.

use std::path::{Path, PathBuf};

use super::{Format, print_json};
use crate::model::ClipStatus;
use crate::notebook::{InputKind, Notebook};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Files or directories (searched recursively for .html, .htm, .txt and .md files).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Tag every imported article.
    #[arg(long = "tag", value_name = "TAG")]
    tags: Vec<String>,
}

#[derive(Debug, Default, serde::Serialize)]
struct Summary {
    files: usize,
    created: usize,
    existing: usize,
    joined: usize,
    failed: Vec<Failure>,
}

#[derive(Debug, serde::Serialize)]
struct Failure {
    path: String,
    reason: String,
}

pub async fn run(nb: &Notebook, args: Args, format: Format) -> anyhow::Result<()> {
    let mut files = Vec::new();
    let mut summary = Summary::default();
    for path in &args.paths {
        collect(path, &mut files, &mut summary.failed);
    }
    summary.files = files.len();
    let bar = super::progress_bar(files.len() as u64, "files", format);
    for file in &files {
        bar.set_message(
            file.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
        );
        match import_one(nb, file, &args.tags).await {
            Ok(articles) => {
                for (id, status) in articles {
                    if format == Format::Text {
                        bar.suspend(|| stored_line(id, status, file));
                    }
                    match status {
                        ClipStatus::Created => summary.created += 1,
                        ClipStatus::Existing => summary.existing += 1,
                        ClipStatus::Joined => summary.joined += 1,
                    }
                }
            }
            Err(err) => summary.failed.push(Failure {
                path: file.display().to_string(),
                reason: format!("{err:#}"),
            }),
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    if format == Format::Json {
        return print_json(&summary);
    }
    println!(
        "Imported {} file(s): {} new article(s), {} already stored, {} joined as copies, {} failed.",
        summary.files,
        summary.created,
        summary.existing,
        summary.joined,
        summary.failed.len()
    );
    for f in &summary.failed {
        println!("  {}: {}", f.path, f.reason);
    }
    Ok(())
}

async fn import_one(
    nb: &Notebook,
    file: &Path,
    tags: &[String],
) -> anyhow::Result<Vec<(i64, ClipStatus)>> {
    let bytes = super::clip::read_input(file)?;
    let kind = match file
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_lowercase)
        .as_deref()
    {
        Some("txt" | "md") => InputKind::Text,
        _ => InputKind::Html,
    };
    let outcome = nb.clip_bytes(&bytes, kind, None, tags, None).await?;
    Ok(outcome
        .articles
        .into_iter()
        .map(|a| (a.id, a.status))
        .collect())
}

/// "Stored article 12 from a.html" (or "Already stored: article 12 from a.html"), flushed.
fn stored_line(id: i64, status: ClipStatus, file: &Path) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let what = match status {
        ClipStatus::Created => "Stored",
        ClipStatus::Joined => "Stored as a copy of",
        ClipStatus::Existing => "Already stored:",
    };
    let _ = writeln!(out, "{what} article {id} from {}", file.display());
    let _ = out.flush();
}

/// Files to import under `path`, in a stable order; unreadable paths become failures.
fn collect(path: &Path, files: &mut Vec<PathBuf>, failed: &mut Vec<Failure>) {
    if path.is_file() {
        files.push(path.to_path_buf());
        return;
    }
    let entries = match std::fs::read_dir(path) {
        Ok(entries) => entries,
        Err(err) => {
            failed.push(Failure {
                path: path.display().to_string(),
                reason: format!("could not read it: {err}"),
            });
            return;
        }
    };
    let mut children: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    children.sort();
    for child in children {
        let wanted = child
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| matches!(e.to_lowercase().as_str(), "html" | "htm" | "txt" | "md"));
        if child.is_dir() {
            collect(&child, files, failed);
        } else if wanted {
            files.push(child);
        }
    }
}
