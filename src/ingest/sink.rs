//! What a reader hands on as it reads: each sheet's rows and the warnings found on the way
//! ([`Sink`]); and [`Gather`], which keeps them and makes the [`Workbook`].
//!
//! Readers never hold a whole sheet themselves. In a child process (see `isolate`) each row
//! goes to the parent as soon as it is read, so the child's memory stays small and the parent
//! decodes while the child reads; in this process the rows go to a [`Gather`] directly. Either
//! way the tables are made in one place, from the same rows.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::cell::{Cell, Row, SheetExtras};
use super::schema::SheetKind;
use super::sniff::Format;
use super::table::Table;
use super::{Error, Workbook};
use crate::diag::Diagnostic;

/// Where a reader puts what it reads, in the order it reads it.
pub(crate) trait Sink {
    /// A sheet begins.
    fn sheet(&mut self, head: SheetHead);
    /// A non-blank row of the sheet begun last, its non-empty cells left to right. Rows come
    /// in the file's order, which some writers do not keep: see [`Gather`].
    fn row(&mut self, row: Row);
    /// A problem that does not make the file unusable; it belongs to the sheet begun last, or
    /// to the workbook before any sheet begins.
    fn warn(&mut self, warning: Diagnostic);
    /// The merged ranges and cell links of the sheet named `sheet` (after its rows; formats
    /// that keep none send none).
    fn extras(&mut self, sheet: String, extras: SheetExtras);
}

/// A sheet as it begins: which one, the file holding it and its name, as cell references
/// name them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct SheetHead {
    pub kind: SheetKind,
    pub file: String,
    pub name: String,
    /// How many rows the sheet says it spans (its dimension record; 0: unknown), for room
    /// made ahead: a hint, never trusted beyond [`ROOM_AHEAD`].
    pub height: u32,
}

/// The most rows room is made for ahead of a sheet, whatever it claims.
const ROOM_AHEAD: usize = 1 << 20;

/// What a reader found of the workbook as a whole.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct Opened {
    /// The workbook as the user named it.
    pub file: String,
    /// What it was read as.
    pub format: Format,
    /// Every sheet name it has.
    pub sheets: Vec<String>,
}

/// A [`Sink`] that keeps everything, then makes the workbook ([`Gather::finish`]).
#[derive(Debug, Default)]
pub(crate) struct Gather {
    /// Warnings before the first sheet.
    warnings: Vec<Diagnostic>,
    sheets: Vec<Sheet>,
}

#[derive(Debug)]
struct Sheet {
    kind: SheetKind,
    file: String,
    name: String,
    rows: Vec<Row>,
    /// Rows ascending and each row's cells ascending, as almost every file has them.
    ordered: bool,
    warnings: Vec<Diagnostic>,
    extras: SheetExtras,
}

impl Sink for Gather {
    fn sheet(&mut self, head: SheetHead) {
        self.sheets.push(Sheet {
            kind: head.kind,
            file: head.file,
            name: head.name,
            rows: Vec::with_capacity((head.height as usize).min(ROOM_AHEAD)),
            ordered: true,
            warnings: Vec::new(),
            extras: SheetExtras::default(),
        });
    }

    fn row(&mut self, row: Row) {
        let Some(sheet) = self.sheets.last_mut() else {
            return;
        };
        sheet.ordered &= sheet.rows.last().is_none_or(|last| last.number < row.number)
            && row.cells.windows(2).all(|pair| pair[0].at.col < pair[1].at.col);
        sheet.rows.push(row);
    }

    fn warn(&mut self, warning: Diagnostic) {
        match self.sheets.last_mut() {
            Some(sheet) => sheet.warnings.push(warning),
            None => self.warnings.push(warning),
        }
    }

    fn extras(&mut self, name: String, extras: SheetExtras) {
        if let Some(sheet) = self.sheets.iter_mut().find(|s| s.name == name) {
            sheet.extras.merges.extend(extras.merges);
            sheet.extras.links.extend(extras.links);
        }
    }
}

impl Gather {
    /// True once a sheet has begun (a row can only belong to a sheet).
    pub(crate) fn in_sheet(&self) -> bool {
        !self.sheets.is_empty()
    }

    /// The workbook: each sheet's header row found and its data split off. An optional sheet
    /// without rows is as good as absent; the first sheet of a kind is the one kept.
    pub(crate) fn finish(self, path: &Path, opened: Opened) -> Result<Workbook, Error> {
        let mut diagnostics = self.warnings;
        let mut tables: [Option<Table>; 5] = Default::default();
        for sheet in self.sheets {
            diagnostics.extend(sheet.warnings);
            let slot = &mut tables[sheet.kind as usize];
            if slot.is_some() || (sheet.kind.is_optional() && sheet.rows.is_empty()) {
                continue;
            }
            let rows = if sheet.ordered {
                sheet.rows
            } else {
                reorder(sheet.rows)
            };
            // A sheet's problems name the file holding it (for CSV, not the folder).
            let file = std::path::PathBuf::from(&sheet.file);
            *slot = Some(Table::from_rows(
                sheet.kind,
                &file,
                sheet.file,
                sheet.name,
                rows,
                &sheet.extras,
                &mut diagnostics,
            )?);
        }
        // An Outcomes sheet alone: the other sheets are there, empty.
        if let [clients @ None, rights @ None, listings @ None, _, Some(outcomes)] = &mut tables {
            let empty = |kind: SheetKind| Some(Table::empty(kind, &outcomes.file));
            *clients = empty(SheetKind::Clients);
            *rights = empty(SheetKind::Rights);
            *listings = empty(SheetKind::Listings);
        }
        match tables {
            [Some(clients), Some(rights), Some(listings), counter_notices, outcomes] => Ok(Workbook {
                file: opened.file,
                format: opened.format,
                sheets: opened.sheets,
                clients,
                rights,
                listings,
                counter_notices,
                outcomes,
                diagnostics,
            }),
            _ => Err(Error::Corrupt {
                path: path.to_owned(),
                detail: "sheets could not be read".to_owned(),
            }),
        }
    }
}

/// Rows of a sheet whose cells were stored out of order: each row gathered, rows and cells
/// ordered, and of two cells at one place the first kept.
fn reorder(rows: Vec<Row>) -> Vec<Row> {
    let mut cells: Vec<Cell> = rows.into_iter().flat_map(|row| row.cells).collect();
    cells.sort_by_key(|cell| (cell.at.row, cell.at.col));
    cells.dedup_by_key(|cell| (cell.at.row, cell.at.col));
    let mut rows: Vec<Row> = Vec::new();
    for cell in cells {
        match rows.last_mut() {
            Some(last) if last.number == cell.at.row => last.cells.push(cell),
            _ => rows.push(Row {
                number: cell.at.row,
                cells: vec![cell],
            }),
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::{CellRef, Value};

    fn row(number: u32, cols: &[(u32, &str)]) -> Row {
        Row {
            number,
            cells: cols
                .iter()
                .map(|(col, text)| Cell {
                    at: CellRef::new(number, *col),
                    value: Value::Text((*text).to_owned()),
                })
                .collect(),
        }
    }

    #[test]
    fn rows_out_of_order_are_merged_ordered_and_the_first_of_a_place_kept() {
        let rows = vec![
            row(3, &[(1, "b3")]),
            row(1, &[(0, "a1"), (1, "b1")]),
            row(3, &[(0, "a3"), (1, "again")]),
        ];
        assert_eq!(
            reorder(rows),
            vec![row(1, &[(0, "a1"), (1, "b1")]), row(3, &[(0, "a3"), (1, "b3")])]
        );
    }

    #[test]
    fn a_row_before_any_sheet_has_nowhere_to_go() {
        let mut gather = Gather::default();
        assert!(!gather.in_sheet());
        gather.row(row(1, &[(0, "x")]));
        gather.sheet(SheetHead {
            kind: SheetKind::Clients,
            file: "f".into(),
            name: "s".into(),
            height: u32::MAX,
        });
        assert!(gather.in_sheet());
        assert!(gather.sheets[0].rows.is_empty());
    }
}
