//! Omnivore's export ZIP (the last export before the service closed): `metadata_*.json`
//! (arrays of `{id, slug, title, author, url, labels, savedAt, publishedAt, ...}`),
//! `content/<slug>.html` (the article as Omnivore kept it) and `highlights/<slug>.md`
//! (each highlight a `> quote` block, then `#label` lines, then the reader's note).

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
        out.items.push(Item {
            html: html
                .map(|body| wallabag::page_about(title.as_deref().unwrap_or(""), &about, &body)),
            highlights: highlights
                .get(&slug)
                .map(|md| parse_highlights(md))
                .unwrap_or_default(),
            url,
            title,
            tags: meta.labels.unwrap_or_default(),
            saved_at: meta.saved_at.as_deref().and_then(iso_time),
            notes: Vec::new(),
            read: false,
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

/// The highlights of Omnivore's Markdown: quote blocks, label lines, and notes.
pub fn parse_highlights(md: &str) -> Vec<QuoteNote> {
    let mut out: Vec<QuoteNote> = Vec::new();
    let mut in_quote = false;
    for line in md.lines() {
        if let Some(q) = line.strip_prefix('>') {
            let q = q.strip_prefix(' ').unwrap_or(q).trim_end();
            if !in_quote {
                out.push(QuoteNote {
                    quote: String::new(),
                    note: None,
                });
                in_quote = true;
            }
            let last = out.last_mut().expect("pushed above");
            if !last.quote.is_empty() {
                last.quote.push('\n');
            }
            last.quote.push_str(q);
            continue;
        }
        in_quote = false;
        let line = line.trim();
        let is_labels = !line.is_empty()
            && line
                .split_whitespace()
                .all(|w| w.starts_with('#') && w.len() > 1);
        if line.is_empty() || is_labels {
            continue;
        }
        if let Some(last) = out.last_mut() {
            let note = last.note.get_or_insert_with(String::new);
            if !note.is_empty() {
                note.push('\n');
            }
            note.push_str(line);
        }
    }
    for h in &mut out {
        h.quote = h.quote.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    out.retain(|h| !h.quote.is_empty());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlights_markdown_gives_quotes_with_notes() {
        let md = "> Meta raised its capex \n\n#ai #capex\n\nA big number.\n\n> First paragraph\n> \n> second one ";
        let h = parse_highlights(md);
        assert_eq!(h.len(), 2);
        assert_eq!(h[0].quote, "Meta raised its capex");
        assert_eq!(h[0].note.as_deref(), Some("A big number."));
        assert_eq!(h[1].quote, "First paragraph second one");
        assert_eq!(h[1].note, None);
    }
}
