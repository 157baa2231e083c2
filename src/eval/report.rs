//! Scoring the extractor on a set: run `decode_html` + `extract_html` on every page,
//! compare each field with its gold under the rules of `metrics`, and sum up per field.
//!
//! A field is scored only on pages whose gold has it; a page the extractor fails on (or
//! whose file cannot be read) still counts, as a miss on every scored field and as an
//! empty body.

use std::fmt::Write;

use serde::Serialize;

use super::metrics::{
    Prf, ShingleCounts, calendar_day, same_day, same_text, shingle_counts, shingle_summary,
    word_prf, word_summary, word_tokens,
};
use super::sets::{Case, SetKind};
use crate::clip::{Extracted, decode_html, extract_html};

/// Matched out of scored, for one field.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct FieldScore {
    pub matched: usize,
    pub scored: usize,
}

impl FieldScore {
    /// matched / scored, 0 when nothing was scored.
    pub fn rate(&self) -> f64 {
        if self.scored == 0 {
            0.0
        } else {
            self.matched as f64 / self.scored as f64
        }
    }

    fn add(&mut self, outcome: Option<&FieldOutcome>) {
        if let Some(o) = outcome {
            self.scored += 1;
            self.matched += usize::from(o.matched);
        }
    }
}

/// Body-text figures over the pages that have main-content gold.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct BodyScore {
    pub pages: usize,
    /// WCXB: means of the per-page word precision, recall and F1.
    pub word: Prf,
    /// Article-extraction-benchmark: mean precision, mean recall, their harmonic mean.
    pub shingle: Prf,
}

/// One scored field of one page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldOutcome {
    pub gold: String,
    pub got: Option<String>,
    pub matched: bool,
}

/// Body scores of one page.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct PageBody {
    pub word: Prf,
    pub shingle: ShingleCounts,
    pub predicted_words: usize,
    pub gold_words: usize,
}

/// Everything scored on one page; a field is `None` when its gold is absent.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CaseResult {
    pub id: String,
    pub url: Option<String>,
    /// Why the page gave no article (unreadable file, extractor error).
    pub error: Option<String>,
    pub title: Option<FieldOutcome>,
    pub byline: Option<FieldOutcome>,
    pub site_name: Option<FieldOutcome>,
    pub published: Option<FieldOutcome>,
    pub body: Option<PageBody>,
}

/// The scores of the extractor on one set: per-field counts, body figures, and every
/// page's outcome for drilling down.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// `None` for an empty set.
    pub kind: Option<SetKind>,
    pub pages: usize,
    /// Pages that gave no article at all.
    pub errors: usize,
    pub title: FieldScore,
    pub byline: FieldScore,
    pub site_name: FieldScore,
    /// Exact calendar day; gold that is not a full `YYYY-MM-DD` day is not scored.
    pub published_day: FieldScore,
    /// `None` when no page has main-content gold (the Readability set).
    pub body: Option<BodyScore>,
    pub cases: Vec<CaseResult>,
}

/// Run the extractor on every case and score it. Deterministic and sequential; never
/// fails: an unreadable page or an extractor error is recorded on that page.
pub fn evaluate(cases: &[Case]) -> Report {
    let results: Vec<CaseResult> = cases.iter().map(score_case).collect();
    let mut report = Report {
        kind: cases.first().map(|c| c.kind),
        pages: results.len(),
        errors: results.iter().filter(|r| r.error.is_some()).count(),
        title: FieldScore::default(),
        byline: FieldScore::default(),
        site_name: FieldScore::default(),
        published_day: FieldScore::default(),
        body: None,
        cases: Vec::new(),
    };
    for r in &results {
        report.title.add(r.title.as_ref());
        report.byline.add(r.byline.as_ref());
        report.site_name.add(r.site_name.as_ref());
        report.published_day.add(r.published.as_ref());
    }
    let bodies: Vec<&PageBody> = results.iter().filter_map(|r| r.body.as_ref()).collect();
    if !bodies.is_empty() {
        let words: Vec<Prf> = bodies.iter().map(|b| b.word).collect();
        let shingles: Vec<ShingleCounts> = bodies.iter().map(|b| b.shingle).collect();
        report.body = Some(BodyScore {
            pages: bodies.len(),
            word: word_summary(&words),
            shingle: shingle_summary(&shingles),
        });
    }
    report.cases = results;
    report
}

fn score_case(case: &Case) -> CaseResult {
    let extracted: Result<Extracted, String> = case
        .read_bytes()
        .map_err(|e| e.to_string())
        .and_then(|bytes| {
            let html = decode_html(&bytes, None);
            extract_html(&html, case.url.as_deref()).map_err(|e| e.to_string())
        });
    let (got, error) = match extracted {
        Ok(e) => (Some(e), None),
        Err(e) => (None, Some(e)),
    };
    let got = got.as_ref();
    let gold = &case.gold;
    let text_field = |gold: &Option<String>, got: Option<&str>| {
        gold.as_ref().map(|g| FieldOutcome {
            gold: g.clone(),
            got: got.map(str::to_string),
            matched: same_text(got, g),
        })
    };
    let published = gold
        .published
        .as_ref()
        .filter(|g| calendar_day(g).is_some())
        .map(|g| {
            let p = got.and_then(|e| e.published_at.as_deref());
            FieldOutcome {
                gold: g.clone(),
                got: p.map(str::to_string),
                matched: same_day(p, g),
            }
        });
    let body = gold.body.as_ref().map(|g| {
        let text = got.map_or("", |e| e.text.as_str());
        PageBody {
            word: word_prf(text, g),
            shingle: shingle_counts(text, g),
            predicted_words: word_tokens(text).len(),
            gold_words: word_tokens(g).len(),
        }
    });
    CaseResult {
        id: case.id.clone(),
        url: case.url.clone(),
        error,
        title: text_field(&gold.title, got.map(|e| e.title.as_str())),
        byline: text_field(&gold.byline, got.and_then(|e| e.byline.as_deref())),
        site_name: text_field(&gold.site_name, got.and_then(|e| e.site_name.as_deref())),
        published,
        body,
    }
}

impl CaseResult {
    /// The scored fields in the order `failures` lists them: day, title, byline, site.
    fn outcomes(&self) -> [Option<&FieldOutcome>; 4] {
        [
            self.published.as_ref(),
            self.title.as_ref(),
            self.byline.as_ref(),
            self.site_name.as_ref(),
        ]
    }
}

impl Report {
    /// A per-field table: matched / scored and the rate for each field with gold, then the
    /// body figures (word and shingle precision, recall, F1) when the set has body gold.
    pub fn to_table(&self) -> String {
        let mut out = String::new();
        let kind = match self.kind {
            Some(SetKind::Readability) => "readability",
            Some(SetKind::Wcxb) => "wcxb",
            None => "empty",
        };
        let _ = writeln!(
            out,
            "{kind} set: {} pages, {} without an article",
            self.pages, self.errors
        );
        let _ = writeln!(
            out,
            "\n{:<16}{:>8} / {:<7}{:>6}",
            "field", "matched", "scored", "rate"
        );
        for (name, score) in self.fields() {
            if score.scored > 0 {
                let _ = writeln!(
                    out,
                    "{name:<16}{:>8} / {:<7}{:>6.3}",
                    score.matched,
                    score.scored,
                    score.rate()
                );
            }
        }
        if let Some(body) = &self.body {
            let _ = writeln!(
                out,
                "\n{:<24}{:>10}{:>8}{:>8}",
                format!("body ({} pages)", body.pages),
                "precision",
                "recall",
                "F1"
            );
            for (name, prf) in [
                ("word F1 (WCXB)", body.word),
                ("shingle F1 (AEB)", body.shingle),
            ] {
                let _ = writeln!(
                    out,
                    "{name:<24}{:>10.4}{:>8.4}{:>8.4}",
                    prf.precision, prf.recall, prf.f1
                );
            }
        }
        out
    }

    /// What to fix first: the `n` pages with the lowest body word F1, then up to `n`
    /// misses of each field (gold against what was extracted), then extraction errors.
    /// Every line names the page id (the case folder or the WCXB file number).
    pub fn failures(&self, n: usize) -> String {
        let mut out = String::new();
        let mut bodies: Vec<(&CaseResult, &PageBody)> = self
            .cases
            .iter()
            .filter_map(|c| c.body.as_ref().map(|b| (c, b)))
            .collect();
        bodies.sort_by(|a, b| {
            a.1.word
                .f1
                .total_cmp(&b.1.word.f1)
                .then(a.0.id.cmp(&b.0.id))
        });
        if !bodies.is_empty() {
            let _ = writeln!(
                out,
                "lowest body word F1 ({} of {}):",
                n.min(bodies.len()),
                bodies.len()
            );
            for (case, b) in bodies.iter().take(n) {
                let _ = writeln!(
                    out,
                    "  {:<28} F1 {:.3}  P {:.3}  R {:.3}  words {} / gold {}{}",
                    case.id,
                    b.word.f1,
                    b.word.precision,
                    b.word.recall,
                    b.predicted_words,
                    b.gold_words,
                    case.url
                        .as_deref()
                        .map(|u| format!("  {u}"))
                        .unwrap_or_default()
                );
            }
        }
        for (at, name) in ["published day", "title", "byline", "site name"]
            .into_iter()
            .enumerate()
        {
            let misses: Vec<(&CaseResult, &FieldOutcome)> = self
                .cases
                .iter()
                .filter_map(|c| c.outcomes()[at].filter(|o| !o.matched).map(|o| (c, o)))
                .collect();
            if misses.is_empty() {
                continue;
            }
            let _ = writeln!(
                out,
                "{name} misses ({} of {}):",
                n.min(misses.len()),
                misses.len()
            );
            for (case, o) in misses.iter().take(n) {
                let _ = writeln!(
                    out,
                    "  {:<28} gold {:?}  got {}",
                    case.id,
                    o.gold,
                    o.got
                        .as_deref()
                        .map_or("nothing".to_string(), |g| format!("{g:?}"))
                );
            }
        }
        let errors: Vec<&CaseResult> = self.cases.iter().filter(|c| c.error.is_some()).collect();
        if !errors.is_empty() {
            let _ = writeln!(
                out,
                "no article ({} of {}):",
                n.min(errors.len()),
                errors.len()
            );
            for case in errors.iter().take(n) {
                let _ = writeln!(
                    out,
                    "  {:<28} {}",
                    case.id,
                    case.error.as_deref().unwrap_or("")
                );
            }
        }
        out
    }

    fn fields(&self) -> [(&'static str, FieldScore); 4] {
        [
            ("title", self.title),
            ("byline", self.byline),
            ("site name", self.site_name),
            ("published day", self.published_day),
        ]
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::eval::load_set;

    fn fixture(name: &str) -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/eval")
            .join(name)
    }

    #[test]
    fn scores_only_fields_with_gold() {
        let report = evaluate(&load_set(&fixture("readability-mini")).unwrap());
        assert_eq!(report.kind, Some(SetKind::Readability));
        assert_eq!(report.pages, 2);
        assert_eq!(report.title.scored, 1, "the blank title gold is not scored");
        assert_eq!(
            report.byline.scored, 1,
            "the null byline gold is not scored"
        );
        assert_eq!(report.site_name.scored, 1);
        assert_eq!(report.published_day.scored, 1);
        assert_eq!(report.body, None, "Readability pages have no body gold");
        let table = report.to_table();
        assert!(table.contains("published day"), "{table}");
        assert!(!table.contains("body ("), "{table}");
    }

    #[test]
    fn scores_bodies_and_lists_the_worst_pages() {
        let report = evaluate(&load_set(&fixture("wcxb-mini")).unwrap());
        assert_eq!(report.kind, Some(SetKind::Wcxb));
        assert_eq!((report.title.scored, report.byline.scored), (2, 1));
        assert_eq!(report.site_name.scored, 0, "WCXB has no site-name gold");
        assert_eq!(report.published_day.scored, 2);
        let body = report.body.expect("WCXB pages have body gold");
        assert_eq!(body.pages, 2);
        assert!(
            body.word.f1 > 0.5,
            "plain pages should mostly extract: {body:?}"
        );
        let table = report.to_table();
        assert!(
            table.contains("word F1 (WCXB)") && table.contains("shingle F1 (AEB)"),
            "{table}"
        );
        let failures = report.failures(1);
        assert!(
            failures.starts_with("lowest body word F1 (1 of 2):"),
            "{failures}"
        );
        let json = serde_json::to_value(&report).unwrap();
        assert_eq!(
            json["cases"][0]["id"], "0001",
            "the report serialises page by page"
        );
    }

    #[test]
    fn an_unreadable_page_is_a_miss_not_a_crash() {
        let mut cases = load_set(&fixture("wcxb-mini")).unwrap();
        cases.truncate(1);
        cases[0].source = fixture("wcxb-mini/html/missing.html");
        let report = evaluate(&cases);
        assert_eq!(report.errors, 1);
        assert_eq!(
            report.title,
            FieldScore {
                matched: 0,
                scored: 1
            }
        );
        assert_eq!(report.body.unwrap().word.f1, 0.0);
        assert!(report.failures(5).contains("no article (1 of 1):"));
    }

    #[test]
    fn month_only_date_gold_is_not_scored() {
        let mut cases = load_set(&fixture("wcxb-mini")).unwrap();
        cases[0].gold.published = Some("2024-04".into());
        let report = evaluate(&cases);
        assert_eq!(
            report.published_day.scored, 1,
            "a month cannot be matched to a day"
        );
    }
}
