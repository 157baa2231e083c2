//! Tests of the splitter on the seed page, on fixtures imitating other sites, and on
//! hostile input.

use super::*;

/// The clip time the contract uses for the seed.
fn clip_time() -> DateTime<Utc> {
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

#[test]
fn debug_seed() {
    let Some(text) = seed() else { return };
    let got = split_scrape(&text, clip_time()).expect("seed splits");
    for a in &got {
        println!("{} | {:?} | {:?} | {:?} | {}", a.title, a.source, a.byline, a.published_at, a.text.chars().take(60).collect::<String>());
        println!("   paras={} len={}", a.text.split("\n\n").count(), a.text.len());
    }
}
