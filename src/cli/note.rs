//! `clipline note add ID TEXT`: add a Markdown note to an article; `--lines FILE` adds one
//! note per line of a file (`-` for stdin), each in its own transaction, for scripts.
//! `clipline note delete NOTE` deletes one and prints the command that adds it back.

use std::io::BufRead;
use std::path::PathBuf;

use anyhow::Context;

use super::{Format, call, print_json, shell_quote, unexpected};
use crate::api::{Request, Response};
use crate::model::Note;
use crate::notebook::Notebook;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Add a note to an article.
    Add {
        /// The article's number.
        article: i64,
        /// The note, in Markdown.
        #[arg(required_unless_present = "lines")]
        body: Option<String>,
        /// Add one note per non-empty line of this file (`-` reads stdin), each committed
        /// on its own.
        #[arg(long, value_name = "FILE", conflicts_with = "body")]
        lines: Option<PathBuf>,
    },
    /// Delete a note (its number as `show` lists it); prints the command that adds it back.
    Delete {
        /// The note's number.
        note: i64,
    },
}

pub async fn run(nb: &Notebook, cmd: Command, format: Format) -> anyhow::Result<()> {
    let (article, body, lines) = match cmd {
        Command::Add {
            article,
            body,
            lines,
        } => (article, body, lines),
        Command::Delete { note } => return delete(nb, note, format).await,
    };
    // With --lines the answer is a list, however many lines the file has.
    let listed = lines.is_some() && body.is_none();
    let bodies = match (body, lines) {
        (Some(body), _) => vec![body],
        (None, Some(path)) => read_lines(&path)?,
        (None, None) => anyhow::bail!("Give the note's text, or --lines FILE."),
    };
    let mut added = Vec::with_capacity(bodies.len());
    for body in bodies {
        added.push(add(nb, article, body).await?);
    }
    match format {
        Format::Json if !listed => print_json(&added[0]),
        Format::Json => print_json(&added),
        Format::Text => {
            for note in &added {
                println!("Added note #{} to article #{article}.", note.id);
            }
            Ok(())
        }
    }
}

async fn add(nb: &Notebook, article: i64, body: String) -> anyhow::Result<Note> {
    let req = Request::NoteAdd {
        article_id: Some(article),
        body,
    };
    match call(nb, req).await? {
        Response::Note(n) => Ok(n),
        other => Err(unexpected(other)),
    }
}

async fn delete(nb: &Notebook, id: i64, format: Format) -> anyhow::Result<()> {
    let note = match call(nb, Request::NoteDelete { id }).await? {
        Response::Note(n) => n,
        other => return Err(unexpected(other)),
    };
    if format == Format::Json {
        return print_json(&note);
    }
    let on = note
        .article_id
        .map_or_else(|| "the notebook".to_string(), |a| format!("article #{a}"));
    println!("Deleted note #{id} of {on}.");
    // A free-standing note has no CLI command that adds it; its text is printed instead.
    match note.article_id {
        Some(a) => println!(
            "To add it back:\n  {} note add {a} {}",
            super::clipline_on(nb),
            shell_quote(&note.body)
        ),
        None => println!("It read:\n{}", note.body),
    }
    Ok(())
}

fn read_lines(path: &std::path::Path) -> anyhow::Result<Vec<String>> {
    let reader: Box<dyn BufRead> = if path.as_os_str() == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        let file = std::fs::File::open(path)
            .with_context(|| format!("could not read {}", path.display()))?;
        Box::new(std::io::BufReader::new(file))
    };
    let mut out = Vec::new();
    for line in reader.lines() {
        let line = line.with_context(|| format!("could not read {}", path.display()))?;
        if !line.trim().is_empty() {
            out.push(line);
        }
    }
    Ok(out)
}
