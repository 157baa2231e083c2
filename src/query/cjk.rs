//! Chinese, Japanese and Korean text, which is written without spaces between words, made
//! searchable one character at a time.
//!
//! The index's `unicode61` tokenizer splits text at spaces and punctuation only, so a
//! sentence of Chinese was one token: "两会" could be found only at the start of a run, and
//! a word inside a sentence never. Segmenting into words needs a dictionary per language;
//! what search engines do without one (Lucene's CJK analysers, PostgreSQL's pg_bigm) is to
//! index the characters and match a word as the phrase of its characters in a row. Here
//! each Han, kana and Hangul character is spaced apart: an article holding any gets a
//! copy of its text so spaced in columns of their own (`article_cjk`, read by the view
//! `articles_fts_source`), and a query's word is spaced the same way (`query::sql`), so
//! "两会" asks for the phrase "两 会" and finds "观看两会直播".
//!
//! A tokenizer of our own would do this without the copy, but it would have to be
//! registered on every connection (the `sqlite3` shell's too), as `query::fold` explains.

use std::borrow::Cow;

/// Whether `c` is a character of a script written without spaces that is indexed one
/// character at a time: Han (with its extensions and compatibility forms), hiragana,
/// katakana (full and half width) and Hangul syllables. Thai, Lao, Khmer and Myanmar are
/// not: their vowels and tones are marks that belong to the letter before them.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF         // Hiragana, Katakana
        | 0x31F0..=0x31FF       // Katakana phonetic extensions
        | 0x3400..=0x4DBF       // CJK Extension A
        | 0x4E00..=0x9FFF       // CJK Unified Ideographs
        | 0xAC00..=0xD7AF       // Hangul syllables
        | 0xF900..=0xFAFF       // CJK Compatibility Ideographs
        | 0xFF66..=0xFF9F       // Half-width katakana
        | 0x20000..=0x3134F     // CJK Extensions B-G
    )
}

/// Whether `text` holds a character `is_cjk` indexes one by one.
pub fn has_cjk(text: &str) -> bool {
    // Every such character is three or four bytes long, led by 0xE3 or more.
    text.bytes().any(|b| b >= 0xE3) && text.chars().any(is_cjk)
}

/// `text` with a space before and after each `is_cjk` character, so that the tokenizer
/// reads each one as a token (spaces the tokenizer skips may double); borrowed when there
/// is none.
pub fn spaced(text: &str) -> Cow<'_, str> {
    if !has_cjk(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        if is_cjk(c) {
            out.push(' ');
            out.push(c);
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_han_kana_and_hangul_character_stands_apart() {
        let words = |text: &str| {
            spaced(text)
                .split_whitespace()
                .map(String::from)
                .collect::<Vec<_>>()
        };
        assert_eq!(words("观看两会直播"), ["观", "看", "两", "会", "直", "播"]);
        assert_eq!(
            words("Meta的AI芯片, 2025年7月14日"),
            [
                "Meta", "的", "AI", "芯", "片", ",", "2025", "年", "7", "月", "14", "日"
            ]
        );
        assert_eq!(words("アプリ"), ["ア", "プ", "リ"]);
        assert_eq!(words("서울에서 열린"), ["서", "울", "에", "서", "열", "린"]);
        assert!(matches!(spaced("No such text, café"), Cow::Borrowed(_)));
        assert!(!has_cjk("Thai ภาษาไทย, Ελληνικά, “quotes” — ½"));
        assert!(has_cjk("𠀋 (Extension B)"));
    }
}
