//! OPML 2.0 subscription lists (http://opml.org/spec2.opml), the format every feed reader
//! imports and exports: `<outline type="rss" text="…" xmlUrl="…" htmlUrl="…"
//! category="tag,tag"/>`, possibly inside folder outlines, whose names become tags.

use dom_query::{Document, Selection};

use super::export::escape_html;
use super::import::{split_tags, web_url};

/// One subscription of an OPML file.
#[derive(Debug, Clone, PartialEq)]
pub struct Outline {
    pub url: String,
    pub title: Option<String>,
    pub site_url: Option<String>,
    pub tags: Vec<String>,
}

/// The feeds of an OPML file, and the outlines skipped with the reason.
pub fn parse(
    text: &str,
) -> Result<(Vec<Outline>, Vec<super::import::Skipped>), super::import::ImportError> {
    if !text.to_ascii_lowercase().contains("<opml") {
        return Err(super::import::ImportError::Format {
            tool: "OPML",
            reason: "it has no <opml> element".into(),
        });
    }
    // An HTML parser reads OPML well enough (it lower-cases attribute names), once the
    // XML self-closing outlines are closed explicitly: HTML would nest the next one inside.
    let closed = regex::Regex::new(r"(?i)(<outline\b[^>]*?)\s*/>")
        .map(|re| re.replace_all(text, "$1></outline>").into_owned())
        .unwrap_or_else(|_| text.to_string());
    let doc = Document::from(closed.as_str());
    let mut feeds = Vec::new();
    let mut skipped = Vec::new();
    for node in doc.select("outline").iter() {
        let Some(xml_url) = node.attr("xmlurl") else {
            continue;
        };
        let title = node
            .attr("title")
            .or_else(|| node.attr("text"))
            .map(|t| t.trim().to_string());
        match web_url(&xml_url) {
            Ok(url) => {
                let mut tags = node
                    .attr("category")
                    .map(|c| split_tags(&c.replace('/', ","), ','))
                    .unwrap_or_default();
                tags.extend(folders(&node));
                feeds.push(Outline {
                    url,
                    title: title.filter(|t| !t.is_empty()),
                    site_url: node.attr("htmlurl").and_then(|u| web_url(&u).ok()),
                    tags,
                });
            }
            Err(reason) => skipped.push(super::import::Skipped {
                item: title.unwrap_or_else(|| xml_url.to_string()),
                reason,
            }),
        }
    }
    Ok((feeds, skipped))
}

/// The names of the folder outlines around a feed outline, outermost first.
fn folders(node: &Selection) -> Vec<String> {
    let mut names = Vec::new();
    let mut parent = node.parent();
    while parent.exists() && parent.is("outline") {
        if let Some(name) = parent.attr("text").or_else(|| parent.attr("title")) {
            let name = name.trim();
            if !name.is_empty() {
                names.insert(0, name.to_string());
            }
        }
        parent = parent.parent();
    }
    names
}

/// An OPML 2.0 document of the subscriptions.
pub fn render(feeds: &[Outline], created: &str) -> String {
    let attr = |s: &str| escape_html(s);
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n<head>\n\
         <title>Clipline subscriptions</title>\n<dateCreated>{}</dateCreated>\n</head>\n<body>\n",
        attr(created)
    );
    for f in feeds {
        let title = f.title.as_deref().unwrap_or(&f.url);
        out.push_str(&format!(
            "<outline type=\"rss\" text=\"{t}\" title=\"{t}\" xmlUrl=\"{}\"",
            attr(&f.url),
            t = attr(title)
        ));
        if let Some(site) = &f.site_url {
            out.push_str(&format!(" htmlUrl=\"{}\"", attr(site)));
        }
        if !f.tags.is_empty() {
            out.push_str(&format!(" category=\"{}\"", attr(&f.tags.join(","))));
        }
        out.push_str("/>\n");
    }
    out.push_str("</body>\n</opml>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opml_round_trips_and_folders_become_tags() {
        let opml = r#"<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>
            <outline text="Tech"><outline type="rss" text="Ledger" xmlUrl="https://l.example/feed.xml" htmlUrl="https://l.example/" category="ai"/></outline>
            <outline type="rss" text="Local" xmlUrl="file:///etc/passwd"/>
            <outline type="rss" text="Top" xmlUrl="https://t.example/rss"/></body></opml>"#;
        let (feeds, skipped) = parse(opml).unwrap();
        assert_eq!(feeds.len(), 2);
        assert_eq!(feeds[0].tags, vec!["ai", "Tech"]);
        assert!(
            feeds[1].tags.is_empty(),
            "a self-closed outline holds no other: {feeds:?}"
        );
        assert_eq!(skipped.len(), 1);
        let again = parse(&render(&feeds, "Sat, 29 Nov 2026 10:00:00 GMT"))
            .unwrap()
            .0;
        assert_eq!(again[0].url, feeds[0].url);
        assert_eq!(again[0].title, feeds[0].title);
        assert_eq!(again[0].site_url, feeds[0].site_url);
        assert!(parse("<html></html>").is_err());
    }
}
