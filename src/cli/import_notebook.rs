//! `clipline import-notebook FILE.json`: load a `clipline export --format json` file into
//! a new, empty notebook, all of it or nothing.

use std::path::PathBuf;

use super::{Format, print_json};
use crate::notebook::Notebook;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The notebook export (JSON).
    pub file: PathBuf,
}

/// Load the export into this (empty) notebook and say how much it held.
pub async fn run(nb: &Notebook, args: Args, format: Format) -> anyhow::Result<()> {
    let report = {
        let _drawing = super::ProgressDrawing::start(nb, "MB read", format);
        nb.load_json(&args.file).await?
    };
    if format == Format::Json {
        return print_json(&report);
    }
    let rows: usize = report.tables.values().sum();
    let articles = report.tables.get("articles").copied().unwrap_or(0);
    println!(
        "Imported {} ({rows} rows in all) into {}.",
        super::counted(articles, "article"),
        nb.path().display()
    );
    Ok(())
}
