//! Before a build plans: its batch, what the ledger knows of its clients, and its Outcomes
//! rows matched to the listings they report on (this workbook's or the ledger's).

use super::batch::{digest, Batch, Event};
use super::memory::{Facts, Memory};
use super::{item_key, Error, Ledger};
use crate::diag::Diagnostic;
use crate::model::{Date, Docket};

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
    let client_of = |right: &str| {
        docket
            .rights
            .iter()
            .find(|r| r.id == right)
            .map(|r| r.client_id.clone())
    };
    let keys: Vec<(Option<String>, String)> = docket
        .outcomes
        .iter()
        .map(|o| (item_key(&o.url), o.url.clone()))
        .collect();
    let known = ledger.owners(&keys)?;
    let mut notes = Vec::new();
    for ((outcome, (key, _)), owners) in docket.outcomes.iter().zip(&keys).zip(known) {
        // This workbook's listings of the same item or link, per client.
        let mut facts: Vec<(String, Facts)> = Vec::new();
        for l in docket
            .listings
            .iter()
            .filter(|l| l.url == outcome.url || (key.is_some() && item_key(&l.url) == *key))
        {
            for client in l.right_ids.iter().filter_map(|r| client_of(r)) {
                if !facts.iter().any(|(c, f)| *c == client && f.url == l.url) {
                    facts.push((client, Facts::of(l)));
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
            memory.add(&client, &f, &event);
            batch.events.push(event);
        }
    }
    Ok((batch, memory, notes))
}
