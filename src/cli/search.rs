//! `clipline search QUERY`: full-text search with snippets.

use super::{Format, call, print_json, short_date, unexpected};
use crate::api::{Request, Response};
use crate::notebook::Notebook;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Words, "phrases", prefix*, OR, -exclude, (groups), and fields: entity:, tag:,
    /// theme:, source:, after:YYYY-MM-DD, before:, is:unread, has:notes, url: (a pasted
    /// https:// address finds the article clipped from it).
    #[arg(allow_hyphen_values = true)]
    query: String,
    /// At most this many results.
    #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..=500))]
    limit: u32,
}

pub async fn run(nb: &Notebook, args: Args, format: Format) -> anyhow::Result<()> {
    let req = Request::Search {
        query: args.query,
        limit: Some(args.limit),
    };
    let hits = match call(nb, req).await? {
        Response::SearchResults(h) => h,
        other => return Err(unexpected(other)),
    };
    if format == Format::Json {
        return print_json(&serde_json::json!({ "results": hits }));
    }
    if hits.is_empty() {
        println!("No article matches.");
    }
    for hit in &hits {
        let a = &hit.article;
        println!(
            "#{:<5} {}  {}",
            a.id,
            short_date(a.published_at.as_deref()),
            a.title
        );
        let plain = hit
            .snippet
            .replace("<mark>", "[")
            .replace("</mark>", "]")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&");
        println!("       {plain}");
    }
    Ok(())
}
