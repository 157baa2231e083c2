//! The query language shared by search, saved searches and themes (DESIGN.md §5).
//!
//! This first version understands words, "quoted phrases", `prefix*`, `OR` and `-negation`
//! and compiles them into a safe FTS5 MATCH expression: every user word is quoted, so no
//! input can inject FTS5 syntax. Fields (`entity:`, `tag:`, `after:`) come with the analysis.

/// Why a query could not be understood.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum QueryError {
    #[error("The search is empty: type a word to look for.")]
    Empty,
    #[error("A search needs at least one word to look for, not only words to exclude.")]
    OnlyNegations,
    #[error("A quotation mark is not closed in the search.")]
    UnclosedQuote,
}

#[derive(Debug, PartialEq)]
enum Term {
    Word {
        text: String,
        prefix: bool,
        negated: bool,
    },
    Or,
}

/// Compile a user query into an FTS5 MATCH expression.
///
/// `meta "capital expenditure" -rumour ai*` becomes
/// `"meta" AND "capital expenditure" AND "ai"* NOT "rumour"`. Errs when nothing positive is
/// left to search for or a quote is left open.
pub fn to_fts(query: &str) -> Result<String, QueryError> {
    let terms = lex(query)?;
    let mut positive: Vec<String> = Vec::new();
    let mut negative: Vec<String> = Vec::new();
    let mut pending_or = false;
    for term in terms {
        match term {
            Term::Or => pending_or = !positive.is_empty(),
            Term::Word {
                text,
                prefix,
                negated,
            } => {
                let quoted = format!(
                    "\"{}\"{}",
                    text.replace('"', "\"\""),
                    if prefix { "*" } else { "" }
                );
                if negated {
                    negative.push(quoted);
                } else if pending_or {
                    let last = positive.pop().unwrap_or_default();
                    positive.push(format!("{last} OR {quoted}"));
                    pending_or = false;
                } else {
                    positive.push(quoted);
                }
            }
        }
    }
    if positive.is_empty() {
        return Err(if negative.is_empty() {
            QueryError::Empty
        } else {
            QueryError::OnlyNegations
        });
    }
    let mut out = positive
        .iter()
        .map(|p| {
            if p.contains(" OR ") {
                format!("({p})")
            } else {
                p.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(" AND ");
    for n in negative {
        out.push_str(" NOT ");
        out.push_str(&n);
    }
    Ok(out)
}

/// Split a query into words, phrases and `OR`s.
fn lex(query: &str) -> Result<Vec<Term>, QueryError> {
    let mut terms = Vec::new();
    let mut chars = query.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            continue;
        }
        let negated = c == '-';
        if negated {
            chars.next();
        }
        if chars.peek() == Some(&'"') {
            chars.next();
            let mut phrase = String::new();
            let mut closed = false;
            for ch in chars.by_ref() {
                if ch == '"' {
                    closed = true;
                    break;
                }
                phrase.push(ch);
            }
            if !closed {
                return Err(QueryError::UnclosedQuote);
            }
            let text = phrase.split_whitespace().collect::<Vec<_>>().join(" ");
            if !text.is_empty() {
                terms.push(Term::Word {
                    text,
                    prefix: false,
                    negated,
                });
            }
            continue;
        }
        let mut word = String::new();
        while let Some(&ch) = chars.peek() {
            if ch.is_whitespace() || ch == '"' {
                break;
            }
            word.push(ch);
            chars.next();
        }
        if word == "OR" && !negated {
            terms.push(Term::Or);
            continue;
        }
        let prefix = word.ends_with('*');
        // Keep letters, digits and inner punctuation that the tokenizer splits anyway.
        let text: String = word
            .trim_end_matches('*')
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_string();
        if !text.is_empty() {
            terms.push(Term::Word {
                text,
                prefix,
                negated,
            });
        }
    }
    Ok(terms)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_phrases_prefix_or_and_negation_compile_to_quoted_fts() {
        let cases = [
            ("meta", "\"meta\""),
            ("meta ai", "\"meta\" AND \"ai\""),
            ("\"capital  expenditure\"", "\"capital expenditure\""),
            ("gigawatt*", "\"gigawatt\"*"),
            ("meta OR google ai", "(\"meta\" OR \"google\") AND \"ai\""),
            ("meta -rumour", "\"meta\" NOT \"rumour\""),
            ("NEAR(a b) col:x", "\"NEAR(a\" AND \"b\" AND \"col:x\""),
        ];
        for (input, want) in cases {
            assert_eq!(to_fts(input).unwrap(), want, "query {input:?}");
        }
    }

    #[test]
    fn queries_with_nothing_to_find_are_refused() {
        assert_eq!(to_fts("   "), Err(QueryError::Empty));
        assert_eq!(to_fts("-meta"), Err(QueryError::OnlyNegations));
        assert_eq!(to_fts("\"open"), Err(QueryError::UnclosedQuote));
        assert_eq!(to_fts("*** !!"), Err(QueryError::Empty));
    }
}
