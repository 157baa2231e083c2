//! `clipline show ID`: one article with its metadata, text and notes.

use super::{Format, call, print_json, short_date, unexpected};
use crate::api::{Request, Response};
use crate::notebook::Notebook;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The article's number, as `list` shows it.
    id: i64,
}

pub async fn run(nb: &Notebook, args: Args, format: Format) -> anyhow::Result<()> {
    let article = match call(nb, Request::ArticleGet { id: args.id }).await? {
        Response::Article(a) => a,
        other => return Err(unexpected(other)),
    };
    if format == Format::Json {
        return print_json(&article);
    }
    let s = &article.summary;
    println!("{}", s.title);
    println!(
        "{} · {} · {}",
        s.source.as_deref().unwrap_or("unknown source"),
        s.byline.as_deref().unwrap_or("no byline"),
        short_date(s.published_at.as_deref())
    );
    if let Some(url) = &s.url {
        println!("{url}");
    }
    if !s.tags.is_empty() {
        println!("tags: {}", s.tags.join(", "));
    }
    println!("\n{}", article.content_text);
    for note in &article.notes {
        println!(
            "\n— note #{} ({}):\n{}",
            note.id,
            short_date(Some(&note.created_at)),
            note.body
        );
    }
    Ok(())
}
