//! The files the records name, checked once each (in parallel) after the sheets are read: a
//! file that is missing or unusable is an error at every cell naming it, and its client gets
//! no packet.

use std::collections::BTreeMap;
use std::path::PathBuf;

use rayon::prelude::*;

use super::{Docket, FileRef};
use crate::diag::Diagnostic;
use crate::evidence::{self, EvidenceError, FileInfo, Limits};
use crate::ingest::Workbook;

/// Inspects every file of `docket`'s records, fills [`Docket::files`] with the good ones and
/// reports the bad ones at their cells, blocking their clients.
pub(crate) fn check_files(
    _wb: &Workbook,
    docket: &mut Docket,
    limits: &Limits,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let client_of: BTreeMap<&str, &str> = docket
        .rights
        .iter()
        .map(|r| (r.id.as_str(), r.client_id.as_str()))
        .collect();
    // Each named file with the clients relying on it.
    let mut named: Vec<(&FileRef, Vec<&str>)> = Vec::new();
    for client in &docket.clients {
        for file in client.licence.iter().chain(&client.licence_translation) {
            named.push((file, vec![client.id.as_str()]));
        }
    }
    for right in &docket.rights {
        for file in right
            .certificate
            .iter()
            .chain(&right.evaluation_report)
            .chain(&right.comparison)
        {
            named.push((file, vec![right.client_id.as_str()]));
        }
    }
    for listing in &docket.listings {
        let mut clients: Vec<&str> = listing
            .right_ids
            .iter()
            .filter_map(|id| client_of.get(id.as_str()).copied())
            .collect();
        clients.sort_unstable();
        clients.dedup();
        let purchase = listing.purchase.iter().flat_map(|p| &p.evidence);
        for file in listing.evidence.iter().chain(purchase) {
            named.push((file, clients.clone()));
        }
    }
    let by_row: BTreeMap<u32, &super::Listing> = if docket.counter_notices.is_empty() {
        BTreeMap::new()
    } else {
        docket.listings.iter().map(|l| (l.source.row, l)).collect()
    };
    for notice in &docket.counter_notices {
        let mut clients: Vec<&str> = by_row
            .get(&notice.listing_row)
            .into_iter()
            .flat_map(|l| l.right_ids.iter())
            .filter_map(|id| client_of.get(id.as_str()).copied())
            .collect();
        clients.sort_unstable();
        clients.dedup();
        for file in &notice.our_evidence {
            named.push((file, clients.clone()));
        }
    }

    let mut paths: Vec<(&PathBuf, &str)> = named.iter().map(|(f, _)| (&f.path, f.written.as_str())).collect();
    paths.sort();
    paths.dedup_by(|a, b| a.0 == b.0);
    let results: BTreeMap<PathBuf, Result<FileInfo, EvidenceError>> = paths
        .par_iter()
        .map(|(path, written)| ((*path).clone(), evidence::inspect(path, written, limits)))
        .collect();

    let mut blocked: Vec<(String, crate::diag::Location)> = Vec::new();
    for (file, clients) in &named {
        if let Some(Err(e)) = results.get(&file.path) {
            diagnostics.push(Diagnostic::error(file.location.clone(), e.to_string()));
            for client in clients {
                blocked.push(((*client).to_owned(), file.location.clone()));
            }
        }
    }
    for (client, location) in blocked {
        docket.blocked.entry(client).or_default().push(location);
    }
    docket.files = results
        .into_iter()
        .filter_map(|(path, result)| result.ok().map(|info| (path, info)))
        .collect();
}
