//! What a rebuild keeps: the files a person saved in an output folder that `takedown` did
//! not write (notes, signed scans, a marked-up copy) are carried into the new tree, and a
//! file the tool wrote but a person has changed since stops the rebuild, so nothing of
//! anyone's work is deleted by replacing the folder.
//!
//! The tool's own files are the ones the folder's `manifest.json` lists (with the manifest,
//! `report.txt` and `deadlines.ics`); one modified after that manifest was written whose
//! SHA-256 is no longer the manifest's has been changed by a person. A folder without a manifest was not written by `takedown` and is never
//! replaced while it holds a file.

use std::collections::HashMap;
use std::path::Path;
use std::time::SystemTime;

use sha2::{Digest, Sha256};

/// The files the tool writes beside the packets, with their keys in `manifest.json`.
const OWN: [(&str, &str); 2] = [("report.txt", "report"), ("deadlines.ics", "deadlines")];

/// At most this many files are named in a refusal; the count gives the rest.
const NAMED: usize = 5;

/// Why an output folder cannot be replaced: each path is relative to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The folder holds files and no `manifest.json`: it is not an output of this tool.
    NotOurs { files: Vec<String> },
    /// Files of the tool changed after it wrote them, or a person's file where the new
    /// build writes one of its own.
    Changed { files: Vec<String> },
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (files, what) = match self {
            Refusal::NotOurs { files } => (
                files,
                "it was not written by takedown (it has no manifest.json) and holds",
            ),
            Refusal::Changed { files } => (files, "these files were changed or added by hand:"),
        };
        let shown: Vec<&str> = files.iter().take(NAMED).map(String::as_str).collect();
        write!(f, "not replaced: {what} {}", shown.join(", "))?;
        if files.len() > NAMED {
            write!(f, " and {} more", files.len() - NAMED)?;
        }
        match self {
            Refusal::NotOurs { .. } => {
                write!(f, "; choose another --out folder, or move those files out")
            }
            Refusal::Changed { .. } => write!(
                f,
                "; move them out of the folder (or rename them) and build again"
            ),
        }
    }
}

impl std::error::Error for Refusal {}

/// The person's files in an existing output folder, to carry into the new tree; or why the
/// folder must not be replaced. `writes` tells whether the new tree writes a path
/// (relative, `/`-separated).
pub fn plan(old: &Path, writes: &dyn Fn(&str) -> bool) -> Result<Vec<String>, Refusal> {
    let mut files = Vec::new();
    walk(old, old, &mut files);
    files.sort();
    let manifest = old.join("manifest.json");
    let Some(own) = own_files(&manifest) else {
        return if files.is_empty() {
            Ok(files)
        } else {
            Err(Refusal::NotOurs { files })
        };
    };
    let written = modified(&manifest);
    let mut keep = Vec::new();
    let mut changed = Vec::new();
    for rel in files {
        if rel == "manifest.json" {
            continue;
        }
        if let Some(sha256) = own.get(&rel) {
            // The manifest is written last: a file modified after it may be a person's edit,
            // and is one when its bytes are no longer those the manifest records.
            let path = old.join(&rel);
            if newer(&path, written) && digest(&path).as_deref() != sha256.as_deref() {
                changed.push(rel);
            }
        } else if writes(&rel) {
            changed.push(rel);
        } else {
            keep.push(rel);
        }
    }
    if changed.is_empty() {
        Ok(keep)
    } else {
        Err(Refusal::Changed { files: changed })
    }
}

/// Moves each kept file (relative path) from `old` into `new`, creating its folders. A file
/// that cannot be moved stays in `old`; the error names it.
pub fn carry(old: &Path, new: &Path, keep: &[String]) -> std::io::Result<()> {
    for rel in keep {
        let to = new.join(rel);
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::rename(old.join(rel), &to)
            .map_err(|e| std::io::Error::new(e.kind(), format!("cannot keep {rel}: {e}")))?;
    }
    Ok(())
}

/// The paths `manifest.json` names as the tool's own, each with the SHA-256 it records, or
/// `None` when there is no readable manifest of this tool.
fn own_files(manifest: &Path) -> Option<HashMap<String, Option<String>>> {
    let text = std::fs::read_to_string(manifest).ok()?;
    let value: serde_json::Value = serde_json::from_str(&text).ok()?;
    let sha256 = |v: &serde_json::Value| v.get("sha256")?.as_str().map(str::to_string);
    let mut own: HashMap<String, Option<String>> = value
        .get("files")?
        .as_array()?
        .iter()
        .filter_map(|f| Some((f.get("path")?.as_str()?.to_string(), sha256(f))))
        .collect();
    for (name, key) in OWN {
        own.insert(name.to_string(), value.get(key).and_then(sha256));
    }
    Some(own)
}

/// The SHA-256 of a file, in hex, or `None` when it cannot be read.
fn digest(path: &Path) -> Option<String> {
    let mut file = std::fs::File::open(path).ok()?;
    let mut hasher = Sha256::new();
    std::io::copy(&mut file, &mut hasher).ok()?;
    Some(super::hex(&hasher.finalize()))
}

/// Every file (and link) below `dir`, relative to `root` with `/` between names. Folders
/// are walked, links are not followed.
fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            walk(root, &path, out);
        } else if let Some(rel) = relative(root, &path) {
            out.push(rel);
        }
    }
}

fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::symlink_metadata(path).ok()?.modified().ok()
}

/// Whether `path` was modified after `than` (unknown times: not newer).
fn newer(path: &Path, than: Option<SystemTime>) -> bool {
    matches!((modified(path), than), (Some(m), Some(t)) if m > t)
}

/// The relative path of `path` below `root`, `/`-separated.
fn relative(root: &Path, path: &Path) -> Option<String> {
    let rel = path.strip_prefix(root).ok()?;
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    Some(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (rel, text) in files {
            let path = dir.path().join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        dir
    }

    /// A manifest naming the packet (with the SHA-256 of "%PDF") and the cover letter.
    fn manifest(dir: &Path) {
        let sha = super::super::hex(&Sha256::digest(b"%PDF"));
        let text = format!(
            r#"{{"files": [{{"path": "C001-a/packet.pdf", "sha256": "{sha}"}},
                {{"path": "C001-a/cover-letter.pdf", "sha256": "{sha}"}}]}}"#
        );
        std::fs::write(dir.join("manifest.json"), text).unwrap();
    }

    #[test]
    fn a_persons_file_is_kept_and_the_tools_are_not() {
        let dir = tree(&[
            ("C001-a/packet.pdf", "%PDF"),
            ("C001-a/cover-letter.pdf", "%PDF"),
            ("C001-a/my-notes.txt", "call the client"),
            ("report.txt", ""),
            ("deadlines.ics", ""),
            ("signed/poa-scan.pdf", "%PDF"),
        ]);
        // The manifest is written last.
        std::thread::sleep(std::time::Duration::from_millis(20));
        manifest(dir.path());
        let keep = plan(dir.path(), &|_| false).unwrap();
        assert_eq!(keep, ["C001-a/my-notes.txt", "signed/poa-scan.pdf"]);
    }

    #[test]
    fn a_changed_file_of_the_tool_or_a_clash_refuses() {
        let dir = tree(&[("C001-a/packet.pdf", "%PDF"), ("C001-a/cover-letter.pdf", "%PDF")]);
        std::thread::sleep(std::time::Duration::from_millis(20));
        manifest(dir.path());
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(dir.path().join("C001-a/cover-letter.pdf"), "%PDF marked up").unwrap();
        // Touched but the same bytes as written: still the tool's.
        let same = std::fs::read(dir.path().join("C001-a/packet.pdf")).unwrap();
        std::fs::write(dir.path().join("C001-a/packet.pdf"), same).unwrap();
        std::fs::write(dir.path().join("C001-a/rebuttal-jd-1.pdf"), "mine").unwrap();
        let refusal = plan(dir.path(), &|rel| rel == "C001-a/rebuttal-jd-1.pdf").unwrap_err();
        assert_eq!(
            refusal,
            Refusal::Changed {
                files: vec![
                    "C001-a/cover-letter.pdf".into(),
                    "C001-a/rebuttal-jd-1.pdf".into()
                ]
            }
        );
        assert_eq!(
            refusal.to_string(),
            "not replaced: these files were changed or added by hand: C001-a/cover-letter.pdf, \
             C001-a/rebuttal-jd-1.pdf; move them out of the folder (or rename them) and build again"
        );
    }

    #[test]
    fn a_folder_without_a_manifest_is_not_replaced_unless_empty() {
        let dir = tree(&[("thesis.docx", "x")]);
        let refusal = plan(dir.path(), &|_| false).unwrap_err();
        assert_eq!(
            refusal.to_string(),
            "not replaced: it was not written by takedown (it has no manifest.json) and holds \
             thesis.docx; choose another --out folder, or move those files out"
        );
        let empty = tempfile::tempdir().unwrap();
        std::fs::create_dir(empty.path().join("sub")).unwrap();
        assert_eq!(plan(empty.path(), &|_| false).unwrap(), Vec::<String>::new());
    }

    #[test]
    fn kept_files_move_with_their_folders() {
        let old = tree(&[("signed/poa-scan.pdf", "%PDF")]);
        let new = tempfile::tempdir().unwrap();
        carry(old.path(), new.path(), &["signed/poa-scan.pdf".into()]).unwrap();
        assert_eq!(
            std::fs::read_to_string(new.path().join("signed/poa-scan.pdf")).unwrap(),
            "%PDF"
        );
        assert!(!old.path().join("signed/poa-scan.pdf").exists());
        assert_eq!(
            relative(new.path(), &new.path().join("signed/poa-scan.pdf")).as_deref(),
            Some("signed/poa-scan.pdf")
        );
    }
}
