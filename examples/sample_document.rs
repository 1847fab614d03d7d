//! Writes the sample bilingual power of attorney in each layout mode:
//! `cargo run --release --example sample_document -- DIR` → `DIR/sample-<mode>.pdf`.

use std::path::PathBuf;

use takedown::fonts::FontSet;
use takedown::layout::{LayoutOptions, Mode};

fn main() -> anyhow::Result<()> {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "sample-out".to_string()),
    );
    std::fs::create_dir_all(&dir)?;
    let doc = takedown::sample::power_of_attorney();
    for mode in Mode::ALL {
        let opts = LayoutOptions {
            mode,
            ..LayoutOptions::default()
        };
        let out = takedown::typeset(&doc, FontSet::builtin(), &opts, Some((2026, 11, 28)))?;
        let path = dir.join(format!("sample-{}.pdf", mode.name()));
        std::fs::write(&path, &out.pdf)?;
        println!("{}: {} pages, {} bytes", path.display(), out.pages, out.pdf.len());
    }
    Ok(())
}
