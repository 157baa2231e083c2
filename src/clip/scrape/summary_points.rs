//! People's summary points over a story's text ("What you need to know:", or no label at
//! all under the byline): a line each, the text's first paragraph right under them with
//! no blank line between, then the text's paragraphs set apart by blank lines, as a
//! browser copies a list over paragraphs. The points are the story's standfirst: they
//! leave its text for its dek.

use super::body::Draft;
use super::lines::{self, Kind};
use std::collections::HashSet;

/// The most points a summary holds.
const MAX_POINTS: usize = 5;
/// The longest point written as a paragraph.
const POINT_WORDS: usize = 30;
/// The longest point of a summary without a label (a sentence of a line).
const UNLABELLED_POINT_WORDS: usize = 25;
/// Paragraphs set apart by blank lines that the text goes on with under its first,
/// when no label says the lines over it are points.
const TEXT_AFTER: usize = 3;

/// The points that start at `first` (under their label): two or more lines of
/// paragraphs, then the text's first paragraph with no blank line between and a blank
/// line under it. The points' lines, without the text's.
pub(super) fn points_over_lede(
    lines: &[String],
    kinds: &[Kind],
    first: usize,
) -> Option<Vec<usize>> {
    let block = block_at(lines, kinds, first)?;
    let (points, _lede) = block.split_at(block.len() - 1);
    (points.len() >= 2
        && points
            .iter()
            .all(|&j| lines::word_count(&lines[j]) <= POINT_WORDS))
    .then(|| points.to_vec())
}

/// The lines of paragraphs from `first` up to a blank line (none among them): at most
/// `MAX_POINTS` and the text's first paragraph.
fn block_at(lines: &[String], kinds: &[Kind], first: usize) -> Option<Vec<usize>> {
    let block: Vec<usize> = (first..lines.len())
        .take_while(|&j| matches!(kinds[j], Kind::Para))
        .take(MAX_POINTS + 2)
        .collect();
    let end = first + block.len();
    ((3..=MAX_POINTS + 1).contains(&block.len()) && matches!(kinds.get(end), Some(Kind::Blank)))
        .then_some(block)
}

/// Points without a label over the page's first text ("Haulwise is laying off about 110
/// employees ...", "CEO Bennett Okafor said ...", then the first paragraph): each one
/// sentence on a line, shorter than the first paragraph under them, and the text going on
/// in paragraphs set apart by blank lines. The points' lines; none when the page's first
/// paragraphs are not so shaped.
pub(super) fn unlabelled_points(lines: &[String], kinds: &[Kind]) -> Vec<usize> {
    let Some(first) = kinds.iter().position(|k| matches!(k, Kind::Para)) else {
        return Vec::new();
    };
    let Some(block) = block_at(lines, kinds, first) else {
        return Vec::new();
    };
    let (points, lede) = block.split_at(block.len() - 1);
    let words = |j: usize| lines::word_count(&lines[j]);
    let sentence = |j: usize| {
        let line = lines[j].trim_end();
        line.ends_with(['.', '!', '?'])
            && !line[..line.len() - 1].contains(". ")
            && words(j) <= UNLABELLED_POINT_WORDS
    };
    // The text after the first paragraph: its next paragraphs each under a blank line.
    let end = first + block.len();
    let set_apart = (end..lines.len())
        .filter(|&j| matches!(kinds[j], Kind::Para))
        .take(TEXT_AFTER)
        .filter(|&j| matches!(kinds[j - 1], Kind::Blank))
        .count()
        == TEXT_AFTER;
    if points
        .iter()
        .all(|&j| sentence(j) && words(j) < words(lede[0]))
        && set_apart
    {
        points.to_vec()
    } else {
        Vec::new()
    }
}

/// Move the points that open a draft's text into its standfirst (after the one it has),
/// a point a line; a draft with nothing but points keeps them as its text.
pub(super) fn points_to_dek(drafts: &mut [Draft], points: &HashSet<&str>) {
    for d in drafts {
        let n = d
            .paras
            .iter()
            .take_while(|p| points.contains(p.as_str()))
            .count();
        if n == 0 || n == d.paras.len() {
            continue;
        }
        let taken: Vec<String> = d.paras.drain(..n).collect();
        let taken = taken.join("\n");
        d.dek = Some(match d.dek.take() {
            Some(dek) => format!("{dek}\n{taken}"),
            None => taken,
        });
    }
}
