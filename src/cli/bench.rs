//! `clipline bench extract|analyze --set DIR`: time the extractor per page (median, p95,
//! pages per second, peak memory), or the analysis per article. Build with `--release` for figures that mean something.

use std::path::PathBuf;

use super::{Format, print_json};
use crate::eval;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Decode + extract time per page of a set.
    Extract {
        /// The set folder, e.g. ../shared/corpus/readability.
        #[arg(long)]
        set: PathBuf,
        /// Runs per page; each page's time is the median of its runs.
        #[arg(long, default_value_t = 3)]
        rounds: usize,
    },
    /// Entity, date and figure analysis time per article of a set.
    Analyze {
        /// The set folder, e.g. ../shared/corpus/wcxb-dev.
        #[arg(long)]
        set: PathBuf,
    },
}

pub async fn run(cmd: Command, format: Format) -> anyhow::Result<()> {
    let (set, rounds) = match cmd {
        Command::Extract { set, rounds } => (set, rounds),
        Command::Analyze { set } => {
            let cases = eval::load_set(&set)?;
            let report = tokio::task::spawn_blocking(move || eval::bench_analysis(&cases)).await?;
            if format == Format::Json {
                return print_json(&report);
            }
            println!("{}", report.to_table());
            return Ok(());
        }
    };
    let cases = eval::load_set(&set)?;
    let report = tokio::task::spawn_blocking(move || eval::bench(&cases, rounds.max(1))).await?;
    if format == Format::Json {
        return print_json(&report);
    }
    if cfg!(debug_assertions) {
        println!("(a debug build: build with --release for real figures)");
    }
    println!("{}", report.to_table());
    Ok(())
}
