//! `takedown build` as a process on a batch of 200 clients × 3 rights × 10 listings (each
//! right's listings on one platform, so 3 complaints per client: 1,400 PDFs with the packets).
//! Reports the median wall time of several runs and the peak RSS of the process.
//!
//! `cargo bench --bench build` (optionally `-- RUNS`).

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use rust_xlsxwriter::Workbook;

const CLIENTS: usize = 200;
const RIGHTS: usize = 3;
const LISTINGS: usize = 10;

fn write_workbook(path: &Path) -> Result<(), rust_xlsxwriter::XlsxError> {
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
            ];
            for (c, v) in cells.iter().enumerate() {
                rights.write_string(row, c as u16, v)?;
            }
        }
    }
    let listings = wb.add_worksheet().set_name("Listings")?;
    let header = ["url", "right_id", "store", "title", "price"];
    for (c, h) in header.iter().enumerate() {
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
                ];
                for (c, v) in cells.iter().enumerate() {
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

fn main() {
    let runs: usize = std::env::args().skip(1).find_map(|a| a.parse().ok()).unwrap_or(5);
    let dir = tempfile::tempdir().expect("temp dir");
    let workbook = dir.path().join("batch.xlsx");
    write_workbook(&workbook).expect("workbook written");
    let out = dir.path().join("out");
    let mut times = Vec::new();
    let mut cpu = Vec::new();
    let mut pdfs = 0;
    for _ in 0..runs {
        let before = children_usage().1;
        let start = Instant::now();
        let status = Command::new(env!("CARGO_BIN_EXE_takedown"))
            .args(["build", "--quiet", "--date", "2026-11-28", "--out"])
            .arg(&out)
            .arg(&workbook)
            .status()
            .expect("takedown runs");
        times.push(start.elapsed().as_secs_f64());
        cpu.push(children_usage().1 - before);
        assert!(status.success(), "build failed");
        let manifest = std::fs::read_to_string(out.join("batch/manifest.json")).expect("manifest");
        pdfs = manifest.matches("\"sha256\"").count() - 1;
    }
    times.sort_by(f64::total_cmp);
    cpu.sort_by(f64::total_cmp);
    let bytes: u64 = walk(&out.join("batch"));
    println!(
        "build {CLIENTS} clients × {RIGHTS} rights × {LISTINGS} listings: {pdfs} PDFs, {:.1} MiB; wall median {:.2} s (min {:.2}, max {:.2}, {runs} runs); CPU median {:.2} s; peak RSS {:.0} MiB",
        bytes as f64 / 1_048_576.0,
        times[times.len() / 2],
        times[0],
        times[times.len() - 1],
        cpu[cpu.len() / 2],
        children_usage().0 as f64 / 1024.0
    );
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
