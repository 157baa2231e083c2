//! `clipline backup PATH [--force]`: a consistent copy of the notebook, made while it may be
//! in use (another `clipline serve` or the desktop app keeps working).

use std::path::PathBuf;

use super::{Format, print_json};
use crate::notebook::Notebook;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Where to write the copy.
    path: PathBuf,
    /// Overwrite PATH when it already exists.
    #[arg(long)]
    force: bool,
}

/// Back up `nb` to the given path and say where the copy is.
pub async fn run(nb: &Notebook, args: Args, format: Format) -> anyhow::Result<()> {
    // (`--force` replaces another file, never the notebook being backed up.)
    super::refuse_the_notebook(nb, &args.path, "the backup")?;
    nb.backup(&args.path, args.force).await?;
    let shown = args.path.display().to_string();
    if format == Format::Json {
        return print_json(&serde_json::json!({ "backup": shown }));
    }
    println!("Backed up {} to {shown}.", nb.path().display());
    Ok(())
}
