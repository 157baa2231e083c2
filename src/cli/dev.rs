//! `clipline dev generate --articles N --seed S`: a realistic scale notebook, built by
//! writing N pages recombined from the corpus (`eval::generate`) and importing them through
//! the real clip and analysis pipeline, with a progress bar.

use std::path::PathBuf;

use super::{Format, print_json};
use crate::eval::generate::{Material, write_pages};
use crate::notebook::Notebook;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Write N generated pages and import them into the notebook (`--db`).
    Generate {
        /// How many articles.
        #[arg(long, default_value_t = 1_000)]
        articles: usize,
        /// The same seed gives the same pages.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Where the pages go (kept, so a second run reuses them).
        #[arg(long, default_value = "generated-pages")]
        pages: PathBuf,
        /// The development corpus the text comes from.
        #[arg(long, env = "CLIPLINE_CORPUS", default_value = "../shared/corpus")]
        corpus: PathBuf,
    },
}

pub async fn run(nb: &Notebook, cmd: Command, format: Format) -> anyhow::Result<()> {
    let Command::Generate {
        articles,
        seed,
        pages,
        corpus,
    } = cmd;
    let material = Material::load(&corpus)?;
    let bar = super::progress_bar(articles as u64, "pages written", format);
    let dir = pages.join(format!("{articles}-{seed}"));
    let files = write_pages(&material, seed, articles, &dir, |_| bar.inc(1))?;
    bar.finish_and_clear();
    drop(material);
    let bar = super::progress_bar(files.len() as u64, "files imported", format);
    let report = nb.import_files(&files, &[], None, |_| bar.inc(1)).await?;
    bar.finish_and_clear();
    if format == Format::Json {
        return print_json(&report);
    }
    println!(
        "Generated {} pages in {} and imported them: {}, {} joined as copies, {} skipped, {} failed.",
        files.len(),
        dir.display(),
        super::counted(report.created, "new article"),
        report.joined,
        report.skipped,
        report.failed.len()
    );
    Ok(())
}
