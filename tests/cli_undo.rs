//! Drives the real `clipline` binary through what takes things away and how to get them
//! back: taking tags off, deleting notes and highlights (each printing the command that
//! adds it back, which is run here through `sh`), deleting articles (asked first, `--yes`
//! in scripts), and a search that finds nothing naming the names it does not know. And
//! renaming a tag, which merges it into another only when told to, and deleting one, asked
//! first as articles are.

mod cli_common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;

use cli_common::{BIN, fixture, json_of, ok, run};

/// Run with `--format json`, insist on success, and parse stdout.
fn json(db: &Path, args: &[&str]) -> Value {
    let mut args = args.to_vec();
    args.extend(["--format", "json"]);
    json_of(db, &args)
}

/// A notebook holding the one fixture article; its id.
fn notebook() -> (tempfile::TempDir, PathBuf, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("notebook.db");
    let clipped = json(&db, &["clip", &fixture("harbor-chips.html")]);
    let id = clipped["articles"][0]["id"].as_i64().expect("an id");
    (dir, db, id.to_string())
}

/// Run the `clipline ...` command printed after "To add it back:" (to the end of the
/// output: a quoted note may span lines) through `sh`, as it is: it names `db` itself.
fn run_printed_command(db: &Path, printed: &str) {
    let (_, line) = printed
        .split_once("To add it back:\n")
        .unwrap_or_else(|| panic!("no command to add it back in: {printed}"));
    let rest = line
        .trim()
        .strip_prefix("clipline ")
        .expect("the command starts with clipline");
    let full = db.canonicalize().expect("the notebook is there");
    assert!(
        rest.starts_with(&format!("--db '{}' ", full.display())),
        "the printed command names the notebook it undoes a change of: {line}"
    );
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!("\"$BIN\" {rest}"))
        .env("BIN", BIN)
        .env_remove("CLIPLINE_DB")
        .stdout(Stdio::null())
        .status()
        .expect("sh runs");
    assert!(status.success(), "the printed command failed: {line}");
}

#[test]
fn tags_come_off_and_are_listed() {
    let (_dir, db, id) = notebook();
    // A blank name is no tag; the names said back are the names stored.
    let out = run(&db, &["tag", "add", &id, " "]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("A tag needs a name"));
    let said = ok(&db, &["tag", "add", &id, "  Port   fees "]);
    assert_eq!(said.trim(), format!("Tagged article #{id}: Port fees."));
    let said = ok(&db, &["tag", "add", &id, "port fees"]);
    assert_eq!(
        said.trim(),
        format!("Article #{id} already carries port fees.")
    );
    let said = ok(&db, &["tag", "add", &id, "", "Port fees", "berths"]);
    assert_eq!(
        said.trim(),
        format!("Tagged article #{id}: berths (it carried Port fees already).")
    );
    ok(&db, &["tag", "remove", &id, "berths"]);
    ok(&db, &["tag", "remove", &id, "Port fees"]);
    ok(&db, &["tag", "add", &id, "chips", "Ohio"]);
    // A bad tag among good ones changes nothing: one transaction for them all.
    let long = "x".repeat(500);
    assert!(
        !run(&db, &["tag", "add", &id, "fabs", &long])
            .status
            .success()
    );
    assert_eq!(
        json(&db, &["show", &id])["tags"],
        serde_json::json!(["chips", "Ohio"])
    );
    let out = ok(&db, &["tag", "remove", &id, "CHIPS", "never-there"]);
    assert!(
        out.contains("Took chips off"),
        "named as the notebook keeps it: {out}"
    );
    assert!(out.contains("did not carry never-there"), "{out}");
    let article = json(&db, &["show", &id]);
    assert_eq!(article["tags"], serde_json::json!(["Ohio"]));
    let tags = json(&db, &["tag", "list"]);
    let ohio = tags
        .as_array()
        .and_then(|t| t.iter().find(|t| t["name"] == "Ohio"))
        .expect("Ohio listed");
    assert_eq!(ohio["count"], 1);
    assert!(
        tags.as_array()
            .unwrap()
            .iter()
            .all(|t| t["name"] != "chips"),
        "a tag no article carries any more is not listed: {tags}"
    );
}

#[test]
fn a_tag_is_renamed_everywhere_and_merged_only_when_asked() {
    let (_dir, db, id) = notebook();
    ok(&db, &["tag", "add", &id, "chips", "fabs"]);
    ok(&db, &["theme", "add", "Foundries", "--query", "tag:CHIPS"]);
    let out = ok(&db, &["tag", "rename", "chips", "Chip plants"]);
    assert!(
        out.contains("Renamed \"chips\" to \"Chip plants\" on 1 article."),
        "{out}"
    );
    assert!(
        out.contains("Theme \"Foundries\" now asks for tag:\"Chip plants\"."),
        "{out}"
    );
    let refused = run(&db, &["tag", "rename", "fabs", "chip PLANTS"]);
    assert!(!refused.status.success());
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(
        said.contains("\"Chip plants\" exists already") && said.contains("--merge"),
        "the refusal names the tag and the way to merge: {said}"
    );
    assert_eq!(
        json(&db, &["show", &id])["tags"],
        serde_json::json!(["Chip plants", "fabs"])
    );
    let merged = json(&db, &["tag", "rename", "fabs", "chip PLANTS", "--merge"]);
    assert_eq!(merged["merged"], true);
    assert_eq!(
        json(&db, &["tag", "list"]),
        serde_json::json!([{"name": "Chip plants", "count": 1, "feeds": 0}])
    );
}

#[test]
fn a_tag_is_deleted_from_every_article_only_when_the_user_says_so() {
    let (_dir, db, id) = notebook();
    ok(&db, &["tag", "add", &id, "chips", "fabs"]);
    let refused = run(&db, &["tag", "delete", "CHIPS"]);
    assert!(!refused.status.success(), "no terminal to ask on");
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(said.contains("--yes"), "{said}");
    assert_eq!(
        json(&db, &["show", &id])["tags"],
        serde_json::json!(["chips", "fabs"]),
        "nothing was taken off"
    );
    let out = ok(&db, &["tag", "delete", "CHIPS", "--yes"]);
    assert!(out.contains("Took \"chips\" off 1 article."), "{out}");
    assert_eq!(
        json(&db, &["show", &id])["tags"],
        serde_json::json!(["fabs"])
    );
}

#[test]
fn a_tag_only_a_feed_carries_is_listed_renamed_and_deleted() {
    let (dir, db, id) = notebook();
    ok(&db, &["tag", "add", &id, "ports"]);
    let opml = dir.path().join("feeds.opml");
    // Nothing listens on port 9: the feed is subscribed without being fetched.
    std::fs::write(
        &opml,
        r#"<opml version="2.0"><body><outline type="rss" text="Harbour" xmlUrl="http://127.0.0.1:9/h.xml" category="Harbour watch"/></body></opml>"#,
    )
    .unwrap();
    ok(&db, &["feed", "import-opml", opml.to_str().unwrap()]);
    let listed = ok(&db, &["tag", "list"]);
    assert!(
        listed.contains("     0  Harbour watch  (and 1 feed)"),
        "{listed}"
    );
    let out = ok(&db, &["tag", "rename", "harbour WATCH", "Port watch"]);
    assert!(
        out.contains("Renamed \"harbour WATCH\" to \"Port watch\" on 1 feed."),
        "{out}"
    );
    let out = ok(&db, &["tag", "delete", "port watch", "--yes"]);
    assert!(out.contains("Took \"Port watch\" off 1 feed."), "{out}");
    assert_eq!(
        json(&db, &["tag", "list"]),
        serde_json::json!([{"name": "ports", "count": 1, "feeds": 0}])
    );
    let refused = run(&db, &["tag", "delete", "Port watch"]);
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(
        !refused.status.success() && said.contains("No article or feed carries the tag"),
        "{said}"
    );
}

#[test]
fn a_deleted_note_comes_back_with_the_printed_command() {
    let (_dir, db, id) = notebook();
    let body = "Check the $310 million: it's \"tax credits\"\nover ten years, not grants.";
    let note = json(&db, &["note", "add", &id, body]);
    let note_id = note["id"].as_i64().expect("a note id").to_string();
    let printed = ok(&db, &["note", "delete", &note_id]);
    assert!(
        json(&db, &["show", &id])["notes"]
            .as_array()
            .is_some_and(Vec::is_empty)
    );
    let again = run(&db, &["note", "delete", &note_id]);
    assert!(!again.status.success(), "a note is deleted once");
    assert!(String::from_utf8_lossy(&again.stderr).contains("no note"));
    run_printed_command(&db, &printed);
    let notes = json(&db, &["show", &id])["notes"].clone();
    assert_eq!(notes[0]["body"], body, "the note comes back word for word");
}

#[test]
fn a_deleted_highlight_comes_back_in_its_place() {
    let (_dir, db, id) = notebook();
    // "Harbor" stands in the text more than once: the second one is highlighted.
    let text = json(&db, &["show", &id])["content_text"]
        .as_str()
        .expect("text")
        .to_string();
    let first = text.find("Harbor").expect("once");
    let second = text[first + 1..].find("Harbor").expect("twice") + first + 1;
    let start = text[..second].chars().count();
    let end = start + "Harbor".len();
    let h = json(
        &db,
        &[
            "highlight",
            "add",
            &id,
            "--start",
            &start.to_string(),
            "--end",
            &end.to_string(),
            "--color",
            "green",
            "--note",
            "which plant?",
        ],
    );
    let printed = ok(&db, &["highlight", "delete", &h["id"].to_string()]);
    assert!(printed.contains("(\"Harbor\")"), "{printed}");
    assert!(
        json(&db, &["show", &id])["highlights"]
            .as_array()
            .is_some_and(Vec::is_empty)
    );
    run_printed_command(&db, &printed);
    let back = json(&db, &["show", &id])["highlights"][0].clone();
    assert_eq!(back["start"], start);
    assert_eq!(back["end"], end);
    assert_eq!(back["color"], "green");
    assert_eq!(back["note"], "which plant?");
}

#[test]
fn articles_are_deleted_only_when_the_user_says_so() {
    let (_dir, db, id) = notebook();
    // No terminal to ask on and no --yes: refused, nothing gone.
    let refused = run(&db, &["delete", &id]);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("--yes"));
    // A number that is no article stops the whole command before anything is deleted.
    let typo = run(&db, &["delete", &id, "999", "--yes"]);
    assert!(!typo.status.success());
    assert_eq!(
        json(&db, &["list"])["articles"].as_array().map(Vec::len),
        Some(1)
    );
    // With --yes it goes, with its notes.
    ok(&db, &["note", "add", &id, "gone with it"]);
    let done = json(&db, &["delete", &id, "--yes"]);
    assert_eq!(
        done["deleted"],
        serde_json::json!([id.parse::<i64>().unwrap()])
    );
    assert_eq!(
        json(&db, &["list"])["articles"].as_array().map(Vec::len),
        Some(0)
    );
    assert!(!run(&db, &["show", &id]).status.success());
}

#[test]
fn an_empty_search_names_what_the_notebook_does_not_know() {
    let (_dir, db, _id) = notebook();
    ok(&db, &["tag", "add", "1", "chips"]);
    let out = ok(
        &db,
        &["search", "entity:United tag:chip source:Reuters plant"],
    );
    assert!(out.contains("No article matches."), "{out}");
    assert!(
        out.contains("No entity is called \"United\": did you mean entity:\"United States\"?"),
        "{out}"
    );
    assert!(
        out.contains("No tag is called \"chip\": did you mean tag:chips?"),
        "{out}"
    );
    assert!(
        out.contains("No source is called \"Reuters\": the sources are The Lakeside Ledger"),
        "{out}"
    );
    let out = ok(&db, &["search", "semiconductr plant"]);
    assert!(
        out.contains("No article holds the word \"semiconductr\": did you mean semiconductor?"),
        "{out}"
    );
    // A field the language lacks: the words alone, or what they may mean.
    let out = ok(&db, &["search", "title:semiconductr entiy:Meta"]);
    assert!(
        out.contains(
            "There is no field \"title:\", so \"title:semiconductr\" was looked for as words: \
             did you mean semiconductor?"
        ),
        "{out}"
    );
    assert!(out.contains("did you mean entity:Meta?"), "{out}");
    let found = json(&db, &["search", "entity:United plant"]);
    assert_eq!(found["results"], serde_json::json!([]));
    assert_eq!(found["unknown_names"][0]["value"], "United");
    assert_eq!(
        found["unknown_names"][0]["suggestions"],
        serde_json::json!(["United States"])
    );
    // Names and words the notebook knows are not reported, even when nothing matches.
    let out = ok(&db, &["search", "tag:chips -plant"]);
    assert_eq!(out.trim(), "No article matches.");
    let out = ok(&db, &["search", "tag:chips nonexistentword"]);
    assert_eq!(
        out.trim(),
        "No article matches.\nNo article holds the word \"nonexistentword\"."
    );
}

#[test]
fn a_theme_is_renamed_and_a_removed_one_comes_back_with_the_printed_command() {
    let (_dir, db, _id) = notebook();
    ok(
        &db,
        &[
            "theme",
            "add",
            "Chip plants",
            "--query",
            "ohio OR \"fab plant\"",
        ],
    );
    ok(&db, &["theme", "rename", "chip plants", "Ohio fabs"]);
    let names = |db: &Path| -> Vec<String> {
        json(db, &["theme", "list"])["themes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["name"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(names(&db), ["Ohio fabs"], "renamed, not copied");
    let out = ok(&db, &["theme", "remove", "Ohio fabs"]);
    assert!(names(&db).is_empty());
    run_printed_command(&db, &out);
    let back = json(&db, &["theme", "list"]);
    assert_eq!(back["themes"][0]["name"], "Ohio fabs");
    assert_eq!(back["themes"][0]["query"], "ohio OR \"fab plant\"");
    assert_eq!(back["themes"][0]["articles"], 1);
}

#[test]
fn the_user_takes_an_article_out_of_a_theme_puts_one_in_and_lets_the_query_decide_again() {
    let (_dir, db, id) = notebook();
    ok(&db, &["theme", "add", "Chip plants", "--query", "ohio"]);
    ok(&db, &["theme", "add", "Weather", "--query", "hurricane"]);
    let themes = |args: &[&str]| json(&db, args)["themes"].clone();
    assert_eq!(
        themes(&["theme", "reject", "chip plants", &id]),
        serde_json::json!([{"name": "Chip plants", "color": "#3b6ea5", "member": false, "verdict": false}])
    );
    assert_eq!(
        themes(&["theme", "list"])[0]["articles"],
        0,
        "rejected: not counted"
    );
    let out = ok(&db, &["theme", "confirm", "Weather", &id]);
    assert!(out.contains("is in: Weather."), "{out}");
    assert!(out.contains("Taken out of: Chip plants"), "{out}");
    let after = themes(&["theme", "reset", "Chip plants", &id]);
    assert_eq!(after[0]["member"], true, "the query decides again: {after}");
    assert_eq!(after[0]["verdict"], serde_json::Value::Null);
    assert_eq!(
        after[1]["verdict"], true,
        "Weather stays confirmed: {after}"
    );
    let err = run(&db, &["theme", "reject", "Chip plants", "999"]);
    assert!(!err.status.success());
    assert!(String::from_utf8_lossy(&err.stderr).contains("no article 999"));
}

/// Answer `answer` to the question of `clipline --db DB ARGS` asked on a terminal (`script`
/// gives it one), with stdout sent to a file: what the file holds.
fn asked_on_a_terminal(db: &Path, args: &str, answer: &str) -> String {
    let out = db.with_file_name("stdout.txt");
    let line = format!("{BIN} --db '{}' {args} > '{}'", db.display(), out.display());
    let mut child = Command::new("script")
        .args(["-qec", &line, "/dev/null"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("script (util-linux) runs");
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(answer.as_bytes())
        .unwrap();
    child.wait().expect("the command ends");
    std::fs::read_to_string(out).expect("stdout was written")
}

#[test]
fn questions_go_to_the_terminal_and_stdout_holds_only_the_answer() {
    let (_dir, db, id) = notebook();
    let said = asked_on_a_terminal(&db, &format!("delete {id} --format json"), "n\n");
    let v: Value = serde_json::from_str(&said).expect("only JSON on stdout");
    assert_eq!(v["deleted"], serde_json::json!([]), "{said}");
    let said = asked_on_a_terminal(&db, &format!("delete {id} --format json"), "y\n");
    let v: Value = serde_json::from_str(&said).expect("only JSON on stdout");
    assert_eq!(v["deleted"][0].as_i64().map(|n| n.to_string()), Some(id));

    let copy = db.with_file_name("copy.db");
    ok(&db, &["backup", copy.to_str().unwrap()]);
    let said = asked_on_a_terminal(
        &db,
        &format!("restore '{}' --format json", copy.display()),
        "n\n",
    );
    assert_eq!(said, "", "the question is not part of the answer");
}

#[test]
fn notes_from_lines_are_a_list_in_json_however_many_lines() {
    let (_dir, db, id) = notebook();
    let one = db.with_file_name("one.txt");
    std::fs::write(&one, "Only line\n").unwrap();
    let v = json(&db, &["note", "add", &id, "--lines", one.to_str().unwrap()]);
    assert_eq!(v.as_array().map(Vec::len), Some(1), "{v}");
    let v = json(&db, &["note", "add", &id, "A single note"]);
    assert!(v.is_object(), "a note given as text is one object: {v}");
}

/// An orphaned highlight (its words gone from the text after a re-extraction) cannot be
/// added back by a command, so deleting it prints its note instead of a command that would
/// fail (found in review: the printed `--quote` command failed, and the note was lost).
#[test]
fn deleting_an_orphaned_highlight_keeps_its_note_on_screen() {
    let (_dir, db, id) = notebook();
    let added = json(
        &db,
        &[
            "highlight",
            "add",
            &id,
            "--quote",
            "Harbor Semiconductor",
            "--note",
            "Check the Ohio permits.",
        ],
    );
    let hid = added["id"].as_i64().expect("highlight id").to_string();
    // What a re-extraction that lost the passage leaves (see api_reextract).
    let script = "import sqlite3, sys\ndb = sqlite3.connect(sys.argv[1])\n\
                  db.execute('UPDATE highlights SET orphaned = 1 WHERE id = ?', (int(sys.argv[2]),))\n\
                  db.commit()";
    let status = Command::new("python3")
        .args(["-c", script])
        .arg(&db)
        .arg(&hid)
        .status()
        .expect("python3 runs");
    assert!(status.success());
    let said = ok(&db, &["highlight", "delete", &hid]);
    assert!(!said.contains("To add it back"), "{said}");
    assert!(said.contains("cannot be added back"), "{said}");
    assert!(said.contains("Its note: Check the Ohio permits."), "{said}");
}

#[test]
fn a_merge_of_entities_asks_first_and_a_script_says_yes() {
    let (_dir, db, _id) = notebook();
    ok(
        &db,
        &["entity", "add", "Harbor Semiconductor", "--kind", "company"],
    );
    ok(&db, &["entity", "add", "Harbor Semi", "--kind", "company"]);
    // A merge cannot be undone: without a terminal to ask on, it is refused and nothing moves.
    let out = run(
        &db,
        &["entity", "merge", "Harbor Semi", "Harbor Semiconductor"],
    );
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("add --yes"), "{said}");
    let names = |db: &Path| -> Vec<String> {
        json(db, &["entity", "list"])["entities"]
            .as_array()
            .expect("entities")
            .iter()
            .filter_map(|e| e["name"].as_str().map(str::to_owned))
            .collect()
    };
    assert!(names(&db).contains(&"Harbor Semi".to_string()));
    ok(
        &db,
        &[
            "entity",
            "merge",
            "Harbor Semi",
            "Harbor Semiconductor",
            "--yes",
        ],
    );
    let after = names(&db);
    assert!(!after.contains(&"Harbor Semi".to_string()), "{after:?}");
    assert!(
        after.contains(&"Harbor Semiconductor".to_string()),
        "{after:?}"
    );
}
