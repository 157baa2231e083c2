//! Drives the real `clipline` binary against a temporary notebook: clip, list, show,
//! note, tag, search and timeline, in text and JSON, and the plain errors of bad input
//! (the query language through the binary is in `cli_search`).

mod cli_common;

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use cli_common::{BIN, fixture, json_of as json, notebook_path as notebook, run};

#[test]
fn a_clipped_page_can_be_listed_noted_tagged_searched_and_placed_on_the_timeline() {
    let (_dir, db) = notebook();
    let clipped = json(
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
    let article = &clipped["articles"][0];
    assert_eq!(
        article["title"],
        "Harbor Semiconductor commits $4.2 billion to an Ohio chip plant"
    );
    assert_eq!(article["source"], "The Lakeside Ledger");
    assert_eq!(article["status"], "created");
    assert!(
        article["published_at"]
            .as_str()
            .unwrap_or("")
            .starts_with("2025-03-18"),
        "the JSON-LD datePublished is the publication date: {article}"
    );
    let id = article["id"].as_i64().expect("an id");

    let list = json(&db, &["list", "--format", "json"]);
    assert_eq!(list["articles"].as_array().map(Vec::len), Some(1));
    assert_eq!(list["articles"][0]["tags"], serde_json::json!(["chips"]));

    json(
        &db,
        &[
            "note",
            "add",
            &id.to_string(),
            "Compare with the **Indiana** expansion.",
            "--format",
            "json",
        ],
    );
    json(
        &db,
        &["tag", "add", &id.to_string(), "midwest", "--format", "json"],
    );
    // A saved page prints the address it names as its own, to cite and open.
    let text = String::from_utf8(run(&db, &["show", &id.to_string()]).stdout).unwrap();
    assert!(
        text.contains("\nhttps://ledger.example.com/business/2025/03/harbor-ohio-plant\n"),
        "{text}"
    );
    let shown = json(&db, &["show", &id.to_string(), "--format", "json"]);
    assert_eq!(
        shown["notes"][0]["body"],
        "Compare with the **Indiana** expansion."
    );
    assert_eq!(shown["tags"], serde_json::json!(["chips", "midwest"]));
    assert!(
        shown["content_text"]
            .as_str()
            .unwrap()
            .contains("outside Columbus, Ohio")
    );

    let hits = json(&db, &["search", "fabrication plant", "--format", "json"]);
    assert_eq!(hits["results"][0]["article"]["id"].as_i64(), Some(id));
    assert!(
        hits["results"][0]["snippet"]
            .as_str()
            .unwrap()
            .contains("<mark>")
    );
    let by_note = json(&db, &["search", "indiana", "--format", "json"]);
    assert_eq!(
        by_note["results"].as_array().map(Vec::len),
        Some(1),
        "notes are searchable"
    );

    let timeline = json(&db, &["timeline", "--format", "json"]);
    let lane = &timeline["lanes"][0];
    assert_eq!(lane["label"], "The Lakeside Ledger");
    assert_eq!(lane["items"][0]["date"], "2025-03-18");
    assert_eq!(lane["items"][0]["kind"], "published");
    assert_eq!(lane["items"][0]["article_id"].as_i64(), Some(id));
    let by_tag = json(&db, &["timeline", "--by", "tag", "--format", "json"]);
    let labels: Vec<&str> = by_tag["lanes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["label"].as_str().unwrap())
        .collect();
    assert_eq!(labels, vec!["chips", "midwest"]);
}

#[test]
fn clipping_the_same_page_twice_returns_the_existing_article() {
    let (_dir, db) = notebook();
    let first = json(
        &db,
        &["clip", &fixture("river-port.html"), "--format", "json"],
    );
    let second = json(
        &db,
        &["clip", &fixture("river-port.html"), "--format", "json"],
    );
    assert_eq!(first["articles"][0]["id"], second["articles"][0]["id"]);
    assert_eq!(second["articles"][0]["status"], "existing");
    let list = json(&db, &["list", "--format", "json"]);
    assert_eq!(
        list["articles"].as_array().map(Vec::len),
        Some(1),
        "no twin was stored"
    );
}

#[test]
fn timeline_filters_by_query_and_date_range() {
    let (_dir, db) = notebook();
    json(
        &db,
        &["clip", &fixture("harbor-chips.html"), "--format", "json"],
    );
    json(
        &db,
        &["clip", &fixture("river-port.html"), "--format", "json"],
    );
    let all = json(&db, &["timeline", "--format", "json"]);
    assert_eq!(all["lanes"].as_array().map(Vec::len), Some(2));
    let drought = json(
        &db,
        &[
            "timeline", "--by", "source", "--query", "drought", "--format", "json",
        ],
    );
    assert_eq!(drought["lanes"].as_array().map(Vec::len), Some(1));
    assert_eq!(drought["lanes"][0]["label"], "Delta Courier");
    let in_2025 = json(
        &db,
        &["timeline", "--from", "2025-01-01", "--format", "json"],
    );
    assert_eq!(in_2025["lanes"][0]["items"][0]["date"], "2025-03-18");
    assert_eq!(in_2025["lanes"].as_array().map(Vec::len), Some(1));
    // A day written without its zeros means the same day (it is not compared as text).
    let unpadded = json(&db, &["timeline", "--from", "2025-1-1", "--format", "json"]);
    assert_eq!(unpadded, in_2025);
    // A range typed the wrong way round is said to be so, not "nothing dated matches".
    let reversed = run(
        &db,
        &["timeline", "--from", "2025-12-31", "--to", "2024-01-01"],
    );
    assert_eq!(reversed.status.code(), Some(1));
    let said = String::from_utf8_lossy(&reversed.stderr);
    assert!(
        said.contains("ends (2024-01-01) before it starts (2025-12-31)"),
        "{said}"
    );
    let found = |q: &str| json(&db, &["search", q, "--format", "json"])["results"].clone();
    assert_eq!(found("after:2025-3-1"), found("after:2025-03-01"));
    assert_eq!(found("after:2025-3-1").as_array().map(Vec::len), Some(1));
    let out = run(&db, &["timeline", "--limit", "0"]);
    assert_eq!(out.status.code(), Some(2), "--limit 0 is refused");
}

#[test]
fn text_from_stdin_becomes_an_article() {
    let (_dir, db) = notebook();
    let mut child = Command::new(BIN)
        .args(["--db"])
        .arg(&db)
        .args(["clip", "-", "--as", "text", "--format", "json"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Port authority plans dredging\n\nThe authority will dredge two stretches of the river in October.\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["articles"][0]["title"], "Port authority plans dredging");
}

#[test]
fn a_paste_that_names_no_language_is_given_the_language_of_its_text() {
    let (dir, db) = notebook();
    let paste = dir.path().join("depeche.txt");
    std::fs::write(
        &paste,
        "Le port fixe les redevances du nouveau terminal\n\nLa préfecture a déclenché lundi le plan d'alerte canicule dans trois départements du littoral, et les armateurs paieront les nouvelles redevances dès septembre.\n",
    )
    .unwrap();
    let clipped = json(
        &db,
        &[
            "clip",
            paste.to_str().unwrap(),
            "--as",
            "text",
            "--format",
            "json",
        ],
    );
    let id = clipped["articles"][0]["id"].as_i64().unwrap().to_string();
    let shown = json(&db, &["show", &id, "--format", "json"]);
    assert_eq!(shown["lang"], "fr", "{shown}");
}

#[test]
fn extract_prints_the_contract_fields_without_a_notebook() {
    let out = Command::new(BIN)
        .args(["extract", &fixture("harbor-chips.html"), "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    for key in [
        "title",
        "byline",
        "site_name",
        "published_at",
        "lang",
        "canonical_url",
        "text",
        "html",
    ] {
        assert!(v.get(key).is_some(), "extract JSON has `{key}`: {v}");
    }
    assert_eq!(v["byline"], "Mira Okafor");
    assert_eq!(
        v["canonical_url"], "https://ledger.example.com/business/2025/03/harbor-ohio-plant",
        "tracking parameters are dropped from the canonical URL"
    );
}

#[test]
fn bad_input_gives_one_plain_sentence_and_leaves_the_notebook_alone() {
    let (dir, db) = notebook();
    json(
        &db,
        &["clip", &fixture("river-port.html"), "--format", "json"],
    );

    let missing = run(
        &db,
        &["clip", &dir.path().join("nope.html").to_string_lossy()],
    );
    assert_eq!(missing.status.code(), Some(1));
    let err = String::from_utf8_lossy(&missing.stderr);
    assert!(
        err.contains("could not read") && err.contains("nope.html"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");

    // A folder is not a page: the error names the command that clips what is in it.
    let folder = run(&db, &["clip", &dir.path().to_string_lossy()]);
    assert_eq!(folder.status.code(), Some(1));
    let err = String::from_utf8_lossy(&folder.stderr);
    assert!(
        err.contains("is a folder") && err.contains("clipline import"),
        "{err}"
    );

    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "  \n").unwrap();
    let out = run(&db, &["clip", &empty.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("empty"));

    let out = run(&db, &["clip", "ftp://example.com/x.html"]);
    assert_eq!(out.status.code(), Some(1), "a non-http scheme is refused");

    let out = run(&db, &["clip", "www.example.com/2025/07/story"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("https://www.example.com/2025/07/story"),
        "an address without its scheme gets a hint: {}",
        String::from_utf8_lossy(&out.stderr)
    );

    let out = run(&db, &["show", "999"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no article 999"));

    let out = run(&db, &["timeline", "--from", "last week"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("YYYY-MM-DD"));

    let list = json(&db, &["list", "--format", "json"]);
    assert_eq!(
        list["articles"].as_array().map(Vec::len),
        Some(1),
        "nothing stored was touched"
    );
}

#[test]
fn a_mistyped_notebook_path_is_refused_by_commands_that_only_read_or_change_it() {
    let (dir, db) = notebook();
    let typo = dir.path().join("deep").join("notebook.bd");
    for args in [
        &["list"][..],
        &["search", "meta"],
        &["show", "1"],
        &["export", "--format", "csv"],
        &["timeline"],
        &["tag", "list"],
        &["backup", "copy.db"],
    ] {
        let out = run(&typo, args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(
            err.contains("There is no notebook at") && err.contains("notebook.bd"),
            "{args:?} names the missing file: {err}"
        );
        assert!(out.stdout.is_empty(), "{args:?} prints nothing on stdout");
    }
    assert!(
        !dir.path().join("deep").exists(),
        "no folder and no empty notebook is made"
    );
    // Clipping makes the notebook, and then the others read it.
    json(
        &db,
        &["clip", &fixture("harbor-chips.html"), "--format", "json"],
    );
    let list = json(&db, &["list", "--format", "json"]);
    assert_eq!(list["articles"].as_array().map(Vec::len), Some(1));
}

#[test]
fn the_number_of_a_deleted_article_or_note_is_never_given_again() {
    let (_dir, db) = notebook();
    let id_of = |v: &Value| v["articles"][0]["id"].as_i64().expect("an id");
    let first = id_of(&json(
        &db,
        &["clip", &fixture("harbor-chips.html"), "--format", "json"],
    ));
    let second = id_of(&json(
        &db,
        &["clip", &fixture("river-port.html"), "--format", "json"],
    ));
    let out = run(&db, &["delete", &second.to_string(), "--yes"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The newest article deleted: SQLite alone would give its number to the next one.
    let third = id_of(&json(
        &db,
        &["clip", &fixture("shy-and-nfd.html"), "--format", "json"],
    ));
    assert!(
        third > second,
        "#{second} was deleted, so the next article is not #{third}"
    );
    let bibtex = String::from_utf8(run(&db, &["export", "--format", "bibtex"]).stdout).unwrap();
    assert!(
        !bibtex.contains(&format!("{{clipline{second},")),
        "no citation key names the deleted article's number: {bibtex}"
    );

    let note = |body: &str| {
        json(
            &db,
            &["note", "add", &first.to_string(), body, "--format", "json"],
        )["id"]
            .as_i64()
            .expect("a note id")
    };
    let a = note("First reading of the plant's timing.");
    let out = run(&db, &["note", "delete", &a.to_string()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let b = note("Second reading.");
    assert!(b > a, "note #{a} was deleted, so the next note is not #{b}");
}

#[test]
fn a_file_that_is_not_a_notebook_is_refused_plainly() {
    let dir = tempfile::tempdir().unwrap();
    let bogus = dir.path().join("bogus.db");
    std::fs::write(
        &bogus,
        b"this is not a database, just text pretending to be one",
    )
    .unwrap();
    let out = run(&bogus, &["list"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("notebook"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(
        std::fs::read(&bogus).unwrap(),
        b"this is not a database, just text pretending to be one",
        "the file is left as it was"
    );
}

/// The development corpus lives beside the project (`../shared/corpus`) or at
/// `CLIPLINE_CORPUS`; CI has it. Without it this test says so and checks nothing.
fn corpus() -> Option<PathBuf> {
    let dir = std::env::var_os("CLIPLINE_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    dir.is_dir().then_some(dir)
}

#[test]
fn a_real_news_page_from_the_corpus_keeps_its_title_and_date() {
    let Some(corpus) = corpus() else {
        eprintln!("DID NOT RUN: the development corpus was not found (set CLIPLINE_CORPUS)");
        return;
    };
    let (_dir, db) = notebook();
    let page = corpus.join("readability/nytimes-1/source.html");
    let clipped = json(&db, &["clip", &page.to_string_lossy(), "--format", "json"]);
    assert_eq!(
        clipped["articles"][0]["title"],
        "United States to Lift Sudan Sanctions"
    );
    assert!(
        clipped["articles"][0]["published_at"]
            .as_str()
            .unwrap_or("")
            .starts_with("2017-01-13"),
        "{clipped}"
    );
    let hits = json(&db, &["search", "sanctions", "--format", "json"]);
    assert_eq!(
        hits["results"][0]["article"]["title"],
        "United States to Lift Sudan Sanctions"
    );
    let timeline = json(&db, &["timeline", "--format", "json"]);
    assert_eq!(timeline["lanes"][0]["items"][0]["date"], "2017-01-13");
}

#[test]
fn import_reports_failures_goes_on_and_adds_nothing_twice() {
    let (dir, db) = notebook();
    let folder = dir.path().join("saved");
    std::fs::create_dir(&folder).unwrap();
    for name in ["harbor-chips.html", "river-port.html"] {
        std::fs::copy(fixture(name), folder.join(name)).unwrap();
    }
    std::fs::write(folder.join("blank.html"), "   ").unwrap();
    let first = json(
        &db,
        &["import", &folder.to_string_lossy(), "--format", "json"],
    );
    assert_eq!(first["files"], 3);
    assert_eq!(first["created"], 2);
    assert_eq!(first["failed"].as_array().map(Vec::len), Some(1));
    assert!(
        first["failed"][0]["path"]
            .as_str()
            .unwrap()
            .ends_with("blank.html")
    );
    let again = json(
        &db,
        &["import", &folder.to_string_lossy(), "--format", "json"],
    );
    assert_eq!(
        (again["created"].as_i64(), again["skipped"].as_i64()),
        (Some(0), Some(2)),
        "a second run recognises the stored files by their bytes and skips them"
    );
    assert_eq!(again["failed"].as_array().map(Vec::len), Some(1));

    // A path that is not there is one of the files, and failed: the counts add up.
    let missing = dir.path().join("gone.html");
    let third = json(
        &db,
        &[
            "import",
            &folder.to_string_lossy(),
            &missing.to_string_lossy(),
            "--format",
            "json",
        ],
    );
    assert_eq!(third["files"], 4, "{third}");
    assert_eq!(third["skipped"], 2, "{third}");
    assert_eq!(third["failed"].as_array().map(Vec::len), Some(2), "{third}");
}

#[test]
fn an_import_that_stores_nothing_fails_and_one_bad_export_does_not_stop_the_others() {
    let (dir, db) = notebook();
    let broken = dir.path().join("broken");
    std::fs::create_dir(&broken).unwrap();
    std::fs::write(broken.join("empty.html"), "").unwrap();
    std::fs::write(broken.join("blank.txt"), "   \n").unwrap();
    let out = run(&db, &["import", broken.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "every file failed");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("Nothing was imported: all 2 failed"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // A Pocket export of a page with no address to fetch, beside an empty file.
    let good = dir.path().join("pocket.csv");
    std::fs::write(
        &good,
        "title,url,time_added,tags,status\nNo address,notaurl,1700000000,,unread\n",
    )
    .unwrap();
    let empty = dir.path().join("empty.csv");
    std::fs::write(&empty, "").unwrap();
    let out = run(
        &db,
        &[
            "import",
            "--from",
            "pocket",
            good.to_str().unwrap(),
            empty.to_str().unwrap(),
        ],
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("Skipped the file") && err.contains("empty.csv"),
        "{err}"
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("skipped: No address"),
        "the readable export was read: {}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn reanalyze_and_reextract_go_through_the_command_table_and_say_what_they_did() {
    let (_dir, db) = notebook();
    json(
        &db,
        &["clip", &fixture("harbor-chips.html"), "--format", "json"],
    );
    let analysed = json(&db, &["reanalyze", "--format", "json"]);
    assert_eq!(analysed["articles"], 1);
    assert!(analysed["mentions"].as_u64().unwrap() > 0, "{analysed}");
    let extracted = json(&db, &["reextract", "--format", "json"]);
    assert_eq!(extracted["articles"], 1);
    assert_eq!(extracted["unchanged"], 1, "{extracted}");
    let out = run(&db, &["reanalyze"]);
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stdout).starts_with("Analysed 1 article: "),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn flags_for_files_are_refused_with_an_address_rather_than_ignored() {
    let (_dir, db) = notebook();
    for flags in [
        ["--as", "text"],
        ["--url", "https://elsewhere.example/story"],
    ] {
        let mut args = vec!["clip", "https://ledger.example/story"];
        args.extend(flags);
        let out = run(&db, &args);
        assert!(!out.status.success(), "{flags:?}");
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(said.contains("describe a file or stdin"), "{said}");
        assert!(
            !said.contains("  "),
            "one sentence, without a run of spaces: {said}"
        );
    }
}
