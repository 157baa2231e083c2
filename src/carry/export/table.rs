//! CSV (RFC 4180) of the articles, or of the items of a timeline, for spreadsheets.
//! Each file starts with the UTF-8 byte-order mark, which Excel needs to read it as UTF-8
//! ("Tomás" otherwise shows as "TomÃ¡s"); LibreOffice, pandas and R skip it.

/// The UTF-8 byte-order mark a CSV file starts with.
const BOM: &str = "\u{feff}";

use super::Sources;
use crate::model::{Article, Timeline};

/// One row per article: id, title, source, byline, url, dates, words, tags, note count.
pub fn articles(articles: &[Article]) -> String {
    let mut out = BOM.to_owned();
    out += &row(&[
        "id",
        "title",
        "source",
        "byline",
        "url",
        "published_at",
        "clipped_at",
        "word_count",
        "tags",
        "notes",
        "highlights",
    ]);
    for a in articles {
        let s = &a.summary;
        out.push_str(&row(&[
            &s.id.to_string(),
            &s.title,
            s.source.as_deref().unwrap_or(""),
            s.byline.as_deref().unwrap_or(""),
            a.link().unwrap_or(""),
            s.published_at.as_deref().unwrap_or(""),
            &s.clipped_at,
            &s.word_count.to_string(),
            &s.tags.join("; "),
            &a.notes.len().to_string(),
            &a.highlights.len().to_string(),
        ]));
    }
    out
}

/// One row per timeline item, with its lane and the article it comes from.
pub fn timeline(t: &Timeline, sources: &Sources) -> String {
    let mut out = BOM.to_owned();
    out += &row(&[
        "lane",
        "date",
        "precision",
        "tense",
        "kind",
        "text",
        "article_id",
        "article_title",
        "source",
        "url",
        "amount",
        "amount_max",
        "currency",
        "unit",
    ]);
    for lane in &t.lanes {
        for item in &lane.items {
            let article = sources.get(&item.article_id);
            let amount = item.amount.as_ref();
            out.push_str(&row(&[
                &lane.label,
                &item.date,
                &enum_name(&item.precision),
                &enum_name(&item.tense),
                &enum_name(&item.kind),
                &item.text,
                &item.article_id.to_string(),
                article.map(|a| a.title.as_str()).unwrap_or(""),
                item.source.as_deref().unwrap_or(""),
                article.and_then(|a| a.url.as_deref()).unwrap_or(""),
                &amount.map(|a| a.value.to_string()).unwrap_or_default(),
                &amount
                    .and_then(|a| a.value_max)
                    .map(|v| v.to_string())
                    .unwrap_or_default(),
                amount.and_then(|a| a.currency.as_deref()).unwrap_or(""),
                amount.and_then(|a| a.unit.as_deref()).unwrap_or(""),
            ]));
        }
    }
    out
}

/// The serde name of a unit enum variant (`dated_claim`).
pub fn enum_name<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// One CSV record ending in CRLF; fields with commas, quotes or line breaks are quoted.
/// A field a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab
/// or a carriage return, and is not a number) gets a leading `'`, as OWASP advises for
/// CSV injection: titles and bylines come from pages anyone can write.
fn row(fields: &[&str]) -> String {
    let mut out = fields
        .iter()
        .map(|f| {
            let inert;
            let f = if f.starts_with(['=', '+', '-', '@', '\t', '\r']) && f.parse::<f64>().is_err()
            {
                inert = format!("'{f}");
                inert.as_str()
            } else {
                f
            };
            if f.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", f.replace('"', "\"\""))
            } else {
                (*f).to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(",");
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_that_need_quotes_get_them() {
        assert_eq!(
            row(&["a", "b,c", "say \"hi\"", "x\ny"]),
            "a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\"\r\n"
        );
    }

    #[test]
    fn formulas_from_clipped_pages_are_made_inert_and_numbers_are_not() {
        assert_eq!(
            row(&[
                "=HYPERLINK(\"http://x\",\"y\")",
                "@SUM(1+1)",
                "+cmd|calc",
                "-2.5",
                "a=b"
            ]),
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'@SUM(1+1),'+cmd|calc,-2.5,a=b\r\n"
        );
    }
}
