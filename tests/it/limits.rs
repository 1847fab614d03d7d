//! Hostile input is refused before a reader touches it: a file over the size limit, and a zip
//! container declaring far more unpacked content than a workbook has (a zip bomb).

use crate::{run, support};
use std::path::Path;

use run::check;
use support::docket::error_of;
use support::files::{fixture, root};
use support::fixtures::{csv_workbook, ONE_CLIENT_CSV, ONE_RIGHT_CSV};
use takedown::ingest::{read_workbook, MAX_FILE_BYTES};

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

/// `takedown check --config takedown.yaml FILE` in `dir` with `limits:` as given: (stdout,
/// stderr, exit status).
fn check_within(dir: &Path, limits: &str, file: &str) -> (String, String, i32) {
    std::fs::write(dir.join("takedown.yaml"), format!("limits:\n{limits}")).expect("config");
    run::takedown(dir, &["check", "--config", "takedown.yaml", file])
}

fn hostile_ods(dir: &Path) -> &'static str {
    let from = root().join("fixtures/corpus/hostile/repeated_cells.ods");
    std::fs::copy(from, dir.join("budget.ods")).expect("copy");
    "budget.ods"
}

const STOPPED: &str = "so it is damaged or hostile; open it in Excel or LibreOffice and save it again";

#[cfg(unix)]
#[test]
fn the_memory_limit_of_the_config_stops_the_reader() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = hostile_ods(dir.path());
    let (out, err, code) = check_within(dir.path(), "  memory_mib: 256\n", file);
    assert_eq!(
        out,
        format!("error: budget.ods: reading stopped: it needs more than 256 MiB of memory, {STOPPED}\n")
    );
    assert_eq!((err.as_str(), code), ("", 2));
}

#[cfg(unix)]
#[test]
fn the_processor_time_limit_stops_the_reader() {
    // With room to grow, expanding 90 million cells takes seconds of processor time.
    let dir = tempfile::tempdir().expect("temp dir");
    let file = hostile_ods(dir.path());
    let (out, err, code) = check_within(dir.path(), "  memory_mib: 8192\n  cpu_seconds: 1\n", file);
    assert_eq!(
        out,
        format!("error: budget.ods: reading stopped: it needs more than 1 s of processor time, {STOPPED}\n")
    );
    assert_eq!((err.as_str(), code), ("", 2));
}

#[cfg(unix)]
#[test]
fn a_reader_that_blocks_is_stopped_after_twice_its_processor_time_and_5_s() {
    // A named pipe in place of a workbook: opening it waits for a writer that never comes.
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = std::ffi::CString::new(dir.path().join("pipe.xlsx").into_os_string().into_encoded_bytes())
        .expect("path");
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o600) }, 0);
    let (out, _, code) = check_within(dir.path(), "  cpu_seconds: 1\n", "pipe.xlsx");
    assert_eq!(
        out,
        format!("error: pipe.xlsx: reading stopped: it took more than 7 s, {STOPPED}\n")
    );
    assert_eq!(code, 2);
}

#[cfg(unix)]
#[test]
fn more_cell_data_than_the_output_limit_is_refused_and_other_workbooks_carry_on() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut listings = String::from("url,right_id,store\n");
    for i in 0..40_000 {
        listings.push_str(&format!(
            "https://item.jd.com/{}.html,R1,Store number {i}\n",
            100_000_000 + i
        ));
    }
    csv_workbook(dir.path(), "big", ONE_CLIENT_CSV, ONE_RIGHT_CSV, listings);
    std::fs::copy(fixture("good.xlsx"), dir.path().join("good.xlsx")).expect("copy");
    let (out, _, code) = check_within(dir.path(), "  output_mib: 1\n", "big");
    assert_eq!(
        out,
        format!("error: big: reading stopped: it holds more than 1 MiB of cell data, {STOPPED}\n")
    );
    assert_eq!(code, 2);
    let (out, _, code) = check_within(dir.path(), "  output_mib: 1\n", "good.xlsx");
    assert_eq!(
        out.lines().last(),
        Some("2 clients, 5 rights, 8 listings (2 merged); 0 errors, 7 warnings")
    );
    assert_eq!(code, 0);
}

#[test]
fn limits_that_cannot_work_are_refused_with_the_key_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(fixture("good.xlsx"), dir.path().join("good.xlsx")).expect("copy");
    let (_, err, code) = check_within(dir.path(), "  cpu_seconds: 0\n", "good.xlsx");
    assert_eq!(
        err,
        "takedown: takedown.yaml: limits.cpu_seconds: 0 is not a limit (expected at least 1)\n"
    );
    assert_eq!(code, 2);
    let (_, err, _) = check_within(dir.path(), "  memry_mib: 1\n", "good.xlsx");
    assert!(err.contains("unknown field `memry_mib`"), "{err}");
}
