//! Timeline evaluation on a Wikinews-style set (`timeline-dev`): clip every page into a
//! temporary notebook, ask `timeline --entity` for each gold target, and score the items
//! as the corpus README defines it — an item counts when it matches a gold row by
//! (article, sentence) and its date agrees with the gold date at the gold's precision.

use std::collections::HashMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::EvalError;
use crate::model::{EventKind, TimelineItem};
use crate::notebook::{InputKind, Notebook, TimelineAsk};

#[derive(Debug, Deserialize)]
struct Doc {
    url: String,
    /// The body's sentences, in order (gold rows point at them by index).
    sentences: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
struct GoldRow {
    date: String,
    doc: String,
    sentence: usize,
}

/// Precision, recall and F1 of one target (or of all, summed).
#[derive(Debug, Clone, Default, Serialize)]
pub struct TimelineScore {
    pub target: String,
    pub items: usize,
    pub gold: usize,
    pub matched: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl TimelineScore {
    fn finish(mut self) -> Self {
        self.precision = ratio(self.matched, self.items);
        self.recall = ratio(self.matched, self.gold);
        self.f1 = if self.precision + self.recall > 0.0 {
            2.0 * self.precision * self.recall / (self.precision + self.recall)
        } else {
            0.0
        };
        self
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// The scores per target and overall, for every item the timeline returns and for dated
/// claims only.
#[derive(Debug, Clone, Serialize)]
pub struct TimelineReport {
    pub all_items: Vec<TimelineScore>,
    pub claims_only: Vec<TimelineScore>,
}

impl TimelineReport {
    /// A readable table: one row per target, then the totals.
    pub fn to_table(&self) -> String {
        let mut out = String::new();
        for (title, rows) in [
            ("every item (timeline --entity)", &self.all_items),
            ("dated claims only", &self.claims_only),
        ] {
            out.push_str(&format!(
                "\n{title}\n{:<22} {:>6} {:>5} {:>7} {:>9} {:>7} {:>6}\n",
                "target", "items", "gold", "matched", "precision", "recall", "F1"
            ));
            for r in rows {
                out.push_str(&format!(
                    "{:<22} {:>6} {:>5} {:>7} {:>9.3} {:>7.3} {:>6.3}\n",
                    r.target, r.items, r.gold, r.matched, r.precision, r.recall, r.f1
                ));
            }
        }
        out
    }
}

/// Run the evaluation on the set in `dir` (`docs.json`, `gold.json`, `pages/*.html`).
pub async fn evaluate_timeline(dir: &Path) -> Result<TimelineReport, EvalError> {
    let read = |name: &str| {
        let path = dir.join(name);
        std::fs::read_to_string(&path).map_err(|cause| EvalError::Io { path, cause })
    };
    let bad = |name: &str, e: &dyn std::fmt::Display| EvalError::BadGold {
        path: dir.join(name),
        why: e.to_string(),
    };
    let docs: HashMap<String, Doc> =
        serde_json::from_str(&read("docs.json")?).map_err(|e| bad("docs.json", &e))?;
    let gold: HashMap<String, Vec<GoldRow>> =
        serde_json::from_str(&read("gold.json")?).map_err(|e| bad("gold.json", &e))?;
    let sentences: HashMap<String, Vec<String>> = docs
        .iter()
        .map(|(id, d)| (id.clone(), d.sentences.clone()))
        .collect();

    let work = tempfile_dir()?;
    let nb = Notebook::open(&work.join("eval.db"))
        .await
        .map_err(|e| bad("notebook", &e))?;
    let mut article_doc: HashMap<i64, String> = HashMap::new();
    let mut ids: Vec<&String> = docs.keys().collect();
    ids.sort();
    for id in ids {
        let path = dir.join("pages").join(format!("{id}.html"));
        let bytes = std::fs::read(&path).map_err(|cause| EvalError::Io {
            path: path.clone(),
            cause,
        })?;
        let outcome = nb
            .clip_bytes(&bytes, InputKind::Html, Some(&docs[id].url), &[], None)
            .await
            .map_err(|e| bad(&format!("pages/{id}.html"), &e))?;
        for a in outcome.articles {
            article_doc.insert(a.id, id.clone());
        }
    }

    let mut targets: Vec<&String> = gold.keys().collect();
    targets.sort();
    let mut all_items = Vec::new();
    let mut claims_only = Vec::new();
    for target in targets {
        let ask = TimelineAsk {
            entities: vec![target.clone()],
            ..Default::default()
        };
        let items: Vec<TimelineItem> = match nb.timeline(&ask).await {
            Ok(t) => t.lanes.into_iter().flat_map(|l| l.items).collect(),
            Err(_) => Vec::new(), // the notebook never heard of it: no items
        };
        let claims: Vec<TimelineItem> = items
            .iter()
            .filter(|i| i.kind == EventKind::DatedClaim)
            .cloned()
            .collect();
        all_items.push(score(
            target,
            &items,
            &gold[target],
            &article_doc,
            &sentences,
        ));
        claims_only.push(score(
            target,
            &claims,
            &gold[target],
            &article_doc,
            &sentences,
        ));
    }
    nb.close().await;
    let _ = std::fs::remove_dir_all(&work);
    Ok(TimelineReport {
        all_items: with_total(all_items),
        claims_only: with_total(claims_only),
    })
}

fn with_total(mut rows: Vec<TimelineScore>) -> Vec<TimelineScore> {
    let mut total = TimelineScore {
        target: "ALL".into(),
        ..Default::default()
    };
    for r in &rows {
        total.items += r.items;
        total.gold += r.gold;
        total.matched += r.matched;
    }
    rows.push(total.finish());
    rows
}

fn score(
    target: &str,
    items: &[TimelineItem],
    gold: &[GoldRow],
    article_doc: &HashMap<i64, String>,
    sentences: &HashMap<String, Vec<String>>,
) -> TimelineScore {
    let mut used = vec![false; gold.len()];
    let mut matched = 0;
    for item in items {
        let Some(doc) = article_doc.get(&item.article_id) else {
            continue;
        };
        let Some(index) = sentences
            .get(doc)
            .and_then(|s| sentence_index(s, &item.text))
        else {
            continue;
        };
        let hit = gold.iter().enumerate().position(|(i, g)| {
            !used[i] && g.doc == *doc && g.sentence == index && agrees(&item.date, &g.date)
        });
        if let Some(i) = hit {
            used[i] = true;
            matched += 1;
        }
    }
    TimelineScore {
        target: target.to_string(),
        items: items.len(),
        gold: gold.len(),
        matched,
        ..Default::default()
    }
    .finish()
}

/// Whether an item's date (`YYYY-MM-DD`) agrees with a gold date at the gold's precision:
/// the gold may be partial (`2006`, `2006-01`) or have unknown parts (`2007-09-XX` is a
/// month, `2010-XX-XX` a year); a gold date with no known year (`XXX-XX-XX`) agrees with
/// nothing.
fn agrees(date: &str, gold: &str) -> bool {
    let known: Vec<&str> = gold
        .split('-')
        .take_while(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_digit()))
        .collect();
    !known.is_empty() && date.starts_with(&known.join("-"))
}

/// The index of the gold sentence an item's text is (compared on words only, since the
/// gold text is tokenised: "Apple 's" for "Apple's").
fn sentence_index(sentences: &[String], text: &str) -> Option<usize> {
    let words = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let needle = words(text);
    if needle.is_empty() {
        return None;
    }
    sentences.iter().position(|s| {
        let w = words(s);
        w == needle || (w.len() > 20 && (w.contains(&needle) || needle.contains(&w)))
    })
}

fn tempfile_dir() -> Result<std::path::PathBuf, EvalError> {
    let dir = std::env::temp_dir().join(format!("clipline-eval-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|cause| EvalError::Io {
        path: dir.clone(),
        cause,
    })?;
    Ok(dir)
}

#[cfg(test)]
mod tests {
    use super::agrees;

    #[test]
    fn gold_dates_agree_at_their_own_precision() {
        assert!(agrees("2006-03-28", "2006-03-28"));
        assert!(!agrees("2006-03-27", "2006-03-28"));
        assert!(agrees("2006-01-01", "2006"));
        assert!(agrees("2007-09-05", "2007-09-XX"));
        assert!(!agrees("2007-10-05", "2007-09-XX"));
        assert!(agrees("2010-06-07", "2010-XX-XX"));
        assert!(
            !agrees("2010-06-07", "XXX-XX-XX"),
            "an unknown date agrees with nothing"
        );
        assert!(!agrees("2010-06-07", ""));
    }
}
