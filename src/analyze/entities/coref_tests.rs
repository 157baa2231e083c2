//! Tests of coreference: the sentences that refer to an entity without naming it.

use super::*;
use crate::analyze::entities::{Registry, summarize};
use crate::analyze::sentences::split_sentences;

/// The keys each sentence refers to without naming them.
fn refs(title: &str, text: &str) -> Vec<Vec<String>> {
    let found = Registry::builtin().find_mentions(title, text);
    let summary = summarize(&found, text.len());
    resolve(text, &split_sentences(text), &found, &summary)
        .into_iter()
        .map(|r| r.into_iter().map(|(_, k)| k).collect())
        .collect()
}

#[test]
fn he_and_she_carry_the_last_subject_person_for_three_sentences() {
    let text = "Tim Cook spoke first. He thanked the staff. Later, he left. \
                The hall emptied. Rain fell. It was late. He came back.";
    let got = refs("", text);
    assert_eq!(got[1], ["tim-cook"]);
    assert_eq!(got[2], ["tim-cook"]);
    assert!(got[6].is_empty(), "too far back: {got:?}");
}

#[test]
fn a_pronoun_after_a_named_person_is_not_resolved() {
    let got = refs("", "Tim Cook spoke. Satya Nadella said he agreed.");
    assert!(got[1].is_empty(), "{got:?}");
}

#[test]
fn a_first_name_alone_is_the_person_named_in_full_before() {
    let got = refs(
        "",
        "Tim Cook spoke. Later Tim smiled. Tim Smith, a guest, did not.",
    );
    assert_eq!(got[1], ["tim-cook"]);
    assert!(got[2].is_empty(), "a different Tim: {got:?}");
}

#[test]
fn the_company_and_it_carry_the_last_company() {
    let got = refs(
        "",
        "Microsoft reported results. The company beat forecasts. It also hired.",
    );
    assert_eq!(got[1], ["microsoft"]);
    assert_eq!(got[2], ["microsoft"]);
}

#[test]
fn the_phone_is_the_recent_product_it_names_or_the_most_salient() {
    let text = "Apple showed the iPhone and the Apple Watch. The phone is thinner. \
                Stocks rose. Bonds fell. Oil fell. The phone sold well.";
    let got = refs("", text);
    assert_eq!(got[1], ["iphone"]);
    assert!(got[5].is_empty(), "too far back: {got:?}");
}

#[test]
fn the_new_model_in_an_article_about_a_variant_is_that_variant() {
    let got = refs("Apple unveils iPhone 4", "The new iPhone is thinner.");
    assert_eq!(got[0], ["iphone-4"]);
    let got = refs("Apple unveils iPhone 4", "The original iPhone sold well.");
    assert_eq!(got[0], ["iphone-4"]);
    let got = refs("Apple results", "The new iPhone is thinner.");
    assert!(got[0].is_empty());
}

#[test]
fn someone_the_registry_does_not_know_stops_a_pronoun() {
    let text = "Tim Cook picked a new hardware chief. It was Cook, not Papermaster, who chose \
                the antenna. Papermaster had joined in 2008, but a judge barred him from work. \
                He had worked at a chip maker for years. Cook thanked Papermaster.";
    let got = refs("", text);
    assert!(got[2].is_empty(), "him is Papermaster: {got:?}");
    assert!(got[3].is_empty(), "he is still Papermaster: {got:?}");
    let known = refs(
        "",
        "Tim Cook spoke. Papers were signed, and Papers were filed. The papers said so. \
         He thanked the staff.",
    );
    assert_eq!(known[3], ["tim-cook"], "a common word is nobody: {known:?}");
    let places = refs(
        "",
        "Tim Cook flew to Cupertino on Monday. In Cupertino that Monday he met the staff.",
    );
    assert_eq!(
        places[1],
        ["tim-cook"],
        "a place or a day is nobody: {places:?}"
    );
}
