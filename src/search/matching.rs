//! Whether one article's text holds a query's word or phrase, decided from the text in
//! hand instead of the full-text index.
//!
//! Analysing a new article scores it against every theme (issue 6). Asking FTS5 about one
//! row (`MATCH ? AND rowid = ?`) still reads the term's whole match list, which at 100,000
//! articles cost 0.4 ms per theme per article, a fifth of the import. The article's text
//! was just written, so it is read here with the tokenizer of `snippet`, which splits and
//! folds text as the index's `unicode61 remove_diacritics 2` does.
//!
//! Exactly as, not nearly as: SQLite's tokenizer carries its own, older Unicode tables,
//! so the two agree only on the characters of `agrees` (ASCII, Latin letters with their
//! accents, typographic punctuation, currency and letterlike symbols); a test holds every
//! one of them against the bundled SQLite. A term or a text with any other character gets
//! no answer (`None`) and is left to the index.

use super::snippet::Tokens;
use crate::query::Expr;
use crate::query::fold::fold;

/// The folded tokens of an article's columns, or nothing when a column holds a character
/// the two tokenizers might read differently.
pub struct ArticleText {
    /// Per column: its folded tokens, one after another in `folded`, as byte ranges.
    columns: Option<Vec<Vec<(usize, usize)>>>,
    folded: String,
}

impl ArticleText {
    /// Read the columns the full-text index holds (title, dek, byline, text, notes).
    pub fn read(columns: &[&str]) -> Self {
        let mut folded = String::new();
        if !columns.iter().all(|c| c.chars().all(agrees)) {
            return ArticleText {
                columns: None,
                folded,
            };
        }
        let columns = columns
            .iter()
            .map(|text| {
                Tokens::new(text)
                    .map(|(s, e)| {
                        let start = folded.len();
                        folded.push_str(&fold(&text[s..e]));
                        (start, folded.len())
                    })
                    .collect()
            })
            .collect();
        ArticleText {
            columns: Some(columns),
            folded,
        }
    }

    /// Whether the text holds `term` (a word, `word*` or a phrase) as `MATCH` would say:
    /// its tokens in a row within one column, the last one as a prefix for `word*`. `None`
    /// for any other expression, or when this text or the term cannot be decided here.
    pub fn holds(&self, term: &Expr) -> Option<bool> {
        let (text, prefix) = match term {
            Expr::Word { text, prefix } => (text, *prefix),
            Expr::Phrase(p) => (p, false),
            _ => return None,
        };
        let columns = self.columns.as_ref()?;
        if !text.chars().all(agrees) {
            return None;
        }
        let want: Vec<String> = Tokens::new(text).map(|(s, e)| fold(&text[s..e])).collect();
        if want.is_empty() {
            // FTS5 matches nothing for a term without tokens (`""`).
            return Some(false);
        }
        let n = want.len();
        let token = |span: &(usize, usize)| &self.folded[span.0..span.1];
        Some(columns.iter().any(|tokens| {
            tokens.windows(n).any(|w| {
                w.iter().zip(&want).enumerate().all(|(k, (span, wanted))| {
                    if prefix && k == n - 1 {
                        token(span).starts_with(wanted.as_str())
                    } else {
                        token(span) == wanted
                    }
                })
            })
        }))
    }
}

/// Whether SQLite's tokenizer splits and folds `c` as `snippet`'s does. Ranges of
/// characters news text is written in, less the few on which the tables differ (the micro
/// sign, long s, and Latin letters whose accent SQLite keeps: ǡ ǣ ǯ ǽ ǿ ẛ); combining
/// marks are left out whole, as SQLite drops only some of them.
fn agrees(c: char) -> bool {
    match c as u32 {
        0..=0x7F => true,
        0xB5 | 0x17F | 0x1E0..=0x1E3 | 0x1EE | 0x1EF | 0x1FC..=0x1FF | 0x1E9B => false,
        0xA0..=0x24F | 0x1E00..=0x1EFF | 0x2000..=0x2064 | 0x20A0..=0x20B9 | 0x2100..=0x2189 => {
            true
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::parse;
    use sqlx::{Connection, SqliteConnection};

    async fn index() -> SqliteConnection {
        let mut db = SqliteConnection::connect("sqlite::memory:").await.unwrap();
        for sql in [
            "CREATE VIRTUAL TABLE f USING fts5(a, b, tokenize = 'unicode61 remove_diacritics 2')",
            "CREATE VIRTUAL TABLE v USING fts5vocab(f, instance)",
        ] {
            sqlx::query(sql).execute(&mut db).await.unwrap();
        }
        db
    }

    /// Words of other scripts, and the Latin letters whose accent SQLite keeps, fold here
    /// as the index holds them (given their text through the view's letters): the
    /// planner's word counts, the unknown-word hints and the snippets rely on it.
    #[tokio::test]
    async fn words_of_any_script_fold_as_the_index_holds_them() {
        let mut db = index().await;
        let text =
            "Майкрософт ёлка Ελλάδα Ǿrsted Ørsted Zürich Zu\u{308}rich Straße ﬁnance Ħamrun Łódź";
        sqlx::query("INSERT INTO f (rowid, a, b) VALUES (1, ?1, '')")
            .bind(crate::query::fold::fold_letters(text).into_owned())
            .execute(&mut db)
            .await
            .unwrap();
        let held: Vec<String> = sqlx::query_scalar("SELECT term FROM v ORDER BY offset")
            .fetch_all(&mut db)
            .await
            .unwrap();
        let mine: Vec<String> = Tokens::new(text).map(|(s, e)| fold(&text[s..e])).collect();
        assert_eq!(mine, held);
    }

    /// Every character `agrees` admits is split and folded by SQLite exactly as here: put
    /// between two letters, it gives the same tokens in both.
    #[tokio::test]
    async fn every_admitted_character_tokenizes_as_the_index_tokenizes_it() {
        let mut db = index().await;
        let admitted: Vec<char> = (0x80..0x2200u32)
            .filter_map(char::from_u32)
            .filter(|c| agrees(*c))
            .collect();
        assert!(admitted.len() > 900, "{}", admitted.len());
        let mut tx = db.begin().await.unwrap();
        for c in &admitted {
            sqlx::query("INSERT INTO f (rowid, a, b) VALUES (?1, ?2, '')")
                .bind(*c as i64)
                // As the index is given it: through `articles_fts_source`, which folds the
                // letters of `query::fold::LETTERS` first.
                .bind(crate::query::fold::fold_letters(&format!("x{c}x")).into_owned())
                .execute(&mut *tx)
                .await
                .unwrap();
        }
        tx.commit().await.unwrap();
        let rows: Vec<(i64, String)> =
            sqlx::query_as("SELECT doc, term FROM v ORDER BY doc, offset")
                .fetch_all(&mut db)
                .await
                .unwrap();
        let mut differ = Vec::new();
        for c in admitted {
            let text = format!("x{c}x");
            let mine: Vec<String> = Tokens::new(&text).map(|(s, e)| fold(&text[s..e])).collect();
            let theirs: Vec<String> = rows
                .iter()
                .filter(|(doc, _)| *doc == c as i64)
                .map(|(_, t)| t.clone())
                .collect();
            if mine != theirs {
                differ.push(format!("U+{:04X} {mine:?} {theirs:?}", c as u32));
            }
        }
        assert!(differ.is_empty(), "{differ:#?}");
    }

    /// The answer for each term is the index's answer, over texts and terms with accents,
    /// case, hyphens, prefixes, phrases across and within columns.
    #[tokio::test]
    async fn terms_are_decided_as_match_decides_them() {
        let mut db = index().await;
        let texts = [
            ("Régulation des marchés", "Meta's AI capex rises"),
            (
                "Child-safety rules",
                "the EU's DIGITAL Services Act, in full",
            ),
            ("Cafe\u{301} owners", "prices at the café rose 3.5% — again"),
            ("Übernahme geplant", "“Quoted” words… and ½ measures"),
            ("", "capital expenditure"),
        ];
        let terms = [
            "regulation",
            "MARCHES",
            "meta",
            "\"meta's ai\"",
            "capex",
            "cap*",
            "capi*",
            "\"ai capex\"",
            "\"capex rises\"",
            "\"marches meta\"",
            "child",
            "\"child safety rules\"",
            "safety-rules",
            "services",
            "servic*",
            "\"digital services act\"",
            "cafe",
            "café",
            "caf*",
            "3",
            "\"3 5\"",
            "ubernahme",
            "quoted",
            "½",
            "\"in full\"",
            "expenditure",
            "rules",
            "x",
        ];
        let mut tx = db.begin().await.unwrap();
        for (id, (a, b)) in texts.iter().enumerate() {
            sqlx::query("INSERT INTO f (rowid, a, b) VALUES (?1, ?2, ?3)")
                .bind(id as i64 + 1)
                .bind(a)
                .bind(b)
                .execute(&mut *tx)
                .await
                .unwrap();
        }
        tx.commit().await.unwrap();
        let mut decided = 0;
        for (id, (a, b)) in texts.iter().enumerate() {
            let text = ArticleText::read(&[a, b]);
            for t in terms {
                let expr = parse(t).unwrap();
                let fts = crate::query::sql::fts_of(&expr).unwrap();
                let theirs: Option<i64> =
                    sqlx::query_scalar("SELECT rowid FROM f WHERE f MATCH ?1 AND rowid = ?2")
                        .bind(&fts)
                        .bind(id as i64 + 1)
                        .fetch_optional(&mut db)
                        .await
                        .unwrap();
                let mine = text.holds(&expr);
                if let Some(mine) = mine {
                    decided += 1;
                    assert_eq!(mine, theirs.is_some(), "{t:?} in {a:?} / {b:?}");
                }
            }
        }
        assert!(decided >= 100, "{decided}");
        // A term with a character outside the agreed ones, or such a text, is undecided.
        let text = ArticleText::read(&["Tokyo", "東京 markets"]);
        assert_eq!(text.holds(&parse("markets").unwrap()), None);
        let text = ArticleText::read(&["Tokyo", "markets"]);
        assert_eq!(text.holds(&parse("東京").unwrap()), None);
        let no_tokens = Expr::Word {
            text: "-".into(),
            prefix: false,
        };
        assert_eq!(text.holds(&no_tokens), Some(false));
        assert_eq!(text.holds(&parse("tag:x").unwrap()), None);
    }
}
