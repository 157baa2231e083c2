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
    #[error("This file is not JSON: {0}.")]
    NotJson(String),
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

/// `text` as a JSON string literal.
fn json_string(text: &str) -> String {
    Value::from(text).to_string()
}

/// Parse a notebook export, refusing other JSON and newer versions.
pub fn parse(text: &str) -> Result<NotebookDump, DumpError> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| DumpError::NotJson(e.to_string()))?;
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(DumpError::NotNotebook);
    }
    let dump: NotebookDump = serde_json::from_value(value).map_err(|_| DumpError::NotNotebook)?;
    if dump.version != VERSION {
        return Err(DumpError::Version(dump.version));
    }
    Ok(dump)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_written_document_is_what_parse_reads() {
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
        let dump = parse(&text).unwrap();
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
        assert!(
            parse(std::str::from_utf8(&empty).unwrap())
                .unwrap()
                .tables
                .is_empty()
        );
    }

    #[test]
    fn other_json_and_newer_versions_are_refused() {
        assert!(matches!(parse("{]"), Err(DumpError::NotJson(_))));
        assert!(matches!(
            parse(r#"{"items": []}"#),
            Err(DumpError::NotNotebook)
        ));
        let newer =
            r#"{"format":"clipline-notebook","version":2,"schema":1,"exported_at":"","tables":{}}"#;
        assert!(matches!(parse(newer), Err(DumpError::Version(2))));
        let ok =
            r#"{"format":"clipline-notebook","version":1,"schema":1,"exported_at":"","tables":{}}"#;
        assert!(parse(ok).is_ok());
    }
}
