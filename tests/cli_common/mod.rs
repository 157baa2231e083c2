//! What the tests that drive the real `clipline` binary share: the binary, the fixture
//! pages written for them, and running it on a notebook.

// Each test crate that includes this module uses its own part of it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// The `clipline` binary cargo built for these tests.
pub const BIN: &str = env!("CARGO_BIN_EXE_clipline");

/// The path of a fixture page in `tests/fixtures/cli`.
pub fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/cli/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// A temporary folder and the path of a notebook not made yet inside it.
pub fn notebook_path() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("notebook.db");
    (dir, db)
}

/// Run `clipline --db DB ARGS...` without the user's `CLIPLINE_DB`, and with no terminal
/// on stdin, as a script runs it (a question is refused, never waited on).
pub fn run(db: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("CLIPLINE_DB")
        .stdin(Stdio::null())
        .output()
        .expect("the clipline binary runs")
}

/// Run, insist on success, and give stdout.
pub fn ok(db: &Path, args: &[&str]) -> String {
    let out = run(db, args);
    assert!(
        out.status.success(),
        "clipline {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// Run, insist on success, and parse stdout as one JSON document (`args` ask for
/// `--format json` themselves).
pub fn json_of(db: &Path, args: &[&str]) -> Value {
    let out = ok(db, args);
    serde_json::from_str(&out)
        .unwrap_or_else(|e| panic!("clipline {args:?} did not print JSON ({e}): {out}"))
}
