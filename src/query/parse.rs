//! The query parser: a small recursive descent over words, phrases, fields, `-`, `OR`
//! and parentheses. Written by hand: the grammar is a dozen lines and its error messages
//! are part of the product.

use super::{Expr, Field, MAX_DEPTH, MAX_TERMS, QueryError};

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Word(String),
    Phrase(String),
    Field(Field, String),
    Minus,
    Or,
    Open,
    Close,
}

/// Parse a query. Errs with a plain sentence on an empty query, an open quote or
/// parenthesis, a field without a value, a bad date or flag, or a query longer or deeper
/// than `MAX_TERMS` and `MAX_DEPTH`.
pub fn parse(query: &str) -> Result<Expr, QueryError> {
    let tokens = lex(query)?;
    within_limits(&tokens)?;
    let mut pos = 0;
    let expr = parse_and(&tokens, &mut pos)?;
    if pos < tokens.len() {
        return Err(QueryError::StrayParen);
    }
    let expr = expr.ok_or(QueryError::Empty)?;
    if only_negative(&expr) {
        return Err(QueryError::OnlyNegations);
    }
    Ok(expr)
}

/// Errs when the tokens hold more than `MAX_TERMS` terms or exclusions, or nest
/// parentheses deeper than `MAX_DEPTH`.
fn within_limits(tokens: &[Token]) -> Result<(), QueryError> {
    let terms = tokens
        .iter()
        .filter(|t| matches!(t, Token::Word(_) | Token::Phrase(_) | Token::Field(..)))
        .count();
    let exclusions = tokens.iter().filter(|t| **t == Token::Minus).count();
    if terms > MAX_TERMS || exclusions > MAX_TERMS {
        return Err(QueryError::TooLong);
    }
    let mut depth = 0usize;
    for token in tokens {
        match token {
            Token::Open => depth += 1,
            Token::Close => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth > MAX_DEPTH {
            return Err(QueryError::TooDeep);
        }
    }
    Ok(())
}

fn only_negative(e: &Expr) -> bool {
    match e {
        Expr::Not(_) => true,
        Expr::And(items) | Expr::Or(items) => items.iter().all(only_negative),
        _ => false,
    }
}

fn parse_and(tokens: &[Token], pos: &mut usize) -> Result<Option<Expr>, QueryError> {
    let mut items = Vec::new();
    while *pos < tokens.len() && tokens[*pos] != Token::Close {
        if let Some(e) = parse_or(tokens, pos)? {
            items.push(e);
        }
    }
    Ok(match items.len() {
        0 => None,
        1 => items.pop(),
        _ => Some(Expr::And(items)),
    })
}

fn parse_or(tokens: &[Token], pos: &mut usize) -> Result<Option<Expr>, QueryError> {
    let Some(first) = parse_unary(tokens, pos)? else {
        return Ok(None);
    };
    let mut items = vec![first];
    while tokens.get(*pos) == Some(&Token::Or) {
        *pos += 1;
        if let Some(next) = parse_unary(tokens, pos)? {
            items.push(next);
        }
    }
    Ok(Some(if items.len() == 1 {
        items.remove(0)
    } else {
        Expr::Or(items)
    }))
}

fn parse_unary(tokens: &[Token], pos: &mut usize) -> Result<Option<Expr>, QueryError> {
    let Some(token) = tokens.get(*pos).cloned() else {
        return Ok(None);
    };
    *pos += 1;
    Ok(match token {
        Token::Minus => parse_unary(tokens, pos)?.map(|e| Expr::Not(Box::new(e))),
        Token::Open => {
            let inner = parse_and(tokens, pos)?;
            if tokens.get(*pos) != Some(&Token::Close) {
                return Err(QueryError::UnclosedParen);
            }
            *pos += 1;
            inner
        }
        // An operand was due (after OR or '-') but the group ends: nothing, and the ')'
        // is left to close its group (`(meta OR)` is no stray parenthesis).
        Token::Close => {
            *pos -= 1;
            None
        }
        Token::Or => None, // a leading or doubled OR is ignored
        Token::Word(w) => {
            let prefix = w.ends_with('*');
            Some(Expr::Word {
                text: w.trim_end_matches('*').to_string(),
                prefix,
            })
        }
        Token::Phrase(p) => Some(Expr::Phrase(p)),
        Token::Field(field, value) => Some(Expr::Field { field, value }),
    })
}

fn lex(query: &str) -> Result<Vec<Token>, QueryError> {
    Ok(lex_placed(query)?.into_iter().map(|(t, _)| t).collect())
}

/// Where each field's value is written in `query` (the bytes after `field:`, quotes
/// included), with the field and the value as the parser reads it: what
/// `rename_value` rewrites. Errs as `parse` does on a query that cannot be read.
pub(super) fn field_values(
    query: &str,
) -> Result<Vec<(Field, String, std::ops::Range<usize>)>, QueryError> {
    Ok(lex_placed(query)?
        .into_iter()
        .filter_map(|(token, at)| match token {
            Token::Field(field, value) => Some((field, value, at)),
            _ => None,
        })
        .collect())
}

/// The query's characters and where each starts: what the lexer reads.
struct Cursor<'q> {
    chars: std::iter::Peekable<std::str::CharIndices<'q>>,
    len: usize,
}

impl<'q> Cursor<'q> {
    fn new(query: &'q str) -> Self {
        Self {
            chars: query.char_indices().peekable(),
            len: query.len(),
        }
    }

    fn peek(&mut self) -> Option<char> {
        self.chars.peek().map(|&(_, c)| c)
    }

    fn next(&mut self) -> Option<char> {
        self.chars.next().map(|(_, c)| c)
    }

    /// Where the next character starts (the query's length at its end).
    fn at(&mut self) -> usize {
        self.chars.peek().map_or(self.len, |&(i, _)| i)
    }
}

/// The tokens of `query`, each with where it is written; a field's place is its value's.
fn lex_placed(query: &str) -> Result<Vec<(Token, std::ops::Range<usize>)>, QueryError> {
    let mut tokens = Vec::new();
    let mut chars = Cursor::new(query);
    while let Some(c) = chars.peek() {
        let start = chars.at();
        let mut push = |token: Token, end: usize| tokens.push((token, start..end));
        match c {
            c if c.is_whitespace() => {
                chars.next();
            }
            '(' => {
                chars.next();
                push(Token::Open, chars.at());
            }
            ')' => {
                chars.next();
                push(Token::Close, chars.at());
            }
            '-' => {
                // A run of dashes is one: it excludes the term written against it ("-capex",
                // "--capex"), and a dash standing alone ("meta -- capex", "(meta -)") is
                // punctuation.
                while chars.peek() == Some('-') {
                    chars.next();
                }
                if chars.peek().is_some_and(|c| !c.is_whitespace() && c != ')') {
                    push(Token::Minus, chars.at());
                }
            }
            '"' => {
                chars.next();
                let phrase = quoted(&mut chars)?;
                // A phrase of no letters or digits ("-", "***") matches nothing in the index:
                // it is left out, as the same characters unquoted are.
                if phrase.chars().any(char::is_alphanumeric) {
                    push(Token::Phrase(phrase), chars.at());
                }
            }
            _ => {
                let mut word = String::new();
                while let Some(ch) = chars.peek() {
                    if ch.is_whitespace() || matches!(ch, '(' | ')' | '"') {
                        break;
                    }
                    word.push(ch);
                    chars.next();
                }
                let scheme = word.split_once("://").map(|(s, _)| s.to_ascii_lowercase());
                if matches!(scheme.as_deref(), Some("http" | "https")) {
                    // A pasted address: the article clipped from it.
                    push(
                        Token::Field(Field::Url, check(Field::Url, "url", word)?),
                        chars.at(),
                    );
                } else if let Some((name, value)) = word.split_once(':')
                    && let Some(field) = Field::named(name)
                {
                    let value = if value.is_empty() && chars.peek() == Some('"') {
                        chars.next();
                        quoted(&mut chars)?
                    } else {
                        value.to_string()
                    };
                    let end = chars.at();
                    // The value's place: after the name and its colon.
                    tokens.push((
                        Token::Field(field, check(field, name, value)?),
                        start + name.len() + 1..end,
                    ));
                } else if word == "OR" {
                    push(Token::Or, chars.at());
                } else if word == "AND" {
                    // Terms side by side are ANDed already.
                } else if word == "NOT" {
                    push(Token::Minus, chars.at());
                } else {
                    let prefix = word.ends_with('*');
                    let text: String = word
                        .trim_end_matches('*')
                        .trim_matches(|c: char| !c.is_alphanumeric())
                        .to_string();
                    if !text.is_empty() {
                        push(
                            Token::Word(if prefix { format!("{text}*") } else { text }),
                            chars.at(),
                        );
                    }
                }
            }
        }
    }
    Ok(tokens)
}

/// The rest of a quoted phrase, whitespace collapsed.
fn quoted(chars: &mut Cursor<'_>) -> Result<String, QueryError> {
    let mut phrase = String::new();
    while let Some(ch) = chars.next() {
        if ch == '"' {
            return Ok(phrase.split_whitespace().collect::<Vec<_>>().join(" "));
        }
        phrase.push(ch);
    }
    Err(QueryError::UnclosedQuote)
}

fn check(field: Field, name: &str, value: String) -> Result<String, QueryError> {
    let value = value.trim().to_string();
    if value.is_empty() {
        return Err(QueryError::MissingValue(name.to_string()));
    }
    match field {
        Field::After | Field::Before => {
            // Written back in full, as days are compared as text ("2025-1-7" would sort
            // after "2025-03-01").
            return chrono::NaiveDate::parse_from_str(&value, "%Y-%m-%d")
                .map(|d| d.format("%Y-%m-%d").to_string())
                .map_err(|_| QueryError::BadDate(value));
        }
        Field::Is if !matches!(value.as_str(), "unread" | "read") => {
            return Err(QueryError::BadIs(value));
        }
        Field::Has if !matches!(value.as_str(), "notes" | "highlights" | "tags") => {
            return Err(QueryError::BadHas(value));
        }
        Field::Url => {
            // Stored addresses are canonical (`clip::canonical_url`): so is the one asked
            // for. `url:example.com/story` may leave out the scheme.
            let full = if value.contains("://") {
                value.clone()
            } else {
                format!("https://{value}")
            };
            return crate::clip::canonical_url(&full).ok_or(QueryError::BadUrl(value));
        }
        _ => {}
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(t: &str) -> Expr {
        Expr::Word {
            text: t.into(),
            prefix: false,
        }
    }

    #[test]
    fn fields_groups_and_negation_parse_into_a_tree() {
        let e = parse(
            r#"(entity:"European Commission" OR EU) (child OR minors) -tag:draft after:2025-01-01"#,
        )
        .unwrap();
        assert_eq!(
            e,
            Expr::And(vec![
                Expr::Or(vec![
                    Expr::Field {
                        field: Field::Entity,
                        value: "European Commission".into()
                    },
                    word("EU")
                ]),
                Expr::Or(vec![word("child"), word("minors")]),
                Expr::Not(Box::new(Expr::Field {
                    field: Field::Tag,
                    value: "draft".into()
                })),
                Expr::Field {
                    field: Field::After,
                    value: "2025-01-01".into()
                },
            ])
        );
    }

    #[test]
    fn and_and_not_may_be_written_out() {
        assert_eq!(
            parse("chips AND meta").unwrap(),
            Expr::And(vec![word("chips"), word("meta")])
        );
        assert_eq!(
            parse("chips NOT meta").unwrap(),
            parse("chips -meta").unwrap()
        );
        assert_eq!(parse("NOT meta"), Err(QueryError::OnlyNegations));
        assert_eq!(
            parse("not and or").unwrap(),
            Expr::And(vec![word("not"), word("and"), word("or")])
        );
    }

    #[test]
    fn mistakes_get_plain_errors() {
        assert_eq!(parse("(meta"), Err(QueryError::UnclosedParen));
        assert_eq!(parse("meta)"), Err(QueryError::StrayParen));
        assert_eq!(parse("after:soon"), Err(QueryError::BadDate("soon".into())));
        assert_eq!(parse("tag:"), Err(QueryError::MissingValue("tag".into())));
        assert_eq!(
            parse("is:starred"),
            Err(QueryError::BadIs("starred".into()))
        );
        assert_eq!(parse("-meta -google"), Err(QueryError::OnlyNegations));
        assert_eq!(parse(&"x ".repeat(101)), Err(QueryError::TooLong));
        assert_eq!(
            parse(&format!("{}y", "-x ".repeat(101))),
            Err(QueryError::TooLong)
        );
        assert_eq!(
            parse(&format!("{}y{}", "(x OR ".repeat(17), ")".repeat(17))),
            Err(QueryError::TooDeep)
        );
        assert!(parse(&"x ".repeat(100)).is_ok());
        assert_eq!(
            parse("title:x").unwrap(),
            word("title:x"),
            "unknown fields are words"
        );
        assert_eq!(
            parse("url:https://"),
            Err(QueryError::BadUrl("https://".into()))
        );
        assert_eq!(
            parse("ftp://example.com/x").unwrap(),
            word("ftp://example.com/x"),
            "only web addresses are looked up"
        );
    }

    #[test]
    fn a_pasted_address_is_the_url_field_in_canonical_form() {
        let url = |value: &str| Expr::Field {
            field: Field::Url,
            value: value.into(),
        };
        assert_eq!(
            parse("https://www.Example.com/2025/story/?utm_source=x#top").unwrap(),
            url("https://example.com/2025/story")
        );
        assert_eq!(
            parse("url:example.com/a meta").unwrap(),
            Expr::And(vec![url("https://example.com/a"), word("meta")])
        );
    }
}
