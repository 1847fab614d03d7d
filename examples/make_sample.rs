//! Writes the sample workbook to `fixtures/sample.xlsx` and the evidence files it names
//! beside it: `cargo run --example make_sample`.

fn main() -> std::io::Result<()> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    std::fs::write(dir.join("sample.xlsx"), takedown::init::sample_workbook())?;
    for (relative, bytes) in takedown::sample_files::sample_files() {
        let path = dir.join(&relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&path, bytes)?;
    }
    println!("wrote {}", dir.display());
    Ok(())
}
