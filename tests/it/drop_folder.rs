//! The drop folder as people use it: a zip of the workbook with its evidence, a folder of
//! them, a copy that pauses, and a workbook dropped without its evidence.

use crate::{run, support};
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output};
use std::time::Duration;

use run::wait_for;
use support::files::{copy_sample, fixture, names};

/// `takedown watch DIR --once --settle-ms 0`.
fn once(dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_takedown"))
        .arg("watch")
        .arg(dir)
        .args(["--once", "--settle-ms", "0", "--date", "2026-11-28"])
        .env_remove("TAKEDOWN_CRASH_AFTER")
        .output()
        .expect("runs")
}

/// The evidence files embedded, by the workbook's names for them, from a manifest.
fn embedded(manifest: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(manifest).expect("manifest");
    let json: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    json["evidence"]
        .as_array()
        .expect("evidence")
        .iter()
        .map(|e| e["source"].as_str().unwrap_or_default().to_owned())
        .collect()
}

/// Zips every file below `folder` under the folder's own name.
fn zip_folder(folder: &Path, zip: &Path) {
    let mut out = zip::ZipWriter::new(std::fs::File::create(zip).unwrap());
    let base = folder.parent().unwrap();
    for rel in support::files::tree(folder) {
        let path = folder.join(&rel);
        let name = path.strip_prefix(base).unwrap().to_string_lossy().into_owned();
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&std::fs::read(&path).unwrap()).unwrap();
    }
    out.finish().unwrap();
}

#[test]
fn a_zip_and_a_folder_of_a_workbook_and_its_evidence_are_built_with_their_evidence() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let staging = d.join("staging/nov-batch");
    copy_sample(&staging);
    std::fs::create_dir_all(d.join("inbox")).unwrap();
    zip_folder(&staging, &d.join("inbox/nov-batch.zip"));
    copy_sample(&d.join("inbox/dec-batch"));

    let output = once(d);
    let err = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{err}");
    assert_eq!(
        names(&d.join("processed")),
        ["dec-batch", "nov-batch.zip"],
        "{err}"
    );
    assert_eq!(names(&d.join("failed")), Vec::<String>::new());
    for out in ["nov-batch", "dec-batch"] {
        let evidence = embedded(&d.join("out").join(out).join("manifest.json"));
        assert!(
            evidence.contains(&"evidence/C001/taobao-684512379021.png".to_owned()),
            "{out}: {evidence:?}"
        );
    }
    // Nothing of the unpacked zip is left in the working area.
    assert_eq!(names(&d.join(".work")), Vec::<String>::new());
}

#[test]
fn a_workbook_dropped_without_its_evidence_says_to_drop_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    copy_sample(&d.join("staging"));
    std::fs::create_dir_all(d.join("inbox")).unwrap();
    std::fs::copy(d.join("staging/sample.xlsx"), d.join("inbox/sample.xlsx")).unwrap();
    let output = once(d);
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(
        err.contains(
            "evidence files it names are not beside it: drop the folder that holds the workbook and its \
             evidence files (or a zip of that folder), not the workbook alone"
        ),
        "{err}"
    );
}

#[test]
fn a_copy_that_pauses_for_three_seconds_is_built_not_failed() {
    let bytes = std::fs::read(fixture("good.xlsx")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir_all(d.join("inbox")).unwrap();
    let mut watcher = Command::new(env!("CARGO_BIN_EXE_takedown"))
        .arg("watch")
        .arg(d)
        .args(["--date", "2026-11-28"])
        .env_remove("TAKEDOWN_CRASH_AFTER")
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    wait_for("the lock", Duration::from_secs(10), || {
        d.join(".takedown-watch.lock").exists()
    });
    {
        let mut file = std::fs::File::create(d.join("inbox/paused.xlsx")).unwrap();
        file.write_all(&bytes[..bytes.len() / 2]).unwrap();
        file.flush().unwrap();
        std::thread::sleep(Duration::from_secs(3));
        file.write_all(&bytes[bytes.len() / 2..]).unwrap();
    }
    wait_for("the workbook", Duration::from_secs(30), || {
        d.join("processed/paused.xlsx").exists() || !names(&d.join("failed")).is_empty()
    });
    let _ = watcher.kill();
    let _ = watcher.wait();
    assert_eq!(names(&d.join("failed")), Vec::<String>::new());
    assert_eq!(std::fs::read(d.join("processed/paused.xlsx")).unwrap(), bytes);
}
