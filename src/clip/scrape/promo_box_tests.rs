//! Tests of a startup-news page's own promotions: an event's box inside the text (the
//! event's name, its city, a bar and its dates) and a chooser of the site's newsletters at
//! the foot. Neither heads a story.

use super::tests::{rows, split};

const PAGE: &str = "Skip to content\n\
Venture Wire Logo\n\
Latest\n\
Startups\n\
Climate\n\
Events\n\
Newsletters\n\
Climate\n\
Harrowby raises $21M to map the peat under Europe's farmland from the air\n\
Oskar Lindqvist\n\
9:05 AM PDT · July 14, 2025\n\
Image Credits:Harrowby\n\
Harrowby, a startup that flies small aircraft over farmland to estimate how much carbon sits in the peat beneath it, has raised $21 million in a Series A round, the company told Venture Wire.\n\
The Utrecht-based company says a single flight can survey in a morning what ground crews would need a month to sample, at a tenth of the cost per hectare, which it hopes will open peatland restoration credits to smaller farms.\n\
\"Peat holds more carbon than all the forests in Europe, and almost nobody measures it,\" chief executive Marloes Dekker told Venture Wire.\n\
Venture Wire Event\n\
Amsterdam\n\
|\n\
October 27-29, 2025\n\
The round was led by Polder Capital, with participation from existing investors, and brings Harrowby's total funding to $30 million, according to the company.\n\
Harrowby plans to use the money to hire surveyors in Ireland and Finland and to build a version of its model for coastal wetlands, Dekker said.\n\
Topics\n\
aerial survey, carbon credits, Climate, Fundraising, Harrowby, Startups\n\
Oskar Lindqvist\n\
Reporter, Climate\n\
Oskar Lindqvist covers climate and farming startups for Venture Wire. He previously reported on commodity markets for a trade weekly.\n\
You can contact or verify outreach from Oskar by emailing oskar.lindqvist@venturewire.example.\n\
View Bio\n\
July 14, 2025\n\
Most Popular\n\
A battery recycler in Ohio is running out of old batteries to recycle\n\
Hanna Okafor\n\
A payments startup quietly shared card data with a marketing firm\n\
Tomas Reyes\n\
Delivery drones in Dallas now cost less than couriers, data shows\n\
Priya Anand\n\
Newsletters\n\
Subscribe for the week's biggest startup news\n\
Venture Wire Daily\n\
Every weekday, the best of Venture Wire's coverage in your inbox.\n\
Venture Wire Climate\n\
Venture Wire Climate is your guide to the companies racing to cut emissions.\n\
Founders Weekly\n\
Founders are the heart of Venture Wire, so get our best coverage delivered weekly.\n\
Add\n\
No newsletters selected.\n\
Subscribe\n\
By submitting your email, you agree to our Terms and Privacy Notice.\n\
Related\n\
Climate\n\
A seaweed startup in Galway lays off a third of its staff\n\
Oskar Lindqvist\n\
6 days ago\n\
Climate\n\
This heat pump maker wants to warm Europe's greenhouses\n\
Lena Brandt\n\
Jul 9, 2025\n\
© 2025 Venture Wire Media LLC\n";

#[test]
fn an_events_box_in_the_text_heads_no_story() {
    let got = split(PAGE);
    let titles: Vec<_> = rows(&got).into_iter().map(|r| r.0).collect();
    assert_eq!(
        titles,
        vec!["Harrowby raises $21M to map the peat under Europe's farmland from the air"],
        "neither the event's city nor its dates head a story"
    );
    let text = &got[0].text;
    assert!(
        text.ends_with("coastal wetlands, Dekker said."),
        "the story runs on past the box: {text}"
    );
    assert!(!text.contains("October 27-29"), "{text}");
    assert_eq!(got[0].byline.as_deref(), Some("Oskar Lindqvist"));
}

#[test]
fn a_chooser_of_newsletters_is_no_story() {
    let got = split(PAGE);
    assert_eq!(got.len(), 1, "{:?}", rows(&got));
    assert!(
        !got[0].text.contains("your guide to the companies"),
        "{}",
        got[0].text
    );
}
