//! Loading a development set from disk: the layout tells which kind it is.
//!
//! - Mozilla Readability tests: `<case>/source.html` + `<case>/expected-metadata.json`
//!   (title, byline, siteName, publishedTime). No URL is known for these pages.
//! - WCXB: `html/NNNN.html.gz` (or `.html`) + `ground-truth/NNNN.json`, whose
//!   `ground_truth` holds title, author, publish_date and main_content (as a JSON object,
//!   or as a string holding a Python dict), and whose top-level `url` is the page's URL.
//!
//! Loading reads only the gold; a page's HTML is read when it is scored or timed, so a
//! set of a few hundred pages costs a few megabytes, not the size of its HTML.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::Value;

use super::EvalError;
use super::pyrepr::parse_python_literal;

/// Which benchmark a set comes from; decides which fields have gold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SetKind {
    /// Mozilla Readability's test pages: metadata gold only.
    Readability,
    /// WCXB pages: metadata and main-content gold.
    Wcxb,
}

/// The expected answers for one page. `None` means "no gold, not scored": null, absent
/// and blank values all become `None`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Gold {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub site_name: Option<String>,
    /// As the gold writes it: a date, a timestamp, or (rarely) only a month.
    pub published: Option<String>,
    /// Main-content text (WCXB only).
    pub body: Option<String>,
}

/// One page of a set: where its HTML is, its URL when known, and its gold.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Case {
    /// The case folder name (Readability) or the file number (WCXB), e.g. `0042`.
    pub id: String,
    pub kind: SetKind,
    /// `source.html`, or the `.html.gz` file, as found on disk.
    pub source: PathBuf,
    pub url: Option<String>,
    pub gold: Gold,
}

impl Case {
    /// The page's raw bytes, gunzipped when the file ends in `.gz`. Errs when the file
    /// cannot be read or is not valid gzip.
    pub fn read_bytes(&self) -> Result<Vec<u8>, EvalError> {
        let raw = fs::read(&self.source).map_err(|e| EvalError::io(&self.source, e))?;
        if self.source.extension().is_some_and(|e| e == "gz") {
            let mut out = Vec::with_capacity(raw.len() * 6);
            flate2::read::GzDecoder::new(raw.as_slice())
                .read_to_end(&mut out)
                .map_err(|e| EvalError::io(&self.source, e))?;
            Ok(out)
        } else {
            Ok(raw)
        }
    }
}

/// Load every case of the set in `dir`, sorted by id. The kind comes from the layout: an
/// `html/` + `ground-truth/` pair is WCXB, sub-folders holding `source.html` are
/// Readability. Errs when the layout is neither, when a gold file is missing or is not
/// JSON of the documented shape, or when a WCXB page has no HTML file.
pub fn load_set(dir: &Path) -> Result<Vec<Case>, EvalError> {
    if dir.join("ground-truth").is_dir() && dir.join("html").is_dir() {
        load_wcxb(dir)
    } else {
        let cases = load_readability(dir)?;
        if cases.is_empty() {
            return Err(EvalError::UnknownLayout(dir.to_path_buf()));
        }
        Ok(cases)
    }
}

fn load_readability(dir: &Path) -> Result<Vec<Case>, EvalError> {
    let mut cases = Vec::new();
    for folder in sorted_entries(dir)? {
        let source = folder.join("source.html");
        if !source.is_file() {
            continue; // LICENSE.md, NOTICE, stray folders
        }
        let meta_path = folder.join("expected-metadata.json");
        let meta = read_json(&meta_path)?;
        cases.push(Case {
            id: file_name(&folder),
            kind: SetKind::Readability,
            source,
            url: None,
            gold: Gold {
                title: text_field(&meta, "title"),
                byline: text_field(&meta, "byline"),
                site_name: text_field(&meta, "siteName"),
                published: text_field(&meta, "publishedTime"),
                body: None,
            },
        });
    }
    Ok(cases)
}

fn load_wcxb(dir: &Path) -> Result<Vec<Case>, EvalError> {
    let mut cases = Vec::new();
    for gold_path in sorted_entries(&dir.join("ground-truth"))? {
        let Some(id) = file_name(&gold_path)
            .strip_suffix(".json")
            .map(str::to_string)
        else {
            continue;
        };
        let doc = read_json(&gold_path)?;
        let truth = match doc.get("ground_truth") {
            Some(Value::Object(_)) => doc["ground_truth"].clone(),
            Some(Value::String(repr)) => {
                parse_python_literal(repr).map_err(|why| EvalError::BadGold {
                    path: gold_path.clone(),
                    why: format!("its ground_truth string is not a Python dict ({why})"),
                })?
            }
            _ => {
                return Err(EvalError::BadGold {
                    path: gold_path,
                    why: "it has no ground_truth object".into(),
                });
            }
        };
        let html = dir.join("html");
        let source = [format!("{id}.html.gz"), format!("{id}.html")]
            .into_iter()
            .map(|name| html.join(name))
            .find(|p| p.is_file())
            .ok_or_else(|| EvalError::BadGold {
                path: gold_path.clone(),
                why: format!("html/{id}.html.gz is missing"),
            })?;
        cases.push(Case {
            id,
            kind: SetKind::Wcxb,
            source,
            url: text_field(&doc, "url"),
            gold: Gold {
                title: text_field(&truth, "title"),
                byline: text_field(&truth, "author"),
                site_name: text_field(&truth, "site_name"),
                published: text_field(&truth, "publish_date"),
                body: text_field(&truth, "main_content"),
            },
        });
    }
    Ok(cases)
}

/// A string field, `None` when absent, null, not a string, or blank.
fn text_field(obj: &Value, key: &str) -> Option<String> {
    obj.get(key)
        .and_then(Value::as_str)
        .filter(|s| !s.trim().is_empty())
        .map(str::to_string)
}

fn read_json(path: &Path) -> Result<Value, EvalError> {
    let text = fs::read_to_string(path).map_err(|e| EvalError::io(path, e))?;
    serde_json::from_str(&text).map_err(|e| EvalError::BadGold {
        path: path.to_path_buf(),
        why: format!("it is not valid JSON ({e})"),
    })
}

fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>, EvalError> {
    let mut paths = fs::read_dir(dir)
        .map_err(|e| EvalError::io(dir, e))?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| EvalError::io(dir, e))?;
    paths.sort();
    Ok(paths)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/eval")
            .join(name)
    }

    #[test]
    fn loads_a_readability_set_and_skips_non_case_entries() {
        let cases = load_set(&fixture("readability-mini")).unwrap();
        let ids: Vec<_> = cases.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(
            ids,
            ["harbour-ferry", "village-fete"],
            "NOTICE is not a case"
        );
        let ferry = &cases[0];
        assert_eq!(ferry.kind, SetKind::Readability);
        assert_eq!(ferry.url, None, "Readability cases carry no URL");
        assert_eq!(
            ferry.gold,
            Gold {
                title: Some("Night ferry returns to the harbour".into()),
                byline: Some("Ines Marlowe".into()),
                site_name: Some("The Quayside Courier".into()),
                published: Some("2023-05-02T06:30:00+01:00".into()),
                body: None,
            }
        );
        let fete = &cases[1];
        assert_eq!(fete.gold.byline, None, "null gold is not scored");
        assert_eq!(fete.gold.title, None, "blank gold is not scored");
        assert!(
            String::from_utf8(fete.read_bytes().unwrap())
                .unwrap()
                .contains("<html")
        );
    }

    #[test]
    fn loads_a_wcxb_set_with_object_and_python_repr_gold() {
        let cases = load_set(&fixture("wcxb-mini")).unwrap();
        let ids: Vec<_> = cases.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["0001", "0002"]);
        let first = &cases[0];
        assert_eq!(first.kind, SetKind::Wcxb);
        assert_eq!(
            first.url.as_deref(),
            Some("https://allotment.example/news/2024/04/rain")
        );
        assert_eq!(first.gold.byline.as_deref(), Some("Tomas Brennick"));
        assert_eq!(first.gold.published.as_deref(), Some("2024-04-09"));
        assert!(
            first
                .gold
                .body
                .as_deref()
                .unwrap()
                .starts_with("April rain")
        );
        let html = String::from_utf8(first.read_bytes().unwrap()).unwrap();
        assert!(html.contains("Allotment"), "the .gz page is gunzipped");

        let second = &cases[1];
        assert_eq!(second.url, None, "a file without a top-level url has none");
        assert_eq!(
            second.gold.title.as_deref(),
            Some("Library opens on Sundays"),
            "a ground_truth string holding a Python dict is read like an object"
        );
        assert_eq!(second.gold.byline, None, "None in the repr is no gold");
        assert!(
            second
                .gold
                .body
                .as_deref()
                .unwrap()
                .contains("Sunday's\nhours")
        );
    }

    #[test]
    fn an_unknown_layout_is_an_error() {
        let err = load_set(&fixture("wcxb-mini/html")).unwrap_err();
        assert!(matches!(err, EvalError::UnknownLayout(_)), "{err:?}");
        assert!(err.to_string().contains("wcxb-mini/html"), "{err}");
    }
}
