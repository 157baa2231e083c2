//! Drives the real `clipline` binary: every export format on a small notebook (the
//! files other tools read, checked for what those tools need), and the JSON round trip
//! through `import-notebook` into a new notebook.

mod cli_common;

use std::path::Path;

use serde_json::Value;

use cli_common::{fixture, ok, run};

const HOSTILE: &str = "<html><head><title>Port &lt;script&gt;alert(1)&lt;/script&gt; deal &amp; \"more\"</title>\
  <meta property=\"og:site_name\" content=\"Harbour &lt;Times&gt;\">\
  <meta property=\"article:published_time\" content=\"2025-04-02T08:00:00Z\"></head><body><article>\
  <h1>Port &lt;script&gt;alert(1)&lt;/script&gt; deal &amp; \"more\"</h1>\
  <p>The Port of Rotterdam signed a deal on Wednesday with a shipping group to expand its container \
  terminal, the port authority said. <script>alert(2)</script> The expansion will add capacity for two \
  million containers a year from 2027, according to the statement, and cost about 900 million euros.</p>\
  <p>Shipping groups have asked European ports for more room as trade routes shift, and Rotterdam said \
  it expected the work to start in the autumn once permits were granted by the Dutch government.</p>\
  </article></body></html>";

fn notebook(dir: &Path) -> std::path::PathBuf {
    let db = dir.join("n.db");
    let harbor = fixture("harbor-chips.html");
    ok(
        &db,
        &[
            "clip",
            &harbor,
            "--url",
            "https://ledger.example/harbor",
            "--tag",
            "chips",
        ],
    );
    let page = dir.join("port.html");
    std::fs::write(&page, HOSTILE).unwrap();
    ok(
        &db,
        &[
            "clip",
            page.to_str().unwrap(),
            "--url",
            "https://times.example/port",
            "--tag",
            "ports",
        ],
    );
    ok(&db, &["note", "add", "1", "Check the subsidy figure."]);
    ok(
        &db,
        &[
            "highlight",
            "add",
            "1",
            "--quote",
            "Harbor Semiconductor said",
            "--note",
            "the lead",
        ],
    );
    db
}

#[test]
fn every_export_format_writes_what_its_reader_needs() {
    let dir = tempfile::tempdir().unwrap();
    let db = notebook(dir.path());

    let md = dir.path().join("md");
    ok(
        &db,
        &[
            "export",
            "--format",
            "markdown",
            "--out",
            md.to_str().unwrap(),
        ],
    );
    let mut names = markdown_files(&md);
    names.sort();
    assert_eq!(names.len(), 2, "one Markdown file per article: {names:?}");
    let harbor = std::fs::read_to_string(md.join(&names[0])).unwrap();
    assert!(
        harbor.starts_with(
            "---\ntitle: \"Harbor Semiconductor commits $4.2 billion to an Ohio chip plant\"\n"
        ),
        "{harbor}"
    );
    assert!(
        harbor.contains("url: \"https://ledger.example/harbor\"\n")
            && harbor.contains("tags:\n  - \"chips\"\n---\n"),
        "{harbor}"
    );
    assert!(
        harbor.contains("> Harbor Semiconductor said\n\nthe lead\n"),
        "a highlight is a quote followed by its note: {harbor}"
    );
    assert!(
        harbor.contains("## Notes\n\nCheck the subsidy figure."),
        "{harbor}"
    );

    // To stdout without the byte-order mark a file gets (scripts read it); see below.
    let csv = ok(&db, &["export", "--format", "csv"]);
    assert!(csv.starts_with("id,title,"), "{csv}");
    let file = dir.path().join("articles.csv");
    ok(
        &db,
        &["export", "--format", "csv", "--out", file.to_str().unwrap()],
    );
    let written = std::fs::read_to_string(&file).unwrap();
    assert!(
        written.starts_with("\u{feff}id,title,"),
        "a byte-order mark first, for Excel to read UTF-8: {written}"
    );
    let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 3, "a header and one row per article: {csv}");
    assert!(
        lines[2].contains("\"Port <script>alert(1)</script> deal & \"\"more\"\"\""),
        "quotes are doubled inside a quoted field: {csv}"
    );

    let csl: Value = serde_json::from_str(&ok(&db, &["export", "--format", "csl-json"])).unwrap();
    assert_eq!(csl[0]["type"], "article-newspaper");
    assert_eq!(csl[0]["container-title"], "The Lakeside Ledger");
    assert_eq!(csl[0]["URL"], "https://ledger.example/harbor");
    assert_eq!(
        csl[0]["issued"]["date-parts"],
        serde_json::json!([[2025, 3, 18]])
    );
    assert_eq!(
        csl[0]["author"][0],
        serde_json::json!({"family": "Okafor", "given": "Mira"}),
        "a person's names apart, for sorting by surname"
    );
    assert!(
        csl[0]["accessed"]["date-parts"][0]
            .as_array()
            .is_some_and(|p| p.len() == 3)
    );

    let bib = ok(&db, &["export", "--format", "bibtex"]);
    assert!(bib.starts_with("@article{clipline1,\n  title = {{Harbor Semiconductor commits \\$4.2 billion to an Ohio chip plant}},\n  journal = {The Lakeside Ledger},"), "{bib}");
    assert!(
        bib.contains("url = {https://times.example/port}")
            && bib.contains("deal \\& ")
            && bib.contains("author = {Okafor, Mira},")
            && bib.contains("  month = mar,\n"),
        "{bib}"
    );
    let depth = bib.chars().try_fold(0i32, |d, c| {
        let d = d + i32::from(c == '{') - i32::from(c == '}');
        (d >= 0).then_some(d)
    });
    assert_eq!(depth, Some(0), "BibTeX's braces balance: {bib}");

    let tl: Value = serde_json::from_str(&ok(
        &db,
        &["export", "--format", "timelinejs", "--query", "port"],
    ))
    .unwrap();
    let events = tl["events"].as_array().expect("TimelineJS events");
    assert!(
        !events.is_empty(),
        "the port article is on its query lane: {tl}"
    );
    assert!(
        events.iter().all(|e| e["start_date"]["year"].is_string()),
        "{tl}"
    );
    assert!(
        !tl.to_string().contains("<script"),
        "TimelineJS renders HTML, so text is escaped: {tl}"
    );

    let report = dir.path().join("report.html");
    ok(
        &db,
        &[
            "export",
            "--format",
            "html",
            "--out",
            report.to_str().unwrap(),
        ],
    );
    let html = std::fs::read_to_string(&report).unwrap();
    assert!(
        html.contains("Content-Security-Policy\" content=\"default-src 'none'"),
        "strict CSP"
    );
    assert!(
        !html.to_lowercase().contains("<script"),
        "no script of any kind: {html}"
    );
    assert!(
        html.contains("Port &lt;script&gt;alert(1)&lt;/script&gt; deal &amp; &quot;more&quot;"),
        "titles are escaped: {html}"
    );
    assert!(
        html.contains("<a href=\"https://ledger.example/harbor\">"),
        "sources link to their articles"
    );

    let tcsv = ok(&db, &["export", "--format", "csv", "--query", "port"]);
    assert!(
        tcsv.starts_with("lane,date,precision,tense,kind,text,article_id"),
        "with a timeline selector, CSV lists its items: {tcsv}"
    );

    let out = run(&db, &["list", "--format", "bibtex"]);
    assert!(
        !out.status.success() && String::from_utf8_lossy(&out.stderr).contains("export format")
    );
}

/// The `.md` files in `dir`, by name.
fn markdown_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".md"))
        .collect();
    names.sort();
    names
}

#[test]
fn a_markdown_export_again_keeps_edits_and_drops_deleted_articles() {
    let dir = tempfile::tempdir().unwrap();
    let db = notebook(dir.path());
    let md = dir.path().join("vault");
    let export = || {
        let out = run(
            &db,
            &[
                "export",
                "--format",
                "markdown",
                "--out",
                md.to_str().unwrap(),
            ],
        );
        assert!(out.status.success());
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    export();
    let names = markdown_files(&md);
    let (harbor, port) = (md.join(&names[0]), md.join(&names[1]));
    // The reader adds a line to the Harbor note in Obsidian; the port article is deleted.
    let edited = format!(
        "{}\nMy own line.\n",
        std::fs::read_to_string(&harbor).unwrap()
    );
    std::fs::write(&harbor, &edited).unwrap();
    ok(&db, &["note", "add", "1", "A note the export would add."]);
    ok(&db, &["delete", "2", "--yes"]);

    let said = export();
    assert_eq!(
        std::fs::read_to_string(&harbor).unwrap(),
        edited,
        "the edit is kept"
    );
    assert!(!port.exists(), "the deleted article's file is gone");
    assert!(said.contains("Removed 1 file of"), "{said}");
    assert!(
        said.contains("Kept 1 file edited") && said.contains(&names[0]),
        "{said}"
    );

    // Once the reader moves the edited file away, the next export writes it afresh.
    std::fs::rename(&harbor, dir.path().join("mine.md")).unwrap();
    export();
    assert!(
        std::fs::read_to_string(&harbor)
            .unwrap()
            .contains("A note the export would add."),
        "written again, with the new note"
    );
}

/// Export the notebook `db` as JSON to `notebook.json` in `dir`; the file's path.
fn export_json(db: &Path, dir: &Path) -> std::path::PathBuf {
    let file = dir.join("notebook.json");
    ok(
        db,
        &[
            "export",
            "--format",
            "json",
            "--out",
            file.to_str().unwrap(),
        ],
    );
    file
}

#[test]
fn a_number_deleted_before_an_export_is_not_given_again_after_its_load() {
    let dir = tempfile::tempdir().unwrap();
    let db = notebook(dir.path());
    // The source deletes its newest article (#3) before the export.
    ok(&db, &["clip", &fixture("river-port.html")]);
    ok(&db, &["delete", "3", "--yes"]);
    let file = export_json(&db, dir.path());
    let into = dir.path().join("into.db");
    let loaded = run(&into, &["import-notebook", file.to_str().unwrap()]);
    assert!(
        loaded.status.success(),
        "{}",
        String::from_utf8_lossy(&loaded.stderr)
    );
    let clipped: Value = serde_json::from_str(&ok(
        &into,
        &["clip", &fixture("shy-and-nfd.html"), "--format", "json"],
    ))
    .unwrap();
    assert_eq!(
        clipped["articles"][0]["id"], 4,
        "the next number after the source's deleted #3"
    );
}

#[test]
fn the_json_export_imports_into_a_new_notebook() {
    let dir = tempfile::tempdir().unwrap();
    let db = notebook(dir.path());
    let file = export_json(&db, dir.path());
    let copy = dir.path().join("copy.db");
    let report: Value = serde_json::from_str(&ok(
        &copy,
        &[
            "import-notebook",
            file.to_str().unwrap(),
            "--format",
            "json",
        ],
    ))
    .unwrap();
    assert_eq!(report["tables"]["articles"], 2);
    assert_eq!(
        ok(&db, &["show", "1", "--format", "json"]),
        ok(&copy, &["show", "1", "--format", "json"])
    );

    let third = dir.path().join("third.db");
    ok(
        &third,
        &["import", "--from", "clipline", file.to_str().unwrap()],
    );
    assert_eq!(
        ok(&db, &["list", "--format", "json"]),
        ok(&third, &["list", "--format", "json"]),
        "import --from clipline is import-notebook"
    );
    let again = run(&copy, &["import-notebook", file.to_str().unwrap()]);
    assert!(
        !again.status.success(),
        "a second import into the same notebook is refused"
    );
    assert!(String::from_utf8_lossy(&again.stderr).contains("already holds data"));
    std::fs::write(dir.path().join("bad.json"), "{\"items\": []}").unwrap();
    let bad = run(
        &dir.path().join("other.db"),
        &[
            "import-notebook",
            dir.path().join("bad.json").to_str().unwrap(),
        ],
    );
    assert!(String::from_utf8_lossy(&bad.stderr).contains("not a Clipline notebook export"));
    assert!(
        !dir.path().join("other.db").exists(),
        "a failed import into a new file leaves no empty notebook"
    );
    let bad = run(
        &dir.path().join("fourth.db"),
        &[
            "import",
            "--from",
            "clipline",
            dir.path().join("bad.json").to_str().unwrap(),
        ],
    );
    assert!(!bad.status.success());
    assert!(
        !dir.path().join("fourth.db").exists(),
        "nor does a failed import --from clipline"
    );
    assert!(
        copy.exists(),
        "a refused import into an existing notebook leaves it"
    );
}

#[test]
fn show_prints_highlights_with_their_notes_beside_the_notes() {
    let dir = tempfile::tempdir().unwrap();
    let db = notebook(dir.path());
    let shown = ok(&db, &["show", "1"]);
    let at = shown
        .find("highlight #1 (yellow): “Harbor Semiconductor said”")
        .unwrap_or_else(|| panic!("no highlight line: {shown}"));
    assert!(
        shown[at..].contains("\n  the lead\n"),
        "its note follows: {shown}"
    );
    assert!(shown.contains("Check the subsidy figure."), "{shown}");
}

#[test]
fn an_export_is_never_written_over_the_notebook() {
    let dir = tempfile::tempdir().unwrap();
    let db = notebook(dir.path());
    let out = run(
        &db,
        &["export", "--format", "json", "--out", db.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("is the notebook itself"), "{err}");
    assert!(
        ok(&db, &["show", "1"]).contains("Check the subsidy figure."),
        "the notebook is untouched"
    );
    let beside = dir.path().join("export.json");
    let to_beside = [
        "export",
        "--format",
        "json",
        "--out",
        beside.to_str().unwrap(),
    ];
    ok(&db, &to_beside);
    ok(&db, &to_beside);
    assert!(
        beside.metadata().unwrap().len() > 100,
        "another file is (re)written"
    );
}

#[test]
fn the_json_export_streams_to_stdout_and_a_failed_write_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = notebook(dir.path());
    let file = export_json(&db, dir.path());
    let tables = |text: &str| {
        let doc: Value = serde_json::from_str(text).expect("one JSON document");
        assert_eq!(doc["format"], "clipline-notebook");
        doc["tables"].clone()
    };
    let printed = ok(&db, &["export", "--format", "json"]);
    assert_eq!(
        tables(&printed),
        tables(&std::fs::read_to_string(&file).unwrap()),
        "stdout holds the same rows as the file"
    );
    assert!(
        tables(&printed)["articles"]["rows"]
            .as_array()
            .unwrap()
            .len()
            == 2,
        "{printed}"
    );
    let nowhere = dir.path().join("missing-folder").join("notebook.json");
    let out = run(
        &db,
        &[
            "export",
            "--format",
            "json",
            "--out",
            nowhere.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("Could not write the export"), "{err}");
    assert_eq!(
        err.matches("missing-folder").count(),
        1,
        "the file is named once: {err}"
    );
    assert!(!dir.path().join("missing-folder").exists());
    // The timeline's choices are still refused for the whole notebook.
    let out = run(&db, &["export", "--format", "json", "--entity", "Harbor"]);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("choose a timeline"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_subscriptions_as_opml_are_one_json_document_with_format_json() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("n.db");
    let opml = dir.path().join("subs.opml");
    std::fs::write(
        &opml,
        r#"<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>
           <outline type="rss" text="Harbour Ledger" xmlUrl="https://ledger.example/feed.xml"/>
           </body></opml>"#,
    )
    .unwrap();
    ok(&db, &["feed", "import-opml", opml.to_str().unwrap()]);
    let plain = ok(&db, &["feed", "export-opml"]);
    assert!(plain.trim_start().starts_with("<?xml"), "{plain}");
    let json: Value = serde_json::from_str(&ok(&db, &["--format", "json", "feed", "export-opml"]))
        .expect("one JSON document");
    assert!(
        json["opml"]
            .as_str()
            .is_some_and(|x| x.contains("https://ledger.example/feed.xml")),
        "{json}"
    );
}
