//! Before a build plans: its batch, what the ledger knows of its clients, and its Outcomes
//! rows matched to the listings they report on (this workbook's or the ledger's).

use super::batch::{digest, Batch, Event};
use super::memory::{Facts, Memory};
use std::collections::HashMap;

use super::{item_key, lookup_key, Error, Ledger};
use crate::diag::Diagnostic;
use crate::model::{Date, Docket, Listing};

/// A build's batch (its outcomes as events), the memory it plans with, and an error per
/// Outcomes row whose link no listing has.
pub fn prepare(
    ledger: &Ledger,
    workbook: &std::path::Path,
    docket: &Docket,
    date: Date,
) -> Result<(Batch, Memory, Vec<Diagnostic>), Error> {
    let sha = digest(workbook).map_err(|e| Error {
        place: workbook.display().to_string(),
        why: e.to_string(),
    })?;
    let name = workbook
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let mut batch = Batch::new(&name, &sha, date);
    let clients: Vec<&str> = docket.clients.iter().map(|c| c.id.as_str()).collect();
    let mut memory = ledger.memory(&clients, &batch.id)?;
    let client_of: HashMap<&str, &str> = docket
        .rights
        .iter()
        .map(|r| (r.id.as_str(), r.client_id.as_str()))
        .collect();
    // This workbook's listings by the key the ledger finds them by (item, else link).
    let mut by_key: HashMap<String, Vec<&Listing>> = HashMap::new();
    if !docket.outcomes.is_empty() {
        for l in &docket.listings {
            by_key
                .entry(lookup_key(item_key(&l.url).as_deref(), &l.url))
                .or_default()
                .push(l);
        }
    }
    let keys: Vec<(Option<String>, String)> = docket
        .outcomes
        .iter()
        .map(|o| (item_key(&o.url), o.url.clone()))
        .collect();
    let known = ledger.owners(&keys)?;
    let mut notes = Vec::new();
    let mut added = Vec::new();
    for ((outcome, (key, url)), owners) in docket.outcomes.iter().zip(&keys).zip(known) {
        // This workbook's listings of the same item or link, per client.
        let mut facts: Vec<(String, Facts)> = Vec::new();
        for &l in by_key.get(&lookup_key(key.as_deref(), url)).into_iter().flatten() {
            for &client in l.right_ids.iter().filter_map(|r| client_of.get(r.as_str())) {
                if !facts.iter().any(|(c, f)| c == client && f.url == l.url) {
                    facts.push((client.to_owned(), Facts::of(l)));
                }
            }
        }
        for owner in owners {
            if !facts.iter().any(|(c, f)| *c == owner.0 && f.url == owner.1.url) {
                facts.push(owner);
            }
        }
        if facts.is_empty() {
            notes.push(Diagnostic::error(
                outcome.location.clone(),
                format!(
                    "{} is not a listing of this workbook nor of the ledger ({}): an outcome is recorded for a listing a batch named; check the link",
                    outcome.url, ledger.place
                ),
            ));
            continue;
        }
        for (client, f) in facts {
            let event = Event {
                client: client.clone(),
                url: f.url.clone(),
                status: outcome.status,
                case_no: outcome.case_no.clone(),
                filed_on: outcome.filed_on,
                happened_on: outcome.decided_on.or(outcome.filed_on),
                reason: outcome.reason.clone(),
                reply_by: None,
                art43_by: None,
                source: super::batch::place(&outcome.location),
            };
            batch.events.push(event.clone());
            added.push((client, f, event));
        }
    }
    memory.add(added);
    Ok((batch, memory, notes))
}
