//! `clipline reextract`: run the current extractor on every stored capture again, with a
//! progress bar; notes, tags and highlights are kept (highlights re-anchored).

use super::{Format, call_with_progress, print_json, unexpected};
use crate::api::{Request, Response};
use crate::notebook::Notebook;

#[derive(clap::Args, Debug)]
pub struct Args {}

pub async fn run(nb: &Notebook, _args: Args, format: Format) -> anyhow::Result<()> {
    let report =
        match call_with_progress(nb, Request::NotebookReextract, "articles", format).await? {
            Response::Reextracted(report) => report,
            other => return Err(unexpected(other)),
        };
    if format == Format::Json {
        return print_json(&report);
    }
    println!(
        "Re-extracted {}: {} changed, {} unchanged; highlights moved {}, orphaned {}.",
        super::counted(report.articles, "article"),
        report.changed,
        report.unchanged,
        report.highlights_moved,
        report.highlights_orphaned
    );
    for (id, reason) in &report.failed {
        println!("  #{id} kept its old text: {reason}");
    }
    Ok(())
}
