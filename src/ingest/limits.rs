//! Limits on hostile input, checked before a reader touches a file: a file too large to be a
//! workbook, and a zip container (.xlsx .xlsm .xlsb .ods) that declares far more unpacked
//! content than a workbook has (a zip bomb).
//!
//! The zip check reads only the container's central directory (the sizes each entry
//! declares); nothing is unpacked.

use std::io::Cursor;
use std::path::Path;

use super::Error;

/// The largest input file read (50 MiB): a workbook of 100,000 listings is a few MiB.
pub const MAX_FILE_BYTES: u64 = 50 * MIB;

/// The largest total unpacked size a zip container may declare (500 MiB).
pub const MAX_UNPACKED_BYTES: u64 = 500 * MIB;

/// The highest compression ratio allowed for a big entry (100:1); spreadsheet XML packs
/// about 10:1.
pub const MAX_RATIO: u64 = 100;

/// Entries declaring at least this much unpacked (20 MiB) must keep under [`MAX_RATIO`].
pub const BIG_ENTRY_BYTES: u64 = 20 * MIB;

const MIB: u64 = 1024 * 1024;

/// Refuses a file larger than [`MAX_FILE_BYTES`].
pub(crate) fn check_file_size(path: &Path, bytes: u64) -> Result<(), Error> {
    if bytes > MAX_FILE_BYTES {
        return Err(Error::TooLarge {
            path: path.to_owned(),
            bytes,
            limit: MAX_FILE_BYTES,
        });
    }
    Ok(())
}

/// Refuses a zip container whose entries declare more than [`MAX_UNPACKED_BYTES`] in all, or a
/// big entry packed more than [`MAX_RATIO`]:1. A container whose directory cannot be read is
/// let through: the reader reports it as damaged, with its own detail.
pub(crate) fn check_zip(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(());
    };
    let refuse = |detail: String| Error::Inflated {
        path: path.to_owned(),
        detail,
    };
    let mut total: u64 = 0;
    for index in 0..archive.len() {
        let Ok(entry) = archive.by_index_raw(index) else {
            return Ok(());
        };
        let (size, packed) = (entry.size(), entry.compressed_size());
        if size >= BIG_ENTRY_BYTES && size > packed.saturating_mul(MAX_RATIO) {
            return Err(refuse(format!(
                "{} declares {} unpacked from {}, a ratio over {MAX_RATIO}:1",
                entry.name(),
                human(size),
                human(packed)
            )));
        }
        total = total.saturating_add(size);
    }
    if total > MAX_UNPACKED_BYTES {
        return Err(refuse(format!(
            "its contents declare {} unpacked, over the limit of {}",
            human(total),
            human(MAX_UNPACKED_BYTES)
        )));
    }
    Ok(())
}

/// A size as a person reads it: `512 bytes`, `12.5 KiB`, `3.0 MiB`, `4.0 GiB`.
pub(crate) fn human(bytes: u64) -> String {
    const UNITS: [&str; 3] = ["KiB", "MiB", "GiB"];
    if bytes < 1024 {
        return format!("{bytes} bytes");
    }
    let mut value = bytes as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    format!("{value:.1} {}", UNITS[unit])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_a_person_says_them() {
        assert_eq!(human(512), "512 bytes");
        assert_eq!(human(12_800), "12.5 KiB");
        assert_eq!(human(50 * MIB + 1), "50.0 MiB");
        assert_eq!(human(4 << 30), "4.0 GiB");
    }

    #[test]
    fn a_file_at_the_limit_is_read_and_one_byte_more_is_not() {
        let path = Path::new("big.xlsx");
        assert!(check_file_size(path, MAX_FILE_BYTES).is_ok());
        let err = check_file_size(path, MAX_FILE_BYTES + 1).unwrap_err();
        assert_eq!(
            err.to_string(),
            "big.xlsx: the file is too large to be a workbook (50.0 MiB; the limit is 50.0 MiB)"
        );
    }
}
