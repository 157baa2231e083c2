//! The numbers users know rows by (articles, notes, highlights, feeds) are never given
//! twice: a new row is numbered above the table's highest id and above the highest one
//! deleted, which migration `retire_ids` keeps in `retired_ids` by trigger. SQLite does
//! this itself only for tables made `AUTOINCREMENT`, which these were not, and remaking
//! them would rebuild the full-text index and every foreign key pointing at them.

/// The tables numbered by `next`, as `retired_ids` names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Numbered {
    Articles,
    Notes,
    Highlights,
    Feeds,
}

impl Numbered {
    /// Every numbered table.
    pub const ALL: [Numbered; 4] = [
        Numbered::Articles,
        Numbered::Notes,
        Numbered::Highlights,
        Numbered::Feeds,
    ];

    /// The table's name, as `retired_ids` names it.
    pub fn table(self) -> &'static str {
        match self {
            Numbered::Articles => "articles",
            Numbered::Notes => "notes",
            Numbered::Highlights => "highlights",
            Numbered::Feeds => "feeds",
        }
    }
}

/// The SQL expression of the id a new row of `table` takes: one above both its highest id
/// and its highest deleted one. For the `VALUES` of an insert that names `id`.
pub fn next(table: Numbered) -> String {
    format!("({} + 1)", highest(table))
}

/// The SQL expression of the highest id `table` has given: its highest row's, or its
/// highest deleted one's.
pub fn highest(table: Numbered) -> String {
    let t = table.table();
    format!(
        "(SELECT max(coalesce((SELECT max(id) FROM {t}), 0), \
         coalesce((SELECT top FROM retired_ids WHERE tbl = '{t}'), 0)))"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_id_reads_the_table_it_numbers() {
        let sql = next(Numbered::Notes);
        assert!(sql.contains("max(id) FROM notes"), "{sql}");
        assert!(sql.contains("tbl = 'notes'"), "{sql}");
    }
}
