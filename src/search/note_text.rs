//! A note's text as the reader reads it, for search snippets: the Markdown marks the UI's
//! note renderer reads (`ui/src/lib/markdown.ts`) taken out, so a snippet shows no
//! asterisks ("**Meta IR** said" becomes "Meta IR said").

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

/// The Markdown a note is written in, as the UI's renderer reads it (`ui/src/lib/markdown.ts`):
/// blocks between blank lines, a block of list lines (`- `, `1. `), code spans, links and
/// citations (`[text](address)`), bold and italic. The same small subset by hand, in the
/// same order: a Markdown library would read more than the notes are written in.
struct NoteMarks {
    blocks: Regex,
    bullet: Regex,
    numbered: Regex,
    code: Regex,
    parked: Regex,
    link: Regex,
    bold: Regex,
    star: Regex,
    underscore: Regex,
}

static NOTE_MARKS: LazyLock<NoteMarks> = LazyLock::new(|| {
    let re = |pattern: &str| Regex::new(pattern).expect("a valid pattern");
    NoteMarks {
        blocks: re(r"\n\s*\n"),
        bullet: re(r"^\s*[-*+]\s+"),
        numbered: re(r"^\s*\d+[.)]\s+"),
        code: re(r"`([^`\n]+)`"),
        parked: re(r"\x{E000}(\d+)\x{E000}"),
        link: re(r"\[([^\]\n]+)\]\([^)\s]+\)"),
        bold: re(r"\*\*([^*\n]+)\*\*|__([^_\n]+)__"),
        star: re(r"(^|[^*\w])\*([^*\n]+)\*"),
        underscore: re(r"(^|[^_\w])_([^_\n]+)_"),
    }
});

/// A note's text as the reader reads it: its Markdown marks taken out ("**Meta IR** said"
/// becomes "Meta IR said"), so a snippet shows no asterisks.
pub(super) fn as_read(text: &str) -> Cow<'_, str> {
    let m = &*NOTE_MARKS;
    let may_hold_marks = text.contains(['*', '_', '`', '['])
        || text
            .lines()
            .any(|l| m.bullet.is_match(l) || m.numbered.is_match(l));
    if !may_hold_marks {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for (i, block) in m.blocks.split(text).enumerate() {
        if i > 0 {
            out.push_str("\n\n");
        }
        let lines: Vec<&str> = block.split('\n').collect();
        // A block is a list only when every line of it is a list line, as the UI reads it.
        let list = [&m.bullet, &m.numbered]
            .into_iter()
            .find(|marker| lines.iter().all(|l| marker.is_match(l)));
        for (k, line) in lines.iter().enumerate() {
            if k > 0 {
                out.push('\n');
            }
            let line = list.map_or(Cow::Borrowed(*line), |marker| marker.replace(line, ""));
            out.push_str(&inline_as_read(&line));
        }
    }
    Cow::Owned(out)
}

/// One line of a note without its inline marks. Code spans are set aside first, so that
/// nothing inside them is read as a mark (`__init__` stays), and put back last.
fn inline_as_read(line: &str) -> String {
    let m = &*NOTE_MARKS;
    let mut codes: Vec<String> = Vec::new();
    let parked = m.code.replace_all(line, |c: &regex::Captures| {
        codes.push(c[1].to_string());
        format!("\u{E000}{}\u{E000}", codes.len() - 1)
    });
    let linked = m.link.replace_all(&parked, "$1");
    let bold = m.bold.replace_all(&linked, "$1$2");
    let starred = italic_as_read(&bold, &m.star);
    let plain = italic_as_read(&starred, &m.underscore);
    m.parked
        .replace_all(&plain, |c: &regex::Captures| {
            let at: usize = c[1].parse().unwrap_or(usize::MAX);
            codes.get(at).cloned().unwrap_or_default()
        })
        .into_owned()
}

/// `text` with the italic marks of `pattern` taken out, but where the closing mark is
/// followed by a letter or digit (`*x*y`, `_foo_bar`): the UI's renderer reads those as
/// no marks (its `(?!\w)`, which Rust's regex does not have).
fn italic_as_read(text: &str, pattern: &Regex) -> String {
    pattern
        .replace_all(text, |c: &regex::Captures| {
            let whole = c.get(0).expect("the match");
            let next = text[whole.end()..].chars().next();
            if next.is_some_and(|ch| ch.is_alphanumeric() || ch == '_') {
                whole.as_str().to_string()
            } else {
                format!("{}{}", &c[1], &c[2])
            }
        })
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_reads_without_its_markdown() {
        assert_eq!(
            as_read("**Meta IR** said _capex_ rises; see [the call](#/article/3?at=1-9) and `Q3`."),
            "Meta IR said capex rises; see the call and Q3."
        );
        // A block of list lines loses its markers; a line of a paragraph that starts like
        // one keeps it, as the reader shows it.
        assert_eq!(
            as_read(
                "- first point\n- second, snake_case_name stays\n\nRevenue rose.\n2024. A record"
            ),
            "first point\nsecond, snake_case_name stays\n\nRevenue rose.\n2024. A record"
        );
        // The list marker goes before italics are read; code keeps what looks like marks;
        // a closing mark before a letter is none.
        assert_eq!(
            as_read("* Meta *said* this\n* `__init__` and *x*y and _foo_bar"),
            "Meta said this\n__init__ and *x*y and _foo_bar"
        );
        assert!(matches!(as_read("Plain words."), Cow::Borrowed(_)));
    }
}
