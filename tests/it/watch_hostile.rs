//! `takedown watch` against hostile files and signals, through the real binary: damaged and
//! hostile workbooks go to `failed/` with their reports while the same watcher goes on to
//! build the next one, and SIGTERM ends it cleanly, during a build too.

#![cfg(unix)]

use crate::{run, support};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use run::wait_for;
use support::files::{self, names};

/// Copies `from` into the inbox as `name` in one rename, so the watcher never sees half a file.
fn drop_in(dir: &Path, from: &Path, name: &str) {
    let hidden = dir.join("inbox").join(format!(".{name}.part"));
    std::fs::copy(from, &hidden).expect("copy");
    std::fs::rename(&hidden, dir.join("inbox").join(name)).expect("rename");
}

/// Drops the sample workbook with the evidence files it names, as one folder `sample/`.
fn drop_sample_folder(dir: &Path) {
    let hidden = dir.join("inbox").join(".sample.part");
    files::copy_sample(&hidden);
    std::fs::rename(&hidden, dir.join("inbox").join("sample")).expect("rename");
}

/// A watcher running in the background, its log in `log`; killed when dropped.
struct Running {
    child: Child,
    log: PathBuf,
}

impl Running {
    fn start(dir: &Path) -> Running {
        std::fs::create_dir_all(dir.join("inbox")).expect("inbox");
        let log = dir.with_extension("log");
        let child = Command::new(env!("CARGO_BIN_EXE_takedown"))
            .env_remove("TAKEDOWN_CRASH_AFTER")
            .arg("watch")
            .arg(dir)
            .args(["--poll", "--settle-ms", "100", "--date", "2026-11-28"])
            .stderr(std::fs::File::create(&log).expect("log"))
            .stdout(Stdio::null())
            .spawn()
            .expect("starts");
        Running { child, log }
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    fn running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// Sends SIGTERM and waits (at most a minute) for the watcher to end.
    fn terminate(&mut self) -> ExitStatus {
        let pid = libc::pid_t::try_from(self.child.id()).expect("pid");
        // SAFETY: signalling our own child.
        unsafe { libc::kill(pid, libc::SIGTERM) };
        let start = Instant::now();
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status;
            }
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "the watcher did not stop\n{}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_file(&self.log);
    }
}

#[test]
fn hostile_files_go_to_failed_and_the_same_watcher_builds_the_next_workbook() {
    let root = tempfile::tempdir().expect("temp dir");
    let dir = root.path().join("drop");
    let mut watcher = Running::start(&dir);
    wait_for("the lock", Duration::from_secs(30), || {
        dir.join(".takedown-watch.lock").exists()
    });
    drop_in(
        &dir,
        &files::root().join("fixtures/corpus/calamine/issue_594_dos.ods"),
        "issue_594_dos.ods",
    );
    drop_in(
        &dir,
        &files::root().join("fixtures/corpus/calamine/OOM_alloc3.xls"),
        "OOM_alloc3.xls",
    );
    drop_in(
        &dir,
        &files::root().join("fixtures/corpus/hostile/repeated_cells.ods"),
        "repeated_cells.ods",
    );
    wait_for("three failed inputs", Duration::from_secs(60), || {
        names(&dir.join("failed")).len() == 6
    });
    drop_sample_folder(&dir);
    wait_for("the sample's packets", Duration::from_secs(120), || {
        names(&dir.join("processed")) == ["sample"]
    });

    assert_eq!(
        names(&dir.join("failed")),
        [
            "OOM_alloc3.xls",
            "OOM_alloc3.xls.report.txt",
            "issue_594_dos.ods",
            "issue_594_dos.ods.report.txt",
            "repeated_cells.ods",
            "repeated_cells.ods.report.txt",
        ]
    );
    let report = std::fs::read_to_string(dir.join("failed/repeated_cells.ods.report.txt")).expect("report");
    assert!(
        report.contains("error: repeated_cells.ods: reading stopped: it needs more than 2 GiB of memory, so it is damaged or hostile; open it in Excel or LibreOffice and save it again\n"),
        "{report}"
    );
    let report = std::fs::read_to_string(dir.join("failed/issue_594_dos.ods.report.txt")).expect("report");
    assert!(
        report.contains("error: issue_594_dos.ods: the workbook is damaged (Cell limit exceeded"),
        "{report}"
    );
    let packets = names(&dir.join("out/sample"));
    assert_eq!(packets.len(), 6, "{packets:?}");
    assert!(packets.contains(&"deadlines.ics".to_owned()), "{packets:?}");
    assert!(packets.contains(&"manifest.json".to_owned()), "{packets:?}");
    assert!(
        watcher.running(),
        "the watcher is still running\n{}",
        watcher.log()
    );
    let log = watcher.log();
    assert!(
        log.contains("repeated_cells.ods: failed: reading stopped: it needs more than 2 GiB of memory"),
        "{log}"
    );
    for bad in ["panicked", "memory allocation of", "stack backtrace"] {
        assert!(!log.contains(bad), "{bad}\n{log}");
    }

    let status = watcher.terminate();
    assert_eq!(status.code(), Some(0), "{}", watcher.log());
    assert!(!dir.join(".takedown-watch.lock").exists());
}

#[test]
fn sigterm_during_a_build_finishes_the_job_and_releases_the_lock() {
    let root = tempfile::tempdir().expect("temp dir");
    let dir = root.path().join("drop");
    let mut watcher = Running::start(&dir);
    wait_for("the lock", Duration::from_secs(30), || {
        dir.join(".takedown-watch.lock").exists()
    });
    drop_sample_folder(&dir);
    // The job folder holds the input while it is built.
    wait_for("the build to start", Duration::from_secs(30), || {
        std::fs::read_dir(dir.join(".work"))
            .map(|entries| entries.flatten().any(|e| e.path().join("input").exists()))
            .unwrap_or(false)
    });
    let status = watcher.terminate();
    assert_eq!(status.code(), Some(0), "{}", watcher.log());

    let places: Vec<&str> = ["inbox", "processed", "failed"]
        .into_iter()
        .filter(|folder| dir.join(folder).join("sample").exists())
        .collect();
    assert_eq!(places.len(), 1, "the input is in exactly one place: {places:?}");
    assert_eq!(names(&dir.join(".work")), Vec::<String>::new());
    assert!(!dir.join(".takedown-watch.lock").exists());
    assert!(
        watcher.log().ends_with("stopped: no job is left half done\n"),
        "{}",
        watcher.log()
    );
}
