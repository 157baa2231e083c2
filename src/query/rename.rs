//! Rewriting a name inside saved query text: when a tag is renamed, the themes and saved
//! searches that ask for `tag:old` are to ask for the new name, as written by the user
//! otherwise (their words, spacing and the other fields stay exactly as they were).

use super::Field;
use super::parse::field_values;

/// `query` with every `field:` value that names `from` (in any case) written as `to`;
/// `None` when no value does, when `query` cannot be parsed, or when `to` cannot be
/// written in the language (a name holding `"`).
pub fn rename_value(query: &str, field: Field, from: &str, to: &str) -> Option<String> {
    if to.contains('"') || to.trim().is_empty() {
        return None;
    }
    let from = from.to_lowercase();
    let places: Vec<_> = field_values(query)
        .ok()?
        .into_iter()
        .filter(|(f, value, _)| *f == field && value.to_lowercase() == from)
        .map(|(_, _, at)| at)
        .collect();
    if places.is_empty() {
        return None;
    }
    // Quoted unless it reads as one word: `tag:"EU rules"`, `tag:ai`.
    let written = if to
        .chars()
        .any(|c| c.is_whitespace() || matches!(c, '(' | ')'))
    {
        format!("\"{to}\"")
    } else {
        to.to_string()
    };
    let mut out = String::with_capacity(query.len() + places.len() * written.len());
    let mut copied = 0;
    for at in places {
        out.push_str(&query[copied..at.start]);
        out.push_str(&written);
        copied = at.end;
    }
    out.push_str(&query[copied..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::{Expr, parse};

    fn tag(value: &str) -> Expr {
        Expr::Field {
            field: Field::Tag,
            value: value.into(),
        }
    }

    #[test]
    fn every_mention_of_the_tag_is_renamed_and_the_rest_kept_as_written() {
        let query = r#"(tag:AI  OR  tag:"ai") -TAG:ai   capex "tag:ai" theme:ai entity:ai"#;
        let renamed = rename_value(query, Field::Tag, "ai", "Artificial intelligence").unwrap();
        assert_eq!(
            renamed,
            r#"(tag:"Artificial intelligence"  OR  tag:"Artificial intelligence") -TAG:"Artificial intelligence"   capex "tag:ai" theme:ai entity:ai"#,
            "a phrase, a theme and an entity of that name are not the tag"
        );
        let Expr::And(items) = parse(&renamed).unwrap() else {
            panic!("an AND")
        };
        assert_eq!(
            items[0],
            Expr::Or(vec![
                tag("Artificial intelligence"),
                tag("Artificial intelligence")
            ])
        );
    }

    #[test]
    fn names_beyond_ascii_match_in_any_case_and_one_word_stays_unquoted() {
        assert_eq!(
            rename_value(
                "tag:ØKONOMI after:2025-01-01",
                Field::Tag,
                "økonomi",
                "economy"
            )
            .as_deref(),
            Some("tag:economy after:2025-01-01")
        );
        assert_eq!(
            rename_value(r#"tag:"EU   rules""#, Field::Tag, "eu rules", "eu-rules").as_deref(),
            Some("tag:eu-rules"),
            "a quoted value is read with its spaces collapsed"
        );
        assert_eq!(
            rename_value("tag:ai", Field::Tag, "ai", "AI(general)").as_deref(),
            Some(r#"tag:"AI(general)""#),
            "unquoted, a parenthesis would end the value"
        );
    }

    #[test]
    fn nothing_to_rename_or_no_way_to_write_it_gives_none() {
        assert_eq!(rename_value("tag:energy", Field::Tag, "ai", "x"), None);
        assert_eq!(rename_value("tag:ai \"open", Field::Tag, "ai", "x"), None);
        assert_eq!(rename_value("tag:ai", Field::Tag, "ai", "say \"hi\""), None);
        assert_eq!(rename_value("tag:ai", Field::Tag, "ai", "  "), None);
    }
}
