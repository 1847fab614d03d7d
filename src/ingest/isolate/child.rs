//! Starting, bounding and judging the child (Unix).

use std::io::Read;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::Path;
use std::process::{Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::wire::{receive, Received};
use super::{Bounds, Limits, Stop, MIB, SUBCOMMAND};
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
        // Each row is decoded as it arrives, while the child reads the next.
        received = receive(stdout, cap);
        if !matches!(received, Received::Read(..) | Received::Unusable(_)) {
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
        (Some(0), received @ (Received::Read(..) | Received::Unusable(_))) => Some(received),
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
    match reply {
        Some(Received::Read(gather, opened)) => return gather.finish(path, opened),
        Some(Received::Unusable(message)) => {
            return Err(Error::Reported {
                path: path.to_owned(),
                message,
            })
        }
        _ => {}
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
