//! `clipline mark read ID...` and `clipline mark unread ID...`: the read state that
//! `is:unread` and `is:read` search by (the reader marks an article read when it opens it).

use super::{Format, call, print_json, unexpected};
use crate::api::{Request, Response};
use crate::notebook::Notebook;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Mark articles read.
    Read {
        /// The articles' numbers.
        #[arg(required = true)]
        articles: Vec<i64>,
    },
    /// Mark articles unread again.
    Unread {
        /// The articles' numbers.
        #[arg(required = true)]
        articles: Vec<i64>,
    },
}

pub async fn run(nb: &Notebook, cmd: Command, format: Format) -> anyhow::Result<()> {
    let (mut ids, read) = match cmd {
        Command::Read { articles } => (articles, true),
        Command::Unread { articles } => (articles, false),
    };
    ids.sort_unstable();
    ids.dedup();
    let asked = ids.len();
    let changed = match call(nb, Request::ArticleMarkRead { ids, read }).await? {
        Response::Ids(ids) => ids,
        other => return Err(unexpected(other)),
    };
    if format == Format::Json {
        return print_json(&serde_json::json!({ "changed": changed, "read": read }));
    }
    let state = if read { "read" } else { "unread" };
    let already = asked - changed.len();
    println!(
        "Marked {} {state}{}.",
        super::counted(changed.len(), "article"),
        if already > 0 {
            format!(" ({already} already were)")
        } else {
            String::new()
        }
    );
    Ok(())
}
