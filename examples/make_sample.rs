//! Writes the sample workbook to `fixtures/sample.xlsx`: `cargo run --example make_sample`.

fn main() -> std::io::Result<()> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/sample.xlsx");
    std::fs::write(&path, takedown::init::sample_workbook())?;
    println!("wrote {}", path.display());
    Ok(())
}
