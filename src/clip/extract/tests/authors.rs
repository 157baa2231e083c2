//! Who wrote a page: `extract_html`'s byline where Readability finds none or too much (a
//! role after the name, the site's name, a name given in full elsewhere, a personal site).

use super::*;

#[test]
fn the_author_is_found_where_readability_does_not_look() {
    let para = "<p>The harbour board approved the dredging plan on Tuesday after a year of \
        hearings, and the first barges are due in the spring when the water is calm.</p>";
    let page = |head: &str, body: &str| {
        format!(
            "<html><head><title>Harbour dredging approved</title>{head}</head><body>\
             <article><h1>Harbour dredging approved</h1>{body}{para}{para}{para}</article>\
             </body></html>"
        )
    };
    let graph = r#"<script type="application/ld+json">{"@context": "https://schema.org",
        "@graph": [{"@type": "Article", "headline": "Harbour dredging approved",
        "author": {"@id": "https://port.example/#/person/7"}},
        {"@type": "Person", "@id": "https://port.example/#/person/7", "name": "Ines Okoro"}]}
        </script>"#;
    let label_first = r#"<p class="post-byline">By</p>
        <span class="post-author"><a href="/people/ines-okoro">Ines Okoro</a></span>"#;
    // Readability stops at the label; the walk goes on past a commenter and initials.
    let past_comments = r#"<p class="post-byline">By</p><div class="comments">
        <span class="comment-author">Rob</span></div><span class="author-avatar">IO</span>
        <span class="post-author">Ines Okoro</span>"#;
    // No marks at all: a short "By" line that reads as a name, not a consent line.
    let unmarked = r#"<p class="small">By clicking Subscribe you agree to our terms.</p>
        <p class="small">By <a href="/people/7">Ines Okoro</a></p>"#;
    let consent_only = r#"<p class="small">By clicking Subscribe you agree to our terms.</p>"#;
    // The metadata names the site itself; the page names the writer.
    let site_as_author = r#"<meta property="og:site_name" content="Port Daily">
        <meta name="author" content="Port Daily">"#;
    let writer_shown = r#"<div class="post-author-name">Ines Okoro</div>"#;
    let nobody_shown = r#"<div class="post-author-name">View more posts</div>"#;
    // The metadata's "author" is the site's credits, each role labelled.
    let site_credits = r#"<meta name="author"
        content="content: Port Daily, design: Ana Ruiz, code: Li Wei, PORT LABS">"#;
    let label_apart = r#"<div class="meta"><p>Written by</p><p>Ines Okoro</p></div>"#;
    // A template's key printed as the metadata's author names no one.
    let template_key = r#"<meta name="author" content="page.head.extra.author">"#;
    // The CMS's login name as the author, the writer's name in the card tags.
    let login_as_author = r#"<meta name="author" content="inesokoro">
        <meta name="twitter:label1" content="Written by">
        <meta name="twitter:data1" content="Ines Okoro">"#;
    // The label in bold and the name after it in the same line; "by:" and "Posted by",
    // with the date after the name.
    let label_in_line = r#"<p class="meta"><strong>Written by:</strong> Ines Okoro</p>"#;
    let by_colon = r#"<p class="meta">by: Ines Okoro, Dec 17, 2025</p>"#;
    let posted_by =
        r#"<span class="posted">Posted by Ines Okoro at December 16, 2025 11:15 AM</span>"#;
    for (head, body, want) in [
        (graph, "", Some("Ines Okoro")),
        ("", label_in_line, Some("Ines Okoro")),
        ("", by_colon, Some("Ines Okoro")),
        ("", posted_by, Some("Ines Okoro")),
        ("", label_first, Some("Ines Okoro")),
        ("", past_comments, Some("Ines Okoro")),
        ("", unmarked, Some("Ines Okoro")),
        ("", consent_only, None),
        (site_as_author, writer_shown, Some("Ines Okoro")),
        (site_as_author, nobody_shown, Some("Port Daily")),
        (site_credits, writer_shown, Some("Ines Okoro")),
        ("", label_apart, Some("Ines Okoro")),
        (template_key, writer_shown, Some("Ines Okoro")),
        (login_as_author, "", Some("Ines Okoro")),
    ] {
        let got = extract_html(&page(head, body), Some(PAGE_URL)).expect("extracts");
        assert_eq!(got.byline.as_deref(), want, "{head}{body}");
    }
}

#[test]
fn a_byline_element_that_adds_a_role_to_the_named_author_gives_the_name() {
    let para = "<p>The harbour board voted to dredge the eastern channel before the autumn \
        storms, after two cargo ships grounded there in the spring and a third was turned \
        away at the breakwater.</p>";
    let page = |byline: &str| {
        format!(
            "<html><head><title>Harbour dredging</title><script type=\"application/ld+json\">\
             {{\"@type\":\"NewsArticle\",\"author\":{{\"@type\":\"Person\",\"name\":\
             \"Tomas Verhoeven\"}}}}</script></head><body><article><h1>Harbour board orders \
             dredging</h1><div class=\"byline\">By {byline}</div>{}</article></body></html>",
            para.repeat(4)
        )
    };
    let role =
        page("<a href=\"/staff/tv\">Tomas Verhoeven</a> <span>Senior Harbour Analyst</span>");
    let got = extract_html(&role, Some(PAGE_URL)).expect("extracts");
    assert_eq!(got.byline.as_deref(), Some("Tomas Verhoeven"));
    // A second author after the one the data names is kept.
    let two = page("<a href=\"/staff/tv\">Tomas Verhoeven</a> and <a>Ines Marlow</a>");
    let got = extract_html(&two, Some(PAGE_URL)).expect("extracts");
    assert_eq!(
        got.byline.as_deref(),
        Some("Tomas Verhoeven and Ines Marlow")
    );
}

#[test]
fn a_byline_broken_over_lines_is_read_line_by_line() {
    let para = "<p>The county fair came back to the river meadows this summer with more \
        stalls than ever, a parade on the Saturday and a tractor pull that ran past dark.</p>";
    let page = |byline: &str| {
        format!(
            "<html><head><title>County fair returns | The Courier</title></head><body>\
             <div class=\"story\"><h1>County fair returns</h1>\
             <div class=\"byline\">{byline}</div>{}</div></body></html>",
            para.repeat(5)
        )
    };
    for (byline, want) in [
        // Readability reads the element's text without its line breaks.
        ("BY JANE DOE<br>Courier Staff Writer", "JANE DOE"),
        ("By Jane Doe<br>and John Roe", "Jane Doe and John Roe"),
        ("By Jane Doe<br/>Special to the Courier", "Jane Doe"),
    ] {
        let got = extract_html(&page(byline), Some(PAGE_URL)).expect("extracts");
        assert_eq!(got.byline.as_deref(), Some(want), "{byline}");
    }
}

#[test]
fn authors_named_by_a_test_hook_are_the_byline_and_leave_the_text() {
    // The data names the site as the author; each writer's name sits in a
    // `data-testid="byline-name"` span over their role, and opened the text with it.
    let para = "<p>Fourteen harbour towns have started answering ferry complaints with a \
        chatbot, and some passengers say they can no longer reach a person at all.</p>";
    let page = format!(
        "<html lang=\"en-GB\"><head><title>Ferry complaints go to a chatbot - Port News\
         </title><meta property=\"og:site_name\" content=\"Port News\">\
         <script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"author\":\
         {{\"@type\":\"NewsMediaOrganization\",\"name\":\"Port News\"}}}}</script></head>\
         <body><article><h1>Ferry complaints go to a chatbot</h1>\
         <div data-component=\"byline-block\"><time datetime=\"2025-06-19\">19 June 2025</time>\
         <div><span data-testid=\"byline-name\">Ines Okoro</span><div><span>Transport \
         reporter</span></div></div><div><span data-testid=\"byline-name\">Tomas \
         Verhoeven</span><div><span>Port News Verify</span></div></div></div>{}</article>\
         </body></html>",
        para.repeat(4)
    );
    let got = extract_html(&page, Some(PAGE_URL)).expect("extracts");
    assert_eq!(
        got.byline.as_deref(),
        Some("Ines Okoro and Tomas Verhoeven")
    );
    assert!(
        got.text.starts_with("Fourteen harbour towns"),
        "{}",
        got.text
    );
}

#[test]
fn a_credit_line_naming_words_and_pictures_gives_the_writer() {
    let para = "<p>The town council voted on Tuesday to reopen the swimming pool on Elm \
        Street, closed since a roof beam cracked in the storms of last winter.</p>";
    let html = format!(
        "<html><head><title>Elm Street pool to reopen</title></head><body><article>\
         <h1>Elm Street pool to reopen</h1><p class=\"credits\">Words: Ines Okoro · \
         Photography: Tomas Verhoeven</p>{}</article></body></html>",
        para.repeat(4)
    );
    let got = extract_html(&html, Some(PAGE_URL)).expect("extracts");
    assert_eq!(got.byline.as_deref(), Some("Ines Okoro"));
}

#[test]
fn the_site_name_after_the_byline_is_not_part_of_it() {
    let para = "The harbour board approved the dredging plan on Tuesday after a year of \
        objections from the fishing fleet, which feared the silt would smother the beds.";
    let page = |byline: &str| {
        format!(
            "<html><head><title>Harbour dredging approved</title>\
             <meta property=\"og:site_name\" content=\"Port Daily\"></head><body><article>\
             <h1>Harbour dredging approved</h1><div class=\"byline\">{byline}</div>\
             <p>{para}</p><p>{para}</p><p>{para}</p></article></body></html>"
        )
    };
    for (byline, want) in [
        ("Ines Okoro Port Daily", "Ines Okoro"),
        ("Ines Okoro, PORT DAILY", "Ines Okoro"),
        ("Ines Okoro", "Ines Okoro"),
        // Not the site's name at the end, or nothing left that reads as a name.
        ("Ines Okoro Port Dailyx", "Ines Okoro Port Dailyx"),
        ("Port Daily", "Port Daily"),
    ] {
        let got = extract_html(&page(byline), Some(PAGE_URL)).expect("extracts");
        assert_eq!(got.byline.as_deref(), Some(want), "{byline}");
    }
}

#[test]
fn a_name_given_in_full_elsewhere_is_taken_in_full() {
    for (short, full) in [
        ("Tina Huffman", "Tina Flint Huffman"),
        ("Brett", "Brett Larkin"),
    ] {
        assert!(fuller_name(short, full), "{short} -> {full}");
    }
    for (short, full) in [
        ("Jane Doe", "Jane Doe Math Editor"),
        ("Alexa", "About Alexa"),
        ("Jane Doe", "Jane and Doe"),
        ("Jane Doe", "Jane Doe"),
        ("Jane Doe", "Senior Autos"),
    ] {
        assert!(!fuller_name(short, full), "{short} -/-> {full}");
    }
    // On a page: the metadata's short form first, the structured data's full name after.
    let para = "<p>The harbour board approved the dredging plan on Tuesday after a year of \
        objections from the fishing fleet, which feared the silt would smother the beds.</p>";
    let html = format!(
        "<html><head><title>Harbour dredging approved</title>\
         <meta name=\"author\" content=\"Ines Okoro\">\
         <script type=\"application/ld+json\">{{\"@type\": \"NewsArticle\", \
         \"author\": {{\"@type\": \"Person\", \"name\": \"Ines Adaeze Okoro\"}}}}</script>\
         </head><body><article><h1>Harbour dredging approved</h1>{para}{para}{para}\
         </article></body></html>"
    );
    let got = extract_html(&html, Some(PAGE_URL)).expect("extracts");
    assert_eq!(got.byline.as_deref(), Some("Ines Adaeze Okoro"));
}

#[test]
fn a_personal_site_without_a_byline_is_its_owners() {
    let para = "I moved my side projects off a managed database this year, and the bill went \
        from forty dollars a month to the price of a small server I already had.";
    let page = format!(
        "<html><head><title>Self-hosting Postgres | Jane Roe</title>\
         <meta property=\"og:site_name\" content=\"Jane Roe\"></head><body><article>\
         <h1>Self-hosting Postgres</h1><p>{para}</p><p>{para}</p><p>{para}</p>\
         </article></body></html>"
    );
    let got =
        extract_html(&page, Some("https://jane.example.dev/notes/postgres")).expect("extracts");
    assert_eq!(got.byline.as_deref(), Some("Jane Roe"));
    // The same page elsewhere says nothing of who wrote it.
    let got = extract_html(&page, Some(PAGE_URL)).expect("extracts");
    assert_eq!(got.byline, None);
}
