//! How a word is folded for search: lower case, accents removed, as the full-text index's
//! `unicode61 remove_diacritics 2` tokenizer does, and further the letters that tokenizer
//! keeps as they are because Unicode gives them no accent to remove: ø, ł, đ, ð, þ, ß,
//! æ, œ and ı. "Orsted" finds "Ørsted", "Lodz" finds "Łódź" and "strasse" finds "Straße",
//! as a reader typing on an English keyboard expects. Each letter costs every write of an
//! article's text a pass of `replace()` over it, so rarer ones (ħ, ŧ) are left as they are;
//! the ﬁ ligatures of text copied out of a PDF are spelled out when it is clipped
//! (`clip::chars`).
//!
//! Accents are removed from Latin letters only, as the tokenizer removes them: й, ё and
//! Greek ά keep theirs, and so do the few Latin letters whose accent SQLite's tables keep
//! (ǡ ǣ ǯ ǽ ǿ ẛ).
//!
//! The index cannot be told of these letters (SQLite's tokenizer has no such option and a
//! tokenizer of our own would have to be registered on every connection, the `sqlite3`
//! shell's too), so the text reaches it through the view `articles_fts_source`, which
//! replaces them (migration `fold_more_letters`), and a query's words through
//! `fold_letters`. A test holds the view to `LETTERS`.

use std::borrow::Cow;

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// The letters folded beyond the tokenizer's own folding, with what each becomes; each
/// lower-case letter before its capital. The view `articles_fts_source` replaces the same.
pub const LETTERS: &[(char, &str)] = &[
    ('ø', "o"),
    ('Ø', "O"),
    ('ł', "l"),
    ('Ł', "L"),
    ('đ', "d"),
    ('Đ', "D"),
    ('ð', "d"),
    ('Ð', "D"),
    ('þ', "th"),
    ('Þ', "TH"),
    ('ß', "ss"),
    ('ẞ', "SS"),
    ('æ', "ae"),
    ('Æ', "AE"),
    ('œ', "oe"),
    ('Œ', "OE"),
    ('ı', "i"),
];

/// What `c` becomes, when it is one of `LETTERS`.
fn letter(c: char) -> Option<&'static str> {
    // Every one of them is outside ASCII and below U+1EA0.
    if c.is_ascii() {
        return None;
    }
    LETTERS.iter().find(|(l, _)| *l == c).map(|(_, to)| *to)
}

/// Whether the tokenizer removes the accents of `c`: a Latin letter (U+00C0 to U+024F,
/// U+1E00 to U+1EFF) but those whose accent SQLite's tables keep.
fn loses_accent(c: char) -> bool {
    matches!(c as u32, 0xC0..=0x24F | 0x1E00..=0x1EFF)
        && !matches!(
            c,
            'ǡ' | 'Ǡ' | 'ǣ' | 'Ǣ' | 'ǯ' | 'Ǯ' | 'ǽ' | 'Ǽ' | 'ǿ' | 'Ǿ' | 'ẛ'
        )
}

/// `text` with the letters of `LETTERS` replaced, everything else as it is: what the
/// index is given in place of a column, and what a query's words are matched as.
pub fn fold_letters(text: &str) -> Cow<'_, str> {
    if text.is_ascii() || !text.chars().any(|c| letter(c).is_some()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match letter(c) {
            Some(to) => out.push_str(to),
            None => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// A token as the index holds it: lower case, accents removed, `LETTERS` replaced.
pub fn fold(token: &str) -> String {
    if token.is_ascii() {
        return token.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(token.len());
    for c in token.chars().flat_map(char::to_lowercase) {
        if let Some(to) = letter(c) {
            out.push_str(to);
        } else if loses_accent(c) {
            decompose_canonical(c, |d| match letter(d) {
                Some(to) => out.push_str(to),
                None if is_combining_mark(d) => {}
                None => out.push(d),
            });
        } else if !is_combining_mark(c) {
            // An accent written apart is dropped, as the tokenizer drops those of U+0300
            // to U+036F and the other blocks of marks for symbols and Latin letters.
            out.push(c);
        }
    }
    out
}

/// The spellings a name stored `COLLATE NOCASE` (a tag, a theme, a source) is looked up
/// by, so that case is ignored beyond ASCII too: as given, in lower case, in upper case,
/// with its first letter a capital and with each word's first letter a capital ("économie"
/// finds the tag "Économie" or "ÉCONOMIE", "le monde économique" the source "Le Monde
/// Économique"). SQLite's NOCASE folds only A to Z, and SQLite has no Unicode lower case
/// without ICU; a name whose letters beyond ASCII mix cases in some other way is found
/// as written.
pub fn spellings(name: &str) -> Vec<String> {
    let mut out = vec![name.to_string()];
    if name.is_ascii() {
        return out;
    }
    let lower = name.to_lowercase();
    let capital = |word: &str| {
        let mut chars = word.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect::<String>())
            .unwrap_or_default()
    };
    let words = lower.split(' ').map(capital).collect::<Vec<_>>().join(" ");
    for spelling in [name.to_uppercase(), capital(&lower), words, lower.clone()] {
        // Only the same letters in another case: upper-casing "Maße" gives "MASSE", which
        // NOCASE would take for the other word "Masse" (so would ı, ſ, the ﬁ ligature).
        if spelling.to_lowercase() == lower && !out.contains(&spelling) {
            out.push(spelling);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_looked_up_in_each_case_it_is_likely_written_in() {
        assert_eq!(spellings("AI"), ["AI"], "NOCASE folds ASCII itself");
        let found = spellings("le monde économique");
        for written in [
            "LE MONDE ÉCONOMIQUE",
            "Le monde économique",
            "Le Monde Économique",
        ] {
            assert!(found.iter().any(|s| s == written), "{written}: {found:?}");
        }
        assert!(spellings("ØKONOMI").contains(&"Økonomi".to_string()));
        assert!(spellings("Ökonomie").contains(&"ökonomie".to_string()));
        // Never another word: upper case turns ß into SS and ı into I.
        assert_eq!(spellings("Maße"), ["Maße", "maße"]);
        assert!(
            !spellings("ılık")
                .iter()
                .any(|s| s.eq_ignore_ascii_case("ilik"))
        );
    }

    #[test]
    fn the_letters_the_tokenizer_keeps_fold_to_what_a_reader_types() {
        assert_eq!(fold("Ørsted"), "orsted");
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("STRAẞE"), "strasse");
        assert_eq!(fold("Æblerød"), "aeblerod");
        assert_eq!(fold("Œuvre"), "oeuvre");
        assert_eq!(fold("Þórshöfn"), "thorshofn");
        assert_eq!(fold("Đoković"), "dokovic");
        assert_eq!(fold("Zürich"), "zurich");
        assert_eq!(fold("Zu\u{308}rich"), "zurich", "an accent written apart");
        // Not Latin: the tokenizer keeps these accents, and so does the fold.
        assert_eq!(fold("Майкрософт"), "майкрософт");
        assert_eq!(fold("Ελλάδα"), "ελλάδα");
        assert_eq!(fold("Ǿrsted"), "ǿrsted", "an accent SQLite keeps");
        assert_eq!(fold("ﬁnance"), "ﬁnance", "a ligature is left as it is");
        assert_eq!(fold("MARKET"), "market");
        assert_eq!(
            fold_letters("Ørsted in Łódź"),
            "Orsted in Lódź",
            "accents are the tokenizer's"
        );
        assert!(matches!(fold_letters("Zürich"), Cow::Borrowed("Zürich")));
    }

    #[test]
    fn each_letter_is_listed_once_and_folds_to_ascii() {
        for (i, (c, to)) in LETTERS.iter().enumerate() {
            assert!(!c.is_ascii() && to.is_ascii() && !to.is_empty(), "{c}");
            assert!(
                LETTERS[i + 1..].iter().all(|(other, _)| other != c),
                "{c} twice"
            );
            // Its lower case folds as it does, so that a capital never folds apart.
            assert_eq!(fold(&c.to_string()), to.to_lowercase(), "{c}");
        }
    }
}
