//! The characters a clipped text keeps: mojibake repaired (`mojibake`), soft hyphens
//! dropped, and accents composed (Unicode NFC).
//!
//! A soft hyphen (U+00AD, `&shy;`) is an invisible hint where a word may break across
//! lines; German and Dutch sites put them in long words ("Bundes&shy;regierung"), where
//! they split the word for search and for a quoted highlight. A page may write an accent
//! as a letter and a combining mark ("Gene\u{300}ve"): composed, it is the same "Genève"
//! a user types in a quote, and text and reader HTML count the same characters.

use std::borrow::Cow;

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use super::mojibake::repair;

const SOFT_HYPHEN: char = '\u{AD}';

/// `text` with mojibake repaired, soft hyphens dropped and accents composed; borrowed
/// when nothing needed it (the common case costs one pass over the text).
pub fn plain(text: &str) -> Cow<'_, str> {
    let repaired = repair(text);
    let composed = is_nfc_quick(repaired.chars()) == IsNormalized::Yes;
    if composed && !repaired.contains(SOFT_HYPHEN) {
        return repaired;
    }
    Cow::Owned(
        repaired
            .chars()
            .filter(|&c| c != SOFT_HYPHEN)
            .nfc()
            .collect(),
    )
}

/// [`plain`] for HTML: accents compose only within text between markup characters, so a
/// combining mark right after a tag's `>` (or after `<`, `=`, a quote) never fuses with it
/// ("`>`" + U+0338 would become "≯" and swallow the tag's end).
pub fn plain_markup(html: &str) -> Cow<'_, str> {
    let repaired = repair(html);
    let composed = is_nfc_quick(repaired.chars()) == IsNormalized::Yes;
    if composed && !repaired.contains(SOFT_HYPHEN) {
        return repaired;
    }
    let mut out = String::with_capacity(repaired.len());
    let mut run = String::new();
    for c in repaired.chars().filter(|&c| c != SOFT_HYPHEN) {
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
    }
}
