//! Workbook fixtures for the ingest/model tests and benchmark, written with rust_xlsxwriter
//! (and as CSV in several encodings). `cargo run --example make_ingest_fixtures` writes them to
//! `fixtures/ingest/`; tests also call these builders directly.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook, XlsxError};

/// One cell of a fixture sheet.
#[derive(Debug, Clone, PartialEq)]
pub enum C {
    /// Empty.
    E,
    /// Text.
    S(String),
    /// A number.
    N(f64),
    /// A date cell (yyyy-mm-dd number format).
    D(u16, u8, u8),
    /// A formula whose cached result is an error such as `#N/A`.
    Err(&'static str),
}

impl C {
    /// The cell as CSV text (what Excel exports).
    pub fn csv_text(&self) -> String {
        match self {
            C::E => String::new(),
            C::S(text) => text.clone(),
            C::N(number) if number.fract() == 0.0 => format!("{number:.0}"),
            C::N(number) => number.to_string(),
            C::D(y, m, d) => format!("{y:04}-{m:02}-{d:02}"),
            C::Err(code) => (*code).to_owned(),
        }
    }
}

/// Text cell.
pub fn s(text: &str) -> C {
    if text.is_empty() {
        C::E
    } else {
        C::S(text.to_owned())
    }
}

/// A row of text cells (`""` = empty).
pub fn row(cells: &[&str]) -> Vec<C> {
    cells.iter().map(|t| s(t)).collect()
}

/// A sheet: its name and rows from row 1.
#[derive(Debug, Clone)]
pub struct Sheet {
    pub name: String,
    pub rows: Vec<Vec<C>>,
}

impl Sheet {
    pub fn new(name: &str, rows: Vec<Vec<C>>) -> Self {
        Sheet {
            name: name.to_owned(),
            rows,
        }
    }
}

/// Writes sheets as an .xlsx workbook.
pub fn write_xlsx(path: &Path, sheets: &[Sheet]) -> Result<(), XlsxError> {
    let mut workbook = Workbook::new();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    for sheet in sheets {
        let worksheet = workbook.add_worksheet();
        worksheet.set_name(&sheet.name)?;
        for (r, cells) in sheet.rows.iter().enumerate() {
            for (c, cell) in cells.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                match cell {
                    C::E => {}
                    C::S(text) => {
                        worksheet.write_string(r, c, text)?;
                    }
                    C::N(number) => {
                        worksheet.write_number(r, c, *number)?;
                    }
                    C::D(y, m, d) => {
                        worksheet.write_datetime_with_format(
                            r,
                            c,
                            ExcelDateTime::from_ymd(*y, *m, *d)?,
                            &date,
                        )?;
                    }
                    C::Err(code) => {
                        worksheet.write_formula(r, c, Formula::new("=NA()").set_result(*code))?;
                    }
                }
            }
        }
    }
    workbook.save(path)
}

/// A text encoding for CSV fixtures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf8Bom,
    Utf16LeBom,
    Utf16BeBom,
    Gb18030,
}

/// A sheet as CSV text: fields with `,` `"` or line breaks quoted, CRLF line ends (as Excel).
pub fn csv_text(rows: &[Vec<C>]) -> String {
    let mut out = String::new();
    for cells in rows {
        let fields: Vec<String> = cells
            .iter()
            .map(|cell| {
                let text = cell.csv_text();
                if text.contains([',', '"', '\n', '\r']) {
                    format!("\"{}\"", text.replace('"', "\"\""))
                } else {
                    text
                }
            })
            .collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

/// Encodes CSV text.
pub fn encode(text: &str, encoding: Encoding) -> Vec<u8> {
    match encoding {
        Encoding::Utf8 => text.as_bytes().to_vec(),
        Encoding::Utf8Bom => [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
        Encoding::Utf16LeBom => [0xFF, 0xFE]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect(),
        Encoding::Utf16BeBom => [0xFE, 0xFF]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
            .collect(),
        Encoding::Gb18030 => encoding_rs::GB18030.encode(text).0.into_owned(),
    }
}

/// Writes the three sheets as CSV files named `names` in `dir`.
pub fn write_csv(dir: &Path, sheets: &[Sheet], names: [&str; 3], encoding: Encoding) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for (sheet, name) in sheets.iter().zip(names) {
        std::fs::write(dir.join(name), encode(&csv_text(&sheet.rows), encoding))?;
    }
    Ok(())
}

/// clients.csv of one client, C1 "Acme" with a Chinese name and a representative.
pub const ONE_CLIENT_CSV: &str =
    "client_id,name_en,name_zh,company_no,representative\nC1,Acme,甲公司,X1,Rep\n";

/// rights.csv of one right, R1, a trademark of C1.
pub const ONE_RIGHT_CSV: &str = "right_id,client_id,type,number,title_en\nR1,C1,trademark,12345678,ACME\n";

/// Writes the CSV workbook folder `dir/name` (clients.csv, rights.csv, listings.csv); returns it.
pub fn csv_workbook(
    dir: &Path,
    name: &str,
    clients: impl AsRef<[u8]>,
    rights: impl AsRef<[u8]>,
    listings: impl AsRef<[u8]>,
) -> PathBuf {
    let folder = dir.join(name);
    std::fs::create_dir_all(&folder).expect("mkdir");
    std::fs::write(folder.join("clients.csv"), clients).expect("write");
    std::fs::write(folder.join("rights.csv"), rights).expect("write");
    std::fs::write(folder.join("listings.csv"), listings).expect("write");
    folder
}

/// [`csv_workbook`] with every listing shown: an `evidence` column naming a screenshot of its
/// own (`shot-1.png`, `shot-2.png`…, real PNGs written into the folder: no evidence, no
/// complaint; a capture shows one listing); rights without a certificate column are on file
/// with every platform ([`on_file_everywhere`]).
pub fn csv_workbook_shown(
    dir: &Path,
    name: &str,
    clients: impl AsRef<[u8]>,
    rights: impl AsRef<[u8]>,
    listings: &str,
) -> PathBuf {
    let listings = with_evidence(listings, "shot.png");
    let rights = on_file_everywhere(&String::from_utf8_lossy(rights.as_ref()));
    let folder = csv_workbook(dir, name, clients, rights, &listings);
    for n in 1..listings.lines().count() {
        shot(&folder.join(format!("shot-{n}.png")));
    }
    folder
}

/// A rights CSV with an `on_file` column saying `all` (the rights are on file with every
/// platform, so their complaints need no certificate), unless it has a `certificate` or
/// `on_file` column already.
pub fn on_file_everywhere(rights: &str) -> String {
    let header = rights.lines().next().unwrap_or_default();
    if header.contains("certificate") || header.contains("on_file") {
        return rights.to_owned();
    }
    let mut out = String::new();
    for (i, line) in rights.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        out.push_str(line);
        out.push_str(if i == 0 { ",on_file\n" } else { ",all\n" });
    }
    out
}

/// A listings CSV with an `evidence` column appended to every row, naming `file` with the
/// row's number (`shot.png` → `shot-1.png` for the first listing), and a `captured_on`
/// column (1 October 2026) when it has none.
pub fn with_evidence(listings: &str, file: &str) -> String {
    let dated = listings.lines().next().is_some_and(|h| h.contains("captured_on"));
    let mut out = String::new();
    for (i, line) in listings.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let numbered = match file.rsplit_once('.') {
            Some((stem, ext)) => format!("{stem}-{i}.{ext}"),
            None => format!("{file}-{i}"),
        };
        let cells = match (i, dated) {
            (0, true) => "evidence".to_owned(),
            (0, false) => "evidence,captured_on".to_owned(),
            (_, true) => numbered,
            (_, false) => format!("{numbered},2026-10-01"),
        };
        out.push_str(&format!("{line},{cells}\n"));
    }
    out
}

/// A real screenshot (one of the sample's) at `path`.
pub fn shot(path: &Path) {
    let from = super::files::root().join("fixtures/evidence/C001/taobao-684512379021.png");
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("mkdir");
    }
    std::fs::copy(from, path).expect("copy the screenshot");
}

// ---------------------------------------------------------------------------------------------
// The "good" workbook: English headers below a title row, columns in an unusual order, every
// platform's link forms, duplicates to merge. No errors; one warning (the short link).

pub fn good_en() -> Vec<Sheet> {
    let clients = Sheet::new(
        "Clients",
        vec![
            row(&["Client list — Acme IP"]),
            vec![],
            row(&[
                "Client ID",
                "Name (EN)",
                "Name_ZH",
                "Country",
                "Company No.",
                "Address",
                "Chinese address",
                "Legal representative",
                "Signatory",
                "Title",
                "E-mail",
                "Phone",
                "Account manager",
            ]),
            row(&[
                "C001",
                "Acme Trading Co., Ltd.",
                "厦门阿克米贸易有限公司",
                "China",
                "91350200776049653A",
                "1 Example Road, Xiamen",
                "厦门市示例路1号",
                "Zhang San",
                "Li Si",
                "General Manager",
                "legal@acme.example",
                "+86 592 0000000",
                "Wang Wu",
            ]),
            row(&[
                "C002",
                "Globex Inc.",
                "环球公司",
                "US",
                "1234567",
                "2 Main St, Springfield",
                "",
                "John Smith",
                "",
                "CEO",
                "ip@globex.example",
                "",
                "",
            ]),
        ],
    );
    let rights = Sheet::new(
        "Rights",
        vec![
            row(&[
                "Type",
                "Right ID",
                "Client",
                "Registration number",
                "Title",
                "Title_zh",
                "Country",
                "Classes",
                "Valid from",
                "Valid until",
                "Protection from",
                "Protection to",
                "Internal ref",
            ]),
            vec![
                s("trademark"),
                s("R1"),
                s("C001"),
                C::N(12345678.0),
                s("ACME"),
                s("阿克米"),
                s("CN"),
                s("9, 25, 28"),
                C::D(2020, 1, 7),
                s("2030/01/06"),
                s("2026.01.01"),
                s("2030-01-06"),
                s("TM-7"),
            ],
            vec![
                s("invention patent"),
                s("R2"),
                s("C001"),
                s("ZL201710601862.3"),
                s("Folding stand"),
                s("折叠支架"),
                s(""),
                s(""),
                s("2017年07月26日"),
                C::N(54_789.0),
                s(""),
                s(""),
                s(""),
            ],
            vec![
                s("design patent"),
                s("R3"),
                s("C002"),
                s("CN 201730123456.1"),
                s("Lamp"),
                s("台灯"),
                s("China"),
                s(""),
                s("28 Nov 2017"),
                s("28 November 2032"),
                s(""),
                s(""),
                s(""),
            ],
            vec![
                s("copyright"),
                s("R4"),
                s("C002"),
                s("国作登字-2015-F-00230629"),
                s("Globex mascot"),
                s(""),
                s(""),
                s(""),
                s("2015-03-01"),
                s("2085-12-31"),
                s(""),
                s(""),
                s(""),
            ],
            vec![
                s("Trademark"),
                s("R5"),
                s("C002"),
                s("1,234,567"),
                s("GLOBEX"),
                s(""),
                s("United States"),
                s("9"),
                C::D(2019, 5, 14),
                C::D(2029, 5, 14),
                s(""),
                s(""),
                s(""),
            ],
        ],
    );
    let listings = Sheet::new(
        "Listings",
        vec![
            row(&["Infringing listings, checked 2026-11-28"]),
            row(&[
                "Link",
                "Right IDs",
                "Platform",
                "Store",
                "Product title",
                "Price",
                "Found on",
                "Notes",
                "Reviewer",
            ]),
            vec![
                s("https://item.taobao.com/item.htm?spm=a21n57.1.0.0&id=600000000001&ns=1#detail"),
                s("R1"),
                s("淘宝"),
                s("Fake Acme Store"),
                s("ACME stand"),
                C::N(19.9),
                C::D(2026, 11, 28),
                s(""),
                s("Ann"),
            ],
            vec![
                s("https://h5.m.taobao.com/awp/core/detail.htm?id=600000000001&ut_sk=1.abc"),
                s("R1, R2"),
                s(""),
                s(""),
                s(""),
                s(""),
                s("2026年11月28日"),
                s("same item, phone link"),
                s(""),
            ],
            vec![
                s("https://detail.tmall.com/item.htm?id=600000000002&skuId=4000"),
                s("R1"),
                s("Tmall"),
                s("Acme Flagship (fake)"),
                s(""),
                s(""),
                s(""),
                s(""),
                s(""),
            ],
            vec![
                s("https://item.jd.com/100012043978.html?utm_source=share"),
                s("R2"),
                s("JD"),
                s(""),
                s(""),
                s(""),
                s(""),
                s(""),
                s(""),
            ],
            vec![
                s("https://item.m.jd.com/product/100012043978.html"),
                s("R2"),
                s(""),
                s(""),
                s(""),
                s(""),
                s(""),
                s(""),
                s(""),
            ],
            vec![
                s("https://mobile.yangkeduo.com/goods.html?goods_id=123456789&_wvx=10"),
                s("R1"),
                s("拼多多"),
                s(""),
                s(""),
                s(""),
                s(""),
                s(""),
                s(""),
            ],
            vec![
                s("https://www.aliexpress.com/item/1005001234567890.html?spm=a2g0o.home"),
                s("R3"),
                s(""),
                s(""),
                s(""),
                s(""),
                s(""),
                s(""),
                s(""),
            ],
            vec![
                s("https://detail.1688.com/offer/612345678901.html"),
                s("R1；R2"),
                s("1688"),
                s(""),
                s(""),
                s(""),
                s(""),
                s(""),
                s(""),
            ],
            vec![
                s("https://m.tb.cn/h.UvWxYz?tk=abc"),
                s("R1"),
                s(""),
                s(""),
                s(""),
                s(""),
                s(""),
                s(""),
                s(""),
            ],
            vec![
                s("https://www.example-shop.com/p/123?utm_source=ad&color=red"),
                s("R5"),
                s(""),
                s(""),
                s(""),
                s(""),
                s(""),
                s(""),
                s(""),
            ],
        ],
    );
    vec![clients, rights, listings]
}

/// The same workbook with Chinese sheet names and headers (spacing and full-width variants).
pub fn good_zh() -> Vec<Sheet> {
    let mut sheets = good_en();
    let headers: [&[&str]; 3] = [
        &[
            "客户 编号",
            "英文名称",
            "中文名称",
            "国家或地区",
            "统一社会信用代码",
            "英文地址",
            "中文地址",
            "法定代表人",
            "签字人",
            "职务",
            "ＥＭＡＩＬ",
            "电话",
            "客户经理",
        ],
        &[
            "类型",
            "权利编号",
            "客户编号",
            "注册号",
            "名称（英文）",
            "名称（中文）",
            "注册国家",
            "类别",
            "有效期起",
            "有效期止",
            "保护期起",
            "保护期止",
            "内部编号",
        ],
        &[
            "链接",
            "权利编号",
            "平台",
            "店铺名称",
            "商品标题",
            "价格",
            "发现日期",
            "备注",
            "审核人",
        ],
    ];
    let header_rows = [2, 0, 1];
    let names = ["客户", "知识产权", "侵权链接"];
    for (((sheet, header), index), name) in sheets.iter_mut().zip(headers).zip(header_rows).zip(names) {
        sheet.name = name.to_owned();
        sheet.rows[index] = row(header);
    }
    let types = ["商标", "发明专利", "外观设计", "著作权", "商标"];
    for (cells, kind) in sheets[1].rows.iter_mut().skip(1).zip(types) {
        cells[0] = s(kind);
    }
    sheets
}

/// A workbook breaking each rule once (see tests/validate.rs for the expected diagnostics).
pub fn rules() -> Vec<Sheet> {
    let long = "x".repeat(10_001);
    let clients = Sheet::new(
        "Clients",
        vec![
            row(&[
                "client_id",
                "name_en",
                "name_zh",
                "country",
                "company_no",
                "representative",
                "signatory",
                "email",
                "notes",
            ]),
            row(&[
                "C1",
                "Good Co",
                "好公司",
                "CN",
                "91440101MA5CJQ4N59",
                "Rep One",
                "",
                "a@good.example",
                "",
            ]),
            row(&[
                "C1",
                "Dup Co",
                "重复公司",
                "CN",
                "91350200776049653A",
                "Rep",
                "Rep",
                "",
                "",
            ]),
            row(&["", "No Id Co", "无编号公司", "", "X1", "Rep", "Rep", "", ""]),
            row(&["C3", "", "中文名", "", "X2", "Rep", "Rep", "", ""]),
            row(&[
                "C4",
                "No Zh Co",
                "",
                "Narnia",
                "91350203M0001QAY9A",
                "",
                "",
                "not-an-email",
                "",
            ]),
            vec![
                s("C5"),
                s("Formula Co"),
                C::Err("#N/A"),
                s(""),
                s("X3"),
                s("Rep"),
                s("Rep"),
            ],
            vec![
                s("C6"),
                s("Long Co"),
                s("长公司"),
                s(""),
                s("X4"),
                s("Rep"),
                s("Rep"),
                s(""),
                s(&long),
            ],
            row(&[
                "C7",
                "Ctrl\u{7}Co",
                "控制公司",
                "",
                "91350203M0001QAY9A",
                "Rep",
                "Rep",
                "",
                "",
            ]),
        ],
    );
    let rights = Sheet::new(
        "Rights",
        vec![
            row(&[
                "right_id",
                "client_id",
                "type",
                "number",
                "title_en",
                "title_zh",
                "country",
                "classes",
                "valid_from",
                "valid_to",
                "protect_from",
                "protect_to",
                "certificate",
            ]),
            row(&[
                "R1",
                "C9",
                "trademark",
                "11111111",
                "T",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
            ]),
            row(&[
                "R2", "C1", "Patent X", "11111111", "T", "", "", "", "", "", "", "", "",
            ]),
            row(&[
                "R3",
                "C1",
                "invention patent",
                "ZL201710601862.5",
                "T",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
            ]),
            row(&[
                "R4",
                "C1",
                "design patent",
                "201710601862",
                "T",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
            ]),
            row(&[
                "R5",
                "C1",
                "trademark",
                "12A45678",
                "T",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
            ]),
            row(&[
                "R6",
                "C1",
                "trademark",
                "12345",
                "T",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
            ]),
            row(&[
                "R7",
                "C1",
                "copyright",
                "ABC-123",
                "T",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
            ]),
            row(&[
                "R8",
                "C1",
                "trademark",
                "12345678",
                "T",
                "",
                "",
                "9, 46",
                "",
                "",
                "",
                "",
                "",
            ]),
            row(&[
                "R9",
                "C1",
                "trademark",
                "23456789",
                "T",
                "",
                "",
                "",
                "2026-13-01",
                "",
                "",
                "",
                "",
            ]),
            row(&[
                "R10",
                "C1",
                "trademark",
                "34567890",
                "T",
                "",
                "",
                "",
                "2021-01-01",
                "2020-01-01",
                "",
                "",
                "",
            ]),
            row(&[
                "R11",
                "C1",
                "trademark",
                "45678901",
                "T",
                "",
                "",
                "",
                "2001-01-01",
                "2011-01-01",
                "",
                "",
                "",
            ]),
            row(&[
                "R12",
                "C1",
                "trademark",
                "56789012",
                "T",
                "",
                "",
                "",
                "2020-01-01",
                "2030-01-01",
                "2019-06-01",
                "2031-01-01",
                "",
            ]),
            row(&[
                "R13",
                "C1",
                "trademark",
                "67890123",
                "T",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "certs/missing.pdf",
            ]),
            row(&[
                "R1",
                "C1",
                "trademark",
                "78901234",
                "T",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
            ]),
            row(&[
                "R14",
                "C1",
                "trademark",
                "89012345",
                "T",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
            ]),
            row(&[
                "R15",
                "C5",
                "trademark",
                "90123456",
                "T",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
            ]),
            row(&["R16", "C1", "trademark", "", "", "", "", "", "", "", "", "", ""]),
        ],
    );
    let listings = Sheet::new(
        "Listings",
        vec![
            row(&["url", "right_id", "platform", "found_on"]),
            row(&["not a link", "R14", "", ""]),
            row(&["https://item.taobao.com/item.htm?id=1", "R99", "", ""]),
            row(&["https://item.taobao.com/item.htm?id=2", "R14", "JD", ""]),
            row(&["https://m.intl.taobao.com/detail/detail.html?id=2", "R14", "", ""]),
            row(&["https://v.douyin.com/abc123/", "R14", "", ""]),
            row(&["https://shop123.taobao.com/", "R14", "", ""]),
            row(&["https://item.jd.com/3.html", "R14", "", "yesterday"]),
            row(&["", "R14", "", ""]),
            row(&["https://item.jd.com/4.html", "", "", ""]),
            row(&["https://item.jd.com/5.html", "R15", "", ""]),
        ],
    );
    vec![clients, rights, listings]
}

/// Writes every fixture into `dir` (fixtures/ingest/). Spreadsheets other than .xlsx are made
/// from good.xlsx with LibreOffice by hand and checked in (see fixtures/ingest/README.md).
pub fn make_all(dir: &Path) -> Result<(), Box<dyn std::error::Error>> {
    std::fs::create_dir_all(dir)?;
    write_xlsx(&dir.join("good.xlsx"), &good_en())?;
    write_xlsx(&dir.join("good-zh.xlsx"), &good_zh())?;
    write_xlsx(&dir.join("rules.xlsx"), &rules())?;
    super::xlsb::write_xlsb(&dir.join("good.xlsb"), &good_en())?;
    let names = ["clients.csv", "rights.csv", "listings.csv"];
    let csv = dir.join("csv");
    write_csv(&csv.join("utf8"), &good_en(), names, Encoding::Utf8)?;
    write_csv(&csv.join("utf8-bom"), &good_en(), names, Encoding::Utf8Bom)?;
    write_csv(&csv.join("utf16le"), &good_en(), names, Encoding::Utf16LeBom)?;
    write_csv(&csv.join("utf16be"), &good_en(), names, Encoding::Utf16BeBom)?;
    write_csv(&csv.join("gb18030"), &good_zh(), names, Encoding::Gb18030)?;
    write_csv(
        &csv.join("zh-names"),
        &good_zh(),
        ["客户.csv", "知识产权.csv", "侵权链接.csv"],
        Encoding::Utf8Bom,
    )?;

    // Bad files.
    let bad = dir.join("bad");
    std::fs::create_dir_all(&bad)?;
    std::fs::write(bad.join("empty.xlsx"), b"")?;
    std::fs::write(
        bad.join("pdf-renamed.xlsx"),
        b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
    )?;
    let good = std::fs::read(dir.join("good.xlsx"))?;
    std::fs::write(bad.join("truncated.xlsx"), &good[..good.len() / 2])?;
    let mut sheets = good_en();
    sheets.truncate(2);
    sheets.push(Sheet::new("Notes", vec![row(&["nothing here"])]));
    write_xlsx(&bad.join("missing-sheet.xlsx"), &sheets)?;
    let mut sheets = good_en();
    for cells in &mut sheets[0].rows {
        if cells.len() > 4 {
            cells[4] = C::E;
        }
    }
    write_xlsx(&bad.join("missing-column.xlsx"), &sheets)?;
    Ok(())
}
