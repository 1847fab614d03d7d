//! Cells as read from a sheet: the value and the reference a person sees in Excel (`J8`).

use std::fmt;

use serde::{Deserialize, Serialize};

/// A cell's place in A1 style; `row` counts from 1 like Excel's row numbers, `col` from 0 (A).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct CellRef {
    /// 1-based row number, as Excel shows it.
    pub row: u32,
    /// 0-based column index (0 = A).
    pub col: u32,
}

impl CellRef {
    /// The cell at 1-based `row` and 0-based `col`.
    pub fn new(row: u32, col: u32) -> Self {
        CellRef { row, col }
    }

    /// The column letters: 0 → `A`, 25 → `Z`, 26 → `AA`.
    pub fn column_name(col: u32) -> String {
        let mut n = u64::from(col) + 1;
        let mut letters = Vec::new();
        while n > 0 {
            let rem = ((n - 1) % 26) as u8;
            letters.push(char::from(b'A' + rem));
            n = (n - 1) / 26;
        }
        letters.iter().rev().collect()
    }
}

impl fmt::Display for CellRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", CellRef::column_name(self.col), self.row)
    }
}

/// A range of merged cells, from its first (top-left) cell to its last (bottom-right).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Merge {
    pub first: CellRef,
    pub last: CellRef,
}

impl fmt::Display for Merge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.first, self.last)
    }
}

/// What a sheet holds beside its cells: merged ranges, and the web addresses cells link to
/// (xlsx only; other formats send none).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SheetExtras {
    pub merges: Vec<Merge>,
    /// `http(s)` hyperlinks of single cells, by cell.
    pub links: Vec<(CellRef, String)>,
}

/// A cell's value, as close to what the file holds as the formats allow.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Value {
    /// Text (CSV cells are always text).
    Text(String),
    /// A number (Excel stores every number as a float).
    Number(f64),
    /// An integer (.xls and .ods may hold these).
    Int(i64),
    /// TRUE / FALSE.
    Bool(bool),
    /// A date cell, as `YYYY-MM-DD` (Excel date serials converted, ODS dates as given, the time
    /// of day dropped).
    Date(String),
    /// A formula error such as `#N/A`.
    Error(String),
}

impl Value {
    /// The value as a person would read it in the cell: numbers without a trailing `.0`.
    pub fn display(&self) -> String {
        match self {
            Value::Text(text) | Value::Date(text) | Value::Error(text) => text.clone(),
            Value::Number(number) => format_number(*number),
            Value::Int(number) => number.to_string(),
            Value::Bool(true) => "TRUE".to_owned(),
            Value::Bool(false) => "FALSE".to_owned(),
        }
    }
}

/// `12345678.0` → `12345678`, `2.5` → `2.5`; whole numbers never in exponent form.
pub fn format_number(number: f64) -> String {
    if number.is_finite() && number.fract() == 0.0 && number.abs() < 1e16 {
        format!("{number:.0}")
    } else {
        number.to_string()
    }
}

/// One non-empty cell.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cell {
    /// Where it is.
    pub at: CellRef,
    /// What it holds.
    pub value: Value,
}

/// One non-blank row: its non-empty cells, left to right.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Row {
    /// 1-based row number, as Excel shows it.
    pub number: u32,
    /// The non-empty cells, in column order.
    pub cells: Vec<Cell>,
}

impl Row {
    /// The cell in column `col`, if it is not empty.
    pub fn get(&self, col: u32) -> Option<&Cell> {
        self.cells
            .binary_search_by_key(&col, |cell| cell.at.col)
            .ok()
            .and_then(|index| self.cells.get(index))
    }
}
