//! What the inbox holds: entries that may be taken (with their signatures, to tell when they
//! have settled), and entries held back because an Office lock file says they are open.

use std::ffi::OsString;
use std::path::Path;
use std::time::{Duration, SystemTime};

/// What an inbox entry looked like when last seen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Signature {
    bytes: u64,
    files: u64,
    pub(super) modified: SystemTime,
}

/// A workbook beside an Office lock file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Locked {
    /// The workbook's name.
    pub(super) name: String,
    /// The lock file's name (`~$name.xlsx`, `.~lock.name.xlsx#`).
    pub(super) lock: String,
    /// Whole hours since the lock was last written, when it is older than the stale limit
    /// (then the workbook is taken anyway); `None` while it holds.
    pub(super) stale_hours: Option<u64>,
}

/// One look at the inbox.
#[derive(Debug, Default)]
pub(super) struct Scan {
    /// Entries that may be taken once settled.
    pub(super) entries: Vec<(OsString, Signature)>,
    /// Workbooks with a lock file beside them (held back, or stale and so among `entries`).
    pub(super) locked: Vec<Locked>,
}

/// Whether a name in the inbox is an Office lock or temp file, or hidden: never taken.
pub(super) fn is_ignored(name: &str) -> bool {
    name.starts_with('.')
        || name.starts_with("~$")
        || (name.starts_with(".~lock.") && name.ends_with('#'))
        || name.to_ascii_lowercase().ends_with(".tmp")
}

/// The lock file that says Excel/WPS (`~$name`, or `~$` and the name less its first two
/// characters, as Excel names it for long names) or LibreOffice (`.~lock.name#`) has `name`
/// open, with its last modification time.
fn lock_of(dir: &Path, name: &str) -> Option<(String, Option<SystemTime>)> {
    let mut locks = vec![format!("~${name}"), format!(".~lock.{name}#")];
    if let Some((i, _)) = name.char_indices().nth(2) {
        locks.push(format!("~${}", &name[i..]));
    }
    locks.into_iter().find_map(|lock| {
        let meta = std::fs::symlink_metadata(dir.join(&lock)).ok()?;
        Some((lock, meta.modified().ok()))
    })
}

/// The entries of the inbox that may be taken, with their signatures; a lock file older than
/// `stale` no longer holds its workbook back.
pub(super) fn scan(inbox: &Path, stale: Duration) -> std::io::Result<Scan> {
    let mut scan = Scan::default();
    for entry in std::fs::read_dir(inbox)?.flatten() {
        let name = entry.file_name();
        let text = name.to_string_lossy();
        if is_ignored(&text) {
            continue;
        }
        if let Some((lock, modified)) = lock_of(inbox, &text) {
            let age = modified.and_then(|m| SystemTime::now().duration_since(m).ok());
            let stale_hours = age.filter(|age| *age > stale).map(|age| age.as_secs() / 3600);
            scan.locked.push(Locked {
                name: text.clone().into_owned(),
                lock,
                stale_hours,
            });
            if stale_hours.is_none() {
                continue;
            }
        }
        // An entry that vanished or is unreadable meanwhile is looked at again next scan.
        if let Some(signature) = signature(&entry.path()) {
            scan.entries.push((name, signature));
        }
    }
    scan.locked.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(scan)
}

/// Size and modification time of a file; for a folder (a CSV set), the totals over its files.
/// `None` for a folder that still holds a lock or temp file (being written).
fn signature(path: &Path) -> Option<Signature> {
    let meta = std::fs::metadata(path).ok()?;
    let mut sig = Signature {
        bytes: meta.len(),
        files: 1,
        modified: meta.modified().ok()?,
    };
    if meta.is_dir() {
        sig.bytes = 0;
        sig.files = 0;
        for entry in std::fs::read_dir(path).ok()?.flatten() {
            let name = entry.file_name();
            if is_ignored(&name.to_string_lossy()) {
                return None;
            }
            let inner = signature(&entry.path())?;
            sig.bytes += inner.bytes;
            sig.files += inner.files;
            sig.modified = sig.modified.max(inner.modified);
        }
    }
    Some(sig)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn office_lock_and_temp_files_are_ignored() {
        for name in [
            "~$clients.xlsx",
            ".~lock.clients.xlsx#",
            "x.tmp",
            "X.TMP",
            ".hidden",
        ] {
            assert!(is_ignored(name), "{name}");
        }
        for name in ["clients.xlsx", "clients", "a~$.xlsx"] {
            assert!(!is_ignored(name), "{name}");
        }
    }
}
