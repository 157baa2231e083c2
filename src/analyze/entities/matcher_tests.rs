//! Tests of the mention finder against the built-in registry: alias resolution, case
//! rules, possessives, context cues and robustness on odd input.

use super::super::{Kind, Registry};

fn keys(title: &str, text: &str) -> Vec<String> {
    Registry::builtin()
        .find_mentions(title, text)
        .into_iter()
        .map(|m| m.key)
        .collect()
}

fn has(title: &str, text: &str, key: &str) -> bool {
    keys(title, text).iter().any(|k| k == key)
}

#[test]
fn aliases_resolve_to_their_entry() {
    let text =
        "Meta Platforms Inc. said on Monday that Meta would spend more. META PLATFORMS agreed.";
    let found = Registry::builtin().find_mentions("", text);
    let surfaces: Vec<(&str, &str)> = found
        .iter()
        .map(|m| (m.key.as_str(), m.surface.as_str()))
        .collect();
    assert_eq!(
        surfaces,
        vec![
            ("meta", "Meta Platforms Inc."),
            ("meta", "Meta"),
            ("meta", "META PLATFORMS")
        ],
        "long aliases win over the short name and fold case; offsets are exact"
    );
    assert_eq!(&text[found[1].start..found[1].end], "Meta");
    let insta = Registry::builtin().find_mentions("", "Photos on Instagram and WhatsApp.");
    assert_eq!(insta[0].key, "instagram");
    assert_eq!(insta[0].kind, Kind::Product);
    assert_eq!(
        Registry::builtin()
            .get(&insta[0].key)
            .and_then(|e| e.parent()),
        Some("meta")
    );
    assert_eq!(
        keys("", "Alphabet Inc.'s Google and OpenAI"),
        ["alphabet", "google", "openai"]
    );
}

#[test]
fn commission_and_brussels_need_eu_cues() {
    let eu = "The Commission said Brussels would enforce the directive across member states.";
    assert_eq!(
        keys("", eu),
        ["european-commission", "european-commission"],
        "EU cues present"
    );
    let plain = "The Commission met in Brussels to discuss the city's budget.";
    assert!(
        keys("", plain).is_empty(),
        "no EU cue, so neither alias counts: {:?}",
        keys("", plain)
    );
    assert!(
        has("EU moves on app rules", plain, "european-commission"),
        "a cue in the title counts"
    );
}

#[test]
fn short_common_word_aliases_are_case_sensitive() {
    for text in [
        "a meta-analysis of trials",
        "an apple pie",
        "the shell of a crab",
        "hit the target",
        "a visa for travel",
        "an oracle of doom",
        "a snap decision",
    ] {
        assert!(
            keys("", text).is_empty(),
            "{text:?} must not match anything: {:?}",
            keys("", text)
        );
    }
    // "Apple" and "Amazon" alone need a cue of the company in the article.
    assert!(has(
        "",
        "Apple and Shell reported results; shares rose.",
        "apple"
    ));
    assert!(!has("", "Apple growers said prices fell.", "apple"));
    assert!(!has("", "Fires in the Amazon rainforest spread.", "amazon"));
    assert!(has("", "Amazon said AWS grew.", "amazon"));
    assert!(
        has(
            "",
            "Apple and Shell reported results; Shell pumped more oil.",
            "shell"
        ),
        "oil is a cue for Shell"
    );
    assert!(
        keys("", "The Metaverse is not Meta-owned").contains(&"meta".to_string()),
        "Meta-owned is Meta"
    );
    assert_eq!(keys("", "the Metaverse"), Vec::<String>::new());
    assert!(
        !has("", "Target prices rose.", "target"),
        "Target needs retail cues"
    );
    assert!(has(
        "",
        "Target said its stores saw fewer shoppers.",
        "target"
    ));
    assert!(
        !has("", "general motors of the economy", "general-motors"),
        "lowercase surface never folds"
    );
    assert!(has(
        "",
        "Whole foods like oats. Whole Foods Market sells them.",
        "whole-foods"
    ));
    assert_eq!(
        keys("", "Whole foods like oats are cheap."),
        Vec::<String>::new(),
        "word capitals must match"
    );
    assert_eq!(
        keys("", "BANK OF AMERICA"),
        ["bank-of-america"],
        "all capitals fold"
    );
    let cards = "Pay by card: Mastercard, Visa or cash. Apply for a Tourist Visa first.";
    let visas: Vec<usize> = Registry::builtin()
        .find_mentions("", cards)
        .iter()
        .filter(|m| m.key == "visa")
        .map(|m| m.start)
        .collect();
    assert_eq!(
        visas,
        [cards.find("Visa").unwrap()],
        "a Visa inside a capitalised phrase is not the company"
    );
    assert!(
        keys("", "IOS").is_empty(),
        "brand capitals are kept: iOS is not IOS"
    );
}

#[test]
fn possessives_count_with_either_apostrophe() {
    let found =
        Registry::builtin().find_mentions("", "Meta's plan and Meta’s rivals, OpenAI's too.");
    let surfaces: Vec<&str> = found.iter().map(|m| m.surface.as_str()).collect();
    assert_eq!(surfaces, ["Meta", "Meta", "OpenAI"]);
    assert!(
        has("", "McDonald’s sales", "mcdonalds"),
        "curly apostrophe inside a name"
    );
}

#[test]
fn surnames_count_after_the_full_name() {
    assert_eq!(
        keys("", "Alexandr Wang joined. Wang said little."),
        ["alexandr-wang", "alexandr-wang"]
    );
    assert!(
        keys("", "Wang said little.").is_empty(),
        "a bare surname needs the full name first"
    );
    assert!(
        has("", "Zuckerberg said so.", "mark-zuckerberg"),
        "listed surnames stand alone"
    );
}

#[test]
fn title_mentions_are_flagged_with_title_offsets() {
    let found = Registry::builtin().find_mentions("Nvidia beats", "Shares of Nvidia rose.");
    assert!(found[0].in_title && found[0].start == 0 && found[0].end == 6);
    assert!(!found[1].in_title && found[1].start == 10);
}

#[test]
fn robust_on_empty_huge_and_unicode_text() {
    let r = Registry::builtin();
    assert!(r.find_mentions("", "").is_empty());
    let unicode = "Ünïcödé — 東京 Nestlé’s 🚀 Société Générale, 日本銀行 and Tokyo.";
    let found = r.find_mentions("🚀", unicode);
    let found_keys: Vec<&str> = found.iter().map(|m| m.key.as_str()).collect();
    assert_eq!(found_keys, ["nestle", "societe-generale", "tokyo"]);
    for m in &found {
        assert_eq!(
            &unicode[m.start..m.end],
            m.surface,
            "offsets land on char boundaries"
        );
    }
    let huge = "Microsoft and Amazon ❤ compete in the cloud. ".repeat(20_000);
    let started = std::time::Instant::now();
    let found = r.find_mentions("", &huge);
    assert_eq!(found.len(), 40_000);
    assert!(
        started.elapsed().as_secs() < 10,
        "640 KB must not take long: {:?}",
        started.elapsed()
    );
}
