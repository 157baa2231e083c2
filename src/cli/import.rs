//! `clipline import <FILE|DIR>...`: clip many saved pages (.html, .mhtml) and text files at
//! once, with a progress bar (rate and time left); `--from pocket|wallabag|bookmarks|zotero|
//! omnivore FILE` reads another tool's export instead. A file or item that fails is
//! reported with its reason and the rest go on; running the same import again skips what is
//! already stored, so an interrupted import resumes where it stopped. Saved pages are
//! read by `Notebook::import_files` (paths never cross the command table: the loopback
//! server must not be asked to read files); an export goes through the command table's
//! `ImportExport`, as the app sends it.
//!
//! In text mode every article is reported on stdout as soon as its transaction has
//! committed ("Stored article 12 from a.html"; "Already stored: article 12 from a.html"
//! for a file imported before), one flushed line each, so a script (or a crash test)
//! knows exactly what survived an interrupted import. Ctrl-C stops it cleanly: the batch
//! being written rolls back, and a last line says how much was stored and how to go on.

use std::cell::Cell;
use std::path::{Path, PathBuf};

use anyhow::Context;
use base64::Engine;

use super::{Format, print_json};
use crate::api::{Request, Response};
use crate::carry::import::ImportSource;
use crate::clip::meta::collapse_ws; // a label may hold line breaks
use crate::model::ClipStatus;
use crate::notebook::{ImportEvent, ImportFailure, Notebook, ToolImportReport};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Files or directories (searched recursively for .html, .htm, .mhtml, .mht, .txt and
    /// .md files); with --from, the export file(s).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Tag every imported article.
    #[arg(long = "tag", value_name = "TAG")]
    tags: Vec<String>,
    /// Read another tool's export instead of saved pages.
    #[arg(long, value_enum)]
    from: Option<From>,
}

impl Args {
    /// Whether this import loads a Clipline notebook export (into an empty notebook), which
    /// loads all of it or nothing.
    pub fn loads_a_notebook(&self) -> bool {
        matches!(self.from, Some(From::Clipline))
    }
}

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
enum From {
    /// Pocket's CSV or HTML export.
    Pocket,
    /// Wallabag's JSON export.
    Wallabag,
    /// A browser's bookmarks exported as HTML.
    Bookmarks,
    /// Zotero items exported as CSL-JSON.
    Zotero,
    /// Omnivore's export ZIP.
    Omnivore,
    /// A `clipline export --format json` file, into an empty notebook (as `import-notebook`).
    Clipline,
}

pub async fn run(nb: &Notebook, args: Args, format: Format) -> anyhow::Result<()> {
    if let Some(from) = args.from {
        return run_from(nb, from, &args, format).await;
    }
    let mut files = Vec::new();
    let mut unreadable = Vec::new();
    for path in &args.paths {
        collect(path, &mut files, &mut unreadable);
    }
    let bar = super::progress_bar(files.len() as u64, "files", format);
    let text = format == Format::Text;
    // Counted as the lines are printed: what an interruption leaves stored.
    let (stored, done) = (Cell::new(0usize), Cell::new(0usize));
    let import = nb.import_files(&files, &args.tags, None, |event| {
        if let ImportEvent::Stored { articles, .. } = event {
            stored.set(stored.get() + articles.len());
        }
        if !matches!(event, ImportEvent::Optimizing) {
            done.set(done.get() + 1);
        }
        if text {
            match event {
                ImportEvent::Stored { path, articles } => bar.suspend(|| {
                    for a in *articles {
                        stored_line(a.id, a.status, path);
                    }
                }),
                ImportEvent::Skipped { path, articles } => bar.suspend(|| {
                    for id in *articles {
                        stored_line(*id, ClipStatus::Existing, path);
                    }
                }),
                ImportEvent::Failed { .. } | ImportEvent::Optimizing => {}
            }
        }
        if matches!(event, ImportEvent::Optimizing) {
            bar.set_message("merging the search index");
        } else {
            bar.inc(1);
        }
    });
    let Some(report) = super::unless_interrupted(import).await else {
        bar.finish_and_clear();
        anyhow::bail!(
            "Interrupted after {} of {}: {} stored and {}. Run the same import again to go \
             on (what is stored is skipped).",
            done.get(),
            super::counted(files.len(), "file"),
            if stored.get() == 1 {
                "1 article was".to_string()
            } else {
                format!("{} articles were", stored.get())
            },
            if stored.get() == 1 { "stays" } else { "stay" }
        );
    };
    let mut report = report?;
    bar.finish_and_clear();
    // A path that could not be read is a file of the import that failed: counted among
    // the files, so that stored, skipped and failed add up to them.
    report.files += unreadable.len();
    report.failed.splice(0..0, unreadable);
    if format == Format::Json {
        // The report, and still the exit status of a run in which nothing could be stored.
        print_json(&report)?;
        return everything_failed(report.failed.len(), report.files);
    }
    println!(
        "Imported {}: {}, {} already stored, {} joined as copies, {} skipped as imported before, {} failed.",
        super::counted(report.files, "file"),
        super::counted(report.created, "new article"),
        report.existing,
        report.joined,
        report.skipped,
        report.failed.len()
    );
    for f in &report.failed {
        println!("  {}: {}", f.path, f.reason);
    }
    everything_failed(report.failed.len(), report.files)
}

/// An import in which every file or item failed ends with an error (exit 1), so a script
/// can tell it from one that stored something; a partial failure is reported and exits 0.
fn everything_failed(failed: usize, total: usize) -> anyhow::Result<()> {
    if total > 0 && failed >= total {
        anyhow::bail!("Nothing was imported: all {total} failed (reasons above).");
    }
    Ok(())
}

/// Add one export's report to the reports of those imported before it.
fn add_up(total: &mut ToolImportReport, one: ToolImportReport) {
    total.items += one.items;
    total.done += one.done;
    total.created += one.created;
    total.existing += one.existing;
    total.joined += one.joined;
    total.highlights += one.highlights;
    total.notes += one.notes;
    total.failed.extend(one.failed);
    total.skipped.extend(one.skipped);
    total.stopped |= one.stopped;
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
        let wanted = child.extension().and_then(|e| e.to_str()).is_some_and(|e| {
            matches!(
                e.to_lowercase().as_str(),
                "html" | "htm" | "mhtml" | "mht" | "txt" | "md"
            )
        });
        if child.is_dir() {
            collect(&child, files, failed);
        } else if wanted {
            files.push(child);
        }
    }
}

/// Import another tool's export through the command table (`ImportExport`, as the app's
/// Settings → Import sends it): clip each item with progress, and print what was imported,
/// what failed and what was skipped, with reasons.
async fn run_from(nb: &Notebook, from: From, args: &Args, format: Format) -> anyhow::Result<()> {
    let source = match from {
        From::Pocket => ImportSource::Pocket,
        From::Wallabag => ImportSource::Wallabag,
        From::Bookmarks => ImportSource::Bookmarks,
        From::Zotero => ImportSource::Zotero,
        From::Omnivore => ImportSource::Omnivore,
        From::Clipline => {
            let [file] = args.paths.as_slice() else {
                anyhow::bail!("Import one notebook export at a time.");
            };
            let args = super::import_notebook::Args { file: file.clone() };
            return super::import_notebook::run(nb, args, format).await;
        }
    };
    // Each export goes through the command table as the app sends it; the bar follows the
    // notebook's progress events.
    let drawing = super::ProgressDrawing::start(nb, "items", format);
    let mut report = ToolImportReport::default();
    let mut unusable = Vec::new();
    for path in &args.paths {
        let one = std::fs::read(path).with_context(|| format!("could not read {}", path.display()));
        let bytes = match one {
            Ok(bytes) => bytes,
            Err(err) if args.paths.len() == 1 => return Err(err),
            Err(err) => {
                unusable.push(format!("{}: {err:#}", path.display()));
                continue;
            }
        };
        let req = Request::ImportExport {
            from: source,
            data: base64::engine::general_purpose::STANDARD.encode(bytes),
            tags: Some(args.tags.clone()),
        };
        let Some(answer) = super::unless_interrupted(super::call(nb, req)).await else {
            let done = report.done as u64 + drawing.done();
            drop(drawing);
            anyhow::bail!(
                "Interrupted after {} or a few more; what they stored stays. Run the same import \
                 again to go on (what is stored is found again, not twinned).",
                super::counted(done, "item")
            );
        };
        match answer {
            Ok(Response::Imported(one)) => add_up(&mut report, one),
            Ok(other) => return Err(super::unexpected(other)),
            // With one file, its error is the answer; with several, the others go on.
            Err(err) if args.paths.len() == 1 => return Err(err),
            Err(err) => unusable.push(format!("{}: {err:#}", path.display())),
        }
    }
    drop(drawing);
    if unusable.len() == args.paths.len() {
        anyhow::bail!("None of the files could be read: {}", unusable.join("; "));
    }
    for u in &unusable {
        eprintln!("Skipped the file {u}");
    }
    if format == Format::Json {
        print_json(&report)?;
        return everything_failed(report.failed.len(), report.items);
    }
    println!(
        "Imported {}: {}, {} already stored, {} joined as copies, {}, {}; {} failed, {} skipped.",
        super::counted(report.items, "item"),
        super::counted(report.created, "new article"),
        report.existing,
        report.joined,
        super::counted(report.highlights, "highlight"),
        super::counted(report.notes, "note"),
        report.failed.len(),
        report.skipped.len()
    );
    for f in &report.failed {
        println!("  failed: {}: {}", collapse_ws(&f.item), f.reason);
    }
    for s in &report.skipped {
        println!("  skipped: {}: {}", collapse_ws(&s.item), s.reason);
    }
    everything_failed(report.failed.len(), report.items)
}
