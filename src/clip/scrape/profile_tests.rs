//! Tests of the splitter on the thirty-fifth round of sites' copy-paste shapes (pages
//! written for the project, kept in `tests/fixtures/scrapes/`): an author's profile
//! (a name shown twice over what they do, scholars over their posts, a bureau after a
//! name, "Text by:"), boxes between the header and the text (contacts, takeaways, a
//! promotion with its heading, a disclosure), lists of a section's latest headlines with
//! their times, an aggregator's items (outlet, headline, time, author), a menu shown twice,
//! and the furniture of a professional network's comments.

use super::tests::{Row, fixture, in_utc, rows, split};

/// Each page is one article with this title, byline and time, and its text ends with
/// these words; the source is checked where it is given.
fn one_article(got: &[super::ScrapedArticle], want: Row<'_>, end: &str, why: &str) {
    assert_eq!(got.len(), 1, "{why}: {:?}", rows(got));
    let (title, source, byline, published) = want;
    let a = &got[0];
    assert_eq!(a.title, title, "{why}");
    if source.is_some() {
        assert_eq!(a.source.as_deref(), source, "{why}");
    }
    assert_eq!(a.byline.as_deref(), byline, "{why}");
    assert_eq!(a.published_at.as_deref().map(in_utc), published, "{why}");
    assert!(a.text.ends_with(end), "{why}: {}", a.text);
}

#[test]
fn headers_of_profiles_bureaus_and_labels() {
    one_article(
        &fixture!("professional-network-article-with-comments.txt"),
        (
            "What three years of nearshoring taught us about resilient supply chains",
            None,
            Some("Priya Raman"),
            Some("2025-07-09"),
        ),
        "through a similar transition. What surprised you most?",
        "the name twice over the profile's headline signs; the comments under 'Like', \
         'Repost', 'Send' and 'Most relevant' are a thread, not articles",
    );
    one_article(
        &fixture!("scholars-over-their-posts-and-disclosure.txt"),
        (
            "Why rural bus routes keep getting cut – and what passengers actually want",
            None,
            Some("Helen Marsh and Tomasz Nowak"),
            Some("2025-07-11T14:12:00Z"),
        ),
        "back than a fare cap on its own.",
        "two scholars over their posts sign together; 'Authors' is a label; the disclosure \
         statement and the call to write are no text",
    );
    one_article(
        &fixture!("edition-switch-bureau-byline-and-representative-image.txt"),
        (
            "Bengaluru EV maker Voltrek raises $120 million to double scooter output",
            Some("The Economic Times"),
            Some("Arjun Menon"),
            Some("2025-07-14T17:12:00Z"),
        ),
        "Meera Iyer, a partner at consultancy Ridgeline Advisors.",
        "'English Edition' is a switch; '(Representative image)' ends a caption; 'ET \
         Bureau' is the desk; the paper's sign-off is no text",
    );
    one_article(
        &fixture!("issued-on-reading-time-and-text-by-label.txt"),
        (
            "Wildfire risk forces dozens of southern French towns to cancel Bastille Day fireworks",
            None,
            Some("Camille Durand"),
            Some("2025-07-14"),
        ),
        "Eiffel Tower was scheduled to proceed as planned.",
        "'Issued on:' dates the story; '3 min Reading time' counts; 'Text by:' names the author",
    );
}

#[test]
fn boxes_between_the_header_and_the_text() {
    one_article(
        &fixture!("contact-box-and-takeaways-over-the-text.txt"),
        (
            "Copper Climbs to Three-Month High as Strike Halts Chile's Cerro Alto Mine",
            Some("Bloomberg"),
            Some("Mariana Duarte and Tom Whitfield"),
            Some("2025-07-14T06:02:00Z"),
        ),
        "No talks are currently scheduled, the union said.",
        "the contact box ('Send a tip to our reporters', 'New Window') is no headline or outlet",
    );
    one_article(
        &fixture!("promotion-heading-over-line-and-button.txt"),
        (
            "Shenzhen drone maker Skyreach files for Hong Kong IPO to raise up to HK$3.5 billion",
            Some("South China Morning Post"),
            Some("Cheng Ka-wai"),
            Some("2025-07-13"),
        ),
        "they can show the overseas growth is sustainable.\"",
        "a promotion's heading, line and 'Learn more' under the time are no headline",
    );
    one_article(
        &fixture!("share-menu-options-and-translation-note.txt"),
        (
            "Why Germany's Traditional Bakeries Are Disappearing",
            None,
            Some("Lena Hartwig and Jonas Brenner"),
            Some("2025-07-13"),
        ),
        "try not to think about it too much.\"",
        "'More Options' in the share menu opens no article; the note on the German \
         original is no text",
    );
}

#[test]
fn lists_menus_and_the_sites_own_names() {
    one_article(
        &fixture!("latest-section-news-with-times-under-the-text.txt"),
        (
            "60km of new cycling paths and covered walkways planned for Punggol and Sengkang by 2028",
            Some("The Straits Times"),
            Some("Lim Wei Ling"),
            Some("2025-07-14"),
        ),
        "been completed in Tampines and Ang Mo Kio.",
        "'Latest Singapore News' over headlines and their times is the site's list",
    );
    let got = fixture!("menu-shown-twice-names-no-outlet.txt");
    one_article(
        &got,
        (
            "When a Smart Home Startup Dies, Who Keeps Your Heating On?",
            None,
            Some("Noor Haddad"),
            Some("2025-07-14"),
        ),
        "to get back what I already paid for.\"",
        "a menu shown twice",
    );
    assert_ne!(
        got[0].source.as_deref(),
        Some("The Big Story"),
        "an entry of a menu shown twice is a section, not the outlet"
    );
    // An aggregator's coverage of one story: each item an outlet (one named like a paper,
    // "The Wall Street Journal"), a headline, a time and an author; a search box's
    // placeholder over them is no headline, and each item's time and author under its
    // headline are its own.
    assert_eq!(
        rows(&fixture!(
            "aggregator-outlets-over-headlines-times-and-authors.txt"
        )),
        vec![
            (
                "Copper hits three-month high as Chile mine workers strike",
                Some("Reuters"),
                Some("Carla Mendoza"),
                Some("2025-07-14T10:00:00Z"),
            ),
            (
                "Chile's Cerro Alto strike adds to squeeze on copper supply",
                Some("Financial Times"),
                Some("Henry Lowe"),
                Some("2025-07-14T08:00:00Z"),
            ),
            (
                "Cerro Alto union rejects final wage offer, halts output",
                Some("Mining.com"),
                Some("Andrea Ruiz"),
                Some("2025-07-14T05:00:00Z"),
            ),
            (
                "Metals Rally as Supply Worries Mount for Miners and Smelters",
                Some("The Wall Street Journal"),
                Some("Peter Sands"),
                Some("2025-07-14T11:00:00Z"),
            ),
        ]
    );
}
