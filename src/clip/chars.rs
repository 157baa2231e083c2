//! The characters a clipped text keeps: mojibake repaired (`mojibake`), soft hyphens
//! dropped, the Latin ligatures spelled out, and accents composed (Unicode NFC).
//!
//! A soft hyphen (U+00AD, `&shy;`) is an invisible hint where a word may break across
//! lines; German and Dutch sites put them in long words ("Bundes&shy;regierung"), where
//! they split the word for search and for a quoted highlight. A page may write an accent
//! as a letter and a combining mark ("Gene\u{300}ve"): composed, it is the same "Genève"
//! a user types in a quote, and text and reader HTML count the same characters.
//!
//! Text copied out of a PDF often keeps the typesetter's ligatures as characters of their
//! own ("ﬁnancial", "ﬂows", U+FB00-U+FB06): the full-text index reads them as letters no
//! one types, so a search for "financial" missed the pasted article, and a quote typed by
//! hand did not find it. They are spelled out as the letters they join (their Unicode
//! compatibility decomposition); a font draws them joined again where it likes. Only
//! these: the rest of NFKC would change what a page means (superscripts, fractions).

use std::borrow::Cow;

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use super::mojibake::repair;

const SOFT_HYPHEN: char = '\u{AD}';

/// The letters a Latin ligature joins (U+FB00-U+FB06, as NFKC spells them), or `None`.
pub fn ligature(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{FB00}' => "ff",
        '\u{FB01}' => "fi",
        '\u{FB02}' => "fl",
        '\u{FB03}' => "ffi",
        '\u{FB04}' => "ffl",
        '\u{FB05}' | '\u{FB06}' => "st",
        _ => return None,
    })
}

/// Whether `text` holds a character `plain` takes out or spells out.
fn needs_spelling(text: &str) -> bool {
    text.contains(|c| c == SOFT_HYPHEN || ligature(c).is_some())
}

/// `c` as the clipped text keeps it: a soft hyphen dropped, a ligature spelled out.
fn spelled(c: char) -> impl Iterator<Item = char> {
    let (one, many) = match ligature(c) {
        Some(letters) => (None, letters),
        None if c == SOFT_HYPHEN => (None, ""),
        None => (Some(c), ""),
    };
    one.into_iter().chain(many.chars())
}

/// `text` with mojibake repaired, soft hyphens dropped, ligatures spelled out and accents
/// composed; borrowed when nothing needed it (the common case costs one pass over the
/// text).
pub fn plain(text: &str) -> Cow<'_, str> {
    let repaired = repair(text);
    let composed = is_nfc_quick(repaired.chars()) == IsNormalized::Yes;
    if composed && !needs_spelling(&repaired) {
        return repaired;
    }
    Cow::Owned(repaired.chars().flat_map(spelled).nfc().collect())
}

/// [`plain`] for HTML: accents compose only within text between markup characters, so a
/// combining mark right after a tag's `>` (or after `<`, `=`, a quote) never fuses with it
/// ("`>`" + U+0338 would become "≯" and swallow the tag's end).
pub fn plain_markup(html: &str) -> Cow<'_, str> {
    let repaired = repair(html);
    let composed = is_nfc_quick(repaired.chars()) == IsNormalized::Yes;
    if composed && !needs_spelling(&repaired) {
        return repaired;
    }
    let mut out = String::with_capacity(repaired.len());
    let mut run = String::new();
    for c in repaired.chars().flat_map(spelled) {
        if matches!(c, '<' | '>' | '=' | '"' | '\'' | '&' | '/') {
            out.extend(run.nfc());
            run.clear();
            out.push(c);
        } else {
            run.push(c);
        }
    }
    out.extend(run.nfc());
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn soft_hyphens_go_and_accents_compose() {
        assert_eq!(
            plain("Die Bundes\u{AD}regierung hat"),
            "Die Bundesregierung hat"
        );
        assert_eq!(plain("its Gene\u{300}ve office"), "its Genève office");
        assert_eq!(plain("Zu\u{308}rich"), "Zürich");
        assert!(matches!(plain("Genève, plain already"), Cow::Borrowed(_)));
        assert_eq!(
            plain("Investorâ\u{80}\u{99}s"),
            "Investor’s",
            "mojibake still repaired"
        );
    }

    #[test]
    fn markup_keeps_its_characters_whole() {
        assert_eq!(
            plain_markup("<p class=\"x\">Gene\u{300}ve</p><b>\u{338}x</b>"),
            "<p class=\"x\">Genève</p><b>\u{338}x</b>",
            "the accent composes; the mark after > stays a mark"
        );
        assert_eq!(
            plain_markup("<p>Bundes\u{AD}regierung</p>"),
            "<p>Bundesregierung</p>"
        );
        assert_eq!(
            plain_markup("<p title=\"\u{FB01}le\">e\u{FB03}cient \u{FB02}ows</p>"),
            "<p title=\"file\">efficient flows</p>"
        );
    }

    #[test]
    fn ligatures_are_spelled_out_as_the_letters_they_join() {
        assert_eq!(
            plain(
                "\u{FB01}nancial \u{FB02}ows, o\u{FB00}shore, e\u{FB03}cient, ba\u{FB04}ing, \u{FB06}ate"
            ),
            "financial flows, offshore, efficient, baffling, state"
        );
        assert_eq!(
            plain("Re\u{FB01}\u{AD}nanzierung in Gene\u{300}ve"),
            "Refinanzierung in Genève",
            "with the other clean-ups in one pass"
        );
        // What stays: the other compatibility characters carry meaning.
        assert!(matches!(plain("x² ½ ﬩ ＡＢ"), Cow::Borrowed(_)));
    }
}
