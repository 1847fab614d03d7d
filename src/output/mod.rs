//! Output: the packet files, `manifest.json` and `report.txt`, written atomically.
//!
//! Entry points: [`DocFile::save`] as each packet finishes, then [`finish_tree`] with the
//! report, which renames the whole tree into place.

mod report;
mod tree;

use std::path::Path;

use serde::Serialize;
use sha2::{Digest, Sha256};

pub(crate) use report::report;
pub(crate) use tree::{finish_tree, start_tree};

/// One entry of `manifest.json`.
#[derive(Debug, Clone, Serialize)]
pub struct ManifestFile {
    /// Relative to the manifest.
    pub path: String,
    pub sha256: String,
    pub bytes: usize,
    pub pages: usize,
    /// The rows the file was made from: `Rights!A7`.
    pub sources: Vec<String>,
}

/// A finished document.
pub(crate) struct DocFile {
    pub file: String,
    pub pdf: Vec<u8>,
    pub pages: usize,
    pub sources: Vec<String>,
}

impl DocFile {
    /// Writes the file into `dir` (the packet's folder under `relative`) and keeps only
    /// its manifest entry.
    pub(crate) fn save(self, dir: &Path, relative: &str) -> std::io::Result<ManifestFile> {
        std::fs::write(dir.join(&self.file), &self.pdf)?;
        Ok(ManifestFile {
            path: format!("{relative}/{}", self.file),
            sha256: hex(&Sha256::digest(&self.pdf)),
            bytes: self.pdf.len(),
            pages: self.pages,
            sources: self.sources,
        })
    }
}

/// Lower-case hexadecimal.
pub(crate) fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}
