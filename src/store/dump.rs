//! The whole notebook as plain rows, and back: the store side of the lossless JSON export
//! (`carry::export::json`) and of `clipline import-notebook`.
//!
//! Every user table is read column by column with its declared type (INTEGER, REAL, TEXT,
//! BLOB; blobs as lower-case hex), so a dump loaded into an empty notebook gives the same
//! rows with the same ids. Derived tables (the FTS index) are rebuilt by the schema's
//! triggers. The settings travel (the user's preferences, the names they dismissed from
//! the entity suggestions) except the ones that belong to one file: the server token and
//! the count of entity edits.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use sqlx::{AssertSqlSafe, Row, SqliteConnection};

use super::StoreError;

/// The tables a dump carries, in an order that inserts parents before children.
pub const TABLES: &[&str] = &[
    "sources",
    "stories",
    "captures",
    "articles",
    "article_html",
    "article_bands",
    "article_copies",
    "notes",
    "highlights",
    "tags",
    "article_tags",
    "entities",
    "entity_aliases",
    "mentions",
    "themes",
    "article_themes",
    "events",
    "event_entities",
    "feeds",
    "feed_tags",
    "feed_themes",
    "feed_items",
    "memos",
    "saved_searches",
    "settings",
    "retired_ids",
];

/// The `settings` keys a dump never carries: the loopback server's token (a file's own
/// secret; one loaded from a file would let its author in) and the count of entity edits
/// (the loaded rows count their own).
const FILE_SETTINGS: [&str; 2] = ["server_token", "registry_version"];

/// Tables a dump leaves out on purpose: SQLite's and sqlx's own, the full-text index
/// (rebuilt from `articles`), the theme lanes' index (`event_themes`, written by
/// triggers as `article_themes` and `events` load), and the spaced copies of Chinese,
/// Japanese and Korean text (`article_cjk`, written as a load ends).
pub const NOT_DUMPED: &[&str] = &["_sqlx_migrations", "event_themes", "article_cjk"];

/// One table's rows: the column names, then one array of values per row.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
pub struct TableRows {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Value>>,
}

/// A column's name and declared type, from `PRAGMA table_info`.
async fn columns(
    conn: &mut SqliteConnection,
    table: &str,
) -> Result<Vec<(String, String)>, StoreError> {
    let rows = sqlx::query(AssertSqlSafe(format!("PRAGMA table_info(\"{table}\")")))
        .fetch_all(&mut *conn)
        .await?;
    rows.iter()
        .map(|r| {
            Ok((
                r.try_get::<String, _>("name")?,
                r.try_get::<String, _>("type")?.to_uppercase(),
            ))
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(Into::into)
}

/// Every row of `table` (one of [`TABLES`]), ordered by its first column(s).
pub async fn read_table(conn: &mut SqliteConnection, table: &str) -> Result<TableRows, StoreError> {
    let cols = table_columns(conn, table).await?;
    let rows = sqlx::query(AssertSqlSafe(select_all(table, &cols)))
        .fetch_all(&mut *conn)
        .await?;
    let mut out = TableRows {
        columns: cols.iter().map(|(n, _)| n.clone()).collect(),
        rows: Vec::with_capacity(rows.len()),
    };
    for row in &rows {
        out.rows.push(row_values(row, &cols)?);
    }
    Ok(out)
}

/// The columns of `table` (one of [`TABLES`]): each one's name and declared type, in order.
pub async fn table_columns(
    conn: &mut SqliteConnection,
    table: &str,
) -> Result<Vec<(String, String)>, StoreError> {
    assert!(TABLES.contains(&table), "dump of an unknown table {table}");
    columns(conn, table).await
}

/// The rows of `table` one at a time, in the order and shape of [`read_table`], for an
/// export that writes each as it comes (`cols` from [`table_columns`]).
pub fn stream_table<'c>(
    conn: &'c mut SqliteConnection,
    table: &str,
    cols: &'c [(String, String)],
) -> impl futures_util::Stream<Item = Result<Vec<Value>, StoreError>> + 'c {
    use futures_util::StreamExt;
    sqlx::query(AssertSqlSafe(select_all(table, cols)))
        .fetch(conn)
        .map(move |row| row_values(&row?, cols))
}

/// The statement reading every row of `table` that a dump carries, ordered by its columns.
fn select_all(table: &str, cols: &[(String, String)]) -> String {
    let list = cols
        .iter()
        .map(|(n, _)| format!("\"{n}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let only = if table == "settings" {
        let keys = FILE_SETTINGS.map(|k| format!("'{k}'")).join(", ");
        format!("WHERE key NOT IN ({keys})")
    } else {
        String::new()
    };
    format!("SELECT {list} FROM \"{table}\" {only} ORDER BY {list}")
}

/// One row's values by the columns' declared types (blobs as hex).
fn row_values(
    row: &sqlx::sqlite::SqliteRow,
    cols: &[(String, String)],
) -> Result<Vec<Value>, StoreError> {
    let mut values = Vec::with_capacity(cols.len());
    for (i, (_, ty)) in cols.iter().enumerate() {
        let value = match ty.as_str() {
            "INTEGER" => row.try_get::<Option<i64>, _>(i)?.map(Value::from),
            "REAL" => row.try_get::<Option<f64>, _>(i)?.map(Value::from),
            "BLOB" => row
                .try_get::<Option<Vec<u8>>, _>(i)?
                .map(|b| Value::from(hex_of(&b))),
            _ => row.try_get::<Option<String>, _>(i)?.map(Value::from),
        };
        values.push(value.unwrap_or(Value::Null));
    }
    Ok(values)
}

/// Every article's id, oldest first.
pub async fn article_ids(conn: &mut SqliteConnection) -> Result<Vec<i64>, StoreError> {
    Ok(sqlx::query_scalar("SELECT id FROM articles ORDER BY id")
        .fetch_all(&mut *conn)
        .await?)
}

/// Whether the notebook holds no articles, notes, tags, entities or themes yet.
pub async fn is_empty(conn: &mut SqliteConnection) -> Result<bool, StoreError> {
    let n: i64 = sqlx::query_scalar(
        "SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM notes)
              + (SELECT count(*) FROM tags) + (SELECT count(*) FROM entities)
              + (SELECT count(*) FROM themes) + (SELECT count(*) FROM captures)
              + (SELECT count(*) FROM feeds)",
    )
    .fetch_one(&mut *conn)
    .await?;
    Ok(n == 0)
}

/// Inserts the rows of one table of a dump, one at a time, as they are (ids included), in
/// the caller's transaction; the caller's transaction leaves the notebook untouched when
/// one fails.
pub struct RowWriter {
    table: String,
    sql: String,
    /// The declared type of each of the dump's columns.
    types: Vec<String>,
    /// Where the `settings` key is, to leave a file's own settings out.
    key_at: Option<usize>,
}

impl RowWriter {
    /// Check the dump's `columns` against this schema's `table` and prepare the insert.
    /// Errs on a table or a column this schema does not have.
    pub async fn open(
        conn: &mut SqliteConnection,
        table: &str,
        columns: &[String],
    ) -> Result<Self, StoreError> {
        if !TABLES.contains(&table) {
            return Err(StoreError::Sql(format!(
                "the file names an unknown table \"{table}\""
            )));
        }
        let known = self::columns(conn, table).await?;
        let mut types = Vec::with_capacity(columns.len());
        for name in columns {
            let Some((_, ty)) = known.iter().find(|(n, _)| n == name) else {
                return Err(StoreError::Sql(format!(
                    "the file has a column \"{table}.{name}\" that this notebook does not know"
                )));
            };
            types.push(ty.clone());
        }
        let list = columns
            .iter()
            .map(|n| format!("\"{n}\""))
            .collect::<Vec<_>>()
            .join(", ");
        let marks = vec!["?"; columns.len()].join(", ");
        // A settings row the new notebook has already (a preference set before the load)
        // takes the file's value; the file's own settings are left out (`FILE_SETTINGS`).
        let or_replace = if table == "settings" {
            "OR REPLACE"
        } else {
            ""
        };
        // The highest deleted ids: the notebook's own (it may have deleted rows before the
        // load) and the file's, whichever is higher (`store::ids`).
        let upsert = if table == "retired_ids" {
            " ON CONFLICT (tbl) DO UPDATE SET top = max(top, excluded.top)"
        } else {
            ""
        };
        Ok(RowWriter {
            table: table.to_string(),
            sql: format!("INSERT {or_replace} INTO \"{table}\" ({list}) VALUES ({marks}){upsert}"),
            types,
            key_at: columns.iter().position(|c| c == "key"),
        })
    }

    /// Insert one row (`number` counts from 1, for the error message); false when it is a
    /// file's own setting, left out. Errs on a row of the wrong length or a value of the
    /// wrong type.
    pub async fn write(
        &self,
        conn: &mut SqliteConnection,
        number: usize,
        values: &[Value],
    ) -> Result<bool, StoreError> {
        let table = &self.table;
        if values.len() != self.types.len() {
            return Err(StoreError::Sql(format!(
                "row {number} of \"{table}\" has {} values for {} columns",
                values.len(),
                self.types.len()
            )));
        }
        let mut q = sqlx::query(AssertSqlSafe(self.sql.clone()));
        for (value, ty) in values.iter().zip(&self.types) {
            let bad = || {
                StoreError::Sql(format!(
                    "row {number} of \"{table}\" holds {value} where a {ty} belongs"
                ))
            };
            q = match (value, ty.as_str()) {
                (Value::Null, _) => q.bind(None::<String>),
                (Value::Number(n), "INTEGER") => q.bind(n.as_i64().ok_or_else(bad)?),
                (Value::Number(n), "REAL") => q.bind(n.as_f64().ok_or_else(bad)?),
                (Value::String(s), "BLOB") => q.bind(hex::decode(s).map_err(|_| bad())?),
                (Value::String(s), "TEXT") => q.bind(s.clone()),
                _ => return Err(bad()),
            };
        }
        let key = self
            .key_at
            .and_then(|i| values.get(i))
            .and_then(Value::as_str);
        if table == "settings" && key.is_some_and(|k| FILE_SETTINGS.contains(&k)) {
            return Ok(false);
        }
        q.execute(&mut *conn).await?;
        Ok(true)
    }
}

/// A blob as lower-case hex. Through `encode_to_slice`: `hex::encode` builds its string a
/// char at a time, a tenth of the time of exporting 100,000 articles with their captures.
fn hex_of(bytes: &[u8]) -> String {
    let mut out = vec![0; bytes.len() * 2];
    match hex::encode_to_slice(bytes, &mut out) {
        Ok(()) => String::from_utf8(out).unwrap_or_default(),
        Err(_) => hex::encode(bytes), // not reached: `out` is twice the length
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blobs_are_lower_case_hex_that_reads_back() {
        let bytes = [0u8, 1, 127, 128, 255];
        assert_eq!(hex_of(&bytes), "00017f80ff");
        assert_eq!(hex::decode(hex_of(&bytes)).unwrap(), bytes);
        assert_eq!(hex_of(&[]), "");
    }
}
