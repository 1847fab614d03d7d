//! The fixtures' paths.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The crate's folder, where `fixtures/` is.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A file or folder of `fixtures/ingest/` (`""` for the folder itself).
pub fn fixture(name: &str) -> PathBuf {
    root().join("fixtures/ingest").join(name)
}

/// The sample workbook, `fixtures/sample.xlsx`.
pub fn sample() -> PathBuf {
    root().join("fixtures/sample.xlsx")
}
