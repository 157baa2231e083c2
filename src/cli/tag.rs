//! `clipline tag add ID TAG...`, `tag remove ID TAG...`, `tag list`, `tag rename OLD NEW`,
//! `tag delete NAME`: tag articles, take tags off again, see every tag with its article
//! count, rename a tag everywhere (or merge it into another with `--merge`), and take one
//! off every article and feed (asked first: the CLI keeps nothing to undo it with, where the
//! app's Settings → Tags offers an Undo).

use super::{Format, call, print_json, unexpected};
use crate::api::{Request, Response};
use crate::model::Tag;
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
    /// Rename a tag on every article and feed, and in the themes and saved searches that
    /// ask for it.
    Rename {
        /// The tag's name now.
        name: String,
        /// Its new name.
        to: String,
        /// When a tag of the new name exists: merge into it (this cannot be undone).
        #[arg(long)]
        merge: bool,
    },
    /// Take a tag off every article and feed that carries it.
    Delete {
        /// The tag's name.
        name: String,
        /// Delete without asking (needed when no terminal can ask, as in scripts).
        #[arg(long, short = 'y')]
        yes: bool,
    },
}

pub async fn run(nb: &Notebook, cmd: Command, format: Format) -> anyhow::Result<()> {
    let (article, tags, adding) = match cmd {
        Command::List => return list(nb, format).await,
        Command::Rename { name, to, merge } => return rename(nb, name, to, merge, format).await,
        Command::Delete { name, yes } => return delete(nb, &name, yes, format).await,
        Command::Add { article, tags } => (article, tags, true),
        Command::Remove { article, tags } => (article, tags, false),
    };
    // One transaction for every tag named; the engine says what changed.
    let (add, remove) = if adding {
        (tags.clone(), Vec::new())
    } else {
        (Vec::new(), tags.clone())
    };
    if adding && tags.iter().all(|t| t.trim().is_empty()) {
        anyhow::bail!("A tag needs a name: `clipline tag add {article} NAME`.");
    }
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
        // The names as stored (spaces tidied), and the tags it carried already said so.
        let carried: Vec<String> = tags
            .iter()
            .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|t| !t.is_empty())
            .filter(|t| !done.added.iter().any(|a| a.eq_ignore_ascii_case(t)))
            .collect();
        match (done.added.is_empty(), carried.is_empty()) {
            (true, _) => println!("Article #{article} already carries {}.", list(&carried)),
            (false, true) => println!("Tagged article #{article}: {}.", list(&done.added)),
            (false, false) => println!(
                "Tagged article #{article}: {} (it carried {} already).",
                list(&done.added),
                list(&carried)
            ),
        }
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

async fn rename(
    nb: &Notebook,
    name: String,
    to: String,
    merge: bool,
    format: Format,
) -> anyhow::Result<()> {
    let request = Request::TagRename {
        name: name.clone(),
        to,
        merge: Some(merge),
    };
    let done = match call(nb, request).await {
        Ok(Response::TagRenamed(done)) => done,
        Ok(other) => return Err(unexpected(other)),
        // The engine's refusal, and what to type instead.
        Err(err) if !merge && err.to_string().contains("exists already") => {
            anyhow::bail!("{err} To merge them, add --merge (this cannot be undone).")
        }
        Err(err) => return Err(err),
    };
    if format == Format::Json {
        return print_json(&done);
    }
    let tag = &done.tag.name;
    let carriers = carriers(&done.tag);
    if done.merged {
        println!("Merged \"{name}\" into \"{tag}\": {carriers} carry it now.");
    } else {
        println!("Renamed \"{name}\" to \"{tag}\" on {carriers}.");
    }
    for (kind, names) in [
        ("Theme", &done.themes),
        ("Saved search", &done.saved_searches),
    ] {
        for asked in names {
            println!("{kind} \"{asked}\" now asks for tag:\"{tag}\".");
        }
    }
    Ok(())
}

async fn delete(nb: &Notebook, name: &str, yes: bool, format: Format) -> anyhow::Result<()> {
    let name = name.trim();
    if name.is_empty() {
        anyhow::bail!("The tag is empty: type a name.");
    }
    if !yes {
        let tags = match call(nb, Request::TagList).await? {
            Response::Tags(t) => t,
            other => return Err(unexpected(other)),
        };
        // The tag as listed, with its articles and feeds; one nothing carries is not listed.
        let Some(t) = tags
            .iter()
            .find(|t| t.name.to_lowercase() == name.to_lowercase())
        else {
            anyhow::bail!("No article or feed carries the tag \"{name}\".");
        };
        let question = format!(
            "Take \"{}\" off {}? This cannot be undone.",
            t.name,
            carriers(t)
        );
        let refused = "Deleting a tag takes it off every article: add --yes to delete it \
                       without being asked.";
        if !super::go_ahead(&question, refused, "deleted", format)? {
            return Ok(());
        }
    }
    let done = match call(nb, Request::TagDelete { name: name.into() }).await? {
        Response::TagDeleted(done) => done,
        other => return Err(unexpected(other)),
    };
    if format == Format::Json {
        return print_json(&serde_json::json!({ "deleted": done }));
    }
    let held = Tag {
        name: done.name.clone(),
        count: done.articles.len() as i64,
        feeds: done.feeds.len() as i64,
    };
    println!("Took \"{}\" off {}.", held.name, carriers(&held));
    for (kind, names) in [
        ("Theme", &done.themes),
        ("Saved search", &done.saved_searches),
    ] {
        for asked in names {
            println!("{kind} \"{asked}\" still asks for it in its query.");
        }
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
        match t.feeds {
            0 => println!("{:>6}  {}", t.count, t.name),
            n => println!(
                "{:>6}  {}  (and {})",
                t.count,
                t.name,
                super::counted(n, "feed")
            ),
        }
    }
    Ok(())
}

/// "3 articles", "1 article and 2 feeds", "2 feeds": what carries a tag.
fn carriers(tag: &Tag) -> String {
    match (tag.count, tag.feeds) {
        (n, 0) => super::counted(n, "article"),
        (0, f) => super::counted(f, "feed"),
        (n, f) => format!(
            "{} and {}",
            super::counted(n, "article"),
            super::counted(f, "feed")
        ),
    }
}
