//! Rewriting a name inside saved query text: when a tag is renamed, the themes and saved
//! searches that ask for `tag:old` are to ask for the new name, as written by the user
//! otherwise (their words, spacing and the other fields stay exactly as they were).

use super::Field;
use super::parse::field_values;

/// Where `query` asks for `name` (in any case) in a `field:` value, in order; none when the
/// query cannot be parsed (a query saved by an earlier release).
fn places(query: &str, field: Field, name: &str) -> Vec<std::ops::Range<usize>> {
    let name = name.to_lowercase();
    field_values(query)
        .unwrap_or_default()
        .into_iter()
        .filter(|(f, value, _)| *f == field && value.to_lowercase() == name)
        .map(|(_, _, at)| at)
        .collect()
}

/// Whether `query` asks for `name` (in any case) in a `field:` value.
pub fn asks_for(query: &str, field: Field, name: &str) -> bool {
    !places(query, field, name).is_empty()
}

/// The query asks for the old name, and the new one cannot be written in the language (a
/// name holding `"`, or none at all).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unwritable;

/// `query` with every `field:` value that names `from` (in any case) written as `to`;
/// `None` when no value does, or when `query` cannot be parsed (a query saved by an
/// earlier release). `Unwritable` when one does but `to` cannot be written in a query.
pub fn rename_value(
    query: &str,
    field: Field,
    from: &str,
    to: &str,
) -> Result<Option<String>, Unwritable> {
    let places = places(query, field, from);
    if places.is_empty() {
        return Ok(None);
    }
    if to.contains('"') || to.trim().is_empty() {
        return Err(Unwritable);
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
    Ok(Some(out))
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
        let renamed = rename_value(query, Field::Tag, "ai", "Artificial intelligence")
            .unwrap()
            .unwrap();
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
            ),
            Ok(Some("tag:economy after:2025-01-01".into()))
        );
        assert_eq!(
            rename_value(r#"tag:"EU   rules""#, Field::Tag, "eu rules", "eu-rules"),
            Ok(Some("tag:eu-rules".into())),
            "a quoted value is read with its spaces collapsed"
        );
        assert_eq!(
            rename_value("tag:ai", Field::Tag, "ai", "AI(general)"),
            Ok(Some(r#"tag:"AI(general)""#.into())),
            "unquoted, a parenthesis would end the value"
        );
    }

    #[test]
    fn a_query_asks_for_a_tag_in_a_field_only() {
        assert!(asks_for("-tag:AI capex", Field::Tag, "ai"));
        assert!(!asks_for("\"tag:ai\" theme:ai", Field::Tag, "ai"));
        assert!(!asks_for("tag:ai \"open", Field::Tag, "ai"), "unparsed");
    }

    #[test]
    fn nothing_to_rename_gives_none_and_a_name_no_query_can_write_is_told() {
        assert_eq!(rename_value("tag:energy", Field::Tag, "ai", "x"), Ok(None));
        assert_eq!(
            rename_value("tag:ai \"open", Field::Tag, "ai", "x"),
            Ok(None)
        );
        assert_eq!(
            rename_value("tag:energy", Field::Tag, "ai", "say \"hi\""),
            Ok(None),
            "no query asks for it: any name will do"
        );
        assert_eq!(
            rename_value("tag:ai", Field::Tag, "ai", "say \"hi\""),
            Err(Unwritable)
        );
        assert_eq!(
            rename_value("tag:ai", Field::Tag, "ai", "  "),
            Err(Unwritable)
        );
    }
}
