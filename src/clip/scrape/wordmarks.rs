//! An outlet's name as its wordmark prints it, in capitals ("POLITICO", "USA TODAY", "DER
//! SPIEGEL"), written in the case readers and other pages write it in ("Politico", "USA
//! Today", "Der Spiegel"), so that a source lane reads as a name and not a shout.
//!
//! Initials stay as they are: a name of one word only changes when it runs to five letters
//! or more (so "BBC", "NDTV", "TIME" and "STAT" keep their capitals); in a name of several
//! words, words of three letters or fewer stay in capitals unless they are one of the
//! short words of outlets' names ("The", "New", "El", "Der" ...), and so do words of four
//! without a vowel ("NDTV"). Written by hand: the case crates title-case prose, and know
//! no initials.

/// Short words of outlets' names that are words, not initials ("THE CITY", "NEW YORK
/// POST", "EL PAÍS", "DER SPIEGEL", "LE MONDE").
const SHORT_WORDS: &[&str] = &[
    "the", "new", "sun", "day", "of", "and", "for", "el", "la", "le", "les", "los", "las", "il",
    "lo", "der", "die", "das", "de", "del", "du", "des", "al",
];

/// "POLITICO" -> "Politico", "USA TODAY" -> "USA Today", "FRANCE 24" -> "France 24";
/// `None` when the name has a small letter already, or is one word of four letters or
/// fewer, or several of five letters in all.
pub(super) fn outlet_case(outlet: &str) -> Option<String> {
    let letters = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count();
    let several = outlet.split_whitespace().count() > 1 && letters(outlet) >= 6;
    if outlet.chars().any(char::is_lowercase)
        || !(several || outlet.split_whitespace().any(|w| letters(w) >= 5))
    {
        return None;
    }
    let vowel = |c: char| "AEIOUYÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÄËÏÖÜ".contains(c);
    let words: Vec<String> = outlet
        .split_whitespace()
        .enumerate()
        .map(|(i, w)| {
            let lower = w.to_lowercase();
            let short = letters(w) <= 3 || (letters(w) == 4 && !w.chars().any(vowel));
            if short && !SHORT_WORDS.contains(&lower.as_str()) {
                return w.to_string();
            }
            if i > 0 && ["of", "and", "for"].contains(&lower.as_str()) {
                return lower;
            }
            let mut chars = lower.chars();
            chars
                .next()
                .map(|first| first.to_uppercase().chain(chars).collect())
                .unwrap_or_default()
        })
        .collect();
    Some(words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::outlet_case;

    #[test]
    fn wordmarks_in_capitals_take_the_case_of_names_and_initials_stay() {
        for (wordmark, want) in [
            ("POLITICO", Some("Politico")),
            ("USA TODAY", Some("USA Today")),
            ("FRANCE 24", Some("France 24")),
            ("DER SPIEGEL", Some("Der Spiegel")),
            ("EL PAÍS", Some("El País")),
            ("THE NEW YORK TIMES", Some("The New York Times")),
            ("FINANCIAL TIMES OF INDIA", Some("Financial Times of India")),
            ("BBC", None),
            ("NDTV", None),
            ("TIME", None),
            ("BBC NEWS", Some("BBC News")),
            ("NDTV PROFIT", Some("NDTV Profit")),
            ("AP", None),
            ("The Guardian", None),
            ("INQUIRER.net", None),
        ] {
            assert_eq!(outlet_case(wordmark).as_deref(), want, "{wordmark}");
        }
    }
}
