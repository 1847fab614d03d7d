//! `report.txt`: the packets written, the clients without one and why, every problem.

use std::path::Path;

use super::ManifestFile;
use crate::build::Engine;
use crate::deadlines::Deadline;
use crate::diag::{Diagnostic, Severity};
use crate::plan::Packet;

/// The text of `report.txt`.
pub(crate) fn report(
    engine: &Engine,
    workbook: &Path,
    (made, outcomes): (&[(&Packet, &Vec<ManifestFile>)], usize),
    failed: &[(String, String)],
    diagnostics: &[Diagnostic],
    deadlines: &[Deadline],
) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let name = workbook.file_name().map_or_else(
        || workbook.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let _ = writeln!(out, "takedown build report: {name}");
    let _ = writeln!(
        out,
        "issue date {}, layout {}",
        engine.date,
        engine.layout.mode.name()
    );
    if engine.review {
        let _ = writeln!(
            out,
            "review build: a draft for review, every page watermarked, each value's source and each \
             warning a note in the PDF viewer; not recorded in the ledger. Build without --review to sign and file."
        );
    }
    match &engine.config.path {
        Some(path) => {
            let file = path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            let _ = writeln!(out, "config {file}");
            if let Some(warning) = engine.config.config.firm.sample_warning() {
                let _ = writeln!(out, "{warning}");
            }
        }
        None => {
            let _ = writeln!(
                out,
                "config: none found; the sample firm \"{}\" is the agent. Write your own with `takedown init`.",
                engine.config.config.firm.name.en
            );
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "Packets written: {}", made.len());
    if outcomes > 0 {
        let _ = writeln!(out, "Outcomes for the ledger: {outcomes}");
    }
    for (packet, written) in made {
        let pages: usize = written.iter().skip(1).map(|w| w.pages).sum();
        let _ = writeln!(
            out,
            "  {} {}: {}/ ({} documents, {} pages, {} complaints)",
            packet.client.id,
            packet.client.name.en,
            packet.folder,
            written.len() - 1,
            pages,
            packet.complaints.len()
        );
    }
    let mut ledger = Vec::new();
    for (packet, _) in made {
        let id = &packet.client.id;
        for l in packet.listings().into_iter().filter(|l| packet.relisted(l)) {
            let cases: Vec<&str> = packet.notices[&l.source.row]
                .iter()
                .filter(|n| n.status == crate::model::Status::Removed)
                .map(|n| n.case_no.as_deref().unwrap_or("case number not recorded"))
                .collect();
            ledger.push(format!(
                "  {id}: re-listed {} (removed before: {}); its complaint cites it",
                l.url,
                cases.join(", ")
            ));
        }
        for (l, c) in &packet.open_cases {
            ledger.push(format!(
                "  {id}: no complaint for {}: case {} is {}",
                l.url,
                c.case_no.as_deref().unwrap_or("(number not recorded)"),
                c.status.id()
            ));
        }
        for (l, c) in &packet.removed {
            ledger.push(format!(
                "  {id}: no complaint for {}: removed (case {}) and not captured since",
                l.url,
                c.case_no.as_deref().unwrap_or("(number not recorded)")
            ));
        }
        for op in &packet.operators {
            let mut stores: Vec<&str> = Vec::new();
            for store in op.listings.iter().filter_map(|l| l.store.as_deref()) {
                if !stores.contains(&store) {
                    stores.push(store);
                }
            }
            let mut keys = Vec::new();
            for (kind, list) in [("licence", &op.licences), ("contact", &op.contacts)] {
                if !list.is_empty() {
                    let list: Vec<&str> = list.iter().map(|(k, _)| *k).collect();
                    keys.push(format!("{kind} {}", list.join(", ")));
                }
            }
            ledger.push(format!(
                "  {id}: one operator, {}: {} listings in stores {}",
                keys.join(", "),
                op.listings.len(),
                stores.join(", ")
            ));
        }
    }
    if !ledger.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "From the case ledger:");
        for line in ledger {
            let _ = writeln!(out, "{line}");
        }
    }
    if !failed.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "Clients without a packet (fix the errors below and build again):"
        );
        for (id, why) in failed {
            let _ = writeln!(out, "  {id}: {why}");
        }
    }
    if !deadlines.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "Deadlines (also in deadlines.ics):");
        // One line per event of deadlines.ics, flagged as its summary is.
        let mut events = crate::deadlines::events(deadlines);
        events.sort_by_key(|same| same[0].date);
        for same in events {
            let d = same[0];
            let estimated = if same.iter().any(|d| d.estimated) {
                " (estimated)"
            } else {
                ""
            };
            let urgency = same.iter().map(|d| d.urgency).max().unwrap_or_default();
            let titles: Vec<&str> = same.iter().map(|d| d.title.en.as_str()).collect();
            let sources: Vec<&str> = same.iter().map(|d| d.source.en.as_str()).collect();
            let _ = writeln!(
                out,
                "  {}{estimated}  {}  {}{}  [{}]",
                d.date,
                d.client_id,
                urgency.flag(),
                titles.join("; "),
                sources.join("; ")
            );
        }
    }
    // The workbook's own notes on the listings filed: some ask for action (a store using
    // the client's trade name), and no document prints them.
    let notes: Vec<String> = made
        .iter()
        .flat_map(|(packet, _)| {
            packet.listings().into_iter().flat_map(move |l| {
                let own = l.notes.iter().map(move |n| (l.source.row, n.as_str()));
                let merged = l.merged_notes.iter().map(|(row, n)| (*row, n.as_str()));
                own.chain(merged)
                    .map(|(row, n)| (row, n.trim()))
                    .filter(|(_, n)| !n.is_empty())
                    .map(move |(row, note)| {
                        format!(
                            "  {}  {} row {row}: {note}  ({})",
                            packet.client.id, l.source.sheet, l.url
                        )
                    })
            })
        })
        .collect();
    if !notes.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "Notes on the listings filed (printed in no document):");
        for line in notes {
            let _ = writeln!(out, "{line}");
        }
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "Problems: {errors} errors, {} warnings",
        diagnostics.len() - errors
    );
    for d in diagnostics {
        let severity = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let _ = writeln!(out, "{severity}: {d}");
    }
    out
}
