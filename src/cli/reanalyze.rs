//! `clipline reanalyze`: run the analysis again on every article (after the registry, a
//! theme or Clipline itself changed), with a progress bar. Notes, tags and highlights stay.

use super::{Format, call_with_progress, print_json, unexpected};
use crate::api::{Request, Response};
use crate::notebook::Notebook;

#[derive(clap::Args, Debug)]
pub struct Args {}

pub async fn run(nb: &Notebook, _args: Args, format: Format) -> anyhow::Result<()> {
    let report =
        match call_with_progress(nb, Request::NotebookReanalyze, "articles", format).await? {
            Response::Reanalyzed(report) => report,
            other => return Err(unexpected(other)),
        };
    if format == Format::Json {
        return print_json(&report);
    }
    println!(
        "Analysed {}: {}, {}.",
        super::counted(report.articles, "article"),
        super::counted(report.mentions, "entity mention"),
        super::counted(report.claims, "dated claim")
    );
    Ok(())
}
