//! Untrusted workbooks read in a child process with limits on memory, processor time, wall
//! time and output, so that a damaged or hostile file costs one message, never the machine.
//!
//! The child is this same program started as `takedown __read FILE MEMORY_MIB CPU_SECONDS
//! PARENT_PID` (see [`serve`]): it reads the workbook and writes each row to its standard
//! output as it reads it, in a compact binary form (postcard, see [`wire`]); the parent
//! decodes the rows as they arrive and makes the [`Workbook`] from them, as a reading in this
//! process does. Modelling stays in the parent, which has the config's fonts and the issue
//! date.
//!
//! The child sets its own limits before it opens the file (`setrlimit`: `RLIMIT_AS` for
//! memory, `RLIMIT_CPU` for processor time; the parent passes them as arguments), so the
//! parent can start it with `posix_spawn` instead of `fork`: forking a parent that holds a
//! large workbook or a batch copied its page tables and made its next writes copy-on-write
//! faults, which was most of the cost of reading in a child. The parent kills the child when
//! it runs longer than twice its processor time and 5 s (a file that blocks, such as a named pipe),
//! reads at most the output limit from it and tells from how it ended why it stopped
//! ([`Stop`]).
//!
//! Only a program that registered itself with [`use_program`] (the `takedown` binary does, at
//! start) reads in a child: a library caller (a test harness, a benchmark) reads in-process
//! unless it names the program, and so do platforms without `setrlimit` (non-Unix).

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::{Error, Workbook};

/// The internal subcommand that starts the child.
pub const SUBCOMMAND: &str = "__read";

const MIB: u64 = 1024 * 1024;

/// Limits on reading one workbook (`limits:` in `takedown.yaml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Limits {
    /// Address space of the reading process, in MiB (`RLIMIT_AS`).
    pub memory_mib: u64,
    /// Processor time of the reading process, in seconds (`RLIMIT_CPU`); it is also stopped
    /// after twice this much wall time and 5 s more.
    pub cpu_seconds: u64,
    /// The most cell data a reading process may send back, in MiB: what it sends, and the
    /// memory its cells take once received.
    pub output_mib: u64,
    /// A watched workbook is held back while an Office lock file is beside it, unless the
    /// lock is older than this many hours (then it is taken as left behind by a crash).
    pub stale_lock_hours: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            memory_mib: 2048,
            cpu_seconds: 60,
            output_mib: 1024,
            stale_lock_hours: 12,
        }
    }
}

/// Why a child stopped reading a workbook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stop {
    /// It ran out of address space (the limit, in MiB).
    Memory(u64),
    /// It used up its processor time (seconds).
    Cpu(u64),
    /// It ran longer than this wall time (seconds) without finishing.
    WallTime(u64),
    /// It sent back more than this (MiB).
    Output(u64),
    /// It died otherwise: a signal or an exit status, as a person reads it.
    Crashed(String),
}

impl fmt::Display for Stop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Stop::Memory(mib) => write!(f, "it needs more than {} of memory", size(*mib)),
            Stop::Cpu(seconds) => write!(f, "it needs more than {seconds} s of processor time"),
            Stop::WallTime(seconds) => write!(f, "it took more than {seconds} s"),
            Stop::Output(mib) => write!(f, "it holds more than {} of cell data", size(*mib)),
            Stop::Crashed(how) => write!(f, "the reader crashed on it ({how})"),
        }
    }
}

/// `2048` → `2 GiB`, `1536` → `1.5 GiB`, `300` → `300 MiB`.
fn size(mib: u64) -> String {
    if mib >= 1024 {
        let gib = mib as f64 / 1024.0;
        if mib.is_multiple_of(1024) {
            format!("{} GiB", mib / 1024)
        } else {
            format!("{gib:.1} GiB")
        }
    } else {
        format!("{mib} MiB")
    }
}

static PROGRAM: OnceLock<PathBuf> = OnceLock::new();

/// Names the program that reads workbooks in a child (`program __read FILE`); the `takedown`
/// binary names itself. Only the first call counts.
pub fn use_program(program: PathBuf) {
    let _ = PROGRAM.set(program);
}

/// Reads a workbook like [`super::read_workbook`], in a child process bounded by `limits`
/// when a program was named with [`use_program`] and the platform can limit it; otherwise in
/// this process.
pub fn read_workbook_isolated(path: &Path, limits: &Limits) -> Result<Workbook, Error> {
    match PROGRAM.get() {
        Some(program) if cfg!(unix) => child::read(program, path, limits),
        _ => super::read_workbook(path),
    }
}

/// What the child is told by its parent: its limits, and the parent it must not outlive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bounds {
    pub memory_mib: u64,
    pub cpu_seconds: u64,
    pub parent: u32,
}

impl Bounds {
    /// The arguments after the path that carry these bounds.
    fn args(&self) -> [String; 3] {
        [
            self.memory_mib.to_string(),
            self.cpu_seconds.to_string(),
            self.parent.to_string(),
        ]
    }

    /// The bounds from the arguments after the path; `None` unless all three are numbers.
    pub fn parse(args: &[std::ffi::OsString]) -> Option<Bounds> {
        let number = |a: &std::ffi::OsString| a.to_str()?.parse::<u64>().ok();
        match args {
            [memory, cpu, parent] => Some(Bounds {
                memory_mib: number(memory)?,
                cpu_seconds: number(cpu)?,
                parent: u32::try_from(number(parent)?).ok()?,
            }),
            _ => None,
        }
    }
}

/// The child's side: bounds itself, reads `path` and streams what it reads to standard output
/// (see [`wire`]). Returns the exit status (0 when the stream was written, whatever it says;
/// 3 when it could not bound itself or write).
pub fn serve(path: &Path, bounds: Bounds) -> u8 {
    #[cfg(unix)]
    if child::bound(bounds).is_err() {
        return 3;
    }
    #[cfg(not(unix))]
    let _ = bounds;

    let out = std::io::BufWriter::with_capacity(1 << 20, std::io::stdout());
    // Encoding and writing on a second thread keeps them off the reading's path; without
    // one, the reading encodes as it goes.
    let written = match wire::Handoff::start(out) {
        Some(mut handoff) => {
            let outcome = super::read_into(path, &mut handoff).map_err(|err| err.to_string());
            handoff.end(outcome)
        }
        None => {
            let out = std::io::BufWriter::with_capacity(1 << 20, std::io::stdout());
            let mut encoder = wire::Encoder::new(out);
            let outcome = super::read_into(path, &mut encoder).map_err(|err| err.to_string());
            encoder.end(outcome)
        }
    };
    u8::from(written.is_err()) * 3
}

mod wire;

#[cfg(unix)]
mod child;

#[cfg(not(unix))]
mod child {
    use std::path::Path;

    use super::Limits;
    use crate::ingest::{Error, Workbook};

    pub(super) fn read(_program: &Path, path: &Path, _limits: &Limits) -> Result<Workbook, Error> {
        crate::ingest::read_workbook(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_reasons_read_as_a_person_says_them() {
        let path = PathBuf::from("budget.xls");
        let stopped = |reason| {
            Error::Stopped {
                path: path.clone(),
                reason,
            }
            .to_string()
        };
        assert_eq!(
            stopped(Stop::Memory(2048)),
            "budget.xls: reading stopped: it needs more than 2 GiB of memory, so it is damaged or hostile; open it in Excel or LibreOffice and save it again"
        );
        assert_eq!(
            stopped(Stop::Cpu(60)),
            "budget.xls: reading stopped: it needs more than 60 s of processor time, so it is damaged or hostile; open it in Excel or LibreOffice and save it again"
        );
        assert_eq!(
            stopped(Stop::Crashed("signal 11, SIGSEGV".to_owned())),
            "budget.xls: reading stopped: the reader crashed on it (signal 11, SIGSEGV), so it is damaged or hostile; open it in Excel or LibreOffice and save it again"
        );
        assert_eq!(size(1536), "1.5 GiB");
        assert_eq!(size(300), "300 MiB");
    }

    #[test]
    fn the_child_takes_its_bounds_from_three_numbers_or_not_at_all() {
        let args = |a: &[&str]| a.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(
            Bounds::parse(&args(&["2048", "60", "4242"])),
            Some(Bounds {
                memory_mib: 2048,
                cpu_seconds: 60,
                parent: 4242
            })
        );
        let bounds = Bounds {
            memory_mib: 512,
            cpu_seconds: 3,
            parent: 7,
        };
        assert_eq!(
            Bounds::parse(&args(&bounds.args().each_ref().map(String::as_str))),
            Some(bounds)
        );
        for wrong in [
            &[][..],
            &["2048", "60"],
            &["2048", "60", "1", "2"],
            &["2 GiB", "60", "1"],
            &["1", "1", "-1"],
        ] {
            assert_eq!(Bounds::parse(&args(wrong)), None, "{wrong:?}");
        }
    }
}
