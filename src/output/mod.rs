//! Output: the packet files, `manifest.json` and `report.txt`, written atomically.
//!
//! Entry points: [`DocFile::save`] as each document finishes, then [`finish_tree`] with the
//! report, which renames the whole tree into place.

mod keep;
mod report;
mod tree;

use std::path::{Path, PathBuf};

use serde::Serialize;
use sha2::{Digest, Sha256};

pub(crate) use report::report;
pub(crate) use tree::{finish_tree, may_replace, start_tree, Made};

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
    /// Every value the file prints, with the cell (or rule, config key or profile key) it
    /// came from and the pages it is on.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub facts: Vec<crate::fact::Entry>,
    /// The evidence files embedded in it, with their pages (listed per evidence file in the
    /// manifest, not here).
    #[serde(skip)]
    pub embeds: Vec<Embed>,
}

/// An evidence file embedded in a document, on these pages (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Embed {
    pub path: PathBuf,
    pub pages: Vec<usize>,
}

/// The evidence files on `pages`, each with the pages (1-based, after `offset` pages) it
/// is drawn on, in order of first appearance.
pub(crate) fn embeds(pages: &[crate::layout::Page], offset: usize) -> Vec<Embed> {
    let mut out: Vec<Embed> = Vec::new();
    for (i, page) in pages.iter().enumerate() {
        for item in &page.items {
            if let crate::layout::Item::Image { attachment, .. } = item {
                let n = offset + i + 1;
                match out.iter_mut().find(|e| e.path == attachment.path) {
                    Some(e) if e.pages.last() != Some(&n) => e.pages.push(n),
                    Some(_) => {}
                    None => out.push(Embed {
                        path: attachment.path.clone(),
                        pages: vec![n],
                    }),
                }
            }
        }
    }
    out
}

/// A finished document's name and what the manifest says of it.
pub(crate) struct DocFile {
    pub file: String,
    pub pages: usize,
    pub sources: Vec<String>,
    pub embeds: Vec<Embed>,
    pub facts: Vec<crate::fact::Entry>,
}

impl DocFile {
    /// Writes the file into `dir` (the packet's folder under `relative`), hashing the bytes
    /// as they go out, and keeps only its manifest entry.
    pub(crate) fn save(
        self,
        pdf: &mut crate::pdf::Written,
        dir: &Path,
        relative: &str,
    ) -> std::io::Result<ManifestFile> {
        let file = std::fs::File::create(dir.join(&self.file))?;
        let mut out = Hashing {
            inner: std::io::BufWriter::with_capacity(256 * 1024, file),
            hash: Sha256::new(),
            bytes: 0,
        };
        pdf.save_to(&mut out).map_err(std::io::Error::other)?;
        std::io::Write::flush(&mut out)?;
        Ok(ManifestFile {
            path: format!("{relative}/{}", self.file),
            sha256: hex(&out.hash.finalize()),
            bytes: out.bytes,
            pages: self.pages,
            sources: self.sources,
            facts: self.facts,
            embeds: self.embeds,
        })
    }
}

/// A writer that hashes and counts what passes through it.
struct Hashing<W> {
    inner: W,
    hash: Sha256,
    bytes: usize,
}

impl<W: std::io::Write> std::io::Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hash.update(&buf[..n]);
        self.bytes += n;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

pub(crate) use crate::evidence::hex;
