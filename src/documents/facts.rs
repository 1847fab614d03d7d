//! The facts of one packet: each value the documents' data takes from a cell, the config or
//! a platform profile, recorded with its origin and handed to the templates marked
//! ([`crate::fact::mark`]), so that the glyphs printing it know where it came from.
//!
//! Every method returns the JSON value a template gets: a marked string, or `{en, zh}` of
//! marked strings. The same value from the same place is one fact, whichever document
//! prints it.

use std::cell::RefCell;
use std::collections::HashMap;

use serde_json::{json, Value};

use super::values::date_text;
use crate::fact::{mark, Fact, Origin};
use crate::ingest::{CellRef, Field, Table, Workbook};
use crate::model::{Bilingual, Client, Date, Source};

/// A record's row in its sheet (and the rows merged into it), to find its cells.
#[derive(Clone, Copy)]
pub(crate) struct At<'t> {
    table: &'t Table,
    first: &'t Source,
    merged: &'t [Source],
}

impl<'t> At<'t> {
    pub(crate) fn new(table: &'t Table, first: &'t Source, merged: &'t [Source]) -> Self {
        At { table, first, merged }
    }

    /// The cell of `field` (the first of the record's rows where it is filled in, else the
    /// first row's) and its value as read; `None` when the sheet has no such column.
    fn cell(&self, field: Field) -> Option<(String, Option<String>)> {
        let col = self.table.column(field)?.col;
        let value = |row: u32| {
            let at = self.table.rows.partition_point(|r| r.number < row);
            let found = self.table.rows.get(at).filter(|r| r.number == row)?;
            found
                .get(col)
                .map(|c| c.value.display())
                .filter(|v| !v.trim().is_empty())
        };
        let name = |row: u32| format!("{}!{}", self.table.sheet, CellRef::new(row, col));
        for source in std::iter::once(self.first).chain(self.merged) {
            if let Some(raw) = value(source.row) {
                return Some((name(source.row), Some(raw)));
            }
        }
        Some((name(self.first.row), None))
    }

    /// Whether the record's cell of `field` is filled in.
    pub(crate) fn filled(&self, field: Field) -> bool {
        matches!(self.cell(field), Some((_, Some(_))))
    }

    /// `Sheet!H7`: the cell of `field` in the record's first row (its first column when the
    /// sheet has no such column).
    pub(crate) fn cell_name(&self, field: Field) -> String {
        self.cell(field).map_or_else(
            || {
                let col = self.table.columns.first().map_or(0, |c| c.col);
                format!("{}!{}", self.table.sheet, CellRef::new(self.first.row, col))
            },
            |(name, _)| name,
        )
    }
}

/// The facts of a packet, in the order they were first taken.
pub(crate) struct Facts<'a> {
    pub(crate) wb: &'a Workbook,
    /// The packet's client (a right's blank owner is its name).
    client: &'a Client,
    list: RefCell<Vec<Fact>>,
    index: RefCell<HashMap<Fact, usize>>,
}

impl<'a> Facts<'a> {
    pub(crate) fn new(wb: &'a Workbook, client: &'a Client) -> Self {
        Facts {
            wb,
            client,
            list: RefCell::new(Vec::new()),
            index: RefCell::new(HashMap::new()),
        }
    }

    /// Every fact taken, by index.
    pub(crate) fn into_list(self) -> Vec<Fact> {
        self.list.into_inner()
    }

    /// The cells of the client's name.
    pub(crate) fn client_cells(&self) -> Vec<String> {
        let at = At::new(&self.wb.clients, &self.client.source, &[]);
        vec![at.cell_name(Field::NameEn), at.cell_name(Field::NameZh)]
    }

    fn add(&self, fact: Fact) -> usize {
        if let Some(&i) = self.index.borrow().get(&fact) {
            return i;
        }
        let mut list = self.list.borrow_mut();
        list.push(fact.clone());
        self.index.borrow_mut().insert(fact, list.len() - 1);
        list.len() - 1
    }

    fn record(&self, field: &str, origin: Origin, raw: Option<String>, en: &str, zh: &str) -> usize {
        self.add(Fact {
            field: field.to_owned(),
            origin,
            raw,
            en: en.to_owned(),
            zh: zh.to_owned(),
        })
    }

    /// A value from one cell (its text may differ from the cell's: a link canonicalised, a
    /// date written out); a blank cell (or a missing column) whose value is a default is
    /// recorded as derived from that cell.
    fn of_cell(&self, at: &At, field: Field, name: &str, en: &str, zh: &str) -> usize {
        let origin_raw = match at.cell(field) {
            Some((cell, Some(raw))) => (Origin::Cell { cell }, Some(raw)),
            Some((cell, None)) => (
                Origin::Derived {
                    derived: vec![cell],
                    rule: "the cell is blank: its default".into(),
                },
                None,
            ),
            None => (
                Origin::Derived {
                    derived: vec![at.cell_name(field)],
                    rule: format!(
                        "the sheet has no {} column: its default",
                        field.label(at.table.kind)
                    ),
                },
                None,
            ),
        };
        self.record(name, origin_raw.0, origin_raw.1, en, zh)
    }

    /// A value printed the same in both languages, from one cell; `None` prints nothing.
    pub(crate) fn text(&self, name: &str, at: &At, field: Field, text: Option<&str>) -> Value {
        match text {
            Some(text) if !text.is_empty() => {
                Value::String(mark(self.of_cell(at, field, name, text, text), text))
            }
            _ => Value::Null,
        }
    }

    /// A value printed as `en` and `zh` from one cell (a date, a country).
    pub(crate) fn shown(&self, name: &str, at: &At, field: Field, en: &str, zh: &str) -> Value {
        let i = self.of_cell(at, field, name, en, zh);
        json!({"en": mark(i, en), "zh": mark(i, zh)})
    }

    /// A date from one cell, written out in each language.
    pub(crate) fn date(&self, name: &str, at: &At, field: Field, date: Option<Date>) -> Value {
        date.map_or(Value::Null, |d| {
            let text = date_text(d);
            self.shown(name, at, field, &text.en, &text.zh)
        })
    }

    /// A text given in English and Chinese in a cell each; when the Chinese cell is blank,
    /// the Chinese text is the English cell's.
    pub(crate) fn bi(
        &self,
        name: &str,
        at: &At,
        (en_field, zh_field): (Field, Field),
        value: &Bilingual,
    ) -> Value {
        let en = self.of_cell(at, en_field, &format!("{name}.en"), &value.en, &value.en);
        let zh_given = matches!(at.cell(zh_field), Some((_, Some(_))));
        let zh = if zh_given || value.zh != value.en {
            self.of_cell(at, zh_field, &format!("{name}.zh"), &value.zh, &value.zh)
        } else {
            en
        };
        json!({"en": mark(en, &value.en), "zh": mark(zh, &value.zh)})
    }

    /// A value computed from `cells` by `rule`.
    pub(crate) fn derived(&self, name: &str, cells: Vec<String>, rule: &str, en: &str, zh: &str) -> Value {
        let i = self.record(
            name,
            Origin::Derived {
                derived: cells,
                rule: rule.to_owned(),
            },
            None,
            en,
            zh,
        );
        json!({"en": mark(i, en), "zh": mark(i, zh)})
    }

    /// A value computed from `cells` by `rule`, printed the same in both languages.
    pub(crate) fn derived_text(&self, name: &str, cells: Vec<String>, rule: &str, text: &str) -> Value {
        self.derived(name, cells, rule, text, text)["en"].take()
    }

    /// A value of the firm's configuration, at `key`.
    pub(crate) fn config(&self, name: &str, key: &str, en: &str, zh: &str) -> Value {
        let i = self.record(
            name,
            Origin::Config {
                config: key.to_owned(),
            },
            None,
            en,
            zh,
        );
        json!({"en": mark(i, en), "zh": mark(i, zh)})
    }

    /// A configuration value printed the same in both languages.
    pub(crate) fn config_text(&self, name: &str, key: &str, text: Option<&str>) -> Value {
        match text {
            Some(text) if !text.is_empty() => self.config(name, key, text, text)["en"].take(),
            _ => Value::Null,
        }
    }

    /// A fact of the case ledger, reported by the row `source` of an earlier workbook.
    pub(crate) fn ledger(&self, name: &str, source: &str, en: &str, zh: &str) -> Value {
        let i = self.record(
            name,
            Origin::Ledger {
                ledger: source.to_owned(),
            },
            None,
            en,
            zh,
        );
        json!({"en": mark(i, en), "zh": mark(i, zh)})
    }

    /// A platform profile's figure, at `key` of profile `profile`, which has it from `source`.
    pub(crate) fn profile(&self, name: &str, key: String, source: &str, en: &str, zh: &str) -> Value {
        let i = self.record(
            name,
            Origin::Profile {
                profile: key,
                source: source.to_owned(),
            },
            None,
            en,
            zh,
        );
        json!({"en": mark(i, en), "zh": mark(i, zh)})
    }
}

/// Where a list of files was named (an evidence or certificate cell), to mark the file names
/// and hashes a document prints.
#[derive(Clone, Copy)]
pub(crate) struct FileCell<'f, 't> {
    pub(crate) facts: &'f Facts<'t>,
    pub(crate) at: At<'t>,
    pub(crate) field: Field,
    /// The template's name for the files: `listing.evidence`.
    pub(crate) name: &'static str,
}

impl FileCell<'_, '_> {
    /// The file's name as printed, from the cell naming it.
    pub(crate) fn file(&self, name: &str) -> Value {
        self.facts.text(self.name, &self.at, self.field, Some(name))
    }

    /// A hash of the file (`hex`: all of it, or its first 16 digits), computed from the file
    /// the cell names.
    pub(crate) fn hash(&self, hex: &str) -> Value {
        self.facts.derived_text(
            &format!("{}.sha256", self.name),
            vec![self.at.cell_name(self.field)],
            "SHA-256 of the file the cell names",
            hex,
        )
    }
}
