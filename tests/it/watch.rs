//! `takedown watch` through the real binary: what is taken and when, where inputs and packets
//! end up, name collisions, the lock, and recovery after a kill at every step.

use crate::{run, support};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::Duration;

use run::wait_for;
use support::files::{fixture, names, pdfs};
use support::pdf::qpdf_check;

fn takedown() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_takedown"));
    cmd.env_remove("TAKEDOWN_CRASH_AFTER");
    cmd
}

/// A drop folder with the named fixtures in its inbox (`csv/utf8` arrives as the folder
/// `csvset`).
fn drop_folder(fixtures: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let inbox = dir.path().join("inbox");
    std::fs::create_dir(&inbox).expect("inbox");
    for (from, to) in fixtures {
        let src = fixture(from);
        if src.is_dir() {
            std::fs::create_dir(inbox.join(to)).expect("mkdir");
            for entry in std::fs::read_dir(&src).expect("read").flatten() {
                std::fs::copy(entry.path(), inbox.join(to).join(entry.file_name())).expect("copy");
            }
        } else {
            std::fs::copy(&src, inbox.join(to)).expect("copy");
        }
    }
    dir
}

/// `takedown watch DIR --once --settle-ms 0`, with `crash_after` set as the test hook.
fn once(dir: &Path, crash_after: Option<usize>) -> Output {
    let mut cmd = takedown();
    cmd.arg("watch").arg(dir).args(["--once", "--settle-ms", "0"]);
    if let Some(n) = crash_after {
        cmd.env("TAKEDOWN_CRASH_AFTER", n.to_string());
    }
    cmd.output().expect("runs")
}

/// The watcher's standard error without its first line, the warning that the sample firm
/// is the agent (the drop folders here have no takedown.yaml), which it must give.
fn stderr(output: &Output) -> String {
    let text = String::from_utf8_lossy(&output.stderr);
    match text.split_once('\n') {
        Some((first, rest)) if first.starts_with("warning: the agent is the sample firm") => rest.to_owned(),
        _ => text.into_owned(),
    }
}

/// A watcher running in the background; killed when dropped.
struct Running(Child);

impl Running {
    fn start(dir: &Path, args: &[&str]) -> Running {
        Running(
            takedown()
                .arg("watch")
                .arg(dir)
                .args(args)
                .stderr(Stdio::null())
                .spawn()
                .expect("starts"),
        )
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn once_builds_good_inputs_fails_bad_ones_with_a_report_and_exits() {
    let dir = drop_folder(&[
        ("good.xlsx", "good.xlsx"),
        ("good.ods", "good.ods"),
        ("bad/empty.xlsx", "empty.xlsx"),
        ("csv/utf8", "csvset"),
    ]);
    let d = dir.path();
    let output = once(d, None);
    assert!(
        String::from_utf8_lossy(&output.stderr).starts_with(
            "warning: the agent is the sample firm \"Guangzhou Lumen IP Law Firm\": every cover letter is marked as a draft"
        ),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        stderr(&output),
        "csvset: 2 packets, 8 PDFs, 7 warnings → out/csvset/\n\
         empty.xlsx: failed: the file is empty (0 bytes) → failed/empty.xlsx.report.txt\n\
         good.ods: 2 packets, 8 PDFs, 7 warnings → out/good/\n\
         good.xlsx: 2 packets, 8 PDFs, 7 warnings → out/good-2/\n"
    );
    assert_eq!(output.status.code(), Some(1), "something failed");
    assert_eq!(names(&d.join("inbox")), Vec::<String>::new());
    assert_eq!(names(&d.join("processed")), ["csvset", "good.ods", "good.xlsx"]);
    assert_eq!(names(&d.join("failed")), ["empty.xlsx", "empty.xlsx.report.txt"]);
    assert_eq!(
        std::fs::read_to_string(d.join("failed/empty.xlsx.report.txt")).expect("report"),
        "takedown build: empty.xlsx\n\nerror: empty.xlsx: the file is empty (0 bytes)\n"
    );
    assert_eq!(names(&d.join("out")), ["csvset", "good", "good-2"]);
    assert_eq!(
        std::fs::read(d.join("processed/good.xlsx")).expect("moved"),
        std::fs::read(fixture("good.xlsx")).expect("fixture"),
        "the input is moved unchanged"
    );
    assert_eq!(names(&d.join(".work")), Vec::<String>::new());
    assert!(!d.join(".takedown-watch.lock").exists(), "lock released");
    for pdf in pdfs(&d.join("out")) {
        qpdf_check(&pdf);
    }

    // Nothing left: exit 0, say nothing.
    let output = once(d, None);
    assert_eq!((stderr(&output).as_str(), output.status.code()), ("", Some(0)));
}

#[test]
fn lock_and_temp_files_and_workbooks_open_elsewhere_are_left_alone() {
    let dir = drop_folder(&[
        ("good.xlsx", "~$good.xlsx"),
        ("good.xlsx", ".~lock.good.xlsx#"),
        ("good.xlsx", "good.xlsx.tmp"),
        ("good.xlsx", ".hidden.xlsx"),
        // Open in LibreOffice, and in Excel (which names long files' locks `~$` + all but
        // the first two characters).
        ("good.xlsx", "held.xlsx"),
        ("good.xlsx", ".~lock.held.xlsx#"),
        ("good.xlsx", "clients-november.xlsx"),
        ("good.xlsx", "~$ients-november.xlsx"),
    ]);
    let d = dir.path();
    let before = names(&d.join("inbox"));
    let output = once(d, None);
    assert_eq!(
        (stderr(&output).as_str(), output.status.code()),
        (
            "waiting: clients-november.xlsx is open in Excel or LibreOffice (lock file ~$ients-november.xlsx)\n\
             waiting: held.xlsx is open in Excel or LibreOffice (lock file .~lock.held.xlsx#)\n",
            Some(0)
        )
    );
    assert_eq!(names(&d.join("inbox")), before);
    assert_eq!(names(&d.join("processed")), Vec::<String>::new());

    // Closed: the lock file goes, the workbook is taken.
    std::fs::remove_file(d.join("inbox/.~lock.held.xlsx#")).expect("remove");
    let output = once(d, None);
    assert_eq!(
        stderr(&output),
        "waiting: clients-november.xlsx is open in Excel or LibreOffice (lock file ~$ients-november.xlsx)\n\
         held.xlsx: 2 packets, 8 PDFs, 7 warnings → out/held/\n"
    );

    // A lock file not touched for more than 12 hours was left behind by a crash.
    let lock = std::fs::File::options()
        .write(true)
        .open(d.join("inbox/~$ients-november.xlsx"))
        .expect("open");
    let old = std::time::SystemTime::now() - Duration::from_secs(13 * 3600 + 60);
    lock.set_modified(old).expect("set the time");
    drop(lock);
    let output = once(d, None);
    assert_eq!(
        stderr(&output),
        "warning: clients-november.xlsx: its lock file ~$ients-november.xlsx is 13 hours old, so it is taken as left behind and the workbook is read\n\
         clients-november.xlsx: 2 packets, 8 PDFs, 7 warnings → out/clients-november/\n"
    );
}

#[test]
fn colliding_names_get_a_number_and_nothing_is_overwritten() {
    let dir = drop_folder(&[("good.xlsx", "good.xlsx"), ("bad/empty.xlsx", "empty.xlsx")]);
    let d = dir.path();
    for folder in ["processed", "failed", "out/good"] {
        std::fs::create_dir_all(d.join(folder)).expect("mkdir");
    }
    std::fs::write(d.join("processed/good.xlsx"), "earlier").expect("write");
    std::fs::write(d.join("out/good/report.txt"), "earlier").expect("write");
    std::fs::write(d.join("failed/empty.xlsx.report.txt"), "earlier").expect("write");
    let output = once(d, None);
    assert_eq!(
        stderr(&output),
        "empty.xlsx: failed: the file is empty (0 bytes) → failed/empty-2.xlsx.report.txt\n\
         good.xlsx: 2 packets, 8 PDFs, 7 warnings → out/good-2/\n"
    );
    assert_eq!(names(&d.join("processed")), ["good-2.xlsx", "good.xlsx"]);
    assert_eq!(
        names(&d.join("failed")),
        ["empty-2.xlsx", "empty-2.xlsx.report.txt", "empty.xlsx.report.txt"]
    );
    assert_eq!(names(&d.join("out")), ["good", "good-2"]);
    for earlier in [
        "processed/good.xlsx",
        "out/good/report.txt",
        "failed/empty.xlsx.report.txt",
    ] {
        assert_eq!(std::fs::read_to_string(d.join(earlier)).expect("kept"), "earlier");
    }
}

#[test]
fn a_workbook_written_slowly_is_taken_only_when_complete() {
    let bytes = std::fs::read(fixture("good.xlsx")).expect("fixture");
    for mode in [&["--settle-ms", "600"][..], &["--settle-ms", "600", "--poll"]] {
        let dir = drop_folder(&[]);
        let d = dir.path();
        let _watcher = Running::start(d, mode);
        wait_for("the lock", Duration::from_secs(10), || {
            d.join(".takedown-watch.lock").exists()
        });
        {
            use std::io::Write;
            let mut file = std::fs::File::create(d.join("inbox/slow.xlsx")).expect("create");
            for chunk in bytes.chunks(bytes.len() / 5 + 1) {
                file.write_all(chunk).expect("write");
                file.flush().expect("flush");
                std::thread::sleep(Duration::from_millis(200));
                assert!(
                    d.join("inbox/slow.xlsx").exists(),
                    "taken while written ({mode:?})"
                );
            }
        }
        wait_for("the workbook", Duration::from_secs(10), || {
            d.join("processed/slow.xlsx").exists()
        });
        assert_eq!(std::fs::read(d.join("processed/slow.xlsx")).expect("read"), bytes);
        assert_eq!(names(&d.join("failed")), Vec::<String>::new(), "{mode:?}");
        assert_eq!(
            names(&d.join("out/slow")),
            [
                "C001-acme-trading-co-ltd",
                "C002-globex-inc",
                "deadlines.ics",
                "manifest.json",
                "report.txt"
            ]
        );
    }
}

#[test]
fn a_second_watcher_refuses_and_a_stale_lock_is_taken_over() {
    let dir = drop_folder(&[]);
    let d = dir.path();
    let mut first = Running::start(d, &["--poll"]);
    let lock = d.join(".takedown-watch.lock");
    wait_for("the lock", Duration::from_secs(10), || {
        std::fs::read_to_string(&lock).is_ok_and(|s| s.ends_with('\n'))
    });
    let output = once(d, None);
    assert_eq!(
        stderr(&output),
        format!(
            "takedown: {} is already watched by process {} (lock file {}); stop that watcher first\n",
            d.display(),
            first.0.id(),
            lock.display()
        )
    );
    assert_eq!(output.status.code(), Some(2));

    // Killed: its lock stays behind, and the next watcher takes it over.
    first.0.kill().expect("kill");
    first.0.wait().expect("wait");
    assert!(lock.exists());
    std::fs::copy(fixture("good.xlsx"), d.join("inbox/good.xlsx")).expect("copy");
    let output = once(d, None);
    assert_eq!(
        (stderr(&output).as_str(), output.status.code()),
        ("good.xlsx: 2 packets, 8 PDFs, 7 warnings → out/good/\n", Some(0))
    );
    assert!(!lock.exists());
}

/// Kills the watcher at every step of processing three inputs (a good workbook, a CSV set and
/// an empty file), restarts it, and checks that nothing was lost or duplicated.
#[test]
fn a_kill_at_any_step_loses_nothing_and_leaves_only_complete_packets() {
    use std::os::unix::process::ExitStatusExt;

    let inputs = [
        ("good.xlsx", "good.xlsx"),
        ("csv/utf8", "csvset"),
        ("bad/empty.xlsx", "empty.xlsx"),
    ];
    // The ledger a run without a crash leaves: every kill then restart must converge to it
    // (the watcher records a batch once its packets are in place, in one transaction).
    let status = |d: &Path| {
        let out = takedown()
            .args(["status", "--format", "json", "--ledger"])
            .arg(format!("sqlite:{}", d.join("ledger.sqlite").display()))
            .output()
            .expect("runs");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        serde_json::from_slice::<serde_json::Value>(&out.stdout).expect("json")
    };
    let clean = drop_folder(&inputs);
    once(clean.path(), None);
    let clean = status(clean.path());
    assert_eq!(clean["batches"], 2);
    let mut crashed = 0;
    for n in 1.. {
        let dir = drop_folder(&inputs);
        let d = dir.path();
        let output = once(d, Some(n));
        if output.status.signal() != Some(9) {
            // Past the last step: the run went through.
            assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
            break;
        }
        crashed += 1;
        // Whatever out/ holds at the moment of the kill is complete.
        for pdf in pdfs(&d.join("out")) {
            qpdf_check(&pdf);
        }
        let output = once(d, None);
        // 1 while the failed input is still to be finished, 0 once it was.
        assert!(
            matches!(output.status.code(), Some(0 | 1)),
            "after step {n}: {}",
            stderr(&output)
        );
        assert_eq!(names(&d.join("inbox")), Vec::<String>::new(), "after step {n}");
        assert_eq!(names(&d.join(".work")), Vec::<String>::new(), "after step {n}");
        assert_eq!(
            names(&d.join("processed")),
            ["csvset", "good.xlsx"],
            "after step {n}"
        );
        assert_eq!(
            names(&d.join("failed")),
            ["empty.xlsx", "empty.xlsx.report.txt"],
            "after step {n}"
        );
        assert_eq!(names(&d.join("out")), ["csvset", "good"], "after step {n}");
        for folder in ["csvset", "good"] {
            assert_eq!(
                names(&d.join("out").join(folder)),
                [
                    "C001-acme-trading-co-ltd",
                    "C002-globex-inc",
                    "deadlines.ics",
                    "manifest.json",
                    "report.txt"
                ],
                "after step {n}"
            );
        }
        assert_eq!(
            std::fs::read(d.join("processed/good.xlsx")).expect("read"),
            std::fs::read(fixture("good.xlsx")).expect("fixture")
        );
        for pdf in pdfs(&d.join("out")) {
            qpdf_check(&pdf);
        }
        assert_eq!(status(d), clean, "the ledger after step {n}");
    }
    assert!(crashed >= 20, "only {crashed} steps");
}

#[test]
fn an_input_that_keeps_killing_the_watcher_is_set_aside() {
    let dir = drop_folder(&[("good.xlsx", "good.xlsx")]);
    let d = dir.path();
    // Step 2 is the claim in the first run, and the first finished document in each restart
    // (whose step 1 counts the attempt).
    for _ in 0..4 {
        let output = once(d, Some(2));
        assert!(!output.status.success());
    }
    let output = once(d, None);
    assert_eq!(
        stderr(&output),
        "good.xlsx: failed: the watcher stopped 3 times while building this input; it is set aside \
         so that it cannot stop the watcher again → failed/good.xlsx.report.txt\n"
    );
    assert_eq!(names(&d.join("failed")), ["good.xlsx", "good.xlsx.report.txt"]);
    assert_eq!(names(&d.join("out")), Vec::<String>::new());
}

/// An Outcomes workbook dropped alone is taken: its rows go into the folder's ledger, the
/// input to processed/, and its report says how many were recorded.
#[test]
fn an_outcomes_workbook_alone_is_recorded_and_processed() {
    let dir = drop_folder(&[("good.xlsx", "good.xlsx")]);
    let d = dir.path();
    assert_eq!(once(d, None).status.code(), Some(0));
    let ledger = format!("sqlite:{}", d.join("ledger.sqlite").display());
    let status = || {
        let out = takedown()
            .args(["status", "--format", "json", "--ledger", &ledger])
            .output()
            .expect("runs");
        serde_json::from_slice::<serde_json::Value>(&out.stdout).expect("json")
    };
    let url = status()["listings"][0]["url"]
        .as_str()
        .expect("a listing")
        .to_owned();
    let inbox = d.join("inbox/outcomes");
    std::fs::create_dir(&inbox).expect("mkdir");
    std::fs::write(
        inbox.join("outcomes.csv"),
        format!("url,case_no,filed_on,status,decided_on\n{url},IPP-9,2026-12-01,removed,2026-12-03\n"),
    )
    .expect("write");
    let output = once(d, None);
    assert_eq!(
        (stderr(&output).as_str(), output.status.code()),
        (
            "outcomes: 0 packets, 0 PDFs, 1 outcome, 0 warnings → out/outcomes/\n",
            Some(0)
        )
    );
    assert_eq!(names(&d.join("processed")), ["good.xlsx", "outcomes"]);
    assert_eq!(names(&d.join("failed")), Vec::<String>::new());
    let report = std::fs::read_to_string(d.join("out/outcomes/report.txt")).expect("report");
    assert!(
        report.contains("Packets written: 0\nOutcomes for the ledger: 1\n"),
        "{report}"
    );
    let s = status();
    let listing = s["listings"]
        .as_array()
        .and_then(|ls| ls.iter().find(|l| l["url"] == url.as_str()))
        .expect("the listing");
    assert_eq!(
        (listing["status"].as_str(), listing["case_no"].as_str()),
        (Some("removed"), Some("IPP-9"))
    );
}
