//! `clipline backup` and `clipline restore` through the real binary: a backup is a sound
//! notebook, an existing file is never overwritten by accident, a restore refuses files that
//! are not sound Clipline notebooks, asks for `--yes` without a terminal, and keeps the
//! notebook it replaces.

mod cli_common;

use std::path::Path;
use std::process::{Command, Stdio};

use cli_common::{BIN, ok, run};

/// Fails with exit 1 and one plain sentence on stderr containing `needle`.
fn refused(db: &Path, args: &[&str], needle: &str) {
    let out = run(db, args);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(1),
        "clipline {args:?} must fail: {err}"
    );
    assert!(
        err.contains(needle),
        "clipline {args:?} says why ({needle:?}): {err}"
    );
    assert_eq!(
        err.trim().lines().count(),
        1,
        "one plain sentence, not a trace: {err}"
    );
}

fn note_count(db: &Path) -> usize {
    let out = ok(db, &["--format", "json", "list"]);
    let v: serde_json::Value = serde_json::from_str(&out).expect("list prints JSON");
    v["articles"].as_array().map_or(0, Vec::len)
}

#[test]
fn backup_refuses_to_overwrite_and_restore_brings_the_notebook_back_keeping_the_old_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("notebook.db");
    let page = format!(
        "{}/tests/fixtures/cli/harbor-chips.html",
        env!("CARGO_MANIFEST_DIR")
    );
    ok(&db, &["clip", &page]);
    let copy = dir.path().join("copy.db");
    let copy_s = copy.to_str().expect("utf-8 path");
    ok(&db, &["backup", copy_s]);
    assert!(copy.is_file(), "the backup file is written");
    refused(&db, &["backup", copy_s], "--force");
    ok(&db, &["backup", copy_s, "--force"]);
    // --force never replaces the notebook itself (a running app would lose what it writes).
    let itself = db.to_str().expect("utf-8 path");
    refused(
        &db,
        &["backup", itself, "--force"],
        "is the notebook itself",
    );
    assert_eq!(
        note_count(&db),
        1,
        "the notebook is as it was, its article in it"
    );

    let other = format!(
        "{}/tests/fixtures/cli/river-port.html",
        env!("CARGO_MANIFEST_DIR")
    );
    ok(&db, &["clip", &other]);
    assert_eq!(note_count(&db), 2, "two articles after the second clip");

    refused(&db, &["restore", copy_s], "--yes");
    assert_eq!(note_count(&db), 2, "a refused restore changes nothing");
    let said = ok(&db, &["restore", copy_s, "--yes"]);
    assert_eq!(
        note_count(&db),
        1,
        "the restored notebook is the one backed up"
    );
    let kept = std::fs::read_dir(dir.path())
        .expect("dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.to_string_lossy().contains("before-restore"))
        .expect("the replaced notebook is kept beside it");
    assert!(
        said.contains("kept at"),
        "restore says where the old notebook is: {said}"
    );
    assert_eq!(note_count(&kept), 2, "the kept copy holds both articles");
}

#[test]
fn restore_refuses_files_that_are_not_sound_clipline_notebooks() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("notebook.db");
    let page = format!(
        "{}/tests/fixtures/cli/harbor-chips.html",
        env!("CARGO_MANIFEST_DIR")
    );
    ok(&db, &["clip", &page]);

    let text = dir.path().join("notes.txt");
    std::fs::write(
        &text,
        "not a database at all, just some words\n".repeat(200),
    )
    .expect("write");
    refused(
        &db,
        &["restore", text.to_str().unwrap(), "--yes"],
        "not a Clipline notebook",
    );

    let other = dir.path().join("other.db");
    tokio::runtime::Runtime::new()
        .expect("runtime")
        .block_on(async {
            let url = format!("sqlite://{}?mode=rwc", other.display());
            let pool = sqlx::SqlitePool::connect(&url)
                .await
                .expect("a plain SQLite file");
            sqlx::query("CREATE TABLE t (x)")
                .execute(&pool)
                .await
                .expect("create");
            pool.close().await;
        });
    refused(
        &db,
        &["restore", other.to_str().unwrap(), "--yes"],
        "not a Clipline notebook",
    );

    // A real backup with a page torn out of its middle fails the integrity check.
    let good = dir.path().join("good.db");
    ok(&db, &["backup", good.to_str().unwrap()]);
    let mut bytes = std::fs::read(&good).expect("read");
    let page_size = usize::from(u16::from_be_bytes([bytes[16], bytes[17]]));
    assert!(bytes.len() >= 4 * page_size, "the backup has several pages");
    for b in &mut bytes[2 * page_size + 8..3 * page_size] {
        *b = 0x5a;
    }
    let torn = dir.path().join("torn.db");
    std::fs::write(&torn, bytes).expect("write");
    refused(
        &db,
        &["restore", torn.to_str().unwrap(), "--yes"],
        "torn.db",
    );
    // Wholly overwritten pages: SQLite's check itself fails, and that is still the backup's
    // damage, named as such.
    let mut bytes = std::fs::read(&torn).expect("read");
    for b in &mut bytes[page_size..] {
        *b = 0xff;
    }
    let wrecked = dir.path().join("wrecked.db");
    std::fs::write(&wrecked, bytes).expect("write");
    let out = run(&db, &["restore", wrecked.to_str().unwrap(), "--yes"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("wrecked.db") && !err.contains("The notebook could not be read"),
        "the message is about the backup: {err}"
    );
    refused(
        &db,
        &["restore", dir.path().to_str().unwrap(), "--yes"],
        "is a folder",
    );
    refused(
        &db,
        &["backup", "/nonexistent-folder/copy.db"],
        "the folder /nonexistent-folder does not exist",
    );
    assert_eq!(
        note_count(&db),
        1,
        "a refused restore leaves the notebook as it was"
    );
    refused(
        &db,
        &["restore", "/nonexistent/backup.db", "--yes"],
        "does not exist",
    );
}

/// `clipline serve` on `db`, until killed; returns once it listens (its notebook is open).
fn serve(db: &Path) -> std::process::Child {
    use std::io::{BufRead, BufReader};
    let mut child = Command::new(BIN)
        .arg("--db")
        .arg(db)
        .args(["serve", "--port", "0"])
        .env_remove("CLIPLINE_DB")
        .stdout(Stdio::piped())
        .spawn()
        .expect("clipline serve starts");
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = BufReader::new(stdout).lines().map_while(Result::ok);
    assert!(
        lines.any(|l| l.contains("http://127.0.0.1:")),
        "the server prints its URL"
    );
    std::thread::spawn(move || lines.for_each(drop));
    child
}

#[test]
fn restore_refuses_a_notebook_open_elsewhere_and_clears_a_crashed_writers_log() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("notebook.db");
    let fixture = |name: &str| format!("{}/tests/fixtures/cli/{name}", env!("CARGO_MANIFEST_DIR"));
    ok(&db, &["clip", &fixture("harbor-chips.html")]);
    let copy = dir.path().join("copy.db");
    let copy_s = copy.to_str().expect("utf-8 path");
    ok(&db, &["backup", copy_s]);

    let mut server = serve(&db);
    ok(&db, &["clip", &fixture("river-port.html")]);
    let out = run(&db, &["restore", copy_s, "--yes"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains(&format!(
            "open in another program (process {})",
            server.id()
        )),
        "names the process holding it: {err}"
    );
    assert_eq!(note_count(&db), 2, "a refused restore changes nothing");

    // The server dies without closing: its write-ahead log stays beside the notebook.
    server.kill().expect("kill");
    server.wait().expect("wait");
    let wal = dir.path().join("notebook.db-wal");
    assert!(wal.exists(), "a crashed writer leaves its log");
    ok(&db, &["restore", copy_s, "--yes"]);
    assert_eq!(
        note_count(&db),
        1,
        "the backup, not the backup with the old log replayed into it"
    );
    let shown = ok(&db, &["show", "1"]);
    assert!(shown.contains("Harbor Semiconductor"), "{shown}");
}

/// Ctrl+C while a backup is being written: exit 130 at once, no backup at the path and no
/// half-made `.partial` copy left beside it; the notebook is untouched.
#[test]
fn an_interrupted_backup_leaves_no_half_made_copy() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("notebook.db");
    ok(&db, &["theme", "list"]); // makes the notebook
    // Ballast, so that the copy takes long enough to be interrupted (400 MB).
    tokio::runtime::Runtime::new()
        .expect("runtime")
        .block_on(async {
            let url = format!("sqlite://{}", db.display());
            let pool = sqlx::SqlitePool::connect(&url).await.expect("the notebook");
            for statement in [
                "CREATE TABLE ballast (b BLOB)",
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400) \
                 INSERT INTO ballast SELECT randomblob(1048576) FROM n",
            ] {
                sqlx::query(statement)
                    .execute(&pool)
                    .await
                    .expect("ballast");
            }
            pool.close().await;
        });
    let dest = dir.path().join("copy.db");
    let partial = dir.path().join("copy.db.partial");
    let child = Command::new(BIN)
        .arg("--db")
        .arg(&db)
        .args(["backup", dest.to_str().unwrap()])
        .env_remove("CLIPLINE_DB")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("clipline starts");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while !partial.exists() {
        assert!(
            std::time::Instant::now() < deadline,
            "the backup starts its copy"
        );
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    // (The Ctrl+C handler is in place microseconds after the copy starts.)
    std::thread::sleep(std::time::Duration::from_millis(20));
    let sent = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(sent.success());
    let out = child.wait_with_output().expect("clipline ends");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "{err}");
    assert!(err.contains("no backup was written"), "{err}");
    assert!(!partial.exists(), "the half-made copy is removed");
    assert!(!dest.exists(), "no backup at the path");
    assert_eq!(note_count(&db), 0, "the notebook still opens");
}
