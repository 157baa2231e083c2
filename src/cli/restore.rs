//! `clipline restore PATH [--yes]`: replace the notebook with a backup, after checking the
//! backup is a sound Clipline notebook and keeping a copy of the notebook it replaces.

use std::path::PathBuf;

use super::{Format, print_json};
use crate::store::backup;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The backup to restore (a file written by `clipline backup`).
    path: PathBuf,
    /// Do not ask for confirmation (required when stdin is not a terminal).
    #[arg(long)]
    yes: bool,
}

/// Restore into the notebook at `db`; the notebook is opened only afterwards (to upgrade it).
pub async fn run(db: PathBuf, args: Args, format: Format) -> anyhow::Result<()> {
    backup::check_not_open(&db)?;
    backup::verify(&args.path).await?;
    if !args.yes && !confirm(&db, &args)? {
        anyhow::bail!("Nothing was restored.");
    }
    let kept = backup::restore(&db, &args.path).await?;
    // Opening upgrades a backup made by an older Clipline to the current schema, and says
    // so as any command's open does.
    super::open(Some(db.clone())).await?.close().await;
    let kept = kept.map(|k| k.display().to_string());
    if format == Format::Json {
        return print_json(&serde_json::json!({ "restored": db, "previous": kept }));
    }
    println!("Restored {} into {}.", args.path.display(), db.display());
    if let Some(kept) = kept {
        println!("The notebook it replaced is kept at {kept}.");
    }
    Ok(())
}

/// Ask on the terminal; without one, demand `--yes`.
fn confirm(db: &std::path::Path, args: &Args) -> anyhow::Result<bool> {
    super::confirm(
        &format!(
            "Replace the notebook at {} with {}?",
            db.display(),
            args.path.display()
        ),
        &format!(
            "Restoring replaces the notebook at {}; run again with --yes to confirm.",
            db.display()
        ),
    )
}
