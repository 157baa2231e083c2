//! Backups the app makes itself: a button in the UI (the desktop app's users have no
//! command line) writes a consistent copy of the notebook, made while it stays in use
//! (`store::backup`), into a `backups` folder beside the notebook file, named by the time.
//! No path comes from the face, so the loopback server cannot be asked to write anywhere
//! else. The same folder's backups are listed, and one can be restored into the open
//! notebook (`store::live_restore`) after a backup of the notebook as it is; `clipline
//! restore PATH` puts back any copy while the notebook is closed.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Local};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Notebook, Result};
use crate::store::backup::BackupError;

/// A backup in the `backups` folder.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
pub struct BackupInfo {
    /// The copy's file name in the folder (what a restore names).
    pub name: String,
    /// The copy's full path.
    pub path: String,
    /// Its size in bytes (compacted: usually smaller than the notebook file).
    pub bytes: u64,
}

/// A restore: the backup put back, and the backup of the notebook as it was before.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
pub struct Restored {
    pub restored: BackupInfo,
    pub kept: BackupInfo,
}

impl Notebook {
    /// Back the notebook up into the `backups` folder beside it (made when missing), as
    /// `<notebook>-<YYYYMMDD-HHMMSS>.db` of local time `now`, with `-2`, `-3`... after a
    /// name already taken. Never overwrites a file.
    pub async fn backup_beside(&self, now: DateTime<Local>) -> Result<BackupInfo> {
        let folder = backups_folder(&self.path);
        std::fs::create_dir_all(&folder).map_err(BackupError::from)?;
        let dest = free_name(&folder, &self.path, now);
        self.backup(&dest, false).await?;
        Ok(info_of(&dest)?)
    }

    /// The backups in the `backups` folder beside the notebook, newest first (by name,
    /// which holds the time).
    pub fn backups(&self) -> Result<Vec<BackupInfo>> {
        let folder = backups_folder(&self.path);
        let Ok(entries) = std::fs::read_dir(&folder) else {
            return Ok(Vec::new()); // no folder: no backup yet
        };
        let mut found = Vec::new();
        for entry in entries {
            let path = entry.map_err(BackupError::from)?.path();
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            if path.is_file() && name.as_deref().is_some_and(is_backup_name) {
                found.push(info_of(&path)?);
            }
        }
        found.sort_by(|a, b| b.name.cmp(&a.name));
        Ok(found)
    }

    /// Put the backup called `name` (one of [`Notebook::backups`]) back into this notebook,
    /// while it stays open: the backup is checked, the notebook as it is now is backed up
    /// first (at local time `now`), a copy of the backup is brought to this Clipline's
    /// schema, and its rows replace the notebook's in one transaction.
    pub async fn restore_backup(&self, name: &str, now: DateTime<Local>) -> Result<Restored> {
        let folder = backups_folder(&self.path);
        if !is_backup_name(name) || !folder.join(name).is_file() {
            return Err(super::NotebookError::NotFound(format!(
                "There is no backup called \"{name}\" in {}.",
                folder.display()
            )));
        }
        let source = folder.join(name);
        crate::store::backup::verify(&source).await?;
        // No write may land between the copy kept of the notebook and the restore: it would
        // be in neither. Writers wait until the restore is done.
        let _turn = self.write_turn().await?;
        let kept = self.backup_beside(now).await?;
        // A private folder for the upgraded copy, so that the backup itself stays as made.
        let staging = folder.join(format!(".restoring-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&staging); // left by a restore that was cut off
        std::fs::create_dir_all(&staging).map_err(BackupError::from)?;
        let result = async {
            let copy = staging.join("notebook.db");
            crate::store::backup::copy_notebook(&source, &copy).await?;
            Notebook::open(&copy).await?.close().await;
            crate::store::live_restore::restore_rows(&self.pool, &copy).await?;
            Ok::<_, super::NotebookError>(())
        }
        .await;
        let _ = std::fs::remove_dir_all(&staging);
        result?;
        self.registry_changed().await;
        Ok(Restored {
            restored: info_of(&source)?,
            kept,
        })
    }
}

/// Whether `name` is a backup file's name as this folder holds them (no path, no hidden
/// or staging file): what a face may name for a restore. (No ':' either: on Windows
/// "C:x.db" joined to the folder is a file elsewhere on drive C.)
fn is_backup_name(name: &str) -> bool {
    name.ends_with(".db") && !name.starts_with('.') && !name.contains(['/', '\\', ':'])
}

/// A backup file's name, path and size.
fn info_of(path: &Path) -> std::result::Result<BackupInfo, BackupError> {
    Ok(BackupInfo {
        name: path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        path: path.display().to_string(),
        bytes: std::fs::metadata(path)?.len(),
    })
}

/// The `backups` folder beside the notebook file.
fn backups_folder(notebook: &Path) -> PathBuf {
    notebook
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .join("backups")
}

/// The first name in `folder` not yet taken for a backup of `notebook` made at `now`.
fn free_name(folder: &Path, notebook: &Path, now: DateTime<Local>) -> PathBuf {
    let stem = notebook
        .file_stem()
        .map_or_else(|| "notebook".into(), |s| s.to_string_lossy());
    let base = format!("{stem}-{}", now.format("%Y%m%d-%H%M%S"));
    (1..)
        .map(|n| match n {
            1 => folder.join(format!("{base}.db")),
            n => folder.join(format!("{base}-{n}.db")),
        })
        .find(|p| !p.exists())
        .expect("an unused name among unboundedly many")
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn names_follow_the_notebook_and_the_time_and_never_repeat() {
        let dir = tempfile::tempdir().unwrap();
        let at = Local.with_ymd_and_hms(2026, 12, 6, 7, 5, 9).unwrap();
        let nb = dir.path().join("research.db");
        let folder = backups_folder(&nb);
        assert_eq!(folder, dir.path().join("backups"));
        std::fs::create_dir_all(&folder).unwrap();
        let first = free_name(&folder, &nb, at);
        assert_eq!(first, folder.join("research-20261206-070509.db"));
        std::fs::write(&first, b"x").unwrap();
        assert_eq!(
            free_name(&folder, &nb, at),
            folder.join("research-20261206-070509-2.db")
        );
    }

    /// A notebook dropped into the backups folder with its `-wal` beside it comes back whole.
    #[tokio::test]
    async fn a_backup_restores_with_what_only_its_log_holds() {
        use crate::store::backup::tests::{has_the_logged_row, notebook_with_its_log};
        let dir = tempfile::tempdir().unwrap();
        let nb_path = dir.path().join("research.db");
        let nb = Notebook::open(&nb_path).await.unwrap();
        let folder = backups_folder(&nb_path);
        std::fs::create_dir_all(&folder).unwrap();
        let copied = notebook_with_its_log(&folder).await;
        let name = copied.file_name().unwrap().to_str().unwrap();
        let at = Local.with_ymd_and_hms(2026, 12, 6, 7, 5, 9).unwrap();
        nb.restore_backup(name, at).await.unwrap();
        nb.close().await;
        assert!(has_the_logged_row(&nb_path).await);
    }

    /// Notes written all through a restore are each in the copy kept of the notebook as it
    /// was or in the restored notebook: none falls between the two.
    #[tokio::test]
    async fn no_write_falls_between_the_kept_copy_and_the_restore() {
        use std::sync::atomic::{AtomicBool, Ordering};
        let dir = tempfile::tempdir().unwrap();
        let nb = Notebook::open(&dir.path().join("n.db")).await.unwrap();
        let at = Local.with_ymd_and_hms(2026, 12, 6, 7, 5, 9).unwrap();
        let made = nb.backup_beside(at).await.unwrap();
        let stop = std::sync::Arc::new(AtomicBool::new(false));
        let writer = tokio::spawn({
            let (nb, stop) = (nb.clone(), stop.clone());
            async move {
                let mut written = Vec::new();
                while !stop.load(Ordering::Relaxed) {
                    let body = format!("note {}", written.len());
                    nb.note_add(None, &body).await.unwrap();
                    written.push(body);
                    tokio::time::sleep(std::time::Duration::from_millis(1)).await;
                }
                written
            }
        });
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        let later = at + chrono::Duration::seconds(5);
        let restored = nb.restore_backup(&made.name, later).await.unwrap();
        stop.store(true, Ordering::Relaxed);
        let written = writer.await.unwrap();
        let notes = async |nb: &Notebook| -> Vec<String> {
            sqlx::query_scalar("SELECT body FROM notes")
                .fetch_all(nb.pool())
                .await
                .unwrap()
        };
        let kept = Notebook::open(Path::new(&restored.kept.path))
            .await
            .unwrap();
        let (in_kept, in_live) = (notes(&kept).await, notes(&nb).await);
        let lost: Vec<&String> = written
            .iter()
            .filter(|b| !in_kept.contains(b) && !in_live.contains(b))
            .collect();
        assert!(lost.is_empty(), "{} written, lost: {lost:?}", written.len());
        assert!(!in_kept.is_empty(), "the writer wrote before the restore");
    }
}
