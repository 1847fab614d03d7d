//! CSV input: one file per sheet (`clients.csv`, `rights.csv`, `listings.csv` or the Chinese
//! names), given as a folder or as any one of the files.
//!
//! Cell references follow what Excel shows when it opens the CSV file: the sheet is named after
//! the file stem and a record (even one with line breaks inside quotes) is one row, so the third
//! field of the fourth record of `clients.csv` is `clients.csv: clients!C4`.

use std::path::{Path, PathBuf};

use super::cell::{Cell, CellRef, Row, Value};
use super::encoding::decode;
use super::schema::SheetKind;
use super::sink::{Opened, SheetHead, Sink};
use super::sniff::Format;
use super::Error;
use crate::diag::{Diagnostic, Location};

/// True for a path whose extension says CSV.
pub(crate) fn is_csv_path(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
}

/// The folder a CSV file's workbook lives in (`""` for a bare file name).
pub(crate) fn folder_of(file: &Path) -> PathBuf {
    file.parent().map(Path::to_path_buf).unwrap_or_default()
}

/// Reads the CSV workbook a single file belongs to (the file itself and its siblings) into
/// `sink`.
pub(crate) fn read_from_file(path: &Path, sink: &mut dyn Sink) -> Result<Opened, Error> {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    if SheetKind::from_name(stem).is_none() {
        return Err(Error::UnknownCsvName {
            path: path.to_owned(),
        });
    }
    read_folder(&folder_of(path), sink)
}

/// Reads the CSV files of a folder into `sink`, one sheet per file.
pub(crate) fn read_folder(folder: &Path, sink: &mut dyn Sink) -> Result<Opened, Error> {
    let listing = if folder.as_os_str().is_empty() {
        Path::new(".")
    } else {
        folder
    };
    let entries = std::fs::read_dir(listing).map_err(|source| Error::Io {
        path: folder.to_owned(),
        source,
    })?;
    let mut names: Vec<String> = entries
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.path().is_file())
        .filter_map(|entry| entry.file_name().to_str().map(str::to_owned))
        .filter(|name| is_csv_path(Path::new(name)))
        .collect();
    names.sort();

    let mut chosen: [Option<String>; 5] = Default::default();
    for name in &names {
        let stem = Path::new(name).file_stem().and_then(|s| s.to_str()).unwrap_or("");
        if let Some(kind) = SheetKind::from_name(stem) {
            match &chosen[kind as usize] {
                None => chosen[kind as usize] = Some(name.clone()),
                Some(first) => sink.warn(Diagnostic::warning(
                    Location::file(folder.join(name).display().to_string()),
                    format!("ignored: {first} already holds the {} sheet", kind.label()),
                )),
            }
        }
    }
    let missing: Vec<String> = SheetKind::missing(|kind| chosen[kind as usize].is_some())
        .iter()
        .map(|kind| kind.csv_label().to_owned())
        .collect();
    if !missing.is_empty() {
        return Err(Error::MissingCsvFiles {
            path: folder.to_owned(),
            missing,
            found: names,
        });
    }

    for kind in SheetKind::ALL {
        let Some(name) = chosen[kind as usize].take() else {
            continue;
        };
        let path = folder.join(&name);
        // An optional sheet's file left empty is as good as absent.
        if kind.is_optional() && std::fs::metadata(&path).is_ok_and(|m| m.len() == 0) {
            continue;
        }
        read_sheet(kind, &path, sink)?;
    }
    let file = if folder.as_os_str().is_empty() {
        ".".to_owned()
    } else {
        folder.display().to_string()
    };
    Ok(Opened {
        file,
        format: Format::Csv,
        sheets: names,
    })
}

fn read_sheet(kind: SheetKind, path: &Path, sink: &mut dyn Sink) -> Result<(), Error> {
    let bytes = super::read_bytes(path)?;
    let file = path.display().to_string();
    let sheet = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
        .to_owned();
    let decoded = decode(&bytes);
    drop(bytes);
    sink.sheet(SheetHead {
        kind,
        file: file.clone(),
        name: sheet.clone(),
        height: 0,
    });
    if decoded.lossy {
        sink.warn(Diagnostic::warning(
            Location::file(file.clone()),
            format!(
                "some bytes are not valid {}; they are shown as \u{FFFD} (save the file as UTF-8 CSV)",
                decoded.encoding
            ),
        ));
    }
    if let Some(at) = parse(&decoded.text, |row| sink.row(row)) {
        sink.warn(Diagnostic::warning(
            Location::cell(file, sheet, at.to_string()),
            "a quoted field is never closed; the rest of the file was read into this cell",
        ));
    }
    Ok(())
}

/// The delimiter most used in the first lines: `,` unless `\t` or `;` is more frequent.
fn delimiter(text: &str) -> char {
    let head: String = text.lines().take(20).collect::<Vec<_>>().join("\n");
    let count = |c: char| head.chars().filter(|&x| x == c).count();
    let (commas, tabs, semicolons) = (count(','), count('\t'), count(';'));
    if tabs > commas && tabs >= semicolons {
        '\t'
    } else if semicolons > commas {
        ';'
    } else {
        ','
    }
}

/// RFC 4180 with the usual leniency: `\n`, `\r\n` or `\r` ends a record; quotes double inside
/// quoted fields; text after a closing quote is kept. Unquoted fields are sliced, not copied
/// character by character. Each non-blank record is handed to `row` as it is read (empty
/// fields left out); returns the cell where a quoted field opened and never closed.
pub(crate) fn parse(text: &str, mut row: impl FnMut(Row)) -> Option<CellRef> {
    let separator = delimiter(text) as u8;
    let bytes = text.as_bytes();
    let mut unclosed_quote = None;
    let mut record: u32 = 1;
    let mut col: u32 = 0;
    let mut cells: Vec<Cell> = Vec::new();
    let mut i = 0;
    let push = |cells: &mut Vec<Cell>, record: u32, col: u32, field: String| {
        if !field.trim().is_empty() {
            cells.push(Cell {
                at: CellRef::new(record, col),
                value: Value::Text(field),
            });
        }
    };
    while i <= bytes.len() {
        // One field starts at `i`.
        let mut field = String::new();
        if bytes.get(i) == Some(&b'"') {
            let open = CellRef::new(record, col);
            i += 1;
            loop {
                let rest = &bytes[i.min(bytes.len())..];
                match rest.iter().position(|&b| b == b'"') {
                    None => {
                        field.push_str(text.get(i..).unwrap_or(""));
                        unclosed_quote = Some(open);
                        i = bytes.len();
                        break;
                    }
                    Some(offset) => {
                        field.push_str(text.get(i..i + offset).unwrap_or(""));
                        i += offset + 1;
                        if bytes.get(i) == Some(&b'"') {
                            field.push('"');
                            i += 1;
                        } else {
                            break;
                        }
                    }
                }
            }
        }
        // Unquoted text (or text after a closing quote) up to the separator or line end.
        let rest = &bytes[i.min(bytes.len())..];
        let end = rest
            .iter()
            .position(|&b| b == separator || b == b'\n' || b == b'\r')
            .map_or(bytes.len(), |offset| i + offset);
        let tail = text.get(i..end).unwrap_or("");
        if field.is_empty() {
            field = tail.to_owned();
        } else {
            field.push_str(tail);
        }
        push(&mut cells, record, col, field);
        i = end;
        match bytes.get(i) {
            Some(&b) if b == separator => {
                col = col.saturating_add(1);
                i += 1;
            }
            Some(&b) => {
                i += if b == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                if !cells.is_empty() {
                    let width = cells.len();
                    row(Row {
                        number: record,
                        cells: std::mem::replace(&mut cells, Vec::with_capacity(width)),
                    });
                }
                record = record.saturating_add(1);
                col = 0;
            }
            None => break,
        }
    }
    if !cells.is_empty() {
        row(Row {
            number: record,
            cells,
        });
    }
    unclosed_quote
}
