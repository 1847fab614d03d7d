//! File names and moves in the drop folder: a free name beside what is there, a rename that
//! a replay may repeat, and a write that is on disk before it returns.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;

/// Renames `from` to `dir/name`, or to a free `name-N` if something else took that name
/// meanwhile; a `from` that is gone was moved before (a replay after a crash).
pub(super) fn move_into(from: &Path, dir: &Path, name: &str) -> anyhow::Result<PathBuf> {
    let mut to = dir.join(name);
    if std::fs::symlink_metadata(from).is_err() {
        return Ok(to);
    }
    if std::fs::symlink_metadata(&to).is_ok() {
        to = dir.join(free_name(dir, name, &[""]));
    }
    std::fs::rename(from, &to)
        .with_context(|| format!("failed to move {} to {}", from.display(), to.display()))?;
    Ok(to)
}

/// `name`, else `stem-2.ext`, `stem-3.ext`, …: the first for which `dir/<it><suffix>` is free
/// for every suffix given.
pub(super) fn free_name(dir: &Path, name: &str, suffixes: &[&str]) -> String {
    let (stem, ext) = split_name(name);
    (1..)
        .map(|n| {
            if n == 1 {
                name.to_owned()
            } else {
                format!("{stem}-{n}{ext}")
            }
        })
        .find(|candidate| {
            suffixes
                .iter()
                .all(|s| std::fs::symlink_metadata(dir.join(format!("{candidate}{s}"))).is_err())
        })
        .unwrap_or_else(|| name.to_owned())
}

/// `clients.xlsx` → (`clients`, `.xlsx`); a folder or dotless name has no extension.
fn split_name(name: &str) -> (&str, &str) {
    match name.rfind('.') {
        Some(dot) if dot > 0 => name.split_at(dot),
        _ => (name, ""),
    }
}

pub(super) fn stem(name: &str) -> String {
    split_name(name).0.to_owned()
}

pub(super) fn write_synced(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let mut file =
        std::fs::File::create(path).with_context(|| format!("failed to write {}", path.display()))?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .with_context(|| format!("failed to write {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colliding_names_get_a_number_before_the_extension() {
        let dir = tempfile::tempdir().expect("temp dir");
        let d = dir.path();
        assert_eq!(free_name(d, "a.xlsx", &[""]), "a.xlsx");
        std::fs::write(d.join("a.xlsx"), "").expect("write");
        std::fs::write(d.join("a-2.xlsx.report.txt"), "").expect("write");
        assert_eq!(free_name(d, "a.xlsx", &[""]), "a-2.xlsx");
        assert_eq!(free_name(d, "a.xlsx", &["", ".report.txt"]), "a-3.xlsx");
        std::fs::create_dir(d.join("csv-set")).expect("mkdir");
        assert_eq!(free_name(d, "csv-set", &[""]), "csv-set-2");
        assert_eq!(split_name(".x"), (".x", ""));
    }
}
