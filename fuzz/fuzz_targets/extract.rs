//! Fuzz the clipper's pure path: bytes -> decoded HTML -> extracted article -> sanitized HTML.
//! The contract under test: never panics, and the sanitized output holds no `<script`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let html = clipline::clip::decode_html(data, Some("text/html"));
    if let Ok(article) = clipline::clip::extract_html(&html, Some("https://example.com/a/b")) {
        let clean = clipline::clip::sanitize_html(&article.html, Some("https://example.com/a/b"));
        assert!(!clean.to_ascii_lowercase().contains("<script"), "sanitizer let a script through");
    }
});
