//! Finding a file a cell names when the path as written does not exist: paths as Windows
//! users write them (`evidence\C001\shot.png`, `C:\Users\…\Cases\evidence\shot.png`) and
//! names whose case differs from the file's (`Taobao-1.PNG` for `taobao-1.png`) are matched
//! where exactly one file fits; otherwise the message says what was looked for and what the
//! nearest folder holds.

use std::path::{Path, PathBuf};

/// At most this many names of a folder are given in a message.
const SHOWN: usize = 8;

/// What a path that does not exist as written was found as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Found {
    /// Exactly one file fits.
    Unique(PathBuf),
    /// Why none does (or several do), for the message at the cell.
    Not(String),
}

/// Looks for the file `written` names below `base` (the workbook's folder), with `\` read
/// as a folder separator, each name matched without regard to case when it is not there as
/// written, and an absolute path (a drive letter or `/`) tried from its longest tail that
/// exists below `base`.
pub(crate) fn find(base: &Path, written: &str) -> Found {
    let parts: Vec<&str> = written
        .split(['/', '\\'])
        .filter(|p| !p.is_empty() && *p != ".")
        .collect();
    if parts.is_empty() || parts.contains(&"..") {
        return Found::Not(format!("not found below {}", shown(base)));
    }
    let absolute = written.starts_with(['/', '\\']) || is_drive(parts[0]);
    if !absolute {
        return walk(base, &parts);
    }
    // `C:\Users\me\Cases\evidence\shot.png` from a workbook in `Cases`: the longest tail of
    // the path that is a file below the workbook's folder.
    // A path of more folders than this is not one a person wrote.
    const MAX_PARTS: usize = 64;
    let skip = usize::from(is_drive(parts[0])).max(parts.len().saturating_sub(MAX_PARTS));
    for start in skip..parts.len() {
        if let Found::Unique(path) = walk(base, &parts[start..]) {
            return Found::Unique(path);
        }
    }
    Found::Not(format!(
        "not found: it is a path on another computer, and no file {} is below {}",
        parts[parts.len() - 1],
        shown(base)
    ))
}

/// Follows `parts` from `dir`, each matched as written or else without regard to case.
fn walk(base: &Path, parts: &[&str]) -> Found {
    let mut dir = base.to_path_buf();
    for (i, part) in parts.iter().enumerate() {
        let exact = dir.join(part);
        if std::fs::symlink_metadata(&exact).is_ok() {
            dir = exact;
            continue;
        }
        let names = listing(&dir);
        let lower = part.to_lowercase();
        let fits: Vec<&String> = names.iter().filter(|n| n.to_lowercase() == lower).collect();
        match fits.as_slice() {
            [one] => dir = dir.join(one),
            [] => {
                let looked = parts.join("/");
                let place = match i {
                    0 => "the workbook's folder".to_owned(),
                    _ => parts[..i].join("/"),
                };
                // The file itself is missing: what its folder holds.
                if i + 1 < parts.len() {
                    return Found::Not(format!(
                        "not found: looked for {looked}; there is no folder {part} in {place}"
                    ));
                }
                return Found::Not(match names.len() {
                    0 => format!("not found: looked for {looked}; {place} is empty"),
                    n => format!(
                        "not found: looked for {looked}; {place} holds {}{}",
                        names.iter().take(SHOWN).cloned().collect::<Vec<_>>().join(", "),
                        if n > SHOWN {
                            format!(" and {} more", n - SHOWN)
                        } else {
                            String::new()
                        }
                    ),
                });
            }
            several => {
                let names: Vec<&str> = several.iter().map(|s| s.as_str()).collect();
                return Found::Not(format!(
                    "not found as written, and {} files differ from it only in case: {}",
                    names.len(),
                    names.join(", ")
                ));
            }
        }
    }
    Found::Unique(dir)
}

/// The names in a folder, sorted; none when it cannot be read. The empty path is the
/// current folder.
fn listing(dir: &Path) -> Vec<String> {
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
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

/// `C:` and the like.
fn is_drive(part: &str) -> bool {
    let b = part.as_bytes();
    b.len() == 2 && b[0].is_ascii_alphabetic() && b[1] == b':'
}

fn shown(base: &Path) -> String {
    if base.as_os_str().is_empty() {
        "the workbook's folder".to_owned()
    } else {
        format!("the workbook's folder ({})", base.display())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("evidence/C001")).unwrap();
        for name in ["taobao-1.png", "taobao-2.png", "jd.PDF"] {
            std::fs::write(dir.path().join("evidence/C001").join(name), b"x").unwrap();
        }
        dir
    }

    #[test]
    fn backslashes_case_and_other_computers_paths_find_the_one_file() {
        let dir = folder();
        let at = |rel: &str| Found::Unique(dir.path().join(rel));
        assert_eq!(
            find(dir.path(), "evidence\\C001\\taobao-1.png"),
            at("evidence/C001/taobao-1.png")
        );
        assert_eq!(
            find(dir.path(), "Evidence/c001/Taobao-1.PNG"),
            at("evidence/C001/taobao-1.png")
        );
        assert_eq!(
            find(dir.path(), ".\\evidence\\C001\\jd.pdf"),
            at("evidence/C001/jd.PDF")
        );
        assert_eq!(
            find(dir.path(), "C:\\Users\\li\\Cases\\evidence\\C001\\taobao-2.png"),
            at("evidence/C001/taobao-2.png")
        );
        assert_eq!(
            find(dir.path(), "/Users/li/Cases/Evidence/C001/taobao-2.png"),
            at("evidence/C001/taobao-2.png")
        );
    }

    #[test]
    fn what_is_not_there_is_said_with_what_is() {
        let dir = folder();
        assert_eq!(
            find(dir.path(), "evidence\\C001\\taobao-9.png"),
            Found::Not(
                "not found: looked for evidence/C001/taobao-9.png; evidence/C001 holds jd.PDF, \
                 taobao-1.png, taobao-2.png"
                    .into()
            )
        );
        assert_eq!(
            find(dir.path(), "shots/a.png"),
            Found::Not(
                "not found: looked for shots/a.png; there is no folder shots in the workbook's \
                 folder"
                    .into()
            )
        );
        std::fs::write(dir.path().join("evidence/C001/TAOBAO-1.png"), b"x").unwrap();
        assert_eq!(
            find(dir.path(), "evidence/C001/Taobao-1.png"),
            Found::Not(
                "not found as written, and 2 files differ from it only in case: TAOBAO-1.png, \
                 taobao-1.png"
                    .into()
            )
        );
        assert!(matches!(find(dir.path(), "../secret.png"), Found::Not(_)));
        assert!(
            matches!(find(dir.path(), "D:\\elsewhere\\nothing.png"), Found::Not(m) if m.contains("another computer"))
        );
    }
}
