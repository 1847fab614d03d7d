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

mod files;
mod inbox;
mod job;
mod lock;
mod scan_loop;
mod unzip;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;

use crate::build::{Engine, EngineOptions};
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

/// How long after its last change an input that cannot be read may still be a copy under
/// way: it goes back to the inbox and is read again when it changes, or unchanged once this
/// has passed (then it fails as it is).
const PATIENCE: Duration = Duration::from_secs(10);

/// An input put back into the inbox because it could not be read yet.
struct Deferral {
    since: std::time::Instant,
    /// Taken again after [`PATIENCE`]: it is not put back a second time.
    retried: bool,
}

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
    /// The ledger (`--ledger`); default: the config's, else `DIR/ledger.sqlite`.
    pub ledger: Option<String>,
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
            ledger: None,
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
    if let Some(warning) = engine.config.config.firm.sample_warning() {
        tracing::warn!("{warning}");
    }
    let place = crate::ledger::Location::choose(
        opts.ledger.as_deref(),
        &engine.config,
        crate::ledger::Location::Sqlite(std::path::absolute(&opts.dir)?.join("ledger.sqlite")),
    );
    let ledger = crate::ledger::Ledger::open(&place)?;
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
        ledger,
        opts: opts.clone(),
        crash_after: std::env::var("TAKEDOWN_CRASH_AFTER")
            .ok()
            .and_then(|n| n.trim().parse().ok()),
        steps: AtomicUsize::new(0),
        failures: 0,
        deferred: Default::default(),
        put_back: false,
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
    /// The drop folder itself.
    root: PathBuf,
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
            root: dir.clone(),
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

struct Watcher {
    /// Set by SIGTERM or SIGINT: finish the current job, then stop.
    stop: Arc<AtomicBool>,
    dirs: Dirs,
    engine: Engine,
    /// Every batch the watcher builds is recorded here.
    ledger: crate::ledger::Ledger,
    opts: WatchOptions,
    crash_after: Option<usize>,
    steps: AtomicUsize,
    failures: usize,
    /// Inputs put back into the inbox, by name.
    deferred: std::collections::HashMap<std::ffi::OsString, Deferral>,
    /// Set by the job that put its input back, read by `take`.
    put_back: bool,
}

impl Watcher {
    /// Whether SIGTERM or SIGINT asked the watcher to stop.
    fn stopping(&self) -> bool {
        self.stop.load(Ordering::SeqCst)
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
