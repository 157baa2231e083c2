//! Bytes -> text for HTML pages whose charset may be declared in three places.
//!
//! Order, as browsers do it: a byte-order mark wins, then the `charset` of the HTTP
//! `Content-Type`, then a `<meta charset>` / `<meta http-equiv="Content-Type">` near the
//! top of the document, then UTF-8. A declaration the bytes contradict loses (see
//! `decode_html`): readable text matters more than obeying a misconfigured server.
//! Undeclared legacy bytes are guessed by `chardetng` (Firefox's detector), UTF-16
//! without a BOM by the shape of its ASCII markup. Decoding itself is `encoding_rs`
//! (lossy: bad bytes become U+FFFD, never an error).

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

/// How far into the document a `<meta charset>` is looked for (the HTML spec says 1024;
/// real pages with long `<head>` comments put it later, so we look a little further).
const PRESCAN_BYTES: usize = 4096;

/// Decode an HTML document to a `String`.
///
/// Uses the BOM if there is one, else the `charset` parameter of `content_type` if it names
/// a known encoding, else a meta charset declaration in the first 4096 bytes, else UTF-8.
/// Two exceptions, for declarations that lie: bytes that are valid UTF-8 and not pure ASCII
/// are read as UTF-8 whatever the declaration says; and when UTF-8 is declared (or assumed)
/// but most non-ASCII bytes are not UTF-8, the page is read in the encoding its `<meta>`
/// names, else the legacy encoding `chardetng` guesses from the bytes (as Firefox does for
/// an unlabelled page: Shift_JIS, GBK, windows-1251, ..., windows-1252 by default). UTF-16
/// without a BOM is recognised by its markup (see [`utf16_without_bom`]). Invalid sequences
/// become U+FFFD; this never fails.
pub fn decode_html(bytes: &[u8], content_type: Option<&str>) -> String {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let body = bytes.get(bom_len..).unwrap_or_default();
        return encoding.decode_without_bom_handling(body).0.into_owned();
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        return encoding.decode_without_bom_handling(bytes).0.into_owned();
    }
    let declared = content_type
        .and_then(charset_from_content_type)
        .or_else(|| charset_from_meta(&bytes[..bytes.len().min(PRESCAN_BYTES)]));
    match declared {
        // Saved pages are often re-encoded to UTF-8 while keeping their old declaration,
        // and servers often send a default "iso-8859-1". Non-ASCII text in a legacy
        // encoding that also happens to be valid UTF-8 is vanishingly rare ("Ã©"), so
        // valid UTF-8 with non-ASCII bytes wins over a legacy declaration.
        Some(encoding)
            if encoding != UTF_8 && !bytes.is_ascii() && std::str::from_utf8(bytes).is_ok() =>
        {
            String::from_utf8_lossy(bytes).into_owned()
        }
        Some(encoding) if encoding != UTF_8 => {
            encoding.decode_without_bom_handling(bytes).0.into_owned()
        }
        _ => {
            if let Ok(text) = std::str::from_utf8(bytes) {
                return text.to_owned();
            }
            let text = String::from_utf8_lossy(bytes);
            if mostly_not_utf8(&text) {
                let legacy = charset_from_meta(&bytes[..bytes.len().min(PRESCAN_BYTES)])
                    .filter(|e| *e != UTF_8)
                    .unwrap_or_else(|| guess_legacy(bytes));
                return legacy.decode_without_bom_handling(bytes).0.into_owned();
            }
            text.into_owned()
        }
    }
}

/// The legacy encoding Firefox would pick for these bytes (UTF-8 excluded: the caller
/// already knows they are not). The top-level domain is unknown here, which chardetng
/// takes as `.com`.
fn guess_legacy(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    detector.guess(None, false)
}

/// How many leading bytes [`utf16_without_bom`] looks at.
const UTF16_PROBE_BYTES: usize = 2048;

/// UTF-16 with no byte-order mark, told by its shape: an HTML page is mostly ASCII markup,
/// which in UTF-16 is a NUL after (LE) or before (BE) every other byte, and text in an
/// 8-bit encoding or UTF-8 never has such regular NULs. Needs at least 16 code units, a
/// majority of them ASCII-shaped one way and almost none the other way. Written by hand:
/// `encoding_rs` decodes only, and `chardetng` leaves UTF-16 to the BOM (browsers only
/// honour UTF-16 with one; a saved file or a misconfigured server may lack it).
pub(crate) fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let probe = &bytes[..bytes.len().min(UTF16_PROBE_BYTES) & !1];
    let units = probe.len() / 2;
    if units < 16 {
        return None;
    }
    let (mut le, mut be) = (0usize, 0usize);
    for pair in probe.chunks_exact(2) {
        match (pair[0], pair[1]) {
            (0, 0) => {}
            (_, 0) => le += 1,
            (0, _) => be += 1,
            _ => {}
        }
    }
    if le * 2 > units && be * 20 < units {
        Some(UTF_16LE)
    } else if be * 2 > units && le * 20 < units {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// More replacement characters than real non-ASCII characters: the bytes were not UTF-8
/// (one stray bad byte in a UTF-8 page, e.g. a body cut mid-character, does not count).
fn mostly_not_utf8(text: &str) -> bool {
    let (mut bad, mut good) = (0usize, 0usize);
    for c in text.chars().filter(|c| !c.is_ascii()) {
        if c == char::REPLACEMENT_CHARACTER {
            bad += 1;
        } else {
            good += 1;
        }
    }
    bad > good
}

/// The encoding named by the `charset` parameter of a Content-Type value, if known.
fn charset_from_content_type(content_type: &str) -> Option<&'static Encoding> {
    content_type.split(';').skip(1).find_map(|param| {
        let (name, value) = param.split_once('=')?;
        if !name.trim().eq_ignore_ascii_case("charset") {
            return None;
        }
        Encoding::for_label(value.trim().trim_matches(['"', '\'']).as_bytes())
    })
}

/// The encoding declared by the first `<meta>` tag that carries a charset.
///
/// A simplified version of the HTML "prescan a byte stream" algorithm, written by hand
/// because `encoding_rs` only decodes (it does not sniff) and an HTML parser needs the
/// text already decoded. Works on bytes, since the encoding is not known yet; every label
/// is ASCII, so a case-insensitive byte search is enough.
fn charset_from_meta(head: &[u8]) -> Option<&'static Encoding> {
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"<meta") {
        let start = from + pos + 5;
        let end = find(&lower[start..], b">").map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(encoding) = find(tag, b"charset")
            .and_then(|c| label_after(&tag[c + 7..]))
            .and_then(Encoding::for_label)
        {
            // A document cannot declare itself UTF-16 in ASCII bytes it could not be
            // read as; browsers treat that declaration as UTF-8, and so do we.
            if encoding == UTF_16LE || encoding == UTF_16BE {
                return Some(UTF_8);
            }
            return Some(encoding);
        }
        from = end.max(start);
    }
    None
}

/// The label in `  = "shift_jis" ...`: skips spaces, `=` and a quote, stops at a delimiter.
fn label_after(rest: &[u8]) -> Option<&[u8]> {
    let rest = rest
        .trim_ascii_start()
        .strip_prefix(b"=")?
        .trim_ascii_start();
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let len = rest
        .iter()
        .position(|b| matches!(b, b'"' | b'\'' | b';' | b'/' | b'>') || b.is_ascii_whitespace())
        .unwrap_or(rest.len());
    (len > 0).then(|| &rest[..len])
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::decode_html;

    #[test]
    fn windows_1252_from_header() {
        let bytes = b"<p>caf\xE9 cr\xE8me</p>";
        let text = decode_html(bytes, Some("text/html; charset=windows-1252"));
        assert_eq!(text, "<p>café crème</p>");
        // ISO-8859-1 is an alias browsers map to windows-1252.
        let text = decode_html(bytes, Some("text/html; Charset=\"ISO-8859-1\""));
        assert_eq!(text, "<p>café crème</p>");
    }

    #[test]
    fn shift_jis_from_meta_charset() {
        let (encoded, _, _) = encoding_rs::SHIFT_JIS.encode("<p>日本語のニュース</p>");
        let mut page = b"<html><head><meta charset=\"Shift_JIS\"></head><body>".to_vec();
        page.extend_from_slice(&encoded);
        let text = decode_html(&page, None);
        assert!(text.contains("日本語のニュース"), "decoded: {text}");
    }

    #[test]
    fn http_equiv_meta_is_read() {
        let page = b"<head><META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=windows-1252'></head>caf\xE9";
        assert!(decode_html(page, None).ends_with("café"));
    }

    #[test]
    fn utf16le_with_bom() {
        let mut page = vec![0xFF, 0xFE];
        for unit in "<p>Grüße</p>".encode_utf16() {
            page.extend_from_slice(&unit.to_le_bytes());
        }
        // The BOM wins even over a header that says otherwise.
        assert_eq!(
            decode_html(&page, Some("text/html; charset=iso-8859-1")),
            "<p>Grüße</p>"
        );
    }

    #[test]
    fn header_beats_meta() {
        let page = b"<meta charset=\"utf-8\"><p>caf\xE9</p>";
        let text = decode_html(page, Some("text/html; charset=windows-1252"));
        assert!(text.ends_with("<p>café</p>"), "header says 1252: {text}");
        // The meta says UTF-8 but the bytes are not: readable windows-1252 beats U+FFFD.
        let text = decode_html(page, None);
        assert!(
            text.ends_with("<p>café</p>"),
            "meta lies about UTF-8: {text}"
        );
        let text = decode_html(page, Some("text/html; charset=utf-8"));
        assert!(
            text.ends_with("<p>café</p>"),
            "header lies about UTF-8: {text}"
        );
    }

    #[test]
    fn a_stray_bad_byte_in_a_utf8_page_stays_utf8() {
        // A body cut by the size cap mid-character: one bad byte among good UTF-8.
        let mut page = "<p>Grüße aus Köln, café</p>".as_bytes().to_vec();
        page.push(0xC3);
        let text = decode_html(&page, Some("text/html; charset=utf-8"));
        assert!(text.starts_with("<p>Grüße aus Köln, café</p>"), "{text}");
    }

    #[test]
    fn valid_utf8_wins_over_a_legacy_declaration() {
        // A page saved as UTF-8 that still declares its original charset.
        let page = "<meta charset=\"gb2312\"><title>人工智能</title>".as_bytes();
        assert!(decode_html(page, None).contains("人工智能"));
        let page = "<p>café</p>".as_bytes();
        assert_eq!(
            decode_html(page, Some("text/html; charset=iso-8859-1")),
            "<p>café</p>"
        );
    }

    #[test]
    fn unknown_labels_and_garbage_fall_back_to_utf8() {
        let page = "<meta charset=\"klingon\"><p>naïve</p>".as_bytes();
        assert!(decode_html(page, Some("text/html; charset=bogus")).contains("naïve"));
        let garbage: Vec<u8> = (0..=255u8).cycle().take(5000).collect();
        assert!(!decode_html(&garbage, None).is_empty());
        assert_eq!(decode_html(b"", None), "");
        assert_eq!(decode_html(b"<meta charset=", None), "<meta charset=");
    }

    #[test]
    fn utf16_without_a_bom_is_read_by_its_shape() {
        let page = "<html><head><meta charset=\"utf-16\"><title>Grüße</title></head>\
                    <body><p>東京のニュース, café</p></body></html>";
        let le: Vec<u8> = page.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = page.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode_html(&le, None), page);
        assert_eq!(decode_html(&be, Some("text/html")), page);
        // Too short to tell, and plain ASCII or UTF-8, stay what they were.
        assert_eq!(super::utf16_without_bom(&le[..20]), None);
        assert_eq!(super::utf16_without_bom(page.as_bytes()), None);
    }

    #[test]
    fn undeclared_legacy_bytes_are_guessed_as_firefox_does() {
        let text = "<html><body><p>東京都は今日、新しい人工知能の規制について発表した。\
                    政府の担当者によると、この規則は来年から施行される予定です。</p></body></html>";
        for encoding in [
            encoding_rs::SHIFT_JIS,
            encoding_rs::EUC_KR,
            encoding_rs::GBK,
        ] {
            let sample = if encoding == encoding_rs::EUC_KR {
                "<html><body><p>서울시는 오늘 새로운 인공지능 규제에 대해 발표했다. \
                 정부 관계자에 따르면 이 규칙은 내년부터 시행될 예정이다.</p></body></html>"
            } else if encoding == encoding_rs::GBK {
                "<html><body><p>北京市今天宣布了关于人工智能的新规定。\
                 据政府官员介绍，这些规则将从明年开始实施。</p></body></html>"
            } else {
                text
            };
            let (bytes, _, _) = encoding.encode(sample);
            assert_eq!(decode_html(&bytes, None), sample, "{}", encoding.name());
        }
        let (cyrillic, _, _) = encoding_rs::WINDOWS_1251.encode(
            "<p>Правительство объявило о новых правилах для искусственного интеллекта.</p>",
        );
        assert!(decode_html(&cyrillic, None).contains("искусственного интеллекта"));
        // Western European text still comes out as windows-1252.
        let page = b"<p>Le gouvernement a annonc\xE9 des r\xE8gles pour l'\xE9t\xE9 prochain.</p>";
        assert!(decode_html(page, None).contains("annoncé des règles pour l'été"));
    }

    #[test]
    fn utf16_declared_in_meta_means_utf8() {
        let page = "<meta charset=\"utf-16\"><p>café</p>".as_bytes();
        assert!(decode_html(page, None).contains("café"));
    }
}
