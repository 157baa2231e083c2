//! `clipline tag add ID TAG...`, `tag remove ID TAG...`, `tag list`: tag articles, take
//! tags off again, and see every tag with its article count.

use super::{Format, call, print_json, unexpected};
use crate::api::{Request, Response};
use crate::notebook::Notebook;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Put one or more tags on an article.
    Add {
        /// The article's number.
        article: i64,
        /// The tags.
        #[arg(required = true)]
        tags: Vec<String>,
    },
    /// Take one or more tags off an article (`tag add` puts them back).
    Remove {
        /// The article's number.
        article: i64,
        /// The tags.
        #[arg(required = true)]
        tags: Vec<String>,
    },
    /// Every tag with how many articles carry it.
    List,
}

pub async fn run(nb: &Notebook, cmd: Command, format: Format) -> anyhow::Result<()> {
    let (article, tags, adding) = match cmd {
        Command::List => return list(nb, format).await,
        Command::Add { article, tags } => (article, tags, true),
        Command::Remove { article, tags } => (article, tags, false),
    };
    // What the article carries before: a removal takes off only those (taking off a tag
    // an article does not carry is an error of the engine's) and names the others.
    let before = carried(nb, article).await?;
    let (changed, untouched): (Vec<&String>, Vec<&String>) = tags
        .iter()
        .partition(|t| adding || before.iter().any(|b| b.eq_ignore_ascii_case(t.trim())));
    for tag in &changed {
        let (article_id, tag) = (article, tag.to_string());
        let req = if adding {
            Request::TagAdd { article_id, tag }
        } else {
            Request::TagRemove { article_id, tag }
        };
        call(nb, req).await?;
    }
    if format == Format::Json {
        let key = if adding { "tags" } else { "removed" };
        return print_json(&serde_json::json!({ "article_id": article, key: changed }));
    }
    let list = |t: &[&String]| t.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ");
    if adding {
        println!("Tagged article #{article}: {}.", list(&changed));
        return Ok(());
    }
    if !changed.is_empty() {
        println!("Took {} off article #{article}.", list(&changed));
    }
    if !untouched.is_empty() {
        println!("Article #{article} did not carry {}.", list(&untouched));
    }
    Ok(())
}

/// The tags article `id` carries (`NotFound` when there is no such article).
async fn carried(nb: &Notebook, id: i64) -> anyhow::Result<Vec<String>> {
    match call(nb, Request::ArticleGet { id }).await? {
        Response::Article(a) => Ok(a.summary.tags),
        other => Err(unexpected(other)),
    }
}

async fn list(nb: &Notebook, format: Format) -> anyhow::Result<()> {
    let tags = match call(nb, Request::TagList).await? {
        Response::Tags(t) => t,
        other => return Err(unexpected(other)),
    };
    if format == Format::Json {
        return print_json(&tags);
    }
    if tags.is_empty() {
        println!("No tags yet: put one on an article with `clipline tag add ID TAG`.");
    }
    for t in &tags {
        println!("{:>6}  {}", t.count, t.name);
    }
    Ok(())
}
