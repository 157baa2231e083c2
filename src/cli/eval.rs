//! `clipline eval extract|timeline --set DIR`: measure the clipper or the timelines on a
//! development set with the corpus README's metrics, and print the figures.

use std::path::PathBuf;

use super::{Format, print_json};
use crate::eval;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Body, title, byline, site and date accuracy on a Readability or WCXB set.
    Extract {
        /// The set folder, e.g. ../shared/corpus/wcxb-dev.
        #[arg(long)]
        set: PathBuf,
        /// How many of the worst pages to list.
        #[arg(long, default_value_t = 10)]
        failures: usize,
    },
    /// Precision, recall and F1 of `timeline --entity` on a Wikinews-style set.
    Timeline {
        /// The set folder, e.g. ../shared/corpus/timeline-dev.
        #[arg(long)]
        set: PathBuf,
    },
}

pub async fn run(cmd: Command, format: Format) -> anyhow::Result<()> {
    match cmd {
        Command::Extract { set, failures } => {
            let cases = eval::load_set(&set)?;
            let report = tokio::task::spawn_blocking(move || eval::evaluate(&cases)).await?;
            if format == Format::Json {
                return print_json(&report);
            }
            println!("{}", report.to_table());
            println!("{}", report.failures(failures));
        }
        Command::Timeline { set } => {
            let report = eval::evaluate_timeline(&set).await?;
            if format == Format::Json {
                return print_json(&report);
            }
            println!("{}", report.to_table());
        }
    }
    Ok(())
}
