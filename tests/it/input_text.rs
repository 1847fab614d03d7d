//! Invisible and undecodable text in cells, through `takedown check`: bidirectional controls,
//! zero-width and control characters are removed with a warning at the cell, undecodable
//! characters (an unpaired UTF-16 surrogate) and over-long cells are errors at the cell, and
//! nothing invisible reaches the docket that documents are made from.

use crate::{run, support};
use run::check;
use support::docket::day;
use support::fixtures::{self, csv_workbook, row, s, Sheet, ONE_CLIENT_CSV, ONE_RIGHT_CSV};
use takedown::ingest::read_workbook;
use takedown::model::build_docket_on;

fn sheets(store: &str, client: &str) -> Vec<Sheet> {
    vec![
        Sheet::new(
            "Clients",
            vec![
                row(&["client_id", "name_en", "name_zh", "company_no", "representative"]),
                vec![s("C1"), s(client), s("甲公司"), s("X1"), s("Rep")],
            ],
        ),
        Sheet::new(
            "Rights",
            vec![
                row(&["right_id", "client_id", "type", "number", "title_en"]),
                row(&["R1", "C1", "trademark", "12345678", "ACME"]),
            ],
        ),
        Sheet::new(
            "Listings",
            vec![
                row(&["url", "right_id", "store"]),
                vec![s("https://item.jd.com/100012043978.html"), s("R1"), s(store)],
            ],
        ),
    ]
}

#[test]
fn bidi_zero_width_and_control_characters_are_removed_with_a_warning_at_the_cell() {
    let dir = tempfile::tempdir().expect("temp dir");
    // U+202E makes "Shop\u{202E}gnp.exe" display as "Shopexe.png" to a reviewer.
    let store = "Shop\u{202E}gnp.exe\u{2066}";
    let client = "Acme\u{0}\u{7} Trading\u{200B}";
    fixtures::write_xlsx(&dir.path().join("text.xlsx"), &sheets(store, client)).expect("writes");
    let (out, code) = check(dir.path(), "text.xlsx");
    assert_eq!(
        out,
        "warning: text.xlsx: Clients!B2: removed 3 invisible characters (the first is U+0000)\n\
         warning: text.xlsx: Listings!A1: no column evidence / 证据文件 or purchase_evidence / 购买证据; nothing shows any listing, so every listing is held back from its complaint (no evidence, no complaint): give a screenshot of each in evidence\n\
         warning: text.xlsx: Listings!C2: removed 2 invisible characters (the first is U+202E, right-to-left override)\n\
         1 client, 1 right, 1 listing; 0 errors, 3 warnings\n"
    );
    assert_eq!(code, 0);

    let workbook = read_workbook(&dir.path().join("text.xlsx")).expect("reads");
    let (docket, _) = build_docket_on(&workbook, day());
    let json = serde_json::to_string(&docket).expect("serialises");
    assert!(json.contains("Shopgnp.exe"), "{json}");
    assert!(json.contains("Acme Trading"), "{json}");
    for c in ['\u{202E}', '\u{2066}', '\u{0}', '\u{7}', '\u{200B}'] {
        assert!(!json.contains(c), "U+{:04X} reached the docket", c as u32);
    }
}

#[test]
fn one_bidi_control_is_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    fixtures::write_xlsx(&dir.path().join("one.xlsx"), &sheets("\u{202B}Outlet", "Acme")).expect("writes");
    let (out, code) = check(dir.path(), "one.xlsx");
    assert_eq!(
        out,
        "warning: one.xlsx: Listings!A1: no column evidence / 证据文件 or purchase_evidence / 购买证据; nothing shows any listing, so every listing is held back from its complaint (no evidence, no complaint): give a screenshot of each in evidence\n\
         warning: one.xlsx: Listings!C2: removed an invisible character (U+202B, right-to-left embedding)\n\
         1 client, 1 right, 1 listing; 0 errors, 2 warnings\n"
    );
    assert_eq!(code, 0);
}

/// UTF-16LE with a BOM, CRLF line ends.
fn utf16(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        bytes.extend(unit.to_le_bytes());
    }
    bytes
}

#[test]
fn an_unpaired_surrogate_in_utf16_csv_is_an_error_at_its_cell() {
    let dir = tempfile::tempdir().expect("temp dir");
    // "Sh" + a lone high surrogate + "op".
    let mut listings = utf16("url,right_id,store\r\nhttps://item.jd.com/100012043978.html,R1,Sh");
    listings.extend(0xD800u16.to_le_bytes());
    listings.extend(utf16("op\r\n").split_off(2));
    let crlf = |text: &str| utf16(&text.replace('\n', "\r\n"));
    csv_workbook(
        dir.path(),
        "csv",
        crlf(ONE_CLIENT_CSV),
        crlf(ONE_RIGHT_CSV),
        listings,
    );
    let (out, code) = check(dir.path(), "csv");
    assert_eq!(
        out,
        "warning: csv/listings.csv: some bytes are not valid UTF-16LE; they are shown as \u{FFFD} (save the file as UTF-8 CSV)\n\
         warning: csv/listings.csv: listings!A1: no column evidence / 证据文件 or purchase_evidence / 购买证据; nothing shows any listing, so every listing is held back from its complaint (no evidence, no complaint): give a screenshot of each in evidence\n\
         error: csv/listings.csv: listings!C2: the text has a character that could not be decoded (U+FFFD: the file's bytes are not valid text here); retype it in the workbook, or save the file as UTF-8 CSV again\n\
         1 client, 1 right, 0 listings; 1 error, 2 warnings\n"
    );
    assert_eq!(code, 1);
}

#[test]
fn a_one_megabyte_cell_is_refused_at_its_cell() {
    // Excel cannot hold it (32,767 characters at most); a CSV file can.
    let dir = tempfile::tempdir().expect("temp dir");
    csv_workbook(
        dir.path(),
        "csv",
        ONE_CLIENT_CSV,
        ONE_RIGHT_CSV,
        format!(
            "url,right_id,store\nhttps://item.jd.com/100012043978.html,R1,{}\n",
            "x".repeat(1 << 20)
        ),
    );
    let (out, code) = check(dir.path(), "csv");
    assert_eq!(
        out,
        "warning: csv/listings.csv: listings!A1: no column evidence / 证据文件 or purchase_evidence / 购买证据; nothing shows any listing, so every listing is held back from its complaint (no evidence, no complaint): give a screenshot of each in evidence\n\
         error: csv/listings.csv: listings!C2: the cell holds 1048576 characters, more than the 10000 allowed\n\
         1 client, 1 right, 0 listings; 1 error, 1 warning\n"
    );
    assert_eq!(code, 1);
}
