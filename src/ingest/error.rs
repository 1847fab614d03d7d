//! Why a file cannot be used at all; each message names the file and says what to do.

use std::path::PathBuf;

/// A workbook that cannot be read. Rendered as one line starting with the path.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// No file or folder at this path.
    #[error("{}: no such file or folder", .path.display())]
    NotFound {
        /// The path as given.
        path: PathBuf,
    },
    /// The file exists but could not be read.
    #[error("{}: cannot read the file ({source})", .path.display())]
    Io {
        /// The path as given.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// Zero bytes.
    #[error("{}: the file is empty (0 bytes)", .path.display())]
    Empty {
        /// The path as given.
        path: PathBuf,
    },
    /// Larger than [`super::MAX_FILE_BYTES`]; not read at all.
    #[error("{}: the file is too large to be a workbook ({}; the limit is {})", .path.display(), super::limits::human(*.bytes), super::limits::human(*.limit))]
    TooLarge {
        /// The path as given.
        path: PathBuf,
        /// Its size.
        bytes: u64,
        /// The limit.
        limit: u64,
    },
    /// A zip container declaring far more unpacked content than a workbook has (a zip bomb);
    /// refused before it is unpacked.
    #[error("{}: refused: {detail}; this is not a normal workbook (open it in Excel, WPS or LibreOffice and save it again if it should be)", .path.display())]
    Inflated {
        /// The path as given.
        path: PathBuf,
        /// Which sizes were declared.
        detail: String,
    },
    /// Something else: a PDF, an image, a Word document, …
    #[error("{}: not a spreadsheet: the file is {what} (save the workbook as .xlsx, .xls, .ods or .csv)", .path.display())]
    NotASpreadsheet {
        /// The path as given.
        path: PathBuf,
        /// What it is instead, e.g. "a PDF document".
        what: String,
    },
    /// A spreadsheet container that is truncated or damaged.
    #[error("{}: the workbook is damaged ({detail}); open it in Excel, WPS or LibreOffice and save it again", .path.display())]
    Corrupt {
        /// The path as given.
        path: PathBuf,
        /// What the reader found.
        detail: String,
    },
    /// Protected with a password to open.
    #[error("{}: the workbook is encrypted with a password; save a copy without a password to open it and check that", .path.display())]
    Encrypted {
        /// The path as given.
        path: PathBuf,
    },
    /// One or more of the three sheets is not there.
    #[error("{}: no sheet {} (sheets found: {})", .path.display(), .missing.join(", no sheet "), list(.found))]
    MissingSheets {
        /// The path as given.
        path: PathBuf,
        /// The sheets missing, e.g. `Listings / 侵权链接`.
        missing: Vec<String>,
        /// The sheet names the workbook has.
        found: Vec<String>,
    },
    /// CSV input without one of the three files.
    #[error("{}: no {} (CSV files found: {})", .path.display(), .missing.join(", no "), list(.found))]
    MissingCsvFiles {
        /// The folder looked in.
        path: PathBuf,
        /// The files missing, e.g. `rights.csv / 知识产权.csv`.
        missing: Vec<String>,
        /// The CSV files the folder has.
        found: Vec<String>,
    },
    /// A CSV file whose name is not one of the three sheets.
    #[error("{}: cannot tell which sheet this CSV file holds; name the files clients.csv, rights.csv and listings.csv (or 客户.csv, 知识产权.csv, 侵权链接.csv)", .path.display())]
    UnknownCsvName {
        /// The path as given.
        path: PathBuf,
    },
    /// A sheet with no cells at all.
    #[error("{}: {sheet}: the sheet is empty (expected a header row with {})", .path.display(), .expected.join(", "))]
    EmptySheet {
        /// The file holding the sheet.
        path: PathBuf,
        /// The sheet's name as in the workbook.
        sheet: String,
        /// The required columns.
        expected: Vec<String>,
    },
    /// A sheet without a required column.
    #[error("{}: {sheet}: no column {} (headers found in row {row}: {})", .path.display(), .missing.join(", no column "), list(.found))]
    MissingColumns {
        /// The file holding the sheet.
        path: PathBuf,
        /// The sheet's name as in the workbook.
        sheet: String,
        /// The row taken as the header row (1-based).
        row: u32,
        /// The required columns missing, e.g. `client_id / 客户编号`.
        missing: Vec<String>,
        /// The headers that row has.
        found: Vec<String>,
    },
    /// The reading process was stopped by a limit, or died: the file is damaged or hostile.
    #[error("{}: reading stopped: {reason}, so it is damaged or hostile; open it in Excel or LibreOffice and save it again", .path.display())]
    Stopped {
        /// The path as given.
        path: PathBuf,
        /// Which limit it hit, or how it died.
        reason: super::Stop,
    },
    /// Why the reading process could not use the file, as it said it (one of the other
    /// errors, rendered in the child).
    #[error("{message}")]
    Reported {
        /// The path as given.
        path: PathBuf,
        /// The whole message, starting with the path.
        message: String,
    },
}

/// Whether an unusable file's message (as [`Error`] renders it, in this process or sent
/// by the reading child) says it may only be incomplete: empty, or a zip container cut
/// short, as a copy still under way leaves it.
pub fn may_be_incomplete(message: &str) -> bool {
    message.ends_with("the file is empty (0 bytes)") || message.contains(TRUNCATED)
}

/// How a zip container cut short or damaged is described (see `spreadsheet`).
pub(crate) const TRUNCATED: &str = "the zip container is truncated or corrupt";

impl Error {
    /// The file (or folder) the error is about.
    pub fn path(&self) -> &std::path::Path {
        match self {
            Error::NotFound { path }
            | Error::Io { path, .. }
            | Error::Empty { path }
            | Error::TooLarge { path, .. }
            | Error::Inflated { path, .. }
            | Error::NotASpreadsheet { path, .. }
            | Error::Corrupt { path, .. }
            | Error::Encrypted { path }
            | Error::MissingSheets { path, .. }
            | Error::MissingCsvFiles { path, .. }
            | Error::UnknownCsvName { path }
            | Error::EmptySheet { path, .. }
            | Error::MissingColumns { path, .. }
            | Error::Stopped { path, .. }
            | Error::Reported { path, .. } => path,
        }
    }
}

fn list(items: &[String]) -> String {
    if items.is_empty() {
        "none".to_owned()
    } else {
        items.join(", ")
    }
}
