//! Saved web pages in MHTML (`.mhtml`/`.mht`, "Save page as… single file" in Chromium):
//! a MIME `multipart/related` message whose first `text/html` part is the page, its
//! `Content-Location` the page's address. Only that part is read; images and styles are
//! not needed to extract the article.

use base64::Engine;

/// The page of an MHTML file: its HTML (decoded to text) and its address, if stated.
/// `None` when the file holds no HTML part.
pub fn page(bytes: &[u8]) -> Option<(String, Option<String>)> {
    let text = String::from_utf8_lossy(bytes);
    let (head, _) = split_headers(&text)?;
    let boundary = header_param(&header(head, "content-type")?, "boundary")?;
    let marker = format!("--{boundary}");
    for part in text.split(marker.as_str()).skip(1) {
        let Some((headers, body)) = split_headers(part.trim_start_matches(['\r', '\n'])) else {
            continue;
        };
        let ctype = header(headers, "content-type").unwrap_or_default();
        if !ctype.to_ascii_lowercase().starts_with("text/html") {
            continue;
        }
        let encoding = header(headers, "content-transfer-encoding")
            .unwrap_or_default()
            .to_ascii_lowercase();
        let raw = match encoding.as_str() {
            "base64" => base64::engine::general_purpose::STANDARD
                .decode(body.split_whitespace().collect::<String>())
                .ok()?,
            "quoted-printable" => quoted_printable(body),
            _ => body.as_bytes().to_vec(),
        };
        let html = crate::clip::decode_html(&raw, Some(&ctype));
        let url = header(headers, "content-location").filter(|u| super::web_url(u).is_ok());
        return Some((html, url));
    }
    None
}

/// Headers and body of a MIME entity, split at the first blank line.
fn split_headers(s: &str) -> Option<(&str, &str)> {
    let i = s
        .find("\r\n\r\n")
        .map(|i| (i, 4))
        .or_else(|| s.find("\n\n").map(|i| (i, 2)))?;
    Some((&s[..i.0], &s[i.0 + i.1..]))
}

/// A header's value, with folded continuation lines joined.
fn header(headers: &str, name: &str) -> Option<String> {
    let mut value: Option<String> = None;
    for line in headers.lines() {
        if line.starts_with([' ', '\t']) {
            if let Some(v) = value.as_mut() {
                v.push(' ');
                v.push_str(line.trim());
            }
            continue;
        }
        if value.is_some() {
            break;
        }
        if let Some((k, v)) = line.split_once(':')
            && k.trim().eq_ignore_ascii_case(name)
        {
            value = Some(v.trim().to_string());
        }
    }
    value
}

/// `boundary="x"` out of a header value.
fn header_param(value: &str, name: &str) -> Option<String> {
    value.split(';').find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case(name)
            .then(|| v.trim().trim_matches('"').to_string())
    })
}

/// Decode quoted-printable: `=XX` bytes and `=` soft line breaks.
fn quoted_printable(s: &str) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'=' {
            if b.get(i + 1) == Some(&b'\r') && b.get(i + 2) == Some(&b'\n') {
                i += 3;
                continue;
            }
            if b.get(i + 1) == Some(&b'\n') {
                i += 2;
                continue;
            }
            if let Some(byte) = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
            {
                out.push(byte);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_html_part_of_a_chromium_mhtml_is_found_and_decoded() {
        let mhtml = "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://news.example/a\r\n\
            Subject: Test\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\
            \tboundary=\"----MultipartBoundary--abc----\"\r\n\r\n\r\n------MultipartBoundary--abc----\r\n\
            Content-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\nContent-Transfer-Encoding: quoted-printable\r\n\
            Content-Location: https://news.example/a\r\n\r\n<html><head><meta charset=3D\"utf-8\"></head><body><p>Caf=C3=A9 =\r\nsoci=\r\nety</p></body></html>\r\n\
            ------MultipartBoundary--abc----\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n\
            ------MultipartBoundary--abc------\r\n";
        let (html, url) = page(mhtml.as_bytes()).expect("an HTML part");
        assert!(html.contains("<p>Café society</p>"), "{html}");
        assert_eq!(url.as_deref(), Some("https://news.example/a"));
        assert_eq!(page(b"just text"), None);
    }
}
