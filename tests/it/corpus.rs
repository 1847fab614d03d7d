//! Every file of `fixtures/corpus/` (calamine's test files, real and hostile, and our own
//! hostile ones) through `takedown check` under the default limits: exit 0, 1 or 2, one
//! message naming the file, never a panic or an abort, and the reading process stopped by its
//! limit, not by the machine.

#![cfg(unix)]

use crate::support;
use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

use support::files::root;

fn corpus() -> PathBuf {
    root().join("fixtures/corpus")
}

/// Every file of the corpus, relative to it (`calamine/issue_594_dos.ods`), licences left out.
fn files() -> Vec<String> {
    let mut files = Vec::new();
    for folder in ["calamine", "hostile"] {
        for entry in std::fs::read_dir(corpus().join(folder))
            .expect("corpus folder")
            .flatten()
        {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !name.ends_with(".md") {
                files.push(format!("{folder}/{name}"));
            }
        }
    }
    files.sort();
    files
}

/// `takedown -v check FILE` in the corpus folder: (stdout, stderr, exit status).
fn check(file: &str) -> (String, String, Option<i32>) {
    let output = Command::new(env!("CARGO_BIN_EXE_takedown"))
        .args(["-v", "check", file])
        .current_dir(corpus())
        .env_remove("RUST_BACKTRACE")
        .output()
        .expect("runs");
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
        output.status.code(),
    )
}

/// The peak memory the parent logged for its reading process (`… peak memory 23 MiB`).
fn child_peak_mib(stderr: &str) -> Option<u64> {
    let line = stderr.lines().find(|l| l.contains("read in a child process"))?;
    let (_, rest) = line.split_once("peak memory ")?;
    rest.split_once(" MiB")?.0.parse().ok()
}

#[cfg(unix)]
fn peak_of_children_mib() -> u64 {
    // SAFETY: `usage` is a valid out-parameter.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) };
    usage.ru_maxrss.max(0) as u64 / 1024
}

#[test]
fn every_corpus_file_gets_one_answer_naming_it_and_nothing_takes_the_machine() {
    let started = Instant::now();
    let files = files();
    assert!(
        files.len() > 130,
        "the corpus is vendored ({} files)",
        files.len()
    );
    let mut stopped = Vec::new();
    let mut peaks = Vec::new();
    for file in &files {
        let (out, err, code) = check(file);
        assert!(
            matches!(code, Some(0..=2)),
            "{file}: exit status {code:?} (134 is an abort)\n{out}{err}"
        );
        // What the reading process said is logged (with -v) as such; nothing else leaks.
        let own: String = err
            .lines()
            .filter(|l| !l.contains("the reading process said"))
            .collect();
        for text in [&out, &own] {
            for bad in [
                "panicked",
                "stack backtrace",
                "memory allocation of",
                "RUST_BACKTRACE",
            ] {
                assert!(!text.contains(bad), "{file}: {bad}\n{text}");
            }
        }
        assert!(
            out.contains(&format!("{file}: ")),
            "{file}: no message names it\n{out}"
        );
        if code == Some(2) {
            assert_eq!(
                out.lines().count(),
                1,
                "{file}: one line for an unusable file\n{out}"
            );
            assert!(out.starts_with(&format!("error: {file}: ")), "{out}");
        }
        if out.contains("reading stopped") {
            stopped.push(file.clone());
        }
        let peak = child_peak_mib(&err).unwrap_or_else(|| panic!("{file}: no child peak logged\n{err}"));
        peaks.push((peak, file.clone()));
    }
    // The hostile file asks for far more than 2 GiB; the limit stops it, with the message.
    assert_eq!(stopped, ["hostile/repeated_cells.ods"]);
    let (out, _, code) = check("hostile/repeated_cells.ods");
    assert_eq!(
        out,
        "error: hostile/repeated_cells.ods: reading stopped: it needs more than 2 GiB of memory, so it is damaged or hostile; open it in Excel or LibreOffice and save it again\n"
    );
    assert_eq!(code, Some(2));
    // calamine 0.36 refuses the files that took 24 GB and aborted with 0.31.
    for (file, start) in [
        (
            "calamine/issue_594_dos.ods",
            "error: calamine/issue_594_dos.ods: the workbook is damaged (Cell limit exceeded",
        ),
        (
            "calamine/OOM_alloc3.xls",
            "error: calamine/OOM_alloc3.xls: the workbook is damaged",
        ),
    ] {
        let (out, _, code) = check(file);
        assert!(out.starts_with(start), "{out}");
        assert_eq!(code, Some(2));
    }
    peaks.sort();
    let (peak, file) = peaks.last().cloned().unwrap_or_default();
    assert!(peak <= 2048, "{file}: its reading process peaked at {peak} MiB");
    #[cfg(unix)]
    {
        let all = peak_of_children_mib();
        assert!(all <= 2048 + 256, "a process of the checks peaked at {all} MiB");
    }
    eprintln!(
        "corpus: {} files in {:.1} s",
        files.len(),
        started.elapsed().as_secs_f64()
    );
}
