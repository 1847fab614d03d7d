//! Reading workbooks: every format and CSV encoding gives the same docket, headers and sheets are
//! found by English or Chinese names, cell references are Excel's, and bad files get one message.

use crate::support;
use std::path::{Path, PathBuf};

use support::docket::{day, docket, error_of};
use support::files::fixture;
use support::fixtures::{self, row, s, Encoding, Sheet, C};
use takedown::ingest::{read_workbook, CellRef, Field, Format, SheetKind, Value};
use takedown::model::build_docket_on;

/// The docket as JSON with the source files blanked (they differ between formats), and the
/// diagnostics as `Sheet!Cell: message` in lower case sheet names.
fn outcome(path: &Path) -> (serde_json::Value, Vec<String>) {
    let workbook = read_workbook(path).unwrap_or_else(|e| panic!("{e}"));
    let (docket, diagnostics) = build_docket_on(&workbook, day());
    let mut json = serde_json::to_value(&docket).expect("serialises");
    blank_sources(&mut json);
    let messages = diagnostics
        .iter()
        .map(|d| {
            format!(
                "{}!{}: {}",
                d.location.sheet.as_deref().unwrap_or(""),
                d.location.cell.as_deref().unwrap_or(""),
                d.message
            )
        })
        .collect();
    (json, messages)
}

fn blank_sources(json: &mut serde_json::Value) {
    match json {
        serde_json::Value::Object(map) => {
            for (key, value) in map.iter_mut() {
                if key == "file" || key == "sheet" {
                    *value = serde_json::Value::Null;
                } else {
                    blank_sources(value);
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(blank_sources),
        _ => {}
    }
}

#[test]
fn xlsx_xls_ods_and_chinese_headers_give_the_same_docket() {
    let (expected, messages) = outcome(&fixture("good.xlsx"));
    assert_eq!(
        messages,
        [
            "Clients!I5: Signatory is empty; the legal representative \"John Smith\" (H5) is named to sign the power of attorney",
            "Rights!K2: protection from 2026-01-01 starts before this packet's date; the power of attorney and the complaints act from their signature on: leave protect_from blank or give a later date",
            "Rights!J6: the Section 8 declaration of use for this US registration was due between 2024-05-14 and 2025-05-14 (grace period to 2025-11-14); unless it was filed, the registration is cancelled or expired: check the registration on the USPTO's TSDR and say in notes that it was filed (e.g. \"§8 accepted 2025-06-02\")",
            "Listings!A2: no column evidence / 证据文件 or purchase_evidence / 购买证据; nothing shows any listing, so every listing is held back from its complaint (no evidence, no complaint): give a screenshot of each in evidence",
            "Listings!A4: duplicate of Listings!A3 (same Taobao item 600000000001); merged into that row",
            "Listings!A7: duplicate of Listings!A6 (same JD item 100012043978); merged into that row",
            "Listings!A11: short link https://m.tb.cn/h.UvWxYz?tk=abc cannot be resolved offline; kept as given (paste the item's full link so duplicates can be merged)",
        ]
    );
    for name in ["good.xls", "good.ods", "good.xlsb"] {
        let (json, got) = outcome(&fixture(name));
        assert_eq!(json, expected, "{name}");
        assert_eq!(got, messages, "{name}");
    }
    let (json, got) = outcome(&fixture("good-zh.xlsx"));
    let mut zh_expected = expected.clone();
    // Unknown columns keep their own (Chinese) headers.
    for (sheet, from, to) in [
        ("clients", "Account manager", "客户经理"),
        ("rights", "Internal ref", "内部编号"),
        ("listings", "Reviewer", "审核人"),
    ] {
        for record in zh_expected[sheet].as_array_mut().into_iter().flatten() {
            if let Some(extra) = record["extra"].as_object_mut() {
                if let Some(value) = extra.remove(from) {
                    extra.insert(to.to_owned(), value);
                }
            }
        }
    }
    assert_eq!(json, zh_expected);
    let zh_messages: Vec<String> = messages
        .iter()
        .map(|m| {
            m.replace("Listings", "侵权链接")
                .replace("Rights!", "知识产权!")
                .replace("Clients!I5: Signatory", "客户!I5: 签字人")
        })
        .collect();
    assert_eq!(got, zh_messages);
}

#[test]
fn xlsb_cells_and_errors_read_like_xlsx() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("rules.xlsb");
    support::xlsb::write_xlsb(&path, &fixtures::rules()).expect("writes");
    let (json, messages) = outcome(&path);
    let (expected_json, expected) = outcome(&fixture("rules.xlsx"));
    assert_eq!(messages, expected);
    assert_eq!(json, expected_json);
    assert_eq!(read_workbook(&path).expect("reads").format, Format::Xlsb);
}

#[test]
fn csv_in_every_encoding_gives_the_same_docket() {
    let (expected, messages) = outcome(&fixture("good.xlsx"));
    let zh = outcome(&fixture("good-zh.xlsx")).0;
    for dir in ["utf8", "utf8-bom", "utf16le", "utf16be"] {
        let (json, got) = outcome(&fixture(&format!("csv/{dir}")));
        assert_eq!(json, expected, "{dir}");
        let lower: Vec<String> = messages
            .iter()
            .map(|m| {
                m.replace("Listings", "listings")
                    .replace("Clients", "clients")
                    .replace("Rights!", "rights!")
            })
            .collect();
        assert_eq!(got, lower, "{dir}");
    }
    for dir in ["gb18030", "zh-names"] {
        assert_eq!(outcome(&fixture(&format!("csv/{dir}"))).0, zh, "{dir}");
    }
    // Any one of the files stands for its folder.
    assert_eq!(outcome(&fixture("csv/utf8/rights.csv")).0, expected);
}

#[test]
fn csv_cell_references_name_the_file_and_its_stem() {
    let workbook = read_workbook(&fixture("csv/utf8")).expect("reads");
    assert_eq!(workbook.format, Format::Csv);
    assert_eq!(workbook.listings.sheet, "listings");
    assert!(workbook.listings.file.ends_with("csv/utf8/listings.csv"));
    let (_, diagnostics) = build_docket_on(&workbook, day());
    let text = diagnostics[4].to_string();
    assert!(text.ends_with("csv/utf8/listings.csv: listings!A4: duplicate of listings!A3 (same Taobao item 600000000001); merged into that row"), "{text}");
}

#[test]
fn gb18030_is_detected_and_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sheets = fixtures::good_zh();
    fixtures::write_csv(
        dir.path(),
        &sheets,
        ["clients.csv", "rights.csv", "listings.csv"],
        Encoding::Gb18030,
    )
    .expect("writes");
    let bytes = std::fs::read(dir.path().join("clients.csv")).expect("reads");
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "the fixture really is not UTF-8"
    );
    let docket = docket(dir.path());
    assert_eq!(docket.clients[0].name.zh, "厦门阿克米贸易有限公司");
}

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).expect("writes");
}

const RIGHTS_CSV: &str = "right_id,client_id,type,number\nR1,C1,trademark,12345678\n";
const LISTINGS_CSV: &str = "url,right_id\nhttps://item.jd.com/1.html,R1\n";

#[test]
fn csv_quoting_tabs_and_unclosed_quotes() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "clients.csv",
        "client_id,name_en,company_no,address_en,representative\r\nC1,\"Acme, Inc.\",X1,\"1 Road\nLine 2\",\"Rep \"\"Bob\"\"\"\r\nC2,Beta,X2,,Rep\r\n",
    );
    write(dir.path(), "rights.csv", RIGHTS_CSV);
    write(
        dir.path(),
        "listings.csv",
        "url\tright_id\nhttps://item.jd.com/1.html\tR1\n",
    );
    let docket = docket(dir.path());
    assert_eq!(docket.clients[0].name.en, "Acme, Inc.");
    assert_eq!(docket.clients[0].address.en, "1 Road\nLine 2");
    assert_eq!(docket.clients[0].representative.as_deref(), Some("Rep \"Bob\""));
    assert_eq!(
        docket.clients[1].source.row, 3,
        "a record with a line break is one row"
    );
    assert_eq!(docket.listings.len(), 1, "tab-separated is detected");

    write(
        dir.path(),
        "clients.csv",
        "client_id,name_en,company_no,representative\nC1,Acme,X1,\"Rep\nC2,Beta,X2,Rep\n",
    );
    let workbook = read_workbook(dir.path()).expect("reads");
    let (_, diagnostics) = build_docket_on(&workbook, day());
    let unclosed = diagnostics
        .iter()
        .find(|d| d.message.contains("never closed"))
        .expect("reported");
    assert_eq!(unclosed.location.cell.as_deref(), Some("D2"));
}

#[test]
fn header_aliases_match_in_both_languages_ignoring_case_spacing_and_width() {
    let cases: [(SheetKind, &str, Field); 14] = [
        (SheetKind::Clients, "client_id", Field::ClientId),
        (SheetKind::Clients, "Client ID", Field::ClientId),
        (SheetKind::Clients, "CLIENT-ID", Field::ClientId),
        (SheetKind::Clients, "ｃｌｉｅｎｔ＿ｉｄ", Field::ClientId),
        (SheetKind::Clients, " 客户 编号 ", Field::ClientId),
        (SheetKind::Clients, "客户编号*", Field::ClientId),
        (SheetKind::Clients, "统一社会信用代码", Field::CompanyNo),
        (SheetKind::Clients, "Name (EN)", Field::NameEn),
        (SheetKind::Rights, "名称（英文）", Field::TitleEn),
        (SheetKind::Rights, "名称(中文)", Field::TitleZh),
        (SheetKind::Rights, "有效期止", Field::ValidTo),
        (SheetKind::Rights, "Valid Until", Field::ValidTo),
        (SheetKind::Listings, "链接", Field::Url),
        (SheetKind::Listings, "权利编号", Field::RightId),
    ];
    for (kind, header, field) in cases {
        assert_eq!(kind.field_for_header(header), Some(field), "{header}");
    }
    assert_eq!(SheetKind::Clients.field_for_header("Favourite colour"), None);
    for (name, kind) in [
        ("Clients", SheetKind::Clients),
        ("ＣＬＩＥＮＴＳ", SheetKind::Clients),
        ("客户", SheetKind::Clients),
        ("IP rights", SheetKind::Rights),
        ("ip_rights", SheetKind::Rights),
        ("知识产权", SheetKind::Rights),
        ("侵权 链接", SheetKind::Listings),
        ("listings", SheetKind::Listings),
    ] {
        assert_eq!(SheetKind::from_name(name), Some(kind), "{name}");
    }
}

/// A workbook whose used range starts at C5 (calamine's range starts there too).
fn offset_workbook(dir: &Path) -> PathBuf {
    let pad = |cells: Vec<C>| -> Vec<C> { [vec![C::E, C::E], cells].concat() };
    let blank = || vec![];
    let clients = Sheet::new(
        "Clients",
        vec![
            blank(),
            blank(),
            blank(),
            blank(),
            pad(row(&["client_id", "name_en", "company_no", "representative"])),
            pad(row(&["C1", "Acme", "X1", "Rep"])),
            blank(),
            pad(vec![s("C2"), s("Beta"), s("X2"), s("Rep")]),
        ],
    );
    let rights = Sheet::new(
        "Rights",
        vec![
            blank(),
            blank(),
            blank(),
            pad(row(&["Right ID", "客户编号", "类型", "注册号", "有效期止"])),
            pad(vec![
                s("R1"),
                s("C1"),
                s("商标"),
                C::N(12345678.0),
                s("2026-13-01"),
            ]),
        ],
    );
    let listings = Sheet::new(
        "Listings",
        vec![
            pad(row(&["url", "right_id"])),
            pad(row(&["https://item.jd.com/1.html", "R1"])),
        ],
    );
    let path = dir.join("offset.xlsx");
    fixtures::write_xlsx(&path, &[clients, rights, listings]).expect("writes");
    path
}

#[test]
fn cell_references_are_the_ones_excel_shows() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = offset_workbook(dir.path());
    let workbook = read_workbook(&path).expect("reads");
    assert_eq!(workbook.clients.header_row, 5);
    assert_eq!(workbook.clients.columns[0].col, 2);
    assert_eq!(workbook.clients.rows.len(), 2, "the blank row is skipped");
    assert_eq!(workbook.clients.rows[1].number, 8);
    assert_eq!(workbook.rights.rows[0].cells[3].at.to_string(), "F5");
    assert_eq!(workbook.rights.rows[0].cells[3].value, Value::Number(12345678.0));
    let (docket, diagnostics) = build_docket_on(&workbook, day());
    assert_eq!(docket.clients[1].source.row, 8);
    assert_eq!(docket.rights.len(), 0);
    let file = path.display().to_string();
    assert_eq!(
        diagnostics.iter().map(ToString::to_string).collect::<Vec<_>>(),
        [
            format!("{file}: Clients!C5: no column name_zh / 中文名称; English names are used in the Chinese text"),
            format!("{file}: Rights!C4: no column title_en / 名称（英文） or title_zh / 名称（中文）; rights have no title (mark, work or invention)"),
            format!("{file}: Rights!G5: \"2026-13-01\" is not a date (expected e.g. 2026-11-28 or 2026年11月28日)"),
            format!("{file}: Listings!C1: no column evidence / 证据文件 or purchase_evidence / 购买证据; nothing shows any listing, so every listing is held back from its complaint (no evidence, no complaint): give a screenshot of each in evidence"),
            format!("{file}: Listings!D2: right \"R1\" could not be used (see Rights row 5); this listing is left out until it can"),
        ]
    );
}

#[test]
fn column_names() {
    for (col, name) in [
        (0, "A"),
        (25, "Z"),
        (26, "AA"),
        (51, "AZ"),
        (52, "BA"),
        (701, "ZZ"),
        (702, "AAA"),
        (16383, "XFD"),
    ] {
        assert_eq!(CellRef::column_name(col), name);
    }
    assert_eq!(CellRef::new(8, 9).to_string(), "J8");
}

#[test]
fn bad_files_get_one_clear_message() {
    let bad = |name: &str| fixture(&format!("bad/{name}"));
    let p = |name: &str| bad(name).display().to_string();
    assert_eq!(
        error_of(&bad("nope.xlsx")),
        format!("{}: no such file or folder", p("nope.xlsx"))
    );
    assert_eq!(
        error_of(&bad("empty.xlsx")),
        format!("{}: the file is empty (0 bytes)", p("empty.xlsx"))
    );
    assert_eq!(
        error_of(&bad("pdf-renamed.xlsx")),
        format!("{}: not a spreadsheet: the file is a PDF document (save the workbook as .xlsx, .xls, .ods or .csv)", p("pdf-renamed.xlsx"))
    );
    assert_eq!(
        error_of(&bad("truncated.xlsx")),
        format!("{}: the workbook is damaged (the zip container is truncated or corrupt: invalid Zip archive: Could not find EOCD); open it in Excel, WPS or LibreOffice and save it again", p("truncated.xlsx"))
    );
    assert_eq!(
        error_of(&bad("encrypted.xlsx")),
        format!("{}: the workbook is encrypted with a password; save a copy without a password to open it and check that", p("encrypted.xlsx"))
    );
    assert_eq!(
        error_of(&bad("missing-sheet.xlsx")),
        format!(
            "{}: no sheet Listings / 侵权链接 (sheets found: Clients, Rights, Notes)",
            p("missing-sheet.xlsx")
        )
    );
    assert_eq!(
        error_of(&bad("missing-column.xlsx")),
        format!("{}: Clients: no column company_no / 注册号 (headers found in row 3: Client ID, Name (EN), Name_ZH, Country, Address, Chinese address, Legal representative, Signatory, Title, E-mail, Phone, Account manager)", p("missing-column.xlsx"))
    );
}

#[test]
fn more_bad_inputs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = |name: &str| dir.path().join(name);
    let shown = |name: &str| path(name).display().to_string();

    std::fs::write(
        path("page.xls"),
        "<html><body><table><tr><td>1</td></tr></table></body></html>",
    )
    .expect("writes");
    assert_eq!(
        error_of(&path("page.xls")),
        format!("{}: not a spreadsheet: the file is a web page (HTML) saved with a spreadsheet name, not a real workbook (save the workbook as .xlsx, .xls, .ods or .csv)", shown("page.xls"))
    );
    std::fs::write(path("garbage.xlsx"), b"PK\x03\x04garbage that is not a zip").expect("writes");
    assert!(error_of(&path("garbage.xlsx")).contains("the workbook is damaged"));
    std::fs::write(
        path("ole.xls"),
        b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 and then nothing useful",
    )
    .expect("writes");
    assert!(error_of(&path("ole.xls")).contains("the workbook is damaged"));

    // A sheet with no cells at all.
    let sheets = vec![
        Sheet::new("Clients", vec![]),
        Sheet::new("Rights", vec![row(&["right_id"])]),
        Sheet::new("Listings", vec![row(&["url"])]),
    ];
    fixtures::write_xlsx(&path("blank.xlsx"), &sheets).expect("writes");
    assert_eq!(
        error_of(&path("blank.xlsx")),
        format!("{}: Clients: the sheet is empty (expected a header row with client_id / 客户编号, name_en / 英文名称, company_no / 注册号)", shown("blank.xlsx"))
    );

    // CSV folders.
    let csv = path("csv");
    std::fs::create_dir(&csv).expect("mkdir");
    write(&csv, "clients.csv", "client_id,name_en,company_no\nC1,Acme,X1\n");
    write(&csv, "notes.csv", "x\n");
    assert_eq!(
        error_of(&csv),
        format!("{}: no rights.csv / 知识产权.csv, no listings.csv / 侵权链接.csv (CSV files found: clients.csv, notes.csv)", csv.display())
    );
    assert_eq!(
        error_of(&csv.join("notes.csv")),
        format!("{}: cannot tell which sheet this CSV file holds; name the files clients.csv, rights.csv and listings.csv (or 客户.csv, 知识产权.csv, 侵权链接.csv)", csv.join("notes.csv").display())
    );
    write(&csv, "rights.csv", RIGHTS_CSV);
    write(&csv, "listings.csv", "");
    assert_eq!(
        error_of(&csv),
        format!(
            "{}: the file is empty (0 bytes)",
            csv.join("listings.csv").display()
        )
    );
    write(&csv, "listings.csv", "link\nhttps://item.jd.com/1.html\n");
    assert_eq!(
        error_of(&csv),
        format!(
            "{}: listings: no column right_id / 权利编号 (headers found in row 1: link)",
            csv.join("listings.csv").display()
        )
    );
    write(&csv, "listings.csv", LISTINGS_CSV);
    assert_eq!(docket(&csv).listings.len(), 1);
}

#[test]
fn formula_errors_long_cells_and_control_characters_never_panic() {
    let dir = tempfile::tempdir().expect("temp dir");
    let long = "长".repeat(20_000);
    let clients = Sheet::new(
        "Clients",
        vec![
            row(&["client_id", "name_en", "company_no", "representative"]),
            vec![C::Err("#N/A"), s("Acme"), s("X1"), s("Rep")],
            vec![s("C2"), s(&long), s("X2"), s("Rep")],
            vec![s("C3"), s("Be\u{0}ta\u{1b}\u{200b}"), s("#REF!"), s("Rep")],
            vec![s("C4"), s("Gamma"), C::Err("#DIV/0!"), s("Rep")],
        ],
    );
    let sheets = vec![
        clients,
        Sheet::new("Rights", vec![row(&["right_id", "client_id", "type", "number"])]),
        Sheet::new("Listings", vec![row(&["url", "right_id"])]),
    ];
    let path = dir.path().join("cells.xlsx");
    fixtures::write_xlsx(&path, &sheets).expect("writes");
    let workbook = read_workbook(&path).expect("reads");
    let (docket, diagnostics) = build_docket_on(&workbook, day());
    let messages: Vec<String> = diagnostics
        .iter()
        .map(|d| {
            format!(
                "{} {}: {}",
                d.severity,
                d.location.cell.as_deref().unwrap_or(""),
                d.message
            )
        })
        .collect();
    assert_eq!(
        messages,
        [
            "warning A1: no column name_zh / 中文名称; English names are used in the Chinese text",
            "error A2: formula error #N/A in this cell (fix the formula or type the value)",
            "error B3: the cell holds 20000 characters, more than the 10000 allowed",
            "warning B4: removed 3 invisible characters (the first is U+0000)",
            "error C4: formula error #REF! in this cell (fix the formula or type the value)",
            "error C5: formula error #DIV/0! in this cell (fix the formula or type the value)",
            "warning A1: no column title_en / 名称（英文） or title_zh / 名称（中文）; rights have no title (mark, work or invention)",
            "warning A1: no column evidence / 证据文件 or purchase_evidence / 购买证据; nothing shows any listing, so every listing is held back from its complaint (no evidence, no complaint): give a screenshot of each in evidence",
        ]
    );
    assert!(docket.clients.is_empty());
}

#[test]
fn damaged_workbooks_of_every_format_give_an_error_not_a_panic() {
    let dir = tempfile::tempdir().expect("temp dir");
    for name in ["good.xlsx", "good.xls", "good.ods", "good.xlsb"] {
        let bytes = std::fs::read(fixture(name)).expect("reads");
        let extension = name.rsplit('.').next().unwrap_or("xlsx");
        for step in 1..16 {
            // Cut short, and with a run of bytes overwritten in the middle.
            let cut = bytes.len() * step / 16;
            let path = dir.path().join(format!("cut-{step}.{extension}"));
            std::fs::write(&path, &bytes[..cut]).expect("writes");
            let _ = read_workbook(&path);
            let mut garbled = bytes.clone();
            for byte in garbled.iter_mut().skip(cut).take(64) {
                *byte ^= 0x5A;
            }
            std::fs::write(&path, &garbled).expect("writes");
            if let Ok(workbook) = read_workbook(&path) {
                let _ = build_docket_on(&workbook, day());
            }
        }
    }
}

#[test]
fn the_format_comes_from_the_bytes_not_the_extension() {
    let dir = tempfile::tempdir().expect("temp dir");
    let expected = outcome(&fixture("good.xlsx")).0;
    for (from, to, format) in [
        ("good.xlsx", "macro.xlsm", Format::Xlsx),
        ("good.xlsx", "named-wrong.xls", Format::Xlsx),
        ("good.xls", "named-wrong.xlsx", Format::Xls),
        ("good.ods", "no-extension", Format::Ods),
        ("good.xlsb", "named-wrong.ods", Format::Xlsb),
    ] {
        let path = dir.path().join(to);
        std::fs::copy(fixture(from), &path).expect("copies");
        assert_eq!(read_workbook(&path).expect("reads").format, format, "{to}");
        assert_eq!(outcome(&path).0, expected, "{to}");
    }
}

#[test]
fn utf16_without_a_bom_is_detected() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (sheet, name) in fixtures::good_en()
        .iter()
        .zip(["clients.csv", "rights.csv", "listings.csv"])
    {
        let text = fixtures::csv_text(&sheet.rows);
        let bytes: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        std::fs::write(dir.path().join(name), bytes).expect("writes");
    }
    assert_eq!(outcome(dir.path()).0, outcome(&fixture("good.xlsx")).0);
}
