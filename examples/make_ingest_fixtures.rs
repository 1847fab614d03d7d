//! Writes the ingest fixtures to `fixtures/ingest/`: `cargo run --example make_ingest_fixtures`.

#[path = "../tests/support/mod.rs"]
mod support;

use support::fixtures;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/ingest");
    fixtures::make_all(&dir)?;
    println!("wrote {}", dir.display());
    Ok(())
}
