//! Reading a Python literal (`repr` of a dict) into JSON. Some WCXB ground-truth files
//! store `ground_truth` as a string holding `{'title': 'x', 'author': None, ...}` instead
//! of a JSON object; this turns that string back into the object.
//!
//! Covers what `repr` writes for dicts, lists, tuples, strings, numbers, `None`, `True`
//! and `False`; anything else is an error naming the offset.

use serde_json::{Map, Number, Value};

/// Parse one Python literal. Errs with a short description and the byte offset of the
/// first thing that is not a literal, or of trailing text after it.
pub fn parse_python_literal(text: &str) -> Result<Value, String> {
    let mut p = Parser { s: text, i: 0 };
    let value = p.value()?;
    p.skip_ws();
    if p.i != text.len() {
        return Err(format!("unexpected text at offset {}", p.i));
    }
    Ok(value)
}

struct Parser<'a> {
    s: &'a str,
    i: usize,
}

impl Parser<'_> {
    fn rest(&self) -> &str {
        &self.s[self.i..]
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    fn skip_ws(&mut self) {
        let trimmed = self.rest().trim_start();
        self.i = self.s.len() - trimmed.len();
    }

    fn fail<T>(&self, what: &str) -> Result<T, String> {
        Err(format!("{what} at offset {}", self.i))
    }

    fn value(&mut self) -> Result<Value, String> {
        self.skip_ws();
        match self.peek() {
            Some('{') => self.dict(),
            Some('[') => self.list(']'),
            Some('(') => self.list(')'),
            Some('\'' | '"') => self.string().map(Value::String),
            Some(c) if c.is_ascii_digit() || c == '-' || c == '+' || c == '.' => self.number(),
            Some(_) => self.word(),
            None => self.fail("unexpected end"),
        }
    }

    fn word(&mut self) -> Result<Value, String> {
        for (word, value) in [
            ("None", Value::Null),
            ("True", Value::Bool(true)),
            ("False", Value::Bool(false)),
        ] {
            if self.rest().starts_with(word) {
                self.i += word.len();
                return Ok(value);
            }
        }
        self.fail("not a Python literal")
    }

    fn number(&mut self) -> Result<Value, String> {
        let len = self
            .rest()
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '+' | '_')))
            .unwrap_or(self.rest().len());
        let raw = self.rest()[..len].replace('_', "");
        let number = raw
            .parse::<i64>()
            .map(Number::from)
            .ok()
            .or_else(|| raw.parse::<f64>().ok().and_then(Number::from_f64));
        match number {
            Some(n) => {
                self.i += len;
                Ok(Value::Number(n))
            }
            None => self.fail("bad number"),
        }
    }

    fn list(&mut self, close: char) -> Result<Value, String> {
        self.i += 1;
        let mut items = Vec::new();
        loop {
            self.skip_ws();
            if self.peek() == Some(close) {
                self.i += 1;
                return Ok(Value::Array(items));
            }
            items.push(self.value()?);
            self.skip_ws();
            match self.peek() {
                Some(',') => self.i += 1,
                Some(c) if c == close => {}
                _ => return self.fail("expected ',' or the end of the list"),
            }
        }
    }

    fn dict(&mut self) -> Result<Value, String> {
        self.i += 1;
        let mut map = Map::new();
        loop {
            self.skip_ws();
            if self.peek() == Some('}') {
                self.i += 1;
                return Ok(Value::Object(map));
            }
            let key = match self.value()? {
                Value::String(s) => s,
                other => other.to_string(),
            };
            self.skip_ws();
            if self.peek() != Some(':') {
                return self.fail("expected ':'");
            }
            self.i += 1;
            let value = self.value()?;
            map.insert(key, value);
            self.skip_ws();
            match self.peek() {
                Some(',') => self.i += 1,
                Some('}') => {}
                _ => return self.fail("expected ',' or '}'"),
            }
        }
    }

    /// A quoted string with Python's escapes (`\n`, `\'`, `\xNN`, `\uNNNN`, `\UNNNNNNNN`).
    fn string(&mut self) -> Result<String, String> {
        let quote = self.peek().unwrap_or('\'');
        self.i += 1;
        let mut out = String::new();
        let mut chars = self.rest().char_indices();
        while let Some((at, c)) = chars.next() {
            match c {
                c if c == quote => {
                    self.i += at + 1;
                    return Ok(out);
                }
                '\\' => {
                    let Some((_, e)) = chars.next() else { break };
                    match e {
                        'n' => out.push('\n'),
                        't' => out.push('\t'),
                        'r' => out.push('\r'),
                        '0' => out.push('\0'),
                        'x' | 'u' | 'U' => {
                            let width = match e {
                                'x' => 2,
                                'u' => 4,
                                _ => 8,
                            };
                            let hex: String = chars.by_ref().take(width).map(|(_, h)| h).collect();
                            let code = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32);
                            match code {
                                Some(ch) => out.push(ch),
                                None => return self.fail("bad escape"),
                            }
                        }
                        '\n' => {}
                        other => {
                            // `\\`, `\'`, `\"` stand for themselves; Python keeps unknown
                            // escapes verbatim.
                            if !matches!(other, '\\' | '\'' | '"') {
                                out.push('\\');
                            }
                            out.push(other);
                        }
                    }
                }
                c => out.push(c),
            }
        }
        self.fail("unterminated string")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_a_ground_truth_repr() {
        let text = r#"{'title': "Mayor's \"plan\"", 'author': None, 'publish_date': '2024-03-01',
            'main_content': 'Line one\nLine two \u00e9\\', 'with': ['a', 'b',], 'n': (1, -2.5), 'ok': True}"#;
        assert_eq!(
            parse_python_literal(text).unwrap(),
            json!({
                "title": "Mayor's \"plan\"",
                "author": null,
                "publish_date": "2024-03-01",
                "main_content": "Line one\nLine two é\\",
                "with": ["a", "b"],
                "n": [1, -2.5],
                "ok": true
            })
        );
    }

    #[test]
    fn rejects_what_is_not_a_literal() {
        for bad in ["{'a': 1", "{'a' 1}", "'open", "{'a': nan}", "{} x"] {
            assert!(
                parse_python_literal(bad).is_err(),
                "{bad:?} should not parse"
            );
        }
    }
}
