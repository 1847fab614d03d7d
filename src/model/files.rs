//! The files the records name, checked once each (in parallel) after the sheets are read: a
//! file that is missing or unusable is an error at every cell naming it, and its client gets
//! no packet. A path that does not exist as written is looked for as a Windows user or
//! another computer may have written it ([`super::locate`]).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::locate::{self, Found};
use super::{Docket, FileRef};
use crate::diag::Diagnostic;
use crate::evidence::{self, EvidenceError, FileInfo, Limits};

/// Inspects every file of `docket`'s records, fills [`Docket::files`] with the good ones and
/// reports the bad ones at their cells, blocking their clients.
pub(crate) fn check_files(
    base: &Path,
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
        for file in listing.files() {
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
        for file in notice.files() {
            named.push((file, clients.clone()));
        }
    }

    let mut paths: Vec<(&PathBuf, &str)> = named.iter().map(|(f, _)| (&f.path, f.written.as_str())).collect();
    paths.sort();
    paths.dedup_by(|a, b| a.0 == b.0);
    // Only a listing's captures are read for the links they print (evidence_checks).
    let captures: std::collections::HashSet<&PathBuf> = docket
        .listings
        .iter()
        .flat_map(|l| l.evidence.iter().map(|f| &f.path))
        .collect();
    // Each path as named → where the file was found (itself, or what `locate` found).
    let results: BTreeMap<PathBuf, (PathBuf, Result<FileInfo, EvidenceError>)> = paths
        .par_iter()
        .map(|(path, written)| {
            let found = match std::fs::symlink_metadata(path) {
                Ok(_) => Ok((*path).clone()),
                Err(_) => match locate::find(base, written) {
                    Found::Unique(actual) => Ok(actual),
                    Found::Not(why) => Err(EvidenceError(format!("evidence file \"{written}\" {why}"))),
                },
            };
            let result = match &found {
                Ok(actual) => evidence::inspect(actual, written, limits, captures.contains(path)),
                Err(e) => Err(e.clone()),
            };
            (
                (*path).clone(),
                (found.unwrap_or_else(|_| (*path).clone()), result),
            )
        })
        .collect();

    let mut blocked: Vec<(String, crate::diag::Location)> = Vec::new();
    for (file, clients) in &named {
        let Some((actual, result)) = results.get(&file.path) else {
            continue;
        };
        if actual != &file.path && result.is_ok() {
            let shown = actual.strip_prefix(base).unwrap_or(actual);
            diagnostics.push(Diagnostic::warning(
                file.location.clone(),
                format!(
                    "evidence file \"{}\" is read as {} (the path as written does not exist on this computer)",
                    file.written,
                    shown.display()
                ),
            ));
        }
        if let Err(e) = result {
            diagnostics.push(Diagnostic::error(file.location.clone(), e.to_string()));
            for client in clients {
                blocked.push(((*client).to_owned(), file.location.clone()));
            }
        }
    }
    for (client, location) in blocked {
        docket.blocked.entry(client).or_default().push(location);
    }
    for file in file_refs_mut(docket) {
        if let Some((actual, Ok(_))) = results.get(&file.path) {
            file.path = actual.clone();
        }
    }
    docket.files = results
        .into_values()
        .filter_map(|(actual, result)| result.ok().map(|info| (actual, info)))
        .collect();
}

/// Every file reference of the docket's records, to point each at where it was found.
fn file_refs_mut(docket: &mut Docket) -> impl Iterator<Item = &mut FileRef> {
    let clients = docket
        .clients
        .iter_mut()
        .flat_map(|c| c.licence.iter_mut().chain(c.licence_translation.iter_mut()));
    let rights = docket.rights.iter_mut().flat_map(|r| {
        r.certificate
            .iter_mut()
            .chain(r.evaluation_report.iter_mut())
            .chain(r.comparison.iter_mut())
    });
    let listings = docket.listings.iter_mut().flat_map(|l| {
        l.evidence
            .iter_mut()
            .chain(l.comparison.iter_mut())
            .chain(l.purchase.iter_mut().flat_map(|p| p.evidence.iter_mut()))
    });
    let notices = docket
        .counter_notices
        .iter_mut()
        .flat_map(|n| n.our_evidence.iter_mut().chain(n.action_evidence.iter_mut()));
    clients.chain(rights).chain(listings).chain(notices)
}
