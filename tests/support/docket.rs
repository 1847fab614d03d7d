//! Reading a workbook into a docket as of the day the tests are set on.
#![allow(dead_code)]

use std::path::Path;

use takedown::diag::Diagnostic;
use takedown::ingest::read_workbook;
use takedown::model::{build_docket_on, Date, Docket};

/// The day the tests read workbooks as of: 2026-11-28.
pub fn day() -> Date {
    Date::new(2026, 11, 28).expect("valid date")
}

/// The docket of the workbook at `path` as of [`day`]; panics with the reading error.
pub fn docket(path: &Path) -> Docket {
    let workbook = read_workbook(path).unwrap_or_else(|e| panic!("{e}"));
    build_docket_on(&workbook, day()).0
}

/// A diagnostic as `severity: Sheet!Cell: message`, its file left out.
pub fn without_file(d: &Diagnostic) -> String {
    let text = d.to_string();
    let place = text
        .strip_prefix(&format!("{}: ", d.location.file))
        .unwrap_or(&text)
        .to_owned();
    format!("{}: {place}", d.severity)
}

/// The error reading the workbook at `path` gives; panics if it reads.
pub fn error_of(path: &Path) -> String {
    match read_workbook(path) {
        Ok(_) => panic!("{} should not be usable", path.display()),
        Err(err) => err.to_string(),
    }
}
