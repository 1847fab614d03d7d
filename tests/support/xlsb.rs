//! A minimal .xlsb (BIFF12) writer for fixtures: inline strings, numbers and error cells in a
//! stored (uncompressed) zip. Enough for calamine and for Excel-like readers; no styles.
#![allow(dead_code)]

use std::path::Path;

use super::fixtures::{Sheet, C};

/// Writes `sheets` as an .xlsb workbook.
pub fn write_xlsb(path: &Path, sheets: &[Sheet]) -> std::io::Result<()> {
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let mut types = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/><Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>"#,
    );
    let mut rels = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    );
    let mut workbook = Vec::new();
    record(&mut workbook, 0x0083, &[]); // BrtBeginBook
    for (index, sheet) in sheets.iter().enumerate() {
        let n = index + 1;
        types.push_str(&format!(
            r#"<Override PartName="/xl/worksheets/sheet{n}.bin" ContentType="application/vnd.ms-excel.worksheet"/>"#
        ));
        rels.push_str(&format!(
            r#"<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{n}.bin"/>"#
        ));
        let mut data = Vec::new();
        data.extend_from_slice(&0u32.to_le_bytes()); // visible
        data.extend_from_slice(&(n as u32).to_le_bytes()); // tab id
        wide(&mut data, &format!("rId{n}"));
        wide(&mut data, &sheet.name);
        record(&mut workbook, 0x009C, &data); // BrtBundleSh
        files.push((format!("xl/worksheets/sheet{n}.bin"), worksheet(sheet)));
    }
    record(&mut workbook, 0x0090, &[]); // BrtEndBundleShs
    record(&mut workbook, 0x009D, &[0; 26]); // BrtCalcProp
    record(&mut workbook, 0x0084, &[]); // BrtEndBook
    types.push_str("</Types>");
    rels.push_str("</Relationships>");
    let top_rels = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>"#;
    let mut all = vec![
        ("[Content_Types].xml".to_owned(), types.into_bytes()),
        ("_rels/.rels".to_owned(), top_rels.as_bytes().to_vec()),
        ("xl/workbook.bin".to_owned(), workbook),
        ("xl/_rels/workbook.bin.rels".to_owned(), rels.into_bytes()),
    ];
    all.extend(files);
    std::fs::write(path, stored_zip(&all))
}

fn worksheet(sheet: &Sheet) -> Vec<u8> {
    let mut out = Vec::new();
    record(&mut out, 0x0081, &[]); // BrtBeginSheet
    let last_row = sheet.rows.len().saturating_sub(1) as u32;
    let last_col = sheet
        .rows
        .iter()
        .map(Vec::len)
        .max()
        .unwrap_or(1)
        .saturating_sub(1) as u32;
    let mut dim = Vec::new();
    for v in [0, last_row, 0, last_col] {
        dim.extend_from_slice(&v.to_le_bytes());
    }
    record(&mut out, 0x0094, &dim); // BrtWsDim
    record(&mut out, 0x0091, &[]); // BrtBeginSheetData
    for (r, cells) in sheet.rows.iter().enumerate() {
        if cells.iter().all(|c| *c == C::E) {
            continue;
        }
        let mut header = (r as u32).to_le_bytes().to_vec();
        header.extend_from_slice(&[0; 13]);
        record(&mut out, 0x0000, &header); // BrtRowHdr
        for (c, cell) in cells.iter().enumerate() {
            let mut data = (c as u32).to_le_bytes().to_vec();
            data.extend_from_slice(&0u32.to_le_bytes()); // style 0, no flags
            let typ = match cell {
                C::E => continue,
                C::S(text) => {
                    wide(&mut data, text);
                    0x0006 // BrtCellSt
                }
                C::N(number) => {
                    data.extend_from_slice(&number.to_le_bytes());
                    0x0005 // BrtCellReal
                }
                C::D(y, m, d) => {
                    // No styles in this writer: dates are written as ISO text.
                    wide(&mut data, &format!("{y:04}-{m:02}-{d:02}"));
                    0x0006
                }
                C::Err(code) => {
                    data.push(match *code {
                        "#NULL!" => 0x00,
                        "#DIV/0!" => 0x07,
                        "#VALUE!" => 0x0F,
                        "#REF!" => 0x17,
                        "#NAME?" => 0x1D,
                        "#NUM!" => 0x24,
                        _ => 0x2A,
                    });
                    0x0003 // BrtCellError
                }
            };
            record(&mut out, typ, &data);
        }
    }
    record(&mut out, 0x0092, &[]); // BrtEndSheetData
    record(&mut out, 0x0082, &[]); // BrtEndSheet
    out
}

/// A BIFF12 record: variable-length type and size, then the data.
fn record(out: &mut Vec<u8>, typ: u16, data: &[u8]) {
    if typ < 0x80 {
        out.push(typ as u8);
    } else {
        out.push((typ & 0x7F) as u8 | 0x80);
        out.push((typ >> 7) as u8);
    }
    let mut len = data.len();
    loop {
        let byte = (len & 0x7F) as u8;
        len >>= 7;
        if len == 0 {
            out.push(byte);
            break;
        }
        out.push(byte | 0x80);
    }
    out.extend_from_slice(data);
}

/// XLWideString: character count, then UTF-16LE.
fn wide(out: &mut Vec<u8>, text: &str) {
    let units: Vec<u16> = text.encode_utf16().collect();
    out.extend_from_slice(&(units.len() as u32).to_le_bytes());
    for unit in units {
        out.extend_from_slice(&unit.to_le_bytes());
    }
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &byte in data {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A zip archive with every file stored (no compression).
fn stored_zip(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data) in files {
        let offset = out.len() as u32;
        let crc = crc32(data);
        let size = data.len() as u32;
        let name_len = name.len() as u16;
        let mut local = Vec::new();
        local.extend_from_slice(b"PK\x03\x04");
        local.extend_from_slice(&20u16.to_le_bytes()); // version needed
        local.extend_from_slice(&0u16.to_le_bytes()); // flags
        local.extend_from_slice(&0u16.to_le_bytes()); // stored
        local.extend_from_slice(&0u16.to_le_bytes()); // time
        local.extend_from_slice(&0x21u16.to_le_bytes()); // date 1980-01-01
        local.extend_from_slice(&crc.to_le_bytes());
        local.extend_from_slice(&size.to_le_bytes());
        local.extend_from_slice(&size.to_le_bytes());
        local.extend_from_slice(&name_len.to_le_bytes());
        local.extend_from_slice(&0u16.to_le_bytes()); // extra
        out.extend_from_slice(&local);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);

        central.extend_from_slice(b"PK\x01\x02");
        central.extend_from_slice(&20u16.to_le_bytes()); // version made by
        central.extend_from_slice(&local[4..30]);
        central.extend_from_slice(&0u16.to_le_bytes()); // comment
        central.extend_from_slice(&0u16.to_le_bytes()); // disk
        central.extend_from_slice(&0u16.to_le_bytes()); // internal attributes
        central.extend_from_slice(&0u32.to_le_bytes()); // external attributes
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());
    }
    let central_offset = out.len() as u32;
    let count = files.len() as u16;
    out.extend_from_slice(&central);
    out.extend_from_slice(b"PK\x05\x06");
    out.extend_from_slice(&[0; 4]); // disk numbers
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&(central.len() as u32).to_le_bytes());
    out.extend_from_slice(&central_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes()); // comment
    out
}
