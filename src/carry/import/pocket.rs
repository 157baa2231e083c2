//! Pocket's exports: the CSV of `getpocket.com/export` (`title,url,time_added,tags,status`,
//! tags joined by `|`, times in Unix seconds) and the older `ril_export.html` (a list of
//! `<a href time_added tags>` under "Unread" and "Read Archive"). Pocket kept no article
//! text in either, so every item is a URL to fetch.

use super::{ImportError, Item, Parsed, Skipped, links, split_tags, unix_time, web_url};

/// Parse either Pocket export, told apart by its first character.
pub fn parse(bytes: &[u8]) -> Result<Parsed, ImportError> {
    let text = String::from_utf8_lossy(bytes);
    let text = text.trim_start_matches('\u{feff}').trim_start();
    if text.starts_with('<') {
        return Ok(html_export(text));
    }
    let rows = csv_rows(text).map_err(|line| {
        bad(&format!(
            "a quotation mark opened on line {line} is never closed, so the rest of the file \
             would be read as one field"
        ))
    })?;
    let Some(header) = rows.first() else {
        return Err(bad("it is empty"));
    };
    let col = |name: &str| {
        header
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    };
    let Some(url_col) = col("url") else {
        return Err(bad("its first line names no url column"));
    };
    let (title_col, time_col, tags_col) = (col("title"), col("time_added"), col("tags"));
    let status_col = col("status");
    let mut out = Parsed::default();
    for row in rows.iter().skip(1) {
        let get = |c: Option<usize>| c.and_then(|c| row.get(c)).map(|s| s.trim()).unwrap_or("");
        if row.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let title = get(title_col);
        let url = get(Some(url_col));
        match web_url(url) {
            Ok(url) => out.items.push(Item {
                title: (!title.is_empty() && title != url).then(|| title.to_string()),
                url: Some(url),
                tags: split_tags(get(tags_col), '|'),
                saved_at: unix_time(get(time_col)),
                // Pocket's "archive" is what the reader has read.
                read: get(status_col).eq_ignore_ascii_case("archive"),
                ..Item::default()
            }),
            Err(reason) => out.skipped.push(Skipped {
                item: if title.is_empty() {
                    url.to_string()
                } else {
                    title.to_string()
                },
                reason,
            }),
        }
    }
    Ok(out)
}

/// The links of `ril_export.html`; those after its "Read Archive" heading are read.
fn html_export(text: &str) -> Parsed {
    let archive = text
        .to_ascii_lowercase()
        .find(">read archive<")
        .and_then(|at| text[..at].rfind('<'))
        .filter(|&at| text.is_char_boundary(at));
    let Some(at) = archive else {
        return links::links(text, "time_added");
    };
    let mut parsed = links::links(&text[..at], "time_added");
    let mut read = links::links(&text[at..], "time_added");
    read.items.iter_mut().for_each(|item| item.read = true);
    parsed.items.append(&mut read.items);
    parsed.skipped.append(&mut read.skipped);
    parsed
}

fn bad(reason: &str) -> ImportError {
    ImportError::Format {
        tool: "Pocket",
        reason: reason.into(),
    }
}

/// Records of an RFC 4180 CSV text (quoted fields may hold commas, quotes and newlines);
/// `Err(line)` when a quote opened on that line is never closed.
pub fn csv_rows(text: &str) -> Result<Vec<Vec<String>>, usize> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let (mut line, mut opened_on) = (1usize, 1usize);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\n' {
            line += 1;
        }
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', true) => quoted = false,
            ('"', false) if field.is_empty() => {
                quoted = true;
                opened_on = line;
            }
            (',', false) => row.push(std::mem::take(&mut field)),
            ('\r', false) => {}
            ('\n', false) => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (c, _) => field.push(c),
        }
    }
    if quoted {
        return Err(opened_on);
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_may_hold_commas_quotes_and_newlines() {
        let rows = csv_rows("a,\"b, \"\"c\"\"\nd\",e\r\n1,2,3\n").unwrap();
        assert_eq!(
            csv_rows("t,url\n\"open,https://a.example/1\nB,https://a.example/2\n"),
            Err(2)
        );
        assert_eq!(
            rows,
            vec![vec!["a", "b, \"c\"\nd", "e"], vec!["1", "2", "3"]]
        );
    }

    #[test]
    fn a_pocket_csv_gives_urls_with_tags_and_times() {
        let csv = "title,url,time_added,tags,status\n\
                   \"Meta, again\",https://news.example/meta,1700000000,ai|meta,unread\n\
                   ,ftp://files.example/x,1700000000,,archive\n\
                   Read one,https://news.example/read,1700000000,,archive\n";
        let parsed = parse(csv.as_bytes()).unwrap();
        assert_eq!(parsed.items.len(), 2);
        assert_eq!(
            parsed.items.iter().map(|i| i.read).collect::<Vec<_>>(),
            vec![false, true],
            "archived is read"
        );
        assert_eq!(parsed.items[0].title.as_deref(), Some("Meta, again"));
        assert_eq!(parsed.items[0].tags, vec!["ai", "meta"]);
        assert_eq!(parsed.skipped[0].item, "ftp://files.example/x");
        assert!(parse(b"name,age\nx,1\n").is_err());
    }

    #[test]
    fn the_html_export_reads_its_read_archive_as_read() {
        let html = "<!DOCTYPE html><html><body><h1>Unread</h1><ul>\
            <li><a href=\"https://a.example/1\" time_added=\"1700000000\">One</a></li></ul>\
            <h1>Read Archive</h1><ul><li><a href=\"https://a.example/2\">Two</a></li></ul></body></html>";
        let items = parse(html.as_bytes()).unwrap().items;
        let read: Vec<(&str, bool)> = items
            .iter()
            .map(|i| (i.title.as_deref().unwrap_or(""), i.read))
            .collect();
        assert_eq!(read, [("One", false), ("Two", true)]);
    }
}
