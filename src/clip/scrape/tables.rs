//! Tables copied as text: a browser copies each row of an HTML table as one line, its
//! cells between tabs. Whitespace is collapsed line by line (`lines::normalize`), which
//! would run the cells together, and a row of figures reads as debris ("Harlan 182,000
//! 48 33 -31%"), so the rows are spelled out first, their cells between bars, and read
//! as the text's paragraphs whatever they look like.

use std::collections::HashSet;

/// The fewest rows of a table: one line of tab-separated cells is a menu's or a form's.
const MIN_ROWS: usize = 2;

/// The text with each table row's cells joined by " | ", and the rows as
/// `lines::normalize` will give them (for `keep_rows`). A table is two or more lines in
/// a row with the same number of cells, two or more, none empty.
pub(super) fn spell_out_rows(text: &str) -> (String, HashSet<String>) {
    let raw: Vec<&str> = text.split('\n').collect();
    let cells = |line: &str| -> Option<usize> {
        let line = line.trim_end_matches('\r');
        let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
        (cells.len() >= 2 && cells.iter().all(|c| !c.is_empty())).then_some(cells.len())
    };
    let counts: Vec<Option<usize>> = raw.iter().map(|l| cells(l)).collect();
    let mut rows = HashSet::new();
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let Some(n) = counts[i] else {
            out.push(raw[i].to_string());
            i += 1;
            continue;
        };
        let end = (i..raw.len())
            .find(|&j| counts[j] != Some(n))
            .unwrap_or(raw.len());
        for line in &raw[i..end] {
            if end - i >= MIN_ROWS {
                let row = line
                    .trim_end_matches('\r')
                    .split('\t')
                    .map(str::trim)
                    .collect::<Vec<_>>()
                    .join(" | ");
                rows.extend(super::lines::normalize(&row).into_iter().next());
                out.push(row);
            } else {
                out.push((*line).to_string());
            }
        }
        i = end;
    }
    (out.join("\n"), rows)
}

/// Make each table row a paragraph of the text (`Kind::Para`).
pub(super) fn keep_rows(
    lines: &[String],
    kinds: &mut [super::lines::Kind],
    rows: &HashSet<String>,
) {
    if rows.is_empty() {
        return;
    }
    for (line, kind) in lines.iter().zip(kinds.iter_mut()) {
        if rows.contains(line) {
            *kind = super::lines::Kind::Para;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_of_tab_separated_cells_are_spelled_out_with_bars() {
        let text = "Yields fell.\nCounty\tAcres\tChange\nHarlan\t182,000\t-31%\nPell\t96,200\t-14%\nSource: survey";
        let (out, rows) = spell_out_rows(text);
        assert_eq!(
            out,
            "Yields fell.\nCounty | Acres | Change\nHarlan | 182,000 | -31%\nPell | 96,200 | -14%\nSource: survey"
        );
        assert!(rows.contains("Harlan | 182,000 | -31%"));
        assert_eq!(rows.len(), 3);
    }

    #[test]
    fn a_lone_tabbed_line_or_empty_cells_are_no_table() {
        // A menu with its login button, a list's rank numbers over their items.
        let text = "Home\tLatest\tlogin\nStory one\n1.\t\nStory two\n2.\t\n";
        let (out, rows) = spell_out_rows(text);
        assert_eq!(out, text);
        assert!(rows.is_empty());
    }
}

#[cfg(test)]
mod split_tests {
    use crate::clip::scrape::split_scrape;

    #[test]
    fn a_table_in_an_article_keeps_every_row() {
        // Rows of figures ("North | 41.2 | 38.9 | -5.6%") read as debris and were dropped,
        // the header row kept with its cells run together.
        let text = "The Harbour Ledger\nBusiness\nPort volumes slip in the second quarter as transshipment moves south\nBy Ines Varga\nJuly 14, 2025\nContainer volumes at the northern terminals fell in the second quarter, the port authority said on Monday, as shipping lines moved transshipment cargo to the new southern hub.\nThe authority's quarterly figures show the sharpest fall at the North quay.\nTerminal\tQ2 2024 (k TEU)\tQ2 2025 (k TEU)\tChange\nNorth\t41.2\t38.9\t-5.6%\nEast\t27.5\t26.8\t-2.5%\nSouth\t12.1\t15.4\t+27.3%\nSource: Port authority quarterly report\nThe authority expects volumes to recover once the dredging of the northern channel is finished next spring.\nShare\nComments\n";
        let at = chrono::DateTime::parse_from_rfc3339("2025-07-14T12:00:00Z")
            .map(|t| t.with_timezone(&chrono::Utc))
            .expect("a time");
        let got = split_scrape(text, at).expect("an article");
        assert_eq!(got.len(), 1);
        let a = &got[0];
        assert_eq!(
            a.title,
            "Port volumes slip in the second quarter as transshipment moves south"
        );
        for row in [
            "Terminal | Q2 2024 (k TEU) | Q2 2025 (k TEU) | Change",
            "North | 41.2 | 38.9 | -5.6%",
            "East | 27.5 | 26.8 | -2.5%",
            "South | 12.1 | 15.4 | +27.3%",
        ] {
            assert!(
                a.text.contains(&format!("\n\n{row}\n\n")),
                "{row:?} in {:?}",
                a.text
            );
        }
        assert!(a.text.ends_with("finished next spring."), "{:?}", a.text);
    }
}
