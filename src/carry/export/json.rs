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

/// The document as pretty JSON.
pub fn render(dump: &NotebookDump) -> String {
    serde_json::to_string_pretty(dump).unwrap_or_default()
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
