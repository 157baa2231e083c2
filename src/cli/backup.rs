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
    let Some(done) = super::unless_interrupted(nb.backup(&args.path, args.force)).await else {
        // The copy only reads the notebook, so stopping at once is safe; waiting for the
        // half-made copy would make Ctrl+C on a large notebook take as long as the backup.
        let _ = std::fs::remove_file(crate::store::backup::partial_file(&args.path));
        eprintln!("Interrupted: no backup was written, and the half-made copy was removed.");
        std::process::exit(130);
    };
    done?;
    let shown = args.path.display().to_string();
    if format == Format::Json {
        return print_json(&serde_json::json!({ "backup": shown }));
    }
    println!("Backed up {} to {shown}.", nb.path().display());
    Ok(())
}
