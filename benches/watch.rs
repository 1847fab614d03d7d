//! `cargo bench --bench watch`: time from a workbook appearing in `inbox/` to its packets being
//! complete in `out/` (the input in `processed/`), through the real binary, with native events
//! and with `--poll`.
//!
//! The workbook (fixtures/sample.xlsx) is written under a hidden name and renamed into the
//! inbox, so it appears whole at a known instant. The settle interval (`SETTLE`, during which
//! the watcher waits for a dropped file to stop changing) is subtracted: the numbers are the
//! watcher's own latency plus the build. Prints the median, min and max over `RUNS` drops.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const RUNS: usize = 10;
const SETTLE: Duration = Duration::from_millis(200);

fn main() {
    let workbook = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/sample.xlsx");
    let bytes = std::fs::read(&workbook).expect("fixture");
    for (mode, extra) in [("native events", &[][..]), ("--poll", &["--poll"][..])] {
        let dir = tempfile::tempdir().expect("temp dir");
        let d = dir.path();
        let settle = SETTLE.as_millis().to_string();
        let mut watcher = Command::new(env!("CARGO_BIN_EXE_takedown"))
            .args(["watch", "-q", "--settle-ms", &settle])
            .args(extra)
            .arg(d)
            .stderr(Stdio::null())
            .spawn()
            .expect("starts");
        wait(Duration::from_secs(30), || {
            d.join(".takedown-watch.lock").exists()
        });
        let mut times = Vec::with_capacity(RUNS);
        for run in 0..RUNS {
            let name = format!("book-{run}.xlsx");
            let hidden = d.join("inbox").join(format!(".{name}"));
            std::fs::write(&hidden, &bytes).expect("write");
            let start = Instant::now();
            std::fs::rename(&hidden, d.join("inbox").join(&name)).expect("rename");
            let out = d.join("out").join(format!("book-{run}"));
            let processed = d.join("processed").join(&name);
            wait(Duration::from_secs(60), || out.exists() && processed.exists());
            times.push(start.elapsed().saturating_sub(SETTLE));
        }
        let _ = watcher.kill();
        let _ = watcher.wait();
        times.sort();
        println!(
            "watch ({mode}): inbox → out/ {:.0} ms median (min {:.0}, max {:.0}) over {RUNS} drops, excluding the {} ms settle interval",
            ms(times[RUNS / 2]),
            ms(times[0]),
            ms(times[RUNS - 1]),
            SETTLE.as_millis()
        );
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn wait(timeout: Duration, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(start.elapsed() < timeout, "timed out");
        std::thread::sleep(Duration::from_millis(2));
    }
}
