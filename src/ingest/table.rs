//! A sheet as the model reads it: its header row matched to known columns, and its data rows.

use std::path::Path;

use super::cell::{Cell, CellRef, Merge, Row, SheetExtras, Value};
use super::schema::{normalize, Field, NearHeader, SheetKind};
use super::Error;
use crate::diag::{Diagnostic, Location};

/// How many rows from the top are searched for the header row (title rows may come first).
const HEADER_SEARCH_ROWS: usize = 30;

/// One column of a sheet's header row.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// 0-based column index.
    pub col: u32,
    /// The header as written.
    pub header: String,
    /// The known column it names; `None` for a column the model does not know (kept as extra).
    pub field: Option<Field>,
}

/// One of the three sheets, with its header found.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Which sheet this is.
    pub kind: SheetKind,
    /// The file holding it, as the user named it (for CSV: the CSV file).
    pub file: String,
    /// The sheet's name as it appears in the workbook (for CSV: the file stem).
    pub sheet: String,
    /// The header row's number (1-based).
    pub header_row: u32,
    /// The header row's non-empty cells, left to right.
    pub columns: Vec<Column>,
    /// The non-blank rows below the header row.
    pub rows: Vec<Row>,
}

impl Table {
    /// A sheet the workbook does not have, as an empty one (header row 0): the three sheets of
    /// a workbook of outcomes only.
    pub(crate) fn empty(kind: SheetKind, file: &str) -> Table {
        Table {
            kind,
            file: file.to_owned(),
            sheet: kind.label().to_owned(),
            header_row: 0,
            columns: Vec::new(),
            rows: Vec::new(),
        }
    }

    /// Finds the header row in `rows` (all non-blank rows of the sheet) and splits off the data.
    /// A duplicated known column is reported in `diagnostics` and kept as an extra column.
    /// Cells merged down a column below the header (`merges`) are read as Excel shows them:
    /// the value in each row of the range.
    pub(crate) fn from_rows(
        kind: SheetKind,
        path: &Path,
        file: String,
        sheet: String,
        mut rows: Vec<Row>,
        extras: &SheetExtras,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Result<Table, Error> {
        let required = || kind.required().iter().map(|f| f.label(kind)).collect();
        if rows.is_empty() {
            return Err(Error::EmptySheet {
                path: path.to_owned(),
                sheet,
                expected: required(),
            });
        }
        let mut best: Option<(usize, usize)> = None;
        for (index, row) in rows.iter().take(HEADER_SEARCH_ROWS).enumerate() {
            let mut seen: Vec<Field> = Vec::new();
            for cell in &row.cells {
                if let Value::Text(text) = &cell.value {
                    if let Some(field) = kind.field_for_header(text) {
                        if !seen.contains(&field) {
                            seen.push(field);
                        }
                    }
                }
            }
            if !seen.is_empty() && best.is_none_or(|(_, count)| seen.len() > count) {
                best = Some((index, seen.len()));
            }
        }
        let header_index = best.map_or(0, |(index, _)| index);
        let data = rows.split_off(header_index + 1);
        let header = rows.pop().unwrap_or_else(|| Row {
            number: 1,
            cells: Vec::new(),
        });

        let mut columns: Vec<Column> = Vec::with_capacity(header.cells.len());
        for cell in &header.cells {
            let text = cell.value.display().trim().to_owned();
            if text.is_empty() {
                continue;
            }
            let mut field = match &cell.value {
                Value::Text(_) => kind.field_for_header(&text),
                _ => None,
            };
            if field.is_none() && matches!(cell.value, Value::Text(_)) {
                let at = || Location::cell(file.clone(), sheet.clone(), cell.at.to_string());
                match kind.near_header(&text) {
                    Some(NearHeader::Remark(known)) if !has_column(&header, kind, known) => {
                        diagnostics.push(Diagnostic::warning(
                            at(),
                            format!("\"{text}\" is read as the {} column", known.label(kind)),
                        ));
                        field = Some(known);
                    }
                    Some(NearHeader::Remark(known) | NearHeader::Suggest(known)) => {
                        diagnostics.push(Diagnostic::warning(
                            at(),
                            format!(
                                "\"{text}\" is not a column takedown knows, so it is not read; \
                                 did you mean {}? (`takedown columns` lists every column)",
                                known.label(kind)
                            ),
                        ));
                    }
                    None => {}
                }
            }
            if let Some(known) = field {
                if let Some(first) = columns.iter().find(|c| c.field == Some(known)) {
                    diagnostics.push(Diagnostic::warning(
                        Location::cell(file.clone(), sheet.clone(), cell.at.to_string()),
                        format!(
                            "\"{text}\" is a second {} column (the first is column {}); this one is kept as an extra column",
                            known.label(kind),
                            CellRef::column_name(first.col)
                        ),
                    ));
                    field = None;
                }
            }
            columns.push(Column {
                col: cell.at.col,
                header: text,
                field,
            });
        }

        let missing: Vec<String> = kind
            .required()
            .iter()
            .filter(|field| !columns.iter().any(|c| c.field == Some(**field)))
            .map(|field| field.label(kind))
            .collect();
        if !missing.is_empty() {
            return Err(Error::MissingColumns {
                path: path.to_owned(),
                sheet,
                row: header.number,
                missing,
                found: columns.into_iter().map(|c| c.header).collect(),
            });
        }

        // A header row repeated further down (e.g. two pasted blocks) is not data.
        let header_key: Vec<String> = columns.iter().map(|c| normalize(&c.header)).collect();
        let longest = columns.iter().map(|c| c.header.len()).max().unwrap_or(0);
        let is_header_again = |row: &Row| {
            row.cells.len() == columns.len()
                && row
                    .cells
                    .iter()
                    .zip(&header_key)
                    .all(|(cell, key)| match &cell.value {
                        Value::Text(text) => text.len() <= longest && normalize(text) == *key,
                        _ => false,
                    })
        };
        let mut rows = data;
        rows.retain(|row| !is_header_again(row));
        let at = |cell: CellRef| Location::cell(file.clone(), sheet.clone(), cell.to_string());
        fill_merges(&mut rows, header.number, &extras.merges, &at, diagnostics);
        if let Some(url) = columns.iter().find(|c| c.field == Some(Field::Url)) {
            read_links(&mut rows, url.col, &extras.links, &at, diagnostics);
        }

        Ok(Table {
            kind,
            file,
            sheet,
            header_row: header.number,
            columns,
            rows,
        })
    }

    /// The column holding `field`, if the sheet has one.
    pub fn column(&self, field: Field) -> Option<&Column> {
        self.columns.iter().find(|c| c.field == Some(field))
    }

    /// The place of a cell of this sheet, for a diagnostic.
    pub fn location(&self, at: CellRef) -> Location {
        Location::cell(self.file.clone(), self.sheet.clone(), at.to_string())
    }
}

/// Whether a header row already has a header naming `field` exactly.
fn has_column(header: &Row, kind: SheetKind, field: Field) -> bool {
    header.cells.iter().any(|cell| match &cell.value {
        Value::Text(text) => kind.field_for_header(text) == Some(field),
        _ => false,
    })
}

/// The most cells merges may fill per row of a sheet (a hostile file may merge every column
/// of every row many times over).
const FILLS_PER_ROW: usize = 4;

/// Reads each range merged down one column below the header as its first cell's value in
/// every row of the range that holds data (a warning at the range says so); a range merged
/// across columns keeps its value in its first column only, with a warning.
fn fill_merges(
    rows: &mut [Row],
    header_row: u32,
    merges: &[Merge],
    at: &dyn Fn(CellRef) -> Location,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let mut budget = rows.len().saturating_mul(FILLS_PER_ROW).saturating_add(64);
    for merge in merges {
        let (first, last) = (merge.first, merge.last);
        // A merge that starts in the header (or above it) is the header's own, never data.
        if first.row <= header_row || (first.row == last.row && first.col == last.col) {
            continue;
        }
        let index = |number: u32| rows.binary_search_by_key(&number, |r| r.number);
        let value = index(first.row)
            .ok()
            .and_then(|i| rows[i].cells.iter().find(|c| c.at.col == first.col))
            .map(|c| c.value.clone());
        let Some(value) = value else {
            continue;
        };
        if first.col != last.col {
            diagnostics.push(Diagnostic::warning(
                at(first),
                format!(
                    "cells {merge} are merged across columns; \"{}\" is read in {first} only",
                    value.display()
                ),
            ));
            continue;
        }
        let mut filled = 0;
        let start = index(first.row).unwrap_or_else(|i| i);
        for row in rows[start..].iter_mut().take_while(|r| r.number <= last.row) {
            if row.number == first.row || budget == 0 {
                continue;
            }
            let col = first.col;
            match row.cells.binary_search_by_key(&col, |c| c.at.col) {
                Ok(_) => {}
                Err(i) => {
                    row.cells.insert(
                        i,
                        Cell {
                            at: CellRef::new(row.number, col),
                            value: value.clone(),
                        },
                    );
                    filled += 1;
                    budget -= 1;
                }
            }
        }
        if filled > 0 {
            diagnostics.push(Diagnostic::warning(
                at(first),
                format!(
                    "cells {merge} are merged: \"{}\" is read in each of their rows",
                    value.display()
                ),
            ));
        }
    }
}

/// A URL cell whose text is not an address (`Trail pack on Taobao`) but links to one is read
/// as that address, with a warning at the cell.
fn read_links(
    rows: &mut [Row],
    col: u32,
    links: &[(CellRef, String)],
    at: &dyn Fn(CellRef) -> Location,
    diagnostics: &mut Vec<Diagnostic>,
) {
    for (cell_ref, target) in links {
        if cell_ref.col != col {
            continue;
        }
        let Ok(i) = rows.binary_search_by_key(&cell_ref.row, |r| r.number) else {
            continue;
        };
        let Some(cell) = rows[i].cells.iter_mut().find(|c| c.at.col == col) else {
            continue;
        };
        let Value::Text(text) = &cell.value else {
            continue;
        };
        let trimmed = text.trim();
        if trimmed.contains("://") || trimmed.to_ascii_lowercase().starts_with("www.") {
            continue;
        }
        diagnostics.push(Diagnostic::warning(
            at(*cell_ref),
            format!("\"{trimmed}\" is not a web address but links to one: {target} is read"),
        ));
        cell.value = Value::Text(target.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(number: u32, cells: &[(u32, &str)]) -> Row {
        Row {
            number,
            cells: cells
                .iter()
                .map(|&(col, text)| Cell {
                    at: CellRef::new(number, col),
                    value: Value::Text(text.to_owned()),
                })
                .collect(),
        }
    }

    fn merge(first: (u32, u32), last: (u32, u32)) -> Merge {
        Merge {
            first: CellRef::new(first.0, first.1),
            last: CellRef::new(last.0, last.1),
        }
    }

    #[test]
    fn merges_down_a_data_column_fill_it_and_the_headers_own_do_not() {
        // Header in row 1; rows 2–4 data. B2:B4 merged (the client of three rights);
        // A1:A3 merged from the header down (a two-row header), C2:D2 across columns.
        let mut rows = vec![
            row(2, &[(0, "R1"), (1, "C1"), (2, "x")]),
            row(3, &[(0, "R2")]),
            row(4, &[(0, "R3")]),
        ];
        let merges = [
            merge((2, 1), (4, 1)),
            merge((1, 0), (3, 0)),
            merge((2, 2), (2, 3)),
        ];
        let mut diagnostics = Vec::new();
        let at = |cell: CellRef| Location::cell("f.xlsx", "Rights", cell.to_string());
        fill_merges(&mut rows, 1, &merges, &at, &mut diagnostics);
        let texts: Vec<Vec<String>> = rows
            .iter()
            .map(|r| r.cells.iter().map(|c| c.value.display()).collect())
            .collect();
        assert_eq!(texts, [vec!["R1", "C1", "x"], vec!["R2", "C1"], vec!["R3", "C1"]]);
        let said: Vec<String> = diagnostics.iter().map(|d| d.to_string()).collect();
        assert_eq!(
            said,
            [
                "f.xlsx: Rights!B2: cells B2:B4 are merged: \"C1\" is read in each of their rows",
                "f.xlsx: Rights!C2: cells C2:D2 are merged across columns; \"x\" is read in C2 only",
            ]
        );
    }
}
