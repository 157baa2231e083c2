//! `clipline note add ID TEXT`: add a Markdown note to an article.

use super::{Format, call, print_json, unexpected};
use crate::api::{Request, Response};
use crate::notebook::Notebook;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Add a note to an article.
    Add {
        /// The article's number.
        article: i64,
        /// The note, in Markdown.
        body: String,
    },
}

pub async fn run(nb: &Notebook, cmd: Command, format: Format) -> anyhow::Result<()> {
    let Command::Add { article, body } = cmd;
    let req = Request::NoteAdd {
        article_id: Some(article),
        body,
    };
    let note = match call(nb, req).await? {
        Response::Note(n) => n,
        other => return Err(unexpected(other)),
    };
    match format {
        Format::Json => print_json(&note),
        Format::Text => {
            println!("Added note #{} to article #{article}.", note.id);
            Ok(())
        }
    }
}
