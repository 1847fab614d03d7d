//! `takedown check WORKBOOK…`: read and validate workbooks, print every diagnostic sorted by
//! place and a one-line summary (or the same as JSON), and choose the exit status.
//!
//! Exit status: 0 no errors, 1 some errors, 2 a workbook could not be used at all.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::calendar::Calendar;
use crate::diag::{Diagnostic, Severity};
use crate::evidence::Limits as EvidenceLimits;
use crate::fonts::FontSet;
use crate::ingest::{self, Format, Limits, Workbook};
use crate::model::{self, Date, Docket};
use crate::plan::{self, Packet, Rules};
use crate::platform::Profiles;

/// How `check` prints its findings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum CheckFormat {
    /// One line per diagnostic (`error: file: Sheet!B7: message`) and a summary line.
    #[default]
    Text,
    /// One JSON document: each workbook with its counts and diagnostics, and the totals.
    Json,
}

/// What `check` printed and the exit status it chose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckOutcome {
    /// Everything to print on standard output.
    pub output: String,
    /// 0 no errors, 1 errors, 2 a workbook could not be used at all.
    pub exit_code: u8,
}

/// The JSON form of a check.
#[derive(Debug, Clone, Serialize)]
pub struct CheckReport {
    /// One entry per workbook, in the order given.
    pub workbooks: Vec<WorkbookReport>,
    /// Errors over all workbooks (an unusable workbook counts as one).
    pub errors: usize,
    /// Warnings over all workbooks.
    pub warnings: usize,
    /// The exit status.
    pub exit_code: u8,
}

/// The JSON form of one workbook's check.
#[derive(Debug, Clone, Serialize)]
pub struct WorkbookReport {
    /// The workbook as named (for CSV: the folder).
    pub file: String,
    /// What it was read as; `null` when it could not be read.
    pub format: Option<Format>,
    /// Why it could not be used at all; `null` when it could.
    pub unusable: Option<String>,
    /// Clients, rights and listings that passed.
    pub clients: usize,
    /// Rights that passed.
    pub rights: usize,
    /// Listings that passed (after merging).
    pub listings: usize,
    /// Listing rows merged into an earlier row.
    pub merged: usize,
    /// Counter-notices that passed.
    pub counter_notices: usize,
    /// Errors.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// The summary line of the text form.
    pub summary: String,
    /// Every diagnostic, sorted by place.
    pub diagnostics: Vec<Diagnostic>,
}

/// Checks workbooks. CSV files of one folder are one workbook, however many of them are named.
pub fn check(paths: &[PathBuf], format: CheckFormat) -> CheckOutcome {
    let rules = Rules {
        date: Date::today(),
        calendar: Calendar::builtin(),
        poa_return_days: crate::config::Config::default().poa_return_days,
        mode: crate::layout::Mode::default(),
        litigation: false,
    };
    check_with(
        paths,
        format,
        crate::fonts::FontSet::builtin(),
        &Limits::default(),
        &EvidenceLimits::default(),
        (&Profiles::builtin(), &rules, None),
    )
}

/// Like [`check`], with the configured fonts (a character none of them has is an error at its
/// cell), each workbook read within `limits` (see [`ingest::read_workbook_isolated`]), its
/// evidence files checked against `evidence`, and its packets planned with `plan`'s profiles
/// for the plan's warnings (as `build` gives them) as of the rules' date.
pub fn check_with(
    paths: &[PathBuf],
    format: CheckFormat,
    fonts: &FontSet,
    limits: &Limits,
    evidence: &EvidenceLimits,
    plan: (&Profiles, &Rules, Option<&crate::ledger::Ledger>),
) -> CheckOutcome {
    let mut seen: Vec<PathBuf> = Vec::new();
    let mut reports = Vec::new();
    for path in paths {
        let key = ingest::workbook_path(path);
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        reports.push(check_one(path, fonts, limits, evidence, plan));
    }

    let errors = reports.iter().map(|r| r.errors).sum();
    let warnings = reports.iter().map(|r| r.warnings).sum();
    let exit_code = if reports.iter().any(|r| r.unusable.is_some()) {
        2
    } else if errors > 0 {
        1
    } else {
        0
    };
    let report = CheckReport {
        workbooks: reports,
        errors,
        warnings,
        exit_code,
    };
    let output = match format {
        CheckFormat::Text => text(&report),
        CheckFormat::Json => {
            let mut json = serde_json::to_string_pretty(&report)
                .unwrap_or_else(|err| format!("{{\"error\": \"cannot write the report as JSON: {err}\"}}"));
            json.push('\n');
            json
        }
    };
    CheckOutcome { output, exit_code }
}

fn check_one(
    path: &Path,
    fonts: &FontSet,
    limits: &Limits,
    evidence: &EvidenceLimits,
    (profiles, rules, ledger): (&Profiles, &Rules, Option<&crate::ledger::Ledger>),
) -> WorkbookReport {
    match ingest::read_workbook_isolated(path, limits) {
        Err(err) => WorkbookReport {
            file: path.display().to_string(),
            format: None,
            unusable: Some(err.to_string()),
            clients: 0,
            rights: 0,
            listings: 0,
            merged: 0,
            counter_notices: 0,
            errors: 1,
            warnings: 0,
            summary: format!("could not be used: {err}"),
            diagnostics: Vec::new(),
        },
        Ok(workbook) => {
            let (docket, mut diagnostics) = model::build_docket_for(&workbook, rules.date, fonts, evidence);
            // With a ledger, what a build would plan: open cases, earlier notices, unknown
            // outcome links.
            let memory = match ledger.map(|l| crate::ledger::prepare(l, path, &docket, rules.date)) {
                Some(Ok((_, memory, notes))) => {
                    diagnostics.extend(notes);
                    memory
                }
                Some(Err(e)) => {
                    diagnostics.push(Diagnostic::error(
                        crate::diag::Location::file(path.display().to_string()),
                        e.to_string(),
                    ));
                    Default::default()
                }
                None => Default::default(),
            };
            let (_, diagnostics) = findings(&workbook, &docket, diagnostics, profiles, rules, &memory);
            let errors = diagnostics.iter().filter(|d| d.is_error()).count();
            let warnings = diagnostics.len() - errors;
            WorkbookReport {
                summary: summary(&docket, errors, warnings),
                file: workbook.file.clone(),
                format: Some(workbook.format),
                unusable: None,
                clients: docket.clients.len(),
                rights: docket.rights.len(),
                listings: docket.listings.len(),
                merged: docket.merged(),
                counter_notices: docket.counter_notices.len(),
                errors,
                warnings,
                diagnostics,
            }
        }
    }
}

/// The packets of a docket and every diagnostic of its workbook, sorted by place: the docket's
/// (`diagnostics`), the plan's, its packets' and the replies already overdue as of the
/// rules' date. `check` and `build` both say exactly these.
pub(crate) fn findings<'d>(
    workbook: &Workbook,
    docket: &'d Docket,
    mut diagnostics: Vec<Diagnostic>,
    profiles: &'d Profiles,
    rules: &Rules,
    memory: &crate::ledger::Memory,
) -> (Vec<Packet<'d>>, Vec<Diagnostic>) {
    let (packets, notes) = plan::plan(docket, profiles, rules.litigation, memory);
    diagnostics.extend(notes);
    diagnostics.extend(plan::notes(&packets, workbook, rules));
    diagnostics.extend(crate::deadlines::lapsed_notes(
        rules.calendar,
        rules.date,
        &packets,
    ));
    model::sort_by_place(workbook, &mut diagnostics);
    (packets, diagnostics)
}

/// `3 clients, 8 rights, 41 listings (2 merged), 2 counter-notices; 1 error, 4 warnings` (no
/// "merged" when none, no counter-notices when none).
pub fn summary(docket: &Docket, errors: usize, warnings: usize) -> String {
    let merged = docket.merged();
    let merged = if merged > 0 {
        format!(" ({merged} merged)")
    } else {
        String::new()
    };
    let notices = match docket.counter_notices.len() {
        0 => String::new(),
        n => format!(", {}", count(n, "counter-notice")),
    };
    format!(
        "{}, {}, {}{merged}{notices}; {}, {}",
        count(docket.clients.len(), "client"),
        count(docket.rights.len(), "right"),
        count(docket.listings.len(), "listing"),
        count(errors, "error"),
        count(warnings, "warning"),
    )
}

fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// The text form: per workbook its diagnostics then its summary (prefixed with the file when
/// more than one workbook is checked), and with several workbooks a total line.
fn text(report: &CheckReport) -> String {
    let several = report.workbooks.len() > 1;
    let mut out = String::new();
    for workbook in &report.workbooks {
        if let Some(reason) = &workbook.unusable {
            out.push_str(&format!("{}: {reason}\n", Severity::Error));
            continue;
        }
        for diagnostic in &workbook.diagnostics {
            out.push_str(&format!("{}: {diagnostic}\n", diagnostic.severity));
        }
        if several {
            out.push_str(&format!("{}: {}\n", workbook.file, workbook.summary));
        } else {
            out.push_str(&workbook.summary);
            out.push('\n');
        }
    }
    if several {
        let sum = |f: fn(&WorkbookReport) -> usize| report.workbooks.iter().map(f).sum::<usize>();
        let unusable = report.workbooks.iter().filter(|w| w.unusable.is_some()).count();
        let merged = sum(|w| w.merged);
        out.push_str(&format!(
            "total: {}, {}, {}{}; {}, {}{}\n",
            count(sum(|w| w.clients), "client"),
            count(sum(|w| w.rights), "right"),
            count(sum(|w| w.listings), "listing"),
            if merged > 0 {
                format!(" ({merged} merged)")
            } else {
                String::new()
            },
            count(report.errors, "error"),
            count(report.warnings, "warning"),
            match unusable {
                0 => String::new(),
                1 => " (1 workbook could not be used)".to_owned(),
                n => format!(" ({n} workbooks could not be used)"),
            },
        ));
    }
    out
}
