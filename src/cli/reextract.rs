//! `clipline reextract`: run the current extractor on every stored capture again, with a
//! progress bar; notes, tags and highlights are kept (highlights re-anchored).

use super::{Format, print_json};
use crate::notebook::Notebook;

#[derive(clap::Args, Debug)]
pub struct Args {}

pub async fn run(nb: &Notebook, _args: Args, format: Format) -> anyhow::Result<()> {
    let bar = super::progress_bar(0, "articles", format);
    let report = nb
        .reextract(|done, total| {
            bar.set_length(total as u64);
            bar.set_position(done as u64);
        })
        .await?;
    bar.finish_and_clear();
    if format == Format::Json {
        return print_json(&report);
    }
    println!(
        "Re-extracted {} article(s): {} changed, {} unchanged; highlights moved {}, orphaned {}.",
        report.articles,
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
