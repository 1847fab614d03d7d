//! Workbooks read through calamine (.xlsx .xlsm .xlsb .xls .ods): the three sheets' cells with
//! the references a person sees in Excel.

use std::io::Cursor;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

use calamine::{Data, DataRef, Ods, Range, Reader, Sheets, Xls, XlsError, Xlsb, XlsbError, Xlsx, XlsxError};

use super::cell::{Cell, CellRef, Merge, Row, SheetExtras, Value};
use super::schema::SheetKind;
use super::sink::{Opened, SheetHead, Sink};
use super::sniff::Format;
use super::Error;
use crate::diag::{Diagnostic, Location};

type Bytes = Cursor<Vec<u8>>;

/// Reads a spreadsheet whose format is known (or, for `None`, an OLE container: .xls or an
/// encrypted Office Open XML workbook) into `sink`, sheet by sheet.
pub(crate) fn read(
    path: &Path,
    bytes: Vec<u8>,
    format: Option<Format>,
    sink: &mut dyn Sink,
) -> Result<Opened, Error> {
    // calamine should not panic on a bad file (some malformed .xlsb files make it index out of
    // bounds), but one bad file must never take the batch down nor print a panic message: the
    // hook is silenced while the file is read and put back after.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let result = catch_unwind(AssertUnwindSafe(|| read_inner(path, bytes, format, sink)));
    std::panic::set_hook(hook);
    result.unwrap_or_else(|_| {
        Err(Error::Corrupt {
            path: path.to_owned(),
            detail: "the reader could not make sense of its contents".to_owned(),
        })
    })
}

fn read_inner(
    path: &Path,
    bytes: Vec<u8>,
    format: Option<Format>,
    sink: &mut dyn Sink,
) -> Result<Opened, Error> {
    // Whether any sheet has merged cells or links at all is found by a quick search of the
    // sheets' XML beside the reading: calamine finds them only by parsing a sheet again.
    let scan = matches!(format, Some(Format::Xlsx)).then(|| {
        let copy = bytes.clone();
        std::thread::Builder::new().spawn(move || scan_extras(copy))
    });
    let (mut sheets, format) = open(path, bytes, format)?;
    let file = path.display().to_string();
    let names = sheets.sheet_names();

    let mut chosen: [Option<String>; 5] = Default::default();
    for name in &names {
        if let Some(kind) = SheetKind::from_name(name) {
            match &chosen[kind as usize] {
                None => chosen[kind as usize] = Some(name.clone()),
                Some(first) => sink.warn(Diagnostic::warning(
                    Location::file(file.clone()),
                    format!(
                        "the sheet \"{name}\" is not read: \"{first}\" is already the {} sheet \
                         (move its rows there, or rename it)",
                        kind.label()
                    ),
                )),
            }
        }
    }
    let missing: Vec<String> = SheetKind::missing(|kind| chosen[kind as usize].is_some())
        .iter()
        .map(|kind| kind.label().to_owned())
        .collect();
    if !missing.is_empty() {
        return Err(Error::MissingSheets {
            path: path.to_owned(),
            missing,
            found: names,
        });
    }

    let mut read: Vec<(SheetKind, String)> = Vec::new();
    for kind in SheetKind::ALL {
        let Some(name) = chosen[kind as usize].take() else {
            continue;
        };
        read.push((kind, name.clone()));
        let head = |height: u32| SheetHead {
            kind,
            file: file.clone(),
            name: name.clone(),
            height,
        };
        match &mut sheets {
            // Stream xlsx cells instead of building a dense range: half the copies and memory.
            Sheets::Xlsx(xlsx) => {
                stream_rows(xlsx, &name, head, sink)
                    .map_err(|err| classify(path, calamine::Error::Xlsx(err)))?;
            }
            other => {
                let range = other.worksheet_range(&name).map_err(|err| classify(path, err))?;
                sink.sheet(head(range.height().try_into().unwrap_or(u32::MAX)));
                range_rows(&range, sink);
                if let Sheets::Xls(xls) = other {
                    if let Ok(merges) = xls.merge_cells_by_sheet_name(&name) {
                        let merges = merges_of(&merges);
                        if !merges.is_empty() {
                            sink.extras(
                                name.clone(),
                                SheetExtras {
                                    merges,
                                    links: Vec::new(),
                                },
                            );
                        }
                    }
                }
            }
        }
    }
    if let (Sheets::Xlsx(xlsx), Some(scan)) = (&mut sheets, scan) {
        // No thread to scan with: look as if the search had found both.
        let found = scan.ok().and_then(|t| t.join().ok()).unwrap_or((true, true));
        for (kind, name) in read {
            // A sheet whose merged cells or links cannot be read is read without them.
            // Links are looked for in the sheets with a URL column only: a link is read for a
            // URL cell.
            let merges = match found.0 {
                true => merges_of(&xlsx.merge_cells_by_sheet_name(&name).unwrap_or_default()),
                false => Vec::new(),
            };
            let with_urls = matches!(kind, SheetKind::Listings | SheetKind::CounterNotices);
            let links = match found.1 && with_urls {
                true => links_of(&xlsx.hyperlinks_by_sheet_name(&name).unwrap_or_default()),
                false => Vec::new(),
            };
            if !merges.is_empty() || !links.is_empty() {
                sink.extras(name, SheetExtras { merges, links });
            }
        }
    }
    Ok(Opened {
        file,
        format,
        sheets: names,
    })
}

fn open(path: &Path, bytes: Vec<u8>, format: Option<Format>) -> Result<(Sheets<Bytes>, Format), Error> {
    let cursor = Cursor::new(bytes);
    let corrupt = |detail: String| Error::Corrupt {
        path: path.to_owned(),
        detail,
    };
    let encrypted = || Error::Encrypted {
        path: path.to_owned(),
    };
    match format {
        Some(Format::Xlsx) => match Xlsx::new(cursor) {
            Ok(book) => Ok((Sheets::Xlsx(book), Format::Xlsx)),
            Err(XlsxError::Password) => Err(encrypted()),
            Err(XlsxError::Zip(err)) => Err(corrupt(zip_detail(&err.to_string()))),
            Err(err) => Err(corrupt(err.to_string())),
        },
        Some(Format::Xlsb) => match Xlsb::new(cursor) {
            Ok(book) => Ok((Sheets::Xlsb(book), Format::Xlsb)),
            Err(XlsbError::Password) => Err(encrypted()),
            Err(XlsbError::Zip(err)) => Err(corrupt(zip_detail(&err.to_string()))),
            Err(err) => Err(corrupt(err.to_string())),
        },
        Some(Format::Ods) => match Ods::new(cursor) {
            Ok(book) => Ok((Sheets::Ods(book), Format::Ods)),
            Err(calamine::OdsError::Password) => Err(encrypted()),
            Err(calamine::OdsError::Zip(err)) => Err(corrupt(zip_detail(&err.to_string()))),
            Err(err) => Err(corrupt(err.to_string())),
        },
        Some(Format::Xls) | Some(Format::Csv) | None => {
            // An OLE container: an encrypted .xlsx says so through the Xlsx reader.
            let bytes = cursor.into_inner();
            if let Err(XlsxError::Password) = Xlsx::new(Cursor::new(bytes.as_slice())) {
                return Err(encrypted());
            }
            match Xls::new(Cursor::new(bytes)) {
                Ok(book) => Ok((Sheets::Xls(book), Format::Xls)),
                Err(XlsError::Password) => Err(encrypted()),
                Err(XlsError::Cfb(err)) => Err(corrupt(format!(
                    "its OLE container holds no readable workbook: {err}"
                ))),
                Err(err) => Err(corrupt(err.to_string())),
            }
        }
    }
}

/// The most merged ranges read of one sheet (a hostile file may claim millions).
const MAX_MERGES: usize = 1 << 16;

/// calamine's merged ranges (0-based rows) as cell references, at most [`MAX_MERGES`].
fn merges_of(dimensions: &[calamine::Dimensions]) -> Vec<Merge> {
    dimensions
        .iter()
        .take(MAX_MERGES)
        .map(|d| Merge {
            first: CellRef::new(d.start.0.saturating_add(1), d.start.1),
            last: CellRef::new(d.end.0.saturating_add(1), d.end.1),
        })
        .collect()
}

/// Whether the worksheets of an xlsx container hold merged cells and hyperlinks at all: a
/// search of their XML for the elements' names (a mention in a cell's own text only costs
/// a closer look). An unreadable container says yes to both, for calamine to look.
fn scan_extras(bytes: Vec<u8>) -> (bool, bool) {
    use std::io::Read;
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return (true, true);
    };
    let (merge, link) = (
        memchr::memmem::Finder::new(b"mergeCell"),
        memchr::memmem::Finder::new(b"hyperlink"),
    );
    let (mut merges, mut links) = (false, false);
    let mut chunk = vec![0u8; 1 << 18];
    for index in 0..zip.len() {
        let Ok(mut entry) = zip.by_index(index) else {
            return (true, true);
        };
        let name = entry.name();
        if !(name.starts_with("xl/worksheets/") && name.ends_with(".xml")) {
            continue;
        }
        // Each chunk starts with the end of the one before, so no name is cut in two.
        const KEEP: usize = 16;
        let mut kept = 0;
        loop {
            let read = match entry.read(&mut chunk[kept..]) {
                Ok(0) => break,
                Ok(read) => read,
                Err(_) => return (true, true),
            };
            let seen = &chunk[..kept + read];
            merges |= merge.find(seen).is_some();
            links |= link.find(seen).is_some();
            if merges && links {
                return (true, true);
            }
            kept = seen.len().min(KEEP);
            let from = seen.len() - kept;
            chunk.copy_within(from..from + kept, 0);
        }
    }
    (merges, links)
}

/// calamine's hyperlinks of single cells to web addresses, at most [`MAX_MERGES`].
fn links_of(links: &[calamine::Hyperlink]) -> Vec<(CellRef, String)> {
    links
        .iter()
        .filter(|l| l.range.start == l.range.end)
        .filter_map(|l| {
            let target = l.target.as_deref()?.trim();
            let web = target.starts_with("http://") || target.starts_with("https://");
            let at = CellRef::new(l.range.start.0.saturating_add(1), l.range.start.1);
            (web && target.len() <= 4096).then(|| (at, target.to_owned()))
        })
        .take(MAX_MERGES)
        .collect()
}

fn zip_detail(cause: &str) -> String {
    format!("{}: {cause}", super::error::TRUNCATED)
}

fn classify(path: &Path, err: calamine::Error) -> Error {
    let detail = match &err {
        calamine::Error::Xlsx(XlsxError::Zip(zip)) => zip_detail(&zip.to_string()),
        calamine::Error::Xlsb(XlsbError::Zip(zip)) => zip_detail(&zip.to_string()),
        calamine::Error::Ods(calamine::OdsError::Zip(zip)) => zip_detail(&zip.to_string()),
        other => format!("a sheet could not be read: {other}"),
    };
    match err {
        calamine::Error::Xlsx(XlsxError::Password)
        | calamine::Error::Xls(XlsError::Password)
        | calamine::Error::Xlsb(XlsbError::Password)
        | calamine::Error::Ods(calamine::OdsError::Password) => Error::Encrypted {
            path: path.to_owned(),
        },
        _ => Error::Corrupt {
            path: path.to_owned(),
            detail,
        },
    }
}

/// The non-blank rows of an xlsx sheet, read cell by cell (positions are absolute), each
/// handed on when the next one begins.
fn stream_rows(
    xlsx: &mut Xlsx<Bytes>,
    name: &str,
    head: impl Fn(u32) -> SheetHead,
    sink: &mut dyn Sink,
) -> Result<(), XlsxError> {
    let mut reader = xlsx.worksheet_cells_reader(name)?;
    let dimensions = reader.dimensions();
    // The height the sheet's own dimension record claims (a damaged one may claim anything).
    sink.sheet(head(
        dimensions
            .end
            .0
            .saturating_sub(dimensions.start.0)
            .saturating_add(1),
    ));
    let mut current: Option<Row> = None;
    let mut width = 1;
    while let Some(cell) = reader.next_cell()? {
        let (row, col) = cell.get_position();
        let Some(value) = convert_ref(cell.get_value()) else {
            continue;
        };
        let number = row.saturating_add(1);
        let cell = Cell {
            at: CellRef::new(number, col),
            value,
        };
        match &mut current {
            Some(row) if row.number == number => row.cells.push(cell),
            _ => {
                if let Some(done) = current.take() {
                    width = done.cells.len().max(1);
                    sink.row(done);
                }
                let mut cells = Vec::with_capacity(width);
                cells.push(cell);
                current = Some(Row { number, cells });
            }
        }
    }
    if let Some(done) = current {
        sink.row(done);
    }
    Ok(())
}

/// A streamed calamine value as ours; `None` for an empty (or blank-text) cell.
fn convert_ref(data: &DataRef<'_>) -> Option<Value> {
    Some(match data {
        DataRef::Empty => return None,
        DataRef::SharedString(text) if text.trim().is_empty() => return None,
        DataRef::SharedString(text) => Value::Text((*text).to_owned()),
        DataRef::String(text) if text.trim().is_empty() => return None,
        DataRef::String(text) => Value::Text(text.clone()),
        DataRef::Float(number) => Value::Number(*number),
        DataRef::Int(number) => Value::Int(*number),
        DataRef::Bool(flag) => Value::Bool(*flag),
        DataRef::DateTime(datetime) if datetime.is_datetime() => {
            let (year, month, day, ..) = datetime.to_ymd_hms_milli();
            Value::Date(format!("{year:04}-{month:02}-{day:02}"))
        }
        DataRef::DateTime(datetime) => Value::Number(datetime.as_f64()),
        DataRef::DateTimeIso(text) => Value::Date(text.get(..10).unwrap_or(text).to_owned()),
        DataRef::DurationIso(text) => Value::Text(text.clone()),
        DataRef::Error(error) => Value::Error(error.to_string()),
    })
}

/// The non-blank rows of a sheet, with Excel's own row and column numbers.
fn range_rows(range: &Range<Data>, sink: &mut dyn Sink) {
    let Some((first_row, first_col)) = range.start() else {
        return;
    };
    let width = range.width();
    for (index, cells) in range.rows().enumerate() {
        let number = first_row.saturating_add(index as u32).saturating_add(1);
        let mut row = Vec::with_capacity(width);
        for (offset, data) in cells.iter().enumerate() {
            if let Some(value) = convert(data) {
                let at = CellRef::new(number, first_col.saturating_add(offset as u32));
                row.push(Cell { at, value });
            }
        }
        if !row.is_empty() {
            sink.row(Row { number, cells: row });
        }
    }
}

/// A calamine value as ours; `None` for an empty (or blank-text) cell.
fn convert(data: &Data) -> Option<Value> {
    Some(match data {
        Data::Empty => return None,
        Data::String(text) if text.trim().is_empty() => return None,
        Data::String(text) => Value::Text(text.clone()),
        Data::Float(number) => Value::Number(*number),
        Data::Int(number) => Value::Int(*number),
        Data::Bool(flag) => Value::Bool(*flag),
        Data::DateTime(datetime) if datetime.is_datetime() => {
            let (year, month, day, ..) = datetime.to_ymd_hms_milli();
            Value::Date(format!("{year:04}-{month:02}-{day:02}"))
        }
        Data::DateTime(datetime) => Value::Number(datetime.as_f64()),
        Data::DateTimeIso(text) => Value::Date(text.get(..10).unwrap_or(text).to_owned()),
        Data::DurationIso(text) => Value::Text(text.clone()),
        Data::Error(error) => Value::Error(error.to_string()),
    })
}
