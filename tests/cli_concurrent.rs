//! Two processes writing one notebook at once, as the desktop app and a script would:
//! `clipline serve` takes 1,000 note writes over its command table (the same engine path
//! the desktop's `rpc` command takes) while a `clipline note add --lines` process adds 1,000
//! notes, each in its own transaction. Neither may surface "database is locked" (or any
//! error), and every one of the 2,000 notes must be there at the end. A `clipline backup`
//! taken mid-race must come out consistent (online backup). And a program that reads the
//! notebook beside the app and closes it must leave the app's later writes in the file.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

use serde_json::{Value, json};

const BIN: &str = env!("CARGO_BIN_EXE_clipline");
const WRITES: usize = 1_000;

struct Server {
    child: Child,
    base: String,
    token: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(db: &Path) -> Server {
    let mut child = Command::new(BIN)
        .arg("--db")
        .arg(db)
        .args(["serve", "--port", "0"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("clipline serve starts");
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = BufReader::new(stdout).lines().map_while(Result::ok);
    let line = lines
        .find(|l| l.contains("http://127.0.0.1:"))
        .expect("the server prints its URL");
    std::thread::spawn(move || lines.for_each(drop));
    let url = &line[line.find("http://").expect("url")..];
    let (base, token) = url
        .split_once("/?token=")
        .expect("the URL carries the token");
    Server {
        child,
        base: base.into(),
        token: token.trim().into(),
    }
}

fn clip(db: &Path, page: &str) -> i64 {
    let out = Command::new(BIN)
        .arg("--db")
        .arg(db)
        .args(["--format", "json", "clip", page])
        .output()
        .expect("clip runs");
    assert!(
        out.status.success(),
        "clip: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    v["articles"][0]["id"].as_i64().expect("id")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_server_and_the_cli_write_a_thousand_notes_each_at_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("notebook.db");
    let fixtures = format!("{}/tests/fixtures/cli", env!("CARGO_MANIFEST_DIR"));
    let for_server = clip(&db, &format!("{fixtures}/harbor-chips.html"));
    let for_cli = clip(&db, &format!("{fixtures}/river-port.html"));
    let server = serve(&db);

    let lines: String = (0..WRITES).map(|i| format!("cli note {i}\n")).collect();
    let list = dir.path().join("notes.txt");
    std::fs::write(&list, lines).expect("write the notes");
    let cli = Command::new(BIN)
        .arg("--db")
        .arg(&db)
        .args(["note", "add", &for_cli.to_string(), "--lines"])
        .arg(&list)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI writer starts");

    let _ = rustls::crypto::ring::default_provider().install_default();
    let client = reqwest::Client::new();
    let url = format!("{}/api/rpc", server.base);
    let mut tasks = tokio::task::JoinSet::new();
    let in_flight = std::sync::Arc::new(tokio::sync::Semaphore::new(8));
    for i in 0..WRITES {
        let (client, url, token, gate) = (
            client.clone(),
            url.clone(),
            server.token.clone(),
            in_flight.clone(),
        );
        tasks.spawn(async move {
            let _permit = gate.acquire_owned().await.expect("gate");
            let body = json!({"cmd": "NoteAdd", "args": {"article_id": for_server, "body": format!("server note {i}")}});
            let resp = client.post(&url).header("x-clipline-token", &token).json(&body).send().await.expect("send");
            let status = resp.status().as_u16();
            (i, status, resp.text().await.unwrap_or_default())
        });
    }
    // An online backup taken in the middle of both writers' work.
    let (backup_db, backup) = (db.clone(), dir.path().join("mid-race.db"));
    let backup_path = backup.clone();
    let backed_up = tokio::task::spawn_blocking(move || {
        std::thread::sleep(std::time::Duration::from_millis(300));
        Command::new(BIN)
            .arg("--db")
            .arg(&backup_db)
            .arg("backup")
            .arg(&backup_path)
            .output()
    });
    let mut failures = Vec::new();
    while let Some(done) = tasks.join_next().await {
        let (i, status, text) = done.expect("task");
        if status != 200 {
            failures.push(format!("write {i}: {status} {text}"));
        }
    }
    let cli = tokio::task::spawn_blocking(move || cli.wait_with_output())
        .await
        .expect("join")
        .expect("wait");
    let cli_err = String::from_utf8_lossy(&cli.stderr).to_string();
    assert!(
        failures.is_empty(),
        "every server write succeeds, none is 'locked': {:#?}",
        &failures[..failures.len().min(5)]
    );
    assert!(cli.status.success(), "the CLI writer succeeds: {cli_err}");
    assert!(
        !cli_err.to_lowercase().contains("locked") && !cli_err.to_lowercase().contains("busy"),
        "{cli_err}"
    );
    drop(server);
    let backed_up = backed_up.await.expect("join").expect("backup runs");
    assert!(
        backed_up.status.success(),
        "a backup during the race succeeds: {}",
        String::from_utf8_lossy(&backed_up.stderr)
    );
    let copy = sqlx::SqlitePool::connect(&format!("sqlite://{}?mode=ro", backup.display()))
        .await
        .expect("the backup opens");
    let report: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_all(&copy)
        .await
        .expect("check");
    assert_eq!(report, ["ok"], "the backup taken mid-race is consistent");
    let notes: i64 = sqlx::query_scalar("SELECT count(*) FROM notes")
        .fetch_one(&copy)
        .await
        .expect("count");
    assert!(
        notes <= 2 * WRITES as i64,
        "the backup holds a prefix of the writes ({notes})"
    );
    copy.close().await;

    let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", db.display()))
        .await
        .expect("open");
    for (article, prefix) in [(for_server, "server note "), (for_cli, "cli note ")] {
        let bodies: Vec<String> = sqlx::query_scalar("SELECT body FROM notes WHERE article_id = ?")
            .bind(article)
            .fetch_all(&pool)
            .await
            .expect("notes");
        let mut seen: Vec<usize> = bodies
            .iter()
            .filter_map(|b| b.strip_prefix(prefix)?.parse().ok())
            .collect();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(
            bodies.len(),
            WRITES,
            "{prefix}: exactly {WRITES} notes, none lost or doubled"
        );
        assert_eq!(
            seen,
            (0..WRITES).collect::<Vec<_>>(),
            "{prefix}: every write is there"
        );
    }
    // The two writers really raced: their notes' ids interleave.
    let (s_min, s_max): (i64, i64) =
        sqlx::query_as("SELECT min(id), max(id) FROM notes WHERE article_id = ?")
            .bind(for_server)
            .fetch_one(&pool)
            .await
            .expect("ids");
    let (c_min, c_max): (i64, i64) =
        sqlx::query_as("SELECT min(id), max(id) FROM notes WHERE article_id = ?")
            .bind(for_cli)
            .fetch_one(&pool)
            .await
            .expect("ids");
    assert!(
        s_min < c_max && c_min < s_max,
        "the writes overlapped in time: server {s_min}..{s_max}, CLI {c_min}..{c_max}"
    );
    let report: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_all(&pool)
        .await
        .expect("check");
    assert_eq!(report, ["ok"]);
    pool.close().await;
    eprintln!("writes raced: {WRITES} over HTTP + {WRITES} from the CLI, all stored");
}

/// Run the CLI on `db` and give back what it printed (it must succeed).
fn cli(db: &Path, args: &[&str]) -> String {
    let out = Command::new(BIN)
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .expect("clipline runs");
    assert!(
        out.status.success(),
        "clipline {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The app keeps the notebook open while another program reads it (a script with Python's
/// sqlite3, as a user's own analysis would). That program's close must not end the app's
/// share of the file: had the app lost its lock on the notebook (opening and closing
/// another descriptor of the file drops every POSIX lock a process holds on it), the
/// reader's close would take the file for its own, fold the `-wal` in and delete it, and
/// every later write of the app would go to the deleted `-wal`: unseen by other readers at
/// once, and lost from the file when the app exits without closing (as a closed window
/// does).
#[tokio::test]
async fn a_reader_beside_an_open_notebook_leaves_the_apps_later_writes_in_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("notebook.db");
    let page = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/samples/2025-01-03-microsoft-80bn.html"
    );
    let id = clip(&db, page);
    let app = clipline::notebook::Notebook::open(&db)
        .await
        .expect("the app opens the notebook");
    app.tag_add(id, "before-the-script").await.expect("tag");
    let read = Command::new("python3")
        .args([
            "-c",
            "import sqlite3, sys\n\
             db = sqlite3.connect(sys.argv[1])\n\
             print(db.execute('SELECT count(*) FROM articles').fetchone()[0])\n\
             db.close()",
        ])
        .arg(&db)
        .output()
        .expect("python3 runs");
    assert_eq!(
        String::from_utf8_lossy(&read.stdout).trim(),
        "1",
        "the script read the notebook: {}",
        String::from_utf8_lossy(&read.stderr)
    );
    app.tag_add(id, "after-the-script").await.expect("tag");
    let shown = cli(&db, &["--format", "json", "show", &id.to_string()]);
    assert!(
        shown.contains("before-the-script") && shown.contains("after-the-script"),
        "another process reads both of the app's writes: {shown}"
    );
}
