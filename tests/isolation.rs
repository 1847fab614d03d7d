//! A workbook read in the bounded child process (the binary's way) reads exactly as one read
//! in this process (a library caller's way): the same report, cell for cell and message for
//! message, in every format, good or bad.

mod support;

use std::path::Path;
use std::process::Command;

use support::files::{fixture, root};
use takedown::check::{check, CheckFormat};

const INPUTS: &[&str] = &[
    "good.xlsx",
    "good-zh.xlsx",
    "good.ods",
    "good.xls",
    "good.xlsb",
    "rules.xlsx",
    "csv/utf8",
    "csv/utf8-bom",
    "csv/utf16le",
    "csv/utf16be",
    "csv/gb18030",
    "csv/zh-names",
    "csv/utf8/listings.csv",
    "bad/empty.xlsx",
    "bad/encrypted.xlsx",
    "bad/missing-column.xlsx",
    "bad/missing-sheet.xlsx",
    "bad/pdf-renamed.xlsx",
    "bad/truncated.xlsx",
    "no-such.xlsx",
];

/// A CSV folder whose reading itself finds problems: a second clients file, bytes that are
/// not UTF-8 and a quote never closed.
fn troubled_csv(dir: &Path) -> String {
    let source = fixture("csv/utf8");
    for name in ["clients.csv", "rights.csv", "listings.csv"] {
        std::fs::copy(source.join(name), dir.join(name)).expect("copies");
    }
    std::fs::copy(source.join("clients.csv"), dir.join("客户.csv")).expect("copies");
    let mut rights = std::fs::read(dir.join("rights.csv")).expect("reads");
    rights.extend(b"R9,C1,trademark,\xff\xfe,\"unclosed\n");
    std::fs::write(dir.join("rights.csv"), rights).expect("writes");
    dir.display().to_string()
}

#[test]
fn every_input_reads_the_same_in_the_child_as_in_process() {
    let folder = root().join("fixtures/ingest");
    // Relative paths, as a user types them, from the fixtures folder (no takedown.yaml there:
    // both ways use the default configuration).
    std::env::set_current_dir(&folder).expect("the fixtures folder");
    assert!(!folder.join("takedown.yaml").exists());
    let temp = tempfile::tempdir().expect("a temp dir");
    let troubled = troubled_csv(temp.path());
    let inputs = INPUTS.iter().copied().chain([troubled.as_str()]);
    let mut reading_warnings = 0;
    for input in inputs {
        let output = Command::new(env!("CARGO_BIN_EXE_takedown"))
            .args(["check", "--format", "json", input])
            .output()
            .expect("runs");
        let in_process = check(&[input.into()], CheckFormat::Json);
        assert_eq!(
            String::from_utf8_lossy(&output.stdout),
            in_process.output,
            "{input}"
        );
        assert_eq!(
            output.status.code(),
            Some(i32::from(in_process.exit_code)),
            "{input}"
        );
        reading_warnings += ["already holds", "some bytes are not valid", "never closed"]
            .iter()
            .filter(|said| in_process.output.contains(*said))
            .count();
    }
    // The warnings of reading itself crossed too.
    assert_eq!(reading_warnings, 3);
}
