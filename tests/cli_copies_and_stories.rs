//! The real `clipline` binary on joined copies and stories: `show` lists a syndicated copy
//! ("Also at") and another outlet's report of the story ("Also reported by"), `split` parts
//! the copy again, a pasted address finds the article or copy clipped from it, and the text
//! timeline says how many reports a folded point stands for.

use std::path::Path;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_clipline");

fn run(db: &Path, args: &[&str]) -> Output {
    let out = Command::new(BIN)
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("CLIPLINE_DB")
        .output()
        .expect("the clipline binary runs");
    assert!(
        out.status.success(),
        "clipline {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn stdout(db: &Path, args: &[&str]) -> String {
    String::from_utf8(run(db, args).stdout).expect("UTF-8 output")
}

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/cli/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn page(outlet: &str, date: &str, title: &str, body: &str) -> String {
    format!(
        "<html><head><title>{title}</title><meta property=\"og:site_name\" content=\"{outlet}\">\
         <meta property=\"article:published_time\" content=\"{date}\"></head><body><article>\
         <h1>{title}</h1>{body}</article></body></html>"
    )
}

#[test]
fn show_lists_copies_and_reports_and_split_parts_a_copy() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("notebook.db");
    let first = stdout(&db, &["clip", &fixture("harbor-chips.html")]);
    assert!(first.starts_with("Clipped #1 "), "{first}");
    let joined = stdout(&db, &["clip", &fixture("harbor-chips-syndicated.html")]);
    assert!(joined.starts_with("Joined as a copy of #1 "), "{joined}");

    let shown = stdout(&db, &["show", "1"]);
    let also = shown
        .lines()
        .find(|l| l.starts_with("Also at: "))
        .unwrap_or_else(|| panic!("no Also at line: {shown}"));
    assert!(also.contains("% the same text; copy "), "{also}");
    let copy = also
        .split("copy ")
        .nth(1)
        .and_then(|rest| rest.split(',').next())
        .expect("the copy's number");

    let found = |q: &str| -> Vec<i64> {
        let out = stdout(&db, &["search", q, "--format", "json"]);
        let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
        v["results"]
            .as_array()
            .expect("results")
            .iter()
            .map(|r| r["article"]["id"].as_i64().expect("id"))
            .collect()
    };
    let original =
        "https://www.ledger.example.com/business/2025/03/harbor-ohio-plant/?utm_medium=x";
    assert_eq!(found(original), [1], "a pasted address, as shared");
    let copy_at = "https://midwestwire.example.net/stories/harbor-semiconductor-ohio";
    assert_eq!(found(copy_at), [1], "the copy's address finds its article");
    assert_eq!(found(&format!("url:{copy_at} ohio")), [1]);
    assert!(found(&format!("url:{copy_at} drought")).is_empty());
    assert!(found("https://ledger.example.com/other").is_empty());

    let parted = stdout(&db, &["split", copy]);
    assert!(
        parted.starts_with(&format!("Copy {copy} is article #2 again: ")),
        "{parted}"
    );
    assert!(!stdout(&db, &["show", "1"]).contains("Also at: "));
    assert_eq!(
        stdout(&db, &["list"]).lines().count(),
        2,
        "two articles now"
    );
    let again = Command::new(BIN)
        .arg("--db")
        .arg(&db)
        .args(["split", copy])
        .output()
        .expect("runs");
    assert!(!again.status.success(), "a copy splits once");
    assert!(
        String::from_utf8_lossy(&again.stderr).contains(&format!("There is no copy {copy}")),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
}

#[test]
fn a_story_told_by_two_outlets_is_listed_and_counted() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("notebook.db");
    let pages = [
        page(
            "Gulf Business Daily",
            "2025-05-12T06:00:00Z",
            "Airbus wins order for 150 jets from Gulf carrier",
            "<p>Airbus has won an order for 150 single-aisle jets from a fast-growing Gulf carrier, \
             the planemaker said on Monday, its largest order of the year so far.</p><p>Deliveries \
             are due to start in 2027, and the airline has options on 50 more aircraft, according \
             to people briefed on the deal. Airbus shares rose two percent in Paris trading after \
             the announcement.</p>",
        ),
        page(
            "Aviation Ledger",
            "2025-05-13T09:30:00Z",
            "Gulf carrier orders 150 Airbus jets in record deal",
            "<p>A Gulf airline placed a record order for 150 Airbus narrowbody aircraft, in a deal \
             that analysts value at well over ten billion dollars before discounts.</p><p>Airbus \
             did not give the price. The carrier, which has doubled its fleet since 2019, said the \
             planes would replace older models and open new routes to Asia and Africa from the \
             end of the decade.</p>",
        ),
    ];
    for (i, html) in pages.iter().enumerate() {
        let file = dir.path().join(format!("page{i}.html"));
        std::fs::write(&file, html).expect("write page");
        run(&db, &["clip", file.to_str().expect("UTF-8 path")]);
    }
    let shown = stdout(&db, &["show", "2"]);
    assert!(
        shown.contains("Also reported by Gulf Business Daily: Airbus wins order for 150 jets"),
        "{shown}"
    );
    // On Airbus's lane; lanes by source would keep the two outlets apart.
    let timeline = stdout(
        &db,
        &["timeline", "--entity", "Airbus", "--kind", "published"],
    );
    let point = timeline
        .lines()
        .find(|l| l.contains("Airbus") && l.contains('#'))
        .unwrap_or_else(|| panic!("no point: {timeline}"));
    assert!(point.contains(" +1 other report)"), "{point}");
    assert_eq!(
        timeline.lines().filter(|l| l.contains("(#")).count(),
        1,
        "one point for the story: {timeline}"
    );
}
