//! A single self-contained HTML report of a timeline with its sources: no script, no
//! outside request (a strict CSP meta forbids both), every text escaped, links only to
//! http(s) addresses. It opens in any browser and can be mailed as one file.

use super::table::enum_name;
use super::{Sources, escape_html, safe_href};
use crate::model::{Precision, Timeline};

const STYLE: &str = "body{font:16px/1.5 Georgia,serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#222}\
h1{font-size:1.6rem}h2{font-size:1.2rem;border-bottom:1px solid #ccc;margin-top:2rem}\
ol.items{list-style:none;padding:0}ol.items li{margin:.6rem 0;padding-left:.8rem;border-left:3px solid #3b6ea5}\
.date{font:600 .85rem system-ui,sans-serif;color:#555}.expected{color:#8a5a00}\
.src{font-size:.85rem;color:#555}ol.sources li{margin:.3rem 0}";

/// The report for `t`, titled `title`.
pub fn render(t: &Timeline, sources: &Sources, title: &str) -> String {
    let mut cited: Vec<i64> = Vec::new();
    let mut body = String::new();
    for lane in &t.lanes {
        body.push_str(&format!(
            "<h2>{}</h2>\n<ol class=\"items\">\n",
            escape_html(&lane.label)
        ));
        for item in &lane.items {
            if !cited.contains(&item.article_id) {
                cited.push(item.article_id);
            }
            let n = cited
                .iter()
                .position(|&id| id == item.article_id)
                .unwrap_or(0)
                + 1;
            let tense = enum_name(&item.tense);
            body.push_str(&format!(
                "<li class=\"{tense}\"><span class=\"date\">{}</span> {}{} <a class=\"src\" href=\"#s{n}\">[{n}]</a></li>\n",
                escape_html(&shown_date(&item.date, item.precision)),
                if tense == "expected" { "(expected) " } else { "" },
                escape_html(&item.text),
            ));
        }
        body.push_str("</ol>\n");
    }
    if t.undated > 0 {
        body.push_str(&format!(
            "<p class=\"src\">{}</p>\n",
            if t.undated == 1 {
                "1 matching article had no date.".to_string()
            } else {
                format!("{} matching articles had no date.", t.undated)
            }
        ));
    }
    body.push_str("<h2>Sources</h2>\n<ol class=\"sources\">\n");
    for (i, id) in cited.iter().enumerate() {
        let Some(a) = sources.get(id) else { continue };
        let title = match safe_href(a.url.as_deref()) {
            Some(url) => format!(
                "<a href=\"{}\">{}</a>",
                escape_html(url),
                escape_html(&a.title)
            ),
            None => escape_html(&a.title),
        };
        let meta = [
            a.source.as_deref(),
            a.byline.as_deref(),
            a.published_at.as_deref().and_then(|d| d.get(..10)),
        ]
        .into_iter()
        .flatten()
        .map(escape_html)
        .collect::<Vec<_>>()
        .join(" · ");
        body.push_str(&format!(
            "<li id=\"s{}\">{title} <span class=\"src\">{meta}</span></li>\n",
            i + 1
        ));
    }
    body.push_str("</ol>\n");
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{t}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{t}</h1>\n\
         <p class=\"src\">A timeline exported from Clipline.</p>\n{body}</body>\n</html>\n",
        t = escape_html(title),
    )
}

/// "14 Jul 2025", "Jul 2025", "Q3 2025", "2025".
fn shown_date(date: &str, precision: Precision) -> String {
    let Ok(d) = chrono::NaiveDate::parse_from_str(date.get(..10).unwrap_or(date), "%Y-%m-%d")
    else {
        return date.to_string();
    };
    match precision {
        Precision::Day => d.format("%-d %b %Y").to_string(),
        Precision::Month => d.format("%b %Y").to_string(),
        Precision::Quarter => format!(
            "Q{} {}",
            chrono::Datelike::month(&d).div_ceil(3),
            d.format("%Y")
        ),
        Precision::Year => d.format("%Y").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_show_their_precision() {
        assert_eq!(shown_date("2025-07-14", Precision::Day), "14 Jul 2025");
        assert_eq!(shown_date("2025-07-01", Precision::Quarter), "Q3 2025");
        assert_eq!(shown_date("2025-01-01", Precision::Year), "2025");
    }
}
