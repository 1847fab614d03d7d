//! Typography of the sample packets, measured from the glyph positions read back from the
//! PDFs the real binary writes (zh and side-by-side): ideographs never letter-spaced,
//! adjacent punctuation compressed on every line.

use std::path::{Path, PathBuf};

use crate::run::takedown;
use crate::support::files::{copy_sample, pdfs};
use crate::support::pdf::{self, PdfGlyph};

/// Builds the sample in `layout`; returns every document's PDF (not packet.pdf, which
/// repeats them) with its pages' lines.
fn built(dir: &Path, layout: &str) -> Vec<(PathBuf, Vec<Vec<Vec<PdfGlyph>>>)> {
    copy_sample(dir);
    let (_, err, code) = takedown(
        dir,
        &[
            "build",
            "sample.xlsx",
            "--out",
            "out",
            "--date",
            "2026-12-07",
            "--layout",
            layout,
            "-q",
        ],
    );
    assert!(code <= 1, "{err}");
    let mut files: Vec<PathBuf> = pdfs(&dir.join("out"))
        .into_iter()
        .filter(|p| !p.ends_with("packet.pdf"))
        .collect();
    files.sort();
    assert!(files.len() >= 25, "{files:?}");
    files
        .into_iter()
        .map(|f| {
            let pages = pdf::glyphs(&f).iter().map(|p| pdf::lines(p)).collect();
            (f, pages)
        })
        .collect()
}

fn check_layout(layout: &str) {
    let dir = tempfile::tempdir().unwrap();
    let docs = built(dir.path(), layout);
    let (mut lines_with_ideographs, mut pairs) = (0, 0);
    for (file, pages) in &docs {
        for (p, lines) in pages.iter().enumerate() {
            let at = |line: &[PdfGlyph]| format!("{} p{}: {}", file.display(), p + 1, pdf::line_string(line));
            for line in lines {
                // No line letter-spaced: its ideographs are at most 1.12 em apart (median).
                if let Some(m) = pdf::ideograph_median(line) {
                    lines_with_ideographs += 1;
                    assert!(m <= 1.12, "{layout}: ideographs {m:.3} em apart on {}", at(line));
                }
                // Every pair of adjacent marks (”） （《 》（ 》） 、《 ），…) half an em apart,
                // whatever the line's justification.
                for (pair, advance) in pdf::punctuation_pairs(line) {
                    pairs += 1;
                    assert!(
                        (advance - 0.5).abs() < 0.01,
                        "{layout}: {pair} at {advance:.3} em on {}",
                        at(line)
                    );
                }
            }
        }
    }
    assert!(lines_with_ideographs > 1000, "{lines_with_ideographs}");
    assert!(pairs > 150, "{pairs}");
}

#[test]
fn sample_in_zh_is_justified_within_limits_with_punctuation_compressed() {
    check_layout("zh");
}

#[test]
fn sample_side_by_side_is_justified_within_limits_with_punctuation_compressed() {
    check_layout("side-by-side");
}
