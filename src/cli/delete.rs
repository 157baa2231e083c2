//! `clipline delete ID...`: delete articles with their notes, highlights and captures, in
//! one transaction. Nothing brings them back, so the articles are listed first and the
//! user is asked; without a terminal to ask on, `--yes` is required.

use std::io::{BufRead, IsTerminal, Write};

use super::{Format, call, print_json, short_date, unexpected};
use crate::api::{Request, Response};
use crate::model::Article;
use crate::notebook::Notebook;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The articles' numbers.
    #[arg(required = true)]
    articles: Vec<i64>,
    /// Delete without asking (needed when no terminal can ask, as in scripts).
    #[arg(long, short = 'y')]
    yes: bool,
}

pub async fn run(nb: &Notebook, args: Args, format: Format) -> anyhow::Result<()> {
    let mut ids = args.articles;
    ids.sort_unstable();
    ids.dedup();
    // Every number is checked before anything is deleted: a typo stops the whole command.
    let mut doomed = Vec::with_capacity(ids.len());
    for &id in &ids {
        match call(nb, Request::ArticleGet { id }).await? {
            Response::Article(a) => doomed.push(*a),
            other => return Err(unexpected(other)),
        }
    }
    if !args.yes {
        if !std::io::stdin().is_terminal() {
            anyhow::bail!(
                "Deleting cannot be undone: add --yes to delete {} without being asked \
                 (`clipline backup FILE` keeps a copy first).",
                articles(doomed.len())
            );
        }
        // The list and the question go to stderr: stdout is the command's answer (one
        // JSON document with --format json).
        for a in &doomed {
            eprintln!("{}", describe(a));
        }
        eprint!(
            "Delete {} with their notes and highlights? This cannot be undone. [y/N] ",
            if doomed.len() == 1 {
                "this article".to_string()
            } else {
                format!("these {}", articles(doomed.len()))
            }
        );
        std::io::stderr().flush()?;
        let mut answer = String::new();
        std::io::stdin().lock().read_line(&mut answer)?;
        if !matches!(answer.trim().to_lowercase().as_str(), "y" | "yes") {
            if format == Format::Json {
                return print_json(&serde_json::json!({ "deleted": [] }));
            }
            println!("Nothing deleted.");
            return Ok(());
        }
    }
    let deleted = match call(nb, Request::ArticleDelete { ids }).await? {
        Response::Ids(ids) => ids,
        other => return Err(unexpected(other)),
    };
    if format == Format::Json {
        return print_json(&serde_json::json!({ "deleted": deleted }));
    }
    println!("Deleted {}.", articles(deleted.len()));
    Ok(())
}

/// "1 article", "3 articles".
fn articles(n: usize) -> String {
    format!("{n} article{}", if n == 1 { "" } else { "s" })
}

/// One line naming an article and what goes with it.
fn describe(a: &Article) -> String {
    let s = &a.summary;
    let mut extras = Vec::new();
    if !a.notes.is_empty() {
        extras.push(super::counted(a.notes.len(), "note"));
    }
    if !a.highlights.is_empty() {
        extras.push(super::counted(a.highlights.len(), "highlight"));
    }
    // The copies that joined it go with it ("Also at"; `clipline split` first keeps one).
    if !a.copies.is_empty() {
        extras.push(format!(
            "{} also at other addresses, deleted with it",
            super::counted_as(a.copies.len(), "copy", "copies")
        ));
    }
    let extras = if extras.is_empty() {
        String::new()
    } else {
        format!("  [{}]", extras.join(", "))
    };
    format!(
        "#{:<5} {}  {} — {}{extras}",
        s.id,
        short_date(s.published_at.as_deref()),
        s.title,
        s.source.as_deref().unwrap_or("unknown source")
    )
}
