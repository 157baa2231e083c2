//! The page's text as a reader sees it, laid out from the raw HTML in one pass of the
//! `depth` tokenizer, with where each `<h1>` sits.

use std::borrow::Cow;

use crate::clip::depth::{Token, scan};

/// The page's text as a reader sees it, with where each `<h1>` sits.
pub(super) struct VisibleText {
    pub text: String,
    /// (start, end) byte offsets of each `<h1>`'s text in `text`.
    pub headings: Vec<(usize, usize)>,
}

impl VisibleText {
    /// Lay out the visible text of `html` (not inside `<noscript>` or `<template>`).
    pub(super) fn of(html: &str) -> Self {
        let mut text = String::with_capacity(html.len() / 4);
        let mut headings = Vec::new();
        let mut open_h1: Option<usize> = None;
        let mut hidden = 0usize;
        scan(html, |token| match token {
            Token::Text(t) if hidden == 0 => {
                // Its words, one space apart, on a line of their own.
                let start = text.len();
                for word in decode_entities(t).split_whitespace() {
                    if text.len() > start {
                        text.push(' ');
                    }
                    text.push_str(word);
                }
                if text.len() > start {
                    text.push('\n');
                }
            }
            Token::Open(name) if name == "h1" => open_h1 = Some(text.len()),
            Token::Close(name) if name == "h1" => {
                if let Some(start) = open_h1.take()
                    && text.len() > start
                {
                    headings.push((start, text.len()));
                }
            }
            Token::Open(name) if matches!(&*name, "noscript" | "template") => hidden += 1,
            Token::Close(name) if matches!(&*name, "noscript" | "template") => {
                hidden = hidden.saturating_sub(1);
            }
            _ => {}
        });
        Self { text, headings }
    }

    /// The headline `<h1>`: the one sharing most words with `title`, the first of those
    /// tied. A word counts once and only with four letters or more, so little words and
    /// repeats do not carry a teaser ("Where to Kayak in Houston", "Houston to Houston, in
    /// Houston") past the headline "Bike Trails in Houston" of a title "Where to Bike in
    /// Houston".
    pub(super) fn headline(&self, title: Option<&str>) -> Option<(usize, usize)> {
        let words = |s: &str| -> Vec<String> {
            let mut words: Vec<String> = s
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.chars().count() >= 4)
                .map(str::to_lowercase)
                .collect();
            words.sort_unstable();
            words.dedup();
            words
        };
        let title_words = title.map(words).unwrap_or_default();
        let shared = |&(s, e): &(usize, usize)| {
            words(&self.text[s..e])
                .iter()
                .filter(|w| title_words.contains(w))
                .count()
        };
        let mut best: Option<((usize, usize), usize)> = None;
        for h in &self.headings {
            let n = shared(h);
            if best.is_none_or(|(_, b)| n > b) {
                best = Some((*h, n));
            }
        }
        best.map(|(h, _)| h)
    }
}

/// Decode the character references that matter for dates and labels: numeric ones and a
/// few named spaces and dashes.
fn decode_entities(s: &str) -> Cow<'_, str> {
    if !s.contains('&') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let Some(semi) = after.find(';').filter(|&i| i <= 10) else {
            out.push('&');
            rest = after;
            continue;
        };
        let name = &after[..semi];
        let ch = if let Some(num) = name.strip_prefix('#') {
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok(),
                None => num.parse().ok(),
            };
            code.and_then(char::from_u32)
        } else {
            match name {
                "nbsp" | "ensp" | "emsp" | "thinsp" => Some(' '),
                "amp" => Some('&'),
                "ndash" => Some('–'),
                "mdash" => Some('—'),
                "middot" => Some('·'),
                "bull" => Some('•'),
                _ => None,
            }
        };
        match ch {
            Some(c) => {
                out.push(if c == '\u{a0}' { ' ' } else { c });
                rest = &after[semi + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}
