//! Tests of the splitter on more sites' copy-paste shapes (`tests/fixtures/scrapes/`):
//! digests, wire stories, standfirsts, captions and credits, other languages and scripts,
//! live blogs, Markdown copies, aggregators' outlet and time lines, readers' comments.

use super::boundaries::is_live_blog;
use super::tests::{Row, fixture, rows, split};

/// The title `split` gives `headline` over a one-paragraph body.
fn title_over_a_body(headline: &str) -> String {
    let text = format!(
        "{headline}\n\nThe club confirmed on Monday that the deal was done after weeks of talks, its chairman said."
    );
    split(&text).remove(0).title
}

#[test]
fn numbered_digest_loses_its_list_numbers() {
    let got = fixture!("numbered-digest.txt");
    assert_eq!(
        rows(&got),
        vec![
            (
                "Oil prices slip as stockpiles grow",
                Some("Reuters"),
                None,
                None
            ),
            (
                "Airline orders 60 narrowbody jets",
                Some("Bloomberg"),
                None,
                None
            ),
            (
                "Retail sales beat forecasts in June",
                Some("Financial Times"),
                None,
                None
            ),
        ],
        "'1.', '2.', '3.' number the digest, not the headlines"
    );
    assert_eq!(
        title_over_a_body("2. Bundesliga side signs striker"),
        "2. Bundesliga side signs striker",
        "a lone number is part of the headline"
    );
}

#[test]
fn section_in_the_menu_is_not_the_outlet_but_the_copyright_owner_is() {
    let got = fixture!("article-under-site-menu.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Regulators open inquiry into chipmaker's supply deals",
            Some("The Daily Ledger"),
            Some("Priya Raman"),
            Some("2025-07-14T10:00:00Z"),
        )],
        "'Tech' in the menu and above the headline is a section; the page's copyright line names the outlet"
    );
    assert_eq!(got[0].text.split("\n\n").count(), 4, "{}", got[0].text);
}

#[test]
fn copyright_lines_name_their_owner() {
    use super::copyright::copyright_holder;
    for (line, owner) in [
        ("© 2025 The Daily Ledger", Some("The Daily Ledger")),
        (
            "© 2025 Example Wire. All rights reserved.",
            Some("Example Wire"),
        ),
        ("Copyright © 2019-2025 Acme News Ltd", Some("Acme News")),
        (
            "Copyright The Evening Ledger Limited 2025. All rights reserved.",
            Some("The Evening Ledger"),
        ),
        ("(c) The Herald 2024", Some("The Herald")),
        (
            "© Copyright 2025 The Beacon-Ledger, 412 N. Main St. Millbrook, IL | Terms of Use",
            Some("The Beacon-Ledger"),
        ),
        ("Copyright notice: do not reproduce", None),
        ("Copyright Office Rejects AI Artwork Claims", None),
        ("© Getty Images", None),
        ("© Ouest-Gazette", Some("Ouest-Gazette")),
        ("© Reuters", None),
        ("Copyright law changes", None),
        ("© 2025 Getty Images", None),
        (
            "© 2025 İİİstanbul Haber. All rights reserved.",
            Some("İİİstanbul Haber"),
        ),
        ("© 2025", None),
        ("The Daily Ledger", None),
        (
            "Copyright © 2025 FRANCE 24 - All rights reserved.",
            Some("FRANCE 24"),
        ),
        ("© 24 Heures 2025", Some("24 Heures")),
        (
            "©2025 Harbor Globe Media Partners, LLC",
            Some("Harbor Globe Media Partners"),
        ),
        (
            "Copyright © 2025 Deccan Ledger Private Ltd. All rights reserved",
            Some("Deccan Ledger"),
        ),
    ] {
        assert_eq!(copyright_holder(line), owner, "{line:?}");
    }
    let long = format!("© {}", "1 ".repeat(250_000));
    assert_eq!(
        copyright_holder(&long),
        None,
        "a long line is prose, read at once"
    );
}

#[test]
fn german_article_with_stand_and_von_lines() {
    let got = fixture!("german-article.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Bahn bestellt 200 neue Regionalzüge",
            None,
            Some("Anna Schmidt"),
            Some("2025-07-14"),
        )],
        "'Stand: 14.07.2025 10:09 Uhr' is the time, 'Von' the byline, 'Wirtschaft' a section"
    );
    let paras: Vec<&str> = got[0].text.split("\n\n").collect();
    assert_eq!(paras.len(), 3, "{paras:?}");
    assert!(paras[0].starts_with("Die Deutsche Bahn"));
}

#[test]
fn headline_then_standfirst_and_caption_lines() {
    let got = fixture!("article-with-standfirst-and-captions.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Floods force thousands from homes in river valley",
            None,
            Some("Tom Ellery"),
            Some("2025-07-14T08:15:00Z"),
        )],
        "the longer line right under the headline is its standfirst"
    );
    let text = &got[0].text;
    assert_eq!(
        got[0].dek.as_deref(),
        Some("Rescue teams worked through the night as water levels rose")
    );
    assert!(
        text.starts_with("The environment agency issued 40 severe flood warnings"),
        "{text}"
    );
    for chrome in [
        "Image caption",
        "Image: Reuters",
        "Read more",
        "Related Topics",
    ] {
        assert!(!text.contains(chrome), "{chrome:?} left in {text}");
    }
    assert!(
        text.ends_with("The army has been put on standby."),
        "{text}"
    );
}

#[test]
fn wire_story_with_glued_times_caption_and_credits() {
    let got = fixture!("wire-story-with-gallery-caption.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Ukraine says it downed 40 drones overnight",
            Some("Reuters"),
            Some("Pavel Ivanenko and Clara Stein"),
            Some("2025-07-14T09:09:00Z"),
        )],
        "the published time before a glued 'Updated'; the agency from the dateline, not the topic link under the story"
    );
    let paras: Vec<&str> = got[0].text.split("\n\n").collect();
    assert!(paras[0].starts_with("KYIV, July 14 (Reuters)"), "{paras:?}");
    assert!(
        !got[0].text.contains("REUTERS/Staff") && !got[0].text.contains("Reporting by"),
        "{paras:?}"
    );
}

#[test]
fn wire_story_with_author_box() {
    let got = fixture!("wire-story-with-author-box.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Fed officials see rate cuts later this year, minutes show",
            Some("Associated Press"),
            Some("Martin Crutsinger"),
            Some("2025-07-09T19:14:00Z"),
        )],
        "'WASHINGTON (AP) —' names the agency by its initials; 3:14 PM EDT is 19:14 UTC"
    );
    assert!(
        !got[0].text.contains("\n\nMARTIN CRUTSINGER"),
        "the author's name alone is not a paragraph: {}",
        got[0].text
    );
}

#[test]
fn byline_with_a_job_title_and_an_age_warning() {
    let got = fixture!("article-with-role-byline.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Ministers to fast-track planning for grid upgrades",
            None,
            Some("Jessica Ashworth"),
            Some("2025-07-14T09:09:00Z"),
        )],
        "'Jessica Ashworth Deputy political editor' is a name and a job title"
    );
    let text = &got[0].text;
    assert!(
        (got[0].dek.as_deref().unwrap_or_default()).starts_with("Plans would cut approval times"),
        "{:?}",
        got[0].dek
    );
    assert!(
        text.starts_with("Ministers will announce plans on Monday"),
        "{text}"
    );
    assert!(text.ends_with("silencing rural communities."), "{text}");
    assert!(!text.contains("political editor") && !text.contains("years old"));
}

#[test]
fn credited_photo_and_reporting_from_lines() {
    let got = fixture!("article-with-credited-photo.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Heat Wave Pushes Power Grid to the Brink in Texas",
            None,
            Some("Daniel Okoro"),
            Some("2025-07-13"),
        )],
        "the caption above 'Credit...' and 'Reporting from' split nothing and name no outlet"
    );
    let text = &got[0].text;
    for chrome in [
        "substation near Austin",
        "Credit",
        "Share full",
        "Reporting from",
        "Listen",
        "covers energy",
    ] {
        assert!(!text.contains(chrome), "{chrome:?} left in {text}");
    }
    assert_eq!(
        got[0].dek.as_deref(),
        Some(
            "Demand set a record on Sunday as temperatures passed 110 degrees in parts of the state."
        )
    );
    assert_eq!(
        text.split("\n\n").count(),
        2,
        "two paragraphs under the standfirst; the author note is the author box's"
    );
}

#[test]
fn headline_over_two_standfirst_lines() {
    let got = fixture!("article-with-two-standfirst-lines.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Copper Hits Record as Chile Mine Strike Drags On",
            None,
            Some("Lucia Ferrante"),
            Some("2025-07-14T09:09:00Z"),
        )],
        "the first of three headline-length lines in a row is the headline"
    );
    assert_eq!(
        got[0].dek.as_deref(),
        Some(
            "Workers at the country's largest mine walked out last week\n\
             Prices are up 12% so far this year on supply worries"
        ),
        "both lines under the headline are its standfirst"
    );
    assert!(got[0].text.starts_with("Copper rose to a record in London"));
    assert!(!got[0].text.contains("Translate") && !got[0].text.contains("2:15"));
}

#[test]
fn japanese_article_without_spaces() {
    let got = fixture!("japanese-article.txt");
    assert_eq!(
        rows(&got),
        vec![("日銀、政策金利を据え置き", None, None, Some("2025-07-14"))],
        "the headline outweighs the section label; '2025年7月14日 10:09' is the date"
    );
    let paras: Vec<&str> = got[0].text.split("\n\n").collect();
    assert_eq!(
        paras.len(),
        2,
        "a sentence holding '%' is not URL debris: {paras:?}"
    );
}

#[test]
fn analysis_byline_with_outlet_and_a_link_line() {
    let got = fixture!("analysis-byline.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Why airlines are suddenly cutting summer flights",
            Some("CNN"),
            Some("Jane Holloway"),
            Some("2025-07-14T14:09:00Z"),
        )],
        "'Analysis by Jane Holloway, CNN' is a byline and an outlet"
    );
    assert!(!got[0].text.contains("Also Read"), "{}", got[0].text);
    assert_eq!(got[0].text.split("\n\n").count(), 3);
}

#[test]
fn live_blog_entries_stay_one_article() {
    let got = fixture!("live-blog.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Heatwave live: temperatures hit 35C as hosepipe bans spread",
            None,
            None,
            Some("2025-07-13T13:32:00Z"),
        )],
        "a timed entry with its own headline is part of the live blog; 'Live' is a badge; \
         14:32 BST is after the 12:00 UTC clip, so the day before"
    );
    let text = &got[0].text;
    assert!(
        text.starts_with("Third water company announces hosepipe ban"),
        "{text}"
    );
    assert!(text.contains("Met Office extends amber warning"), "{text}");
    // Each later entry keeps its time in the text, over its headline.
    assert!(
        text.contains("13:58 BST\n\nMet Office extends amber warning"),
        "{text}"
    );
    assert!(text.ends_with("above 20C in London."), "{text}");
    assert!(!is_live_blog("Where the wild things live"));
    assert!(is_live_blog("Wimbledon 2025: day eight – live"));
}

#[test]
fn a_live_label_over_a_plain_headline_keeps_the_live_page_one_article() {
    let got = fixture!("live-label-over-a-plain-headline.txt");
    assert_eq!(
        got.len(),
        1,
        "its timed entries are updates of one live page: {:?}",
        rows(&got)
    );
    let a = &got[0];
    assert_eq!(
        a.title,
        "Port authority approves the northern terminal; shipping lines split over the fees"
    );
    for entry in [
        "Union asks for a review of night shifts",
        "Lindqvist Lines will not move",
        "keep its ships at the old quays for now.",
        "We will follow the reactions of the operators, the unions and the city here.",
    ] {
        assert!(a.text.contains(entry), "{entry:?} in {}", a.text);
    }
    for chrome in ["Advertisement", "Load more", "Sign up"] {
        assert!(!a.text.contains(chrome), "{chrome:?} in {}", a.text);
    }
}

#[test]
fn a_menu_ending_in_live_over_timed_stories_is_no_live_page() {
    let got = fixture!("menu-ending-in-live-over-timed-stories.txt");
    let titles: Vec<&str> = got.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Port authority approves northern terminal",
            "City council delays the budget vote again"
        ],
        "each timed story under the menu is an article of its own"
    );
}

#[test]
fn markdown_copy_reads_like_plain_text() {
    let got = fixture!("markdown-copy.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Startup builds fusion test reactor in former steelworks",
            None,
            Some("Maria Gonzalez"),
            Some("2025-07-12"),
        )],
        "'# ' and '**' are marks, not text"
    );
    assert_eq!(got[0].text.split("\n\n").count(), 2);
    let linked = split(
        "# Grid deal agreed\n\nThe [regulator's report](https://example.test/r.pdf) found that __init__ files were fine, and *this* stays as written, [one](a)[two](b) and f**k too.",
    );
    assert_eq!(linked[0].title, "Grid deal agreed");
    assert!(
        linked[0]
            .text
            .starts_with("The regulator's report found that __init__ files"),
        "{}",
        linked[0].text
    );
    assert!(
        linked[0].text.ends_with("as written, onetwo and f**k too."),
        "{}",
        linked[0].text
    );
}

/// The first two stories of the aggregator fixtures, clipped at 12:00 UTC.
fn oil_and_jets() -> Vec<Row<'static>> {
    vec![
        (
            "Oil prices slip as stockpiles grow",
            Some("Reuters"),
            None,
            Some("2025-07-14T10:00:00Z"),
        ),
        (
            "Airline orders 60 narrowbody jets",
            Some("Bloomberg"),
            None,
            Some("2025-07-14T07:00:00Z"),
        ),
    ]
}

#[test]
fn aggregator_shapes_of_outlet_and_time() {
    let expected = oil_and_jets();
    let suffix = fixture!("aggregator-outlet-suffix.txt");
    assert_eq!(
        rows(&suffix),
        expected,
        "'Headline - Reuters' over 'Reuters·2 hours ago' (a dot with no spaces)"
    );
    let parens = fixture!("aggregator-time-in-parentheses.txt");
    assert_eq!(rows(&parens), expected, "'Reuters (2 hours ago)'");
    assert_eq!(
        title_over_a_body("Markets close higher (July 14, 2025)"),
        "Markets close higher (July 14, 2025)",
        "a headline with a date in parentheses stays a headline"
    );
}

#[test]
fn teasers_cut_off_with_read_more() {
    let got = fixture!("teasers-with-read-more.txt");
    assert_eq!(
        rows(&got),
        [
            oil_and_jets(),
            vec![(
                "Retail sales beat forecasts in June",
                Some("Financial Times"),
                None,
                Some("2025-07-13"),
            )],
        ]
        .concat(),
        "'time · outlet' above each headline; a teaser ending '… Read more' is a body"
    );
    for a in &got {
        assert!(
            !a.text.contains("Read more")
                && !a.text.contains("Read More")
                && !a.text.contains("Continue reading"),
            "{}",
            a.text
        );
    }
}

#[test]
fn section_label_and_editor_line_are_not_the_outlet() {
    let got = fixture!("section-label-and-editor.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "RBI keeps repo rate unchanged at 5.5%",
            None,
            None,
            Some("2025-07-14T04:39:00Z"),
        )],
        "'Business News' labels a section; 'Edited By: ...' is a label and its value"
    );
    assert_eq!(got[0].text.split("\n\n").count(), 3, "{}", got[0].text);
    assert!(!got[0].text.contains("Also Read"));
}

#[test]
fn readers_comments_are_neither_text_nor_articles() {
    let got = fixture!("blog-post-with-comments.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "How we cut our cloud bill by 40%",
            None,
            Some("Sam Patel"),
            Some("2025-07-10"),
        )],
        "the replies under '23 Comments' are no article of their own"
    );
    let text = &got[0].text;
    assert!(text.ends_with("nobody had read in two years."), "{text}");
    assert!(!text.contains("says") && !text.contains("spot instances being reclaimed"));
    // A count of comments by the byline opens no thread: the body after it stays.
    let counted = split(
        "Markets rally on rate hopes\nBy Jane Doe\n12 Comments\nStocks rose on Monday as investors bet that the central bank would cut rates in September, traders said.\nBond yields fell to their lowest level in three months.",
    );
    assert_eq!(
        counted[0].text.split("\n\n").count(),
        2,
        "{}",
        counted[0].text
    );
}

#[test]
fn a_pull_quote_and_its_credit_leave_the_text_and_the_sentence_stays() {
    let got = fixture!("pull-quote-between-paragraphs.txt");
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    let text = &got[0].text;
    assert!(!text.contains('“'), "the pull quote stays: {text}");
    assert!(
        !text.contains("— Ingrid Halvorsen"),
        "its credit stays: {text}"
    );
    assert!(
        text.contains("\"The fees will pay for the dredging and nothing else, and we will publish every invoice,\" the authority's chair"),
        "the quoted sentence is the story's: {text}"
    );
}

#[test]
fn a_read_also_label_takes_its_linked_headline_out_of_the_text() {
    for label in ["Read also", "Lesen Sie auch", "See also"] {
        let text = format!(
            "Port authority sets dredging fees for the northern terminal\nBy Mette Sørensen\nJuly 14, 2025\nThe port authority on Monday set the fees that shipping lines will pay to use the northern terminal, ending a year of talks with the operators and the city.\nLines calling at the new quays will pay 1.40 euros per tonne of cargo, rising to 1.65 euros in 2027, the authority said in a statement.\n{label}\nFerry timetable changes leave islanders stranded for the summer\nThe city council must still approve a road link to the terminal, and its vote is expected in September after the summer recess.\nTwo of the four largest lines said they would move their ships to the new quays before the end of the year.\n"
        );
        let got = split(&text);
        assert_eq!(got.len(), 1, "{label}: {:?}", rows(&got));
        assert!(
            !got[0].text.contains("Ferry timetable"),
            "{label}: {}",
            got[0].text
        );
        assert!(
            got[0].text.contains("road link"),
            "{label}: {}",
            got[0].text
        );
    }
}
