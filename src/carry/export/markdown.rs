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
    field(&mut out, "url", a.link());
    field(&mut out, "published", s.published_at.as_deref());
    field(&mut out, "clipped", Some(&s.clipped_at));
    out.push_str(&format!("clipline_id: {}\n", s.id));
    if s.tags.is_empty() {
        out.push_str("tags: []\n");
    } else {
        // Obsidian tags hold letters, digits, `_`, `-` and `/`: "EU rules" becomes EU-rules.
        out.push_str("tags:\n");
        for tag in &s.tags {
            out.push_str(&format!("  - {}\n", yaml(&obsidian_tag(tag))));
        }
    }
    out.push_str("---\n\n");
    out.push_str(&format!("# {}\n\n", inline(&one_line(&s.title))));
    // The standfirst under the title, as the page shows it.
    for line in a.dek.iter().flat_map(|d| d.lines()).map(str::trim) {
        if !line.is_empty() {
            out.push_str(&format!("{}\n\n", block(line)));
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
        out.push_str(&block(para));
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

/// A YAML double-quoted scalar: JSON string syntax is a subset of it, and the characters
/// YAML does not allow as they are (DEL, the C1 controls a mis-decoded page leaves, the
/// line separators YAML 1.1 breaks lines at) are written as `\uXXXX`, which JSON leaves.
fn yaml(s: &str) -> String {
    let json = serde_json::to_string(s).unwrap_or_default();
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        if matches!(
            c,
            '\u{7f}'..='\u{9f}' | '\u{2028}' | '\u{2029}' | '\u{fffe}' | '\u{ffff}'
        ) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn quote(text: &str) -> String {
    text.lines()
        .map(|l| format!("> {}\n", inline(l.trim_end())))
        .collect()
}

/// Clipped text inside a line, escaped so that it stays text: `<` (a page's `<script>` or
/// `<img onerror>`, in renderers that allow HTML in Markdown), backticks and tildes (a
/// fence would swallow the rest of the note), brackets (`![x](url)` would load a tracking
/// image, `[1]: url` would vanish as a link definition, `[[x]]` would link a note), `*`
/// and `_` (emphasis, `___` a rule), `\` itself and `#` (an Obsidian tag). The reader's own
/// notes are Markdown and are left as written.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '<' | '`' | '~' | '[' | ']' | '*' | '_' | '#') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A paragraph of clipped text as a paragraph: `inline`, and a line that Markdown would
/// read as a heading, a quote, a list item or a rule has that marker escaped.
fn block(text: &str) -> String {
    let text = inline(text);
    if text.starts_with(['#', '>', '-', '+', '*', '=', '|']) {
        return format!("\\{text}");
    }
    // "1. " or "1) " starts an ordered list; "3.5%" does not.
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &text[digits..];
    if (1..=9).contains(&digits)
        && rest.starts_with(['.', ')'])
        && rest[1..].chars().next().is_none_or(char::is_whitespace)
    {
        return format!("{}\\{rest}", &text[..digits]);
    }
    text
}

/// A tag as Obsidian reads one: any other character becomes `-`, runs of `-` one.
fn obsidian_tag(tag: &str) -> String {
    let mut out = String::new();
    for c in tag.trim().chars() {
        let c = if c.is_alphanumeric() || matches!(c, '_' | '-' | '/') {
            c
        } else {
            '-'
        };
        if !(c == '-' && out.ends_with('-')) {
            out.push(c);
        }
    }
    let out = out.trim_matches('-');
    if out.is_empty() {
        "tag".into()
    } else {
        out.into()
    }
}

/// Lower-case words (letters and digits of any script) joined by dashes, at most 60
/// characters; `article` when empty.
fn slug(title: &str) -> String {
    let mut out = String::new();
    let mut chars = 0;
    for c in title.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        } else {
            continue;
        }
        chars += 1;
        if chars >= 60 {
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
        assert_eq!(slug("日本の ニュース"), "日本の-ニュース");
        assert_eq!(slug("Ünïcode — café"), "ünïcode-café");
        assert_eq!(slug("?!"), "article");
        assert_eq!(obsidian_tag("odd, \"tag\""), "odd-tag");
        assert_eq!(obsidian_tag("EU rules/2025"), "EU-rules/2025");
        assert_eq!(yaml("a \"b\"\nc"), "\"a \\\"b\\\"\\nc\"");
        assert_eq!(yaml("odd\u{7f}\u{90}é"), "\"odd\\u007f\\u0090é\"");
    }

    #[test]
    fn clipped_text_cannot_become_markup() {
        assert_eq!(
            inline("a <script>x</script> b"),
            "a \\<script>x\\</script> b"
        );
        assert_eq!(block("# not a heading"), "\\# not a heading");
        assert_eq!(block("1. not a list"), "1\\. not a list");
        assert_eq!(block("3.5% growth"), "3.5% growth");
        assert_eq!(block("2025 was a year."), "2025 was a year.");
        assert_eq!(block("A plain paragraph."), "A plain paragraph.");
        assert_eq!(block("```"), "\\`\\`\\`");
        assert_eq!(block("~~~ rust"), "\\~\\~\\~ rust");
        assert_eq!(
            block("![pixel](https://track.example/p.png)"),
            "!\\[pixel\\](https://track.example/p.png)"
        );
        assert_eq!(
            block("[1]: https://x.example \"t\""),
            "\\[1\\]: https://x.example \"t\""
        );
        assert_eq!(block("___"), "\\_\\_\\_");
        assert_eq!(block("C:\\temp and #MeToo"), "C:\\\\temp and \\#MeToo");
        assert_eq!(block("# not a heading"), "\\# not a heading");
    }
}
