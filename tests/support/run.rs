//! Running the `takedown` binary. Included by path (`#[path = "support/run.rs"] mod run;`),
//! not from `support/mod.rs`: only tests and benches know where the binary is, the examples
//! sharing `support` do not.
#![allow(dead_code)]

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// Runs `cmd`; returns (stdout, stderr, exit status or -1 when a signal ended it).
pub fn outcome(cmd: &mut Command) -> (String, String, i32) {
    let output = cmd.output().expect("runs");
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
        output.status.code().unwrap_or(-1),
    )
}

/// Runs `takedown ARGS…` in `dir`; returns (stdout, stderr, exit status).
pub fn takedown(dir: &Path, args: &[&str]) -> (String, String, i32) {
    outcome(
        Command::new(env!("CARGO_BIN_EXE_takedown"))
            .args(args)
            .current_dir(dir),
    )
}

/// `takedown check FILE` in `dir`: (stdout, exit status).
pub fn check(dir: &Path, file: &str) -> (String, i32) {
    let (stdout, _, code) = takedown(dir, &["check", file]);
    (stdout, code)
}

/// Polls `done` every 20 ms; fails naming `what` once `timeout` has passed.
pub fn wait_for(what: &str, timeout: Duration, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(start.elapsed() < timeout, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}
