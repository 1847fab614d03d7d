//! The output tree: written into a temporary sibling folder, finished with `report.txt` and
//! `manifest.json`, then renamed into place.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use super::{hex, keep, ManifestFile};
use crate::build::Engine;
use crate::deadlines::Deadline;
use crate::model::{Docket, FileRef};
use crate::plan::Packet;

/// The temporary sibling of `out_dir` the tree is written into (emptied if a crashed run
/// left it).
pub(crate) fn start_tree(out_dir: &Path) -> std::io::Result<PathBuf> {
    let (parent, name) = sibling_of(out_dir);
    std::fs::create_dir_all(parent)?;
    let tmp = parent.join(format!(".{name}.tmp-{}", std::process::id()));
    if tmp.exists() {
        std::fs::remove_dir_all(&tmp)?;
    }
    std::fs::create_dir(&tmp)?;
    Ok(tmp)
}

/// What a workbook's build made, for the files beside the packets.
pub(crate) struct Made<'a> {
    /// The packets written, each with its files.
    pub packets: &'a [(&'a Packet<'a>, &'a Vec<ManifestFile>)],
    /// Clients without a packet, and why.
    pub failed: &'a [(String, String)],
    pub deadlines: &'a [Deadline],
    /// The text of `report.txt`.
    pub report: &'a str,
}

/// Writes `report.txt`, `deadlines.ics` and `manifest.json` beside the packets in `tmp`,
/// then renames `tmp` to `out_dir`, replacing an older one with the files a person saved in
/// it carried over (or refusing, when a person changed a file the tool wrote).
pub(crate) fn finish_tree(
    engine: &Engine,
    docket: &Docket,
    workbook: &Path,
    (tmp, out_dir): (&Path, &Path),
    made: &Made,
) -> std::io::Result<()> {
    let Made {
        packets: made,
        failed,
        deadlines,
        report,
    } = *made;
    std::fs::write(tmp.join("report.txt"), report)?;
    let ics = crate::deadlines::to_ics(deadlines, engine.date);
    std::fs::write(tmp.join("deadlines.ics"), &ics)?;
    let files: Vec<&ManifestFile> = made.iter().flat_map(|(_, files)| files.iter()).collect();
    let workbook_name = workbook.file_name().map(|n| n.to_string_lossy().into_owned());
    let manifest = json!({
        "workbook": workbook_name,
        "date": engine.date.to_string(),
        "layout": engine.layout.mode.name(),
        "packets": made.iter().map(|(p, w)| json!({
            "client": p.client.id, "folder": p.folder, "documents": w.len() - 1,
        })).collect::<Vec<_>>(),
        "failed_clients": failed.iter().map(|(id, why)| json!({"client": id, "reason": why})).collect::<Vec<_>>(),
        "files": files,
        "evidence": evidence(docket, &files),
        "links": links(made),
        "deadlines": {"path": "deadlines.ics", "sha256": hex(&Sha256::digest(ics.as_bytes())), "bytes": ics.len(), "events": crate::deadlines::events(deadlines).len()},
        "report": {"path": "report.txt", "sha256": hex(&Sha256::digest(report.as_bytes())), "bytes": report.len()},
    });
    let mut text = serde_json::to_string_pretty(&manifest).map_err(std::io::Error::other)?;
    text.push('\n');
    std::fs::write(tmp.join("manifest.json"), text)?;

    if std::fs::symlink_metadata(out_dir).is_err() {
        return std::fs::rename(tmp, out_dir);
    }
    let keep = may_replace(out_dir, &|rel| tmp.join(rel).exists())?;
    let (parent, name) = sibling_of(out_dir);
    let old = parent.join(format!(".{name}.old-{}", std::process::id()));
    std::fs::rename(out_dir, &old)?;
    std::fs::rename(tmp, out_dir)?;
    // A crash from here on leaves the person's files in `old`, never deletes them.
    keep::carry(&old, out_dir, &keep).map_err(|e| {
        std::io::Error::new(
            e.kind(),
            format!("{e}; the earlier folder is kept as {}", old.display()),
        )
    })?;
    std::fs::remove_dir_all(&old)
}

/// The files of a person's in the existing `out_dir` that replacing it must carry over,
/// or why it must not be replaced (`writes`: whether the new tree has that relative path).
pub(crate) fn may_replace(out_dir: &Path, writes: &dyn Fn(&str) -> bool) -> std::io::Result<Vec<String>> {
    match std::fs::symlink_metadata(out_dir) {
        Err(_) => Ok(Vec::new()),
        Ok(meta) if !meta.is_dir() => Err(std::io::Error::other(
            "not replaced: it is a file, not a folder; choose another --out folder",
        )),
        Ok(_) => keep::plan(out_dir, writes).map_err(std::io::Error::other),
    }
}

/// The folder `out_dir` is in and its name, for its temporary siblings.
fn sibling_of(out_dir: &Path) -> (&Path, String) {
    let parent = out_dir
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = out_dir
        .file_name()
        .map_or_else(|| "out".into(), |n| n.to_string_lossy().into_owned());
    (parent, name)
}

/// Every link the written packets name, as filed (canonical: tracking and share parameters
/// removed) and as the workbook gave it, with the rows it came from (a merged duplicate's
/// too), so that what was filed can be traced to what was found.
fn links(made: &[(&Packet, &Vec<ManifestFile>)]) -> Vec<Value> {
    let mut out = Vec::new();
    for (packet, _) in made {
        for listing in packet.listings() {
            let rows: Vec<Value> = std::iter::once(&listing.source)
                .chain(&listing.merged_from)
                .map(|s| json!({"sheet": &*s.sheet, "row": s.row}))
                .collect();
            out.push(json!({
                "client": packet.client.id, "filed": listing.url,
                "as_written": listing.url_as_written, "rows": rows,
            }));
        }
    }
    out
}

/// Every evidence file embedded in a written document: the path as the workbook names it,
/// the cells naming it, its SHA-256 and size, and each document and page it is on.
fn evidence(docket: &Docket, files: &[&ManifestFile]) -> Vec<Value> {
    let mut named: Vec<&FileRef> = Vec::new();
    for client in &docket.clients {
        named.extend(client.licence.iter().chain(&client.licence_translation));
    }
    for right in &docket.rights {
        named.extend(
            right
                .certificate
                .iter()
                .chain(&right.evaluation_report)
                .chain(&right.comparison),
        );
    }
    for listing in &docket.listings {
        named.extend(listing.files());
    }
    for notice in &docket.counter_notices {
        named.extend(notice.files());
    }
    // Path → where it is embedded, and path → the cells naming it, each in one pass.
    let mut embedded: HashMap<&Path, Vec<Value>> = HashMap::new();
    for m in files {
        for e in &m.embeds {
            embedded
                .entry(e.path.as_path())
                .or_default()
                .push(json!({"path": m.path, "pages": e.pages}));
        }
    }
    let mut cells: HashMap<&Path, Vec<String>> = HashMap::new();
    let mut order: Vec<&FileRef> = Vec::new();
    for file in &named {
        let list = cells.entry(file.path.as_path()).or_default();
        if list.is_empty() {
            order.push(file);
        }
        let cell = file.cell();
        if !list.contains(&cell) {
            list.push(cell);
        }
    }
    let mut out = Vec::new();
    for file in order {
        let (Some(places), Some(info)) = (embedded.remove(file.path.as_path()), docket.file(file)) else {
            continue;
        };
        out.push(json!({
            "source": file.written, "cells": cells.remove(file.path.as_path()).unwrap_or_default(),
            "kind": info.kind, "sha256": info.sha256, "bytes": info.bytes, "embedded": places,
        }));
    }
    out
}
