//! `fetch` against a real HTTP server on 127.0.0.1 (axum), one route per behaviour.

use std::time::Duration;

use axum::Router;
use axum::http::{StatusCode, header};
use axum::response::Redirect;
use axum::routing::get;

use super::{FetchLimits, Reach, fetch};
use crate::clip::{ClipError, decode_html};

const PAGE: &str = "<!doctype html><title>Hello</title><p>Hello, reader.</p>";

/// Start the test server; returns its base URL ("http://127.0.0.1:PORT").
async fn serve() -> String {
    let app = Router::new()
        .route(
            "/page",
            get(|| async { ([(header::CONTENT_TYPE, "text/html")], PAGE) }),
        )
        .route(
            "/missing",
            get(|| async { (StatusCode::NOT_FOUND, "nope") }),
        )
        .route(
            "/broken",
            get(|| async { (StatusCode::INTERNAL_SERVER_ERROR, "oops") }),
        )
        .route(
            "/image",
            get(|| async {
                (
                    [(header::CONTENT_TYPE, "image/png")],
                    vec![0x89u8, b'P', b'N', b'G'],
                )
            }),
        )
        .route("/loop", get(|| async { Redirect::temporary("/loop") }))
        .route(
            "/to-localhost",
            get(|| async { Redirect::temporary("http://localhost:9/page") }),
        )
        .route("/hop/{n}", get(hop))
        .route(
            "/to-ftp",
            get(|| async { Redirect::temporary("ftp://127.0.0.1/file") }),
        )
        .route(
            "/big",
            get(|| async { ([(header::CONTENT_TYPE, "text/html")], "x".repeat(10_000)) }),
        )
        .route(
            "/slow",
            get(|| async {
                tokio::time::sleep(Duration::from_secs(3)).await;
                ([(header::CONTENT_TYPE, "text/html")], PAGE)
            }),
        )
        .route(
            "/latin1",
            get(|| async {
                (
                    [(header::CONTENT_TYPE, "text/html; charset=windows-1252")],
                    b"<p>caf\xE9</p>".to_vec(),
                )
            }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind a loopback port");
    let addr = listener.local_addr().expect("bound address");
    tokio::spawn(async move { axum::serve(listener, app).await });
    format!("http://{addr}")
}

/// `/hop/3` -> `/hop/2` -> `/hop/1` -> `/page`.
async fn hop(axum::extract::Path(n): axum::extract::Path<u32>) -> Redirect {
    if n <= 1 {
        Redirect::temporary("/page")
    } else {
        Redirect::temporary(&format!("/hop/{}", n - 1))
    }
}

/// A server that answers any request with `len` bytes of HTML and no Content-Length
/// (the body ends when the connection closes), so the cap must hold while streaming.
/// Written on a raw socket because axum's streaming bodies need a stream crate we lack.
async fn serve_unsized(len: usize) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind a loopback port");
    let addr = listener.local_addr().expect("bound address");
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let mut request = [0u8; 4096];
            let _ = socket.read(&mut request).await;
            let head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n";
            let _ = socket.write_all(head.as_bytes()).await;
            for _ in 0..len / 1000 {
                if socket.write_all(&[b'y'; 1000]).await.is_err() {
                    break;
                }
            }
            let _ = socket.shutdown().await;
        }
    });
    format!("http://{addr}")
}

fn quick() -> FetchLimits {
    FetchLimits {
        max_bytes: 1024 * 1024,
        timeout: Duration::from_secs(5),
        max_redirects: 5,
        ..FetchLimits::default()
    }
}

#[tokio::test]
async fn fetches_a_page() {
    let base = serve().await;
    let got = fetch(&format!("{base}/page"), &quick())
        .await
        .expect("200 page");
    assert_eq!(got.bytes, PAGE.as_bytes());
    assert_eq!(got.content_type.as_deref(), Some("text/html"));
    assert_eq!(got.final_url, format!("{base}/page"));
}

#[tokio::test]
async fn follows_a_few_redirects_and_reports_the_final_url() {
    let base = serve().await;
    let got = fetch(&format!("{base}/hop/5"), &quick())
        .await
        .expect("5 hops is within the cap of 5");
    assert_eq!(got.final_url, format!("{base}/page"));
    let err = fetch(&format!("{base}/hop/6"), &quick())
        .await
        .expect_err("6 hops exceed 5");
    assert!(
        matches!(err, ClipError::TooManyRedirects { max: 5 }),
        "{err:?}"
    );
}

#[tokio::test]
async fn error_statuses_become_http_status() {
    let base = serve().await;
    let err = fetch(&format!("{base}/missing"), &quick())
        .await
        .expect_err("404");
    match &err {
        ClipError::HttpStatus { status, url } => {
            assert_eq!(*status, 404);
            assert_eq!(url, &format!("{base}/missing"));
        }
        other => panic!("expected HttpStatus, got {other:?}"),
    }
    assert!(
        err.to_string()
            .starts_with("This URL returned HTTP 404 (Not Found)")
    );
    let err = fetch(&format!("{base}/broken"), &quick())
        .await
        .expect_err("500");
    assert!(
        matches!(err, ClipError::HttpStatus { status: 500, .. }),
        "{err:?}"
    );
}

#[tokio::test]
async fn images_are_not_pages() {
    let base = serve().await;
    let err = fetch(&format!("{base}/image"), &quick())
        .await
        .expect_err("png");
    assert!(
        matches!(&err, ClipError::NotHtml { content_type, .. } if content_type == "image/png"),
        "{err:?}"
    );
}

#[tokio::test]
async fn redirect_loops_stop() {
    let base = serve().await;
    let err = fetch(&format!("{base}/loop"), &quick())
        .await
        .expect_err("loop");
    assert!(matches!(err, ClipError::TooManyRedirects { .. }), "{err:?}");
    assert_eq!(err.to_string(), "The page redirected more than 5 times.");
}

#[tokio::test]
async fn redirects_to_other_schemes_are_refused() {
    let base = serve().await;
    let err = fetch(&format!("{base}/to-ftp"), &quick())
        .await
        .expect_err("ftp");
    assert!(matches!(err, ClipError::UnsupportedScheme), "{err:?}");
}

#[tokio::test]
async fn bodies_over_the_cap_are_refused() {
    let base = serve().await;
    let small = FetchLimits {
        max_bytes: 4096,
        ..quick()
    };
    let err = fetch(&format!("{base}/big"), &small)
        .await
        .expect_err("10 KB > 4 KB");
    assert!(
        matches!(err, ClipError::TooLarge { limit: 4096 }),
        "{err:?}"
    );
    let unsized_base = serve_unsized(100_000).await;
    let err = fetch(&unsized_base, &small)
        .await
        .expect_err("streamed 100 KB > 4 KB");
    assert!(matches!(err, ClipError::TooLarge { .. }), "{err:?}");
    let got = fetch(&unsized_base, &quick()).await.expect("100 KB < 1 MB");
    assert_eq!(
        got.bytes.len(),
        100_000,
        "an unsized body is read to the end"
    );
    let got = fetch(&format!("{base}/big"), &quick())
        .await
        .expect("10 KB < 1 MB");
    assert_eq!(got.bytes.len(), 10_000);
}

#[tokio::test]
async fn slow_servers_time_out() {
    let base = serve().await;
    let hasty = FetchLimits {
        timeout: Duration::from_millis(300),
        ..quick()
    };
    let err = fetch(&format!("{base}/slow"), &hasty)
        .await
        .expect_err("3 s > 300 ms");
    assert!(matches!(err, ClipError::Timeout { .. }), "{err:?}");
}

#[tokio::test]
async fn only_http_and_https() {
    for url in [
        "ftp://example.com/file",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "example.com",
    ] {
        let err = fetch(url, &quick()).await.expect_err(url);
        assert!(
            matches!(err, ClipError::UnsupportedScheme),
            "{url}: {err:?}"
        );
    }
    let err = fetch("http://exa mple.com/", &quick())
        .await
        .expect_err("space in host");
    assert!(matches!(err, ClipError::InvalidUrl(_)), "{err:?}");
}

#[tokio::test]
async fn unreachable_hosts_are_network_errors() {
    // Bind then drop a listener so the port is (almost certainly) closed.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr");
    drop(listener);
    let err = fetch(&format!("http://{addr}/"), &quick())
        .await
        .expect_err("closed port");
    assert!(matches!(err, ClipError::Network(_)), "{err:?}");
    assert!(
        err.to_string()
            .starts_with(&format!("Could not reach http://{addr}/: ")),
        "{err}"
    );
}

#[tokio::test]
async fn header_charset_reaches_the_decoder() {
    let base = serve().await;
    let got = fetch(&format!("{base}/latin1"), &quick())
        .await
        .expect("page");
    assert_eq!(
        decode_html(&got.bytes, got.content_type.as_deref()),
        "<p>café</p>"
    );
}

#[tokio::test]
async fn a_fetch_kept_on_the_internet_never_reaches_the_local_network() {
    // (An item of a feed on the internet: its own address may point anywhere.)
    let base = serve().await;
    let port = base.rsplit(':').next().unwrap().to_string();
    let outside = FetchLimits {
        reach: Reach::Internet,
        ..quick()
    };
    for url in [
        format!("{base}/page"),                  // a local address
        format!("http://localhost:{port}/page"), // a name that resolves there
        format!("http://[::ffff:127.0.0.1]:{port}/page"),
    ] {
        let err = fetch(&url, &outside).await.expect_err(&url);
        assert!(
            matches!(&err, ClipError::LocalNetwork { .. }),
            "{url}: {err:?}"
        );
        assert!(err.to_string().contains("local network"), "{err}");
    }
    // The same page, asked for by its local address, is the reader's to clip, and so is
    // where it redirects.
    assert!(fetch(&format!("{base}/page"), &quick()).await.is_ok());
    let err = fetch(&format!("{base}/to-localhost"), &quick())
        .await
        .expect_err("nothing listens on port 9");
    assert!(
        !matches!(err, ClipError::LocalNetwork { .. }),
        "a local start may go to localhost: {err:?}"
    );
}
