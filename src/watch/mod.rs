//! `takedown watch DIR`: a drop folder. Workbooks dropped into `DIR/inbox` are built into
//! `DIR/out/<stem>/`; the input then moves to `DIR/processed/`, or to `DIR/failed/` with a
//! `<name>.report.txt` beside it. Input is never deleted or overwritten.
//!
//! # Folders
//! ```text
//! DIR/inbox/       workbooks (files) and CSV sets (folders of CSV files) are dropped here
//! DIR/out/         <stem>[-N]/ per workbook, each complete (it arrives by one rename)
//! DIR/processed/   inputs that gave at least one packet
//! DIR/failed/      inputs that gave none, each with <name>.report.txt
//! DIR/.work/       the working area: one folder per job, see below
//! DIR/.takedown-watch.lock   the pid of the watcher; a second watcher refuses to start
//! ```
//! An entry of the inbox is taken once its size and modification time have not changed for the
//! settle interval (or it was last modified longer ago than that), unless it is an Office lock
//! or temp file (`~$*`, `.~lock.*#`, `*.tmp`, hidden files) or a lock file says that it is
//! open in Excel, WPS or LibreOffice. Native file events wake the watcher (the settle interval
//! is their debounce); `--poll` rescans instead, for network shares that send no events.
//! A workbook held back by a lock file is logged once (`waiting: name.xlsx is open in Excel
//! or LibreOffice (lock file ~$name.xlsx)`); a lock file older than `limits.stale_lock_hours`
//! (12 by default) is taken as left behind by a crash, with a warning, and the workbook is read.
//!
//! Each workbook is read in a bounded child process (see [`crate::ingest::read_workbook_isolated`]),
//! so a hostile file goes to `failed/` with its report and the watcher goes on. SIGTERM and
//! SIGINT let the current job finish (its input ends in `processed/` or `failed/`), release
//! the lock and exit 0.
//!
//! # Recovery protocol
//! Every change is a rename within `DIR` (atomic), or a write into the job's own folder
//! `DIR/.work/<job>/`, so the state of a job after a crash at any moment is one of:
//!
//! 1. `<job>/input/` empty: the claim did not happen; the job folder is removed (rolled back).
//! 2. `<job>/input/<name>` and no `<job>/decision`: taken, not decided. The build is run again
//!    from scratch (`<job>/out/` is removed first, with any half-written folder in it). The
//!    build writes into `<job>/out/`, never into `DIR/out/`, so no partial folder can reach
//!    `out/`. Each start of a build is counted in `<job>/attempts`; an input that was being
//!    built when the watcher died [`MAX_ATTEMPTS`] times is failed with a report instead of
//!    being built again, so a file that crashes the process cannot stop the watcher for good.
//! 3. `<job>/decision` present (written to a temporary name and renamed): the outcome and every
//!    final name are fixed in it. The moves are replayed in order, each skipped when its source
//!    is gone (it was done): the packets folder to `out/`, the report to `failed/`, the input
//!    to `processed/` or `failed/`; then the job folder is removed.
//!
//! So every input ends in exactly one of `processed/` or `failed/`, and `out/` only ever
//! receives complete folders.
//!
//! For tests, `TAKEDOWN_CRASH_AFTER=N` makes the process kill itself (SIGKILL) right after the
//! Nth step of the protocol (each durable change, and each document the build finishes).

mod inbox;
mod lock;

use std::collections::{HashMap, HashSet};
use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use anyhow::Context;
use serde::{Deserialize, Serialize};

use crate::build::{build_workbook, Engine, EngineOptions, WorkbookOutcome};
use inbox::Signature;
use lock::Lock;

/// Starts of a build that may be interrupted before an input is failed instead.
pub const MAX_ATTEMPTS: u32 = 3;

const LOCK_FILE: &str = ".takedown-watch.lock";
const WORK: &str = ".work";
/// How often the inbox is rescanned with nothing pending: `--poll`, and native events (in
/// case one was missed).
const POLL_IDLE: Duration = Duration::from_millis(500);
const NATIVE_IDLE: Duration = Duration::from_secs(5);
/// How often a wait looks whether a signal asked the watcher to stop.
const STOP_CHECK: Duration = Duration::from_millis(100);

/// How much the watcher says on standard error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verbosity {
    /// Nothing but the watcher's own errors.
    Quiet,
    /// One line (or a progress bar) per workbook.
    Normal,
    /// Also what is taken, recovered and skipped.
    Verbose,
}

/// How `takedown watch` runs.
#[derive(Clone)]
pub struct WatchOptions {
    /// The drop folder.
    pub dir: PathBuf,
    /// Rescan instead of waiting for native file events.
    pub poll: bool,
    /// Process what is in the inbox, then exit.
    pub once: bool,
    /// How long an entry must stay unchanged before it is taken.
    pub settle: Duration,
    /// How much to say.
    pub verbosity: Verbosity,
    /// Config, date and layout for the builds.
    pub engine: EngineOptions,
}

impl Default for WatchOptions {
    fn default() -> Self {
        WatchOptions {
            dir: PathBuf::from("."),
            poll: false,
            once: false,
            settle: Duration::from_secs(1),
            verbosity: Verbosity::Normal,
            engine: EngineOptions::default(),
        }
    }
}

/// Runs the drop folder. With `once`, returns 0 when every input was processed and 1 when some
/// went to `failed/` or lost packets; without, runs until SIGTERM or SIGINT, which let the
/// current job finish, release the lock and return 0.
pub fn entry(opts: &WatchOptions) -> anyhow::Result<u8> {
    let dirs = Dirs::create(&opts.dir)?;
    let _lock = Lock::acquire(&opts.dir)?;
    let engine = Engine::load(&opts.engine).context("failed to load the config")?;
    let stop = Arc::new(AtomicBool::new(false));
    #[cfg(unix)]
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGINT] {
        signal_hook::flag::register(signal, Arc::clone(&stop))
            .with_context(|| format!("failed to handle signal {signal}"))?;
    }
    let mut watcher = Watcher {
        stop,
        dirs,
        engine,
        opts: opts.clone(),
        crash_after: std::env::var("TAKEDOWN_CRASH_AFTER")
            .ok()
            .and_then(|n| n.trim().parse().ok()),
        steps: AtomicUsize::new(0),
        failures: 0,
    };
    watcher.recover();
    watcher.run()?;
    if watcher.stopping() {
        tracing::info!("stopped: no job is left half done");
        return Ok(0);
    }
    Ok(u8::from(watcher.failures > 0))
}

/// The folders of a drop folder.
struct Dirs {
    inbox: PathBuf,
    out: PathBuf,
    processed: PathBuf,
    failed: PathBuf,
    work: PathBuf,
}

impl Dirs {
    fn create(dir: &Path) -> anyhow::Result<Dirs> {
        // Absolute: the build runs with the input's folder as the current folder.
        let dir = std::path::absolute(dir).with_context(|| format!("failed to find {}", dir.display()))?;
        let dirs = Dirs {
            inbox: dir.join("inbox"),
            out: dir.join("out"),
            processed: dir.join("processed"),
            failed: dir.join("failed"),
            work: dir.join(WORK),
        };
        for d in [&dirs.inbox, &dirs.out, &dirs.processed, &dirs.failed, &dirs.work] {
            std::fs::create_dir_all(d).with_context(|| format!("failed to create {}", d.display()))?;
        }
        Ok(dirs)
    }
}

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

struct Pending {
    signature: Signature,
    since: Instant,
}

struct Watcher {
    /// Set by SIGTERM or SIGINT: finish the current job, then stop.
    stop: Arc<AtomicBool>,
    dirs: Dirs,
    engine: Engine,
    opts: WatchOptions,
    crash_after: Option<usize>,
    steps: AtomicUsize,
    failures: usize,
}

impl Watcher {
    /// Finishes or rolls back every job left in the working area by an earlier run.
    fn recover(&mut self) {
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
        }
    }

    /// The scan loop: takes each inbox entry once it has settled.
    fn run(&mut self) -> anyhow::Result<()> {
        let mut pending: HashMap<OsString, Pending> = HashMap::new();
        let mut refused: HashMap<OsString, Signature> = HashMap::new();
        let events = if self.opts.poll || self.opts.once {
            None
        } else {
            match native_events(&self.dirs.inbox) {
                Ok(events) => Some(events),
                Err(e) => {
                    tracing::warn!(
                        "native file events are not available ({e}); polling {} instead",
                        self.dirs.inbox.display()
                    );
                    None
                }
            }
        };
        let stale = Duration::from_secs(self.engine.config.config.limits.stale_lock_hours * 3600);
        // Workbooks held back by a lock file (each said once while it lasts), and stale locks
        // already warned about.
        let mut waiting: HashSet<String> = HashSet::new();
        let mut warned: HashSet<(String, String)> = HashSet::new();
        loop {
            if self.stopping() {
                return Ok(());
            }
            let now = Instant::now();
            let scan = inbox::scan(&self.dirs.inbox, stale)
                .with_context(|| format!("failed to read {}", self.dirs.inbox.display()))?;
            waiting.retain(|name| {
                scan.locked
                    .iter()
                    .any(|l| &l.name == name && l.stale_hours.is_none())
            });
            for locked in &scan.locked {
                match locked.stale_hours {
                    None => {
                        if waiting.insert(locked.name.clone()) {
                            tracing::info!(
                                "waiting: {} is open in Excel or LibreOffice (lock file {})",
                                locked.name,
                                locked.lock
                            );
                        }
                    }
                    Some(hours) => {
                        if warned.insert((locked.name.clone(), locked.lock.clone())) {
                            tracing::warn!(
                                "warning: {}: its lock file {} is {hours} hours old, so it is taken as left behind and the workbook is read",
                                locked.name,
                                locked.lock
                            );
                        }
                    }
                }
            }
            let seen = scan.entries;
            pending.retain(|name, _| seen.iter().any(|(n, _)| n == name));
            refused.retain(|name, sig| seen.iter().any(|(n, s)| n == name && s == sig));
            let mut ready = Vec::new();
            for (name, signature) in seen {
                if refused.contains_key(&name) {
                    continue;
                }
                let old_enough = SystemTime::now()
                    .duration_since(signature.modified)
                    .is_ok_and(|age| age >= self.opts.settle);
                match pending.get_mut(&name) {
                    Some(p) if p.signature == signature => {
                        if now.duration_since(p.since) >= self.opts.settle || old_enough {
                            ready.push((name, signature));
                        }
                    }
                    Some(p) => {
                        p.signature = signature;
                        p.since = now;
                    }
                    None if old_enough => ready.push((name, signature)),
                    None => {
                        pending.insert(
                            name,
                            Pending {
                                signature,
                                since: now,
                            },
                        );
                    }
                }
            }
            ready.sort_by(|a, b| a.0.cmp(&b.0));
            for (name, signature) in ready {
                if self.stopping() {
                    return Ok(());
                }
                pending.remove(&name);
                if !self.take(&name) {
                    refused.insert(name, signature);
                }
            }
            if self.opts.once && pending.is_empty() {
                return Ok(());
            }
            let next = pending
                .values()
                .map(|p| (p.since + self.opts.settle).saturating_duration_since(Instant::now()))
                .min();
            match &events {
                Some((_watcher, rx)) => {
                    let wait = next.unwrap_or(NATIVE_IDLE);
                    if self.wait_for_event(rx, wait) {
                        // Coalesce a burst of events into one rescan.
                        std::thread::sleep(Duration::from_millis(20));
                        while rx.try_recv().is_ok() {}
                    }
                }
                None => {
                    let wait = next.unwrap_or(POLL_IDLE).min(POLL_IDLE);
                    std::thread::sleep(wait.max(Duration::from_millis(10)));
                }
            }
        }
    }

    /// Whether SIGTERM or SIGINT asked the watcher to stop.
    fn stopping(&self) -> bool {
        self.stop.load(Ordering::SeqCst)
    }

    /// Waits up to `wait` for a file event, looking at the stop flag every so often; true
    /// when an event came.
    fn wait_for_event(&self, rx: &mpsc::Receiver<()>, wait: Duration) -> bool {
        let deadline = Instant::now() + wait;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() || self.stopping() {
                return false;
            }
            match rx.recv_timeout(left.min(STOP_CHECK)) {
                Ok(()) => return true,
                Err(mpsc::RecvTimeoutError::Timeout) => {}
                Err(mpsc::RecvTimeoutError::Disconnected) => {
                    std::thread::sleep(left.min(STOP_CHECK));
                }
            }
        }
    }

    /// Moves an inbox entry into a new job folder and runs the job; false when it could not be
    /// moved (it stays in the inbox and is tried again once it changes).
    fn take(&mut self, name: &OsString) -> bool {
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
        if built.exists() {
            std::fs::remove_dir_all(&built)
                .with_context(|| format!("failed to remove {}", built.display()))?;
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
            let outcome = self.build(&input, &built.join(&out_name));
            self.step("built");
            if outcome.packets > 0 && outcome.out_dir.is_some() {
                let final_out = free_name(&self.dirs.out, &out_name, &[""]);
                let dest = free_name(&self.dirs.processed, &name, &[""]);
                Decision {
                    processed: true,
                    line: success_line(&name, &outcome, &final_out),
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
            Ok(()) => build_workbook(&self.engine, Path::new(&name), out_dir, &progress),
            Err(_) => build_workbook(&self.engine, input, out_dir, &progress),
        };
        if let Some(home) = home {
            let _ = std::env::set_current_dir(home);
        }
        if let Some(bar) = bar {
            bar.finish_and_clear();
        }
        outcome
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

    /// Counts a step of the protocol; the test hook kills the process at the chosen one.
    fn step(&self, what: &str) {
        let n = self.steps.fetch_add(1, Ordering::SeqCst) + 1;
        if self.crash_after == Some(n) {
            let _ = std::io::stderr().write_all(format!("crash after step {n} ({what})\n").as_bytes());
            crash();
        }
    }
}

#[cfg(unix)]
fn crash() -> ! {
    // SAFETY: sending a signal to our own process.
    unsafe {
        libc::kill(libc::getpid(), libc::SIGKILL);
    }
    std::process::abort()
}

#[cfg(not(unix))]
fn crash() -> ! {
    std::process::abort()
}

/// `clients-nov.xlsx: 3 packets, 17 PDFs, 2 warnings → out/clients-nov/`.
fn success_line(name: &str, o: &WorkbookOutcome, out: &str) -> String {
    let mut counts = vec![plural(o.packets, "packet"), plural(o.pdfs, "PDF")];
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

/// Renames `from` to `dir/name`, or to a free `name-N` if something else took that name
/// meanwhile; a `from` that is gone was moved before (a replay after a crash).
fn move_into(from: &Path, dir: &Path, name: &str) -> anyhow::Result<PathBuf> {
    let mut to = dir.join(name);
    if std::fs::symlink_metadata(from).is_err() {
        return Ok(to);
    }
    if std::fs::symlink_metadata(&to).is_ok() {
        to = dir.join(free_name(dir, name, &[""]));
    }
    std::fs::rename(from, &to)
        .with_context(|| format!("failed to move {} to {}", from.display(), to.display()))?;
    Ok(to)
}

/// `name`, else `stem-2.ext`, `stem-3.ext`, …: the first for which `dir/<it><suffix>` is free
/// for every suffix given.
fn free_name(dir: &Path, name: &str, suffixes: &[&str]) -> String {
    let (stem, ext) = split_name(name);
    (1..)
        .map(|n| {
            if n == 1 {
                name.to_owned()
            } else {
                format!("{stem}-{n}{ext}")
            }
        })
        .find(|candidate| {
            suffixes
                .iter()
                .all(|s| std::fs::symlink_metadata(dir.join(format!("{candidate}{s}"))).is_err())
        })
        .unwrap_or_else(|| name.to_owned())
}

/// `clients.xlsx` → (`clients`, `.xlsx`); a folder or dotless name has no extension.
fn split_name(name: &str) -> (&str, &str) {
    match name.rfind('.') {
        Some(dot) if dot > 0 => name.split_at(dot),
        _ => (name, ""),
    }
}

fn stem(name: &str) -> String {
    split_name(name).0.to_owned()
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

fn write_synced(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let mut file =
        std::fs::File::create(path).with_context(|| format!("failed to write {}", path.display()))?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .with_context(|| format!("failed to write {}", path.display()))
}

type Events = (notify::RecommendedWatcher, mpsc::Receiver<()>);

/// Native events on the inbox (and inside CSV folders in it); each one only wakes the loop.
fn native_events(inbox: &Path) -> notify::Result<Events> {
    use notify::Watcher as _;
    let (tx, rx) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(move |_: notify::Result<notify::Event>| {
        let _ = tx.send(());
    })?;
    watcher.watch(inbox, notify::RecursiveMode::Recursive)?;
    Ok((watcher, rx))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colliding_names_get_a_number_before_the_extension() {
        let dir = tempfile::tempdir().expect("temp dir");
        let d = dir.path();
        assert_eq!(free_name(d, "a.xlsx", &[""]), "a.xlsx");
        std::fs::write(d.join("a.xlsx"), "").expect("write");
        std::fs::write(d.join("a-2.xlsx.report.txt"), "").expect("write");
        assert_eq!(free_name(d, "a.xlsx", &[""]), "a-2.xlsx");
        assert_eq!(free_name(d, "a.xlsx", &["", ".report.txt"]), "a-3.xlsx");
        std::fs::create_dir(d.join("csv-set")).expect("mkdir");
        assert_eq!(free_name(d, "csv-set", &[""]), "csv-set-2");
        assert_eq!(split_name(".x"), (".x", ""));
    }
}
