//! A search hit's snippet, made from the article's text as the search read it.
//!
//! Written by hand rather than left to FTS5's `snippet()`: that function re-reads each hit
//! through the content table and re-tokenizes every column, and for a word in many
//! articles it walks the word's whole match list again to reach the page's hits. At
//! 100,000 articles that cost as much as the ranking (issue 6). The search already reads the
//! page's rows for their summaries, so the text is at hand: this module splits it the way
//! the `unicode61 remove_diacritics 2` tokenizer does (runs of letters and digits, case and
//! accents folded) and shows the window of `WIDTH` tokens holding the most of the query's
//! words and phrases, the body before the title (which the result already shows).

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use memchr::memmem;
use unicode_normalization::char::is_combining_mark;

use crate::query::Expr;
use crate::query::cjk::{has_cjk, is_cjk};
use crate::query::fold::fold;

/// Start of a matched word in a raw snippet (`snippet_html` makes it `<mark>`).
pub const MARK_OPEN: char = '\u{2}';
/// End of a matched word in a raw snippet.
pub const MARK_CLOSE: char = '\u{3}';
/// Tokens a snippet shows.
pub const WIDTH: usize = 16;
/// Tokens a snippet shows for a query of Chinese, Japanese or Korean words, whose tokens
/// are single characters (`query::cjk`): sixteen would be a few words.
pub const CJK_WIDTH: usize = 2 * WIDTH;
/// What stands for the text left out before or after the window.
const ELLIPSIS: &str = "…";

/// One thing a query looks for, as the tokenizer sees it: folded tokens in a row (a word is
/// usually one, a phrase several), the last one matching as a prefix when `prefix`.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    tokens: Vec<String>,
    prefix: bool,
}

/// The marks of a query, with a finder of their first words when all of them are ASCII:
/// a column is tokenized from a little before the first find or the first token with a
/// letter that folds into one of those words, whichever comes first; one with neither
/// holds no mark and is not tokenized (`first_candidate`).
pub struct Marks {
    list: Vec<Mark>,
    first_words: Option<FirstWords>,
    /// Tokens the snippet shows: `WIDTH`, or `CJK_WIDTH` when a mark is of characters the
    /// index holds one by one (the text shown is then most likely of them too).
    width: usize,
}

/// The finder of the marks' first words in a lower-cased text.
#[expect(
    clippy::large_enum_variant,
    reason = "one per search, built in place; a box would cost the allocation it saves"
)]
enum FirstWords {
    /// One mark (most queries): substring finders, which build in well under a
    /// microsecond where an Aho-Corasick automaton takes tens (measured: a tenth of a
    /// rare word's whole search at 100,000 articles went to building one). A phrase is
    /// first looked for as written with single spaces, so that its first word's earlier
    /// uses ("interest" before "interest rates") are not tokenized on the way.
    One {
        first: memmem::Finder<'static>,
        phrase: Option<memmem::Finder<'static>>,
    },
    /// Several marks: one automaton finds the first of any of them.
    Many(AhoCorasick),
}

impl FirstWords {
    /// Where the first of the words starts in `lower`.
    fn find(&self, lower: &str) -> Option<usize> {
        match self {
            FirstWords::One { first, phrase } => phrase
                .as_ref()
                .and_then(|p| p.find(lower.as_bytes()))
                .or_else(|| first.find(lower.as_bytes())),
            FirstWords::Many(finder) => finder.find(lower).map(|m| m.start()),
        }
    }

    /// Where the first of the words starts in `lower`, a phrase's first word alone too.
    fn find_first_word(&self, lower: &str) -> Option<usize> {
        match self {
            FirstWords::One { first, .. } => first.find(lower.as_bytes()),
            FirstWords::Many(finder) => finder.find(lower).map(|m| m.start()),
        }
    }
}

/// The words and phrases a match of `e` shows: its positive text terms, wherever they
/// stand (negated terms and fields show nothing).
pub fn marks_of(e: &Expr) -> Marks {
    let mut list = Vec::new();
    collect(e, &mut list);
    let ascii = list.iter().all(|m| m.tokens.iter().all(|t| t.is_ascii()));
    let first_words = ascii
        .then(|| match &list[..] {
            [one] => Some(FirstWords::One {
                first: memmem::Finder::new(one.tokens[0].as_bytes()).into_owned(),
                phrase: (one.tokens.len() > 1)
                    .then(|| memmem::Finder::new(one.tokens.join(" ").as_bytes()).into_owned()),
            }),
            // The words are folded to lower case and looked for in a lower-cased copy of
            // the text: without case folding of its own, the finder can use a substring
            // prefilter instead of stopping at every letter a word begins with. A
            // contiguous NFA builds in a few microseconds, a DFA in 15: a search runs the
            // finder once over each of a page of hits, where building dominates.
            many => AhoCorasick::builder()
                .kind(Some(AhoCorasickKind::ContiguousNFA))
                .build(many.iter().map(|m| &m.tokens[0]))
                .ok()
                .map(FirstWords::Many),
        })
        .flatten();
    let cjk = list.iter().any(|m| m.tokens.iter().any(|t| has_cjk(t)));
    Marks {
        list,
        first_words,
        width: if cjk { CJK_WIDTH } else { WIDTH },
    }
}

/// The byte where the first letter that folding could make ASCII starts, which the ASCII
/// finder of first words does not see; `None` when there is none. Read byte by byte from
/// the UTF-8 lead bytes, a little wider than the ranges themselves: accented Latin letters
/// and the combining marks (U+00C0 to U+037F, U+1E00 to U+1EFF), the marks of U+1AB0 to
/// U+1AFF, U+1DC0 to U+1DFF, U+20D0 to U+20FF and U+FE20 to U+FE2F, and the Kelvin and
/// Ångström signs (U+212A, U+212B), which fold to `k` and `å`. The letters `query::fold`
/// folds further are among the accented Latin ones. Wider only costs a longer read.
fn first_foldable(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let folds = |i: usize, b: u8| {
        let next = |range: std::ops::RangeInclusive<u8>| {
            bytes.get(i + 1).is_some_and(|n| range.contains(n))
        };
        let then = |range: std::ops::RangeInclusive<u8>| {
            bytes.get(i + 2).is_some_and(|n| range.contains(n))
        };
        match b {
            0xC3..=0xCD => true,
            0xE1 => next(0xB8..=0xBB) || next(0xAA..=0xAB) || next(0xB7..=0xB7),
            0xE2 => next(0x83..=0x83) || (next(0x84..=0x84) && then(0xAA..=0xAB)),
            0xEF => next(0xB8..=0xB8),
            _ => false,
        }
    };
    // A chunk without a lead byte that may fold is passed over whole: most of a page is
    // ASCII. The test folds over the chunk without stopping early, which the compiler
    // vectorizes; a chunk with a curly quote or a dash (lead byte 0xE2) is then read byte
    // by byte.
    const CHUNK: usize = 32;
    let may_fold =
        |b: u8| b.wrapping_sub(0xC3) <= 0xCD - 0xC3 || b == 0xE1 || b == 0xE2 || b == 0xEF;
    for (c, chunk) in bytes.chunks(CHUNK).enumerate() {
        if !chunk.iter().fold(false, |any, &b| any | may_fold(b)) {
            continue;
        }
        if let Some(k) = (0..chunk.len()).find(|&k| folds(c * CHUNK + k, chunk[k])) {
            return Some(c * CHUNK + k);
        }
    }
    None
}

/// Where the first mark may start in `text`, for marks all ASCII: the first find of their
/// first words, or the first token holding a letter that folds into ASCII whose folded form
/// is a mark's first word; `None` when there is neither (no mark is in the text).
///
/// The text is read in stretches between letters that may fold: in each, the finder looks
/// in a lower-cased copy (it sees every ASCII mark there, and none runs over the stretch's
/// end, which is not ASCII); the token holding the letter at the end is then folded and
/// compared. A page with a few accented names is so searched to its end without being
/// tokenized, where it used to be tokenized from its first accent on (a fifth of the
/// snippets' instructions for "zurich" at 100,000 articles), with the same snippets.
fn first_candidate(text: &str, finder: &FirstWords, marks: &[Mark]) -> Option<usize> {
    let mut lower = String::new();
    let mut from = 0;
    while from < text.len() {
        let folds_at = first_foldable(&text[from..]).map_or(text.len(), |i| from + i);
        lower.clear();
        lower.push_str(&text[from..folds_at]);
        lower.make_ascii_lowercase();
        // A phrase whole is looked for in the first stretch only, as the tokens read from
        // the first letter that folds find its first word's earlier uses too.
        let found = if from == 0 {
            finder.find(&lower)
        } else {
            finder.find_first_word(&lower)
        };
        if let Some(found) = found {
            return Some(from + found);
        }
        let letter = text[folds_at..].chars().next()?;
        if !is_token_char(letter) {
            from = folds_at + letter.len_utf8();
            continue;
        }
        let start = token_start(text, folds_at);
        let end = Tokens::from(text, start)
            .next()
            .map_or(text.len(), |(_, e)| e);
        let token = &text[start..end];
        let first_word = |m: &Mark| token_is(token, &m.tokens[0], m.prefix && m.tokens.len() == 1);
        if marks.iter().any(first_word) {
            return Some(start);
        }
        // Past the letter at least, whatever the token read: the loop always moves on.
        from = end.max(folds_at + letter.len_utf8());
    }
    None
}

/// The byte where the token holding byte `pos` (a char boundary inside a token that is no
/// Chinese, Japanese or Korean character) starts: such a character before it is a token
/// of its own, as `Tokens` reads it.
fn token_start(text: &str, pos: usize) -> usize {
    text[..pos]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_token_char(c) && !is_cjk(c))
        .last()
        .map_or(pos, |(i, _)| i)
}

/// The byte where the `tokens`-th token before `pos` starts (0 when there are fewer), each
/// Chinese, Japanese or Korean character counting as a token, as `Tokens` reads them.
fn back_up(text: &str, pos: usize, tokens: usize) -> usize {
    let (mut seen, mut in_token, mut start) = (0, false, pos);
    for (i, c) in text[..pos].char_indices().rev() {
        if is_cjk(c) {
            // It ends the run of letters after it, and is a token itself.
            if in_token {
                seen += 1;
                in_token = false;
                if seen == tokens {
                    return start;
                }
            }
            seen += 1;
            if seen == tokens {
                return i;
            }
        } else if is_token_char(c) {
            (start, in_token) = (i, true);
        } else if in_token {
            seen += 1;
            in_token = false;
            if seen == tokens {
                return start;
            }
        }
    }
    0
}

fn collect(e: &Expr, out: &mut Vec<Mark>) {
    match e {
        Expr::Word { text, prefix } => push_mark(text, *prefix, out),
        Expr::Phrase(p) => push_mark(p, false, out),
        Expr::And(items) | Expr::Or(items) => items.iter().for_each(|i| collect(i, out)),
        Expr::Not(_) | Expr::Field { .. } => {}
    }
}

fn push_mark(text: &str, prefix: bool, out: &mut Vec<Mark>) {
    let tokens: Vec<String> = Tokens::new(text).map(|(s, e)| fold(&text[s..e])).collect();
    let mark = Mark { tokens, prefix };
    if !mark.tokens.is_empty() && !out.contains(&mark) {
        out.push(mark);
    }
}

/// Whether `c` belongs to a token: letters, digits, private-use characters and the
/// combining marks that folding removes (unicode61's default token characters).
fn is_token_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    // General Punctuation (curly quotes, dashes, ellipses: most of a page's non-ASCII) is
    // none of these; answered before the slower Unicode tables are read.
    if ('\u{2000}'..='\u{206f}').contains(&c) {
        return false;
    }
    c.is_alphanumeric() || is_combining_mark(c) || ('\u{e000}'..='\u{f8ff}').contains(&c)
}

/// Byte spans of the tokens of a text, in order. ASCII is read byte by byte, anything
/// else char by char.
pub(super) struct Tokens<'t> {
    text: &'t str,
    pos: usize,
}

impl<'t> Tokens<'t> {
    pub(super) fn new(text: &'t str) -> Self {
        Tokens::from(text, 0)
    }

    /// The tokens from byte `pos` (a char boundary) on.
    fn from(text: &'t str, pos: usize) -> Self {
        Tokens { text, pos }
    }

    /// Move past the characters for which `is_token` is `want`; a Chinese, Japanese or
    /// Korean character ends a run of token characters (it is a token of its own).
    fn skip_while_token(&mut self, want: bool) {
        let bytes = self.text.as_bytes();
        while let Some(&b) = bytes.get(self.pos) {
            let (token, len) = if b.is_ascii() {
                (b.is_ascii_alphanumeric(), 1)
            } else {
                let c = self.text[self.pos..].chars().next().unwrap_or(' ');
                if want && is_cjk(c) {
                    return;
                }
                (is_token_char(c), c.len_utf8())
            };
            if token != want {
                return;
            }
            self.pos += len;
        }
    }
}

impl Iterator for Tokens<'_> {
    type Item = (usize, usize);

    /// The next token: a run of letters and digits, or one Chinese, Japanese or Korean
    /// character, as the index reads the spaced copy of such a text (`query::cjk`).
    fn next(&mut self) -> Option<(usize, usize)> {
        self.skip_while_token(false);
        let start = self.pos;
        if let Some(c) = self.text[start..].chars().next().filter(|&c| is_cjk(c)) {
            self.pos += c.len_utf8();
            return Some((start, self.pos));
        }
        self.skip_while_token(true);
        (self.pos > start).then_some((start, self.pos))
    }
}

/// Whether the text token `token` is the folded query token `want` (or starts with it).
fn token_is(token: &str, want: &str, prefix: bool) -> bool {
    if token.is_ascii() {
        let (t, w) = (token.as_bytes(), want.as_bytes());
        return if prefix {
            t.len() >= w.len() && t[..w.len()].eq_ignore_ascii_case(w)
        } else {
            t.eq_ignore_ascii_case(w)
        };
    }
    let folded = fold(token);
    if prefix {
        folded.starts_with(want)
    } else {
        folded == want
    }
}

/// A mark found in a column: its first token, how many tokens it covers, which mark.
#[derive(Debug, Clone, Copy)]
struct Hit {
    at: usize,
    len: usize,
    mark: usize,
}

/// One column read for a snippet: its tokens (all of them, or up to a little past the best
/// window when `complete`) and the marks found in them.
struct Column<'t> {
    text: &'t str,
    /// The byte tokenizing began at: 0, or a little before the first possible mark.
    offset: usize,
    tokens: Vec<(usize, usize)>,
    hits: Vec<Hit>,
    /// Every token of the text was read (the window cannot look past the last one).
    read_all: bool,
    /// Tokens the window shows (`Marks::width`).
    width: usize,
}

impl<'t> Column<'t> {
    /// Tokenize `text` and find `marks`, stopping once a window holds every mark and the
    /// tokens after it that the snippet shows are read.
    fn read(text: &'t str, all: &Marks) -> Self {
        let marks = &all.list[..];
        let offset = match &all.first_words {
            Some(finder) => first_candidate(text, finder, marks)
                .map_or(text.len(), |found| back_up(text, found, all.width)),
            None => 0,
        };
        let mut col = Column {
            text,
            offset,
            tokens: Vec::new(),
            hits: Vec::new(),
            read_all: true,
            width: all.width,
        };
        let mut stop_at = usize::MAX;
        for span in Tokens::from(text, offset) {
            if col.tokens.len() >= stop_at {
                col.read_all = false;
                break;
            }
            col.tokens.push(span);
            let end = col.tokens.len();
            let before = col.hits.len();
            for (m, mark) in marks.iter().enumerate() {
                let n = mark.tokens.len();
                if end >= n && col.ends_with(end, mark) {
                    col.hits.push(Hit {
                        at: end - n,
                        len: n,
                        mark: m,
                    });
                }
            }
            let found = col.hits.len() > before;
            if found && stop_at == usize::MAX && col.window_complete(end, marks.len()) {
                stop_at = end + col.width + 1;
            }
        }
        col
    }

    /// The code-point span of the first hit at or after token `start`.
    fn first_hit_from(&self, start: usize) -> Option<(usize, usize)> {
        let hit = self.hits.iter().find(|h| h.at >= start)?;
        let (from, _) = *self.tokens.get(hit.at)?;
        let (_, to) = *self.tokens.get(hit.at + hit.len - 1)?;
        let before = self.text.get(..from)?.chars().count();
        Some((before, before + self.text.get(from..to)?.chars().count()))
    }

    /// Whether the tokens before `end` end with `mark`.
    fn ends_with(&self, end: usize, mark: &Mark) -> bool {
        let n = mark.tokens.len();
        mark.tokens.iter().enumerate().rev().all(|(k, want)| {
            let (s, e) = self.tokens[end - n + k];
            token_is(&self.text[s..e], want, mark.prefix && k == n - 1)
        })
    }

    /// Whether the `width` tokens before `end` hold every one of `marks` marks.
    fn window_complete(&self, end: usize, marks: usize) -> bool {
        let from = end.saturating_sub(self.width);
        let mut seen = vec![false; marks];
        for h in self.hits.iter().rev().take_while(|h| h.at >= from) {
            seen[h.mark] = true;
        }
        seen.iter().all(|s| *s)
    }

    /// The best window's first token and score: 1000 for each distinct mark in it, 1 for
    /// each repeat (FTS5's own scoring); the earliest wins a tie. `None` without hits.
    fn best_window(&self, marks: usize) -> Option<(usize, u32)> {
        let mut best: Option<(usize, u32)> = None;
        for (i, first) in self.hits.iter().enumerate() {
            let mut seen = vec![false; marks];
            let mut score = 0;
            for h in self.hits[i..]
                .iter()
                .take_while(|h| h.at + h.len <= first.at + self.width)
            {
                score += if std::mem::replace(&mut seen[h.mark], true) {
                    1
                } else {
                    1000
                };
            }
            if best.is_none_or(|(_, b)| score > b) {
                best = Some((first.at, score));
            }
        }
        best
    }

    /// The raw snippet of the window starting at token `start`, moved back to show the
    /// words before its hits, marks around the hits, an ellipsis where text is left out.
    fn render(&self, start: usize) -> String {
        let width = self.width;
        let last_hit_end = self
            .hits
            .iter()
            .filter(|h| h.at >= start && h.at + h.len <= start + width)
            .map(|h| h.at + h.len)
            .max()
            .unwrap_or(start);
        let mut from = start.saturating_sub((width - (last_hit_end - start).min(width)) / 2);
        if self.read_all {
            from = from.min(self.tokens.len().saturating_sub(width));
        }
        let to = (from + width).min(self.tokens.len());
        let at_end = self.read_all && to == self.tokens.len();
        let at_start = from == 0 && self.offset == 0;
        let begin = if at_start { 0 } else { self.tokens[from].0 };
        let end = if at_end {
            self.text.len()
        } else {
            self.tokens[to - 1].1
        };
        let mut out = String::with_capacity(end - begin + 16);
        if !at_start {
            out.push_str(ELLIPSIS);
        }
        let mut cursor = begin;
        for h in self
            .hits
            .iter()
            .filter(|h| h.at >= from && h.at + h.len <= to)
        {
            let (s, e) = (self.tokens[h.at].0, self.tokens[h.at + h.len - 1].1);
            if s < cursor {
                continue; // overlaps a mark already made
            }
            push_plain(&mut out, &self.text[cursor..s]);
            out.push(MARK_OPEN);
            push_plain(&mut out, &self.text[s..e]);
            out.push(MARK_CLOSE);
            cursor = e;
        }
        push_plain(&mut out, &self.text[cursor..end]);
        if !at_end {
            out.push_str(ELLIPSIS);
        }
        out
    }
}

/// Append page text with runs of whitespace as one space and no mark characters of its own.
fn push_plain(out: &mut String, text: &str) {
    for c in text.chars() {
        if c == MARK_OPEN || c == MARK_CLOSE {
            continue;
        }
        if c.is_whitespace() {
            if !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
}

/// The raw snippet of a hit: the best window of the first column (in the order given)
/// whose window scores highest, with `MARK_OPEN`/`MARK_CLOSE` around each match. With no
/// match in any column (a word the folding here reads differently), the start of the
/// first column with text. `None` when every column is empty.
pub fn snippet(columns: &[&str], marks: &Marks) -> Option<String> {
    snippet_at(columns, marks).map(|(text, _)| text)
}

/// `snippet`, and, when it is taken from the first column (the body), the code-point span
/// there of the first match it shows: where the reader brings a search hit on screen.
pub fn snippet_at(columns: &[&str], marks: &Marks) -> Option<(String, Option<(usize, usize)>)> {
    let count = marks.list.len();
    let full = 1000 * u32::try_from(count).unwrap_or(u32::MAX / 1000);
    let mut best: Option<(usize, Column, usize, u32)> = None;
    for (i, text) in columns.iter().enumerate() {
        let col = Column::read(text, marks);
        if let Some((start, score)) = col.best_window(count)
            && best.as_ref().is_none_or(|b| score > b.3)
        {
            best = Some((i, col, start, score));
            if score >= full {
                break;
            }
        }
    }
    if let Some((i, col, start, _)) = best {
        let at = if i == 0 {
            col.first_hit_from(start)
        } else {
            None
        };
        return Some((col.render(start), at));
    }
    let text = columns.iter().find(|t| !t.trim().is_empty())?;
    let nothing = Marks {
        list: Vec::new(),
        first_words: None,
        width: WIDTH,
    };
    Some((Column::read(text, &nothing).render(0), None))
}

#[cfg(test)]
#[path = "snippet_tests.rs"]
mod tests;
