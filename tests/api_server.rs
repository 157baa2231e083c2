//! Drives `clipline serve` over real HTTP on 127.0.0.1: the command table answers with the
//! token, and refuses requests without it, with a foreign Host or from a foreign Origin.

use std::process::Command;

use serde_json::{Value, json};

mod serving;

use serving::{Server, client, rpc, serve};

#[tokio::test]
async fn the_command_table_answers_over_http_with_the_token() {
    let server = serve();
    let (status, info) = rpc(&server, json!({"cmd": "NotebookInfo"})).await;
    assert_eq!(status, 200);
    assert_eq!(info["kind"], "Info");
    assert_eq!(info["data"]["articles"], 0);

    let page = "<html><head><title>Tidal energy pilot starts - Coast Wire</title></head><body><article>\
        <h1>Tidal energy pilot starts</h1><p>A tidal turbine pilot began feeding the grid on Friday, \
        the operator said, with two more turbines due next spring if the first year goes well.</p>\
        <p>The project cost $40 million and is the first of its kind on this coast.</p></article></body></html>";
    let (status, clipped) = rpc(
        &server,
        json!({"cmd": "ArticleClip", "args": {"source": {"kind": "paste", "content": page}}}),
    )
    .await;
    assert_eq!(status, 200, "{clipped}");
    let id = clipped["data"]["articles"][0]["id"].as_i64().unwrap();
    let (_, article) = rpc(&server, json!({"cmd": "ArticleGet", "args": {"id": id}})).await;
    assert_eq!(article["data"]["title"], "Tidal energy pilot starts");

    let (status, err) = rpc(&server, json!({"cmd": "ArticleGet", "args": {"id": 4242}})).await;
    assert_eq!(status, 404);
    assert_eq!(err["code"], "not_found");

    let (status, err) = rpc(&server, json!({"cmd": "NoSuchCommand"})).await;
    assert_eq!(status, 400);
    assert_eq!(err["code"], "invalid_input");
}

/// A saved page of a few megabytes (most of it the inline script news sites carry) clips
/// through the server as through the CLI; a request past the clipper's own limit gets
/// one plain sentence as JSON, not a bare status.
#[tokio::test]
async fn a_page_of_megabytes_clips_and_one_past_the_limit_is_refused_plainly() {
    let server = serve();
    let script = "x".repeat(3 * 1024 * 1024);
    let html = format!(
        "<html><head><title>Harbour rail line approved</title><script>var s=\"{script}\";\
         </script></head><body><article><h1>Harbour rail line approved</h1><p>The council \
         approved the budget for the harbour rail line on Tuesday after a long debate about \
         its cost, its route and the date it would open to passengers.</p></article></body>\
         </html>"
    );
    let (status, body) = rpc(
        &server,
        json!({"cmd": "ArticleClip", "args": {"source": {"kind": "html", "html": html}}}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        body["data"]["articles"][0]["title"], "Harbour rail line approved",
        "{body}"
    );

    let huge = "x".repeat(41 * 1024 * 1024);
    let resp = client()
        .post(format!("{}/api/rpc", server.base))
        .header("x-clipline-token", &server.token)
        .header("content-type", "application/json")
        .body(huge)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 413);
    let body: Value = resp.json().await.expect("the refusal is JSON");
    assert_eq!(body["code"], "invalid_input", "{body}");
    assert_eq!(
        body["message"], "The page is larger than the 20 MB limit.",
        "{body}"
    );
}

/// A body that breaks off (a chunk size that is no number) is a bad request that says so,
/// not a page "larger than the 20 MB limit".
#[tokio::test]
async fn a_broken_body_is_not_called_too_large() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let server = serve();
    let mut sock = tokio::net::TcpStream::connect(("127.0.0.1", server.port))
        .await
        .expect("connect");
    let req = format!(
        "POST /api/rpc HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nConnection: close\r\n\
         x-clipline-token: {}\r\ncontent-type: application/json\r\n\
         transfer-encoding: chunked\r\n\r\n5\r\n{{\"cmd\r\nzz\r\n",
        server.port, server.token
    );
    sock.write_all(req.as_bytes()).await.expect("write");
    let mut out = Vec::new();
    sock.read_to_end(&mut out).await.expect("read");
    let text = String::from_utf8_lossy(&out);
    assert!(text.starts_with("HTTP/1.1 400"), "{text}");
    assert!(text.contains("could not be read"), "{text}");
    assert!(!text.contains("20 MB"), "{text}");
}

/// A port already taken: one plain sentence and exit 1, and nothing started on the way (no
/// feed poll logging a failure on the notebook the failed server closed).
#[test]
fn a_taken_port_is_one_plain_error() {
    let first = serve();
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_clipline"))
        .arg("--db")
        .arg(dir.path().join("other.db"))
        .args(["serve", "--port", &first.port.to_string()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("Could not listen on 127.0.0.1:{}", first.port)),
        "{err}"
    );
    assert_eq!(err.trim().lines().count(), 1, "one line, no log: {err}");
    assert!(err.contains("--port 0"), "says what to do: {err}");
    assert!(!err.contains("os error"), "no raw OS error: {err}");
}

#[tokio::test]
async fn requests_without_the_token_or_from_elsewhere_are_refused() {
    let server = serve();
    let url = format!("{}/api/rpc", server.base);
    let body = json!({"cmd": "NotebookInfo"});

    let resp = client().post(&url).json(&body).send().await.unwrap();
    assert_eq!(resp.status().as_u16(), 403, "no token");
    assert_eq!(resp.json::<Value>().await.unwrap()["code"], "unauthorized");

    let resp = client()
        .post(&url)
        .header("x-clipline-token", "0".repeat(server.token.len()))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 403, "wrong token");

    let resp = client()
        .post(&url)
        .header("x-clipline-token", &server.token)
        .header("host", format!("rebind.example:{}", server.port))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(
        resp.status().as_u16(),
        403,
        "a DNS-rebinding Host is refused"
    );

    let resp = client()
        .post(&url)
        .header("x-clipline-token", &server.token)
        .header("origin", "http://evil.example")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 403, "a foreign Origin is refused");
    assert!(
        resp.headers().get("access-control-allow-origin").is_none(),
        "no CORS"
    );

    let resp = client()
        .post(&url)
        .header("x-clipline-token", &server.token)
        .header("origin", format!("http://localhost:{}", server.port))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(
        resp.status().as_u16(),
        200,
        "the UI's own origin is welcome"
    );
}

#[tokio::test]
async fn every_response_carries_a_strict_content_security_policy() {
    let server = serve();
    let resp = client()
        .get(format!("{}/", server.base))
        .send()
        .await
        .unwrap();
    let csp = resp
        .headers()
        .get("content-security-policy")
        .expect("a CSP header")
        .to_str()
        .unwrap()
        .to_string();
    assert!(csp.contains("script-src 'self'"), "{csp}");
    assert!(
        !csp.contains("unsafe-eval") && !csp.contains("script-src 'self' 'unsafe-inline'"),
        "{csp}"
    );
    assert_eq!(
        resp.headers().get("x-content-type-options").unwrap(),
        "nosniff"
    );
}

/// A raw request, so Host and Origin are exactly what a hostile page or rebinding would send.
async fn raw(server: &Server, method: &str, host: &str, extra: &[(&str, &str)]) -> (u16, String) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut sock = tokio::net::TcpStream::connect(("127.0.0.1", server.port))
        .await
        .expect("connect");
    let body = r#"{"cmd":"NotebookInfo"}"#;
    let mut req = format!("{method} /api/rpc HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n");
    for (k, v) in extra {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str(&format!(
        "content-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
        body.len()
    ));
    sock.write_all(req.as_bytes()).await.expect("write");
    let mut out = Vec::new();
    sock.read_to_end(&mut out).await.expect("read");
    let text = String::from_utf8_lossy(&out).into_owned();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, text)
}

#[tokio::test]
async fn each_refusal_holds_and_no_response_allows_other_origins() {
    let server = serve();
    let port = server.port.to_string();
    let token = server.token.clone();
    let here = format!("127.0.0.1:{port}");
    let with_token = [("x-clipline-token", token.as_str())];
    let (status, _) = raw(&server, "POST", &here, &with_token).await;
    assert_eq!(
        status, 200,
        "the control: our own Host with the token is served"
    );

    let other_port = format!("127.0.0.1:{}", server.port.wrapping_add(1));
    let localhost_other = format!("localhost:{}", server.port.wrapping_add(1));
    let rebinding = format!("attacker.example:{port}");
    for host in [
        rebinding.as_str(),
        "attacker.example",
        other_port.as_str(),
        localhost_other.as_str(),
        "127.0.0.1",
        "",
    ] {
        let (status, text) = raw(&server, "POST", host, &with_token).await;
        assert!(
            status == 403 || status == 400,
            "Host {host:?} (DNS rebinding or another port) must be refused: {text}"
        );
        assert!(
            !text.contains("\"articles\""),
            "a refused request reveals nothing: {text}"
        );
    }
    let bad_token = "x".repeat(token.len());
    for (what, extra) in [
        ("no token", vec![]),
        (
            "a wrong token",
            vec![("x-clipline-token", bad_token.as_str())],
        ),
        (
            "a token in the wrong header",
            vec![("authorization", token.as_str())],
        ),
    ] {
        let (status, text) = raw(&server, "POST", &here, &extra).await;
        assert_eq!(status, 403, "{what} is refused: {text}");
    }
    let foreign_port = format!("http://127.0.0.1:{}", server.port.wrapping_add(1));
    for origin in [
        "http://evil.example",
        "null",
        foreign_port.as_str(),
        "https://127.0.0.1",
    ] {
        let (status, text) = raw(
            &server,
            "POST",
            &here,
            &[("x-clipline-token", token.as_str()), ("origin", origin)],
        )
        .await;
        assert_eq!(
            status, 403,
            "Origin {origin} is refused even with the token: {text}"
        );
    }
    // A CORS preflight from another site gets no permission, and nothing anywhere says `*`.
    let (_, preflight) = raw(
        &server,
        "OPTIONS",
        &here,
        &[
            ("origin", "http://evil.example"),
            ("access-control-request-method", "POST"),
            ("access-control-request-headers", "x-clipline-token"),
        ],
    )
    .await;
    let (_, ok) = raw(&server, "POST", &here, &with_token).await;
    let (_, refused) = raw(&server, "POST", &here, &[("origin", "http://evil.example")]).await;
    for (what, text) in [
        ("the preflight", &preflight),
        ("a served call", &ok),
        ("a refusal", &refused),
    ] {
        let lower = text.to_ascii_lowercase();
        assert!(
            !lower.contains("access-control-allow-"),
            "{what} must grant no CORS permission: {text}"
        );
    }
}

#[tokio::test]
async fn the_server_listens_on_127_0_0_1_only() {
    let server = serve();
    let reach = |addr: std::net::SocketAddr| {
        std::net::TcpStream::connect_timeout(&addr, std::time::Duration::from_secs(2)).is_ok()
    };
    let port = server.port;
    assert!(
        reach(([127, 0, 0, 1], port).into()),
        "the control: 127.0.0.1 answers"
    );
    // Linux routes all of 127/8 to loopback: a socket bound to 0.0.0.0 would answer here.
    assert!(
        !reach(([127, 0, 0, 2], port).into()),
        "not bound to every address"
    );
    assert!(
        !reach((std::net::Ipv6Addr::LOCALHOST, port).into()),
        "not on ::1 either"
    );
    // The machine's own outward address, when it has one (no packet is sent to find it).
    let outward = std::net::UdpSocket::bind("0.0.0.0:0")
        .and_then(|s| s.connect("192.0.2.1:9").map(|_| s))
        .and_then(|s| s.local_addr())
        .map(|a| a.ip())
        .ok();
    if let Some(ip) = outward.filter(|ip| !ip.is_loopback() && !ip.is_unspecified()) {
        assert!(
            !reach((ip, port).into()),
            "{ip} (the LAN address) must not reach the server"
        );
    }
}

/// What an event stream sends until it holds `needle`.
async fn read_until(stream: &mut reqwest::Response, needle: &str) -> String {
    let mut text = String::new();
    while !text.contains(needle) {
        let chunk = stream
            .chunk()
            .await
            .unwrap()
            .expect("the stream stays open");
        text.push_str(&String::from_utf8_lossy(&chunk));
    }
    text
}

/// The server's progress events, as a stream to read with `read_until`.
async fn events(server: &Server) -> reqwest::Response {
    client()
        .get(format!("{}/api/events", server.base))
        .header("x-clipline-token", &server.token)
        .send()
        .await
        .unwrap()
}

/// Clip `n` short articles ("Depot 0 opens", ...) through the server.
async fn clip_depots(server: &Server, n: usize) {
    for i in 0..n {
        let text = format!(
            "Depot {i} opens\n\nNorthwind Energy opened depot {i} on March 3, 2025, and will hire {i} people by June 2026."
        );
        let (status, _) = rpc(
            server,
            json!({"cmd": "ArticleClip", "args": {"source": {"kind": "text", "text": text, "url": null}}}),
        )
        .await;
        assert_eq!(status, 200);
    }
}

#[tokio::test]
async fn long_work_streams_its_progress_as_server_sent_events() {
    let server = serve();
    clip_depots(&server, 3).await;
    let events_url = format!("{}/api/events", server.base);
    let refused = client().get(&events_url).send().await.unwrap();
    assert_eq!(refused.status().as_u16(), 403, "the stream needs the token");

    let mut stream = client()
        .get(&events_url)
        .header("x-clipline-token", &server.token)
        .send()
        .await
        .unwrap();
    assert_eq!(stream.status().as_u16(), 200);
    assert_eq!(
        stream.headers()["content-type"].to_str().unwrap(),
        "text/event-stream"
    );
    let (status, report) = rpc(&server, json!({"cmd": "NotebookReanalyze"})).await;
    assert_eq!(status, 200);
    assert_eq!(report["kind"], "Reanalyzed");
    assert_eq!(report["data"]["articles"], 3);

    // The work has ended: its first and last reports are in the stream already.
    let text = tokio::time::timeout(
        std::time::Duration::from_secs(20),
        read_until(&mut stream, r#""done":3"#),
    )
    .await
    .expect("the end of the work is in the stream");
    let events: Vec<Value> = text
        .split("\n\n")
        .filter(|block| block.contains("event: progress"))
        .map(|block| {
            let data = block
                .lines()
                .find_map(|l| l.strip_prefix("data: "))
                .unwrap();
            serde_json::from_str(data).unwrap()
        })
        .collect();
    assert_eq!(
        events.first().unwrap(),
        &json!({"job": "reanalyze", "done": 0, "total": 3, "stopped": false, "item": null}),
        "{text}"
    );
    assert_eq!(
        events.last().unwrap(),
        &json!({"job": "reanalyze", "done": 3, "total": 3, "stopped": false, "item": "Depot 2 opens"}),
        "the last event names the article last analysed"
    );
}

#[tokio::test]
async fn ctrl_c_stops_long_work_so_the_server_ends_at_once() {
    let mut server = serve();
    clip_depots(&server, 300).await;
    let mut stream = events(&server).await;
    let work = tokio::spawn({
        let (base, token) = (server.base.clone(), server.token.clone());
        async move {
            client()
                .post(format!("{base}/api/rpc"))
                .header("x-clipline-token", token)
                .json(&json!({"cmd": "NotebookReanalyze"}))
                .send()
                .await
                .unwrap()
                .json::<Value>()
                .await
                .unwrap()
        }
    });
    // The work has begun: its first report is in the stream.
    read_until(&mut stream, "event: progress").await;
    let sent = Command::new("kill")
        .args(["-INT", &server.child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
    let report = work.await.unwrap();
    assert_eq!(
        report["data"]["stopped"], true,
        "the work stopped before its end: {report}"
    );
    assert!(
        report["data"]["articles"].as_u64().unwrap() < 300,
        "{report}"
    );
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while server.child.try_wait().unwrap().is_none() {
        assert!(std::time::Instant::now() < deadline, "the server ends");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

/// A page that goes away mid-command (its request dropped) does not cut the command off:
/// the re-analysis it started runs to its end.
#[tokio::test]
async fn a_command_whose_request_is_dropped_still_runs_to_its_end() {
    let server = serve();
    clip_depots(&server, 120).await;
    let mut stream = events(&server).await;
    let asked = client()
        .post(format!("{}/api/rpc", server.base))
        .header("x-clipline-token", &server.token)
        .timeout(std::time::Duration::from_millis(50))
        .json(&json!({"cmd": "NotebookReanalyze"}))
        .send()
        .await;
    assert!(asked.is_err(), "the client gave up before the answer");
    let ends = tokio::time::timeout(
        std::time::Duration::from_secs(60),
        read_until(&mut stream, "\"done\":120,\"total\":120"),
    )
    .await;
    assert!(ends.is_ok(), "the re-analysis reached its last article");
}

#[tokio::test]
async fn the_whole_notebook_streams_as_a_json_download_with_the_token() {
    let server = serve();
    clip_depots(&server, 3).await;
    let url = format!("{}/api/export/notebook.json", server.base);
    let refused = client().get(&url).send().await.unwrap();
    assert_eq!(refused.status().as_u16(), 403, "the export needs the token");

    let res = client()
        .get(&url)
        .header("x-clipline-token", &server.token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    assert_eq!(res.headers()["content-type"], "application/json");
    assert_eq!(res.headers()["cache-control"], "no-store");
    assert!(
        res.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("filename=\"notebook.json\""),
        "offered as a file"
    );
    let streamed: Value = serde_json::from_str(&res.text().await.unwrap()).unwrap();
    assert_eq!(streamed["format"], "clipline-notebook");
    assert_eq!(
        streamed["tables"]["articles"]["rows"]
            .as_array()
            .unwrap()
            .len(),
        3
    );

    // The same rows as the command table's export of the same notebook.
    let (status, files) = rpc(
        &server,
        json!({"cmd": "NotebookExport", "args": {"format": "json", "ask": {}}}),
    )
    .await;
    assert_eq!(status, 200);
    let answered: Value =
        serde_json::from_str(files["data"][0]["content"].as_str().unwrap()).unwrap();
    assert_eq!(streamed["tables"], answered["tables"]);
    assert_eq!(streamed["schema"], answered["schema"]);
}
