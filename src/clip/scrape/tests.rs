//! Tests of the splitter: the seed page and the first fixtures imitating other sites'
//! copy-paste shapes (`tests/fixtures/scrapes/`); more shapes in `shape_tests`,
//! `site_tests` and `byline_tests`, single articles and hostile input in `robust_tests`.
//! The helpers here serve them all.

use super::*;

/// The clip time the contract uses for the seed.
pub(super) fn clip_time() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2025-07-14T12:00:00Z")
        .map(|t| t.with_timezone(&Utc))
        .expect("fixed test time")
}

/// The seed page, or `None` (with a note) when the shared corpus is not on this machine.
fn seed() -> Option<String> {
    let dir = std::env::var("CLIPLINE_CORPUS")
        .unwrap_or_else(|_| format!("{}/../shared/corpus", env!("CARGO_MANIFEST_DIR")));
    let text = std::fs::read_to_string(format!("{dir}/seed/daily8-meta-ai.txt")).ok();
    if text.is_none() {
        println!("DID NOT RUN: corpus not found");
    }
    text
}

pub(super) fn split(text: &str) -> Vec<ScrapedArticle> {
    split_scrape(text, clip_time()).expect("the text holds articles")
}

/// `split` of a file in `tests/fixtures/scrapes/`.
macro_rules! fixture {
    ($name:literal) => {
        split(include_str!(concat!(
            "../../../tests/fixtures/scrapes/",
            $name
        )))
    };
}
pub(super) use fixture;

/// (title, source, byline, published_at) of each article, for table comparisons.
pub(super) type Row<'a> = (&'a str, Option<&'a str>, Option<&'a str>, Option<&'a str>);

/// The rows of `got`, each time as its UTC instant (the tables state instants; that a time
/// keeps the offset its page wrote is `when_tests`' and `page_day_tests`' to check).
pub(super) fn rows(got: &[ScrapedArticle]) -> Vec<Row<'_>> {
    got.iter()
        .map(|a| {
            let (s, b) = (&a.source, &a.byline);
            let p = a.published_at.as_deref().map(in_utc);
            (a.title.as_str(), s.as_deref(), b.as_deref(), p)
        })
        .collect()
}

/// An RFC 3339 time as its UTC instant ("2025-07-13T22:31:00-04:00" ->
/// "2025-07-14T02:31:00Z"); a day as it is. Leaked: a test's few short strings.
pub(super) fn in_utc(p: &str) -> &'static str {
    let utc = DateTime::parse_from_rfc3339(p)
        .map(|t| {
            t.with_timezone(&Utc)
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
        })
        .unwrap_or_else(|_| p.to_owned());
    Box::leak(utc.into_boxed_str())
}

/// A page of one article and what it must give: the article's fields, the words its
/// text ends with, and why (the message when it does not).
pub(super) type SingleCase<'a> = (Vec<ScrapedArticle>, Row<'a>, &'a str, &'a str);

/// Check that each page is one article with its fields, whose text ends where it should.
pub(super) fn assert_single_articles(cases: Vec<SingleCase<'_>>) {
    for (got, want, end, why) in cases {
        assert_eq!(rows(&got), vec![want], "{why}");
        assert!(got[0].text.ends_with(end), "{why}: {}", got[0].text);
    }
}

#[test]
fn seed_splits_into_its_four_articles() {
    let Some(text) = seed() else { return };
    let got = split(&text);
    assert_eq!(
        rows(&got),
        vec![
            (
                "Meta's days of giving free AI may be ending as monetisation plans loom",
                None,
                None,
                None
            ),
            (
                "Meta's Zuckerberg pledges hundreds of billions for AI data centers in superintelligence push",
                Some("Indian Express"),
                None,
                Some("2025-07-14T11:43:00Z"),
            ),
            (
                "Five EU states to test age verification app to protect children",
                Some("The Hindu"),
                None,
                Some("2025-07-14T11:41:00Z"),
            ),
            (
                "Applying for a job at Amazon, Microsoft or Meta? 3 key things you should know",
                Some("India Today"),
                None,
                Some("2025-07-14T11:37:00Z"),
            ),
        ],
        "the column, then three related articles each under its outlet and relative time"
    );
    let column = &got[0].text;
    assert_eq!(
        column.split("\n\n").count(),
        8,
        "the column's eight paragraphs"
    );
    assert!(column.starts_with("Llama is the flagship AI model"));
    assert!(
        column.ends_with("the free ride will end."),
        "chrome after the column is cut"
    );
    let jobs = &got[3].text;
    assert_eq!(
        jobs.matches("Cracking a job at big tech").count(),
        1,
        "the body pasted twice is kept once"
    );
    assert!(
        jobs.ends_with("made them stand out."),
        "glued 'Join our ... Channel' is cut"
    );
    for a in &got {
        for chrome in [
            "Hashtags",
            "Related Articles",
            "&w=",
            "No comments yet",
            "WhatsApp",
        ] {
            assert!(!a.text.contains(chrome), "{chrome:?} left in {:?}", a.title);
        }
    }
}

#[test]
fn wire_list_with_outlet_and_time_lines() {
    let got = fixture!("wire-list.txt");
    assert_eq!(
        rows(&got),
        vec![
            (
                "Harbour authority reopens northern shipping lane after storm damage",
                Some("Reuters"),
                None,
                Some("2025-07-14T10:00:00Z"),
            ),
            (
                "Central bank holds rates steady, signals caution on inflation",
                Some("Reuters"),
                None,
                Some("2025-07-14T08:00:00Z"),
            ),
            (
                "Grain exports rise for second month as rail bottleneck clears",
                Some("Reuters"),
                Some("Ana Lopes"),
                Some("2025-07-13"),
            ),
            (
                "Wind farm developer wins approval for offshore expansion",
                Some("Reuters"),
                None,
                Some("2025-07-11"),
            ),
        ],
        "each headline takes the 'Reuters | time' line under it; the section's own update time is not an article's"
    );
    assert_eq!(
        got[2].text.split("\n\n").count(),
        2,
        "two paragraphs under the grain story"
    );
    assert!(
        !got[0].text.contains("cdn."),
        "image URL debris inside a body is dropped"
    );
}

#[test]
fn section_page_with_teasers_times_after_and_ad_breaks() {
    let got = fixture!("section-page.txt");
    assert_eq!(
        rows(&got),
        vec![
            (
                "River towns weigh the cost of higher flood walls",
                Some("The Morning Ledger"),
                None,
                Some("2025-07-14T09:00:00Z")
            ),
            (
                "Heat pumps outsell gas boilers for the first time in the region",
                Some("The Morning Ledger"),
                None,
                Some("2025-07-12")
            ),
            (
                "Opinion: The coastal path deserves better than a patch-up job",
                Some("The Morning Ledger"),
                Some("Miriam Okafor"),
                Some("2025-07-11"),
            ),
        ],
        "a time right under a teaser belongs to that teaser, not to the next headline; the section page is its masthead's"
    );
    assert!(
        got.iter()
            .all(|a| !a.text.contains("Advertisement") && !a.text.contains("ADVERTISEMENT"))
    );
}

#[test]
fn blog_post_is_one_article_with_author_date_and_subhead() {
    let got = fixture!("blog-post.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "What the lighthouse logbooks tell us about a century of storms",
            None,
            Some("Devika Rao"),
            Some("2025-07-14T04:39:00Z"),
        )],
        "a bare name beside the date is the author; 10:09 IST is 04:39 UTC"
    );
    let paras: Vec<&str> = got[0].text.split("\n\n").collect();
    assert_eq!(
        paras.len(),
        5,
        "four paragraphs and the subhead between them: {paras:?}"
    );
    assert_eq!(paras[2], "A ledger kept in pencil");
    assert!(!got[0].text.contains("Comments") && !got[0].text.contains("Listen"));
}

#[test]
fn double_spaced_aggregator_page() {
    let got = fixture!("aggregator-double-spaced.txt");
    assert_eq!(
        rows(&got),
        vec![
            (
                "Rescue crews reach villages cut off by landslides",
                Some("Associated Press"),
                None,
                Some("2025-07-14T11:15:00Z"),
            ),
            (
                "Chip maker opens second plant, doubling local workforce",
                Some("The Straits Courier"),
                None,
                Some("2025-07-13"),
            ),
        ],
        "a blank after every line does not split headline from outlet and time"
    );
}

#[test]
fn broadcaster_article_with_labels_and_a_related_block() {
    let got = fixture!("broadcaster-article.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Heatwave: Temperatures to reach 34C as amber warning issued",
            None,
            Some("Harriet Fenwick"),
            Some("2025-07-14T09:09:00Z"),
        )],
        "nav, job title and photo credit are not headlines; related headlines without bodies are not articles"
    );
    let text = &got[0].text;
    assert_eq!(
        text.split("\n\n").count(),
        3,
        "three paragraphs across the ad break: {text}"
    );
    assert!(!text.contains("Getty") && !text.contains("advertisement"));
}
