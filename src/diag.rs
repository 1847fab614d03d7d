//! Diagnostics: a severity, the place a person must fix (file, sheet, cell) and a message.

use std::fmt;

use serde::{Deserialize, Serialize};

/// How bad a problem is: errors keep a record out of the docket, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The record (or the whole file) cannot be used until this is fixed.
    Error,
    /// Worth a look; the record is used as it is (or with the stated default).
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// Where a problem is, as a person sees it in Excel: `clients.xlsx: 知识产权!J8`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Location {
    /// The file as the user named it (for CSV input: the CSV file holding the sheet).
    pub file: String,
    /// The sheet's name as it appears in the workbook (for CSV: the file stem, as Excel names the tab).
    pub sheet: Option<String>,
    /// The cell in A1 style (`J8`), when the problem is in one cell.
    pub cell: Option<String>,
}

impl Location {
    /// A whole file.
    pub fn file(file: impl Into<String>) -> Self {
        Location {
            file: file.into(),
            sheet: None,
            cell: None,
        }
    }

    /// One cell of a sheet.
    pub fn cell(file: impl Into<String>, sheet: impl Into<String>, cell: impl Into<String>) -> Self {
        Location {
            file: file.into(),
            sheet: Some(sheet.into()),
            cell: Some(cell.into()),
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        match (&self.sheet, &self.cell) {
            (Some(sheet), Some(cell)) => write!(f, ": {sheet}!{cell}"),
            (Some(sheet), None) => write!(f, ": {sheet}"),
            (None, Some(cell)) => write!(f, ": {cell}"),
            (None, None) => Ok(()),
        }
    }
}

/// One problem found in a workbook.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The place to fix.
    pub location: Location,
    /// What is wrong, with a hint where one helps.
    pub message: String,
}

impl Diagnostic {
    /// An error at `location`.
    pub fn error(location: Location, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            location,
            message: message.into(),
        }
    }

    /// A warning at `location`.
    pub fn warning(location: Location, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            location,
            message: message.into(),
        }
    }

    /// True for errors.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// `clients.xlsx: Rights!F7: "2026-13-01" is not a date (…)` — the severity is not part of it.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}
