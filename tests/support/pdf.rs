//! Reading the PDFs with the tools a reader uses: pdftotext, pdffonts, qpdf.
#![allow(dead_code)]

use std::path::Path;
use std::process::Command;

/// Runs `name ARGS… FILE`; asserts it succeeds and returns its standard output.
pub fn tool(name: &str, args: &[&str], file: &Path) -> String {
    let out = Command::new(name)
        .args(args)
        .arg(file)
        .output()
        .unwrap_or_else(|e| panic!("failed to run {name} (install poppler-utils and qpdf): {e}"));
    assert!(
        out.status.success(),
        "{name} {args:?} {} failed: {}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("tool output is UTF-8")
}

/// `pdftotext -raw` of a PDF: its text in content order (the order takedown sets it: each
/// English clause, then its Chinese), lines as pdftotext breaks them.
pub fn raw_text(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("failed to run pdftotext (install poppler-utils)");
    assert!(out.status.success(), "pdftotext {}", pdf.display());
    String::from_utf8(out.stdout).expect("UTF-8 text")
}

/// A PDF's objects as text: `qpdf --qdf --object-streams=disable` of its bytes (the
/// dictionaries are packed into compressed object streams as written).
pub fn objects(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let (from, to) = (dir.path().join("in.pdf"), dir.path().join("out.pdf"));
    std::fs::write(&from, pdf).expect("write");
    let out = Command::new("qpdf")
        .args(["--qdf", "--object-streams=disable"])
        .arg(&from)
        .arg(&to)
        .output()
        .expect("failed to run qpdf (install qpdf)");
    assert!(
        out.status.success(),
        "qpdf --qdf: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&std::fs::read(&to).expect("read")).into_owned()
}

/// The [`text`] of page `n` (1-based) alone.
pub fn page_text(pdf: &Path, n: usize) -> String {
    let n = n.to_string();
    let out = Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8", "-f", &n, "-l", &n])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("failed to run pdftotext (install poppler-utils)");
    assert!(out.status.success(), "pdftotext {}", pdf.display());
    squeeze(&String::from_utf8(out.stdout).expect("UTF-8 text"))
}

/// [`raw_text`] with all whitespace removed (cells and lines wrap long links and names).
pub fn text(pdf: &Path) -> String {
    squeeze(&raw_text(pdf))
}

/// `text` with all whitespace removed, to compare with [`text`].
pub fn squeeze(text: &str) -> String {
    text.split_whitespace().collect()
}

/// Asserts that `qpdf --check` passes, with its report if it does not.
pub fn qpdf_check(pdf: &Path) {
    let output = Command::new("qpdf")
        .arg("--check")
        .arg(pdf)
        .output()
        .expect("qpdf is installed");
    assert!(
        output.status.success(),
        "qpdf --check {}: {}",
        pdf.display(),
        String::from_utf8_lossy(&output.stdout)
    );
}

/// Asserts that every font of the PDF is embedded, subset and mapped to Unicode (the `emb`,
/// `sub` and `uni` columns of pdffonts).
pub fn assert_fonts_embedded(pdf: &Path) {
    let fonts = tool("pdffonts", &[], pdf);
    for line in fonts.lines().skip(2) {
        let cols: Vec<&str> = line.split_whitespace().collect();
        let n = cols.len();
        assert_eq!(
            &cols[n - 5..n - 2],
            ["yes", "yes", "yes"],
            "{}: {line}",
            pdf.display()
        );
    }
}
