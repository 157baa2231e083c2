//! How fast analysis (entities, dated claims, figures) runs per article, so it keeps up
//! with clipping (issue 4: at most 5 ms median). Each page of a set is extracted first,
//! untimed; then `analyze` is timed on its title and text.

use std::time::Instant;

use chrono::NaiveDate;
use serde::Serialize;

use super::Case;
use super::bench::percentile;
use crate::analyze::{self, entities::Registry};
use crate::clip;

/// Per-article analysis time over a set.
#[derive(Debug, Clone, Serialize)]
pub struct AnalysisBench {
    pub articles: usize,
    pub median_ms: f64,
    pub p95_ms: f64,
    pub max_ms: f64,
    pub claims: usize,
    pub release_build: bool,
}

impl AnalysisBench {
    /// A readable summary line.
    pub fn to_table(&self) -> String {
        format!(
            "articles {}  median {:.2} ms  p95 {:.2} ms  max {:.2} ms  dated claims {}{}",
            self.articles,
            self.median_ms,
            self.p95_ms,
            self.max_ms,
            self.claims,
            if self.release_build {
                ""
            } else {
                "  (debug build)"
            }
        )
    }
}

/// Time `analyze` on every readable page of `cases` (the registry is built before timing).
pub fn bench_analysis(cases: &[Case]) -> AnalysisBench {
    let registry = Registry::builtin();
    let anchor = NaiveDate::from_ymd_opt(2025, 7, 14).unwrap_or_default();
    // Warm the lazily compiled patterns so the first article does not pay for them.
    let _ = analyze::analyze(
        registry,
        "Warm-up",
        "Meta said on Monday it would spend $1 billion in 2026.",
        anchor,
    );
    let mut times = Vec::new();
    let mut claims = 0;
    for case in cases {
        let Ok(bytes) = case.read_bytes() else {
            continue;
        };
        let Ok(page) = clip::extract_html(&clip::decode_html(&bytes, None), case.url.as_deref())
        else {
            continue;
        };
        let start = Instant::now();
        let found = analyze::analyze(registry, &page.title, &page.text, anchor);
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        claims += found.claims.len();
    }
    let max_ms = times.iter().copied().fold(0.0, f64::max);
    AnalysisBench {
        articles: times.len(),
        median_ms: percentile(&mut times, 50.0),
        p95_ms: percentile(&mut times, 95.0),
        max_ms,
        claims,
        release_build: !cfg!(debug_assertions),
    }
}
