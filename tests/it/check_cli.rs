//! `takedown check` through the real binary: output, summary, JSON and exit status.

use crate::{run, support};
use std::process::Command;

use support::files::fixture;

/// Runs `takedown check ARGS…` in the fixtures folder; returns (stdout, stderr, exit status).
fn run(args: &[&str]) -> (String, String, i32) {
    run::outcome(
        Command::new(env!("CARGO_BIN_EXE_takedown"))
            .arg("check")
            .args(args)
            .current_dir(fixture("")),
    )
}

#[test]
fn a_good_workbook_exits_0_with_its_warnings_and_a_summary() {
    let (out, err, code) = run(&["good.xlsx"]);
    assert_eq!(
        out,
        "warning: good.xlsx: Clients!I5: Signatory is empty; the legal representative \"John Smith\" (H5) is named to sign the power of attorney\n\
         warning: good.xlsx: Rights!K2: protection from 2026-01-01 starts before this packet's date; the power of attorney and the complaints act from their signature on: leave protect_from blank or give a later date\n\
         warning: good.xlsx: Rights!J6: the Section 8 declaration of use for this US registration was due between 2024-05-14 and 2025-05-14 (grace period to 2025-11-14); unless it was filed, the registration is cancelled or expired: check the registration on the USPTO's TSDR and say in notes that it was filed (e.g. \"§8 accepted 2025-06-02\")\n\
         warning: good.xlsx: Listings!A2: no column evidence / 证据文件 or purchase_evidence / 购买证据; nothing shows any listing, so every listing is held back from its complaint (no evidence, no complaint): give a screenshot of each in evidence\n\
         warning: good.xlsx: Listings!A4: duplicate of Listings!A3 (same Taobao item 600000000001); merged into that row\n\
         warning: good.xlsx: Listings!A7: duplicate of Listings!A6 (same JD item 100012043978); merged into that row\n\
         warning: good.xlsx: Listings!A11: short link https://m.tb.cn/h.UvWxYz?tk=abc cannot be resolved offline; kept as given (paste the item's full link so duplicates can be merged)\n\
         2 clients, 5 rights, 8 listings (2 merged); 0 errors, 7 warnings\n"
    );
    assert_eq!(err, "");
    assert_eq!(code, 0);
}

#[test]
fn errors_exit_1_and_every_problem_is_listed_sorted_by_place() {
    let (out, _, code) = run(&["rules.xlsx"]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 46);
    // The plan's warnings, as `build` gives them, come first: they name rows, not cells.
    assert_eq!(
        lines[..2],
        [
            "warning: rules.xlsx: Clients: row 6: client \"C4\" has no rights in the rights sheet; no packet is made for it",
            "warning: rules.xlsx: Clients: row 9: client \"C7\" has no rights in the rights sheet; no packet is made for it",
        ]
    );
    assert_eq!(
        lines[2],
        "warning: rules.xlsx: Clients!G2: signatory is empty; the legal representative \"Rep One\" (F2) is named to sign the power of attorney"
    );
    assert_eq!(
        lines[3],
        "error: rules.xlsx: Clients!A3: client_id \"C1\" is already used in row 2"
    );
    assert_eq!(lines[23], "error: rules.xlsx: Rights!I10: \"2026-13-01\" is not a date (expected e.g. 2026-11-28 or 2026年11月28日)");
    assert_eq!(
        lines[45],
        "3 clients, 7 rights, 3 listings (1 merged); 20 errors, 25 warnings"
    );
}

#[test]
fn an_unusable_file_exits_2_with_one_line() {
    for (file, message) in [
        ("bad/empty.xlsx", "error: bad/empty.xlsx: the file is empty (0 bytes)\n"),
        ("bad/missing.xlsx", "error: bad/missing.xlsx: no such file or folder\n"),
        ("bad/pdf-renamed.xlsx", "error: bad/pdf-renamed.xlsx: not a spreadsheet: the file is a PDF document (save the workbook as .xlsx, .xls, .ods or .csv)\n"),
        ("bad/encrypted.xlsx", "error: bad/encrypted.xlsx: the workbook is encrypted with a password; save a copy without a password to open it and check that\n"),
        ("bad/missing-sheet.xlsx", "error: bad/missing-sheet.xlsx: no sheet Listings / 侵权链接 (sheets found: Clients, Rights, Notes)\n"),
    ] {
        let (out, err, code) = run(&[file]);
        assert_eq!((out.as_str(), err.as_str(), code), (message, "", 2), "{file}");
    }
    let (out, err, code) = run(&["bad/truncated.xlsx"]);
    assert!(
        out.starts_with("error: bad/truncated.xlsx: the workbook is damaged"),
        "{out}"
    );
    assert!(!err.contains("panicked"));
    assert_eq!(code, 2);
}

#[test]
fn several_workbooks_each_get_a_summary_and_a_total() {
    let (out, _, code) = run(&[
        "good.xlsx",
        "bad/empty.xlsx",
        "csv/utf8/clients.csv",
        "csv/utf8/rights.csv",
    ]);
    assert_eq!(code, 2, "an unusable file wins over everything else");
    let tail: Vec<&str> = out.lines().filter(|l| !l.starts_with("warning: ")).collect();
    assert_eq!(
        tail,
        [
            "good.xlsx: 2 clients, 5 rights, 8 listings (2 merged); 0 errors, 7 warnings",
            "error: bad/empty.xlsx: the file is empty (0 bytes)",
            "csv/utf8: 2 clients, 5 rights, 8 listings (2 merged); 0 errors, 7 warnings",
            "total: 4 clients, 10 rights, 16 listings (4 merged); 1 error, 14 warnings (1 workbook could not be used)",
        ]
    );
    assert!(out.contains("warning: csv/utf8/listings.csv: listings!A11: short link"));
}

#[test]
fn json_output_has_the_same_findings() {
    let (out, _, code) = run(&["--format", "json", "rules.xlsx", "bad/empty.xlsx"]);
    assert_eq!(code, 2);
    let json: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    assert_eq!(json["exit_code"], 2);
    assert_eq!(json["errors"], 21);
    assert_eq!(json["warnings"], 25);
    let rules = &json["workbooks"][0];
    assert_eq!(rules["file"], "rules.xlsx");
    assert_eq!(rules["format"], "xlsx");
    assert_eq!(
        rules["summary"],
        "3 clients, 7 rights, 3 listings (1 merged); 20 errors, 25 warnings"
    );
    assert_eq!(rules["listings"], 3);
    assert_eq!(rules["merged"], 1);
    let first = &rules["diagnostics"][3];
    assert_eq!(first["severity"], "error");
    assert_eq!(first["location"]["file"], "rules.xlsx");
    assert_eq!(first["location"]["sheet"], "Clients");
    assert_eq!(first["location"]["cell"], "A3");
    assert_eq!(first["message"], "client_id \"C1\" is already used in row 2");
    let empty = &json["workbooks"][1];
    assert_eq!(empty["unusable"], "bad/empty.xlsx: the file is empty (0 bytes)");
    assert_eq!(empty["format"], serde_json::Value::Null);
}

#[test]
fn usage_errors_exit_2() {
    let (_, err, code) = run(&[]);
    assert_eq!(code, 2);
    assert!(err.contains("WORKBOOK"), "{err}");
    let (_, err, code) = run(&["--format", "yaml", "good.xlsx"]);
    assert_eq!(code, 2);
    assert!(err.contains("possible values: text, json"), "{err}");
}
