//! `clipline reanalyze`: run the analysis again on every article (after the registry, a
//! theme or Clipline itself changed), with a progress bar. Notes, tags and highlights stay.

use super::{Format, print_json};
use crate::notebook::Notebook;

#[derive(clap::Args, Debug)]
pub struct Args {}

pub async fn run(nb: &Notebook, _args: Args, format: Format) -> anyhow::Result<()> {
    let bar = super::progress_bar(0, "articles", format);
    let report = nb
        .reanalyze(|done, total| {
            bar.set_length(total as u64);
            bar.set_position(done as u64);
        })
        .await?;
    bar.finish_and_clear();
    if format == Format::Json {
        return print_json(&report);
    }
    println!(
        "Analysed {} article(s): {} entity mention(s), {} dated claim(s).",
        report.articles, report.mentions, report.claims
    );
    Ok(())
}
