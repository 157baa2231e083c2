//! Lists of links in HTML: the Netscape bookmark file every browser exports
//! (`<DT><A HREF=… ADD_DATE=… TAGS=…>`), and Pocket's older `ril_export.html`, which is
//! the same shape (`<li><a href=… time_added=… tags=…>`). Every link is a URL to fetch;
//! links that are not web pages (javascript:, place:, file:) are skipped with the reason.

use dom_query::Document;

use super::{Item, Parsed, Skipped, split_tags, unix_time, web_url};

/// A browser's bookmarks file. The folder a bookmark sits in is not a tag: folders are
/// often "Bookmarks Toolbar"; only the `TAGS` attribute (Firefox) becomes tags.
pub fn parse_bookmarks(html: &str) -> Result<Parsed, super::ImportError> {
    if !html.to_ascii_uppercase().contains("NETSCAPE-BOOKMARK-FILE")
        && !html.to_ascii_lowercase().contains("<a ")
    {
        return Err(super::ImportError::Format {
            tool: "bookmarks",
            reason: "it holds no links".into(),
        });
    }
    Ok(links(html, "add_date"))
}

/// Every `<a href>` of a page as an item to fetch, with `tags` and a Unix-time attribute.
pub fn links(html: &str, time_attr: &str) -> Parsed {
    let doc = Document::from(html);
    let mut out = Parsed::default();
    for a in doc.select("a").iter() {
        let title = a.text().trim().to_string();
        let Some(href) = a.attr("href") else { continue };
        match web_url(&href) {
            Ok(url) => out.items.push(Item {
                url: Some(url),
                title: (!title.is_empty()).then_some(title),
                tags: a
                    .attr("tags")
                    .map(|t| split_tags(&t, ','))
                    .unwrap_or_default(),
                saved_at: a.attr(time_attr).and_then(|t| unix_time(&t)),
                ..Item::default()
            }),
            Err(reason) => out.skipped.push(Skipped {
                item: if title.is_empty() {
                    href.to_string()
                } else {
                    title
                },
                reason,
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_firefox_bookmarks_file_gives_web_links_with_tags() {
        let html = r#"<!DOCTYPE NETSCAPE-Bookmark-file-1>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<TITLE>Bookmarks</TITLE><H1>Bookmarks Menu</H1>
<DL><p>
    <DT><H3 ADD_DATE="1700000000">News</H3>
    <DL><p>
        <DT><A HREF="https://news.example/a" ADD_DATE="1700000000" TAGS="ai,meta">Meta &amp; AI</A>
        <DT><A HREF="place:sort=8&maxResults=10">Recent Tags</A>
    </DL><p>
    <DT><A HREF="javascript:void(0)">Clip it</A>
</DL>"#;
        let parsed = parse_bookmarks(html).unwrap();
        assert_eq!(parsed.items.len(), 1);
        assert_eq!(parsed.items[0].title.as_deref(), Some("Meta & AI"));
        assert_eq!(parsed.items[0].tags, vec!["ai", "meta"]);
        assert_eq!(
            parsed.items[0].saved_at.as_deref(),
            Some("2023-11-14T22:13:20Z")
        );
        assert_eq!(parsed.skipped.len(), 2, "{:?}", parsed.skipped);
    }
}
