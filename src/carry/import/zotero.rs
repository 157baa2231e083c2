//! Zotero items exported as CSL-JSON (File > Export Library > CSL JSON): web pages,
//! newspaper, magazine and blog articles with a URL become URLs to fetch; books, papers
//! and items without a URL are skipped, each with the reason.

use serde_json::Value;

use super::{ImportError, Item, Parsed, Skipped, split_tags, web_url};

const WEB_TYPES: &[&str] = &[
    "webpage",
    "article-newspaper",
    "article-magazine",
    "post-weblog",
    "post",
    "article",
];

/// Parse a CSL-JSON array.
pub fn parse(bytes: &[u8]) -> Result<Parsed, ImportError> {
    let items: Vec<Value> = serde_json::from_slice(bytes).map_err(|e| ImportError::Format {
        tool: "CSL-JSON",
        reason: format!("it is not a JSON array of items ({e})"),
    })?;
    let mut out = Parsed::default();
    for (i, it) in items.iter().enumerate() {
        let text = |k: &str| {
            it.get(k)
                .and_then(Value::as_str)
                .map(str::trim)
                .filter(|s| !s.is_empty())
        };
        let title = text("title").map(str::to_owned);
        let label = title.clone().unwrap_or_else(|| format!("item {}", i + 1));
        let kind = text("type").unwrap_or("");
        if !WEB_TYPES.contains(&kind) {
            out.skipped.push(Skipped {
                item: label,
                reason: format!(
                    "a {} item, not a web page or a news article",
                    if kind.is_empty() { "typeless" } else { kind }
                ),
            });
            continue;
        }
        let url = match text("URL").map(web_url) {
            Some(Ok(url)) => url,
            Some(Err(reason)) => {
                out.skipped.push(Skipped {
                    item: label,
                    reason,
                });
                continue;
            }
            None => {
                out.skipped.push(Skipped {
                    item: label,
                    reason: "it has no URL to fetch".into(),
                });
                continue;
            }
        };
        out.items.push(Item {
            url: Some(url),
            title,
            tags: text("keyword")
                .map(|k| split_tags(k, ','))
                .unwrap_or_default(),
            saved_at: accessed(it),
            notes: text("note")
                .map(|n| vec![n.to_string()])
                .unwrap_or_default(),
            ..Item::default()
        });
    }
    Ok(out)
}

/// The `accessed` date as midnight UTC, when it is a full day.
fn accessed(it: &Value) -> Option<String> {
    let parts = it.pointer("/accessed/date-parts/0")?.as_array()?;
    let n = |i: usize| {
        parts
            .get(i)
            .and_then(|v| v.as_i64().or_else(|| v.as_str()?.parse().ok()))
    };
    let date = chrono::NaiveDate::from_ymd_opt(n(0)? as i32, n(1)? as u32, n(2)? as u32)?;
    Some(format!("{date}T00:00:00Z"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_items_with_urls_are_taken() {
        let json = r#"[
          {"id":"a","type":"article-newspaper","title":"Meta capex","container-title":"Ledger","URL":"https://news.example/m","accessed":{"date-parts":[["2025","1","2"]]},"keyword":"ai, meta"},
          {"id":"b","type":"book","title":"A book"},
          {"id":"c","type":"webpage","title":"No link"}]"#;
        let parsed = parse(json.as_bytes()).unwrap();
        assert_eq!(parsed.items.len(), 1);
        assert_eq!(
            parsed.items[0].saved_at.as_deref(),
            Some("2025-01-02T00:00:00Z")
        );
        assert_eq!(parsed.items[0].tags, vec!["ai", "meta"]);
        assert_eq!(parsed.skipped.len(), 2);
        assert!(parsed.skipped[0].reason.contains("book"));
    }
}
