//! Untrusted workbooks read in a child process with limits on memory, processor time, wall
//! time and output, so that a damaged or hostile file costs one message, never the machine.
//!
//! The child is this same program started as `takedown __read FILE MEMORY_MIB CPU_SECONDS
//! PARENT_PID` (see [`serve`]): it reads
//! the workbook with [`super::read_workbook`] and writes the [`Workbook`] (or the reason it
//! could not be read) to its standard output in a compact binary form (postcard). Modelling
//! stays in the parent, which has the config's fonts and the issue date.
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

/// The first bytes of every reply: tells a reply of this version from anything else.
const MAGIC: &[u8; 8] = b"TKDREAD1";

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
    /// The most a reading process may send back (the workbook's cells, encoded), in MiB.
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

/// What the child sends back.
#[derive(Serialize, Deserialize)]
enum Reply {
    Read(Box<Workbook>),
    /// The file could not be used; the message as [`Error`] renders it.
    Unusable(String),
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

/// The child's side: bounds itself, reads `path` and writes the reply to standard output.
/// Returns the exit status (0 when the reply was written, whatever it says; 3 when it could
/// not bound itself or write).
pub fn serve(path: &Path, bounds: Bounds) -> u8 {
    use std::io::Write;

    #[cfg(unix)]
    if child::bound(bounds).is_err() {
        return 3;
    }
    #[cfg(not(unix))]
    let _ = bounds;

    let reply = match super::read_workbook(path) {
        Ok(workbook) => Reply::Read(Box::new(workbook)),
        Err(err) => Reply::Unusable(err.to_string()),
    };
    // Measured first, then encoded straight into the pipe: no copy of the whole reply.
    let Ok(length) = postcard::experimental::serialized_size(&reply) else {
        return 3;
    };
    let mut out = std::io::BufWriter::with_capacity(1 << 20, std::io::stdout().lock());
    let written = out
        .write_all(MAGIC)
        .and_then(|()| out.write_all(&(length as u64).to_le_bytes()))
        .and_then(|()| {
            postcard::to_io(&reply, &mut out)
                .map(|_| ())
                .map_err(std::io::Error::other)
        })
        .and_then(|()| out.flush());
    u8::from(written.is_err()) * 3
}

/// What the parent read from the child.
enum Received {
    Reply(Reply),
    /// The reply declared more than the output limit.
    Over,
    /// Not a whole reply: cut short, followed by more, or not one at all.
    Broken,
}

/// Reads a reply from `input` as it arrives (the child is still encoding its end while the
/// start is decoded): the header, then exactly the body it declares, at most `cap` bytes.
fn receive(input: impl std::io::Read, cap: u64) -> Received {
    use std::io::{BufRead, Read};

    let mut input = std::io::BufReader::with_capacity(1 << 20, input);
    let mut head = [0u8; HEADER];
    if input.read_exact(&mut head).is_err() {
        return Received::Broken;
    }
    let Some(declared) = header(&head) else {
        return Received::Broken;
    };
    if declared > cap {
        return Received::Over;
    }
    let Ok(length) = usize::try_from(declared) else {
        return Received::Over;
    };
    // Room for the longest text of the reply; never more than the reply, and only what is
    // used of it is touched.
    let mut scratch = vec![0u8; length];
    let body = input.take(declared);
    match postcard::from_io::<Reply, _>((body, &mut scratch)) {
        // The whole body was read, and nothing follows it.
        Ok((reply, (rest, _))) if rest.limit() == 0 => match rest.into_inner().fill_buf() {
            Ok([]) => Received::Reply(reply),
            _ => Received::Broken,
        },
        _ => Received::Broken,
    }
}

/// The length a reply's header declares.
fn header(head: &[u8; HEADER]) -> Option<u64> {
    let length = head.strip_prefix(MAGIC.as_slice())?;
    Some(u64::from_le_bytes(length.try_into().ok()?))
}

/// The bytes of a reply's header: the magic and the length.
const HEADER: usize = MAGIC.len() + 8;

#[cfg(unix)]
mod child {
    //! Starting, bounding and judging the child (Unix).

    use std::io::Read;
    use std::os::unix::process::{CommandExt, ExitStatusExt};
    use std::path::Path;
    use std::process::{Command, ExitStatus, Stdio};
    use std::sync::mpsc;
    use std::time::{Duration, Instant};

    use super::{receive, Bounds, Limits, Received, Reply, Stop, MIB, SUBCOMMAND};
    use crate::ingest::{Error, Workbook};

    /// The most of the child's standard error kept (to tell an allocation failure).
    const STDERR_BYTES: u64 = 64 * 1024;

    pub(super) fn read(program: &Path, path: &Path, limits: &Limits) -> Result<Workbook, Error> {
        let started = Instant::now();
        let stopped = |reason: Stop| Error::Stopped {
            path: path.to_owned(),
            reason,
        };
        let cpu = limits.cpu_seconds.max(1);
        let bounds = Bounds {
            memory_mib: limits.memory_mib,
            cpu_seconds: cpu,
            parent: std::process::id(),
        };
        let mut command = Command::new(program);
        command
            .arg(SUBCOMMAND)
            .arg(path)
            .args(bounds.args())
            // A backtrace of a dying reader is slow to write and never shown.
            .env_remove("RUST_BACKTRACE")
            .env_remove("RUST_LIB_BACKTRACE")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            // Its own process group: a Ctrl-C meant for the parent does not kill the reader.
            .process_group(0);
        let mut child = command.spawn().map_err(|source| Error::Io {
            path: path.to_owned(),
            source,
        })?;
        let pid = child.id() as libc::pid_t;

        // Wall-time guard: kills the child if it has not ended in time.
        // Twice its processor time, and 5 s more: on a busy machine a reader gets less than
        // a whole core, and it should be stopped by its processor time, not the clock.
        let wall = cpu.saturating_mul(2).saturating_add(5);
        let (cancel, cancelled) = mpsc::channel::<()>();
        let guard = std::thread::spawn(move || {
            let fired = cancelled.recv_timeout(Duration::from_secs(wall)).is_err();
            if fired {
                // SAFETY: the child is not reaped before this thread is joined, so the pid is
                // still the child's.
                unsafe { libc::kill(pid, libc::SIGKILL) };
            }
            fired
        });
        let stderr = child.stderr.take().map(|pipe| {
            std::thread::spawn(move || {
                let mut text = Vec::new();
                let _ = pipe.take(STDERR_BYTES).read_to_end(&mut text);
                String::from_utf8_lossy(&text).into_owned()
            })
        });
        let cap = limits.output_mib.saturating_mul(MIB);
        let mut received = Received::Broken;
        if let Some(stdout) = child.stdout.take() {
            grow_pipe(&stdout);
            // The header says how long the reply is: a reply over the limit is refused before
            // its body is read, and the body is decoded as it arrives.
            received = receive(stdout, cap);
            if !matches!(received, Received::Reply(_)) {
                // SAFETY: not reaped yet (see above).
                unsafe { libc::kill(pid, libc::SIGKILL) };
            }
        }
        let over = matches!(received, Received::Over);
        let ended = wait_unreaped(pid);
        let _ = cancel.send(());
        let timed_out = guard.join().unwrap_or(false);
        let (status, cpu_used, peak_kib) = reap(pid);
        let stderr = stderr.and_then(|t| t.join().ok()).unwrap_or_default();
        let reply = match (status.and_then(|s| s.code()), received) {
            (Some(0), Received::Reply(reply)) => Some(reply),
            _ => None,
        };
        tracing::debug!(
            "{}: read in a child process and decoded as it came: {} ms, {} ms of the child's processor time, its peak memory {} MiB",
            path.display(),
            started.elapsed().as_millis(),
            cpu_used.as_millis(),
            peak_kib / 1024,
        );
        if let Some(first) = stderr.lines().find(|l| !l.trim().is_empty()) {
            tracing::debug!("{}: the reading process said: {first}", path.display());
        }
        drop(child);
        if !ended {
            return Err(stopped(Stop::Crashed("it could not be waited for".to_owned())));
        }
        if over {
            return Err(stopped(Stop::Output(limits.output_mib)));
        }
        if let Some(reply) = reply {
            return match reply {
                Reply::Read(workbook) => Ok(*workbook),
                Reply::Unusable(message) => Err(Error::Reported {
                    path: path.to_owned(),
                    message,
                }),
            };
        }
        if timed_out {
            return Err(stopped(Stop::WallTime(wall)));
        }
        Err(stopped(judge(status, &stderr, cpu_used, limits)))
    }

    /// A 1 MiB pipe instead of 64 KiB: a reply of many MiB crosses in fewer rounds.
    #[cfg(target_os = "linux")]
    fn grow_pipe(pipe: &std::process::ChildStdout) {
        use std::os::fd::AsRawFd;
        // SAFETY: an fcntl on a pipe this process owns; failure leaves the pipe as it was.
        unsafe { libc::fcntl(pipe.as_raw_fd(), libc::F_SETPIPE_SZ, 1 << 20) };
    }

    #[cfg(not(target_os = "linux"))]
    fn grow_pipe(_pipe: &std::process::ChildStdout) {}

    /// Why a child that sent no reply stopped.
    fn judge(status: Option<ExitStatus>, stderr: &str, cpu_used: Duration, limits: &Limits) -> Stop {
        let signal = status.and_then(|s| s.signal());
        let out_of_memory = ["memory allocation of", "out of memory", "unable to allocate"]
            .iter()
            .any(|needle| stderr.contains(needle));
        if out_of_memory {
            return Stop::Memory(limits.memory_mib);
        }
        let cpu_spent = cpu_used.as_secs() >= limits.cpu_seconds.max(1);
        if signal == Some(libc::SIGXCPU) || (signal == Some(libc::SIGKILL) && cpu_spent) {
            return Stop::Cpu(limits.cpu_seconds.max(1));
        }
        Stop::Crashed(match (signal, status.and_then(|s| s.code())) {
            (Some(signal), _) => format!("signal {signal}{}", signal_name(signal)),
            (None, Some(0)) => "it sent back no workbook".to_owned(),
            (None, Some(code)) => format!("exit status {code}"),
            (None, None) => "it ended without a status".to_owned(),
        })
    }

    fn signal_name(signal: i32) -> &'static str {
        match signal {
            libc::SIGABRT => ", SIGABRT",
            libc::SIGSEGV => ", SIGSEGV",
            libc::SIGBUS => ", SIGBUS",
            libc::SIGILL => ", SIGILL",
            libc::SIGFPE => ", SIGFPE",
            libc::SIGKILL => ", SIGKILL",
            _ => "",
        }
    }

    /// The child's first act: the limits on itself, and (Linux) death with its parent, so a
    /// watcher killed mid-read leaves no reader behind (one blocked on a pipe would wait
    /// forever).
    pub(super) fn bound(bounds: Bounds) -> std::io::Result<()> {
        #[cfg(target_os = "linux")]
        {
            // SAFETY: plain system calls.
            unsafe { libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL) };
            // No transparent huge pages: the reader lives a moment and touches its memory
            // once, and the allocator's huge pages had the kernel zero 2 MiB for every first
            // touch, half of the reader's processor time.
            unsafe { libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0) };
            // The parent may have died before the signal was asked for.
            if unsafe { libc::getppid() } as u32 != bounds.parent {
                return Err(std::io::Error::other("the parent is gone"));
            }
        }
        let memory = bounds.memory_mib.saturating_mul(MIB);
        let cpu = bounds.cpu_seconds.max(1);
        set_limit(libc::RLIMIT_AS, memory, memory)?;
        set_limit(libc::RLIMIT_CPU, cpu, cpu + 1)
    }

    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    type Resource = libc::__rlimit_resource_t;
    #[cfg(not(all(target_os = "linux", target_env = "gnu")))]
    type Resource = libc::c_int;

    fn set_limit(resource: Resource, soft: u64, hard: u64) -> std::io::Result<()> {
        let limit = libc::rlimit {
            rlim_cur: soft as libc::rlim_t,
            rlim_max: hard as libc::rlim_t,
        };
        // SAFETY: a plain system call on a valid struct.
        if unsafe { libc::setrlimit(resource, &limit) } == 0 {
            Ok(())
        } else {
            Err(std::io::Error::last_os_error())
        }
    }

    /// Waits until the child has ended, without reaping it (its pid stays reserved).
    fn wait_unreaped(pid: libc::pid_t) -> bool {
        loop {
            // SAFETY: `info` is a valid out-parameter; WNOWAIT leaves the child waitable.
            let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
            let rc = unsafe {
                libc::waitid(
                    libc::P_PID,
                    pid as libc::id_t,
                    &mut info,
                    libc::WEXITED | libc::WNOWAIT,
                )
            };
            if rc == 0 {
                return true;
            }
            if std::io::Error::last_os_error().kind() != std::io::ErrorKind::Interrupted {
                return false;
            }
        }
    }

    /// Reaps the child: its exit status, processor time and peak resident memory (KiB).
    fn reap(pid: libc::pid_t) -> (Option<ExitStatus>, Duration, u64) {
        let mut status = 0;
        // SAFETY: `usage` is a valid out-parameter.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        let rc = loop {
            let rc = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
            if rc >= 0 || std::io::Error::last_os_error().kind() != std::io::ErrorKind::Interrupted {
                break rc;
            }
        };
        if rc != pid {
            return (None, Duration::ZERO, 0);
        }
        let time = |t: libc::timeval| {
            Duration::from_secs(t.tv_sec.max(0) as u64) + Duration::from_micros(t.tv_usec.max(0) as u64)
        };
        (
            Some(ExitStatus::from_raw(status)),
            time(usage.ru_utime) + time(usage.ru_stime),
            usage.ru_maxrss.max(0) as u64,
        )
    }
}

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

    #[test]
    fn a_reply_survives_the_trip_and_anything_else_is_refused() {
        let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/sample.xlsx");
        let workbook = super::super::read_workbook(&sample).expect("the sample reads");
        let body = postcard::to_stdvec(&Reply::Read(Box::new(workbook.clone()))).expect("encodes");
        let mut bytes = MAGIC.to_vec();
        bytes.extend((body.len() as u64).to_le_bytes());
        bytes.extend(body);
        match receive(&bytes[..], 1 << 30) {
            Received::Reply(Reply::Read(back)) => assert_eq!(*back, workbook),
            _ => panic!("the reply did not decode"),
        }
        // Cut short, followed by more, over the limit, not a reply at all.
        assert!(matches!(
            receive(&bytes[..bytes.len() / 2], 1 << 30),
            Received::Broken
        ));
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(matches!(receive(&longer[..], 1 << 30), Received::Broken));
        assert!(matches!(receive(&bytes[..], 1000), Received::Over));
        assert!(matches!(
            receive(&b"memory allocation of 2199023124480 bytes failed"[..], 1 << 30),
            Received::Broken
        ));
    }
}
