//! Checks that evidence belongs to its listing: a capture named for two listings, a PDF
//! capture whose text names another listing and not its own, and a comparison that does not
//! say which listing's product it compares.

use std::path::Path;

use super::{Docket, Listing};
use crate::diag::Diagnostic;
use crate::ingest::{CellRef, Field, Workbook};

/// How many of the other cells naming a shared capture a warning lists.
const SHOWN_OTHERS: usize = 3;

/// A capture shows one listing: an evidence file named for two listings (or more) is a
/// warning at each cell naming it, with the others.
pub(super) fn shared_captures(listings: &[Listing], diagnostics: &mut Vec<Diagnostic>) {
    let mut by_path: std::collections::BTreeMap<&Path, Vec<(u32, &super::FileRef)>> = Default::default();
    for listing in listings {
        for file in &listing.evidence {
            by_path
                .entry(&file.path)
                .or_default()
                .push((listing.source.row, file));
        }
    }
    for named in by_path.values() {
        let mut rows: Vec<u32> = named.iter().map(|(row, _)| *row).collect();
        rows.sort_unstable();
        rows.dedup();
        if rows.len() < 2 {
            continue;
        }
        let cell = |f: &super::FileRef| match (&f.location.sheet, &f.location.cell) {
            (Some(sheet), Some(cell)) => format!("{sheet}!{cell}"),
            _ => f.location.to_string(),
        };
        let mut per_row: std::collections::BTreeMap<u32, usize> = Default::default();
        for (row, _) in named {
            *per_row.entry(*row).or_default() += 1;
        }
        for (row, file) in named {
            // At most a few of the others by name: a file named for every row of a large
            // sheet would otherwise make each message as long as the sheet.
            let mut others: Vec<String> = named
                .iter()
                .filter(|(r, _)| r != row)
                .take(SHOWN_OTHERS)
                .map(|(_, f)| cell(f))
                .collect();
            let more = named.len() - per_row[row] - others.len();
            if more > 0 {
                others.push(format!("and {more} more"));
            }
            diagnostics.push(Diagnostic::warning(
                file.location.clone(),
                format!(
                    "evidence file \"{}\" is also named for another listing ({}): a capture shows one listing; give each listing its own",
                    file.written,
                    others.join(", ")
                ),
            ));
        }
    }
}

/// A right's comparison is described as made for one listing: `comparison_listing` must be
/// a listing naming the right; without it, a patent's comparison is tied to the right's one
/// test-purchased listing, and with none or several it is a warning at the comparison cell.
pub(super) fn comparison_listings(wb: &Workbook, docket: &Docket, diagnostics: &mut Vec<Diagnostic>) {
    let at = |row: u32, field: Field| {
        wb.rights
            .column(field)
            .map(|c| wb.rights.location(CellRef::new(row, c.col)))
    };
    for right in &docket.rights {
        let naming = || docket.listings.iter().filter(|l| l.right_ids.contains(&right.id));
        match &right.comparison_listing {
            Some(url) if !naming().any(|l| &l.url == url) => {
                if let Some(location) = at(right.source.row, Field::ComparisonListing) {
                    diagnostics.push(Diagnostic::warning(
                        location,
                        format!(
                            "{url} is not a listing naming {}; the complaints describe the comparison as made for that link",
                            right.id
                        ),
                    ));
                }
            }
            None if right.kind.is_patent() && !right.comparison.is_empty() => {
                let bought = naming().filter(|l| l.purchase.is_some()).count();
                if bought != 1 {
                    if let Some(location) = at(right.source.row, Field::Comparison) {
                        diagnostics.push(Diagnostic::warning(
                            location,
                            "the comparison does not say which listing's product it compares: give that listing's link in comparison_listing; until then the complaints describe it as comparing the product it names, not any listing",
                        ));
                    }
                }
            }
            _ => {}
        }
    }
}

/// A PDF capture proves the listing whose address it prints: one whose text names links of
/// the workbook's listings, none of them its own row's, is an error at its evidence cell
/// naming the other rows (their clients get no packet until it is fixed).
pub(super) fn captures_of_other_listings(
    wb: &Workbook,
    docket: &mut Docket,
    diagnostics: &mut Vec<Diagnostic>,
) {
    use super::listing_url::canonicalize;
    let key_of = |url: &str| canonicalize(url).ok().map(|c| c.key);
    let rows: std::collections::HashMap<_, (u32, &str)> = docket
        .listings
        .iter()
        .filter_map(|l| Some((key_of(&l.url)?, (l.source.row, l.url.as_str()))))
        .collect();
    let url_col = wb.listings.column(Field::Url).map_or(0, |c| c.col);
    let client_of: std::collections::HashMap<&str, &str> = docket
        .rights
        .iter()
        .map(|r| (r.id.as_str(), r.client_id.as_str()))
        .collect();
    let mut blocked = Vec::new();
    for listing in &docket.listings {
        let own = key_of(&listing.url);
        for file in &listing.evidence {
            let Some(info) = docket.files.get(&file.path) else {
                continue;
            };
            let keys: Vec<_> = info.links.iter().filter_map(|l| key_of(l)).collect();
            if keys.is_empty() || keys.iter().any(|k| Some(k) == own.as_ref()) {
                continue;
            }
            let mut others: Vec<(u32, &str)> = keys.iter().filter_map(|k| rows.get(k).copied()).collect();
            others.sort_unstable();
            others.dedup();
            if others.is_empty() {
                continue;
            }
            let named: Vec<String> = others
                .iter()
                .map(|(row, url)| {
                    let cell = wb.listings.location(CellRef::new(*row, url_col));
                    format!(
                        "{url} ({}!{})",
                        cell.sheet.unwrap_or_default(),
                        cell.cell.unwrap_or_default()
                    )
                })
                .collect();
            diagnostics.push(Diagnostic::error(
                file.location.clone(),
                format!(
                    "evidence file \"{}\" is a capture of another listing: its text names {}, not this row's {}; give this listing its own capture",
                    file.written,
                    named.join(", "),
                    listing.url
                ),
            ));
            for id in &listing.right_ids {
                if let Some(client) = client_of.get(id.as_str()) {
                    blocked.push(((*client).to_owned(), file.location.clone()));
                }
            }
        }
    }
    for (client, location) in blocked {
        docket.blocked.entry(client).or_default().push(location);
    }
}
