//! OPML 2.0 subscription lists (http://opml.org/spec2.opml), the format every feed reader
//! imports and exports: `<outline type="rss" text="…" xmlUrl="…" htmlUrl="…"
//! category="tag,tag"/>`, possibly inside folder outlines, whose names become tags. Read
//! with quick-xml; a tag holding a comma or a slash is written percent-encoded in
//! `category`, so Clipline's own export comes back whole.

use quick_xml::XmlVersion;
use quick_xml::events::{BytesStart, Event};

use super::export::escape_html;
use super::import::{ImportError, Skipped, web_url};

/// One subscription of an OPML file.
#[derive(Debug, Clone, PartialEq)]
pub struct Outline {
    pub url: String,
    pub title: Option<String>,
    pub site_url: Option<String>,
    pub tags: Vec<String>,
}

/// The feeds of an OPML file, and the outlines skipped with the reason. Read with an XML
/// parser, so a `>` or `/` inside a quoted attribute is text; attribute names are matched
/// without regard to case (`xmlUrl`, `xmlurl`). `Format` when it is not OPML or not
/// well-formed XML.
pub fn parse(text: &str) -> Result<(Vec<Outline>, Vec<Skipped>), ImportError> {
    let bad = |reason: String| ImportError::Format {
        tool: "OPML",
        reason,
    };
    if !text.to_ascii_lowercase().contains("<opml") {
        return Err(bad("it has no <opml> element".into()));
    }
    let mut reader = quick_xml::Reader::from_str(text);
    // Feed readers write sloppy OPML; a mismatched end tag is not worth refusing a file.
    reader.config_mut().check_end_names = false;
    let mut feeds = Vec::new();
    let mut skipped = Vec::new();
    // The names of the open outlines around the current one, outermost first (an
    // outline without a name keeps its place, so its end pops the right one).
    let mut folders: Vec<Option<String>> = Vec::new();
    loop {
        let event = reader.read_event().map_err(|e| {
            bad(format!(
                "it is not well-formed XML (at byte {}: {e})",
                reader.error_position()
            ))
        })?;
        match event {
            Event::Start(e) if is_outline(&e) => {
                outline(&e, &folders, &mut feeds, &mut skipped);
                let name = attr(&e, "text").or_else(|| attr(&e, "title"));
                folders.push(name.map(|n| n.trim().to_string()).filter(|n| !n.is_empty()));
            }
            Event::Empty(e) if is_outline(&e) => outline(&e, &folders, &mut feeds, &mut skipped),
            Event::End(e) if e.local_name().as_ref().eq_ignore_ascii_case("outline") => {
                folders.pop();
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok((feeds, skipped))
}

fn is_outline(e: &BytesStart) -> bool {
    e.local_name().as_ref().eq_ignore_ascii_case("outline")
}

/// An attribute's value by case-insensitive name, its entities resolved (as written when
/// they cannot be, e.g. a bare `&` in a URL).
fn attr(e: &BytesStart, name: &str) -> Option<String> {
    e.html_attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref().eq_ignore_ascii_case(name))
        .map(|a| {
            a.normalized_value(XmlVersion::Implicit1_0)
                .map(|v| v.into_owned())
                .unwrap_or_else(|_| a.value.to_string())
        })
}

/// Add one outline: a feed when it has an `xmlUrl`, with its categories and the folders
/// around it as tags; skipped with the reason when that is not a web address.
fn outline(
    e: &BytesStart,
    folders: &[Option<String>],
    feeds: &mut Vec<Outline>,
    skipped: &mut Vec<Skipped>,
) {
    let Some(xml_url) = attr(e, "xmlUrl") else {
        return;
    };
    let title = attr(e, "title")
        .or_else(|| attr(e, "text"))
        .map(|t| t.trim().to_string());
    match web_url(&xml_url) {
        Ok(url) => {
            let mut tags = attr(e, "category")
                .map(|c| categories(&c))
                .unwrap_or_default();
            tags.extend(folders.iter().flatten().cloned());
            feeds.push(Outline {
                url,
                title: title.filter(|t| !t.is_empty()),
                site_url: attr(e, "htmlUrl").and_then(|u| web_url(&u).ok()),
                tags,
            });
        }
        Err(reason) => skipped.push(Skipped {
            item: title.unwrap_or(xml_url),
            reason,
        }),
    }
}

/// The tags of a `category` attribute: comma-separated, each a slash-delimited path whose
/// parts are tags ("/Boston/Weather,News"), each part percent-decoded, so a tag with a
/// comma or a slash in it (which `render` writes as `%2C`, `%2F`) comes back whole.
fn categories(value: &str) -> Vec<String> {
    value
        .split(',')
        .flat_map(|c| c.split('/'))
        .map(|t| unescape_tag(t.trim()))
        .filter(|t| !t.trim().is_empty())
        .map(|t| t.trim().to_string())
        .collect()
}

/// A tag as `category` holds it: `%`, `,` and `/` percent-encoded.
fn escape_tag(tag: &str) -> String {
    tag.replace('%', "%25")
        .replace(',', "%2C")
        .replace('/', "%2F")
}

fn unescape_tag(tag: &str) -> String {
    tag.replace("%2C", ",")
        .replace("%2c", ",")
        .replace("%2F", "/")
        .replace("%2f", "/")
        .replace("%25", "%")
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
            let tags: Vec<String> = f.tags.iter().map(|t| escape_tag(t)).collect();
            out.push_str(&format!(" category=\"{}\"", attr(&tags.join(","))));
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

    #[test]
    fn a_quoted_greater_than_is_text_and_tags_with_commas_and_slashes_stay_whole() {
        let opml = r#"<?xml version="1.0"?><opml version="2.0"><body>
            <outline text="News > World" title="News > World">
              <outline type="rss" text="Wire" xmlUrl="https://w.example/rss?a=1&amp;b=2"/>
            </outline>
            <outline type="rss" text="Markets > Asia" xmlUrl="https://m.example/rss"/>
            <outline type="rss" text="After" xmlUrl="https://a.example/rss" category="/Boston/Weather,Local"/>
            </body></opml>"#;
        let (feeds, _) = parse(opml).unwrap();
        let got: Vec<(&str, Vec<String>)> = feeds
            .iter()
            .map(|f| (f.url.as_str(), f.tags.clone()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "https://w.example/rss?a=1&b=2",
                    vec!["News > World".to_string()]
                ),
                ("https://m.example/rss", vec![]),
                (
                    "https://a.example/rss",
                    vec!["Boston".into(), "Weather".into(), "Local".into()]
                ),
            ],
            "the outline after a quoted \">\" is not nested in the folder"
        );
        let mine = [Outline {
            url: "https://t.example/rss".into(),
            title: Some("Trade".into()),
            site_url: None,
            tags: vec!["AI/ML".into(), "Trade, tariffs".into(), "100%".into()],
        }];
        let back = parse(&render(&mine, "Sun, 6 Dec 2026 19:18:51 +0000"))
            .unwrap()
            .0;
        assert_eq!(
            back[0].tags, mine[0].tags,
            "Clipline's own export comes back whole"
        );
        let bom = "\u{feff}<?xml version=\"1.0\"?><opml><body><outline xmlurl=\"https://b.example/\"/></body></opml>";
        assert_eq!(
            parse(bom).unwrap().0.len(),
            1,
            "a byte-order mark, lower-case names"
        );
        assert!(
            parse("<opml><body><outline text=\"x\" xmlUrl=\"https://x.example/")
                .is_err_and(|e| e.to_string().contains("not well-formed")),
            "broken XML is refused with why"
        );
    }
}
