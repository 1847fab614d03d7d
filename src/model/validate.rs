//! Reads the sheets in order (clients, rights, listings, counter-notices), checks references
//! between them, merges duplicate listings and sorts the diagnostics by place.

use std::path::{Path, PathBuf};

use super::clients::read_client;
use super::counter_notices::{read_counter_notice, NoticeContext};
use super::fast_hash::{FastMap, FastSet};
use super::listings::{read_listing, ListingContext};
use super::rights::{read_right, RightContext};
use super::row::{Columns, RowReader};
use super::{Date, Docket, Listing, ListingKey};
use crate::diag::{Diagnostic, Location};
use crate::evidence::Limits;
use crate::fonts::FontSet;
use crate::ingest::{CellRef, Field, Format, SheetKind, Workbook};

/// The warning at a listing nothing shows.
pub const HELD: &str = "no evidence for this listing (evidence, comparison and purchase_evidence are empty): it is held back from its complaint until evidence names a screenshot or capture of it";

/// Builds the docket of a workbook as of `today`.
pub(crate) fn validate(
    wb: &Workbook,
    today: Date,
    fonts: Option<&FontSet>,
    limits: &Limits,
) -> (Docket, Vec<Diagnostic>) {
    let mut diagnostics = wb.diagnostics.clone();
    let mut docket = Docket {
        clients: Vec::with_capacity(wb.clients.rows.len()),
        rights: Vec::with_capacity(wb.rights.rows.len()),
        listings: Vec::with_capacity(wb.listings.rows.len()),
        counter_notices: Vec::new(),
        outcomes: Vec::new(),
        blocked: Default::default(),
        files: Default::default(),
    };
    // The errors of a row that names a client keep that client from a packet.
    let block = |docket: &mut Docket, client: Option<String>, errors: &[Diagnostic]| {
        if let Some(client) = client {
            let places = docket.blocked.entry(client).or_default();
            places.extend(errors.iter().filter(|d| d.is_error()).map(|d| d.location.clone()));
        }
    };

    if !wb.outcomes_only() {
        sheet_notes(wb, &mut diagnostics);
    }

    // Clients.
    let base_dir = base_dir(wb);
    let columns = Columns::new(&wb.clients, fonts);
    let mut client_rows = FastMap::default();
    let mut client_names = FastMap::default();
    for row in &wb.clients.rows {
        let before = diagnostics.len();
        let mut reader = RowReader::new(&columns, row, &mut diagnostics);
        let client = read_client(&mut reader, &mut client_rows, &base_dir);
        if reader.failed {
            let id = reader.raw(Field::ClientId);
            block(&mut docket, id, &diagnostics[before..]);
        }
        if let Some(client) = client {
            client_names.insert(client.id.clone(), Some(client.name.clone()));
            docket.clients.push(client);
        }
    }
    for id in client_rows.keys() {
        client_names.entry(id.clone()).or_insert(None);
    }

    // Rights.
    let context = RightContext {
        clients: &client_names,
        clients_sheet: &wb.clients.sheet,
        base_dir: &base_dir,
        today,
    };
    let columns = Columns::new(&wb.rights, fonts);
    let mut right_rows = FastMap::default();
    // right id → client id as written, for rows that failed too.
    let mut right_client: FastMap<String, String> = FastMap::default();
    for row in &wb.rights.rows {
        let before = diagnostics.len();
        let mut reader = RowReader::new(&columns, row, &mut diagnostics);
        let read = read_right(&mut reader, &mut right_rows, &context);
        let client = reader.raw(Field::ClientId);
        if let (Some(right), Some(client)) = (reader.raw(Field::RightId), &client) {
            right_client.entry(right).or_insert_with(|| client.clone());
        }
        if reader.failed {
            block(&mut docket, client, &diagnostics[before..]);
        }
        if let Some(right) = read {
            docket.rights.push(right);
        }
    }

    // Listings, duplicates merged into the first row naming the same item.
    let context = ListingContext {
        rights: &right_rows,
        rights_sheet: &wb.rights.sheet,
        base_dir: &base_dir,
        today,
    };
    let columns = Columns::new(&wb.listings, fonts);
    let url_col = columns.table().column(Field::Url).map_or(0, |column| column.col);
    let mut first_of_key: FastMap<ListingKey, usize> =
        FastMap::with_capacity_and_hasher(wb.listings.rows.len(), Default::default());
    // Every listing row's key, read or not → its first row (for the counter-notices).
    let mut row_of_key: FastMap<ListingKey, u32> = FastMap::default();
    for row in &wb.listings.rows {
        let before = diagnostics.len();
        let mut reader = RowReader::new(&columns, row, &mut diagnostics);
        let read = read_listing(&mut reader, &context);
        if wb.counter_notices.is_some() {
            let key = match &read {
                Some(read) => Some(read.key.clone()),
                None => reader
                    .raw(Field::Url)
                    .and_then(|url| super::canonicalize(&url).ok())
                    .map(|c| c.key),
            };
            if let Some(key) = key {
                row_of_key.entry(key).or_insert(row.number);
            }
        }
        if reader.failed {
            let rights = reader.raw(Field::RightId).unwrap_or_default();
            let mut clients: Vec<String> = split_ids(&rights)
                .filter_map(|id| right_client.get(id).cloned())
                .collect();
            clients.sort();
            clients.dedup();
            for client in clients {
                block(&mut docket, Some(client), &diagnostics[before..]);
            }
        }
        let Some(read) = read else {
            continue;
        };
        match first_of_key.get(&read.key) {
            Some(&index) => {
                if let Some(first) = docket.listings.get_mut(index) {
                    let at = CellRef::new(first.source.row, url_col);
                    let same = match (&read.listing.item_id, read.listing.platform) {
                        (Some(id), platform) => format!("same {} item {id}", platform.name()),
                        (None, _) => "same link".to_owned(),
                    };
                    diagnostics.push(Diagnostic::warning(
                        wb.listings.location(CellRef::new(row.number, url_col)),
                        format!(
                            "duplicate of {}!{at} ({same}); merged into that row",
                            wb.listings.sheet
                        ),
                    ));
                    merge(first, read.listing);
                }
            }
            None => {
                first_of_key.insert(read.key, docket.listings.len());
                docket.listings.push(read.listing);
            }
        }
    }

    // A record that refers to one left out is left out too, with a warning saying why.
    let clients: FastSet<&str> = docket.clients.iter().map(|c| c.id.as_str()).collect();
    let client_col = wb.rights.column(Field::ClientId).map_or(0, |c| c.col);
    docket.rights.retain(|right| {
        let kept = clients.contains(right.client_id.as_str());
        if !kept {
            let first = client_rows.get(&right.client_id).copied().unwrap_or(0);
            diagnostics.push(Diagnostic::warning(
                wb.rights.location(CellRef::new(right.source.row, client_col)),
                format!(
                    "client \"{}\" could not be used (see {} row {first}); this right is left out until it can",
                    right.client_id, wb.clients.sheet
                ),
            ));
        }
        kept
    });
    let rights: FastSet<&str> = docket.rights.iter().map(|r| r.id.as_str()).collect();
    let rights_col = wb.listings.column(Field::RightId).map_or(0, |c| c.col);
    for listing in &mut docket.listings {
        if listing.right_ids.iter().all(|id| rights.contains(id.as_str())) {
            continue;
        }
        let before = listing.right_ids.len();
        let (kept, dropped): (Vec<String>, Vec<String>) = listing
            .right_ids
            .drain(..)
            .partition(|id| rights.contains(id.as_str()));
        listing.right_ids = kept;
        for id in dropped {
            let first = right_rows.get(&id).copied().unwrap_or(0);
            let outcome = if listing.right_ids.is_empty() && before > 0 {
                "this listing is left out until it can"
            } else {
                "left out of this listing"
            };
            diagnostics.push(Diagnostic::warning(
                wb.listings.location(CellRef::new(listing.source.row, rights_col)),
                format!(
                    "right \"{id}\" could not be used (see {} row {first}); {outcome}",
                    wb.rights.sheet
                ),
            ));
        }
    }
    docket.listings.retain(|listing| !listing.right_ids.is_empty());
    // After merging: a duplicate row without evidence is covered by its first row's. No
    // evidence, no complaint: a listing nothing shows is held back (a sheet without either
    // evidence column gets one warning for all: [`sheet_notes`]).
    if let Some(column) = wb
        .listings
        .column(Field::Evidence)
        .or_else(|| wb.listings.column(Field::PurchaseEvidence))
    {
        for listing in docket.listings.iter().filter(|l| !l.is_shown()) {
            diagnostics.push(Diagnostic::warning(
                wb.listings.location(CellRef::new(listing.source.row, column.col)),
                HELD,
            ));
        }
    }
    super::evidence_checks::shared_captures(&docket.listings, &mut diagnostics);
    super::evidence_checks::comparison_listings(wb, &docket, &mut diagnostics);
    if let Some(table) = &wb.counter_notices {
        counter_notices(
            table,
            &row_of_key,
            (&wb.listings.sheet, &base_dir),
            fonts,
            &mut docket,
            &mut diagnostics,
        );
    }
    if let Some(table) = &wb.outcomes {
        let columns = Columns::new(table, fonts);
        for row in &table.rows {
            let mut reader = RowReader::new(&columns, row, &mut diagnostics);
            if let Some(outcome) = super::outcomes::read_outcome(&mut reader, today) {
                docket.outcomes.push(outcome);
            }
        }
    }
    super::files::check_files(&base_dir, &mut docket, limits, &mut diagnostics);
    super::evidence_checks::captures_of_other_listings(wb, &mut docket, &mut diagnostics);

    sort_by_place(wb, &mut diagnostics);
    (docket, diagnostics)
}

/// Reads the Counter-notices sheet: each row must name a listing of the workbook; one whose
/// listing was left out is left out too, with a warning; a row with an error keeps the
/// listing's clients from a packet.
fn counter_notices(
    table: &crate::ingest::Table,
    row_of_key: &FastMap<ListingKey, u32>,
    (listings_sheet, base_dir): (&str, &Path),
    fonts: Option<&FontSet>,
    docket: &mut Docket,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let context = NoticeContext {
        listings: row_of_key,
        listings_sheet,
        base_dir,
    };
    let client_of: FastMap<&str, &str> = docket
        .rights
        .iter()
        .map(|r| (r.id.as_str(), r.client_id.as_str()))
        .collect();
    let by_row: FastMap<u32, &Listing> = docket.listings.iter().map(|l| (l.source.row, l)).collect();
    let clients_of_row = |row: u32| -> Vec<String> {
        let mut clients: Vec<String> = by_row
            .get(&row)
            .into_iter()
            .flat_map(|l| l.right_ids.iter())
            .filter_map(|id| client_of.get(id.as_str()).map(|c| (*c).to_owned()))
            .collect();
        clients.sort();
        clients.dedup();
        clients
    };
    let columns = Columns::new(table, fonts);
    let url_col = table.column(Field::Url).map_or(0, |c| c.col);
    let mut read = Vec::new();
    let mut blocked: Vec<(String, Location)> = Vec::new();
    for row in &table.rows {
        let before = diagnostics.len();
        let mut reader = RowReader::new(&columns, row, diagnostics);
        let notice = read_counter_notice(&mut reader, &context);
        if reader.failed {
            let listing_row = reader
                .raw(Field::Url)
                .and_then(|url| super::canonicalize(&url).ok())
                .and_then(|c| row_of_key.get(&c.key).copied());
            for client in listing_row.map(clients_of_row).unwrap_or_default() {
                for d in diagnostics[before..].iter().filter(|d| d.is_error()) {
                    blocked.push((client.clone(), d.location.clone()));
                }
            }
        }
        let Some(notice) = notice else { continue };
        if !by_row.contains_key(&notice.listing_row) {
            diagnostics.push(Diagnostic::warning(
                table.location(CellRef::new(row.number, url_col)),
                format!(
                    "the listing ({listings_sheet} row {}) could not be used; no rebuttal is written until it can",
                    notice.listing_row
                ),
            ));
            continue;
        }
        read.push(notice);
    }
    for (client, location) in blocked {
        docket.blocked.entry(client).or_default().push(location);
    }
    docket.counter_notices = read;
}

/// One warning per sheet for an optional column whose absence matters.
fn sheet_notes(wb: &Workbook, diagnostics: &mut Vec<Diagnostic>) {
    let notes: [(&crate::ingest::Table, &[Field], &str); 4] = [
        (
            &wb.clients,
            &[Field::NameZh],
            "English names are used in the Chinese text",
        ),
        (
            &wb.clients,
            &[Field::Signatory, Field::Representative],
            "signature lines will be left blank",
        ),
        (
            &wb.rights,
            &[Field::TitleEn, Field::TitleZh],
            "rights have no title (mark, work or invention)",
        ),
        (
            &wb.listings,
            &[Field::Evidence, Field::PurchaseEvidence],
            "nothing shows any listing, so every listing is held back from its complaint (no evidence, no complaint): give a screenshot of each in evidence",
        ),
    ];
    for (table, fields, consequence) in notes {
        if fields.iter().any(|field| table.column(*field).is_some()) {
            continue;
        }
        let names: Vec<String> = fields.iter().map(|field| field.label(table.kind)).collect();
        let first_col = table.columns.first().map_or(0, |c| c.col);
        diagnostics.push(Diagnostic::warning(
            table.location(CellRef::new(table.header_row, first_col)),
            format!("no column {}; {consequence}", names.join(" or ")),
        ));
    }
}

/// Folds a later duplicate row into the first: rights joined, blanks filled.
fn merge(first: &mut Listing, later: Listing) {
    for id in later.right_ids {
        if !first.right_ids.contains(&id) {
            first.right_ids.push(id);
        }
    }
    let fill = |slot: &mut Option<String>, value: Option<String>| {
        if slot.is_none() {
            *slot = value;
        }
    };
    fill(&mut first.store, later.store);
    fill(&mut first.title, later.title);
    fill(&mut first.price, later.price);
    for file in later.evidence {
        if !first.evidence.iter().any(|f| f.path == file.path) {
            first.evidence.push(file);
        }
    }
    for file in later.comparison {
        if !first.comparison.iter().any(|f| f.path == file.path) {
            first.comparison.push(file);
        }
    }
    if first.captured_on.is_none() {
        first.captured_on = later.captured_on;
    }
    if first.purchase.is_none() {
        first.purchase = later.purchase;
    }
    // Each row's note stays its own (a relisting after removal is a fact of that row).
    if let Some(note) = later.notes {
        first.merged_notes.push((later.source.row, note));
    }
    first.merged_notes.extend(later.merged_notes);
    fill(&mut first.shows, later.shows);
    if first.goods_class.is_none() {
        first.goods_class = later.goods_class;
    }
    if first.mark_use.is_none() {
        first.mark_use = later.mark_use;
    }
    if first.site_country.is_none() {
        first.site_country = later.site_country;
    }
    if first.found_on.is_none() {
        first.found_on = later.found_on;
    }
    for (header, value) in later.extra {
        first.extra.entry(header).or_insert(value);
    }
    first.merged_from.push(later.source);
}

/// The folder relative paths (certificates) start from: the workbook's folder.
fn base_dir(wb: &Workbook) -> PathBuf {
    let file = Path::new(&wb.file);
    if wb.format == Format::Csv {
        file.to_owned()
    } else {
        file.parent().map(Path::to_path_buf).unwrap_or_default()
    }
}

/// Sorts diagnostics by sheet (clients, rights, listings), then row, then column; messages
/// about a whole file come first. The sort is stable: one cell's messages keep their order.
pub fn sort_by_place(wb: &Workbook, diagnostics: &mut [Diagnostic]) {
    let rank = |location: &Location| -> (u8, u32, u32) {
        let sheet = SheetKind::ALL
            .iter()
            .position(|kind| {
                wb.table(*kind).is_some_and(|table| {
                    location.sheet.as_deref() == Some(table.sheet.as_str()) && location.file == table.file
                })
            })
            .map_or(0, |index| index as u8 + 1);
        let (row, col) = location.cell.as_deref().map_or((0, 0), parse_cell);
        (sheet, row, col)
    };
    diagnostics.sort_by_key(|diagnostic| rank(&diagnostic.location));
}

/// `J8` → (8, 9).
pub(crate) fn parse_cell(cell: &str) -> (u32, u32) {
    let letters = cell.bytes().take_while(u8::is_ascii_alphabetic).count();
    let (col, row) = cell.split_at(letters);
    let col = col.bytes().fold(0u32, |acc, b| {
        acc.saturating_mul(26)
            .saturating_add(u32::from(b.to_ascii_uppercase() - b'A' + 1))
    });
    (row.parse().unwrap_or(0), col.saturating_sub(1))
}

/// The ids of a right_id cell, split as the listings reader splits them.
fn split_ids(text: &str) -> impl Iterator<Item = &str> {
    text.split([',', '，', ';', '；', '、', '\n', '\r'])
        .map(str::trim)
        .filter(|id| !id.is_empty())
}
