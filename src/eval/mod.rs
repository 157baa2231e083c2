//! How good and how fast the clipper is, measured on the development sets in
//! `../shared/corpus` with the rules of its README (issue 3, item 7). Pure: a set folder
//! in, reports out; the CLI's `eval extract` and `bench extract` only print them.
//!
//! - `sets`: a set folder (Mozilla Readability tests or WCXB) -> `Case`s with their gold.
//! - `metrics`: WCXB word F1, article-extraction-benchmark shingle F1, the publication-day
//!   and exact-text rules.
//! - `report`: run the extractor on every case -> `Report` (per-field table, worst pages).
//! - `bench`: time decode + extract per page -> `BenchReport` (median, p95, pages/s, peak
//!   memory).
//! - `timeline`: clip a Wikinews-style set and score `timeline --entity` against its gold.
//! - `analysis_bench`: time entity and date analysis per article.
//! - `generate`: realistic pages for a scale notebook, recombined from the corpus.
//! - `scale`: the scale benchmark on a generated notebook (issue 6).
//! - `pyrepr`: Python dict literals, which some WCXB gold files hold instead of JSON.

pub mod analysis_bench;
pub mod bench;
pub mod generate;
pub mod metrics;
pub mod pyrepr;
pub mod report;
pub mod scale;
pub mod sets;
pub mod timeline;

use std::path::{Path, PathBuf};

pub use analysis_bench::{AnalysisBench, bench_analysis};
pub use bench::{BenchReport, bench};
pub use report::{BodyScore, CaseResult, FieldOutcome, FieldScore, PageBody, Report, evaluate};
pub use sets::{Case, Gold, SetKind, load_set};
pub use timeline::{TimelineReport, evaluate_timeline};

/// Why a set could not be loaded. Messages name the file and say what is wrong with it.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// The cause is in the message, not also the error's source (a chain printer would
    /// say it twice).
    #[error("Could not read {}: {cause}", path.display())]
    Io {
        path: PathBuf,
        cause: std::io::Error,
    },
    #[error(
        "{} is not an evaluation set: expected html/ and ground-truth/ (WCXB) or folders holding source.html and expected-metadata.json (Readability).",
        .0.display()
    )]
    UnknownLayout(PathBuf),
    #[error("Could not use the gold in {}: {why}.", path.display())]
    BadGold { path: PathBuf, why: String },
}

impl EvalError {
    fn io(path: &Path, cause: std::io::Error) -> Self {
        Self::Io {
            path: path.to_path_buf(),
            cause,
        }
    }
}
