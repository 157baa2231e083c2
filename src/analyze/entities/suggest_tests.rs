//! Tests of the suggestion rules on hand-written sentences. The names here are made up on
//! purpose: suggestions are about names the registry does not know.

use super::super::{Kind, Registry, Suggestion, suggest_entities};

fn suggest(text: &str) -> Vec<Suggestion> {
    suggest_entities("", text, Registry::builtin())
}

fn names(text: &str) -> Vec<(String, Kind)> {
    suggest(text)
        .into_iter()
        .map(|s| (s.name, s.kind))
        .collect()
}

#[test]
fn corporate_suffixes_make_companies() {
    let found = suggest(
        "Shares of Quillfeather Robotics Inc. rose after Brightwater Labs and Nimbus AI signed a deal.",
    );
    let got: Vec<(&str, &str)> = found
        .iter()
        .map(|s| (s.name.as_str(), s.evidence.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("Quillfeather Robotics", "Quillfeather Robotics Inc."),
            ("Brightwater Labs", "Brightwater Labs"),
            ("Nimbus AI", "Nimbus AI"),
        ]
    );
    assert!(found.iter().all(|s| s.kind == Kind::Company));
}

#[test]
fn cue_words_introduce_companies() {
    let found = suggest(
        "Investors backed the startup Quillbot this week, and chipmaker Tessellate Semis followed.",
    );
    let got: Vec<(&str, &str)> = found
        .iter()
        .map(|s| (s.name.as_str(), s.evidence.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("Quillbot", "the startup Quillbot"),
            ("Tessellate Semis", "chipmaker Tessellate Semis")
        ]
    );
}

#[test]
fn roles_make_people_with_their_organisation() {
    let found = suggest(
        "Brightwater Labs Chief Executive Officer Priya Ramaswamy said sales rose. \
         Jonas Feldkamp, the chief executive of Quillfeather Robotics, disagreed. \
         Acme's spokesperson Dana Whitfield declined to comment.",
    );
    let people: Vec<(&str, &str)> = found
        .iter()
        .filter(|s| s.kind == Kind::Person)
        .map(|s| (s.name.as_str(), s.evidence.as_str()))
        .collect();
    assert_eq!(
        people,
        [
            // The evidence quotes the name with its role (the role alone read as the name).
            (
                "Priya Ramaswamy",
                "Brightwater Labs Chief Executive Officer Priya Ramaswamy"
            ),
            (
                "Jonas Feldkamp",
                "Jonas Feldkamp, the chief executive of Quillfeather Robotics"
            ),
            ("Dana Whitfield", "Acme's spokesperson Dana Whitfield"),
        ]
    );
}

#[test]
fn ordinary_words_dates_and_places_are_not_names() {
    for text in [
        "Generative AI is everywhere. The Group said nothing.",
        "In April the company Tuesday meeting was cancelled.",
        "Monday Group results were strong in March.",
        "The firm France said no. CEO Said Hello.",
        "Analysts expect more. However Labs are closed.",
    ] {
        assert!(names(text).is_empty(), "{text:?} gave {:?}", names(text));
    }
}

#[test]
fn known_entities_are_not_suggested() {
    let text = "Meta Platforms Inc. hired Scale Chief Executive Officer Alexandr Wang; CEO Mark Zuckerberg agreed.";
    assert!(names(text).is_empty(), "{:?}", names(text));
}

#[test]
fn title_case_titles_are_skipped() {
    let found = suggest_entities(
        "Why Generative Group Labs Matter For Everyone",
        "",
        Registry::builtin(),
    );
    assert!(found.is_empty(), "{found:?}");
    let found = suggest_entities(
        "Quillfeather Robotics Inc. raises money",
        "",
        Registry::builtin(),
    );
    assert_eq!(found.len(), 1);
}

#[test]
fn robust_on_odd_input() {
    assert!(suggest("").is_empty());
    assert!(suggest("’s . , Inc. & & — 🚀 CEO").is_empty());
    let _ = suggest(&"Ünïcödé Holdings AG, the startup Ωmega, CEO Élodie Brûlé. ".repeat(2_000));
}
