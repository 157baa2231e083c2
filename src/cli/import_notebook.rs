//! `clipline import-notebook FILE.json`: load a `clipline export --format json` file into
//! a new, empty notebook, all of it or nothing.

use std::path::PathBuf;

use anyhow::Context;

use super::{Format, print_json};
use crate::carry::export::json;
use crate::notebook::Notebook;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The notebook export (JSON).
    pub file: PathBuf,
}

/// Load the export into this (empty) notebook and say how much it held.
pub async fn run(nb: &Notebook, args: Args, format: Format) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(&args.file)
        .with_context(|| format!("could not read {}", args.file.display()))?;
    let dump = json::parse(&text)?;
    let report = nb.load_dump(&dump).await?;
    if format == Format::Json {
        return print_json(&report);
    }
    let rows: usize = report.tables.values().sum();
    let articles = report.tables.get("articles").copied().unwrap_or(0);
    println!(
        "Imported {articles} article(s) ({rows} rows in all) into {}.",
        nb.path().display()
    );
    Ok(())
}
