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
    let (hay, at) = loose(text);
    let (needle, _) = loose(quote.trim());
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
/// at the start), letters lower case (when that is one character). One character in, at
/// most one out, so a match maps back to the original text exactly.
fn loose(text: &str) -> (Vec<char>, Vec<usize>) {
    let (mut out, mut at) = (Vec::new(), Vec::new());
    let mut after_space = true;
    for (i, c) in text.chars().enumerate() {
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

/// Find a stored anchor in a (possibly changed) text: the new `(start, end)` in code points,
/// or `None` when the quoted text no longer occurs (the highlight is then orphaned).
pub fn reanchor(text: &str, a: &Anchor) -> Option<(usize, usize)> {
    if a.exact.is_empty() {
        return None;
    }
    let len = a.exact.chars().count();
    let chars: Vec<char> = text.chars().collect();
    if a.end <= chars.len()
        && a.end >= a.start
        && chars[a.start..a.end].iter().copied().eq(a.exact.chars())
    {
        return Some((a.start, a.end));
    }
    // Byte offsets of every occurrence, then scored by how much context still agrees.
    let mut best: Option<(usize, usize, usize)> = None; // (score, distance, start)
    let mut from = 0;
    while let Some(pos) = text[from..].find(&a.exact) {
        let byte = from + pos;
        let start = text[..byte].chars().count();
        let before: String = chars[start.saturating_sub(CONTEXT)..start].iter().collect();
        let after: String = chars
            [(start + len).min(chars.len())..(start + len + CONTEXT).min(chars.len())]
            .iter()
            .collect();
        let score = common_suffix(&before, &a.prefix) + common_prefix(&after, &a.suffix);
        let distance = start.abs_diff(a.start);
        if best.is_none_or(|(s, d, _)| score > s || (score == s && distance < d)) {
            best = Some((score, distance, start));
        }
        from = byte + a.exact.len().max(1);
        if from >= text.len() {
            break;
        }
        while !text.is_char_boundary(from) {
            from += 1;
        }
    }
    best.map(|(_, _, start)| (start, start + len))
}

fn common_prefix(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

fn common_suffix(a: &str, b: &str) -> usize {
    a.chars()
        .rev()
        .zip(b.chars().rev())
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
        assert_eq!(at("not there"), None);
        // In code points, across line breaks and runs of spaces (an imported highlight).
        let text = "Café owners said\nMeta raised   its capex.";
        assert_eq!(find_quote(text, "Meta raised its capex"), Some((17, 40)));
        assert_eq!(find_quote(text, "owners said Meta"), Some((5, 21)));
        assert_eq!(at(""), None);
        assert_eq!(at("   "), None);
    }
}
