//! Anchoring highlights to an article's text, and finding them again when the text changes.
//!
//! A highlight is stored as a W3C TextQuote selector (the exact text, and a little text
//! before and after it) plus a TextPosition selector (start and end). Offsets count Unicode
//! code points of `content_text`, so Rust and the UI (`Array.from(text)`) agree.
//! When extraction improves and the text changes, `reanchor` finds the quote again: the
//! position when it still holds, else the occurrence whose surroundings best match, else
//! nothing — and the highlight is kept as orphaned, never dropped.

/// How many code points of context a quote keeps on each side.
pub const CONTEXT: usize = 32;

/// A highlight's anchor: TextQuote + TextPosition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
    pub exact: String,
    pub prefix: String,
    pub suffix: String,
    pub start: usize,
    pub end: usize,
}

/// Why a selection cannot be anchored.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnchorError {
    #[error("The selection is empty.")]
    Empty,
    #[error("The selection runs past the end of the article's text.")]
    OutOfRange,
}

/// The anchor of the code points `start..end` of `text`, with its surrounding context.
pub fn anchor(text: &str, start: usize, end: usize) -> Result<Anchor, AnchorError> {
    if start >= end {
        return Err(AnchorError::Empty);
    }
    let chars: Vec<char> = text.chars().collect();
    if end > chars.len() {
        return Err(AnchorError::OutOfRange);
    }
    Ok(Anchor {
        exact: chars[start..end].iter().collect(),
        prefix: chars[start.saturating_sub(CONTEXT)..start].iter().collect(),
        suffix: chars[end..(end + CONTEXT).min(chars.len())]
            .iter()
            .collect(),
        start,
        end,
    })
}

/// Where a quote a person typed or pasted occurs in `text`, as code points `(start, end)`:
/// its first exact occurrence, else its first occurrence when both sides are read loosely
/// (see [`loose`]): straight or curly quotes, dashes, runs of spaces and line breaks, and
/// case all count as the same, so a quote copied from elsewhere or typed by hand is found.
pub fn find_quote(text: &str, quote: &str) -> Option<(usize, usize)> {
    if let Some(byte) = text.find(quote).filter(|_| !quote.is_empty()) {
        let start = text[..byte].chars().count();
        return Some((start, start + quote.chars().count()));
    }
    use unicode_normalization::UnicodeNormalization;
    let (hay, at) = loose(text);
    // Composed as clipped text is (see `clip::chars`): a quote from another tool may write
    // an accent as a combining mark.
    let composed: String = quote.trim().nfc().collect();
    let (needle, _) = loose(&composed);
    if needle.is_empty() {
        return None;
    }
    let pos = hay
        .windows(needle.len())
        .position(|w| w == needle.as_slice())?;
    Some((at[pos], at[pos + needle.len() - 1] + 1))
}

/// `text` folded for loose matching, with each folded character's code-point index in
/// `text`: typographic quotes and dashes become ASCII, a run of whitespace one space (none
/// at the start), letters lower case (when that is one character), soft hyphens dropped,
/// ligatures spelled out ("ﬁ" -> "fi", as clipped text now keeps them, see `clip::chars`).
/// Each folded character carries the index of the one it came from, so a match maps back
/// to the original text exactly (a ligature's letters all map to the ligature).
fn loose(text: &str) -> (Vec<char>, Vec<usize>) {
    let (mut out, mut at) = (Vec::new(), Vec::new());
    let mut after_space = true;
    for (i, c) in text.chars().enumerate() {
        // A soft hyphen is no letter (clipped text has none; an older text or a quote
        // copied elsewhere may).
        if c == '\u{AD}' {
            continue;
        }
        // An older text, or a quote copied out of a PDF, may hold ligatures.
        if let Some(letters) = crate::clip::chars::ligature(c) {
            out.extend(letters.chars());
            at.extend(std::iter::repeat_n(i, letters.len()));
            after_space = false;
            continue;
        }
        let c = match c {
            '‘' | '’' | '‚' | '‛' | '′' => '\'',
            '“' | '”' | '„' | '‟' | '″' => '"',
            '‐' | '‑' | '‒' | '–' | '—' | '−' => '-',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if c == ' ' {
            if after_space {
                continue;
            }
            after_space = true;
        } else {
            after_space = false;
        }
        let mut lower = c.to_lowercase();
        let c = match (lower.next(), lower.next()) {
            (Some(one), None) => one,
            _ => c,
        };
        out.push(c);
        at.push(i);
    }
    (out, at)
}

/// How many code points of context (before and after together, read loosely) must still
/// agree for a highlight to move to another occurrence of its words: a short quote ("fell
/// 4 percent") repeated in another passage is not the highlight.
const MIN_CONTEXT: usize = 8;

/// A quote at least this long that occurs once in the new text is the highlight, whatever
/// its surroundings became.
const SELF_EVIDENT: usize = 40;

/// Find a stored anchor in a (possibly changed) text: the new `(start, end)` in code points,
/// or `None` when the quoted text no longer occurs (the highlight is then orphaned).
///
/// Its words are looked for exactly, then loosely (quotes, dashes, whitespace and line
/// breaks, case; see [`loose`]), then with their accents composed (an older extraction
/// kept "Zu\u{308}rich" where the text now says "Zürich"). Of several occurrences, the one
/// whose surroundings agree best wins, then the nearest; it must keep `MIN_CONTEXT` of its
/// context unless its quote is long and found once.
pub fn reanchor(text: &str, a: &Anchor) -> Option<(usize, usize)> {
    use unicode_normalization::UnicodeNormalization;
    if a.exact.is_empty() {
        return None;
    }
    let chars: Vec<char> = text.chars().collect();
    let context = |start: usize, end: usize| {
        let before: String = chars[start.saturating_sub(CONTEXT)..start].iter().collect();
        let after: String = chars[end..(end + CONTEXT).min(chars.len())]
            .iter()
            .collect();
        common_suffix_loosely(&before, &a.prefix) + common_prefix_loosely(&after, &a.suffix)
    };
    let wanted = MIN_CONTEXT.min(a.prefix.chars().count() + a.suffix.chars().count());
    // Unchanged where it was: no search.
    if a.end <= chars.len()
        && a.end >= a.start
        && chars[a.start..a.end].iter().copied().eq(a.exact.chars())
        && context(a.start, a.end) >= wanted
    {
        return Some((a.start, a.end));
    }
    let composed: String = a.exact.nfc().collect();
    let mut found = occurrences(text, &a.exact);
    if found.is_empty() {
        let (hay, at) = loose(text);
        found = loose_occurrences(&hay, &at, &a.exact);
        if found.is_empty() && composed != a.exact {
            found = loose_occurrences(&hay, &at, &composed);
        }
    }
    let self_evident = found.len() == 1 && a.exact.chars().count() >= SELF_EVIDENT;
    found
        .iter()
        .map(|&(start, end)| (context(start, end), start.abs_diff(a.start), start, end))
        .filter(|&(score, ..)| score >= wanted || self_evident)
        .max_by(|x, y| x.0.cmp(&y.0).then(y.1.cmp(&x.1)))
        .map(|(_, _, start, end)| (start, end))
}

/// Every occurrence of `needle` in `text`, as code points `(start, end)`.
fn occurrences(text: &str, needle: &str) -> Vec<(usize, usize)> {
    let len = needle.chars().count();
    let mut out = Vec::new();
    let (mut from, mut chars_before) = (0, 0);
    while let Some(pos) = text[from..].find(needle) {
        let byte = from + pos;
        chars_before += text[from..byte].chars().count();
        out.push((chars_before, chars_before + len));
        // On past the first character of this occurrence (occurrences may overlap).
        let step = text[byte..].chars().next().map_or(1, char::len_utf8);
        chars_before += 1;
        from = byte + step;
        if from >= text.len() {
            break;
        }
    }
    out
}

/// Every occurrence of `needle`, read loosely, in the loosely read `hay` (whose characters
/// sit at the code points `at` of the original), as code points `(start, end)`.
fn loose_occurrences(hay: &[char], at: &[usize], needle: &str) -> Vec<(usize, usize)> {
    let (needle, _) = loose(needle.trim());
    if needle.is_empty() || needle.len() > hay.len() {
        return Vec::new();
    }
    hay.windows(needle.len())
        .enumerate()
        .filter(|(_, w)| *w == needle.as_slice())
        .map(|(pos, _)| (at[pos], at[pos + needle.len() - 1] + 1))
        .collect()
}

/// How many characters two contexts after a quote share from their start, read loosely.
fn common_prefix_loosely(a: &str, b: &str) -> usize {
    let (a, b) = (loose(a).0, loose(b).0);
    a.iter().zip(&b).take_while(|(x, y)| x == y).count()
}

/// How many characters two contexts before a quote share from their end, read loosely.
fn common_suffix_loosely(a: &str, b: &str) -> usize {
    let (a, b) = (loose(a).0, loose(b).0);
    a.iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str =
        "Meta said capex would rise. Analysts said capex would rise faster than revenue.";

    #[test]
    fn an_anchor_quotes_its_text_and_context_in_code_points() {
        let a = anchor("Zürich — capex rose", 9, 14).unwrap();
        assert_eq!(a.exact, "capex");
        assert_eq!(a.prefix, "Zürich — ");
        assert_eq!(a.suffix, " rose");
        assert_eq!(anchor(TEXT, 3, 3), Err(AnchorError::Empty));
        assert_eq!(anchor(TEXT, 3, 999), Err(AnchorError::OutOfRange));
    }

    #[test]
    fn unchanged_text_keeps_the_position() {
        let a = anchor(TEXT, 42, 47).unwrap();
        assert_eq!(reanchor(TEXT, &a), Some((42, 47)));
    }

    #[test]
    fn moved_text_is_found_by_its_context_not_its_first_occurrence() {
        let a = anchor(TEXT, 42, 58).unwrap(); // the analysts' "capex would rise"
        let changed = format!("Updated: {TEXT}");
        let (start, end) = reanchor(&changed, &a).unwrap();
        assert_eq!(
            &changed.chars().collect::<Vec<_>>()[start..end]
                .iter()
                .collect::<String>(),
            "capex would rise"
        );
        assert_eq!(
            start,
            42 + "Updated: ".len(),
            "the second occurrence, where the context agrees"
        );
    }

    #[test]
    fn a_short_quote_does_not_move_to_another_passage() {
        let old = "Meta rose 2 percent. Related: Alphabet stock fell 4 percent on Tuesday after \
                   its cloud results.";
        let start = old.find("fell 4 percent").unwrap();
        let a = anchor(old, start, start + "fell 4 percent".len()).unwrap();
        let new = "Meta rose 2 percent. Shares fell 4 percent in late trading.";
        assert_eq!(reanchor(new, &a), None, "Meta's fall is not Alphabet's");
    }

    #[test]
    fn a_quote_is_found_across_a_new_paragraph_break_and_composed_accents() {
        let old = "Meta will spend more in 2026. Shares fell in a Zu\u{308}rich bank's trading.";
        let chars: Vec<char> = old.chars().collect();
        let at = |q: &str| {
            let byte = old.find(q).unwrap();
            let start = old[..byte].chars().count();
            anchor(old, start, start + q.chars().count()).unwrap()
        };
        let new = "Meta will spend more in 2026.\n\nShares fell in a Zürich bank's trading.";
        let show = |r: Option<(usize, usize)>| {
            r.map(|(s, e)| new.chars().skip(s).take(e - s).collect::<String>())
        };
        assert_eq!(
            show(reanchor(new, &at("2026. Shares fell"))).as_deref(),
            Some("2026.\n\nShares fell")
        );
        assert_eq!(
            show(reanchor(new, &at("a Zu\u{308}rich bank"))).as_deref(),
            Some("a Zürich bank")
        );
        assert_eq!(chars.len(), old.chars().count());
    }

    #[test]
    fn a_long_quote_found_once_moves_whatever_its_surroundings() {
        let quote = "the plant will employ about 1,800 people when it opens";
        let old = format!("Harbor said {quote} in 2027.");
        let start = old.find(quote).unwrap();
        let a = anchor(&old, start, start + quote.len()).unwrap();
        let new = format!("Lead paragraph rewritten entirely. {quote}, officials added.");
        let (s, _) = reanchor(&new, &a).expect("found");
        assert_eq!(s, new.find(quote).unwrap());
    }

    #[test]
    fn vanished_text_orphans_the_highlight() {
        let a = anchor(TEXT, 0, 4).unwrap();
        assert_eq!(reanchor("A different article altogether.", &a), None);
    }

    #[test]
    fn a_typed_quote_is_found_despite_quotes_dashes_spaces_and_case() {
        let text =
            "Harbor said on Tuesday. “We are thrilled,” said the company’s chief —\n\nshares rose.";
        let at = |q: &str| {
            find_quote(text, q).map(|(s, e)| text.chars().skip(s).take(e - s).collect::<String>())
        };
        assert_eq!(at("said on Tuesday").as_deref(), Some("said on Tuesday"));
        assert_eq!(
            at("\"We are thrilled,\" said the company's").as_deref(),
            Some("“We are thrilled,” said the company’s")
        );
        assert_eq!(
            at("chief - shares ROSE").as_deref(),
            Some("chief —\n\nshares rose")
        );
        assert_eq!(at("  harbor   said "), Some("Harbor said".into()));
        // From another tool: a soft hyphen, an accent as a combining mark.
        let text = "Die Bundesregierung hat in Genève beschlossen.";
        assert_eq!(
            find_quote(text, "Die Bundes\u{AD}regierung hat"),
            Some((0, 23))
        );
        assert_eq!(find_quote(text, "in Gene\u{300}ve"), Some((24, 33)));
        // Ligatures either side: a quote out of a PDF, a text clipped before they were
        // spelled out (the highlight moves to the new text when it is extracted again).
        let spelled = "a financial gap";
        assert_eq!(find_quote(spelled, "\u{FB01}nancial gap"), Some((2, 15)));
        let joined = "a \u{FB01}nancial gap";
        assert_eq!(find_quote(joined, "financial gap"), Some((2, 14)));
        assert_eq!(
            find_quote(joined, "inancial"),
            Some((2, 10)),
            "begun inside the ligature, it holds the ligature"
        );
        assert_eq!(at("not there"), None);
        // In code points, across line breaks and runs of spaces (an imported highlight).
        let text = "Café owners said\nMeta raised   its capex.";
        assert_eq!(find_quote(text, "Meta raised its capex"), Some((17, 40)));
        assert_eq!(find_quote(text, "owners said Meta"), Some((5, 21)));
        assert_eq!(at(""), None);
        assert_eq!(at("   "), None);
    }
}
