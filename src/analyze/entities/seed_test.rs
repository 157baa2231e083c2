//! The seed page from DESIGN.md §8: the entities issue 4 expects on it. Skips (and says
//! so) when the shared corpus is not checked out next to the crate.

use std::path::PathBuf;

use super::{Kind, Registry, summarize};

fn seed_path() -> PathBuf {
    let root = std::env::var("CLIPLINE_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    root.join("seed/daily8-meta-ai.txt")
}

#[test]
fn seed_page_names_the_expected_entities() {
    let Ok(text) = std::fs::read_to_string(seed_path()) else {
        println!("DID NOT RUN: corpus not found at {}", seed_path().display());
        return;
    };
    let registry = Registry::builtin();
    let mentions = registry.find_mentions("", &text);
    for key in [
        "meta",
        "scale-ai",
        "openai",
        "google",
        "alexandr-wang",
        "european-commission",
        "instagram",
    ] {
        assert!(
            mentions.iter().any(|m| m.key == key),
            "the seed page mentions {key}"
        );
    }
    let wang = mentions.iter().find(|m| m.key == "alexandr-wang").unwrap();
    assert_eq!(wang.kind, Kind::Person);
    let parents = &registry.get("alexandr-wang").unwrap().parents;
    assert!(parents.contains(&"meta".to_string()) && parents.contains(&"scale-ai".to_string()));
    assert!(
        !mentions
            .iter()
            .any(|m| m.surface == "meta" || m.surface == "apple"),
        "lowercase words are not names"
    );
    let summary = summarize(&mentions, text.len());
    assert_eq!(
        summary[0].key,
        "meta",
        "Meta is what the page is about: {:?}",
        &summary[..5]
    );
    for s in summary.iter().take(10) {
        println!(
            "{:<28} count {:>3}  salience {:.3}  first {:?}",
            s.key, s.count, s.salience, s.first_offset
        );
    }
    let started = std::time::Instant::now();
    let suggestions = super::suggest_entities("", &text, registry);
    println!("suggestions ({:?}): {suggestions:?}", started.elapsed());
}
