//! `clipline bench --articles N`: the scale benchmark (`eval::scale`): import throughput
//! and peak RSS, search latency beside the bare FTS5 floor, timeline and library latency,
//! bytes per article. `clipline bench extract|analyze --set DIR`: time the extractor per
//! page (median, p95, pages per second, peak memory), or the analysis per article.
//! Build with `--release` for figures that mean something.

use std::path::PathBuf;

use super::{Format, print_json};
use crate::eval;

#[derive(clap::Args, Debug)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Args {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    scale: ScaleArgs,
}

/// The scale benchmark's knobs.
#[derive(clap::Args, Debug)]
pub struct ScaleArgs {
    /// Articles in the generated notebook.
    #[arg(long, default_value_t = 10_000)]
    articles: usize,
    /// The same seed gives the same pages.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Timed runs of each query. A p95 of 50 runs is their third-slowest, which one hiccup
    /// of a shared machine moves by 30%; of 200, the tenth.
    #[arg(long, default_value_t = 200)]
    rounds: usize,
    /// Where the pages (kept between runs) and the notebook go; default: a folder in the
    /// system temp dir.
    #[arg(long)]
    dir: Option<PathBuf>,
    /// The development corpus the pages are made from.
    #[arg(long, env = "CLIPLINE_CORPUS", default_value = "../shared/corpus")]
    corpus: PathBuf,
    /// Time the notebook an earlier run with the same --articles and --seed left in
    /// --dir, without generating and importing again (no import figures then).
    #[arg(long)]
    reuse: bool,
}

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

pub async fn run(args: Args, format: Format) -> anyhow::Result<()> {
    let Some(cmd) = args.command else {
        return scale(args.scale, format).await;
    };
    let (set, rounds) = match cmd {
        Command::Extract { set, rounds } => (set, rounds),
        Command::Analyze { set } => {
            let cases = eval::load_set(&set)?;
            let report = tokio::task::spawn_blocking(move || eval::bench_analysis(&cases)).await?;
            return print_report(format, &report, report.to_table());
        }
    };
    let cases = eval::load_set(&set)?;
    let report = tokio::task::spawn_blocking(move || eval::bench(&cases, rounds.max(1))).await?;
    print_report(format, &report, report.to_table())
}

async fn scale(args: ScaleArgs, format: Format) -> anyhow::Result<()> {
    let cfg = eval::scale::ScaleConfig {
        articles: args.articles,
        seed: args.seed,
        dir: args
            .dir
            .unwrap_or_else(|| std::env::temp_dir().join("clipline-bench")),
        corpus: args.corpus,
        rounds: args.rounds.max(1),
        exe: std::env::current_exe()?,
        reuse: args.reuse,
    };
    std::fs::create_dir_all(&cfg.dir)?;
    let report = eval::scale::run(&cfg, |stage| eprintln!("bench: {stage}")).await?;
    print_report(format, &report, report.to_table())
}

/// A report as JSON, or as its table with a warning when the figures come from a debug
/// build.
fn print_report(
    format: Format,
    report: &impl serde::Serialize,
    table: String,
) -> anyhow::Result<()> {
    if format == Format::Json {
        return print_json(report);
    }
    if cfg!(debug_assertions) {
        println!("(a debug build: build with --release for real figures)");
    }
    println!("{table}");
    Ok(())
}
