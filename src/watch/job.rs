//! One job, from the inbox to its end: claiming an entry into a job folder, building it,
//! fixing the decision, and replaying the moves to `out/`, `processed/` and `failed/` (the
//! recovery protocol of the [module](super)).

use std::ffi::OsString;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use anyhow::Context;
use serde::{Deserialize, Serialize};

use super::files::{free_name, move_into, stem, write_synced};
use super::unzip;
use super::{Verbosity, Watcher, MAX_ATTEMPTS};
use crate::build::{build_workbook, WorkbookOutcome};

/// The outcome of a job and every final name, fixed before anything leaves the working area.
#[derive(Debug, Serialize, Deserialize)]
struct Decision {
    /// Whether the input goes to `processed/` (else `failed/`).
    processed: bool,
    /// The input's name in `<job>/input/`.
    input: String,
    /// Its name in `processed/` or `failed/`.
    dest: String,
    /// The packets folder: its name in `<job>/out/` and in `out/`.
    out: Option<(String, String)>,
    /// The line logged when the job is done.
    line: String,
    /// Whether some client got no packet.
    partial: bool,
}

impl Watcher {
    /// Finishes or rolls back every job left in the working area by an earlier run.
    pub(super) fn recover(&mut self) {
        let mut jobs: Vec<PathBuf> = match std::fs::read_dir(&self.dirs.work) {
            Ok(entries) => entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect(),
            Err(e) => {
                tracing::error!("error: failed to read {} ({e})", self.dirs.work.display());
                return;
            }
        };
        jobs.sort();
        for job in jobs {
            if self.stopping() {
                return;
            }
            tracing::debug!("recovering {}", job.display());
            self.run_job(&job);
            // A job put back into the inbox is simply taken again by the scan.
            self.put_back = false;
        }
    }

    /// Moves an inbox entry into a new job folder and runs the job; false when it could not be
    /// moved (it stays in the inbox and is tried again once it changes).
    pub(super) fn take(&mut self, name: &OsString) -> bool {
        let job = self.dirs.work.join(job_id());
        let input = job.join("input");
        if let Err(e) = std::fs::create_dir_all(&input) {
            tracing::error!("error: failed to create {} ({e})", input.display());
            return false;
        }
        self.step("job folder");
        let from = self.dirs.inbox.join(name);
        if let Err(e) = std::fs::rename(&from, input.join(name)) {
            tracing::error!(
                "error: failed to move {} into {} ({e}); left in the inbox",
                from.display(),
                self.dirs.work.display()
            );
            let _ = std::fs::remove_dir_all(&job);
            return false;
        }
        self.step("taken");
        tracing::debug!("taking {}", name.to_string_lossy());
        self.run_job(&job);
        if std::mem::take(&mut self.put_back) {
            return false;
        }
        self.deferred.remove(name);
        true
    }

    /// Brings a job from whatever state it is in to its end (see the recovery protocol).
    fn run_job(&mut self, job: &Path) {
        let decision = match read_decision(job) {
            Some(decision) => decision,
            None => match self.decide(job) {
                Ok(Some(decision)) => decision,
                Ok(None) => {
                    // Nothing was taken: roll the claim back.
                    if let Err(e) = std::fs::remove_dir_all(job) {
                        tracing::error!("error: failed to remove {} ({e})", job.display());
                    }
                    return;
                }
                Err(e) => {
                    tracing::error!("error: {} ({e:#}); left for the next start", job.display());
                    return;
                }
            },
        };
        if let Err(e) = self.finish(job, &decision) {
            tracing::error!("error: {} ({e:#}); left for the next start", job.display());
            return;
        }
        if !decision.processed || decision.partial {
            self.failures += 1;
        }
        tracing::info!("{}", decision.line);
    }

    /// Builds a taken input and writes the decision; `None` when the job holds no input.
    fn decide(&mut self, job: &Path) -> anyhow::Result<Option<Decision>> {
        let Some(input) = single_entry(&job.join("input"))? else {
            return Ok(None);
        };
        let name = input
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let attempts_file = job.join("attempts");
        let attempts: u32 = std::fs::read_to_string(&attempts_file)
            .ok()
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or(0);
        let built = job.join("out");
        let unpacked = job.join("unpacked");
        for left in [&built, &unpacked] {
            if left.exists() {
                std::fs::remove_dir_all(left)
                    .with_context(|| format!("failed to remove {}", left.display()))?;
            }
        }
        let decision = if attempts >= MAX_ATTEMPTS {
            let why = format!(
                "the watcher stopped {attempts} times while building this input; it is set aside so that it cannot stop the watcher again"
            );
            self.failed_decision(job, &name, &format!("error: {name}: {why}\n"), &why)?
        } else {
            write_synced(&attempts_file, format!("{}\n", attempts + 1).as_bytes())?;
            self.step("attempt counted");
            std::fs::create_dir_all(&built)
                .with_context(|| format!("failed to create {}", built.display()))?;
            let out_name = free_name(&self.dirs.out, &stem(&name), &[""]);
            // A zip of the workbook and its evidence is built as the folder it unpacks to.
            let source = match unzip::is_zip(&input) {
                true => {
                    unzip::unpack(&input, &unpacked.join(stem(&name))).map_err(|why| format!("{name}: {why}"))
                }
                false => Ok(input.clone()),
            };
            let mut outcome = match &source {
                Ok(source) => self.build(source, &built.join(&out_name)),
                Err(why) => WorkbookOutcome {
                    unusable: Some(why.clone()),
                    report: format!("error: {why}\n"),
                    ..WorkbookOutcome::default()
                },
            };
            self.step("built");
            let unusable = outcome.unusable.clone().unwrap_or_default();
            if outcome.unusable.is_some() && self.defer(&name, &input, &unusable) {
                // It may still be being copied: back to the inbox, to be taken again when
                // it changes (or, unchanged, once more after a while).
                std::fs::rename(&input, self.dirs.inbox.join(&name))
                    .with_context(|| format!("failed to put {name} back into the inbox"))?;
                tracing::info!(
                    "waiting: {name} could not be read yet ({}); it is read again when it changes, or in {} s",
                    outcome.unusable.as_deref().unwrap_or_default(),
                    super::PATIENCE.as_secs()
                );
                return Ok(None);
            }
            let hint = (input.is_file() && !unzip::is_zip(&input) && misses_evidence(&outcome)).then_some(
                "evidence files it names are not beside it: drop the folder that holds the workbook \
                 and its evidence files (or a zip of that folder), not the workbook alone",
            );
            if let Some(hint) = hint {
                outcome.report.push_str(&format!("\nhint: {hint}\n"));
            }
            // Packets were written, or outcomes reported (an Outcomes workbook alone) went
            // into the ledger.
            let done = outcome.packets > 0 || (outcome.outcomes > 0 && outcome.recorded.is_some());
            if done && outcome.out_dir.is_some() {
                let final_out = free_name(&self.dirs.out, &out_name, &[""]);
                let dest = free_name(&self.dirs.processed, &name, &[""]);
                Decision {
                    processed: true,
                    line: match hint {
                        Some(hint) => format!("{}; {hint}", success_line(&name, &outcome, &final_out)),
                        None => success_line(&name, &outcome, &final_out),
                    },
                    partial: outcome.exit_code() != 0,
                    input: name,
                    dest,
                    out: Some((out_name, final_out)),
                }
            } else {
                let why = match &outcome.unusable {
                    Some(why) => why.clone(),
                    None => format!("no packet could be made ({})", plural(outcome.errors, "error")),
                };
                let why = match hint {
                    Some(hint) => format!("{why}; {hint}"),
                    None => why,
                };
                let report = if outcome.report.is_empty() {
                    format!("error: {why}\n")
                } else {
                    outcome.report.clone()
                };
                self.failed_decision(job, &name, &report, &why)?
            }
        };
        let tmp = job.join("decision.tmp");
        write_synced(&tmp, &serde_json::to_vec_pretty(&decision)?)?;
        std::fs::rename(&tmp, job.join("decision")).context("failed to record the decision")?;
        self.step("decided");
        Ok(Some(decision))
    }

    /// Whether an input that could not be read goes back to the inbox for now: once, when it
    /// was written to within [`super::PATIENCE`] and is empty or cut short (a copy that
    /// paused may be half there).
    fn defer(&mut self, name: &str, input: &Path, why: &str) -> bool {
        let key = OsString::from(name);
        // `--once` takes what is there as complete; a file that is plainly damaged or
        // hostile is not a copy under way.
        if self.opts.once
            || !crate::ingest::may_be_incomplete(why)
            || self.deferred.get(&key).is_some_and(|d| d.retried)
        {
            return false;
        }
        let young = std::fs::metadata(input)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|m| SystemTime::now().duration_since(m).ok())
            .is_some_and(|age| age < super::PATIENCE);
        if young {
            self.deferred.insert(
                key,
                super::Deferral {
                    since: std::time::Instant::now(),
                    retried: false,
                },
            );
            self.put_back = true;
        }
        young
    }

    fn failed_decision(&self, job: &Path, name: &str, report: &str, why: &str) -> anyhow::Result<Decision> {
        let why = why.strip_prefix(&format!("{name}: ")).unwrap_or(why);
        write_synced(&job.join("report.txt"), report.as_bytes())?;
        self.step("report written");
        let dest = free_name(&self.dirs.failed, name, &["", ".report.txt"]);
        Ok(Decision {
            processed: false,
            line: format!("{name}: failed: {why} → failed/{dest}.report.txt"),
            partial: false,
            input: name.to_owned(),
            dest,
            out: None,
        })
    }

    /// Runs the build with a progress bar on a terminal.
    fn build(&self, input: &Path, out_dir: &Path) -> WorkbookOutcome {
        let name = input
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let bar = (self.opts.verbosity > Verbosity::Quiet && std::io::stderr().is_terminal()).then(|| {
            let bar = indicatif::ProgressBar::new(0);
            if let Ok(style) =
                indicatif::ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} documents")
            {
                bar.set_style(style.progress_chars("=> "));
            }
            bar.set_message(name.clone());
            bar
        });
        let progress = |done: usize, total: usize| {
            if let Some(bar) = &bar {
                bar.set_length(total as u64);
                bar.set_position(done as u64);
            }
            self.step("document");
        };
        // The build runs in the input's folder and is given the bare name, so that its
        // messages and report name the file as it was dropped, not the working area.
        let home = std::env::current_dir().ok();
        let folder = input.parent().unwrap_or(Path::new("."));
        let outcome = match std::env::set_current_dir(folder) {
            Ok(()) => build_workbook(
                &self.engine,
                Path::new(&name),
                out_dir,
                Some(&self.ledger),
                &progress,
            ),
            Err(_) => build_workbook(&self.engine, input, out_dir, Some(&self.ledger), &progress),
        };
        if let Some(home) = home {
            let _ = std::env::set_current_dir(home);
        }
        if let Some(bar) = bar {
            bar.finish_and_clear();
        }
        // The packets are in the job's folder and the batch is in the ledger; nothing is
        // decided yet (a crash here rebuilds the same batch, which the ledger records once).
        self.step("built and recorded");
        if outcome.recorded.is_some() {
            self.monthly_report();
        }
        outcome
    }

    /// With `report: monthly`, the month before's reports of every client into
    /// `DIR/reports/YYYY-MM/`, once: the first build of a month writes them (through a
    /// `.part` folder renamed into place, so a crash leaves nothing half-written to keep).
    /// A failure is said and never stops the watcher.
    fn monthly_report(&self) {
        if self.engine.config.config.report != Some(crate::config::ReportSchedule::Monthly) {
            return;
        }
        let (y, m, _) = self.engine.date.ymd();
        let (py, pm) = if m == 1 { (y - 1, 12) } else { (y, m - 1) };
        let Some(first) = crate::model::Date::new(u32::from(py), u32::from(pm), 1) else {
            return;
        };
        let Some(last) = crate::model::Date::new(u32::from(y), u32::from(m), 1).and_then(|d| d.add_days(-1))
        else {
            return;
        };
        let dir = self.dirs.root.join("reports").join(format!("{py:04}-{pm:02}"));
        if dir.exists() {
            return;
        }
        let part = dir.with_extension("part");
        let _ = std::fs::remove_dir_all(&part);
        let (from, to) = (first.to_string(), last.to_string());
        let made =
            crate::client_report::write(&self.engine, &self.ledger, &[], (Some(&from), Some(&to)), &part)
                .and_then(|w| {
                    std::fs::rename(&part, &dir)?;
                    Ok(w)
                });
        match made {
            Ok(w) => tracing::info!(
                "reports for {py:04}-{pm:02}: {} clients → {}",
                w.len(),
                dir.display()
            ),
            Err(e) => {
                let _ = std::fs::remove_dir_all(&part);
                tracing::warn!("the reports for {py:04}-{pm:02} could not be written: {e}");
            }
        }
    }

    /// Replays the moves of a decided job, each skipped when already done, then removes it.
    fn finish(&self, job: &Path, d: &Decision) -> anyhow::Result<()> {
        if let Some((built, final_out)) = &d.out {
            move_into(&job.join("out").join(built), &self.dirs.out, final_out)?;
            self.step("packets moved");
        }
        if !d.processed {
            let report = format!("{}.report.txt", d.dest);
            move_into(&job.join("report.txt"), &self.dirs.failed, &report)?;
            self.step("report moved");
        }
        let dir = if d.processed {
            &self.dirs.processed
        } else {
            &self.dirs.failed
        };
        move_into(&job.join("input").join(&d.input), dir, &d.dest)?;
        self.step("input moved");
        std::fs::remove_dir_all(job).with_context(|| format!("failed to remove {}", job.display()))?;
        self.step("job removed");
        Ok(())
    }
}

/// `clients-nov.xlsx: 3 packets, 17 PDFs, 2 warnings → out/clients-nov/`.
fn success_line(name: &str, o: &WorkbookOutcome, out: &str) -> String {
    let mut counts = vec![plural(o.packets, "packet"), plural(o.pdfs, "PDF")];
    if o.outcomes > 0 {
        counts.push(plural(o.outcomes, "outcome"));
    }
    if o.errors > 0 {
        counts.push(plural(o.errors, "error"));
    }
    counts.push(plural(o.warnings, "warning"));
    let mut line = format!("{name}: {} → out/{out}/", counts.join(", "));
    if !o.failed_clients.is_empty() {
        line.push_str(&format!(
            " (no packet for {}; see out/{out}/report.txt)",
            o.failed_clients.join(", ")
        ));
    }
    line
}

fn plural(n: usize, what: &str) -> String {
    format!("{n} {what}{}", if n == 1 { "" } else { "s" })
}

fn read_decision(job: &Path) -> Option<Decision> {
    let bytes = std::fs::read(job.join("decision")).ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// The one entry of a folder, if any.
fn single_entry(dir: &Path) -> anyhow::Result<Option<PathBuf>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e).with_context(|| format!("failed to read {}", dir.display())),
    };
    Ok(entries.flatten().map(|e| e.path()).next())
}

/// A new job's folder name: sorts in the order jobs were taken.
fn job_id() -> String {
    static SEQ: AtomicUsize = AtomicUsize::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    format!(
        "{nanos:020}-{}-{}",
        std::process::id(),
        SEQ.fetch_add(1, Ordering::SeqCst)
    )
}

/// Whether a build found evidence files missing (as it is when a workbook is dropped without
/// the folder beside it).
fn misses_evidence(outcome: &WorkbookOutcome) -> bool {
    outcome
        .diagnostics
        .iter()
        .any(|d| d.is_error() && d.message.starts_with("evidence file ") && d.message.contains(" not found"))
}
