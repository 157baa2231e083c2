//! A table of contents under an article's header: its entries are the text's subheads,
//! not headlines of stories of their own.

use super::lines::Kind;

/// A table of contents under the header: short lines that come back below as the
/// subheads of the text ("La reazione del mercato", "Il nodo Antitrust"). From the first
/// of them to the last, with two at least and none between that does not come back, the
/// lines are no headlines.
pub(super) fn drop_tables_of_contents(lines: &[String], kinds: &mut [Kind]) {
    let shown = |kinds: &[Kind], from: usize| {
        (from..lines.len()).find(|&j| !matches!(kinds[j], Kind::Blank))
    };
    // A subhead: a short line over a paragraph.
    let subheads: Vec<usize> = (0..lines.len())
        .filter(|&j| {
            matches!(kinds[j], Kind::Short)
                && shown(kinds, j + 1).is_some_and(|p| matches!(kinds[p], Kind::Para))
        })
        .collect();
    let comes_back = |i: usize| subheads.iter().any(|&j| j > i && lines[j] == lines[i]);
    let mut i = 0;
    while i < lines.len() {
        if !matches!(kinds[i], Kind::Short) {
            i += 1;
            continue;
        }
        // A run of short lines with no blank line among them.
        let end = (i..lines.len())
            .find(|&j| !matches!(kinds[j], Kind::Short | Kind::Junk))
            .unwrap_or(lines.len());
        let back: Vec<usize> = (i..end)
            .filter(|&j| matches!(kinds[j], Kind::Short) && comes_back(j))
            .collect();
        // Every entry between the first and the last comes back: a post's header whose
        // publication and author come back under the text ("Street Level", the headline,
        // "Marisol Okonkwo", then both again in the boxes below) is no table.
        let entries = (i..end).filter(|&j| matches!(kinds[j], Kind::Short));
        if let [first, .., last] = back[..]
            && entries
                .filter(|&j| j > first && j < last)
                .all(|j| back.contains(&j))
        {
            kinds[first..=last].fill(Kind::Junk);
        }
        i = end;
    }
}
