//! Tests of the splitter on the first two rounds of other sites' copy-paste shapes
//! (`tests/fixtures/scrapes/`): mastheads over menus, job titles under names, captions
//! under picture credits, standfirsts before bylines, paywalls, rubrics and audio players,
//! press releases, headline lists without text, wire galleries, ticker boxes, and Spanish,
//! French and Chinese articles.

use super::tests::{fixture, rows, split};
use super::*;

/// The article's standfirst is `dek`, which its text does not repeat.
fn dek_is(a: &ScrapedArticle, dek: &str) {
    assert_eq!(a.dek.as_deref(), Some(dek), "{}", a.text);
    assert!(!a.text.contains(dek), "{}", a.text);
}

/// The article's text holds none of `chrome` and starts and ends as given.
fn text_is(a: &ScrapedArticle, starts: &str, ends: &str, chrome: &[&str]) {
    let text = &a.text;
    assert!(text.starts_with(starts), "{text}");
    assert!(text.ends_with(ends), "{text}");
    for c in chrome {
        assert!(!text.contains(c), "{c:?} is chrome: {text}");
    }
}

#[test]
fn masthead_name_over_job_title_and_caption_under_credit() {
    let got = fixture!("masthead-role-line-and-caption.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Port authority approves second container terminal",
            Some("Harbour Broadcasting Corporation"),
            Some("Nadia Rahman"),
            Some("2025-07-14T10:00:00Z"),
        )],
        "the caption under 'Getty Images' is no headline; the related stories and the \
         copyright line make no article"
    );
    text_is(
        &got[0],
        "The port authority has approved",
        "before the terminal opens.",
        &[
            "Cranes at",
            "Transport editor",
            "Ferry operator",
            "Copyright",
        ],
    );
}

#[test]
fn standfirst_sentence_before_the_byline_is_the_dek() {
    let got = fixture!("dek-before-byline.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Chipmaker unveils a laptop processor that runs for two days on a charge",
            Some("The Circuit"),
            Some("Tom Avery"),
            Some("2025-07-14T09:09:00Z"),
        )],
        "'Gift' is a button, not a second article's headline"
    );
    text_is(
        &got[0],
        "The new processor, announced on Monday,",
        "decide whether this one holds.",
        &["commission", "Posts from this author", "Image:"],
    );
    dek_is(
        &got[0],
        "The company says its new design cuts idle power use by half.",
    );
}

#[test]
fn syndicated_copy_names_its_agency_and_keeps_its_dateline() {
    let got = fixture!("syndicated-wire-copy.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Ministry raises rural road budget by 20 per cent",
            Some("Press Trust of India"),
            None,
            Some("2025-07-14T09:39:00Z"),
        )],
        "'Reported by' an agency names the source; 'Read Time' is no headline"
    );
    assert!(
        got[0]
            .text
            .contains("\n\nNew Delhi: The rural development ministry"),
        "the dateline opens its paragraph: {}",
        got[0].text
    );
    text_is(
        &got[0],
        "The extra funds",
        "match a share of the funds.",
        &["syndicated feed", "Read Time"],
    );
}

#[test]
fn paywall_pitch_is_dropped_and_the_byline_loses_its_city() {
    let got = fixture!("paywalled-article.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Insurers brace for record claims after spring floods",
            Some("The Ledger"),
            Some("Priya Natarajan"),
            Some("2025-07-14"),
        )]
    );
    text_is(
        &got[0],
        "Insurers are preparing for a record year",
        "towns across central Europe.",
        &["Subscribe", "per month", "subscriptions"],
    );
    dek_is(
        &got[0],
        "Losses could reach $4bn as reinsurers raise prices for the coming year",
    );
}

#[test]
fn rubric_over_headline_and_an_audio_player() {
    let got = fixture!("rubric-and-audio-player.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Regional lenders are merging at the fastest pace in a decade",
            Some("The Quarterly Review"),
            None,
            Some("2025-07-14"),
        )],
        "'Finance | Banking's quiet year' is a rubric; 'Chicago' after the date is a place"
    );
    text_is(
        &got[0],
        "SMALL BANKS rarely make headlines",
        "as loan demand cooled.",
        &["Listen", "audio", "print edition"],
    );
    dek_is(
        &got[0],
        "Higher deposit costs are squeezing the smallest banks",
    );
}

#[test]
fn spanish_article_with_a_place_before_its_date() {
    let got = fixture!("spanish-article.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "El Gobierno aprueba un plan de ayudas para la vivienda de alquiler",
            Some("El Heraldo Nacional"),
            Some("Lucía Fernández Ortega"),
            Some("2025-07-14"),
        )],
        "'Madrid' in 'Madrid - 14 jul 2025' is not an outlet"
    );
}

#[test]
fn french_article_published_today_then_modified() {
    let got = fixture!("french-article.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "La SNCF commande 40 nouveaux trains régionaux",
            Some("Le Quotidien"),
            Some("Camille Durand"),
            Some("2025-07-14"),
        )]
    );
    text_is(
        &got[0],
        "La SNCF a annoncé lundi la commande",
        "agents de maintenance.",
        &["Temps de Lecture", "abonnés", "Lire aussi", "Offrir"],
    );
    dek_is(
        &got[0],
        "Le contrat, d’un montant de 1,2 milliard d’euros, doit renouveler les lignes les plus anciennes.",
    );
}

#[test]
fn press_release_issuer_and_wire() {
    let got = fixture!("press-release.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Brightwater Robotics Opens $150 Million Research Center in Austin",
            Some("Brightwater Robotics, Inc"),
            None,
            Some("2025-07-14T09:00:00Z"),
        )],
        "'News provided by' names the issuer under it, which is no article of its own"
    );
    let wire = split(
        "Wire update\n\nAUSTIN, Texas, July 14, 2025 /PRNewswire/ -- Brightwater Robotics, Inc. today opened a research center in Austin, Texas.",
    );
    assert_eq!(wire[0].source.as_deref(), Some("PRNewswire"));
}

#[test]
fn headline_list_without_text_gives_an_article_per_headline() {
    let got = fixture!("headline-list.txt");
    assert_eq!(
        rows(&got),
        vec![
            (
                "Port authority approves second container terminal",
                Some("Coastal Wire"),
                None,
                Some("2025-07-14T09:00:00Z"),
            ),
            (
                "Regional lenders merge at fastest pace in a decade",
                Some("CNX"),
                None,
                Some("2025-07-14T10:00:00Z"),
            ),
            (
                "Chipmaker unveils a laptop processor that runs for two days",
                Some("The Circuit"),
                None,
                Some("2025-07-14T07:00:00Z"),
            ),
        ]
    );
    assert_eq!(got[1].text, got[1].title, "the headline is all there is");
}

#[test]
fn wire_story_with_gallery_and_glued_time() {
    let got = fixture!("wire-article-with-gallery.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Copper hits record as smelters cut output in Chile",
            Some("Reuters"),
            Some("Marta Quiroga and Ben Hadley"),
            Some("2025-07-14T09:09:00Z"),
        )],
        "the tagline above the menu is no headline; 'July 14 (Reuters) -' names the wire"
    );
    text_is(
        &got[0],
        "July 14 (Reuters) - Copper prices",
        "were already low.",
        &["[1/2]", "Item 1 of 2", "opens new tab", "Reporting by"],
    );
}

#[test]
fn market_story_with_job_title_reading_time_and_tickers() {
    let got = fixture!("market-story-with-tickers.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Airline shares climb after fuel costs ease",
            Some("Markets Daily"),
            Some("Rosa Lindqvist"),
            Some("2025-07-14T09:09:00Z"),
        )],
        "'Markets Daily' above the headline is the outlet, not the author"
    );
    text_is(
        &got[0],
        "Airline shares rose",
        "across the sector.",
        &["+3.2%", "Senior Markets Reporter", "Privacy"],
    );
}

#[test]
fn chinese_article_with_time_then_outlet_line() {
    let got = fixture!("chinese-article.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "星河电池工厂将扩产一倍",
            Some("星河科技"),
            None,
            Some("2025-07-14")
        )],
        "the short headline is not in the menu above it"
    );
    assert!(
        got[0].text.starts_with("星河公司周一表示"),
        "{}",
        got[0].text
    );
}

#[test]
fn wordmark_masthead_and_glued_byline() {
    let got = fixture!("wordmark-and-glued-byline.txt");
    assert_eq!(
        rows(&got),
        vec![(
            "Department Store Chain Plans to Close 40 Locations",
            Some("The Evening Courant"),
            Some("Janet Rivers"),
            Some("2025-07-14T10:09:00Z"),
        )],
        "the wordmark is no article, and names the outlet before the copyright's owner"
    );
    text_is(
        &got[0],
        "The department store chain",
        "the company said.",
        &["Write to", "Contributor", "(2 min)"],
    );
}
