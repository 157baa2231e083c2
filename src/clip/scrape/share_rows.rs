//! A row of share buttons copied one per line: "Partager l'article sur Facebook" /
//! "Partager l'article sur X" / "Partager par e-mail", "Share on Bluesky" / "Share on
//! Threads". Told by its shape, in any language: short lines that open with one word and
//! each end in a network's name (or mail), one after the other, two of them the same but
//! for that name.

use super::chrome_words::SOCIAL_NETWORKS;
use super::lines::{Kind, word_count};

/// The most words of a share button's line.
const BUTTON_WORDS: usize = 6;

/// Mark each row of two share buttons or more as interface.
pub(super) fn drop_share_rows(lines: &[String], kinds: &mut [Kind]) {
    let mut i = 0;
    while i < lines.len() {
        let Some(verb) = button_verb(&lines[i]) else {
            i += 1;
            continue;
        };
        let mut end = i + 1;
        while end < lines.len() && button_verb(&lines[end]).is_some_and(|v| v == verb) {
            end += 1;
        }
        // Two buttons that differ only in their network ("Share on X", "Share on
        // Threads"): not two headlines that open with one company's name.
        let stem = |l: &String| {
            l.rsplit_once(char::is_whitespace)
                .map(|(s, _)| s.to_string())
        };
        let stems: Vec<Option<String>> = lines[i..end].iter().map(stem).collect();
        let repeated = stems
            .iter()
            .enumerate()
            .any(|(k, s)| s.is_some() && stems[k + 1..].contains(s));
        if end - i >= 2 && repeated {
            kinds[i..end].fill(Kind::Junk);
        }
        i = end;
    }
}

/// The first word of `line`, lower-cased, when the line reads as a share button: a few
/// words ending in a network's name or "e-mail".
fn button_verb(line: &str) -> Option<String> {
    if word_count(line) > BUTTON_WORDS || word_count(line) < 2 {
        return None;
    }
    let last = line
        .split_whitespace()
        .next_back()?
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
        .to_lowercase();
    let network = SOCIAL_NETWORKS.contains(&last.as_str())
        || [
            "email",
            "e-mail",
            "mail",
            "sms",
            "messenger",
            "reddit",
            "pinterest",
        ]
        .contains(&last.as_str());
    network.then(|| {
        line.split_whitespace()
            .next()
            .unwrap_or_default()
            .to_lowercase()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds_after(lines: &[&str]) -> Vec<Kind> {
        let lines: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        let mut kinds = vec![Kind::Short; lines.len()];
        drop_share_rows(&lines, &mut kinds);
        kinds
    }

    #[test]
    fn a_row_of_buttons_opening_with_one_verb_goes() {
        let kinds = kinds_after(&[
            "Partager l'article sur Facebook",
            "Partager l'article sur X",
            "Partager par e-mail",
            "La nouvelle n'a pas surpris les habitués.",
        ]);
        assert_eq!(&kinds[..3], &[Kind::Junk, Kind::Junk, Kind::Junk]);
        assert_eq!(kinds[3], Kind::Short);
    }

    #[test]
    fn one_headline_ending_in_a_network_stays() {
        let kinds = kinds_after(&[
            "Regulators fine Meta over Facebook",
            "Teens quit Instagram for TikTok",
        ]);
        assert_eq!(
            kinds,
            vec![Kind::Short, Kind::Short],
            "different first words"
        );
        let kinds = kinds_after(&["Meta sues over ads on Facebook", "Meta adds AI to WhatsApp"]);
        assert_eq!(
            kinds,
            vec![Kind::Short, Kind::Short],
            "two headlines on one company"
        );
        let kinds = kinds_after(&["Share on Facebook", "A long paragraph follows here."]);
        assert_eq!(kinds[0], Kind::Short, "one line alone is no row");
    }
}
