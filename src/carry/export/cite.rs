//! Citations: CSL-JSON (Zotero, Pandoc, Mendeley) and BibTeX, one entry per article:
//! a newspaper article with its outlet, author, URL, publication and access dates.

use serde_json::{Value, json};

use super::date_parts;
use crate::model::Article;

/// A CSL-JSON array of `article-newspaper` items, ids `clipline-<id>`.
pub fn csl_json(articles: &[Article]) -> String {
    let items: Vec<Value> = articles.iter().map(csl_item).collect();
    serde_json::to_string_pretty(&items).unwrap_or_default()
}

fn csl_item(a: &Article) -> Value {
    let s = &a.summary;
    let mut item = json!({
        "id": format!("clipline-{}", s.id),
        "type": "article-newspaper",
        "title": s.title,
        "accessed": {"date-parts": [date_parts(&s.clipped_at)]},
    });
    let obj = item.as_object_mut().expect("an object");
    if let Some(source) = &s.source {
        obj.insert("container-title".into(), json!(source));
    }
    if let Some(byline) = &s.byline {
        obj.insert(
            "author".into(),
            json!(
                authors(byline)
                    .iter()
                    .map(|a| json!({"literal": a}))
                    .collect::<Vec<_>>()
            ),
        );
    }
    if let Some(url) = &s.url {
        obj.insert("URL".into(), json!(url));
    }
    if let Some(parts) = s
        .published_at
        .as_deref()
        .map(date_parts)
        .filter(|p| !p.is_empty())
    {
        obj.insert("issued".into(), json!({"date-parts": [parts]}));
    }
    if let Some(lang) = &a.lang {
        obj.insert("language".into(), json!(lang));
    }
    if let Some(excerpt) = &s.excerpt {
        obj.insert("abstract".into(), json!(excerpt));
    }
    item
}

/// A BibTeX file of `@article` entries, keys `clipline<id>`.
pub fn bibtex(articles: &[Article]) -> String {
    let mut out = String::new();
    for a in articles {
        let s = &a.summary;
        out.push_str(&format!("@article{{clipline{},\n", s.id));
        let mut fields: Vec<(&str, String)> = vec![("title", format!("{{{}}}", tex(&s.title)))];
        if let Some(source) = &s.source {
            fields.push(("journal", tex(source)));
        }
        if let Some(byline) = &s.byline {
            let names: Vec<String> = authors(byline)
                .iter()
                .map(|n| format!("{{{}}}", tex(n)))
                .collect();
            fields.push(("author", names.join(" and ")));
        }
        if let Some(date) = s.published_at.as_deref() {
            let parts = date_parts(date);
            if let Some(y) = parts.first() {
                fields.push(("year", y.to_string()));
            }
            if let Some(m) = parts.get(1) {
                fields.push(("month", m.to_string()));
            }
            if parts.len() == 3 {
                fields.push(("date", date[..10].to_string()));
            }
        }
        if let Some(url) = &s.url {
            fields.push(("url", url_field(url)));
        }
        fields.push((
            "urldate",
            s.clipped_at.get(..10).unwrap_or(&s.clipped_at).to_string(),
        ));
        for (i, (key, value)) in fields.iter().enumerate() {
            let comma = if i + 1 < fields.len() { "," } else { "" };
            out.push_str(&format!("  {key} = {{{value}}}{comma}\n"));
        }
        out.push_str("}\n\n");
    }
    out
}

/// Authors of a byline: "A and B", "A, B and C" -> each name.
fn authors(byline: &str) -> Vec<String> {
    let byline = byline.trim();
    let byline = byline
        .strip_prefix("By ")
        .or_else(|| byline.strip_prefix("by "))
        .unwrap_or(byline);
    byline
        .split(" and ")
        .flat_map(|p| p.split(','))
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Text with BibTeX's special characters escaped.
fn tex(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.split_whitespace().collect::<Vec<_>>().join(" ").chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' | '}' | '&' | '%' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            c => out.push(c),
        }
    }
    out
}

/// A URL inside braces: only braces and backslashes would break the field.
fn url_field(url: &str) -> String {
    url.replace(['{', '}', '\\'], "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bylines_split_into_authors_and_tex_is_escaped() {
        assert_eq!(authors("By Ana Ruiz and Bo Li"), vec!["Ana Ruiz", "Bo Li"]);
        assert_eq!(authors("A, B and C"), vec!["A", "B", "C"]);
        assert_eq!(
            tex("R&D up 50% to $3_bn {x}"),
            "R\\&D up 50\\% to \\$3\\_bn \\{x\\}"
        );
    }
}
