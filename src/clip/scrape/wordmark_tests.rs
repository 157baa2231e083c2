//! Tests of the splitter on the thirty-sixth round of sites' copy-paste shapes (pages
//! written for the project, kept in `tests/fixtures/scrapes/`): a site's name written as
//! one word with a capital inside, a picture's description over a labelled credit in the
//! header, a stock picture marked before its credit, a subscription shared between
//! devices, and a blog platform's member badge, buttons and responses.

use super::tests::{fixture, rows, split};

#[test]
fn wordmarks_and_pictures_in_the_header() {
    for (got, want, end, why) in [
        (
            fixture!("alt-text-over-illustration-credit-and-time.txt"),
            (
                "The Pharmacy on the Corner Is Disappearing",
                Some("The Atlantic"),
                Some("Naomi Castellano-Reyes"),
                Some("2025-07-13T11:00:00Z"),
            ),
            "out of habit, a few words of advice.",
            "a picture's description without a stop over 'Illustration by ...' over the time is no headline",
        ),
        (
            fixture!("camel-case-wordmark-and-representational-image.txt"),
            (
                "Nilgiri Polymers Q1 net profit rises 18% on strong packaging demand",
                Some("BusinessLine"),
                Some("Meera Ramanathan"),
                Some("2025-07-14"),
            ),
            "NSE on Monday, ahead of the results announcement.",
            "'BusinessLine' over the menu names the site; 'Representational image | Photo Credit: ...' is a caption",
        ),
        (
            fixture!("subscription-used-on-another-device.txt"),
            (
                "Spanish coastal town freezes new tourist flat licences as rents outpace local wages",
                Some("El País"),
                Some("Lucía Ferrándiz"),
                Some("2025-07-13"),
            ),
            "the main concerns of Spaniards in official surveys.",
            "the notice that the subscription is read on another device is no text",
        ),
    ] {
        assert_eq!(rows(&got), vec![want], "{why}");
        assert!(got[0].text.ends_with(end), "{why}: {}", got[0].text);
    }
}

/// A blog platform's post: "Member-only story" and "Write" are no headline, the responses
/// under "Responses (27)" and "What are your thoughts?" are a thread, not an article.
#[test]
fn a_blog_platforms_badge_buttons_and_responses() {
    let got = fixture!("blog-platform-member-story-and-responses.txt");
    let first = &got[0];
    assert_eq!(
        first.title,
        "I Tracked Every Bus in My City for 90 Days. Here’s Why They’re Always Late."
    );
    assert_eq!(first.published_at.as_deref(), Some("2025-07-11"));
    assert!(
        first
            .text
            .ends_with("back on whether the ducklings finally spread out."),
        "{}",
        first.text
    );
    for a in &got {
        assert!(
            !["Member-only story", "Write", "What are your thoughts?"].contains(&a.title.as_str()),
            "{:?}",
            rows(&got)
        );
    }
    // The count of responses in brackets opens the thread on any page.
    let got = split(
        "Harbour notes\n\
         Why the ferry timetable keeps slipping\n\
         By Ines Varga\n\
         July 11, 2025\n\
         The ferry to the outer islands has left late on most days this summer, the operator's own figures show.\n\n\
         The operator blames a shortage of deckhands.\n\n\
         Responses (12)\n\
         What are your thoughts?\n\
         Tom Reilly\n\
         Jul 12, 2025\n\
         Same on the northern route, every single morning this week.\n\
         Reply\n",
    );
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert!(
        got[0].text.ends_with("shortage of deckhands."),
        "{}",
        got[0].text
    );
}
