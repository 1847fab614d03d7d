//! `takedown build` as a process on a batch of 200 clients × 3 rights × 10 listings (each
//! right's listings on one platform, so 3 complaints per client: 1,400 PDFs with the packets),
//! every listing naming a small capture of its own (no evidence, no complaint).
//! Reports the median wall time of several runs and the peak RSS of the process.
//!
//! Then the same build with evidence: one 1080×2400 JPEG screenshot (about 300 KB) per
//! listing and one PNG business licence per client, and the ratio of the two wall times;
//! then the floor of that evidence: reading, hashing and writing its bytes as often as a
//! build must, and nothing else.
//!
//! `cargo bench --bench build` (optionally `-- RUNS`; `-- RUNS plain` or `-- RUNS evidence`
//! for one variant).

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use rust_xlsxwriter::Workbook;

const CLIENTS: usize = 200;
const RIGHTS: usize = 3;
const LISTINGS: usize = 10;

fn write_workbook(path: &Path, evidence: bool) -> Result<(), rust_xlsxwriter::XlsxError> {
    let mut wb = Workbook::new();
    let clients = wb.add_worksheet().set_name("Clients")?;
    let header = [
        "client_id",
        "name_en",
        "name_zh",
        "country",
        "company_no",
        "address_en",
        "address_zh",
        "representative",
        "signatory_title",
        "email",
    ];
    for (c, h) in header.iter().enumerate() {
        clients.write_string(0, c as u16, *h)?;
    }
    if evidence {
        clients.write_string(0, header.len() as u16, "licence")?;
        for i in 0..CLIENTS {
            clients.write_string((i + 1) as u32, header.len() as u16, format!("licences/{i}.png"))?;
        }
    }
    for i in 0..CLIENTS {
        let row = (i + 1) as u32;
        let cells = [
            format!("C{i:03}"),
            format!("Client Number {i} Trading Co., Ltd."),
            format!("第{i}号客户贸易有限公司"),
            "US".to_owned(),
            format!("{}", 5_000_000 + i),
            format!("{i} Market Street, Suite {i}, San Francisco, CA 94105, United States"),
            format!("美国加利福尼亚州旧金山市市场街{i}号{i}室"),
            format!("Alex Example {i}"),
            "Chief Executive Officer".to_owned(),
            format!("legal{i}@client.example"),
        ];
        for (c, v) in cells.iter().enumerate() {
            clients.write_string(row, c as u16, v)?;
        }
    }
    let rights = wb.add_worksheet().set_name("Rights")?;
    let header = [
        "right_id",
        "client_id",
        "type",
        "number",
        "title_en",
        "title_zh",
        "classes",
        "valid_from",
        "valid_to",
        // No certificate files: on file with every platform, so every complaint is written.
        "on_file",
    ];
    for (c, h) in header.iter().enumerate() {
        rights.write_string(0, c as u16, *h)?;
    }
    for i in 0..CLIENTS {
        for r in 0..RIGHTS {
            let row = (i * RIGHTS + r + 1) as u32;
            let cells = [
                format!("R{i:03}-{r}"),
                format!("C{i:03}"),
                "trademark".to_owned(),
                format!("{}", 30_000_000 + i * RIGHTS + r),
                format!("BRAND{i}X{r}"),
                format!("品牌{i}之{r}"),
                "9, 25, 28".to_owned(),
                "2020-01-01".to_owned(),
                "2030-12-31".to_owned(),
                "all".to_owned(),
            ];
            for (c, v) in cells.iter().enumerate() {
                rights.write_string(row, c as u16, v)?;
            }
        }
    }
    let listings = wb.add_worksheet().set_name("Listings")?;
    // No evidence, no complaint: without the big screenshots, every listing names one small
    // capture (the sample's), so that the same complaints are written.
    let header = ["url", "right_id", "store", "title", "price", "evidence"];
    let columns = 6;
    for (c, h) in header.iter().take(columns).enumerate() {
        listings.write_string(0, c as u16, *h)?;
    }
    let mut row = 1u32;
    for i in 0..CLIENTS {
        for r in 0..RIGHTS {
            for l in 0..LISTINGS {
                let n = (i * RIGHTS + r) * LISTINGS + l;
                let url = match r {
                    0 => format!(
                        "https://item.taobao.com/item.htm?id={}",
                        600_000_000_000u64 + n as u64
                    ),
                    1 => format!("https://item.jd.com/{}.html", 100_000_000_000u64 + n as u64),
                    _ => format!(
                        "https://mobile.yangkeduo.com/goods.html?goods_id={}",
                        900_000_000u64 + n as u64
                    ),
                };
                let cells = [
                    url,
                    format!("R{i:03}-{r}"),
                    format!("旗舰店{n}"),
                    format!("正品品牌{i}户外背包大容量登山包 款式{l}"),
                    format!("{}.00", 99 + l),
                    if evidence {
                        format!("shots/{n}.jpg")
                    } else {
                        format!("shots/small-{n}.png")
                    },
                ];
                for (c, v) in cells.iter().take(columns).enumerate() {
                    listings.write_string(row, c as u16, v)?;
                }
                row += 1;
            }
        }
    }
    wb.save(path)
}

/// Peak RSS (KiB) of the largest child so far and the CPU seconds (user + system) of all.
fn children_usage() -> (i64, f64) {
    // SAFETY: getrusage only writes the struct it is given.
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage);
        usage
    };
    let seconds = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    (usage.ru_maxrss, seconds(usage.ru_utime) + seconds(usage.ru_stime))
}

/// Pseudo-random bytes, the same every run.
fn noise(seed: &mut u64) -> u8 {
    *seed = seed
        .wrapping_mul(6_364_136_223_846_793_005)
        .wrapping_add(1_442_695_040_888_963_407);
    (*seed >> 56) as u8
}

/// A 1080×2400 phone screenshot as a JPEG of about 300 KB: bands of colour with noise.
fn screenshot_jpeg() -> Vec<u8> {
    let (w, h) = (1080u16, 2400u16);
    let mut seed = 7;
    let mut rgb = Vec::with_capacity(usize::from(w) * usize::from(h) * 3);
    for y in 0..h {
        for x in 0..w {
            let band = (y / 160) as u8;
            let n = noise(&mut seed) / 6;
            rgb.extend_from_slice(&[
                band.wrapping_mul(37).wrapping_add(n),
                (x / 8) as u8,
                200u8.wrapping_sub(n),
            ]);
        }
    }
    let mut out = Vec::new();
    jpeg_encoder::Encoder::new(&mut out, 75)
        .encode(&rgb, w, h, jpeg_encoder::ColorType::Rgb)
        .expect("encodes");
    out
}

/// A 1080×2400 PNG business licence: flat areas and lines of noise, as a scan of text.
fn licence_png() -> Vec<u8> {
    let (w, h) = (1080u32, 2400u32);
    let mut seed = 11;
    let mut rgb = vec![250u8; (w * h * 3) as usize];
    for y in (200..2200).step_by(40) {
        for dy in 0..14 {
            for x in 100..980 {
                let at = (((y + dy) * w + x) * 3) as usize;
                let v = if noise(&mut seed) > 120 { 30 } else { 240 };
                rgb[at..at + 3].copy_from_slice(&[v, v, v]);
            }
        }
    }
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, w, h);
        encoder.set_color(png::ColorType::Rgb);
        let mut writer = encoder.write_header().expect("header");
        writer.write_image_data(&rgb).expect("data");
    }
    out
}

/// Writes the evidence files the evidence variant names: every listing's screenshot (the
/// same picture, each with its own comment segment, so every file has its own hash) and
/// every client's licence. Returns the bytes of one screenshot and of one licence.
fn write_evidence(dir: &Path) -> (usize, usize) {
    let shot = screenshot_jpeg();
    let licence = licence_png();
    std::fs::create_dir_all(dir.join("shots")).expect("mkdir");
    std::fs::create_dir_all(dir.join("licences")).expect("mkdir");
    for n in 0..CLIENTS * RIGHTS * LISTINGS {
        let tag = format!("listing {n}");
        let mut bytes = Vec::with_capacity(shot.len() + 32);
        bytes.extend_from_slice(&shot[..2]);
        bytes.extend_from_slice(&[0xFF, 0xFE]);
        bytes.extend_from_slice(&((tag.len() + 2) as u16).to_be_bytes());
        bytes.extend_from_slice(tag.as_bytes());
        bytes.extend_from_slice(&shot[2..]);
        std::fs::write(dir.join(format!("shots/{n}.jpg")), bytes).expect("write");
    }
    for i in 0..CLIENTS {
        std::fs::write(dir.join(format!("licences/{i}.png")), &licence).expect("write");
    }
    (shot.len(), licence.len())
}

/// Builds `workbook` `runs` times; returns the wall median.
fn bench(name: &str, workbook: &Path, runs: usize) -> f64 {
    let out = workbook.with_file_name("out");
    let mut times = Vec::new();
    let mut cpu = Vec::new();
    let mut pdfs = 0;
    let mut pages = 0u64;
    let mut peak = 0;
    for _ in 0..runs {
        let before = children_usage().1;
        let start = Instant::now();
        let status = Command::new(env!("CARGO_BIN_EXE_takedown"))
            .args(["build", "--quiet", "--date", "2026-11-28", "--out"])
            .arg(&out)
            .arg(workbook)
            .status()
            .expect("takedown runs");
        times.push(start.elapsed().as_secs_f64());
        let (rss, seconds) = children_usage();
        cpu.push(seconds - before);
        peak = rss;
        assert!(status.success(), "build failed");
        let manifest: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(out.join("batch/manifest.json")).expect("manifest"),
        )
        .expect("json");
        pdfs = manifest["files"].as_array().map_or(0, Vec::len);
        // The documents' pages (packet.pdf repeats them).
        pages = manifest["files"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|f| f["path"].as_str().is_some_and(|p| !p.ends_with("/packet.pdf")))
            .filter_map(|f| f["pages"].as_u64())
            .sum();
    }
    times.sort_by(f64::total_cmp);
    cpu.sort_by(f64::total_cmp);
    let bytes: u64 = walk(&out.join("batch"));
    println!(
        "build {name}, {CLIENTS} clients × {RIGHTS} rights × {LISTINGS} listings: {pdfs} PDFs, {pages} pages, {:.1} MiB; wall median {:.2} s (min {:.2}, max {:.2}, {runs} runs; {:.2} ms a page); CPU median {:.2} s; peak RSS {:.0} MiB (largest process so far)",
        bytes as f64 / 1_048_576.0,
        times[times.len() / 2],
        times[0],
        times[times.len() - 1],
        times[times.len() / 2] * 1000.0 / pages.max(1) as f64,
        cpu[cpu.len() / 2],
        peak as f64 / 1024.0
    );
    let _ = std::fs::remove_dir_all(&out);
    times[times.len() / 2]
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let runs: usize = args.iter().find_map(|a| a.parse().ok()).unwrap_or(5);
    let only = |v: &str| !args.iter().any(|a| a == "plain" || a == "evidence") || args.iter().any(|a| a == v);
    let mut plain = None;
    if only("plain") {
        let dir = tempfile::tempdir().expect("temp dir");
        let workbook = dir.path().join("batch.xlsx");
        write_workbook(&workbook, false).expect("workbook written");
        std::fs::create_dir_all(dir.path().join("shots")).expect("mkdir");
        let small =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/evidence/C001/taobao-684512379021.png");
        for n in 0..CLIENTS * RIGHTS * LISTINGS {
            std::fs::copy(&small, dir.path().join(format!("shots/small-{n}.png"))).expect("copy");
        }
        plain = Some(bench("with small captures", &workbook, runs));
        if std::env::var_os("TAKEDOWN_BENCH_KEEP").is_some() {
            println!("workbook kept: {}", dir.keep().join("batch.xlsx").display());
        }
    }
    if only("evidence") {
        // `TAKEDOWN_BENCH_KEEP=1` leaves the workbooks and their evidence behind, for profiling.
        let dir = tempfile::tempdir().expect("temp dir");
        let keep = std::env::var_os("TAKEDOWN_BENCH_KEEP").is_some();
        let workbook = dir.path().join("batch.xlsx");
        write_workbook(&workbook, true).expect("workbook written");
        let (shot, licence) = write_evidence(dir.path());
        println!(
            "evidence: {} JPEG screenshots of {:.0} KB, {CLIENTS} PNG licences of {:.0} KB",
            CLIENTS * RIGHTS * LISTINGS,
            shot as f64 / 1000.0,
            licence as f64 / 1000.0
        );
        let with = bench("with evidence", &workbook, runs);
        let floor = floor(dir.path(), runs);
        if keep {
            println!(
                "evidence workbook kept: {}",
                dir.keep().join("batch.xlsx").display()
            );
        }
        if let Some(plain) = plain {
            let images = (CLIENTS * RIGHTS * LISTINGS + CLIENTS) as f64;
            println!(
                "with evidence / without: {:.2}×; {:.2} ms of wall time per image; the evidence's own cost is {:.2}× its floor",
                with / plain,
                (with - plain) * 1000.0 / images,
                (with - plain) / floor
            );
        }
    }
}

/// The least a build with evidence must do beyond one without, timed on its own: read
/// and SHA-256 every evidence file (the index and manifest give each file's hash), then
/// write it twice (its complaint and `packet.pdf`) hashing what is written (the manifest
/// gives each document's hash), on every core. Returns the wall median.
fn floor(dir: &Path, runs: usize) -> f64 {
    use rayon::prelude::*;
    use sha2::{Digest, Sha256};
    use std::io::Write;
    let mut files: Vec<_> = ["shots", "licences"]
        .iter()
        .flat_map(|d| std::fs::read_dir(dir.join(d)).expect("evidence folder"))
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    let out = dir.join("floor");
    let mut times = Vec::new();
    for _ in 0..runs {
        std::fs::create_dir_all(&out).expect("mkdir");
        let start = Instant::now();
        files.par_iter().enumerate().for_each(|(n, path)| {
            let bytes = std::fs::read(path).expect("read");
            std::hint::black_box(Sha256::digest(&bytes));
            for copy in 0..2 {
                let mut file = std::fs::File::create(out.join(format!("{n}-{copy}"))).expect("create");
                file.write_all(&bytes).expect("write");
                std::hint::black_box(Sha256::digest(&bytes));
            }
        });
        times.push(start.elapsed().as_secs_f64());
        std::fs::remove_dir_all(&out).expect("clean");
    }
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    println!(
        "floor: read and hash each evidence file once, write and hash it twice: wall median {median:.2} s ({runs} runs)"
    );
    median
}

fn walk(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| {
            let path = e.path();
            if path.is_dir() {
                walk(&path)
            } else {
                e.metadata().map_or(0, |m| m.len())
            }
        })
        .sum()
}
