//! Backups the app makes itself: a button in the UI (the desktop app's users have no
//! command line) writes a consistent copy of the notebook, made while it stays in use
//! (`store::backup`), into a `backups` folder beside the notebook file, named by the time.
//! No path comes from the face, so the loopback server cannot be asked to write anywhere
//! else. `clipline restore PATH` puts a copy back.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Local};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Notebook, Result};
use crate::store::backup::BackupError;

/// A backup just written.
#[derive(Serialize, Deserialize, TS, Clone, Debug, PartialEq)]
pub struct BackupInfo {
    /// The copy's full path.
    pub path: String,
    /// Its size in bytes (compacted: usually smaller than the notebook file).
    pub bytes: u64,
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
        let bytes = std::fs::metadata(&dest).map_err(BackupError::from)?.len();
        Ok(BackupInfo {
            path: dest.display().to_string(),
            bytes,
        })
    }
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
}
