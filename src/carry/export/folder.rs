//! Writing a Markdown export into a folder that may hold an earlier one: an Obsidian vault
//! the user reads, and edits. A manifest (`MANIFEST`) records what each file held when
//! the export wrote it, so that the next export into the folder
//!
//! - rewrites a file only when it still holds what the last export wrote (a note the user
//!   added to it in Obsidian is never overwritten: it is kept, and reported),
//! - removes the files of articles that are gone from the notebook (deleted, or joined to
//!   another as a copy), again only when the user has not edited them,
//! - leaves every other file in the folder alone, and never overwrites a file it did not
//!   write itself.

use std::collections::BTreeMap;
use std::io;
use std::path::Path;

use super::ExportFile;
use crate::store::captures::digest;

/// The manifest's file name in the export folder.
pub const MANIFEST: &str = ".clipline-export.json";

/// What writing a folder did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct FolderReport {
    /// Files written (new, or updated because the notebook changed).
    pub written: usize,
    /// Files that already held exactly what the export holds.
    pub unchanged: usize,
    /// Files of an earlier export whose article is gone, removed.
    pub removed: Vec<String>,
    /// Files edited since the export wrote them (or not written by it), left as they are,
    /// whether or not their article is still in the notebook (a gone article's edited file
    /// is then left out of the manifest: the user's own from now on).
    pub kept: Vec<String>,
}

/// What the manifest records: each file's name and the SHA-256 of what was written.
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
struct Manifest {
    files: BTreeMap<String, String>,
}

/// Write `files` into `dir` (created when missing), as the module says.
pub fn write_folder(dir: &Path, files: &[ExportFile]) -> io::Result<FolderReport> {
    std::fs::create_dir_all(dir)?;
    let manifest_path = dir.join(MANIFEST);
    // A missing or damaged manifest records nothing: then no existing file is overwritten.
    let before: Manifest = std::fs::read(&manifest_path)
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_default();
    let mut after = Manifest::default();
    let mut report = FolderReport::default();
    for file in files {
        let path = dir.join(&file.name);
        let wanted = digest(file.content.as_bytes());
        match std::fs::read(&path) {
            Ok(current) if current == file.content.as_bytes() => report.unchanged += 1,
            Ok(current) if before.files.get(&file.name) != Some(&digest(&current)) => {
                report.kept.push(file.name.clone());
                // Still what the last export wrote, as far as the next one is concerned.
                if let Some(old) = before.files.get(&file.name) {
                    after.files.insert(file.name.clone(), old.clone());
                }
                continue;
            }
            // Whole or not at all: a half-written file would pass for the user's edit.
            Ok(_) => {
                super::write_replacing(&path, file.content.as_bytes())?;
                report.written += 1;
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                super::write_replacing(&path, file.content.as_bytes())?;
                report.written += 1;
            }
            Err(e) => return Err(e),
        }
        after.files.insert(file.name.clone(), wanted);
    }
    for (name, written) in &before.files {
        if after.files.contains_key(name) || report.kept.contains(name) {
            continue;
        }
        let path = dir.join(name);
        match std::fs::read(&path) {
            Ok(current) if digest(&current) == *written => {
                std::fs::remove_file(&path)?;
                report.removed.push(name.clone());
            }
            Ok(_) => report.kept.push(name.clone()),
            Err(_) => {} // already gone
        }
    }
    // Written beside and renamed over: a crash leaves the old manifest or the new one.
    super::write_replacing(&manifest_path, &serde_json::to_vec_pretty(&after)?)?;
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, content: &str) -> ExportFile {
        ExportFile {
            name: name.into(),
            content: content.into(),
        }
    }

    fn read(dir: &Path, name: &str) -> Option<String> {
        std::fs::read_to_string(dir.join(name)).ok()
    }

    #[test]
    fn a_second_export_updates_removes_and_keeps_what_the_user_edited() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::write(d.join("mine.md"), "the user's own note").unwrap();
        let first = write_folder(
            d,
            &[
                file("a.md", "A v1"),
                file("b.md", "B v1"),
                file("c.md", "C v1"),
                file("d.md", "D v1"),
            ],
        )
        .unwrap();
        assert_eq!(first.written, 4);

        // The user edits b (still in the notebook) and d (gone from it).
        std::fs::write(d.join("b.md"), "B v1 + my note").unwrap();
        std::fs::write(d.join("d.md"), "D v1 + my note").unwrap();
        // The notebook: a changed, b changed, c and d gone, e new.
        let second = write_folder(
            d,
            &[
                file("a.md", "A v2"),
                file("b.md", "B v2"),
                file("e.md", "E v1"),
            ],
        )
        .unwrap();
        assert_eq!(
            second,
            FolderReport {
                written: 2,
                unchanged: 0,
                removed: vec!["c.md".into()],
                kept: vec!["b.md".into(), "d.md".into()],
            }
        );
        assert_eq!(read(d, "a.md").as_deref(), Some("A v2"));
        assert_eq!(read(d, "b.md").as_deref(), Some("B v1 + my note"));
        assert_eq!(read(d, "c.md"), None);
        assert_eq!(read(d, "d.md").as_deref(), Some("D v1 + my note"));
        assert_eq!(read(d, "mine.md").as_deref(), Some("the user's own note"));

        // The edited file stays kept on the next export too; the edited file of a gone
        // article is the user's from now on, no longer the export's to report.
        let third = write_folder(
            d,
            &[
                file("a.md", "A v2"),
                file("b.md", "B v3"),
                file("e.md", "E v1"),
            ],
        )
        .unwrap();
        assert_eq!(third.kept, vec!["b.md".to_string()]);
        assert_eq!(third.unchanged, 2);
        assert_eq!(read(d, "b.md").as_deref(), Some("B v1 + my note"));
    }

    #[test]
    fn a_file_the_export_did_not_write_is_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.md"), "someone else's").unwrap();
        let report = write_folder(dir.path(), &[file("a.md", "ours"), file("b.md", "B")]).unwrap();
        assert_eq!(report.kept, vec!["a.md".to_string()]);
        assert_eq!(report.written, 1);
        assert_eq!(read(dir.path(), "a.md").as_deref(), Some("someone else's"));
    }
}
