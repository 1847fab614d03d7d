//! The fixtures' paths, the sample workbook with its evidence files, and what a folder holds.
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

/// Copies the sample workbook (as `sample.xlsx`) and the evidence files it names into `dir`.
pub fn copy_sample(dir: &Path) {
    std::fs::create_dir_all(dir).expect("mkdir");
    std::fs::copy(sample(), dir.join("sample.xlsx")).expect("copy");
    for (relative, bytes) in takedown::sample_files::sample_files() {
        let path = dir.join(relative);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, bytes).expect("write");
    }
}

/// The names in a folder, sorted (none if it does not exist).
pub fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// Every file under `dir`, relative, with `/` between folders, sorted.
pub fn tree(dir: &Path) -> Vec<String> {
    fn walk(base: &Path, dir: &Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(base, &path, out);
            } else {
                out.push(
                    path.strip_prefix(base)
                        .unwrap()
                        .to_string_lossy()
                        .replace('\\', "/"),
                );
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

/// Every PDF under a folder.
pub fn pdfs(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read").flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(pdfs(&path));
        } else if path.extension().is_some_and(|e| e == "pdf") {
            found.push(path);
        }
    }
    found
}

/// The packet folder of `client` (`C001-…`) in a workbook's output folder `base`.
pub fn packet(base: &Path, client: &str) -> PathBuf {
    std::fs::read_dir(base)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(client))
        .unwrap_or_else(|| panic!("no packet for {client} in {}", base.display()))
}
