//! Drives the real `clipline` binary's search: the fields of the query language, the read
//! state as `is:unread`, and words a page hides behind soft hyphens, combining accents and
//! ligatures.

mod cli_common;

use cli_common::{fixture, json_of as json, notebook_path as notebook, run};

#[test]
fn search_understands_fields_of_the_query_language() {
    let (_dir, db) = notebook();
    json(
        &db,
        &[
            "clip",
            &fixture("harbor-chips.html"),
            "--tag",
            "chips",
            "--format",
            "json",
        ],
    );
    json(
        &db,
        &["clip", &fixture("river-port.html"), "--format", "json"],
    );
    let count = |q: &str| {
        json(&db, &["search", q, "--format", "json"])["results"]
            .as_array()
            .map(Vec::len)
    };
    assert_eq!(count("tag:chips"), Some(1));
    assert_eq!(count("-tag:chips drought"), Some(1));
    assert_eq!(count("source:\"Delta Courier\""), Some(1));
    assert_eq!(count("after:2025-01-01"), Some(1));
    assert_eq!(count("before:2025-01-01 OR tag:chips"), Some(2));
    assert_eq!(
        count("(drought OR fabrication) -source:\"Delta Courier\""),
        Some(1)
    );
    let out = run(&db, &["search", "after:someday"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("YYYY-MM-DD"));
}

#[test]
fn articles_are_marked_read_and_unread_as_is_unread_searches() {
    let (_dir, db) = notebook();
    json(
        &db,
        &["clip", &fixture("harbor-chips.html"), "--format", "json"],
    );
    json(
        &db,
        &["clip", &fixture("river-port.html"), "--format", "json"],
    );
    let found = |q: &str| -> Vec<i64> {
        let out = json(&db, &["search", q, "--format", "json"]);
        let mut ids: Vec<i64> = out["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["article"]["id"].as_i64().unwrap())
            .collect();
        ids.sort();
        ids
    };
    assert_eq!(found("is:read"), Vec::<i64>::new(), "new clips are unread");
    let marked = json(&db, &["mark", "read", "1", "1", "--format", "json"]);
    assert_eq!(marked["changed"], serde_json::json!([1]));
    assert_eq!(found("is:read"), vec![1]);
    assert_eq!(found("is:unread"), vec![2]);
    let list = json(&db, &["list", "--format", "json"]);
    let read: Vec<bool> = list["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["read"].as_bool().unwrap())
        .collect();
    assert_eq!(
        read.iter().filter(|r| **r).count(),
        1,
        "the library shows the state"
    );
    json(&db, &["mark", "unread", "1", "--format", "json"]);
    assert_eq!(found("is:unread"), vec![1, 2]);
    json(&db, &["show", "2", "--format", "json"]);
    assert_eq!(
        found("is:unread"),
        vec![1, 2],
        "JSON for a script is no reading"
    );
    assert!(run(&db, &["show", "2"]).status.success());
    assert_eq!(found("is:unread"), vec![1], "shown as text, it is read");
    json(&db, &["mark", "unread", "2", "--format", "json"]);
    let missing = run(&db, &["mark", "read", "1", "99"]);
    assert!(!missing.status.success());
    assert_eq!(
        found("is:unread"),
        vec![1, 2],
        "nothing changed when one id is wrong"
    );
}

/// A page that hyphenates long words with soft hyphens (`&shy;`) and writes accents as
/// combining marks: its words are found by search and by a quoted highlight as a user
/// types them (found in review: neither found "Bundesregierung" or "Genève").
#[test]
fn soft_hyphens_and_combining_accents_do_not_hide_words() {
    let (_dir, db) = notebook();
    let page = fixture("shy-and-nfd.html");
    let clipped = json(&db, &["--format", "json", "clip", &page]);
    let id = clipped["articles"][0]["id"]
        .as_i64()
        .expect("id")
        .to_string();
    assert_eq!(
        clipped["articles"][0]["title"],
        "Kabinett beschließt Hafengesetz"
    );
    let found = json(&db, &["--format", "json", "search", "Bundesregierung"]);
    assert_eq!(
        found["results"].as_array().map(Vec::len),
        Some(1),
        "{found}"
    );
    for quote in [
        "Die Bundesregierung hat am Montag beschlossen",
        "ihr Büro in Genève hat",
        "der Zürcher",
    ] {
        let out = run(&db, &["highlight", "add", &id, "--quote", quote]);
        let said = String::from_utf8_lossy(&out.stderr);
        if quote == "der Zürcher" {
            assert!(!out.status.success(), "not in the text: {quote}");
        } else {
            assert!(out.status.success(), "{quote}: {said}");
        }
    }
}

/// Text copied out of a PDF keeps its ligatures as characters ("ﬁnancial"): pasted, its
/// words are found by search and by a quote as a user types them.
#[test]
fn ligatures_of_a_pasted_pdf_do_not_hide_words() {
    let (dir, db) = notebook();
    let pasted = dir.path().join("report.txt");
    std::fs::write(
        &pasted,
        "Port authority reports a \u{FB01}nancial gap\n\n\
         The port authority said on Tuesday that the o\u{FB00}shore terminal faced a \
         \u{FB01}nancial gap of 40 million euros, as cargo \u{FB02}ows shifted north and \
         e\u{FB03}ciency gains came later than planned.\n",
    )
    .unwrap();
    let clipped = json(
        &db,
        &[
            "--format",
            "json",
            "clip",
            pasted.to_str().unwrap(),
            "--as",
            "text",
        ],
    );
    let article = &clipped["articles"][0];
    assert_eq!(
        article["title"], "Port authority reports a financial gap",
        "{clipped}"
    );
    let id = article["id"].as_i64().expect("id").to_string();
    for words in [
        "financial",
        "offshore terminal",
        "\"cargo flows\"",
        "efficiency",
    ] {
        let found = json(&db, &["--format", "json", "search", words]);
        assert_eq!(
            found["results"].as_array().map(Vec::len),
            Some(1),
            "{words}: {found}"
        );
    }
    let out = run(
        &db,
        &[
            "highlight",
            "add",
            &id,
            "--quote",
            "cargo flows shifted north",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
