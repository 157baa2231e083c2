//! `clipline show ID`: one article with its metadata, copies, story, text, highlights
//! and notes. Shown as text, it has been read, as the reader marks what it opens; the JSON
//! a script reads leaves the read state alone.

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
    if !article.summary.read {
        let req = Request::ArticleMarkRead {
            ids: vec![args.id],
            read: true,
        };
        call(nb, req).await?;
    }
    let s = &article.summary;
    println!("{}", s.title);
    println!(
        "{} · {} · {}",
        s.source.as_deref().unwrap_or("unknown source"),
        s.byline.as_deref().unwrap_or("no byline"),
        short_date(s.published_at.as_deref())
    );
    // A saved page has no address it was fetched from; the one it names as its own is
    // what a reader cites and opens.
    if let Some(url) = article.link() {
        println!("{url}");
    }
    if !s.tags.is_empty() {
        println!("tags: {}", s.tags.join(", "));
    }
    for copy in &article.copies {
        let place = match (copy.source.as_deref(), copy.url.as_deref()) {
            (Some(source), Some(url)) => format!("{source}, {url}"),
            (Some(one), None) | (None, Some(one)) => one.to_string(),
            (None, None) => copy.title.clone(),
        };
        println!(
            "Also at: {place} ({:.0}% the same text; copy {}, `clipline split {}` parts them)",
            copy.similarity * 100.0,
            copy.id,
            copy.id
        );
    }
    for other in &article.story {
        println!(
            "Also reported by {}: {} (#{}, {})",
            other.source.as_deref().unwrap_or("an unknown source"),
            other.title,
            other.id,
            short_date(other.published_at.as_deref())
        );
    }
    println!("\n{}", article.content_text);
    for h in &article.highlights {
        let state = if h.orphaned {
            " — no longer found in the text, kept"
        } else {
            ""
        };
        println!(
            "\n▍ highlight #{} ({}{state}): “{}”",
            h.id, h.color, h.exact
        );
        if let Some(note) = h.note.as_deref().filter(|n| !n.trim().is_empty()) {
            println!("  {note}");
        }
    }
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
