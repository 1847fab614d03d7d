//! `cargo bench --bench typeset`: typesets and writes the sample power of attorney
//! (side-by-side) repeatedly on one thread; prints the median milliseconds per document
//! over several batches, the bytes per document and the peak resident memory.

use std::time::Instant;

use takedown::fonts::FontSet;
use takedown::layout::{LayoutOptions, Mode};

fn main() {
    let doc = takedown::sample::power_of_attorney();
    let fonts = FontSet::builtin();
    let opts = LayoutOptions {
        mode: Mode::SideBySide,
        ..LayoutOptions::default()
    };
    // Warm up: parses the fonts once, as a process does before its first document.
    let first = takedown::typeset(&doc, fonts, &opts, Some((2026, 11, 28))).expect("sample typesets");
    let (batches, per_batch) = (9, 20);
    let mut times = Vec::new();
    let mut layout_times = Vec::new();
    for _ in 0..batches {
        let start = Instant::now();
        for _ in 0..per_batch {
            let out = takedown::typeset(&doc, fonts, &opts, Some((2026, 11, 28))).expect("sample typesets");
            assert_eq!(out.pdf.len(), first.pdf.len());
        }
        times.push(start.elapsed().as_secs_f64() * 1000.0 / per_batch as f64);
        let start = Instant::now();
        for _ in 0..per_batch {
            takedown::layout::layout(&doc, fonts, &opts).expect("sample lays out");
        }
        layout_times.push(start.elapsed().as_secs_f64() * 1000.0 / per_batch as f64);
    }
    println!(
        "typeset sample (side-by-side, {} pages): median {:.2} ms/document (layout alone {:.2} ms), {} bytes ({:.1} KiB)/document, peak RSS {} MiB",
        first.pages,
        median(&mut times),
        median(&mut layout_times),
        first.pdf.len(),
        first.pdf.len() as f64 / 1024.0,
        peak_rss_mib().map_or("?".to_string(), |m| m.to_string()),
    );
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn peak_rss_mib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024)
}
