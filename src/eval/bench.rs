//! Timing the extractor: decode + extract per page, over a whole set, a few rounds.
//!
//! Reading (and gunzipping) a file is outside the clock; `decode_html` and
//! `extract_html` are inside, as that is what a clip costs once the bytes are here. Each
//! page's time is the median of its rounds; the figures are over pages. Peak memory is the
//! process's high-water mark (`VmHWM`), so it includes whatever the caller held before.

use std::fmt::Write;
use std::hint::black_box;
use std::time::{Duration, Instant};

use serde::Serialize;

use super::sets::Case;
use crate::clip::{decode_html, extract_html};

/// Speed and memory of the extractor on one set.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BenchReport {
    /// Pages timed (pages that could not be read are skipped and counted in `unreadable`).
    pub pages: usize,
    pub unreadable: usize,
    pub rounds: usize,
    pub median_ms: f64,
    pub p95_ms: f64,
    pub max_ms: f64,
    /// Pages extracted per second of extraction time, over all rounds.
    pub pages_per_sec: f64,
    /// `VmHWM` from `/proc/self/status` in MB (10^6 bytes); `None` off Linux.
    pub peak_mb: Option<f64>,
    /// Whether this was an optimised build; debug figures are not comparable.
    pub release_build: bool,
    /// The slowest pages, slowest first, with their median ms.
    pub slowest: Vec<(String, f64)>,
}

/// Time `decode_html` + `extract_html` on every case, `rounds` times (at least once), one
/// page after another on this thread. An extractor error still counts as a timed page;
/// an unreadable file is skipped.
pub fn bench(cases: &[Case], rounds: usize) -> BenchReport {
    let rounds = rounds.max(1);
    let mut per_page: Vec<(String, f64)> = Vec::with_capacity(cases.len());
    let mut total = Duration::ZERO;
    let mut unreadable = 0;
    for case in cases {
        let Ok(bytes) = case.read_bytes() else {
            unreadable += 1;
            continue;
        };
        let mut times: Vec<f64> = (0..rounds)
            .map(|_| {
                let start = Instant::now();
                let html = decode_html(&bytes, None);
                let _ = black_box(extract_html(&html, case.url.as_deref()));
                let took = start.elapsed();
                total += took;
                took.as_secs_f64() * 1000.0
            })
            .collect();
        per_page.push((case.id.clone(), percentile(&mut times, 50.0)));
    }
    let mut ms: Vec<f64> = per_page.iter().map(|p| p.1).collect();
    per_page.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    per_page.truncate(10);
    let timed = ms.len() * rounds;
    BenchReport {
        pages: ms.len(),
        unreadable,
        rounds,
        median_ms: percentile(&mut ms, 50.0),
        p95_ms: percentile(&mut ms, 95.0),
        max_ms: ms.iter().copied().fold(0.0, f64::max),
        pages_per_sec: if total.is_zero() {
            0.0
        } else {
            timed as f64 / total.as_secs_f64()
        },
        peak_mb: peak_memory_mb(),
        release_build: !cfg!(debug_assertions),
        slowest: per_page,
    }
}

impl BenchReport {
    /// The figures as a small table, then the slowest pages.
    pub fn to_table(&self) -> String {
        let mut out = String::new();
        let build = if self.release_build {
            "release"
        } else {
            "debug (not comparable)"
        };
        let _ = writeln!(
            out,
            "{} pages x {} rounds, {build} build{}",
            self.pages,
            self.rounds,
            if self.unreadable > 0 {
                format!(", {} unreadable", self.unreadable)
            } else {
                String::new()
            }
        );
        let _ = writeln!(out, "median ms/page   {:>9.2}", self.median_ms);
        let _ = writeln!(out, "p95 ms/page      {:>9.2}", self.p95_ms);
        let _ = writeln!(out, "max ms/page      {:>9.2}", self.max_ms);
        let _ = writeln!(out, "pages/second     {:>9.1}", self.pages_per_sec);
        match self.peak_mb {
            Some(mb) => {
                let _ = writeln!(out, "peak memory MB   {mb:>9.1}");
            }
            None => {
                let _ = writeln!(out, "peak memory MB   {:>9}", "n/a");
            }
        }
        if !self.slowest.is_empty() {
            let _ = writeln!(out, "slowest pages:");
            for (id, ms) in &self.slowest {
                let _ = writeln!(out, "  {id:<28} {ms:>9.2} ms");
            }
        }
        out
    }
}

/// The `p`th percentile (nearest rank) of `values`, sorting them in place; 0 when empty.
pub(crate) fn percentile(values: &mut [f64], p: f64) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    values.sort_by(f64::total_cmp);
    let rank = ((p / 100.0) * values.len() as f64).ceil() as usize;
    values[rank.clamp(1, values.len()) - 1]
}

/// The process's peak resident set (`VmHWM`) in MB, from `/proc/self/status`.
fn peak_memory_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    parse_vm_hwm(&status)
}

fn parse_vm_hwm(status: &str) -> Option<f64> {
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024.0 / 1e6)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::eval::load_set;

    #[test]
    fn percentile_is_nearest_rank() {
        let mut v = [5.0, 1.0, 4.0, 2.0, 3.0];
        assert_eq!(percentile(&mut v, 50.0), 3.0);
        assert_eq!(percentile(&mut v, 95.0), 5.0);
        assert_eq!(
            percentile(&mut [7.0, 1.0], 50.0),
            1.0,
            "lower middle of two"
        );
        assert_eq!(percentile(&mut [], 50.0), 0.0);
    }

    #[test]
    fn reads_the_high_water_mark() {
        let status = "Name:\tx\nVmPeak:\t  9000 kB\nVmHWM:\t    2048 kB\nVmRSS:\t 1000 kB\n";
        assert_eq!(parse_vm_hwm(status), Some(2.097152));
        assert_eq!(parse_vm_hwm("Name:\tx\n"), None);
    }

    #[test]
    fn times_every_page_of_a_set() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/eval/wcxb-mini");
        let report = bench(&load_set(&dir).unwrap(), 2);
        assert_eq!((report.pages, report.rounds, report.unreadable), (2, 2, 0));
        assert!(
            report.median_ms > 0.0 && report.p95_ms >= report.median_ms,
            "{report:?}"
        );
        assert!(report.pages_per_sec > 0.0);
        assert_eq!(report.slowest.len(), 2);
        if cfg!(target_os = "linux") {
            assert!(report.peak_mb.is_some_and(|mb| mb > 1.0), "{report:?}");
        }
        assert!(report.to_table().contains("median ms/page"));
    }
}
