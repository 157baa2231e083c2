//! Markdown for Obsidian: one file per article with YAML front matter (title, source,
//! author, url, dates, tags), the highlights as quotes with their notes, the notes, and
//! the article's text.

use super::ExportFile;
use crate::model::Article;

/// One `.md` file per article, named `<id>-<slug>.md`.
pub fn render(articles: &[Article]) -> Vec<ExportFile> {
    articles
        .iter()
        .map(|a| ExportFile {
            name: format!("{:04}-{}.md", a.summary.id, slug(&a.summary.title)),
            content: article(a),
        })
        .collect()
}

/// One article as an Obsidian note.
pub fn article(a: &Article) -> String {
    let s = &a.summary;
    let mut out = String::from("---\n");
    field(&mut out, "title", Some(&s.title));
    field(&mut out, "source", s.source.as_deref());
    field(&mut out, "author", s.byline.as_deref());
    field(&mut out, "url", s.url.as_deref());
    field(&mut out, "published", s.published_at.as_deref());
    field(&mut out, "clipped", Some(&s.clipped_at));
    out.push_str(&format!("clipline_id: {}\n", s.id));
    if s.tags.is_empty() {
        out.push_str("tags: []\n");
    } else {
        // Obsidian tags hold no spaces: "EU rules" becomes EU-rules.
        out.push_str("tags:\n");
        for tag in &s.tags {
            let tag = tag.split_whitespace().collect::<Vec<_>>().join("-");
            out.push_str(&format!("  - {}\n", yaml(&tag)));
        }
    }
    out.push_str("---\n\n");
    out.push_str(&format!("# {}\n\n", one_line(&s.title)));
    // The standfirst under the title, as the page shows it.
    for line in a.dek.iter().flat_map(|d| d.lines()).map(str::trim) {
        if !line.is_empty() {
            out.push_str(&format!("{line}\n\n"));
        }
    }
    if !a.highlights.is_empty() {
        out.push_str("## Highlights\n\n");
        for h in &a.highlights {
            out.push_str(&quote(&h.exact));
            if let Some(note) = h.note.as_deref().filter(|n| !n.trim().is_empty()) {
                out.push_str(&format!("\n{}\n", note.trim()));
            }
            out.push('\n');
        }
    }
    if !a.notes.is_empty() {
        out.push_str("## Notes\n\n");
        for n in &a.notes {
            out.push_str(n.body.trim());
            out.push_str("\n\n");
        }
    }
    out.push_str("## Text\n\n");
    for para in a
        .content_text
        .split('\n')
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        out.push_str(para);
        out.push_str("\n\n");
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

fn field(out: &mut String, key: &str, value: Option<&str>) {
    if let Some(v) = value {
        out.push_str(&format!("{key}: {}\n", yaml(v)));
    }
}

/// A YAML double-quoted scalar: JSON string syntax is a subset of it.
fn yaml(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn quote(text: &str) -> String {
    text.lines()
        .map(|l| format!("> {}\n", l.trim_end()))
        .collect()
}

/// Lower-case ASCII words joined by dashes, at most 60 characters; `article` when empty.
fn slug(title: &str) -> String {
    let mut out = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.len() >= 60 {
            break;
        }
    }
    let out = out.trim_matches('-').to_string();
    if out.is_empty() {
        "article".into()
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_safe_file_names() {
        assert_eq!(
            slug("Meta raises capex to $72bn!"),
            "meta-raises-capex-to-72bn"
        );
        assert_eq!(slug("../../etc/passwd"), "etc-passwd");
        assert_eq!(slug("日本"), "article");
        assert_eq!(yaml("a \"b\"\nc"), "\"a \\\"b\\\"\\nc\"");
    }
}
