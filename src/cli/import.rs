//! `clipline import <FILE|DIR>...`: clip many saved pages and text files at once, with a
//! progress bar (rate and time left). A file that fails is reported with its reason and
//! the rest go on; running the same import again skips what is already stored, so an
//! interrupted import resumes where it stopped. The work itself is
//! `Notebook::import_files`.

use std::path::{Path, PathBuf};

use super::{Format, print_json};
use crate::notebook::{ImportEvent, ImportFailure, Notebook};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Files or directories (searched recursively for .html, .htm, .txt and .md files).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Tag every imported article.
    #[arg(long = "tag", value_name = "TAG")]
    tags: Vec<String>,
    /// Print one line per file as it is stored ("stored PATH: N article(s)").
    #[arg(long)]
    each: bool,
}

pub async fn run(nb: &Notebook, args: Args, format: Format) -> anyhow::Result<()> {
    let mut files = Vec::new();
    let mut unreadable = Vec::new();
    for path in &args.paths {
        collect(path, &mut files, &mut unreadable);
    }
    let bar = super::progress_bar(files.len() as u64, "files", format);
    let each = args.each;
    let mut report = nb
        .import_files(&files, &args.tags, None, |event| {
            if let (true, ImportEvent::Stored { path, articles }) = (each, event) {
                bar.suspend(|| {
                    println!("stored {}: {} article(s)", path.display(), articles.len())
                });
            }
            bar.inc(1);
        })
        .await?;
    bar.finish_and_clear();
    report.failed.splice(0..0, unreadable);
    if format == Format::Json {
        return print_json(&report);
    }
    println!(
        "Imported {} file(s): {} new article(s), {} already stored, {} joined as copies, {} skipped as imported before, {} failed.",
        report.files,
        report.created,
        report.existing,
        report.joined,
        report.skipped,
        report.failed.len()
    );
    for f in &report.failed {
        println!("  {}: {}", f.path, f.reason);
    }
    Ok(())
}

/// Files to import under `path`, in a stable order; unreadable paths become failures.
fn collect(path: &Path, files: &mut Vec<PathBuf>, failed: &mut Vec<ImportFailure>) {
    if path.is_file() {
        files.push(path.to_path_buf());
        return;
    }
    let entries = match std::fs::read_dir(path) {
        Ok(entries) => entries,
        Err(err) => {
            failed.push(ImportFailure {
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
