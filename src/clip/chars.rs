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
}
