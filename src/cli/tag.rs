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
    // One transaction for every tag named; the engine says what changed.
    let (add, remove) = if adding {
        (tags.clone(), Vec::new())
    } else {
        (Vec::new(), tags.clone())
    };
    let done = match call(
        nb,
        Request::ArticleRetag {
            id: article,
            add,
            remove,
        },
    )
    .await?
    {
        Response::Retagged(r) => r,
        other => return Err(unexpected(other)),
    };
    if format == Format::Json {
        let (key, changed) = if adding {
            ("added", &done.added)
        } else {
            ("removed", &done.removed)
        };
        return print_json(
            &serde_json::json!({ "article_id": article, "tags": done.tags, key: changed }),
        );
    }
    let list = |t: &[String]| t.join(", ");
    if adding {
        println!("Tagged article #{article}: {}.", list(&tags));
        return Ok(());
    }
    if !done.removed.is_empty() {
        println!("Took {} off article #{article}.", list(&done.removed));
    }
    let untouched: Vec<String> = tags
        .iter()
        .filter(|t| {
            !done
                .removed
                .iter()
                .any(|r| r.eq_ignore_ascii_case(t.trim()))
        })
        .cloned()
        .collect();
    if !untouched.is_empty() {
        println!("Article #{article} did not carry {}.", list(&untouched));
    }
    Ok(())
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
