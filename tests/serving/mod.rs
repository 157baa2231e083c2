//! `clipline serve` started for a test: the real binary on a free port of 127.0.0.1, with
//! the address and token it prints, and the command table called over HTTP.

// Each test binary that includes this module uses part of it.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

use serde_json::Value;

/// A running `clipline serve`; stopped when dropped.
pub struct Server {
    pub child: Child,
    pub base: String,
    pub token: String,
    pub port: u16,
    _dir: Option<tempfile::TempDir>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Serve a new notebook of its own.
pub fn serve() -> Server {
    let dir = tempfile::tempdir().unwrap();
    let mut server = serve_at(&dir.path().join("notebook.db"), &[]);
    server._dir = Some(dir);
    server
}

/// Start the real binary on `db` and a free port, with `args` after `serve`, and read the
/// URL it prints.
pub fn serve_at(db: &Path, args: &[&str]) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_clipline"))
        .arg("--db")
        .arg(db)
        .args(["serve", "--port", "0"])
        .args(args)
        .stdout(Stdio::piped())
        .spawn()
        .expect("clipline serve starts");
    let stdout = child.stdout.take().unwrap();
    let mut lines = BufReader::new(stdout).lines().map_while(Result::ok);
    let line = lines
        .find(|l| l.contains("http://127.0.0.1:"))
        .expect("the server prints its URL");
    // Keep reading what the server prints, as a terminal would.
    std::thread::spawn(move || lines.for_each(drop));
    let url = &line[line.find("http://").unwrap()..];
    let (base, token) = url
        .split_once("/?token=")
        .expect("the URL carries the token");
    let port = base.rsplit(':').next().unwrap().parse().unwrap();
    Server {
        child,
        base: base.to_string(),
        token: token.trim().to_string(),
        port,
        _dir: None,
    }
}

pub fn client() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::new()
}

/// Call the command table with the server's token: the status and the JSON answer.
pub async fn rpc(server: &Server, body: Value) -> (u16, Value) {
    rpc_with(server, &server.token, body).await
}

/// Call the command table with `token`.
pub async fn rpc_with(server: &Server, token: &str, body: Value) -> (u16, Value) {
    let resp = client()
        .post(format!("{}/api/rpc", server.base))
        .header("x-clipline-token", token)
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = resp.status().as_u16();
    (status, resp.json().await.unwrap_or(Value::Null))
}
