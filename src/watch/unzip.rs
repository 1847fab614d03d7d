//! A zip dropped into the inbox: the workbook and its evidence files packed together (what a
//! person makes of a folder to send it). It is unpacked into the job's own folder and built
//! as that folder; what it holds is hostile until checked: no entry may leave the folder
//! (`../`, absolute paths, links), and the count and unpacked size of its entries are bounded
//! as they are written, whatever the entries declare.

use std::io::Read;
use std::path::{Path, PathBuf};

/// The most entries unpacked.
const MAX_ENTRIES: usize = 10_000;

/// The most bytes unpacked in all (2 GiB: a batch of screenshots and notarised PDFs).
const MAX_BYTES: u64 = 2 << 30;

/// Entries unpacking to at least this much (20 MiB) must keep under [`MAX_RATIO`]: images and
/// PDFs barely compress, so a far higher ratio is a zip bomb.
const BIG_ENTRY: u64 = 20 << 20;
const MAX_RATIO: u64 = 100;

/// Whether a name in the inbox is a zip to unpack.
pub(super) fn is_zip(path: &Path) -> bool {
    path.is_file() && path.extension().is_some_and(|e| e.eq_ignore_ascii_case("zip"))
}

/// Unpacks `zip` into the new folder `into`; returns the folder to build: `into`, or the one
/// folder everything in it is inside (a zipped folder). Archive clutter (`__MACOSX/`,
/// `.DS_Store`) is left out.
pub(super) fn unpack(zip: &Path, into: &Path) -> Result<PathBuf, String> {
    let file = std::fs::File::open(zip).map_err(|e| format!("cannot be read ({e})"))?;
    let mut archive = zip::ZipArchive::new(file).map_err(|e| format!("is not a readable zip file ({e})"))?;
    if archive.len() > MAX_ENTRIES {
        return Err(format!(
            "holds {} entries; a zip may hold at most {MAX_ENTRIES}",
            archive.len()
        ));
    }
    std::fs::create_dir_all(into).map_err(|e| format!("cannot be unpacked ({e})"))?;
    let mut total: u64 = 0;
    for index in 0..archive.len() {
        let mut entry = archive
            .by_index(index)
            .map_err(|e| format!("has a damaged entry ({e})"))?;
        let name = entry.name().to_owned();
        let Some(relative) = entry.enclosed_name() else {
            return Err(format!("holds \"{name}\", a path outside the zip's own folder"));
        };
        if is_clutter(&relative) {
            continue;
        }
        if entry.is_symlink() {
            return Err(format!("holds \"{name}\", a link; links are not unpacked"));
        }
        let to = into.join(&relative);
        if entry.is_dir() {
            std::fs::create_dir_all(&to).map_err(|e| format!("cannot be unpacked ({e})"))?;
            continue;
        }
        if entry.size() >= BIG_ENTRY && entry.size() > entry.compressed_size().saturating_mul(MAX_RATIO) {
            return Err(format!(
                "holds \"{name}\", packed more than {MAX_RATIO}:1, as only a zip bomb is"
            ));
        }
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("cannot be unpacked ({e})"))?;
        }
        let mut out = std::fs::File::create(&to).map_err(|e| format!("cannot be unpacked ({e})"))?;
        let left = MAX_BYTES - total;
        let written = std::io::copy(&mut (&mut entry).take(left + 1), &mut out)
            .map_err(|e| format!("has a damaged entry \"{name}\" ({e})"))?;
        total += written;
        if total > MAX_BYTES {
            return Err(format!(
                "unpacks to more than {} GiB; send the workbook and its evidence in smaller batches",
                MAX_BYTES >> 30
            ));
        }
    }
    Ok(single_folder(into).unwrap_or_else(|| into.to_path_buf()))
}

/// `__MACOSX/…` and `.DS_Store`, which macOS adds to every zip.
fn is_clutter(relative: &Path) -> bool {
    relative.components().any(|c| {
        let c = c.as_os_str();
        c == "__MACOSX" || c == ".DS_Store"
    })
}

/// The one folder `dir` holds when it holds nothing else.
fn single_folder(dir: &Path) -> Option<PathBuf> {
    let mut entries = std::fs::read_dir(dir).ok()?.flatten();
    let only = entries.next()?;
    if entries.next().is_some() || !only.file_type().ok()?.is_dir() {
        return None;
    }
    Some(only.path())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn zip_of(path: &Path, entries: &[(&str, &[u8])]) {
        let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
        for (name, bytes) in entries {
            zip.start_file(*name, zip::write::SimpleFileOptions::default())
                .unwrap();
            zip.write_all(bytes).unwrap();
        }
        zip.finish().unwrap();
    }

    #[test]
    fn a_zipped_folder_is_unpacked_and_its_folder_built() {
        let dir = tempfile::tempdir().unwrap();
        let zip = dir.path().join("batch.zip");
        zip_of(
            &zip,
            &[
                ("batch/clients.xlsx", b"wb"),
                ("batch/evidence/a.png", b"png"),
                ("__MACOSX/batch/._clients.xlsx", b"junk"),
            ],
        );
        let folder = unpack(&zip, &dir.path().join("unpacked")).unwrap();
        assert_eq!(folder, dir.path().join("unpacked/batch"));
        assert_eq!(std::fs::read(folder.join("evidence/a.png")).unwrap(), b"png");
        assert!(!dir.path().join("unpacked/__MACOSX").exists());
    }

    #[test]
    fn an_entry_outside_the_folder_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let zip = dir.path().join("evil.zip");
        zip_of(&zip, &[("../../escaped.txt", b"x")]);
        let err = unpack(&zip, &dir.path().join("unpacked")).unwrap_err();
        assert_eq!(
            err,
            "holds \"../../escaped.txt\", a path outside the zip's own folder"
        );
        assert!(!dir.path().join("escaped.txt").exists());
        std::fs::write(dir.path().join("not.zip"), "plain text").unwrap();
        assert!(unpack(&dir.path().join("not.zip"), &dir.path().join("u2"))
            .unwrap_err()
            .starts_with("is not a readable zip file"));
    }
}
