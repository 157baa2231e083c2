//! Program code copied with an article (a tech blog's SQL, a shell command, a config
//! snippet): its lines are the article's text, not headlines or outlets, however short.
//! Told by code's marks, not by a language's grammar (written by hand: no crate reads
//! "is this line code" out of copied prose): operators prose does not use (`:=`, `=>`,
//! `==`), snake_case names, calls glued to their bracket, a statement's end (`;`, an
//! opening bracket), an upper-case SQL keyword or a shell command opening the line,
//! `name = value`, brackets alone. A line with two marks is code, and so is a line with
//! one beside code.

use std::sync::LazyLock;

use regex::Regex;

use super::lines::Kind;

/// `snake_case`, `pg_stat_activity`: words joined by underscores.
static SNAKE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b[A-Za-z0-9]+_[A-Za-z0-9_]*[A-Za-z0-9]\b").expect("valid regex")
});
/// `left(`, `partman.create_parent(`: a call, its name glued to the bracket.
static CALL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[A-Za-z_][A-Za-z0-9_.]*\((?:[^ ]|$)").expect("valid regex"));
/// `work_mem = 64MB`, `x := 1`: a name given a value, opening the line.
static ASSIGN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[A-Za-z_][A-Za-z0-9_.\[\]]*\s*(?::=|\+=|=)\s*\S").expect("valid regex")
});
/// An upper-case SQL keyword opening a clause: `SELECT pid`, `ORDER BY created_at`.
static SQL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:SELECT|FROM|WHERE|ORDER BY|GROUP BY|HAVING|LIMIT|ALTER TABLE|CREATE (?:TABLE|INDEX|VIEW)|INSERT INTO|UPDATE|DELETE FROM|(?:LEFT |INNER )?JOIN|VALUES|SET|WITH) [^A-Z]",
    )
    .expect("valid regex")
});
/// A command or a declaration opening the line.
const OPENERS: &[&str] = &[
    "$ ",
    "def ",
    "fn ",
    "let ",
    "const ",
    "var ",
    "import ",
    "return ",
    "#include",
    "func ",
    "pub fn ",
    "npm ",
    "pip install",
    "cargo ",
    "git ",
    "sudo ",
    "docker ",
    "kubectl ",
    "curl ",
    "apt ",
    "apt-get ",
];
/// Operators prose does not write.
const OPERATORS: &[&str] = &[":=", "=>", "==", "!=", "->", "::", "&&", "||", "+=", "/>"];

/// Mark the lines of code blocks as the text they are.
pub(super) fn keep_code(lines: &[String], kinds: &mut [Kind]) {
    let marks: Vec<usize> = lines.iter().map(|l| code_marks(l)).collect();
    let mut code: Vec<bool> = marks.iter().map(|&m| m >= 2).collect();
    // A line with one mark beside code is code ("WHERE datname = 'freight'" between two
    // clauses): spread down the page, then up it (one pass each way reaches every such
    // line, however long the block).
    for i in 1..lines.len() {
        if marks[i] == 1 && code[i - 1] {
            code[i] = true;
        }
    }
    for i in (0..lines.len().saturating_sub(1)).rev() {
        if marks[i] == 1 && code[i + 1] {
            code[i] = true;
        }
    }
    for (kind, is_code) in kinds.iter_mut().zip(code) {
        if is_code && *kind != Kind::Blank {
            *kind = Kind::Para;
        }
    }
}

/// How many of code's marks `line` bears (brackets alone are one: code beside them
/// makes them its end, and alone they are a paste's debris).
fn code_marks(line: &str) -> usize {
    let line = line.trim();
    if line.is_empty() {
        return 0;
    }
    if line.chars().all(|c| "(){}[];,".contains(c)) {
        return 1;
    }
    let ends_a_statement = line.ends_with([';', '{', '(']);
    [
        OPERATORS.iter().any(|op| line.contains(op)),
        SNAKE.is_match(line),
        CALL.is_match(line),
        ASSIGN.is_match(line),
        SQL.is_match(line),
        OPENERS.iter().any(|o| line.starts_with(o)),
        ends_a_statement,
    ]
    .into_iter()
    .filter(|&m| m)
    .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code_of(lines: &[&str]) -> Vec<bool> {
        let lines: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        let mut kinds = vec![Kind::Short; lines.len()];
        keep_code(&lines, &mut kinds);
        kinds.iter().map(|k| *k == Kind::Para).collect()
    }

    #[test]
    fn a_query_and_a_config_block_are_code() {
        let got = code_of(&[
            "Running this during an incident showed the culprit:",
            "SELECT id, state, left(query, 60)",
            "FROM pg_stat_activity",
            "WHERE datname = 'orders'",
            "ORDER BY query_start;",
            "The fix",
            "ALTER TABLE events SET (",
            "  fillfactor = 70",
            ");",
        ]);
        assert_eq!(
            got,
            [false, true, true, true, true, false, true, true, true]
        );
    }

    #[test]
    fn one_mark_lines_reach_code_however_far_it_is() {
        // Forty lines of one mark each (an `x = 1` assignment), code only at the bottom.
        let mut lines = vec!["x = 1"; 40];
        lines.push("SELECT max_depth FROM tree_nodes;");
        let got = code_of(&lines);
        assert!(got.iter().all(|&c| c), "{got:?}");
        assert_eq!(
            code_of(&["x = 1", "y = 2"]),
            [false, false],
            "no line of two marks"
        );
    }

    #[test]
    fn headlines_and_prose_are_not_code() {
        let got = code_of(&[
            "FROM THE ARCHIVE",
            "Meta to spend $65bn on AI data centres",
            "The bill passed 52-48; the House votes next week.",
            "AAPL 189.20 +1.2%",
            "Why our user_id column was the wrong type",
            "Email jane_doe@example.com for the slides",
        ]);
        assert_eq!(got, [false; 6]);
    }
}
