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
                    .into_iter()
                    .map(|a| match a {
                        Name::Person { family, given } => json!({"family": family, "given": given}),
                        Name::Literal(name) => json!({"literal": name}),
                    })
                    .collect::<Vec<_>>()
            ),
        );
    }
    if let Some(url) = a.link() {
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
            // "Family, Given" is read by every BibTeX style without guessing; a literal
            // name is braced so that it is never split.
            let names: Vec<String> = authors(byline)
                .into_iter()
                .map(|n| match n {
                    Name::Person { family, given } => format!("{}, {}", tex(&family), tex(&given)),
                    Name::Literal(name) => format!("{{{}}}", tex(&name)),
                })
                .collect();
            fields.push(("author", names.join(" and ")));
        }
        if let Some(date) = s.published_at.as_deref() {
            let parts = date_parts(date);
            if let Some(y) = parts.first() {
                fields.push(("year", y.to_string()));
            }
            // BibTeX's own month macros (left unbraced when written), which every style
            // prints as the style wants ("March", "Mar."); a number prints as it is.
            if let Some(month) = parts
                .get(1)
                .and_then(|m| MONTHS.get(usize::try_from(*m).ok()?.checked_sub(1)?))
            {
                fields.push(("month", (*month).to_string()));
            }
            if parts.len() == 3 {
                // (`get`: a date loaded from someone's export file may be any text.)
                fields.push(("date", date.get(..10).unwrap_or(date).to_string()));
            }
        }
        if let Some(url) = a.link() {
            fields.push(("url", url_field(url)));
        }
        fields.push((
            "urldate",
            s.clipped_at.get(..10).unwrap_or(&s.clipped_at).to_string(),
        ));
        for (i, (key, value)) in fields.iter().enumerate() {
            let comma = if i + 1 < fields.len() { "," } else { "" };
            let value = if *key == "month" {
                value.clone() // a macro name
            } else {
                format!("{{{value}}}")
            };
            out.push_str(&format!("  {key} = {value}{comma}\n"));
        }
        out.push_str("}\n\n");
    }
    out
}

/// One author of a byline, as citation formats want it: a person's family and given
/// names, or a name to print as it is (an outlet, a desk, a single name).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Name {
    Person { family: String, given: String },
    Literal(String),
}

/// Authors of a byline: "A and B", "A, B and C", "A & B; C" -> each name; "O'Brien, Pat"
/// (one word, a comma, one or two words) is one person written family name first, and
/// "Martin King, Jr." keeps its suffix. Written by hand: citation crates parse BibTeX's
/// own name lists, not a newspaper's byline.
fn authors(byline: &str) -> Vec<Name> {
    let byline = byline.trim();
    let byline = byline
        .strip_prefix("By ")
        .or_else(|| byline.strip_prefix("by "))
        .unwrap_or(byline);
    let words = |s: &str| s.split_whitespace().count();
    let mut out = Vec::new();
    for chunk in byline.split(" and ").flat_map(|c| c.split([';', '&'])) {
        let parts: Vec<&str> = chunk
            .split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        match parts.as_slice() {
            [family, given]
                if words(family) == 1 && (1..=2).contains(&words(given)) && !is_suffix(given) =>
            {
                out.push(Name::Person {
                    family: (*family).to_string(),
                    given: (*given).to_string(),
                });
            }
            [name, suffix] if is_suffix(suffix) => {
                out.push(Name::Literal(format!("{name}, {suffix}")))
            }
            _ => out.extend(parts.iter().map(|p| person(p))),
        }
    }
    out
}

fn is_suffix(s: &str) -> bool {
    matches!(s.trim_end_matches('.'), "Jr" | "Sr" | "II" | "III" | "IV")
}

/// "Ana María de la Cruz" -> family "de la Cruz", given "Ana María"; one word is literal.
fn person(name: &str) -> Name {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() < 2 {
        return Name::Literal(name.to_string());
    }
    // The family name starts at the first lower-case particle after the given name, else
    // it is the last word.
    let from = (1..words.len())
        .find(|&i| words[i].chars().next().is_some_and(char::is_lowercase) && i + 1 < words.len())
        .unwrap_or(words.len() - 1);
    Name::Person {
        family: words[from..].join(" "),
        given: words[..from].join(" "),
    }
}

/// BibTeX's month macros.
const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Text with BibTeX's special characters escaped. Braces become commands: BibTeX counts
/// `\{` as a brace too, so one unmatched brace in a title would swallow the next fields.
fn tex(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.split_whitespace().collect::<Vec<_>>().join(" ").chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' => out.push_str("\\textbraceleft{}"),
            '}' => out.push_str("\\textbraceright{}"),
            '&' | '%' | '$' | '#' | '_' => {
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

/// A URL inside braces: braces and backslashes would break the field, so they are
/// percent-encoded (the same address).
fn url_field(url: &str) -> String {
    url.replace('{', "%7B")
        .replace('}', "%7D")
        .replace('\\', "%5C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bylines_split_into_authors_and_tex_is_escaped() {
        let p = |family: &str, given: &str| Name::Person {
            family: family.into(),
            given: given.into(),
        };
        let lit = |name: &str| Name::Literal(name.into());
        assert_eq!(
            authors("By Ana Ruiz and Bo Li"),
            [p("Ruiz", "Ana"), p("Li", "Bo")]
        );
        assert_eq!(
            authors("Ana Ruiz, Bo Li and Reuters"),
            [p("Ruiz", "Ana"), p("Li", "Bo"), lit("Reuters")]
        );
        assert_eq!(authors("O'Brien, Pat"), [p("O'Brien", "Pat")]);
        assert_eq!(authors("Ruiz, Ana María"), [p("Ruiz", "Ana María")]);
        assert_eq!(authors("Martin King, Jr."), [lit("Martin King, Jr.")]);
        assert_eq!(
            authors("Ludwig van Beethoven & Ana María de la Cruz"),
            [p("van Beethoven", "Ludwig"), p("de la Cruz", "Ana María")]
        );
        assert_eq!(
            tex("R&D up 50% to $3_bn {x} and } alone"),
            "R\\&D up 50\\% to \\$3\\_bn \\textbraceleft{}x\\textbraceright{} and \\textbraceright{} alone"
        );
        assert_eq!(
            url_field("https://example.com/a?b={2}\\c"),
            "https://example.com/a?b=%7B2%7D%5Cc"
        );
    }
}
