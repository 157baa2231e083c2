//! `clipline list`: a page of the library, newest clip (or publication) first.

use super::{Format, call, print_json, short_date, unexpected};
use crate::api::{Request, Response};
use crate::model::LibrarySort;
use crate::notebook::Notebook;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Only articles with this tag.
    #[arg(long)]
    tag: Option<String>,
    /// Only articles from this source.
    #[arg(long)]
    source: Option<String>,
    /// Newest publication first instead of newest clip first.
    #[arg(long)]
    by_published: bool,
    /// The page after this article id (the last one of the previous page).
    #[arg(long, value_name = "ID")]
    after: Option<i64>,
    /// At most this many articles (1 to 500).
    #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(u32).range(1..=500))]
    limit: u32,
    /// Only articles matching this query (the search language: `entity:Meta after:2025-01-01`),
    /// in the library's order.
    #[arg(long, allow_hyphen_values = true)]
    query: Option<String>,
}

pub async fn run(nb: &Notebook, args: Args, format: Format) -> anyhow::Result<()> {
    let narrowed = args.tag.is_some() || args.source.is_some() || args.query.is_some();
    let paging = args.after.is_some();
    let req = Request::ArticleList {
        tag: args.tag,
        source: args.source,
        sort: args.by_published.then_some(LibrarySort::Published),
        after: args.after,
        limit: Some(args.limit),
        query: args.query,
    };
    let articles = match call(nb, req).await? {
        Response::Articles(a) => a,
        other => return Err(unexpected(other)),
    };
    if format == Format::Json {
        return print_json(&serde_json::json!({ "articles": articles }));
    }
    if articles.is_empty() {
        println!(
            "{}",
            if paging {
                "No more articles after that one."
            } else if narrowed {
                "No article matches."
            } else {
                "The notebook is empty. Clip something: clipline clip https://example.com/story"
            }
        );
    }
    for a in &articles {
        println!(
            "#{:<5}{} {:<10}  {:<20}  {}",
            a.id,
            if a.read { ' ' } else { '•' },
            short_date(a.published_at.as_deref()),
            a.source.as_deref().unwrap_or("—"),
            a.title
        );
    }
    Ok(())
}
