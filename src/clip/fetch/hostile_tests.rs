//! `fetch` against hostile servers on 127.0.0.1, written on raw sockets so each can misbehave
//! exactly: one stalls mid-body, one streams a gigabyte (generated, never held), ones whose
//! charset declarations lie, and pages in windows-1252, Shift_JIS (declared or guessed) and
//! UTF-16 (with a BOM or without).
//! Bodies pass through `decode_html` as the clipper does, and must come out readable.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::{FetchLimits, fetch};
use crate::clip::{ClipError, decode_html};

/// What a raw server does after reading the request.
#[derive(Clone)]
enum Behaviour {
    /// Send these headers and body, then close.
    Page { content_type: String, body: Vec<u8> },
    /// Promise `len` bytes, send `sent`, then hold the connection open without a word.
    Stall { len: usize, sent: usize },
    /// Stream `total` bytes of HTML, in 64 KB chunks, with or without a Content-Length;
    /// counts what it managed to write.
    Flood {
        total: u64,
        sized: bool,
        written: Arc<AtomicU64>,
    },
}

async fn serve(behaviour: Behaviour) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let behaviour = behaviour.clone();
            tokio::spawn(async move {
                let mut request = [0u8; 4096];
                let _ = socket.read(&mut request).await;
                answer(&mut socket, behaviour).await;
            });
        }
    });
    format!("http://{addr}/")
}

async fn answer(socket: &mut tokio::net::TcpStream, behaviour: Behaviour) {
    match behaviour {
        Behaviour::Page { content_type, body } => {
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = socket.write_all(head.as_bytes()).await;
            let _ = socket.write_all(&body).await;
        }
        Behaviour::Stall { len, sent } => {
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len}\r\n\r\n"
            );
            let _ = socket.write_all(head.as_bytes()).await;
            let _ = socket.write_all(&vec![b'z'; sent]).await;
            tokio::time::sleep(Duration::from_secs(600)).await;
        }
        Behaviour::Flood {
            total,
            sized,
            written,
        } => {
            let length = if sized {
                format!("Content-Length: {total}\r\n")
            } else {
                String::new()
            };
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n{length}Connection: close\r\n\r\n"
            );
            let _ = socket.write_all(head.as_bytes()).await;
            let chunk = vec![b'w'; 64 * 1024];
            let mut sent = 0u64;
            while sent < total {
                if socket.write_all(&chunk).await.is_err() {
                    break;
                }
                sent += chunk.len() as u64;
                written.store(sent, Ordering::Relaxed);
            }
        }
    }
}

fn limits() -> FetchLimits {
    FetchLimits {
        max_bytes: 20 * 1024 * 1024,
        timeout: Duration::from_secs(10),
        max_redirects: 5,
        ..FetchLimits::default()
    }
}

async fn page(content_type: &str, body: Vec<u8>) -> String {
    let url = serve(Behaviour::Page {
        content_type: content_type.into(),
        body,
    })
    .await;
    let got = fetch(&url, &limits()).await.expect("the page is fetched");
    decode_html(&got.bytes, got.content_type.as_deref())
}

#[tokio::test]
async fn a_server_that_stalls_mid_body_times_out() {
    let url = serve(Behaviour::Stall {
        len: 100_000,
        sent: 1_000,
    })
    .await;
    let hasty = FetchLimits {
        timeout: Duration::from_millis(500),
        ..limits()
    };
    let err = fetch(&url, &hasty)
        .await
        .expect_err("a stalled body never completes");
    assert!(
        matches!(err, ClipError::Timeout { .. }),
        "a stall is a timeout: {err:?}"
    );
}

#[tokio::test]
async fn a_gigabyte_stream_is_cut_at_the_cap_early() {
    const GIB: u64 = 1 << 30;
    for sized in [false, true] {
        let written = Arc::new(AtomicU64::new(0));
        let url = serve(Behaviour::Flood {
            total: GIB,
            sized,
            written: written.clone(),
        })
        .await;
        let err = fetch(&url, &limits())
            .await
            .expect_err("1 GB is over the 20 MB cap");
        assert!(
            matches!(err, ClipError::TooLarge { .. }),
            "sized={sized}: {err:?}"
        );
        // Let the server notice the closed socket, then see how much it ever wrote.
        tokio::time::sleep(Duration::from_millis(200)).await;
        let sent = written.load(Ordering::Relaxed);
        assert!(
            sent < 64 * 1024 * 1024,
            "sized={sized}: the reader stops near the 20 MB cap, not after {sent} bytes"
        );
    }
}

#[tokio::test]
async fn a_header_that_claims_utf8_over_windows_1252_bytes_still_reads() {
    let body = b"<html><body><p>Caf\xE9 owners in Li\xE8ge \x93welcome\x94 the \x80 5 rebate.</p></body></html>";
    let text = page("text/html; charset=utf-8", body.to_vec()).await;
    assert!(
        text.contains("Café owners in Liège “welcome” the € 5 rebate."),
        "windows-1252 bytes behind a UTF-8 header are read as windows-1252: {text}"
    );
}

#[tokio::test]
async fn the_header_beats_the_meta_when_they_disagree() {
    let (sjis, _, _) = encoding_rs::SHIFT_JIS
        .encode("<meta charset=\"windows-1252\"><p>東京で新しい駅が開業した。</p>");
    let text = page("text/html; charset=Shift_JIS", sjis.into_owned()).await;
    assert!(
        text.contains("東京で新しい駅が開業した。"),
        "the HTTP header wins over the meta: {text}"
    );
}

#[tokio::test]
async fn legacy_and_utf16_pages_decode() {
    let text = page(
        "text/html; charset=windows-1252",
        b"<p>Z\xFCrich na\xEFve d\xE9j\xE0 vu</p>".to_vec(),
    )
    .await;
    assert_eq!(
        text, "<p>Zürich naïve déjà vu</p>",
        "windows-1252 from the header"
    );

    let (sjis, _, _) =
        encoding_rs::SHIFT_JIS.encode("<meta charset=\"shift_jis\"><title>大阪の天気</title>");
    let text = page("text/html", sjis.into_owned()).await;
    assert!(
        text.contains("<title>大阪の天気</title>"),
        "Shift_JIS from the meta: {text}"
    );
    let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode(
        "<title>大阪の天気</title><p>明日は晴れのち曇り、最高気温は二十八度の予報です。</p>",
    );
    let text = page("text/html", sjis.into_owned()).await;
    assert!(
        text.contains("<title>大阪の天気</title>"),
        "Shift_JIS declared nowhere, guessed: {text}"
    );
    let bomless: Vec<u8> = "<html><title>Ελλάδα</title><p>Grüße aus Athen</p></html>"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    let text = page("text/html", bomless).await;
    assert!(
        text.contains("<p>Grüße aus Athen</p>"),
        "UTF-16 without a BOM: {text}"
    );

    for little in [true, false] {
        let mut body = if little {
            vec![0xFF, 0xFE]
        } else {
            vec![0xFE, 0xFF]
        };
        for unit in "<p>Grüße, Ελλάδα, 日本</p>".encode_utf16() {
            body.extend_from_slice(&if little {
                unit.to_le_bytes()
            } else {
                unit.to_be_bytes()
            });
        }
        let text = page("text/html; charset=iso-8859-1", body).await;
        assert_eq!(
            text, "<p>Grüße, Ελλάδα, 日本</p>",
            "UTF-16 (little={little}) by its BOM"
        );
    }
}
