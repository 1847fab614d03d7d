//! Measures the typography of the PDFs under a folder from their glyph positions:
//! `cargo run --release --example typography_report -- DIR`. Prints, per measure, the count
//! over all PDFs: lines whose median advance between neighbouring ideographs is above
//! 1.12 em, lines above the footer set below 8.5 pt, adjacent punctuation pairs not
//! compressed to half an em, and paragraphs ending on a lone ideograph.

#[path = "../tests/support/pdf.rs"]
mod pdf;

use std::path::{Path, PathBuf};

fn pdfs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            pdfs(&p, out);
        } else if p.extension().is_some_and(|e| e == "pdf") && !p.ends_with("packet.pdf") {
            out.push(p);
        }
    }
}

fn main() {
    let dir = std::env::args().nth(1).expect("usage: typography_report DIR");
    let verbose = std::env::args().any(|a| a == "-v");
    let mut files = Vec::new();
    pdfs(Path::new(&dir), &mut files);
    let (mut wide, mut small, mut pairs, mut loose, mut lone) = (0, 0, 0, 0, 0);
    for file in &files {
        let name = file.file_name().unwrap_or_default().to_string_lossy().to_string();
        for (p, page) in pdf::glyphs(file).iter().enumerate() {
            let lines = pdf::lines(page);
            for line in &lines {
                let text = pdf::line_string(line);
                if let Some(m) = pdf::ideograph_median(line).filter(|&m| m > 1.12) {
                    wide += 1;
                    if verbose {
                        println!("wide {m:.3} {name} p{} {text}", p + 1);
                    }
                }
                if line[0].y > pdf::FOOTER_TOP && line.iter().any(|g| g.size < 8.5) {
                    small += 1;
                    if verbose {
                        println!("small {} {name} p{} {text}", line[0].size, p + 1);
                    }
                }
                for (pair, adv) in pdf::punctuation_pairs(line) {
                    pairs += 1;
                    if (adv - 0.5).abs() > 0.02 {
                        loose += 1;
                        if verbose {
                            println!("pair {pair} {adv:.3} {name} p{} {text}", p + 1);
                        }
                    }
                }
            }
            for l in pdf::lone_ideograph_lines(&lines) {
                lone += 1;
                if verbose {
                    println!("lone {name} p{} {l}", p + 1);
                }
            }
        }
    }
    println!(
        "{} PDFs: {wide} lines with ideographs > 1.12 em apart; {small} lines below 8.5 pt; {loose} of {pairs} punctuation pairs not at 0.5 em; {lone} lone-ideograph last lines",
        files.len()
    );
}
