//! Typography of the sample packets, measured from the glyph positions read back from the
//! PDFs the real binary writes (zh and side-by-side): ideographs never letter-spaced,
//! adjacent punctuation compressed on every line.

use std::path::PathBuf;

use crate::support::files::pdfs;
use crate::support::pdf::{self, PdfGlyph};

/// The sample in `layout`: every document's PDF (not packet.pdf, which repeats them) with
/// its pages' lines.
fn built(layout: &str) -> Vec<(PathBuf, Vec<Vec<Vec<PdfGlyph>>>)> {
    let out = crate::build::built(layout, "2026-12-07");
    let mut files: Vec<PathBuf> = pdfs(&out)
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
    let docs = built(layout);
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

/// The sample's contact details, each a piece that must stay on one line.
const WHOLE: [&str; 4] = [
    "ipp@lumen-ip.example",
    "+862038881808",
    "+12065550143",
    "brand.protection@",
];

fn check_sizes_and_contacts(layout: &str) {
    let docs = built(layout);
    let mut found = [0usize; WHOLE.len()];
    for (file, pages) in &docs {
        // Content order joins what a line break split: every occurrence must be whole on
        // one line.
        let flat: String = pdf::glyphs(file)
            .iter()
            .flatten()
            .map(|g| g.ch)
            .filter(|c| !c.is_whitespace())
            .collect();
        let mut in_lines = [0usize; WHOLE.len()];
        for (p, lines) in pages.iter().enumerate() {
            for line in lines {
                let text: String = pdf::line_string(line).split_whitespace().collect();
                // Nothing above the footer set below 8.5 pt (links and contact cells wrap).
                if line[0].y > pdf::FOOTER_TOP {
                    for g in line {
                        assert!(
                            g.size >= 8.5,
                            "{layout}: {} p{}: {:?} at {} pt in {text}",
                            file.display(),
                            p + 1,
                            g.ch,
                            g.size
                        );
                    }
                }
                for (k, w) in WHOLE.iter().enumerate() {
                    in_lines[k] += text.matches(w).count();
                }
            }
        }
        for (k, w) in WHOLE.iter().enumerate() {
            assert_eq!(
                in_lines[k],
                flat.matches(w).count(),
                "{layout}: {w} broken in {}",
                file.display()
            );
            found[k] += in_lines[k];
        }
    }
    // The agent's e-mail and phone are in every complaint, letter and rebuttal.
    assert!(found[0] >= 20 && found[1] >= 20, "{found:?}");
}

#[test]
fn sample_in_zh_sets_nothing_below_8_5_pt_and_breaks_no_contact() {
    check_sizes_and_contacts("zh");
}

#[test]
fn sample_side_by_side_sets_nothing_below_8_5_pt_and_breaks_no_contact() {
    check_sizes_and_contacts("side-by-side");
}
