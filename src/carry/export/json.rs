//! The whole notebook as one JSON document that `clipline import-notebook` reads back
//! without loss: every user table's rows with their ids (see `store::dump`).
//!
//! ```json
//! {"format": "clipline-notebook", "version": 1, "schema": 20261128140000,
//!  "exported_at": "2026-11-28T17:00:00Z",
//!  "tables": {"articles": {"columns": ["id", "url", ...], "rows": [[1, "https://...", ...]]}}}
//! ```

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use tokio::io::{AsyncWrite, AsyncWriteExt};

use crate::store::dump::TableRows;

/// The `format` field that marks a Clipline notebook export.
pub const FORMAT: &str = "clipline-notebook";
/// The document version this Clipline writes and reads.
pub const VERSION: u32 = 1;

/// A whole notebook, table by table.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct NotebookDump {
    pub format: String,
    pub version: u32,
    /// The newest schema migration of the notebook that wrote it.
    pub schema: i64,
    pub exported_at: String,
    pub tables: BTreeMap<String, TableRows>,
}

/// Why a file is not a notebook this Clipline can import.
#[derive(Debug, thiserror::Error)]
pub enum DumpError {
    #[error("This JSON file is not a Clipline notebook export.")]
    NotNotebook,
    #[error("This notebook export is version {0}; this Clipline reads version 1. Update Clipline.")]
    Version(u32),
}

/// Writes the document a piece at a time, so that a notebook of any size is exported in
/// the memory of one row: the header, then each table's columns and its rows one by one,
/// one row to a line. What it writes is what [`parse`] reads (tested against it).
///
/// Written by hand over serde_json rather than serialized whole: serde has no streaming
/// serializer for a map whose values arrive from a database cursor, and building the
/// `NotebookDump` first held every row at once (4.2 GB for 100,000 articles).
pub struct Writer<W> {
    out: W,
    /// Tables begun so far (a comma goes before each after the first).
    tables: usize,
    /// Rows of the current table so far.
    rows: usize,
    /// Bytes written.
    bytes: u64,
}

impl<W: AsyncWrite + Unpin> Writer<W> {
    /// Begin the document: its format, version, schema and time of export.
    pub async fn begin(mut out: W, schema: i64, exported_at: &str) -> std::io::Result<Self> {
        let head = format!(
            "{{\n  \"format\": {},\n  \"version\": {VERSION},\n  \"schema\": {schema},\n  \"exported_at\": {},\n  \"tables\": {{",
            json_string(FORMAT),
            json_string(exported_at)
        );
        out.write_all(head.as_bytes()).await?;
        Ok(Writer {
            out,
            tables: 0,
            rows: 0,
            bytes: head.len() as u64,
        })
    }

    /// Begin a table with its column names (ending the one before).
    pub async fn table(&mut self, name: &str, columns: &[String]) -> std::io::Result<()> {
        let mut text = String::new();
        if self.tables > 0 {
            text.push_str(&self.table_end());
            text.push(',');
        }
        let columns = serde_json::to_string(columns).map_err(std::io::Error::other)?;
        text.push_str(&format!(
            "\n    {}: {{\n      \"columns\": {columns},\n      \"rows\": [",
            json_string(name)
        ));
        self.tables += 1;
        self.rows = 0;
        self.put(text.as_bytes()).await
    }

    /// One row of the current table.
    pub async fn row(&mut self, values: &[Value]) -> std::io::Result<()> {
        let mut line = Vec::with_capacity(256);
        line.extend_from_slice(if self.rows == 0 { b"\n" } else { b",\n" });
        line.extend_from_slice(b"        ");
        serde_json::to_writer(&mut line, values).map_err(std::io::Error::other)?;
        self.rows += 1;
        self.put(&line).await
    }

    /// End the document, flush it, and give back the number of bytes written.
    pub async fn finish(mut self) -> std::io::Result<u64> {
        let mut text = if self.tables > 0 {
            self.table_end()
        } else {
            String::new()
        };
        text.push_str("\n  }\n}\n");
        self.put(text.as_bytes()).await?;
        self.out.flush().await?;
        Ok(self.bytes)
    }

    /// What closes the current table's rows and the table.
    fn table_end(&self) -> String {
        let rows_end = if self.rows == 0 { "]" } else { "\n      ]" };
        format!("{rows_end}\n    }}")
    }

    async fn put(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        self.out.write_all(bytes).await?;
        self.bytes += bytes.len() as u64;
        Ok(())
    }
}

/// One piece of a notebook export, in the order the file holds them (see [`read_pieces`]).
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    /// The fields before the tables, as far as they are there (checked by the reader of
    /// the pieces, who says what is wrong with them).
    Header {
        format: Option<String>,
        version: Option<u64>,
        schema: Option<i64>,
    },
    /// A table begins: its name and its columns.
    Table { name: String, columns: Vec<String> },
    /// A row of the table begun last.
    Row(Vec<Value>),
}

/// Read a notebook export from `input` a piece at a time, in file order, handing each to
/// `sink`, which stops the reading by returning false: a file of any size is read in the
/// memory of one row. `Header` is handed over when the tables begin, with the fields read
/// so far (this Clipline and every earlier one write them first), and again at the end
/// with all of them when one came after the tables (a file whose keys were sorted) or
/// there were no tables. Errs with serde_json's message on a file
/// that is not JSON, is cut short, or has a table without its columns before its rows;
/// "stopped" when the sink stopped it.
///
/// A serde visitor over the stream, by hand: serde_json reads a document whole unless
/// its visitor takes each value as it comes.
pub fn read_pieces(
    input: impl std::io::Read,
    sink: impl FnMut(Piece) -> bool,
) -> Result<(), String> {
    let mut sink = sink;
    let mut de = serde_json::Deserializer::from_reader(input);
    serde::de::DeserializeSeed::deserialize(Document(&mut sink), &mut de)
        .and_then(|()| de.end())
        .map_err(|e| e.to_string())
}

/// The seeds and visitors of `read_pieces`: the document, its tables, one table, its rows.
struct Document<'s, F>(&'s mut F);
struct Tables<'s, F>(&'s mut F);
struct Table<'s, F>(&'s mut F, String);
struct Rows<'s, F>(&'s mut F);

/// Hand `piece` to the sink; an error that ends the reading when it says stop.
fn hand<F: FnMut(Piece) -> bool, E: serde::de::Error>(sink: &mut F, piece: Piece) -> Result<(), E> {
    if sink(piece) {
        Ok(())
    } else {
        Err(E::custom("stopped"))
    }
}

impl<'de, F: FnMut(Piece) -> bool> serde::de::DeserializeSeed<'de> for Document<'_, F> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de, F: FnMut(Piece) -> bool> serde::de::Visitor<'de> for Document<'_, F> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a Clipline notebook export")
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let (mut format, mut version, mut schema) = (None, None, None);
        // Whether a header went out, and whether a field came after it.
        let (mut header_handed, mut late) = (false, false);
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "format" => format = map.next_value::<Value>()?.as_str().map(str::to_string),
                "version" => version = map.next_value::<Value>()?.as_u64(),
                "schema" => schema = map.next_value::<Value>()?.as_i64(),
                "tables" if !header_handed => {
                    header_handed = true;
                    let header = Piece::Header {
                        format: format.clone(),
                        version,
                        schema,
                    };
                    hand(self.0, header)?;
                    map.next_value_seed(Tables(&mut *self.0))?;
                    continue;
                }
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                    continue;
                }
            }
            late |= header_handed;
        }
        if !header_handed || late {
            hand(
                self.0,
                Piece::Header {
                    format,
                    version,
                    schema,
                },
            )?;
        }
        Ok(())
    }
}

impl<'de, F: FnMut(Piece) -> bool> serde::de::DeserializeSeed<'de> for Tables<'_, F> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de, F: FnMut(Piece) -> bool> serde::de::Visitor<'de> for Tables<'_, F> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("the tables of a notebook export")
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(name) = map.next_key::<String>()? {
            map.next_value_seed(Table(&mut *self.0, name))?;
        }
        Ok(())
    }
}

impl<'de, F: FnMut(Piece) -> bool> serde::de::DeserializeSeed<'de> for Table<'_, F> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de, F: FnMut(Piece) -> bool> serde::de::Visitor<'de> for Table<'_, F> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "the columns and rows of the table \"{}\"", self.1)
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let Table(sink, name) = self;
        let mut begun = false;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "columns" if !begun => {
                    let columns = map.next_value::<Vec<String>>()?;
                    begun = true;
                    hand(
                        sink,
                        Piece::Table {
                            name: name.clone(),
                            columns,
                        },
                    )?;
                }
                "rows" if begun => map.next_value_seed(Rows(&mut *sink))?,
                "rows" => {
                    return Err(serde::de::Error::custom(format!(
                        "the rows of the table \"{name}\" come before its columns"
                    )));
                }
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        if !begun {
            return Err(serde::de::Error::custom(format!(
                "the table \"{name}\" has no columns"
            )));
        }
        Ok(())
    }
}

impl<'de, F: FnMut(Piece) -> bool> serde::de::DeserializeSeed<'de> for Rows<'_, F> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de, F: FnMut(Piece) -> bool> serde::de::Visitor<'de> for Rows<'_, F> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a list of rows")
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(row) = seq.next_element::<Vec<Value>>()? {
            hand(self.0, Piece::Row(row))?;
        }
        Ok(())
    }
}

/// `text` as a JSON string literal.
fn json_string(text: &str) -> String {
    Value::from(text).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every piece `read_pieces` hands over for `text`, and its outcome.
    fn pieces(text: &str) -> (Vec<Piece>, Result<(), String>) {
        let mut got = Vec::new();
        let outcome = read_pieces(text.as_bytes(), |p| {
            got.push(p);
            true
        });
        (got, outcome)
    }

    #[test]
    fn an_export_is_read_a_piece_at_a_time_in_file_order() {
        // As serde wrote it whole (earlier Clipline): pretty, tables in alphabetical order.
        let mut tables = BTreeMap::new();
        tables.insert(
            "tags".to_string(),
            TableRows {
                columns: vec!["id".into(), "name".into()],
                rows: vec![vec![Value::from(1), Value::from("chips")]],
            },
        );
        tables.insert("notes".to_string(), TableRows::default());
        let dump = NotebookDump {
            format: FORMAT.into(),
            version: VERSION,
            schema: 5,
            exported_at: "2026-01-01T00:00:00Z".into(),
            tables,
        };
        let (got, outcome) = pieces(&serde_json::to_string_pretty(&dump).unwrap());
        assert_eq!(outcome, Ok(()));
        assert_eq!(
            got,
            [
                Piece::Header {
                    format: Some(FORMAT.into()),
                    version: Some(1),
                    schema: Some(5)
                },
                Piece::Table {
                    name: "notes".into(),
                    columns: vec![]
                },
                Piece::Table {
                    name: "tags".into(),
                    columns: vec!["id".into(), "name".into()]
                },
                Piece::Row(vec![Value::from(1), Value::from("chips")]),
            ]
        );
        // Keys sorted (`jq -S`): what came before the tables, then the whole header.
        let sorted = r#"{"format": "clipline-notebook", "schema": 5, "tables": {}, "version": 1}"#;
        let (got, outcome) = pieces(sorted);
        assert_eq!(outcome, Ok(()));
        assert_eq!(
            got,
            [
                Piece::Header {
                    format: Some(FORMAT.into()),
                    version: None,
                    schema: Some(5)
                },
                Piece::Header {
                    format: Some(FORMAT.into()),
                    version: Some(1),
                    schema: Some(5)
                },
            ]
        );
        // Other JSON: a header with nothing in it, for the loader to refuse.
        let (got, outcome) = pieces(r#"{"items": [1, 2], "format": 3}"#);
        assert_eq!(outcome, Ok(()));
        assert_eq!(
            got,
            [Piece::Header {
                format: None,
                version: None,
                schema: None
            }]
        );
    }

    #[tokio::test]
    async fn numbers_come_back_to_the_last_bit() {
        // Values an analysis stored (a mention's salience, an amount) that serde_json's
        // default, quicker float parsing read back one bit off.
        let floats = [
            0.45150795744306693,
            1080000000000.0001,
            0.1 + 0.2,
            f64::MIN_POSITIVE,
        ];
        let mut out = Vec::new();
        let mut w = Writer::begin(&mut out, 1, "x").await.unwrap();
        w.table("mentions", &["salience".into()]).await.unwrap();
        for f in floats {
            w.row(&[Value::from(f)]).await.unwrap();
        }
        w.finish().await.unwrap();
        let (got, outcome) = pieces(std::str::from_utf8(&out).unwrap());
        assert_eq!(outcome, Ok(()));
        let read: Vec<f64> = got
            .iter()
            .filter_map(|p| match p {
                Piece::Row(v) => v[0].as_f64(),
                _ => None,
            })
            .collect();
        assert_eq!(read.len(), floats.len());
        for (a, b) in floats.iter().zip(&read) {
            assert_eq!(a.to_bits(), b.to_bits(), "{a} came back as {b}");
        }
    }

    #[test]
    fn a_broken_file_ends_the_reading_with_an_error() {
        let whole = r#"{"format": "clipline-notebook", "version": 1, "schema": 1, "tables": {"tags": {"columns": ["id"], "rows": [[1], [2]]}}}"#;
        assert_eq!(pieces(whole).1, Ok(()));
        let cut = &whole[..whole.find("[2]").unwrap()];
        let (got, outcome) = pieces(cut);
        assert!(outcome.unwrap_err().contains("EOF"), "a file cut short");
        assert_eq!(
            got.last(),
            Some(&Piece::Row(vec![Value::from(1)])),
            "what came before was handed over"
        );
        assert!(pieces("not json").1.is_err());
        assert!(pieces(&format!("{whole} trailing")).1.is_err());
        let rows_first = r#"{"format": "clipline-notebook", "tables": {"tags": {"rows": [[1]], "columns": ["id"]}}}"#;
        assert!(
            pieces(rows_first)
                .1
                .unwrap_err()
                .contains("before its columns")
        );
        let no_columns = r#"{"format": "clipline-notebook", "tables": {"tags": {}}}"#;
        assert!(pieces(no_columns).1.unwrap_err().contains("no columns"));
        // The sink stops the reading.
        let mut seen = 0;
        let stopped = read_pieces(whole.as_bytes(), |_| {
            seen += 1;
            seen < 3
        });
        assert!(stopped.unwrap_err().contains("stopped"));
        assert_eq!(seen, 3);
    }

    #[tokio::test]
    async fn the_written_document_is_a_notebook_dump() {
        let mut out = Vec::new();
        let mut w = Writer::begin(&mut out, 7, "2026-12-07T04:00:00Z")
            .await
            .unwrap();
        w.table("sources", &["id".into(), "name".into()])
            .await
            .unwrap();
        w.row(&[Value::from(1), Value::from("Le \"Monde\"\n")])
            .await
            .unwrap();
        w.row(&[Value::from(2), Value::Null]).await.unwrap();
        w.table("tags", &["id".into()]).await.unwrap();
        w.table("notes", &["id".into(), "body".into()])
            .await
            .unwrap();
        w.row(&[Value::from(3), Value::from("ünïcödé – ok")])
            .await
            .unwrap();
        let bytes = w.finish().await.unwrap();
        assert_eq!(bytes, out.len() as u64);
        let text = String::from_utf8(out).unwrap();
        let dump: NotebookDump = serde_json::from_str(&text).unwrap();
        assert_eq!(
            (dump.schema, dump.exported_at.as_str()),
            (7, "2026-12-07T04:00:00Z")
        );
        assert_eq!(dump.tables.len(), 3);
        assert_eq!(
            dump.tables["sources"].rows,
            vec![
                vec![Value::from(1), Value::from("Le \"Monde\"\n")],
                vec![Value::from(2), Value::Null]
            ]
        );
        assert!(dump.tables["tags"].rows.is_empty());
        assert_eq!(dump.tables["notes"].columns, ["id", "body"]);
        // One row to a line.
        assert!(text.contains("\n        [2,null]"), "{text}");
        // No table at all is still a document.
        let mut empty = Vec::new();
        Writer::begin(&mut empty, 1, "x")
            .await
            .unwrap()
            .finish()
            .await
            .unwrap();
        let empty: NotebookDump = serde_json::from_slice(&empty).unwrap();
        assert!(empty.tables.is_empty());
    }
}
