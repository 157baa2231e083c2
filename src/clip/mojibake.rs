//! Text that was UTF-8, decoded once as Windows-1252 (or ISO-8859-1) before it reached
//! the page: a CMS that stored "Today’s" as `Today&acirc;&euro;&trade;s` shows
//! "Todayâ€™s" to every reader, whatever charset the page declares. Each such run is
//! turned back into the character it spelled.
//!
//! Written here rather than taken from a crate: ftfy's Rust port (`plsfix`) brings ICU
//! and two regex engines for every kind of text glitch, while clipped pages need this one
//! repair; encoding_rs supplies the Windows-1252 table.

use std::borrow::Cow;

use encoding_rs::WINDOWS_1252;

/// Repair every run of Windows-1252 characters that spells one UTF-8 encoded character
/// of punctuation, a symbol or a Latin letter ("â€™" -> "’", "Ã©" -> "é", "Â" and a
/// no-break space -> the no-break space; a lone "Â" before a space or a line's end is
/// what is left of one after a page's text was laid out, and goes). A run must be a
/// UTF-8 lead byte and all its continuation bytes, and decode to a character such text
/// holds; so "Fuß“" or "SÃO" stay as they are. A text with a single such run is left alone too: mis-decoding is
/// never that tidy, while an article about encodings quotes the odd `"Ã¤" instead of "ä"`;
/// unless the run holds a C1 control (U+0080..U+009F, "Investorâ\u{80}\u{99}s" in a
/// headline), which no text is written with.
pub fn repair(text: &str) -> Cow<'_, str> {
    // Every lead (U+00C2..U+00F4) is written 0xC3 0x82..0xB4 in UTF-8, and 0xC3 only
    // ever starts a character, so memchr finds the candidates without decoding the text.
    let mut runs = memchr::memchr_iter(0xC3, text.as_bytes())
        .filter(|&i| decode_at(&text[i..]).is_some() || nbsp_remnant(&text[i..]));
    let Some(first) = runs.next() else {
        return Cow::Borrowed(text);
    };
    if runs.next().is_none() && !holds_c1_control(&text[first..]) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..first]);
    let mut rest = &text[first..];
    while let Some(c) = rest.chars().next() {
        if let Some((fixed, used)) = decode_at(rest) {
            out.push(fixed);
            rest = &rest[used..];
        } else if nbsp_remnant(rest) {
            rest = &rest['Â'.len_utf8()..];
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    Cow::Owned(out)
}

/// How many continuation bytes follow `c` when it is read as a UTF-8 lead byte in
/// Windows-1252 (U+00C2..U+00F4 are the bytes 0xC2..0xF4).
fn continuations(c: char) -> Option<usize> {
    match u32::from(c) {
        0xC2..=0xDF => Some(1),
        0xE0..=0xEF => Some(2),
        0xF0..=0xF4 => Some(3),
        _ => None,
    }
}

/// The character the run at the start of `s` spells, and the run's length in bytes.
fn decode_at(s: &str) -> Option<(char, usize)> {
    let lead = s.chars().next()?;
    let needed = continuations(lead)? + 1;
    let run_len: usize = s.chars().take(needed).map(char::len_utf8).sum();
    let run = &s[..run_len];
    if run.chars().count() != needed {
        return None;
    }
    let mut bytes = [0u8; 4];
    for (slot, c) in bytes.iter_mut().zip(run.chars()) {
        *slot = byte_of(c)?;
    }
    if bytes[1..needed].iter().any(|b| !(0x80..=0xBF).contains(b)) {
        return None;
    }
    let decoded = std::str::from_utf8(&bytes[..needed]).ok()?.chars().next()?;
    plausible(decoded).then_some((decoded, run_len))
}

/// Whether the run at the start of `s` (one `decode_at` accepts) holds a C1 control.
fn holds_c1_control(s: &str) -> bool {
    s.chars()
        .skip(1)
        .take(3)
        .take_while(|c| byte_of(*c).is_some_and(|b| (0x80..=0xBF).contains(&b)))
        .any(|c| ('\u{80}'..='\u{9f}').contains(&c))
}

/// Whether `s` starts with the "Â" of a mis-decoded no-break space whose space itself was
/// already turned into a plain one or trimmed at a line's end (dom_query lays text out
/// so), or written as an entity by the HTML serializer: "Â" followed by a space, a line
/// break, `&nbsp;` or nothing.
fn nbsp_remnant(s: &str) -> bool {
    s.strip_prefix('Â').is_some_and(|after| {
        after.is_empty() || after.starts_with([' ', '\n']) || after.starts_with("&nbsp;")
    })
}

/// The byte a character was read from: Windows-1252's table, or Latin-1's for the C1
/// controls (U+0080..U+009F), which is how a site that decoded as ISO-8859-1 stored them
/// ("donâ\u{80}\u{99}t").
fn byte_of(c: char) -> Option<u8> {
    if let Ok(b) = u8::try_from(u32::from(c))
        && b >= 0x80
    {
        return Some(b);
    }
    let mut buf = [0u8; 4];
    let (bytes, _, unmappable) = WINDOWS_1252.encode(c.encode_utf8(&mut buf));
    match *bytes {
        [b] if !unmappable && b >= 0x80 => Some(b),
        _ => None,
    }
}

/// Characters that web text holds and mojibake is made of: Latin-1 and Latin Extended-A
/// letters and signs (not the C1 controls), general punctuation, currency and letterlike
/// symbols (™). A Hebrew accent or an NKo letter from "Ö’" or "ß“" is a coincidence.
fn plausible(c: char) -> bool {
    matches!(u32::from(c), 0xA0..=0x17F | 0x2000..=0x206F | 0x20A0..=0x20CF | 0x2100..=0x214F)
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn utf8_read_as_windows_1252_is_turned_back() {
        let cases = [
            ("Todayâ€™s AI isnâ€™t", "Today’s AI isn’t"),
            (
                "â€œQuotedâ€\u{9d} â€“ and â€” dashes",
                "“Quoted” – and — dashes",
            ),
            ("cafÃ© crÃ¨me, 5Â\u{a0}km", "café crème, 5\u{a0}km"),
            // The no-break spaces already laid out as spaces, or trimmed at the end.
            (
                "for cats.Â\nThe average Â cost.Â",
                "for cats.\nThe average  cost.",
            ),
            (
                "<p>cats.Â&nbsp;</p><p>Â&nbsp;dogs</p>",
                "<p>cats.&nbsp;</p><p>&nbsp;dogs</p>",
            ),
            ("Priceâ„¢ â‚¬10", "Price™ €10"),
            (
                "don\u{e2}\u{80}\u{99}t and it\u{e2}\u{80}\u{99}s",
                "don’t and it’s",
            ),
            // One run is enough when it holds a C1 control: no text is written with one.
            (
                "A DIY Investor\u{e2}\u{80}\u{99}s Guide",
                "A DIY Investor’s Guide",
            ),
        ];
        for (broken, fixed) in cases {
            assert_eq!(repair(broken), fixed, "{broken}");
        }
    }

    #[test]
    fn real_text_in_latin_languages_is_left_alone() {
        for text in [
            "Der Fuß“ und „Öl’s“ Preis",
            "SÃO PAULO e ação",
            "à l'école, déjà vu",
            "Ö’ and ×’ stand as written",
            "plain ASCII text",
            "a lone lead at the end: Ã",
            "中文 and emoji 🎉",
            "I often saw \"Ã¤\" instead of \"ä\".",
        ] {
            let out = repair(text);
            assert!(
                matches!(out, std::borrow::Cow::Borrowed(_)) || out == text,
                "{text} -> {out}"
            );
        }
    }
}
