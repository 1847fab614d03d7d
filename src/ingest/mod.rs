//! Ingest: a workbook file (.xlsx .xlsm .xlsb .xls .ods, or CSV files) → its sheets as
//! [`Table`]s, header row found and every cell keeping the reference Excel shows.
//!
//! Entry point: [`read_workbook`], and [`read_workbook_isolated`] for untrusted files (in a
//! child process with limits). A file that cannot be used at all is an [`Error`] with one
//! clear message; problems inside cells are left to the model stage.

mod cell;
mod csv;
mod encoding;
mod error;
mod isolate;
mod limits;
mod schema;
mod sink;
mod sniff;
mod spreadsheet;
mod table;

use std::path::{Path, PathBuf};

pub use cell::{format_number, Cell, CellRef, Row, Value};
pub use error::{may_be_incomplete, Error};
pub use isolate::{read_workbook_isolated, serve, use_program, Bounds, Limits, Stop, SUBCOMMAND};
pub use limits::{BIG_ENTRY_BYTES, MAX_FILE_BYTES, MAX_RATIO, MAX_UNPACKED_BYTES};
pub use schema::{fold_width, normalize, Field, SheetKind};
pub use sniff::Format;
pub use table::{Column, Table};

use crate::diag::Diagnostic;
use sink::{Gather, Opened, Sink};
use sniff::Sniffed;

/// The sheets of one workbook, as read: the three required ones and the optional
/// Counter-notices sheet.
#[derive(Debug, Clone, PartialEq)]
pub struct Workbook {
    /// The workbook as the user named it (for CSV input: the folder).
    pub file: String,
    /// What it was read as.
    pub format: Format,
    /// Every sheet name the workbook has (for CSV: the CSV files of the folder).
    pub sheets: Vec<String>,
    /// Clients / 客户.
    pub clients: Table,
    /// Rights / 知识产权.
    pub rights: Table,
    /// Listings / 侵权链接.
    pub listings: Table,
    /// Counter-notices / 反通知, when the workbook has that sheet.
    pub counter_notices: Option<Table>,
    /// Outcomes / 处理结果, when the workbook has that sheet.
    pub outcomes: Option<Table>,
    /// Problems found while reading that do not make the file unusable (warnings).
    pub diagnostics: Vec<Diagnostic>,
}

impl Workbook {
    /// The sheet of a kind (`None`: an optional sheet the workbook does not have).
    pub fn table(&self, kind: SheetKind) -> Option<&Table> {
        match kind {
            SheetKind::Clients => Some(&self.clients),
            SheetKind::Rights => Some(&self.rights),
            SheetKind::Listings => Some(&self.listings),
            SheetKind::CounterNotices => self.counter_notices.as_ref(),
            SheetKind::Outcomes => self.outcomes.as_ref(),
        }
    }

    /// True for a workbook of outcomes only: no clients, rights or listings.
    pub fn outcomes_only(&self) -> bool {
        self.outcomes.is_some() && self.clients.header_row == 0 && self.listings.header_row == 0
    }
}

/// Reads a workbook: a spreadsheet file, a CSV file (with its sibling CSV files) or a folder of
/// CSV files. The format is told by the file's bytes, not trusted from its extension.
pub fn read_workbook(path: &Path) -> Result<Workbook, Error> {
    let mut gather = Gather::default();
    let opened = read_into(path, &mut gather)?;
    gather.finish(path, opened)
}

/// Reads a workbook like [`read_workbook`], handing its rows to `sink` as they are read.
fn read_into(path: &Path, sink: &mut dyn Sink) -> Result<Opened, Error> {
    let metadata = std::fs::metadata(path).map_err(|source| match source.kind() {
        std::io::ErrorKind::NotFound => Error::NotFound {
            path: path.to_owned(),
        },
        _ => Error::Io {
            path: path.to_owned(),
            source,
        },
    })?;
    if metadata.is_dir() {
        // A folder holding one workbook (and the evidence files it names) is that workbook.
        if let Some(single) = single_workbook_in(path) {
            return read_into(&single, sink);
        }
        return csv::read_folder(path, sink);
    }
    if csv::is_csv_path(path) {
        return csv::read_from_file(path, sink);
    }
    let bytes = read_bytes(path)?;
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match sniff::sniff(&bytes, &extension) {
        Sniffed::Spreadsheet(format) => {
            if matches!(format, Format::Xlsx | Format::Xlsb | Format::Ods) {
                limits::check_zip(path, &bytes)?;
            }
            spreadsheet::read(path, bytes, Some(format), sink)
        }
        Sniffed::Ole => spreadsheet::read(path, bytes, None, sink),
        Sniffed::Other(what) => Err(Error::NotASpreadsheet {
            path: path.to_owned(),
            what,
        }),
    }
}

/// The workbook a path stands for: a CSV file stands for its folder (so `clients.csv
/// rights.csv listings.csv` on a command line are one workbook), anything else for itself.
pub fn workbook_path(path: &Path) -> PathBuf {
    if csv::is_csv_path(path) && !path.is_dir() {
        csv::folder_of(path)
    } else {
        path.to_owned()
    }
}

/// The one spreadsheet file (`.xlsx .xlsm .xlsb .xls .ods`) of a folder that holds no CSV
/// file, ignoring Office lock and temporary files; `None` when there is not exactly one.
fn single_workbook_in(dir: &Path) -> Option<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).ok()?.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if !path.is_file() || name.starts_with("~$") || name.starts_with(".~lock") || name.starts_with('.') {
            continue;
        }
        if csv::is_csv_path(&path) {
            return None;
        }
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        if matches!(extension.as_str(), "xlsx" | "xlsm" | "xlsb" | "xls" | "ods") {
            found.push(path);
        }
    }
    (found.len() == 1).then(|| found.remove(0))
}

/// The bytes of a file that must not be empty nor over [`MAX_FILE_BYTES`] (told from its size
/// before it is read, and again after, for a file that grew meanwhile).
pub(crate) fn read_bytes(path: &Path) -> Result<Vec<u8>, Error> {
    use std::io::Read;

    let io = |source| Error::Io {
        path: path.to_owned(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let declared = file.metadata().map_err(io)?.len();
    limits::check_file_size(path, declared)?;
    let mut bytes = Vec::with_capacity(declared as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    limits::check_file_size(path, bytes.len() as u64)?;
    if bytes.is_empty() {
        return Err(Error::Empty {
            path: path.to_owned(),
        });
    }
    Ok(bytes)
}
