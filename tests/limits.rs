//! Hostile input is refused before a reader touches it: a file over the size limit, and a zip
//! container declaring far more unpacked content than a workbook has (a zip bomb).

use std::path::{Path, PathBuf};
use std::process::Command;

use takedown::ingest::{read_workbook, MAX_FILE_BYTES};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/ingest")
        .join(name)
}

fn error_of(path: &Path) -> String {
    match read_workbook(path) {
        Ok(_) => panic!("{} was read", path.display()),
        Err(e) => e.to_string(),
    }
}

/// `takedown check FILE` in `dir`: (stdout, exit status).
fn check(dir: &Path, file: &str) -> (String, i32) {
    let output = Command::new(env!("CARGO_BIN_EXE_takedown"))
        .args(["check", file])
        .current_dir(dir)
        .output()
        .expect("runs");
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        output.status.code().unwrap_or(-1),
    )
}

/// A zip whose entries (stored, CRC left 0) declare `declared` unpacked bytes each.
fn crafted_zip(entries: &[(&str, &[u8], u32)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data, declared) in entries {
        let offset = out.len() as u32;
        let header = |signature: u32, central: bool| {
            let mut h = Vec::new();
            h.extend(signature.to_le_bytes());
            if central {
                h.extend(20u16.to_le_bytes()); // made by
            }
            h.extend(20u16.to_le_bytes()); // needed to extract
            h.extend([0u8; 2]); // flags
            h.extend([0u8; 2]); // method: stored
            h.extend([0u8; 4]); // time, date
            h.extend([0u8; 4]); // crc
            h.extend((data.len() as u32).to_le_bytes());
            h.extend(declared.to_le_bytes());
            h.extend((name.len() as u16).to_le_bytes());
            h.extend([0u8; 2]); // extra
            if central {
                h.extend([0u8; 6]); // comment, disk, internal attributes
                h.extend([0u8; 4]); // external attributes
                h.extend(offset.to_le_bytes());
            }
            h.extend(name.as_bytes());
            h
        };
        out.extend(header(0x0403_4b50, false));
        out.extend(*data);
        central.extend(header(0x0201_4b50, true));
    }
    let start = out.len() as u32;
    out.extend(&central);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend([0u8; 4]);
    out.extend((entries.len() as u16).to_le_bytes());
    out.extend((entries.len() as u16).to_le_bytes());
    out.extend((central.len() as u32).to_le_bytes());
    out.extend(start.to_le_bytes());
    out.extend([0u8; 2]);
    out
}

/// A real workbook whose central directory declares `declared` unpacked bytes for `entry`.
fn with_declared_size(bytes: &[u8], entry: &str, declared: u32) -> Vec<u8> {
    let mut bytes = bytes.to_vec();
    let mut at = 0;
    let mut patched = false;
    while let Some(found) = bytes[at..].windows(4).position(|w| w == b"PK\x01\x02") {
        let h = at + found;
        let len = |o: usize| u16::from_le_bytes([bytes[h + o], bytes[h + o + 1]]) as usize;
        let (name_len, extra, comment) = (len(28), len(30), len(32));
        if &bytes[h + 46..h + 46 + name_len] == entry.as_bytes() {
            bytes[h + 24..h + 28].copy_from_slice(&declared.to_le_bytes());
            patched = true;
        }
        at = h + 46 + name_len + extra + comment;
    }
    assert!(patched, "no entry {entry}");
    bytes
}

#[test]
fn a_file_over_the_size_limit_is_refused_unread() {
    let dir = tempfile::tempdir().expect("temp dir");
    // The CSV set is complete: only its clients.csv is too large.
    for name in ["rights.csv", "listings.csv"] {
        std::fs::write(dir.path().join(name), "x\n").expect("write");
    }
    for name in ["big.xlsx", "clients.csv"] {
        let path = dir.path().join(name);
        // Sparse: no disk space used, and never read.
        let file = std::fs::File::create(&path).expect("create");
        file.set_len(MAX_FILE_BYTES + 1).expect("grow");
        assert_eq!(
            error_of(&path),
            format!(
                "{}: the file is too large to be a workbook (50.0 MiB; the limit is 50.0 MiB)",
                path.display()
            )
        );
    }
    let (out, code) = check(dir.path(), "big.xlsx");
    assert_eq!(
        out,
        "error: big.xlsx: the file is too large to be a workbook (50.0 MiB; the limit is 50.0 MiB)\n"
    );
    assert_eq!(code, 2);
}

#[test]
fn a_zip_declaring_a_huge_total_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let names: Vec<String> = (1..=30).map(|i| format!("xl/worksheets/sheet{i}.xml")).collect();
    let entries: Vec<(&str, &[u8], u32)> = names
        .iter()
        .map(|n| (n.as_str(), &b"<worksheet/>"[..], 19 << 20))
        .collect();
    let path = dir.path().join("bomb.xlsx");
    std::fs::write(&path, crafted_zip(&entries)).expect("write");
    let expected = "bomb.xlsx: refused: its contents declare 570.0 MiB unpacked, over the limit of 500.0 MiB; \
                    this is not a normal workbook (open it in Excel, WPS or LibreOffice and save it again if it should be)";
    assert_eq!(error_of(&path), format!("{}/{expected}", dir.path().display()));
    let (out, code) = check(dir.path(), "bomb.xlsx");
    assert_eq!(out, format!("error: {expected}\n"));
    assert_eq!(code, 2);
}

#[test]
fn a_big_entry_packed_over_100_to_1_is_refused_in_every_zip_format() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (fixture_name, entry) in [
        ("good.xlsx", "xl/worksheets/sheet1.xml"),
        ("good.ods", "content.xml"),
    ] {
        let bytes = std::fs::read(fixture(fixture_name)).expect("fixture");
        let path = dir.path().join(fixture_name);
        std::fs::write(&path, with_declared_size(&bytes, entry, 3 << 30)).expect("write");
        let message = error_of(&path);
        let prefix = format!(
            "{}: refused: {entry} declares 3.0 GiB unpacked from ",
            path.display()
        );
        assert!(message.starts_with(&prefix), "{message}");
        assert!(
            message.contains(", a ratio over 100:1; this is not a normal workbook"),
            "{message}"
        );
    }
    // The same entry declaring its true size is read as before.
    assert!(read_workbook(&fixture("good.xlsx")).is_ok());
    assert!(read_workbook(&fixture("good.ods")).is_ok());
}
