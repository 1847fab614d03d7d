//! Which page each warning concerns: a page of each document that prints a value of its
//! cell (else of its row), at the first such value; a warning of a row no document prints,
//! or of the whole workbook, on the cover letter's first page, which says what is held and
//! why.

use std::collections::HashMap;

use super::Mark;
use crate::diag::{Diagnostic, Severity};
use crate::fact::{Fact, Origin};
use crate::model::Docket;

/// Which clients each row of the workbook belongs to.
#[derive(Debug, Default)]
pub struct Rows {
    map: HashMap<(String, u32), Vec<String>>,
}

impl Rows {
    /// The rows of every client, right, listing (merged rows too, of each client its rights
    /// belong to), counter-notice and outcome, and of every problem that kept a client's
    /// packet back (rows the docket left out belong to that client).
    pub fn of(docket: &Docket) -> Rows {
        let mut map: HashMap<(String, u32), Vec<String>> = HashMap::new();
        let mut add = |sheet: &str, row: u32, client: &str| {
            let clients = map.entry((sheet.to_owned(), row)).or_default();
            if !clients.iter().any(|c| c == client) {
                clients.push(client.to_owned());
            }
        };
        for c in &docket.clients {
            add(&c.source.sheet, c.source.row, &c.id);
        }
        let mut right_client = HashMap::new();
        for r in &docket.rights {
            add(&r.source.sheet, r.source.row, &r.client_id);
            right_client.insert(r.id.as_str(), r.client_id.as_str());
        }
        let mut listing_clients: HashMap<u32, Vec<&str>> = HashMap::new();
        let mut url_clients: HashMap<&str, Vec<&str>> = HashMap::new();
        for l in &docket.listings {
            let clients: Vec<&str> = l
                .right_ids
                .iter()
                .filter_map(|id| right_client.get(id.as_str()).copied())
                .collect();
            for s in std::iter::once(&l.source).chain(&l.merged_from) {
                for client in &clients {
                    add(&s.sheet, s.row, client);
                }
                listing_clients.entry(s.row).or_default().extend(&clients);
            }
            url_clients.entry(l.url.as_str()).or_default().extend(&clients);
        }
        for n in &docket.counter_notices {
            for client in listing_clients.get(&n.listing_row).into_iter().flatten() {
                add(&n.source.sheet, n.source.row, client);
            }
        }
        for o in &docket.outcomes {
            for client in url_clients.get(o.url.as_str()).into_iter().flatten() {
                add(&o.source.sheet, o.source.row, client);
            }
        }
        for (client, places) in &docket.blocked {
            for l in places {
                if let (Some(sheet), Some(row)) = (&l.sheet, l.cell.as_deref().and_then(row_of)) {
                    add(sheet, row, client);
                }
            }
        }
        Rows { map }
    }

    /// The clients of `sheet`'s `row`, when a record of one is there.
    pub fn clients(&self, sheet: &str, row: u32) -> Option<&[String]> {
        self.map.get(&(sheet.to_owned(), row)).map(Vec::as_slice)
    }
}

/// A warning or error placed in one packet.
#[derive(Debug, Clone)]
pub struct Placed<'a> {
    pub diagnostic: &'a Diagnostic,
    /// As `report.txt` gives it: `warning: clients.xlsx: Listings!I23: …`.
    pub text: String,
    /// (document, 0-based page of it, height of the value it concerns), one per document.
    pub at: Vec<(usize, usize, f32)>,
}

/// The diagnostics that concern `client`'s packet, each where it matters. `docs` are the
/// packet's documents, each its facts and the marks of each page; `cover` the cover letter.
pub fn place<'a>(
    diagnostics: &'a [Diagnostic],
    client: &str,
    rows: &Rows,
    docs: &[(&[Fact], &[Vec<Mark>])],
    cover: usize,
) -> Vec<Placed<'a>> {
    // Per document, the first place each cell and each row is printed: one pass over the
    // marks, not one per diagnostic.
    let firsts: Vec<Firsts> = docs
        .iter()
        .map(|(facts, pages)| Firsts::of(facts, pages))
        .collect();
    let mut out = Vec::new();
    for d in diagnostics {
        let place = match (&d.location.sheet, &d.location.cell) {
            (Some(sheet), Some(cell)) => Some((sheet.as_str(), cell.as_str())),
            _ => None,
        };
        let row = place.and_then(|(_, cell)| row_of(cell));
        if let (Some((sheet, _)), Some(row)) = (place, row) {
            if rows
                .clients(sheet, row)
                .is_some_and(|c| !c.iter().any(|c| c == client))
            {
                continue;
            }
        }
        let mut at = Vec::new();
        if let (Some((sheet, cell)), Some(row)) = (place, row) {
            let exact = format!("{sheet}!{cell}");
            for (doc, f) in firsts.iter().enumerate() {
                let found = f
                    .cells
                    .get(&exact)
                    .or_else(|| f.rows.get(&(sheet.to_owned(), row)));
                if let Some(&(page, y)) = found {
                    at.push((doc, page, y));
                }
            }
        }
        if at.is_empty() {
            at.push((cover, 0, 0.0));
        }
        let severity = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        out.push(Placed {
            diagnostic: d,
            text: format!("{severity}: {d}"),
            at,
        });
    }
    out
}

/// Where a document first prints a value of each cell and of each row: (page, height).
struct Firsts {
    cells: HashMap<String, (usize, f32)>,
    rows: HashMap<(String, u32), (usize, f32)>,
}

impl Firsts {
    fn of(facts: &[Fact], pages: &[Vec<Mark>]) -> Firsts {
        let mut f = Firsts {
            cells: HashMap::new(),
            rows: HashMap::new(),
        };
        for (i, marks) in pages.iter().enumerate() {
            for m in marks {
                let Some(fact) = facts.get(m.fact) else { continue };
                let cells: &[String] = match &fact.origin {
                    Origin::Cell { cell } => std::slice::from_ref(cell),
                    Origin::Derived { derived, .. } => derived,
                    _ => &[],
                };
                let at = (i, m.quads.first().map_or(0.0, |q| q.top));
                for cell in cells {
                    f.cells.entry(cell.clone()).or_insert(at);
                    if let Some((sheet, c)) = cell.rsplit_once('!') {
                        if let Some(row) = row_of(c) {
                            f.rows.entry((sheet.to_owned(), row)).or_insert(at);
                        }
                    }
                }
            }
        }
        f
    }
}

/// `I23` → 23.
fn row_of(cell: &str) -> Option<u32> {
    let digits = cell.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    (digits.len() < cell.len()).then(|| digits.parse().ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_of_cells() {
        assert_eq!(row_of("I23"), Some(23));
        assert_eq!(row_of("AB7"), Some(7));
        assert_eq!(row_of("23"), None);
        assert_eq!(row_of("I"), None);
    }
}
