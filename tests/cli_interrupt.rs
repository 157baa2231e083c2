//! Ctrl-C during `clipline import`: the binary stops cleanly with one line saying how many
//! files were done and how many articles were stored (as many as its "Stored article" lines
//! said), and running the same import again stores the rest, twinning nothing.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_clipline");
const PAGES: usize = 600;

/// A page of its own (a number in every sentence keeps pages from joining as copies).
fn page(n: usize) -> String {
    let para = |k: usize| {
        format!(
            "<p>The harbour board met for session {n}-{k} and approved budget line {} for the \
             ferry terminal, officials said, after {} hours of debate about dredging.</p>",
            n * 7 + k,
            k + 2
        )
    };
    format!(
        "<!doctype html><html><head><title>Harbour board session {n}</title></head><body>\
         <article><h1>Harbour board session {n}</h1>{}{}{}</article></body></html>",
        para(1),
        para(2),
        para(3)
    )
}

#[test]
fn ctrl_c_stops_an_import_with_a_summary_and_a_rerun_finishes_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pages = dir.path().join("pages");
    std::fs::create_dir(&pages).expect("mkdir");
    for n in 0..PAGES {
        std::fs::write(pages.join(format!("p{n:04}.html")), page(n)).expect("write");
    }
    let db = dir.path().join("notebook.db");
    let mut child = Command::new(BIN)
        .arg("--db")
        .arg(&db)
        .arg("import")
        .arg(&pages)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("import starts");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let first = lines.next().expect("a first line").expect("readable line");
    assert!(first.starts_with("Stored article "), "{first}");
    let sent = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(sent.success());
    let rest: Vec<String> = lines.map(|l| l.expect("line")).collect();
    let out = child.wait_with_output().expect("import ends");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let stored = 1 + rest
        .iter()
        .filter(|l| l.starts_with("Stored article "))
        .count();
    assert!(stored < PAGES, "the import was interrupted, not finished");
    assert!(
        stderr.contains(&if stored == 1 {
            "1 article was stored and stays".to_string()
        } else {
            format!("{stored} articles were stored and stay")
        }),
        "the summary counts the reported articles ({stored}): {stderr}"
    );
    assert!(stderr.contains(&format!("of {PAGES} files:")), "{stderr}");
    assert!(!rest.iter().any(|l| l.starts_with("Imported ")), "{rest:?}");

    let again = Command::new(BIN)
        .arg("--db")
        .arg(&db)
        .arg("import")
        .arg(&pages)
        .output()
        .expect("re-run");
    assert!(again.status.success());
    let summary = String::from_utf8_lossy(&again.stdout);
    let last = summary.lines().last().expect("a summary");
    let new = match PAGES - stored {
        1 => "1 new article".to_string(),
        n => format!("{n} new articles"),
    };
    let want = format!(
        "Imported {PAGES} files: {new}, 0 already stored, 0 joined as copies, {stored} skipped as imported before, 0 failed."
    );
    assert_eq!(last, want);
}
