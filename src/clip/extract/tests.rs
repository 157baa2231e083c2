//! `extract_html` on the original sample pages in `tests/fixtures/pages/` and on odd input
//! (the bylines in `authors`).

use super::{extract_html, fuller_name};
use crate::clip::{ClipError, Extracted};

mod authors;
mod furniture;

const PAGE_URL: &str = "https://news.example.com/section/story.html";

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/pages/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("fixture {path}: {e}"))
}

fn extract_fixture(name: &str) -> Extracted {
    extract_html(&fixture(name), Some(PAGE_URL))
        .unwrap_or_else(|e| panic!("{name} should extract: {e}"))
}

/// Sanitized HTML must carry nothing that could run.
fn assert_inert(html: &str) {
    let lower = html.to_lowercase();
    for bad in [
        "<script",
        "javascript:",
        "<iframe",
        "<svg",
        "<object",
        "<embed",
        "<form",
        "<style",
    ] {
        assert!(
            !lower.contains(bad),
            "sanitized html contains {bad:?}: {html}"
        );
    }
    assert!(
        !lower.contains(" on") || !regex_like_event_attr(&lower),
        "sanitized html keeps an event handler: {html}"
    );
}

/// True when some tag carries an `on...=` attribute.
fn regex_like_event_attr(lower: &str) -> bool {
    lower.split('<').skip(1).any(|tag| {
        let tag = tag.split('>').next().unwrap_or_default();
        tag.split_whitespace()
            .skip(1)
            .any(|attr| attr.starts_with("on") && attr.contains('='))
    })
}

#[test]
fn json_ld_graph_date_wins_over_modified() {
    let got = extract_fixture("datacentre-graph.html");
    assert_eq!(
        got.title,
        "Aurelia Systems lifts data-centre budget to £9bn"
    );
    assert_eq!(got.byline.as_deref(), Some("Priya Castellano"));
    assert_eq!(got.site_name.as_deref(), Some("Northwind Ledger"));
    assert_eq!(
        got.published_at.as_deref(),
        Some("2025-04-30T14:05:00+01:00"),
        "datePublished of the NewsArticle in @graph, not the page's dateModified"
    );
    assert_eq!(got.lang.as_deref(), Some("en-GB"));
    assert_eq!(
        got.canonical_url.as_deref(),
        Some("https://news.example.com/business/2025/04/30/aurelia-data-centres"),
        "relative canonical resolved, tracking params and trailing slash dropped"
    );
    assert_eq!(
        got.lead_image.as_deref(),
        Some("https://news.example.com/img/aurelia-campus.jpg")
    );
    assert!(
        got.text
            .starts_with("Aurelia Systems said on Wednesday it would spend up to £9bn"),
        "text starts with the lead paragraph: {}",
        got.text
    );
    assert!(
        got.text
            .contains("\n\nThe company, which runs server halls"),
        "paragraphs split by a blank line"
    );
    assert!(
        !got.text.contains("All rights reserved"),
        "footer is not article text"
    );
    assert!(
        !got.text.contains("Chip makers rally"),
        "related links are not article text"
    );
    assert_inert(&got.html);
}

#[test]
fn article_published_time_meta() {
    let got = extract_fixture("meta-published.html");
    assert_eq!(
        got.title,
        "Regional rail operator orders forty electric trains"
    );
    assert_eq!(got.byline.as_deref(), Some("Tomasz Okafor"));
    assert_eq!(got.site_name.as_deref(), Some("The Valley Dispatch"));
    assert_eq!(got.published_at.as_deref(), Some("2024-11-02T08:00:00Z"));
    assert_eq!(
        got.canonical_url.as_deref(),
        Some("https://valley-dispatch.example/transport/rail-order"),
        "og:url is the canonical when there is no link rel=canonical (its ?ref= marker dropped)"
    );
    assert!(got.text.contains("ordered forty battery-electric trains"));
}

#[test]
fn time_element_in_the_article_header() {
    let got = extract_fixture("time-only.html");
    assert_eq!(got.title, "City library extends weekend opening hours");
    assert_eq!(
        got.published_at.as_deref(),
        Some("2023-06-14"),
        "the article's <time>, not the footer's later one; date only, so no time"
    );
    assert_eq!(got.byline, None);
    assert_eq!(got.canonical_url, None, "no canonical link and no og:url");
    assert!(
        got.text
            .contains("The central library will open on Sunday afternoons")
    );
}

#[test]
fn a_sidebars_time_yields_to_the_date_under_the_headline() {
    let got = extract_fixture("sidebar-recent-posts-dated.html");
    assert_eq!(got.title, "River council approves new bridge budget");
    assert_eq!(
        got.published_at.as_deref(),
        Some("2025-07-10"),
        "the date under the headline, not the first <time> of the recent-posts column"
    );
    assert_eq!(got.byline.as_deref(), Some("Ada Lindqvist"));
}

#[test]
fn byline_and_site_suffix_in_title() {
    let got = extract_fixture("byline-suffix.html");
    assert_eq!(
        got.title, "Harbour council approves tidal barrier plan",
        "site suffix cut"
    );
    assert_eq!(got.byline.as_deref(), Some("Jane Doe"), "\"By\" dropped");
    assert_eq!(
        got.site_name.as_deref(),
        Some("The Coastal Courier"),
        "site from the <title> suffix"
    );
    assert_eq!(
        got.published_at.as_deref(),
        Some("2022-03-09"),
        "meta pubdate 20220309"
    );
    assert_eq!(
        got.excerpt.as_deref(),
        Some("Councillors backed the £120m scheme after a two-year consultation.")
    );
    assert!(
        got.text
            .starts_with("Councillors voted on Tuesday to build a tidal barrier")
    );
}

#[test]
fn hostile_page_comes_out_inert() {
    let got = extract_fixture("hostile.html");
    assert_eq!(got.title, "Water utility warns of summer hosepipe ban");
    assert!(
        got.text.contains("a hosepipe ban is likely this summer"),
        "{}",
        got.text
    );
    assert!(
        !got.text.contains("injected by script") && !got.text.contains("alert("),
        "{}",
        got.text
    );
    assert_inert(&got.html);
    assert!(
        got.html
            .contains(r#"href="https://news.example.com/reservoirs""#),
        "the safe link survives, resolved: {}",
        got.html
    );
    assert!(!got.html.contains("target="), "{}", got.html);
}

#[test]
fn serializes_in_contract_order() {
    let got = extract_fixture("meta-published.html");
    let json = serde_json::to_string(&got).expect("serializable");
    let keys = [
        "title",
        "byline",
        "site_name",
        "published_at",
        "lang",
        "canonical_url",
        "text",
        "html",
    ];
    let positions: Vec<usize> = keys
        .iter()
        .map(|k| {
            json.find(&format!("\"{k}\":"))
                .unwrap_or_else(|| panic!("{k} missing"))
        })
        .collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "contract order: {json}"
    );
}

#[test]
fn short_pages_fall_back_to_the_body() {
    let html = "<html><head><title>Notice</title></head><body><p>The office is closed today.</p></body></html>";
    let got = extract_html(html, None).expect("short page still clips");
    assert_eq!(got.title, "Notice");
    assert_eq!(got.text, "The office is closed today.");
    let got = extract_html("<p>Just a fragment of text</p>", None).expect("fragment clips");
    assert_eq!(
        got.title, "Just a fragment of text",
        "title from the first words"
    );
    assert!(
        got.html.contains("<p>Just a fragment of text</p>"),
        "{}",
        got.html
    );
}

#[test]
fn code_written_with_br_line_ends_keeps_its_lines() {
    let para = "<p>The script starts every tool the working day needs, in the order the \
                calendar asks for, and leaves the messages for last so the morning stays calm.</p>"
        .repeat(4);
    let html = format!(
        "<html><head><title>Morning script</title></head><body><article><h1>Morning script</h1>\
         {para}<pre>#!/usr/bin/env python3<br><br>import subprocess<br>import time</pre>{para}\
         </article></body></html>"
    );
    let got = extract_html(&html, Some(PAGE_URL)).expect("page extracts");
    assert!(
        got.text
            .contains("python3\n\nimport subprocess\n\nimport time"),
        "each code line on its own: {}",
        got.text
    );
    assert!(
        got.html
            .contains("<pre>#!/usr/bin/env python3\n\nimport subprocess\nimport time</pre>"),
        "the block stays one <pre>, not paragraphs: {}",
        got.html
    );
}

#[test]
fn pages_without_text_are_no_content() {
    for html in [
        "",
        "   \n ",
        "<html><body></body></html>",
        "<body><img src=x><style>p{}</style></body>",
    ] {
        assert!(
            matches!(extract_html(html, None), Err(ClipError::NoContent)),
            "{html:?}"
        );
    }
    // No text but scripts: an app shell that writes its text in the browser.
    for html in [
        "<html><head><title>Only a title</title></head><body><script>var x = 'not text';</script></body></html>",
        "<HTML><BODY><div id=app></div><SCRIPT src=/app.js></SCRIPT></BODY></HTML>",
        "<head><link rel=modulepreload href=/chunk-1.js></head><body class=app></body>",
    ] {
        let err = extract_html(html, None).expect_err("no text");
        assert!(matches!(err, ClipError::ScriptOnly), "{html:?}: {err:?}");
        assert!(err.to_string().contains("extension"), "{err}");
    }
}

#[test]
fn odd_input_never_panics() {
    // Binary garbage, as a lossy string.
    let garbage: Vec<u8> = (0..20_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let _ = extract_html(&String::from_utf8_lossy(&garbage), Some(PAGE_URL));
    // Truncated mid-tag and mid-attribute.
    let page = fixture("datacentre-graph.html");
    for cut in [10, 200, 700, 1500, page.len() / 2, page.len() - 20] {
        let head: String = page.chars().take(cut).collect();
        let _ = extract_html(&head, Some(PAGE_URL));
    }
    // Deep nesting: past Readability's budget (600), and past the parser's (100,000).
    for depth in [600, 100_000] {
        let nested = format!(
            "{}<p>deep text</p>{}",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        );
        let started = std::time::Instant::now();
        let got = extract_html(&nested, None).expect("nested text is text");
        assert_eq!(got.text, "deep text", "depth {depth}");
        assert!(
            started.elapsed() < std::time::Duration::from_secs(20),
            "depth {depth} must not stall a clip: {:?}",
            started.elapsed()
        );
    }
    // Unclosed everything, odd URLs, broken JSON-LD.
    let odd = r#"<html><head><script type="application/ld+json">{"datePublished": </script>
        <link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="::::">
        <body><table><tr><td><p>Cell text that goes on for a while<ul><li>item"#;
    let got = extract_html(odd, Some("not a url")).expect("text is present");
    assert_eq!(got.canonical_url, None);
    assert!(got.text.contains("Cell text"));
}

#[test]
fn streamed_page_gets_its_article_visible_date_and_bare_byline() {
    let got = extract_fixture("streamed-no-date-meta.html");
    assert!(
        got.text.contains("reopened the east quay") && got.text.contains("hourly crossings"),
        "the streamed segments replace the loading skeleton: {}",
        got.text
    );
    assert_eq!(
        got.published_at.as_deref(),
        Some("2025-06-03"),
        "no metadata date: the header's published date, not the updated one or the nav's"
    );
    assert_eq!(
        got.byline.as_deref(),
        Some("Marta Quillon"),
        "role words are not the name"
    );
}

#[test]
fn text_a_site_stored_as_windows_1252_is_read_as_written() {
    let para = "Today&acirc;&euro;&trade;s search engines answer directly, so fewer readers \
        click through &acirc;&euro;&rdquo; the sites that wrote the answers see less traffic. ";
    let html = format!(
        "<html><head><title>Search changes</title></head><body><article><h1>Search \
         changes</h1><p>{}</p><p>{}</p></article></body></html>",
        para.repeat(3),
        para.repeat(3)
    );
    let got = extract_html(&html, Some(PAGE_URL)).expect("extracts");
    assert!(got.text.contains("Today’s search engines"), "{}", got.text);
    assert!(
        got.text.contains("click through — the sites"),
        "{}",
        got.text
    );
    assert!(
        !got.text.contains('â') && !got.html.contains('â'),
        "{}",
        got.html
    );
}

#[test]
fn numbered_list_items_keep_their_numbers_in_the_text() {
    let steps = "<p>Each step below takes a morning and saves the household money every \
        single week of the year, as the council's waste officers found in their survey.</p>";
    let html = format!(
        "<html><body><article><h1>Zero waste</h1>{steps}{steps}<ol><li><h3>Audit your \
         waste</h3><p>Look in the bin.</p></li><li>Reduce plastic</li></ol>\
         <ol start=\"7\"><li>Compost</li></ol><ul><li>Not numbered</li></ul>{steps}\
         <ol><li><ol start=\"3\"><li>Sub-step</li></ol></li><li>Sort <ul><li>glass</li></ul>\
         </li></ol>\
         </article></body></html>"
    );
    let got = extract_html(&html, Some(PAGE_URL)).expect("extracts");
    for line in [
        "1. Audit your waste",
        "2. Reduce plastic",
        "7. Compost",
        "Not numbered",
        "3. Sub-step",
        "2. Sort",
        "glass",
    ] {
        assert!(
            got.text.lines().any(|l| l == line),
            "{line:?} in {}",
            got.text
        );
    }
    assert!(
        !got.html.contains("1. "),
        "the HTML keeps its own list: {}",
        got.html
    );
}

#[test]
fn a_page_too_big_to_parse_keeps_the_title_author_and_date_of_its_head() {
    let comments = "<li><span>reader</span><p>nice</p></li>".repeat(12_000);
    let html = format!(
        r#"<html><head><title>Council approves budget - Harbour Herald</title>
        <meta property="og:site_name" content="Harbour Herald">
        <script type="application/ld+json">{{"@type":"NewsArticle","headline":"Council approves budget",
        "datePublished":"2024-03-05T09:00:00Z","author":{{"@type":"Person","name":"Ada Lovelace"}}}}</script>
        </head><body><article><h1>Council approves budget</h1><p>The council voted on Tuesday to
        approve the budget for the coming year after a long debate about roads.</p></article>
        <ol>{comments}</ol></body></html>"#
    );
    let got = extract_html(&html, Some("https://herald.example/news/council")).unwrap();
    assert_eq!(got.title, "Council approves budget");
    assert_eq!(got.byline.as_deref(), Some("Ada Lovelace"));
    assert_eq!(got.site_name.as_deref(), Some("Harbour Herald"));
    assert_eq!(
        got.published_at.as_deref().map(|d| &d[..10]),
        Some("2024-03-05")
    );
}

/// A page whose header lines sit inside the article: a byline paragraph (which Readability
/// takes as the byline but also as the excerpt) and, on the second page, a date paragraph.
fn header_page(header: &str) -> String {
    format!(
        r#"<html><head><title>Harbour council approves tidal barrier</title>
        <meta name="author" content="Jane Doe"></head><body><article>
        <h1>Harbour council approves tidal barrier</h1>{header}
        <p>Councillors voted on Tuesday to build a tidal barrier across the harbour mouth,
        ending a two-year argument about how to protect the old town from winter storms.</p>
        <p>The barrier will cost about £120m and should be finished before the winter of 2027,
        the council's engineers said after the vote in the town hall.</p>
        <p>Opponents said the money would be better spent on raising the sea wall, and asked
        for an independent review of the plan before any contract is signed.</p>
        </article></body></html>"#
    )
}

#[test]
fn the_excerpt_and_the_body_start_past_the_byline_and_date_lines() {
    let first = "Councillors voted on Tuesday to build a tidal barrier across the harbour mouth";
    for header in [
        r#"<p class="byline">By <span class="author">Jane Doe</span> · <time datetime="2025-07-14">2025-07-14</time></p>"#,
        "<p>By Jane Doe</p><p>July 14, 2025</p>",
        "<p>By Jane Doe | July 14, 2025</p>",
        "<p>Updated July 14, 2025, 10:09 a.m. ET</p>",
    ] {
        let got = extract_html(&header_page(header), Some(PAGE_URL)).expect("extracts");
        assert!(
            got.excerpt.as_deref().is_some_and(|e| e.starts_with(first)),
            "the excerpt is the article's first words, not its header {header:?}: {:?}",
            got.excerpt
        );
        assert!(
            !got.text.contains("July 14, 2025") && !got.text.contains("2025-07-14"),
            "no date line left in the body under {header:?}: {}",
            got.text
        );
        assert!(
            !got.html.contains("July 14, 2025") && !got.html.contains(">2025-07-14<"),
            "nor in the HTML the reader shows, under {header:?}: {}",
            got.html
        );
    }
}

#[test]
fn the_html_leaves_out_the_chrome_lines_the_text_leaves_out() {
    let page = header_page(
        "<p>Advertisement - Page continues below</p>\
         <div class=\"toc\"><p>Table of Contents</p></div>\
         <figure><img src=\"/barrier.jpg\" alt=\"The barrier\"><figcaption>Photo: Shutterstock</figcaption></figure>",
    );
    let got = extract_html(&page, Some(PAGE_URL)).expect("extracts");
    for chrome in ["Advertisement", "Table of Contents", "Photo: Shutterstock"] {
        assert!(
            !got.text.contains(chrome),
            "{chrome} in the text: {}",
            got.text
        );
        assert!(
            !got.html.contains(chrome),
            "{chrome} in the HTML: {}",
            got.html
        );
    }
    assert!(got.html.contains("tidal barrier"), "{}", got.html);
}

#[test]
fn letters_that_change_length_in_lower_case_break_no_field_of_a_page() {
    // The scrape fuzz seed's lines as a page's title, author, byline, date line and body.
    let seed = include_str!("../../../tests/fixtures/fuzz/shrinking-lower-case.txt");
    let body = "<p>The port said on Monday it would add a berth for larger ships by 2027, at a cost of 120 million euros, and that the work would start in the spring.</p>";
    for line in seed.lines().filter(|l| !l.trim().is_empty()) {
        let line = crate::clip::text::escape_html(line);
        let page = format!(
            "<html><head><title>{line} - Hafen</title><meta name=\"author\" content=\"{line}\">\
             <meta property=\"og:site_name\" content=\"{line}\"></head><body><article><h1>{line}</h1>\
             <p class=\"byline\">{line}</p><time>{line}</time>{body}{body}<p>{line}</p></article></body></html>"
        );
        let got = extract_html(&page, Some("https://hafen.example/2025/07/14/berth"))
            .unwrap_or_else(|e| panic!("{line}: {e}"));
        assert!(got.text.contains("add a berth"), "{line}");
    }
}

#[test]
fn a_credit_line_opening_the_text_names_the_author() {
    // No byline element, no author metadata: "Words and photos by ..." over the first
    // paragraph is the byline, and leaves the text.
    let para = "Volunteers counted 212 nesting pairs of great blue herons in the marsh this \
        spring, the most since the survey began in 1998. ";
    let html = format!(
        "<html><head><title>Heron count</title></head><body><article><h1>Herons return to \
         the marsh in record numbers</h1><p><em>Words and photos by Theo Brandvold</em></p>\
         <p>{}</p><p>{}</p></article></body></html>",
        para.repeat(3),
        para.repeat(2)
    );
    let got = extract_html(&html, Some(PAGE_URL)).expect("extracts");
    assert_eq!(got.byline.as_deref(), Some("Theo Brandvold"));
    assert!(got.text.starts_with("Volunteers counted"), "{}", got.text);
}

#[test]
fn a_blog_themes_title_tag_gives_the_headline_its_h2_shows() {
    // The old default WordPress theme: the site's name in the header's <h1>, the post's
    // title in an <h2>, "Site » Blog Archive » Headline" in <title>.
    let para = "Measure L, the bond to rebuild the levees along the east bank, fell short \
        of the two-thirds it needed by fewer than four hundred votes. ";
    let html = format!(
        "<html><head><title>Riverbend Dispatch &raquo; Blog Archive &raquo; Why the levee \
         bond failed</title></head><body><div id=\"header\"><h1><a href=\"/\">Riverbend \
         Dispatch</a></h1></div><div id=\"content\"><div class=\"post\"><h2>Why the levee \
         bond failed</h2><div class=\"entry\"><p>{}</p><p>{}</p></div><p class=\"postmetadata\">\
         This entry was posted on Tuesday, November 4th, 2025 and is filed under Water.</p>\
         </div></div></body></html>",
        para.repeat(3),
        para.repeat(2)
    );
    let got = extract_html(&html, Some(PAGE_URL)).expect("extracts");
    assert_eq!(got.title, "Why the levee bond failed");
    assert_eq!(got.site_name.as_deref(), Some("Riverbend Dispatch"));
}

/// A paragraph of a blog post about water rates, for the blog theme tests below.
const WATER_RATES: &str = "The county's water board voted on Tuesday to raise rates by nine \
    percent from January, the first rise in six years. ";

#[test]
fn a_commenter_in_a_recent_comments_widget_is_no_byline() {
    let html = format!(
        "<html><head><title>Water rates rise</title></head><body><div id=\"sidebar\"><h2>\
         Recent Comments</h2><ul><li class=\"recentcomments\"><span class=\"comment-author-link\">\
         Marge Tully</span> on <a href=\"/?p=1\">Water rates rise</a></li></ul></div><div \
         class=\"post\"><h2>Water rates rise</h2><div class=\"entry\"><p>{}</p><p>{}</p></div>\
         </div></body></html>",
        WATER_RATES.repeat(3),
        WATER_RATES.repeat(2)
    );
    let got = extract_html(&html, Some(PAGE_URL)).expect("extracts");
    assert_eq!(got.byline, None);
}

#[test]
fn a_blog_themes_line_under_the_post_names_its_author_and_leaves_the_text() {
    let html = format!(
        "<html><head><title>Water rates rise</title></head><body><div class=\"post\"><h2>\
         Water rates rise</h2><div class=\"entry\"><p>{}</p><p>{}</p></div><p \
         class=\"postmetadata alt\"><small>This entry was posted by <a href=\"/?author=2\">\
         Will Harmon</a> on Tuesday, November 4th, 2025 at 9:14 pm and is filed under \
         <a href=\"/?cat=3\">Water</a>. You can follow any responses to this entry through \
         the RSS 2.0 feed.</small></p></div></body></html>",
        WATER_RATES.repeat(3),
        WATER_RATES.repeat(2)
    );
    let got = extract_html(&html, Some(PAGE_URL)).expect("extracts");
    assert_eq!(got.byline.as_deref(), Some("Will Harmon"));
    assert!(!got.text.contains("This entry was posted"), "{}", got.text);
}
