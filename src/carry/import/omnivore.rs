//! Omnivore's export ZIP (the last export before the service closed): `metadata_*.json`
//! (arrays of `{id, slug, title, author, url, state, labels, savedAt, publishedAt, ...}`;
//! `state` "ARCHIVED" is read), `content/<slug>.html` (the article as Omnivore kept it)
//! and `highlights/<slug>.md`, as Omnivore's `highlightToMarkdown` wrote it: each
//! highlight `> quote ` (only the first line prefixed, its blank lines written as `> `,
//! a space at the end), then `#labels`, then the reader's note; a note on the whole
//! article is its text followed by a blank line of its own; all joined by blank lines.

use std::collections::HashMap;
use std::io::Read;

use serde::Deserialize;

use super::{
    ImportError, Item, Parsed, QuoteNote, Skipped, iso_time, iso_time_as_given, wallabag, web_url,
};

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Meta {
    slug: Option<String>,
    title: Option<String>,
    url: Option<String>,
    #[serde(default)]
    labels: Option<Vec<String>>,
    saved_at: Option<String>,
    author: Option<String>,
    published_at: Option<String>,
    /// SUCCEEDED, ARCHIVED, ...
    state: Option<String>,
}

/// Caps on what one archive may unpack to, so a hostile ZIP cannot fill the memory.
const MAX_ENTRY: u64 = 32 << 20;
const MAX_TOTAL: u64 = 1 << 30;

/// Parse the bytes of an Omnivore export ZIP.
pub fn parse(bytes: &[u8]) -> Result<Parsed, ImportError> {
    let bad = |reason: String| ImportError::Format {
        tool: "Omnivore",
        reason,
    };
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| bad(format!("it is not a ZIP file ({e})")))?;
    let mut metas = Vec::new();
    let mut content = HashMap::new();
    let mut highlights = HashMap::new();
    let mut total = 0u64;
    for i in 0..zip.len() {
        let mut file = zip.by_index(i).map_err(|e| bad(e.to_string()))?;
        let name = file.name().map(|n| n.into_owned()).unwrap_or_default();
        if file.is_dir() || file.size() > MAX_ENTRY {
            continue;
        }
        let mut text = String::new();
        if (&mut file)
            .take(MAX_ENTRY)
            .read_to_string(&mut text)
            .is_err()
        {
            continue;
        }
        // Declared sizes can lie: count what was really read.
        total += text.len() as u64;
        if total > MAX_TOTAL {
            return Err(bad("it unpacks to more than 1 GB".into()));
        }
        let base = name.rsplit('/').next().unwrap_or(&name).to_string();
        if base.starts_with("metadata") && base.ends_with(".json") {
            let batch: Vec<Meta> = serde_json::from_str(&text)
                .map_err(|e| bad(format!("{name} is not Omnivore metadata ({e})")))?;
            metas.extend(batch);
        } else if let Some(slug) = in_folder(&name, "content", ".html") {
            content.insert(slug.to_string(), text);
        } else if let Some(slug) = in_folder(&name, "highlights", ".md") {
            highlights.insert(slug.to_string(), text);
        }
    }
    if metas.is_empty() {
        return Err(bad("it holds no metadata_*.json".into()));
    }
    let mut out = Parsed::default();
    for meta in metas {
        let slug = meta.slug.unwrap_or_default();
        let title = meta.title.filter(|t| !t.trim().is_empty());
        let url = meta.url.as_deref().and_then(|u| web_url(u).ok());
        let html = content.remove(&slug).filter(|c| !c.trim().is_empty());
        if html.is_none() && url.is_none() {
            out.skipped.push(Skipped {
                item: title.unwrap_or(slug),
                reason: "it has neither content nor a web address".into(),
            });
            continue;
        }
        let about = wallabag::About {
            byline: meta.author,
            published: meta.published_at.as_deref().and_then(iso_time_as_given),
        };
        let (quotes, notes) = highlights
            .get(&slug)
            .map(|md| parse_highlights(md))
            .unwrap_or_default();
        out.items.push(Item {
            html: html
                .map(|body| wallabag::page_about(title.as_deref().unwrap_or(""), &about, &body)),
            highlights: quotes,
            url,
            title,
            tags: meta.labels.unwrap_or_default(),
            saved_at: meta.saved_at.as_deref().and_then(iso_time),
            notes,
            read: meta
                .state
                .is_some_and(|s| s.trim().eq_ignore_ascii_case("archived")),
        });
    }
    Ok(out)
}

/// The slug of `folder/<slug><ext>`, also under a top folder (an export unpacked and
/// zipped again holds `omnivore-export/content/<slug>.html`).
fn in_folder<'n>(name: &'n str, folder: &str, ext: &str) -> Option<&'n str> {
    let (dir, file) = name.rsplit_once('/')?;
    (dir == folder || dir.ends_with(&format!("/{folder}")))
        .then(|| file.strip_suffix(ext))
        .flatten()
}

/// One run of non-blank lines of the highlights file, and how many blank lines follow it.
struct Block<'a> {
    lines: Vec<&'a str>,
    blanks_after: usize,
}

impl Block<'_> {
    fn is_quote(&self) -> bool {
        self.lines[0].starts_with('>')
    }

    fn is_labels(&self) -> bool {
        self.lines.iter().all(|l| {
            l.split_whitespace()
                .all(|w| w.starts_with('#') && w.len() > 1)
        })
    }

    fn text(&self) -> String {
        self.lines
            .iter()
            .map(|l| l.trim())
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// The highlights of Omnivore's Markdown (quotes with their notes) and the notes on the
/// whole article. A quote keeps all its paragraphs (Omnivore prefixes only the first
/// line and writes its blank lines as `> `). What follows a quote (after its labels) is
/// its note, except a last paragraph followed by a blank line of its own, which is how
/// Omnivore writes a note on the article.
pub fn parse_highlights(md: &str) -> (Vec<QuoteNote>, Vec<String>) {
    let mut blocks: Vec<Block> = Vec::new();
    let mut blanks = 0;
    for line in md.lines() {
        if line.trim().is_empty() {
            blanks += 1;
            continue;
        }
        match blocks.last_mut() {
            Some(last) if blanks == 0 => last.lines.push(line),
            _ => {
                if let Some(last) = blocks.last_mut() {
                    last.blanks_after = blanks;
                }
                blocks.push(Block {
                    lines: vec![line],
                    blanks_after: 0,
                });
            }
        }
        blanks = 0;
    }
    if let Some(last) = blocks.last_mut() {
        // `lines()` drops the newline that ends the file: "note\n\n" leaves one blank.
        last.blanks_after = blanks;
    }
    // An article note ends with its own "\n\n" before the "\n\n" that joins items: two
    // or more blank lines after it, or any at the end of the file.
    let count = blocks.len();
    let ends_a_note =
        |i: usize, b: &Block| b.blanks_after >= 2 || (i + 1 == count && b.blanks_after >= 1);

    let mut quotes: Vec<QuoteNote> = Vec::new();
    let mut notes: Vec<String> = Vec::new();
    // The paragraphs read since the last quote or note ended, and whether they follow a
    // quote (and so may be its note).
    let mut pending: Vec<String> = Vec::new();
    let mut after_quote = false;
    let mut flush = |pending: &mut Vec<String>, after_quote: bool, quotes: &mut Vec<QuoteNote>| {
        if pending.is_empty() {
            return;
        }
        let text = pending.join("\n\n");
        pending.clear();
        match quotes.last_mut().filter(|_| after_quote) {
            Some(q) => q.note = Some(text),
            None => notes.push(text),
        }
    };
    for (i, block) in blocks.iter().enumerate() {
        if block.is_quote() {
            flush(&mut pending, after_quote, &mut quotes);
            let quote = block
                .lines
                .iter()
                .map(|l| {
                    l.strip_prefix('>')
                        .map_or(*l, |q| q.strip_prefix(' ').unwrap_or(q))
                })
                .collect::<Vec<_>>()
                .join("\n");
            quotes.push(QuoteNote {
                quote: quote.split_whitespace().collect::<Vec<_>>().join(" "),
                note: None,
            });
            after_quote = !ends_a_note(i, block);
            continue;
        }
        if after_quote && pending.is_empty() && block.is_labels() {
            after_quote = !ends_a_note(i, block);
            continue;
        }
        if ends_a_note(i, block) {
            // This paragraph is a note on the article; what came before it since the
            // quote is the quote's note.
            flush(&mut pending, after_quote, &mut quotes);
            pending.push(block.text());
            flush(&mut pending, false, &mut quotes);
            after_quote = false;
        } else {
            pending.push(block.text());
        }
    }
    flush(&mut pending, after_quote, &mut quotes);
    quotes.retain(|h| !h.quote.is_empty());
    (quotes, notes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlights_markdown_gives_quotes_with_notes() {
        let md = "> Meta raised its capex \n\n#ai #capex\n\nA big number.\n\n> First paragraph\n> \n> second one ";
        let (h, notes) = parse_highlights(md);
        assert_eq!(h.len(), 2);
        assert_eq!(h[0].quote, "Meta raised its capex");
        assert_eq!(h[0].note.as_deref(), Some("A big number."));
        assert_eq!(h[1].quote, "First paragraph second one");
        assert_eq!(h[1].note, None);
        assert!(notes.is_empty());
    }

    #[test]
    fn archived_items_come_in_read_and_article_notes_reach_the_item() {
        use std::io::Write;
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default();
        let metadata = r#"[{"slug":"a","url":"https://o.example/a","state":"ARCHIVED"},
            {"slug":"b","url":"https://o.example/b","state":"SUCCEEDED"}]"#;
        zip.start_file("metadata_0_to_2.json", opts).unwrap();
        zip.write_all(metadata.as_bytes()).unwrap();
        zip.start_file("highlights/a.md", opts).unwrap();
        zip.write_all(b"Worth a follow-up\n\n").unwrap();
        let bytes = zip.finish().unwrap().into_inner();
        let items = parse(&bytes).unwrap().items;
        let got: Vec<(bool, &[String])> = items.iter().map(|i| (i.read, &i.notes[..])).collect();
        assert_eq!(
            got,
            [
                (true, &["Worth a follow-up".to_string()][..]),
                (false, &[][..])
            ],
            "ARCHIVED is read; a note on the article is the article's note"
        );
    }

    /// As Omnivore's `highlightToMarkdown` wrote them, joined by "\n\n": a two-paragraph
    /// quote with a label and a note, a quote alone, then a note on the article.
    #[test]
    fn omnivores_own_markdown_keeps_paragraphs_and_article_notes() {
        let md = "> The council said one.\n> \nThe council said two. \n\n#important\n\nThis is my note\n\n\
                  > The council said three \n\nA note about the whole article\n\n";
        let (h, notes) = parse_highlights(md);
        let got: Vec<(&str, Option<&str>)> = h
            .iter()
            .map(|q| (q.quote.as_str(), q.note.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "The council said one. The council said two.",
                    Some("This is my note")
                ),
                ("The council said three", None),
            ],
            "a quote's second paragraph is quote, not note"
        );
        assert_eq!(notes, ["A note about the whole article"]);
        let md = "An opening thought\n\n\n\n> A quote \n\nIts note, first part\n\nand second part";
        let (h, notes) = parse_highlights(md);
        assert_eq!(notes, ["An opening thought"]);
        assert_eq!(
            h[0].note.as_deref(),
            Some("Its note, first part\n\nand second part")
        );
    }
}
