//! `clipline split COPY`: make a copy that joined an article ("also at", as `show` lists
//! it) an article of its own again.

use super::{Format, call, print_json, short_date, unexpected};
use crate::api::{Request, Response};
use crate::notebook::Notebook;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The copy's number, as `show` lists it under "Also at".
    copy: i64,
}

pub async fn run(nb: &Notebook, args: Args, format: Format) -> anyhow::Result<()> {
    let outcome = match call(nb, Request::ArticleSplit { copy_id: args.copy }).await? {
        Response::Clipped(outcome) => outcome,
        other => return Err(unexpected(other)),
    };
    if format == Format::Json {
        return print_json(&outcome);
    }
    for a in &outcome.articles {
        println!(
            "Copy {} is article #{} again: {} — {} ({})",
            args.copy,
            a.id,
            a.title,
            a.source.as_deref().unwrap_or("unknown source"),
            short_date(a.published_at.as_deref())
        );
    }
    Ok(())
}
