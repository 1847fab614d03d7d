//! Reading one row of a sheet field by field, turning every cell problem into a diagnostic at
//! that cell and remembering whether the row had an error.

use std::collections::BTreeMap;

use std::borrow::Cow;
use std::path::Path;
use std::sync::Arc;

use super::value::{clean, date_of, parse_date, Date, DATE_HINT};
use super::{FileRef, Source};
use crate::diag::{Diagnostic, Location};
use crate::fonts::FontSet;
use crate::ingest::{Cell, CellRef, Field, Row, Table, Value};

/// The number of [`Field`] variants (an array index per field).
const FIELDS: usize = Field::COUNT;

/// Per-table lookup from a column to its field.
pub(crate) struct Columns<'t> {
    table: &'t Table,
    /// Indexed by column: the field (if known) and the header of each header cell.
    by_col: Vec<Option<(Option<Field>, &'t str)>>,
    field_col: [Option<u32>; FIELDS],
    file: Arc<str>,
    sheet: Arc<str>,
    /// When set, a character no configured font has is an error at its cell.
    fonts: Option<&'t FontSet>,
}

impl<'t> Columns<'t> {
    pub(crate) fn new(table: &'t Table, fonts: Option<&'t FontSet>) -> Self {
        let mut field_col = [None; FIELDS];
        let width = table
            .columns
            .iter()
            .map(|c| c.col as usize + 1)
            .max()
            .unwrap_or(0);
        let mut by_col = vec![None; width];
        for column in &table.columns {
            if let Some(slot) = by_col.get_mut(column.col as usize) {
                *slot = Some((column.field, column.header.as_str()));
            }
            if let Some(field) = column.field {
                field_col[field as usize] = Some(column.col);
            }
        }
        Columns {
            table,
            by_col,
            field_col,
            file: Arc::from(table.file.as_str()),
            sheet: Arc::from(table.sheet.as_str()),
            fonts,
        }
    }

    /// The header as written, or the canonical label when the sheet has no such column.
    pub(crate) fn header(&self, field: Field) -> String {
        self.field_col[field as usize]
            .and_then(|col| self.get(col))
            .map_or_else(|| field.label(self.table.kind), |(_, h)| (*h).to_owned())
    }

    fn get(&self, col: u32) -> Option<(Option<Field>, &'t str)> {
        self.by_col.get(col as usize).copied().flatten()
    }

    pub(crate) fn table(&self) -> &'t Table {
        self.table
    }
}

/// One row being read.
pub(crate) struct RowReader<'a, 't> {
    columns: &'a Columns<'t>,
    row: &'t Row,
    cells: [Option<&'t Cell>; FIELDS],
    diagnostics: &'a mut Vec<Diagnostic>,
    /// Set by any error: the record is not used.
    pub(crate) failed: bool,
}

impl<'a, 't> RowReader<'a, 't> {
    pub(crate) fn new(columns: &'a Columns<'t>, row: &'t Row, diagnostics: &'a mut Vec<Diagnostic>) -> Self {
        let mut cells = [None; FIELDS];
        for cell in &row.cells {
            if let Some((Some(field), _)) = columns.get(cell.at.col) {
                cells[field as usize] = Some(cell);
            }
        }
        RowReader {
            columns,
            row,
            cells,
            diagnostics,
            failed: false,
        }
    }

    /// Where this row is.
    pub(crate) fn source(&self) -> Source {
        Source {
            file: Arc::clone(&self.columns.file),
            sheet: Arc::clone(&self.columns.sheet),
            row: self.row.number,
        }
    }

    /// The row's number.
    pub(crate) fn number(&self) -> u32 {
        self.row.number
    }

    /// The cell of `field` in this row (whether or not it is empty); the first column when the
    /// sheet has no such column.
    pub(crate) fn at(&self, field: Field) -> CellRef {
        let col = self.columns.field_col[field as usize]
            .or_else(|| self.columns.table.columns.first().map(|c| c.col))
            .unwrap_or(0);
        CellRef::new(self.row.number, col)
    }

    /// The place of `field`'s cell in this row.
    pub(crate) fn location(&self, field: Field) -> Location {
        self.columns.table.location(self.at(field))
    }

    pub(crate) fn header(&self, field: Field) -> String {
        self.columns.header(field)
    }

    /// An error at `field`'s cell; the record is not used.
    pub(crate) fn error(&mut self, field: Field, message: impl Into<String>) {
        self.failed = true;
        let location = self.location(field);
        self.diagnostics.push(Diagnostic::error(location, message));
    }

    /// A warning at `field`'s cell.
    pub(crate) fn warning(&mut self, field: Field, message: impl Into<String>) {
        let location = self.location(field);
        self.diagnostics.push(Diagnostic::warning(location, message));
    }

    /// True when the sheet has a column for `field`.
    pub(crate) fn has_column(&self, field: Field) -> bool {
        self.columns.field_col[field as usize].is_some()
    }

    /// True when `field`'s cell is empty (or the sheet has no such column).
    pub(crate) fn is_blank(&self, field: Field) -> bool {
        self.cells[field as usize].is_none()
    }

    /// The text of `field` as written (cleaned), without reporting anything: for telling
    /// which client a row that failed belongs to.
    pub(crate) fn raw(&self, field: Field) -> Option<String> {
        let cell = self.cells[field as usize]?;
        let cleaned = clean(&cell.value).ok()?;
        (!cleaned.text.is_empty()).then(|| cleaned.text.into_owned())
    }

    /// The cleaned text of `field`, `None` when empty or unusable (reported).
    pub(crate) fn text(&mut self, field: Field) -> Option<String> {
        self.text_ref(field).map(Cow::into_owned)
    }

    /// Like [`Self::text`], borrowing from the workbook where it can.
    pub(crate) fn text_ref(&mut self, field: Field) -> Option<Cow<'t, str>> {
        let cell = self.cells[field as usize]?;
        self.clean_cell(cell)
    }

    /// Like [`Self::text`], and an error when the cell is empty.
    pub(crate) fn required(&mut self, field: Field) -> Option<String> {
        self.required_ref(field).map(Cow::into_owned)
    }

    /// Like [`Self::required`], borrowing from the workbook where it can.
    pub(crate) fn required_ref(&mut self, field: Field) -> Option<Cow<'t, str>> {
        let before = self.diagnostics.len();
        let text = self.text_ref(field);
        let reported = self.diagnostics[before..].iter().any(Diagnostic::is_error);
        if text.is_none() && !reported {
            let header = self.header(field);
            self.error(field, format!("{header} is empty (required)"));
        }
        text
    }

    /// The date in `field`; a cell that is not a date is an error.
    pub(crate) fn date(&mut self, field: Field) -> Option<Date> {
        let cell = self.cells[field as usize]?;
        if let Value::Date(iso) = &cell.value {
            if let Some(date) = parse_date(iso) {
                return Some(date);
            }
        }
        let text = self.clean_cell(cell)?;
        match date_of(&cell.value) {
            Some(date) => Some(date),
            None => {
                let message = match super::value::ambiguous_date(&text) {
                    Some((day_first, month_first)) => {
                        format!(
                            "\"{text}\" is ambiguous: {} (day first) or {} (month first)? Write \
                             the date as {day_first} or {}, or {month_first} or {}",
                            day_first.english(),
                            month_first.english(),
                            day_first.chinese(),
                            month_first.chinese()
                        )
                    }
                    None => format!("\"{text}\" is not a date ({DATE_HINT})"),
                };
                self.error(field, message);
                None
            }
        }
    }

    /// The files `field` names, separated by `;` `；` or line breaks, resolved against
    /// `base` (the workbook's folder); checked later, as a whole ([`crate::evidence`]).
    pub(crate) fn files(&mut self, field: Field, base: &Path) -> Vec<FileRef> {
        let Some(text) = self.text_ref(field) else {
            return Vec::new();
        };
        let location = self.location(field);
        let mut out: Vec<FileRef> = Vec::new();
        for written in text
            .split([';', '；', '\n', '\r'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            if out.iter().any(|f| f.written == written) {
                continue;
            }
            out.push(FileRef {
                written: written.to_owned(),
                path: base.join(written),
                location: location.clone(),
            });
        }
        out
    }

    /// The cells in columns the model does not know, header → cleaned text.
    pub(crate) fn extra(&mut self) -> BTreeMap<String, String> {
        let mut extra = BTreeMap::new();
        for cell in &self.row.cells {
            if let Some((None, header)) = self.columns.get(cell.at.col) {
                if let Some(text) = self.clean_cell(cell) {
                    extra.insert(header.to_owned(), text.into_owned());
                }
            }
        }
        extra
    }

    fn clean_cell(&mut self, cell: &'t Cell) -> Option<Cow<'t, str>> {
        match clean(&cell.value) {
            Err(problem) => {
                self.failed = true;
                let location = self.columns.table.location(cell.at);
                self.diagnostics
                    .push(Diagnostic::error(location, problem.to_string()));
                None
            }
            Ok(cleaned) => {
                if let Some(missing) = self
                    .columns
                    .fonts
                    .and_then(|fonts| fonts.first_unsettable(&cleaned.text))
                {
                    self.failed = true;
                    let location = self.columns.table.location(cell.at);
                    self.diagnostics.push(Diagnostic::error(
                        location,
                        format!(
                            "no configured font has the character \"{missing}\" (U+{:04X}); add a font that has it to the config's fonts, or write the text without it",
                            missing as u32
                        ),
                    ));
                }
                if let Some((first, count)) = cleaned.removed {
                    let message = super::value::removed_message(first, count, cleaned.all_control);
                    let location = self.columns.table.location(cell.at);
                    self.diagnostics.push(Diagnostic::warning(location, message));
                }
                (!cleaned.text.is_empty()).then_some(cleaned.text)
            }
        }
    }
}
