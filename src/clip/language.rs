//! The language of a text that names none (a paste, a page without `<html lang>`),
//! told from its words by `whatlang`'s trigram model, as the BCP 47 tag a page would
//! give ("fr", "de", "zh").

/// Fewer words than this say too little to tell a language by.
const MIN_WORDS: usize = 8;
/// How much of a long text is read: its opening tells the language as well as the whole.
const SAMPLE_CHARS: usize = 4_000;

/// The language of `text` as a BCP 47 primary tag, when the model is sure of it; `None`
/// for a text too short or too mixed to tell.
pub fn detect(text: &str) -> Option<String> {
    text.split_whitespace().nth(MIN_WORDS - 1)?;
    let end = text
        .char_indices()
        .nth(SAMPLE_CHARS)
        .map_or(text.len(), |(at, _)| at);
    let info = whatlang::detect(&text[..end])?;
    info.is_reliable().then(|| tag(info.lang()).to_string())
}

/// ISO 639-1 where the language has a two-letter code (what pages and browsers write),
/// else whatlang's ISO 639-3 code, which BCP 47 takes as it is. (Written out here:
/// whatlang gives only the three-letter codes.)
#[rustfmt::skip]
fn tag(lang: whatlang::Lang) -> &'static str {
    use whatlang::Lang::*;
    match lang {
        Epo => "eo", Eng => "en", Rus => "ru", Cmn => "zh", Spa => "es", Por => "pt",
        Ita => "it", Ben => "bn", Fra => "fr", Deu => "de", Ukr => "uk", Kat => "ka",
        Ara => "ar", Hin => "hi", Jpn => "ja", Heb => "he", Yid => "yi", Pol => "pl",
        Amh => "am", Jav => "jv", Kor => "ko", Nob => "nb", Dan => "da", Swe => "sv",
        Fin => "fi", Tur => "tr", Nld => "nl", Hun => "hu", Ces => "cs", Ell => "el",
        Bul => "bg", Bel => "be", Mar => "mr", Kan => "kn", Ron => "ro", Slv => "sl",
        Hrv => "hr", Srp => "sr", Mkd => "mk", Lit => "lt", Lav => "lv", Est => "et",
        Tam => "ta", Vie => "vi", Urd => "ur", Tha => "th", Guj => "gu", Uzb => "uz",
        Pan => "pa", Aze => "az", Ind => "id", Tel => "te", Pes => "fa", Mal => "ml",
        Ori => "or", Mya => "my", Nep => "ne", Sin => "si", Khm => "km", Tuk => "tk",
        Aka => "ak", Zul => "zu", Sna => "sn", Afr => "af", Lat => "la", Slk => "sk",
        Cat => "ca", Tgl => "tl", Hye => "hy", Cym => "cy",
        #[allow(unreachable_patterns)]
        other => other.code(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_the_language_of_a_paragraph() {
        for (text, want) in [
            (
                "The port authority on Monday set the fees that shipping lines will pay to use the northern terminal.",
                "en",
            ),
            (
                "La préfecture a déclenché lundi le plan d'alerte canicule dans trois départements du littoral.",
                "fr",
            ),
            (
                "Der Autozulieferer streicht in Deutschland rund 1200 Stellen, wie das Unternehmen am Montag mitteilte.",
                "de",
            ),
            (
                "El fuego, declarado a mediodía del domingo, ha calcinado ya más de ochocientas hectáreas en la sierra.",
                "es",
            ),
        ] {
            assert_eq!(detect(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn says_nothing_of_a_text_too_short_to_tell() {
        assert_eq!(detect("Port fees set"), None);
        assert_eq!(detect(""), None);
    }
}
