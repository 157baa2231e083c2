//! The `clipline` command line (DESIGN.md §6): clap definitions and one file per
//! subcommand. Each subcommand parses, calls `api::dispatch` (or one `Notebook` method),
//! and prints text or, with `--format json`, one JSON document on stdout.

mod backup;
mod bench;
mod clip;
mod delete;
mod dev;
mod entity;
mod eval;
mod export;
mod extract;
mod feed;
mod highlight;
mod import;
mod import_notebook;
mod list;
mod mark;
mod note;
mod reanalyze;
mod reextract;
mod restore;
mod search;
mod serve;
mod show;
mod split;
mod tag;
mod theme;
mod timeline;

use std::path::PathBuf;

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};
use serde::Serialize;

use crate::api::{self, Request, Response};
use crate::notebook::Notebook;

/// Clipline: a local-first research notebook for news topics.
#[derive(Parser, Debug)]
#[command(name = "clipline", version, about, long_about = None)]
pub struct Cli {
    /// The notebook file (default: the platform data dir, e.g. ~/.local/share/clipline/notebook.db).
    #[arg(long, global = true, env = "CLIPLINE_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// How to print results (text or json); `export` also takes the export formats.
    #[arg(long, global = true, value_enum, default_value_t = FormatArg::Text)]
    pub format: FormatArg,
    #[command(subcommand)]
    pub command: Command,
}

/// What `--format` accepts: the two output formats, and the formats `export` writes.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormatArg {
    Text,
    Json,
    Markdown,
    Csv,
    CslJson,
    Bibtex,
    Timelinejs,
    Html,
}

/// Output format of every command that prints data.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Extract an article from a page without storing it.
    Extract(extract::Args),
    /// Clip a URL, a saved page or text (`-` reads stdin) into the notebook.
    Clip(clip::Args),
    /// Clip many saved pages and text files (directories are searched), with progress.
    Import(import::Args),
    /// List the clipped articles, newest first (• marks the unread ones).
    List(list::Args),
    /// Show one article with its highlights, notes, copies and other reports of its story.
    Show(show::Args),
    /// Make a copy that joined an article ("Also at" in `show`) an article of its own again.
    Split(split::Args),
    /// Delete articles with their notes and highlights (asks first; `--yes` in scripts).
    Delete(delete::Args),
    /// Mark articles read or unread (what `is:unread` searches by).
    #[command(subcommand)]
    Mark(mark::Command),
    /// Add and delete notes.
    #[command(subcommand)]
    Note(note::Command),
    /// Tag articles, take tags off, list the tags.
    #[command(subcommand)]
    Tag(tag::Command),
    /// Highlight passages, delete highlights.
    #[command(subcommand)]
    Highlight(highlight::Command),
    /// Run the current extractor again on every stored capture (keeps notes, tags, highlights).
    Reextract(reextract::Args),
    /// The companies, people and bodies the articles name.
    #[command(subcommand)]
    Entity(entity::Command),
    /// Themes: named queries.
    #[command(subcommand)]
    Theme(theme::Command),
    /// Analyse every article again (entities, dated claims, themes), with progress.
    Reanalyze(reanalyze::Args),
    /// Search titles, text and notes.
    Search(search::Args),
    /// Articles on their publication dates, in lanes by source or tag.
    Timeline(timeline::Args),
    /// Measure the clipper or the timelines on a development set.
    #[command(subcommand)]
    Eval(eval::Command),
    /// Time a generated notebook of N articles (import, search, timelines, library), or the
    /// clipper or the analyser on a set of pages.
    Bench(bench::Args),
    /// Developer tools: generate a scale notebook.
    #[command(subcommand)]
    Dev(dev::Command),
    /// Serve the notebook's UI and API on 127.0.0.1.
    Serve(serve::Args),
    /// Export the notebook or a timeline: markdown, json, csv, csl-json, bibtex, timelinejs, html.
    Export(export::Args),
    /// Load a `clipline export --format json` file into a new, empty notebook.
    ImportNotebook(import_notebook::Args),
    /// Subscribe to RSS, Atom and JSON feeds; poll them; OPML in and out.
    #[command(subcommand)]
    Feed(feed::Command),
    /// Write a consistent copy of the notebook while it stays in use.
    Backup(backup::Args),
    /// Replace the notebook with a backup (the current one is kept beside it).
    Restore(restore::Args),
}

impl Command {
    /// Whether the command may start a notebook that does not exist yet: those that put
    /// something in it (articles, feeds, entities, themes) and the app's server. The rest
    /// read or change what is there, and refuse a missing file instead of making an empty
    /// one at a mistyped path.
    fn may_make_a_notebook(&self) -> bool {
        matches!(
            self,
            Command::Clip(_)
                | Command::Import(_)
                | Command::ImportNotebook(_)
                | Command::Feed(_)
                | Command::Entity(_)
                | Command::Theme(_)
                | Command::Serve(_)
                | Command::Dev(_)
        )
    }
}

/// Run a parsed command line.
pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let wanted = cli.format;
    let format = match (wanted, &cli.command) {
        (FormatArg::Text, _) => Format::Text,
        (FormatArg::Json, _) => Format::Json,
        (_, Command::Export(_)) => Format::Text,
        (wanted, _) => anyhow::bail!(
            "--format {} is an export format: use it with `clipline export`.",
            wanted
                .to_possible_value()
                .map(|v| v.get_name().to_string())
                .unwrap_or_default()
        ),
    };
    match cli.command {
        Command::Extract(args) => extract::run(args, format).await,
        Command::Eval(cmd) => eval::run(cmd, format).await,
        Command::Bench(args) => bench::run(args, format).await,
        Command::Restore(args) => {
            let db = cli.db.unwrap_or_else(crate::store::default_path);
            restore::run(db, args, format).await
        }
        command => {
            let path = cli.db.unwrap_or_else(crate::store::default_path);
            // A failed load of a notebook export into a new file leaves no empty notebook
            // behind.
            let loads = match &command {
                Command::ImportNotebook(_) => true,
                Command::Import(args) => args.loads_a_notebook(),
                _ => false,
            };
            let fresh = loads && !path.exists();
            if !path.exists() && !command.may_make_a_notebook() {
                // A mistyped `--db` would otherwise make an empty notebook, and a script's
                // export of it "succeed" with nothing in it.
                anyhow::bail!(
                    "There is no notebook at {}. `clipline clip` or `clipline import` makes \
                     one; if you meant another file, check --db (or CLIPLINE_DB).",
                    path.display()
                );
            }
            let nb = open(Some(path.clone())).await?;
            let result = match command {
                Command::Export(args) => export::run(&nb, args, wanted).await,
                Command::Feed(cmd) => feed::run(&nb, cmd, format).await,
                Command::ImportNotebook(args) => import_notebook::run(&nb, args, format).await,
                Command::Extract(_)
                | Command::Eval(_)
                | Command::Bench(_)
                | Command::Restore(_) => {
                    unreachable!("handled above")
                }
                Command::Clip(args) => clip::run(&nb, args, format).await,
                Command::Import(args) => import::run(&nb, args, format).await,
                Command::List(args) => list::run(&nb, args, format).await,
                Command::Show(args) => show::run(&nb, args, format).await,
                Command::Split(args) => split::run(&nb, args, format).await,
                Command::Delete(args) => delete::run(&nb, args, format).await,
                Command::Mark(cmd) => mark::run(&nb, cmd, format).await,
                Command::Note(cmd) => note::run(&nb, cmd, format).await,
                Command::Tag(cmd) => tag::run(&nb, cmd, format).await,
                Command::Highlight(cmd) => highlight::run(&nb, cmd, format).await,
                Command::Reextract(args) => reextract::run(&nb, args, format).await,
                Command::Search(args) => search::run(&nb, args, format).await,
                Command::Entity(cmd) => entity::run(&nb, cmd, format).await,
                Command::Theme(cmd) => theme::run(&nb, cmd, format).await,
                Command::Reanalyze(args) => reanalyze::run(&nb, args, format).await,
                Command::Timeline(args) => timeline::run(&nb, args, format).await,
                Command::Serve(args) => serve::run(nb.clone(), args).await,
                Command::Dev(cmd) => dev::run(&nb, cmd, format).await,
                Command::Backup(args) => backup::run(&nb, args, format).await,
            };
            nb.close().await;
            if fresh && result.is_err() {
                let journal = |kind| crate::store::backup::journal_file(&path, kind);
                for file in [path.clone(), journal("wal"), journal("shm")] {
                    let _ = std::fs::remove_file(file);
                }
            }
            result
        }
    }
}

/// Open the notebook, saying so first when this Clipline upgrades it (which can take a
/// minute on a large notebook, with nothing else to show for it).
async fn open(db: Option<PathBuf>) -> anyhow::Result<Notebook> {
    let path = db.unwrap_or_else(crate::store::default_path);
    let notebook = Notebook::open_telling(&path, |copy| {
        eprintln!(
            "Upgrading {} for this version of Clipline (the notebook as it was is kept as {}); \
             a large notebook takes a minute.",
            path.display(),
            copy.display()
        );
    });
    Ok(notebook.await?)
}

/// Run `work` until it ends or the user presses Ctrl-C (`None`). Interrupted work is
/// dropped where it waits: an open transaction rolls back, committed batches stay.
async fn unless_interrupted<T>(work: impl Future<Output = T>) -> Option<T> {
    tokio::select! {
        done = work => Some(done),
        _ = tokio::signal::ctrl_c() => None,
    }
}

/// Send one command through the command table, turning an `ApiError` into its message.
async fn call(nb: &Notebook, req: Request) -> anyhow::Result<Response> {
    Ok(api::dispatch(nb, req).await?)
}

/// Send one command of long work through the command table, drawing its progress events
/// (`Notebook::progress_events`) as a bar counting `unit`s.
async fn call_with_progress(
    nb: &Notebook,
    req: Request,
    unit: &str,
    format: Format,
) -> anyhow::Result<Response> {
    let _drawing = ProgressDrawing::start(nb, unit, format);
    call(nb, req).await
}

/// A bar that draws the notebook's progress events (count, and the item last worked on
/// as its message) until dropped, when it is cleared.
struct ProgressDrawing {
    bar: indicatif::ProgressBar,
    task: tokio::task::JoinHandle<()>,
    /// Items done in the job now running, as its last event said.
    done: std::sync::Arc<std::sync::atomic::AtomicU64>,
}

impl ProgressDrawing {
    fn start(nb: &Notebook, unit: &str, format: Format) -> Self {
        let bar = progress_bar(0, unit, format);
        let done = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
        let mut events = nb.progress_events();
        let (drawn, counted) = (bar.clone(), done.clone());
        let task = tokio::spawn(async move {
            while let Some(ev) = crate::notebook::next_event(&mut events).await {
                drawn.set_length(ev.total);
                drawn.set_position(ev.done);
                counted.store(ev.done, std::sync::atomic::Ordering::Relaxed);
                if let Some(item) = ev.item {
                    drawn.set_message(item.chars().take(50).collect::<String>());
                }
            }
        });
        Self { bar, task, done }
    }

    /// Items done in the job now running (as of its last event: at most 100 ms old).
    fn done(&self) -> u64 {
        self.done.load(std::sync::atomic::Ordering::Relaxed)
    }
}

impl Drop for ProgressDrawing {
    fn drop(&mut self) {
        self.task.abort();
        self.bar.finish_and_clear();
    }
}

/// Print a value as one pretty JSON document on stdout.
fn print_json<T: Serialize>(value: &T) -> anyhow::Result<()> {
    let text =
        serde_json::to_string_pretty(value).context("could not encode the result as JSON")?;
    println!("{text}");
    Ok(())
}

/// Ask `question` on the terminal (on stderr: stdout is the command's answer, one JSON
/// document with --format json) and read a yes; without a terminal to ask on, fail with
/// `without_terminal`, which names `--yes`.
fn confirm(question: &str, without_terminal: &str) -> anyhow::Result<bool> {
    use std::io::{BufRead, IsTerminal, Write};
    if !std::io::stdin().is_terminal() {
        anyhow::bail!("{without_terminal}");
    }
    eprint!("{question} [y/N] ");
    std::io::stderr().flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    Ok(matches!(answer.trim().to_lowercase().as_str(), "y" | "yes"))
}

/// Ask a destructive command's `question` (see `confirm`); on a no, say nothing was
/// `done` (`{"<done>": null}` with --format json, "Nothing <done>." in text) and give
/// `false`.
fn go_ahead(
    question: &str,
    without_terminal: &str,
    done: &str,
    format: Format,
) -> anyhow::Result<bool> {
    if confirm(question, without_terminal)? {
        return Ok(true);
    }
    if format == Format::Json {
        print_json(&serde_json::json!({ done: null }))?;
    } else {
        println!("Nothing {done}.");
    }
    Ok(false)
}

/// `n` and the noun in the number it takes: "1 article", "3 articles" (never
/// "article(s)"); `counted_as` for a noun not made with an s.
fn counted(n: impl std::fmt::Display, noun: &str) -> String {
    counted_as(n, noun, &format!("{noun}s"))
}

/// `n` with `one` or `many`: "1 copy", "2 copies".
fn counted_as(n: impl std::fmt::Display, one: &str, many: &str) -> String {
    let n = n.to_string();
    let noun = if n == "1" { one } else { many };
    format!("{n} {noun}")
}

/// The error for a response of the wrong kind: a bug, not a user mistake.
fn unexpected(resp: Response) -> anyhow::Error {
    anyhow::anyhow!("unexpected response from the engine: {resp:?}")
}

/// A progress bar for long work counting `unit`s, hidden when printing JSON.
fn progress_bar(len: u64, unit: &str, format: Format) -> indicatif::ProgressBar {
    let template = format!("{{bar:40}} {{pos}}/{{len}} {unit}  {{per_sec}}  eta {{eta}}  {{msg}}");
    let bar = indicatif::ProgressBar::new(len).with_style(
        indicatif::ProgressStyle::with_template(&template)
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    if format == Format::Json {
        bar.set_draw_target(indicatif::ProgressDrawTarget::hidden());
    }
    bar
}

/// `text` as one word of a POSIX shell command line: single-quoted, its own single quotes
/// written `'\''` (for the commands a removal prints to undo itself).
fn shell_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', "'\\''"))
}

/// The start of a command that works on `nb` again, for the commands a removal prints to
/// undo itself: `clipline`, with `--db` and the notebook's full path unless it is the
/// default one (the printed command pasted as it is went to the default notebook).
fn clipline_on(nb: &Notebook) -> String {
    let path = nb.path();
    if path == crate::store::default_path() {
        return "clipline".into();
    }
    let full = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    format!("clipline --db {}", shell_quote(&full.display().to_string()))
}

/// `2025-07-14` from `2025-07-14T10:09:00Z`, or a dash when unknown.
fn short_date(date: Option<&str>) -> &str {
    date.and_then(|d| d.get(..10)).unwrap_or("—")
}

/// Writing a file (an export, a backup) over the notebook itself or its SQLite
/// `-wal`/`-shm` would destroy it under whoever has it open; any other existing file may
/// be replaced (as `pandoc -o` or `cp` would, or as `--force` asks).
fn refuse_the_notebook(nb: &Notebook, out: &std::path::Path, what: &str) -> anyhow::Result<()> {
    let Ok(out) = out.canonicalize() else {
        return Ok(()); // not there yet, so not the notebook
    };
    let notebook = nb
        .path()
        .canonicalize()
        .unwrap_or_else(|_| nb.path().into());
    let journal = |kind| crate::store::backup::journal_file(&notebook, kind);
    if out == notebook || out == journal("wal") || out == journal("shm") {
        anyhow::bail!(
            "{} is the notebook itself; write {what} to another file.",
            out.display()
        );
    }
    Ok(())
}
