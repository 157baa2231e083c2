//! Development check on `timeline-dev` (Wikinews articles about Apple, SemEval-2015 Task 4
//! trial data): for every gold (doc, sentence, date) row, is the gold date among the
//! expressions found in the sentence, at the gold's precision? Many gold dates are only the
//! publication date (the sentence names no time), so the raw recall has a low ceiling; the
//! test also prints the recall when the publication date stands in for sentences with none.
//!
//! The corpus lives outside the project: `$CLIPLINE_CORPUS` (the corpus folder or its
//! `timeline-dev`), else `../shared/corpus/timeline-dev` beside the crate. Absent, the test
//! prints "DID NOT RUN: corpus not found" and passes.

use std::collections::HashMap;
use std::path::PathBuf;

use chrono::{Datelike, NaiveDate};
use serde::Deserialize;

use super::{Precision, find_time_exprs};

#[derive(Deserialize)]
struct Doc {
    published: String,
    sentences: Vec<String>,
}

#[derive(Deserialize)]
struct Row {
    date: String,
    doc: String,
    sentence: usize,
}

fn corpus_dir() -> Option<PathBuf> {
    let mut tries = Vec::new();
    if let Ok(dir) = std::env::var("CLIPLINE_CORPUS") {
        tries.push(PathBuf::from(&dir));
        tries.push(PathBuf::from(dir).join("timeline-dev"));
    }
    tries.push(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/timeline-dev"));
    tries
        .into_iter()
        .find(|d| d.join("docs.json").is_file() && d.join("gold.json").is_file())
}

/// A gold date ("2006", "2006-03", "2008-03-XX", "2006-03-28") as its first day and precision.
fn gold_date(text: &str) -> Option<(NaiveDate, Precision)> {
    let parts: Vec<Option<u32>> = text.split('-').map(|p| p.parse().ok()).collect();
    match parts.as_slice() {
        [Some(y), Some(m), Some(d)] => {
            Some((NaiveDate::from_ymd_opt(*y as i32, *m, *d)?, Precision::Day))
        }
        [Some(y), Some(m), ..] => {
            Some((NaiveDate::from_ymd_opt(*y as i32, *m, 1)?, Precision::Month))
        }
        [Some(y), ..] => Some((NaiveDate::from_ymd_opt(*y as i32, 1, 1)?, Precision::Year)),
        _ => None,
    }
}

fn agrees(found: NaiveDate, gold: NaiveDate, precision: Precision) -> bool {
    match precision {
        Precision::Day => found == gold,
        Precision::Month => (found.year(), found.month()) == (gold.year(), gold.month()),
        Precision::Quarter | Precision::Year => found.year() == gold.year(),
    }
}

#[test]
fn gold_dates_are_found_in_timeline_dev() {
    let Some(dir) = corpus_dir() else {
        println!("DID NOT RUN: corpus not found");
        return;
    };
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).expect("readable corpus file");
    let docs: HashMap<String, Doc> =
        serde_json::from_str(&read("docs.json")).expect("docs.json parses");
    let gold: HashMap<String, Vec<Row>> =
        serde_json::from_str(&read("gold.json")).expect("gold.json parses");
    let (mut rows, mut found, mut with_fallback, mut dated_sentences) = (0, 0, 0, 0);
    for row in gold.values().flatten() {
        let Some((date, precision)) = gold_date(&row.date) else {
            continue;
        };
        let doc = &docs[&row.doc];
        let anchor = NaiveDate::parse_from_str(&doc.published, "%Y-%m-%d").expect("doc date");
        let sentence = &doc.sentences[row.sentence];
        let exprs = find_time_exprs(sentence, anchor);
        let hit = exprs.iter().any(|e| agrees(e.date_start, date, precision));
        if !hit {
            let got: Vec<String> = exprs
                .iter()
                .map(|e| format!("{} -> {}", e.text, e.date_start))
                .collect();
            println!(
                "miss: gold {} anchor {anchor}: {got:?} in {sentence:?}",
                row.date
            );
        }
        rows += 1;
        found += usize::from(hit);
        dated_sentences += usize::from(!exprs.is_empty());
        with_fallback += usize::from(hit || (exprs.is_empty() && agrees(anchor, date, precision)));
    }
    let pct = |n: usize| 100.0 * n as f64 / rows.max(1) as f64;
    println!(
        "timeline-dev: {rows} gold rows; gold date among found expressions: {found} ({:.1}%); \
         rows whose sentence has an expression: {dated_sentences}, of which the gold date is \
         among them in {found}; with the publication date as fallback: {with_fallback} ({:.1}%)",
        pct(found),
        pct(with_fallback)
    );
    assert!(
        rows > 100,
        "the corpus holds 122 gold rows, most of them dated"
    );
    // Measured 24.8% and 62.8%: most gold dates come from context the sentence does not name.
    assert!(
        pct(found) >= 22.0,
        "recall of gold dates fell below the floor: {:.1}%",
        pct(found)
    );
    assert!(
        pct(with_fallback) >= 58.0,
        "with fallback fell below the floor: {:.1}%",
        pct(with_fallback)
    );
}
