//! What a file is, from its first bytes (and, for zip and OLE containers, the names inside).

use serde::{Deserialize, Serialize};

/// A spreadsheet format the reader handles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Office Open XML workbook (.xlsx, .xlsm).
    Xlsx,
    /// Excel binary workbook (.xlsb).
    Xlsb,
    /// Excel 97–2003 workbook (.xls).
    Xls,
    /// OpenDocument spreadsheet (.ods).
    Ods,
    /// One CSV file per sheet.
    Csv,
}

/// What the bytes of a file look like.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Sniffed {
    /// A spreadsheet container.
    Spreadsheet(Format),
    /// An OLE (compound file) container: an .xls, or an encrypted Office Open XML workbook.
    Ole,
    /// Not a spreadsheet; says what it is instead.
    Other(String),
}

const ZIP: &[u8] = b"PK\x03\x04";
const ZIP_EMPTY: &[u8] = b"PK\x05\x06";
const OLE: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// Classifies a whole file's bytes; `extension` (lower case) breaks ties.
pub(crate) fn sniff(bytes: &[u8], extension: &str) -> Sniffed {
    if bytes.starts_with(ZIP) || bytes.starts_with(ZIP_EMPTY) {
        return sniff_zip(bytes, extension);
    }
    if bytes.starts_with(OLE) {
        if contains(bytes, &utf16("WordDocument")) {
            return Sniffed::Other("a Word document".to_owned());
        }
        if contains(bytes, &utf16("PowerPoint Document")) {
            return Sniffed::Other("a PowerPoint presentation".to_owned());
        }
        return Sniffed::Ole;
    }
    let head = &bytes[..bytes.len().min(512)];
    let signatures: [(&[u8], &str); 9] = [
        (b"%PDF", "a PDF document"),
        (b"\x89PNG", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"Rar!", "a RAR archive"),
        (b"7z\xBC\xAF", "a 7-Zip archive"),
        (b"\x1F\x8B", "a gzip archive"),
        (b"{\\rtf", "an RTF document"),
        (b"\x00\x00\x01\x00", "an icon image"),
    ];
    for (signature, what) in signatures {
        if head.starts_with(signature) {
            return Sniffed::Other(what.to_owned());
        }
    }
    let text = String::from_utf8_lossy(head).to_ascii_lowercase();
    let text = text.trim_start_matches('\u{FEFF}').trim_start();
    if text.starts_with("<!doctype html") || text.starts_with("<html") || text.contains("<table") {
        return Sniffed::Other(
            "a web page (HTML) saved with a spreadsheet name, not a real workbook".to_owned(),
        );
    }
    if text.starts_with("<?xml") {
        return Sniffed::Other("an XML file (for example the old Excel 2003 XML format)".to_owned());
    }
    if !head.contains(&0) || head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF") {
        return Sniffed::Other(
            "plain text (if it is CSV, name it clients.csv, rights.csv or listings.csv)".to_owned(),
        );
    }
    Sniffed::Other("in an unknown format".to_owned())
}

fn sniff_zip(bytes: &[u8], extension: &str) -> Sniffed {
    // Entry names are in the local headers (ODF's `mimetype` comes first) and in the central
    // directory at the end: look at both ends rather than through the whole file.
    const WINDOW: usize = 64 * 1024;
    let ends;
    let bytes = if bytes.len() <= 2 * WINDOW {
        bytes
    } else {
        ends = [&bytes[..WINDOW], &bytes[bytes.len() - WINDOW..]].concat();
        ends.as_slice()
    };
    if contains(bytes, b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet") {
        return Sniffed::Spreadsheet(Format::Ods);
    }
    if contains(bytes, b"mimetypeapplication/vnd.oasis.opendocument.text") {
        return Sniffed::Other("an OpenDocument text document".to_owned());
    }
    if contains(bytes, b"xl/workbook.bin") {
        return Sniffed::Spreadsheet(Format::Xlsb);
    }
    if contains(bytes, b"xl/") {
        return Sniffed::Spreadsheet(Format::Xlsx);
    }
    if contains(bytes, b"word/") {
        return Sniffed::Other("a Word document".to_owned());
    }
    if contains(bytes, b"ppt/") {
        return Sniffed::Other("a PowerPoint presentation".to_owned());
    }
    // A damaged container may hide its names: go by the extension and let the reader say more.
    match extension {
        "ods" => Sniffed::Spreadsheet(Format::Ods),
        "xlsb" => Sniffed::Spreadsheet(Format::Xlsb),
        "xlsx" | "xlsm" => Sniffed::Spreadsheet(Format::Xlsx),
        _ => Sniffed::Other("a zip archive without a workbook in it".to_owned()),
    }
}

fn utf16(text: &str) -> Vec<u8> {
    text.encode_utf16().flat_map(u16::to_le_bytes).collect()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    let Some((&first, rest)) = needle.split_first() else {
        return true;
    };
    let mut offset = 0;
    while let Some(found) = haystack
        .get(offset..)
        .and_then(|tail| tail.iter().position(|&b| b == first))
    {
        let start = offset + found;
        if haystack
            .get(start + 1..start + 1 + rest.len())
            .is_some_and(|window| window == rest)
        {
            return true;
        }
        offset = start + 1;
    }
    false
}
