//! `cargo bench --bench ingest`: generates a workbook with 500 clients, 2,000 rights and 100,000
//! listings (xlsx, and the same as CSV) in a temp dir and times `takedown check` on it.
//! Prints the median over several runs and the peak resident memory (VmHWM) of the checks.
//! Target: under 1 s and under 300 MiB. Then the same with the workbook read in a child process
//! (the binary's way), each check a new process as `takedown check` is: the difference is the
//! cost of isolation (target: under 5 %). This program allocates with mimalloc, as the
//! binary does, so that both ways cost here what they cost there.

#[path = "../tests/support/mod.rs"]
#[allow(dead_code)]
mod support;

use support::fixtures;

use std::path::Path;
use std::time::Instant;

use fixtures::{row, s, Encoding, Sheet, C};
use takedown::check::{check, CheckFormat};

/// The allocator of the `takedown` binary, so that a check here costs what it costs there.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const CLIENTS: usize = 500;
const RIGHTS: usize = 2_000;
const LISTINGS: usize = 100_000;
const RUNS: usize = 5;
/// Distinct screenshots the listings name (each listing one, a file shared by 100 listings):
/// every file is checked once, as in a real workbook where they all exist.
const EVIDENCE_FILES: usize = 1_000;

fn sheets() -> Vec<Sheet> {
    let mut clients = vec![row(&[
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
    ])];
    for i in 0..CLIENTS {
        clients.push(vec![
            s(&format!("C{i:04}")),
            s(&format!("Client {i} Trading Co., Ltd.")),
            s(&format!("客户{i}贸易有限公司")),
            s("CN"),
            s("91350200776049653A"),
            s(&format!("{i} Example Road, Xiamen")),
            s(&format!("厦门市示例路{i}号")),
            s("Zhang San"),
            s("General Manager"),
            s(&format!("legal{i}@example.com")),
        ]);
    }
    let mut rights = vec![row(&[
        "right_id",
        "client_id",
        "type",
        "number",
        "title_en",
        "title_zh",
        "country",
        "classes",
        "valid_from",
        "valid_to",
    ])];
    for i in 0..RIGHTS {
        rights.push(vec![
            s(&format!("R{i:05}")),
            s(&format!("C{:04}", i % CLIENTS)),
            s("trademark"),
            C::N(10_000_000.0 + i as f64),
            s(&format!("MARK{i}")),
            s(&format!("商标{i}")),
            s("CN"),
            s("9, 25, 28"),
            C::D(2020, 1, 7),
            C::D(2099, 1, 6),
        ]);
    }
    let mut listings = vec![row(&[
        "url",
        "right_id",
        "platform",
        "store",
        "title",
        "price",
        "found_on",
        "evidence",
        "captured_on",
        "notes",
    ])];
    for i in 0..LISTINGS {
        let id = 600_000_000_000u64 + i as u64;
        let url = match i % 7 {
            0 => format!("https://item.taobao.com/item.htm?spm=a21n57.1.0.0&id={id}&ns=1"),
            1 => format!("https://detail.tmall.com/item.htm?id={id}&skuId=4000"),
            2 => format!("https://item.jd.com/{id}.html?utm_source=share"),
            3 => format!("https://mobile.yangkeduo.com/goods.html?goods_id={id}&_wvx=10"),
            4 => format!("https://www.aliexpress.com/item/{id}.html?spm=a2g0o"),
            5 => format!("https://detail.1688.com/offer/{id}.html"),
            _ => format!("https://www.example-shop.com/p/{id}?utm_source=ad"),
        };
        listings.push(vec![
            s(&url),
            s(&format!("R{:05}, R{:05}", i % RIGHTS, (i + 1) % RIGHTS)),
            s(""),
            s(&format!("Store {}", i % 977)),
            s(&format!("Counterfeit product number {i}")),
            C::N(19.9 + (i % 100) as f64),
            C::D(2026, 11, 28),
            s(&format!("evidence/{}.png", i % EVIDENCE_FILES)),
            C::D(2026, 11, 27),
            s(""),
        ]);
    }
    vec![
        Sheet::new("Clients", clients),
        Sheet::new("Rights", rights),
        Sheet::new("Listings", listings),
    ]
}

/// CPU time this process (every thread) and its finished children have used, in ms: robust
/// against other processes on a shared machine, and it counts the reading child.
fn cpu_ms() -> f64 {
    let used = |who| {
        // SAFETY: getrusage only writes the struct it is given.
        let usage = unsafe {
            let mut usage: libc::rusage = std::mem::zeroed();
            libc::getrusage(who, &mut usage);
            usage
        };
        let ms = |t: libc::timeval| t.tv_sec as f64 * 1000.0 + t.tv_usec as f64 / 1000.0;
        ms(usage.ru_utime) + ms(usage.ru_stime)
    };
    used(libc::RUSAGE_SELF) + used(libc::RUSAGE_CHILDREN)
}

/// Small PNG screenshots `evidence/0.png` … in `dir`.
fn write_evidence(dir: &Path) -> std::io::Result<()> {
    let evidence = dir.join("evidence");
    std::fs::create_dir_all(&evidence)?;
    for i in 0..EVIDENCE_FILES {
        let mut bytes = Vec::new();
        let mut encoder = png::Encoder::new(&mut bytes, 40, 80);
        encoder.set_color(png::ColorType::Rgb);
        let pixels: Vec<u8> = (0..40 * 80 * 3).map(|n| ((n * 7 + i) % 251) as u8).collect();
        encoder
            .write_header()
            .and_then(|mut w| w.write_image_data(&pixels))
            .map_err(std::io::Error::other)?;
        std::fs::write(evidence.join(format!("{i}.png")), bytes)?;
    }
    Ok(())
}

fn vm_hwm_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Resets the peak-RSS counter (Linux: write 5 to clear_refs), so generation does not count.
fn reset_peak() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

/// Times `check` on `path` in this process.
fn bench(label: &str, path: &Path) {
    let reset = reset_peak();
    let mut times = Vec::with_capacity(RUNS);
    let mut cpu = Vec::with_capacity(RUNS);
    let mut summary = String::new();
    for _ in 0..RUNS {
        let (start, start_cpu) = (Instant::now(), cpu_ms());
        let outcome = check(&[path.to_path_buf()], CheckFormat::Text);
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        cpu.push(cpu_ms() - start_cpu);
        summary = outcome.output.lines().last().unwrap_or_default().to_owned();
    }
    times.sort_by(f64::total_cmp);
    cpu.sort_by(f64::total_cmp);
    // Where the time goes: reading vs. the model.
    let start = cpu_ms();
    let workbook = takedown::ingest::read_workbook(path).ok();
    let read_ms = cpu_ms() - start;
    let start = cpu_ms();
    let built = workbook.as_ref().map(takedown::model::build_docket);
    let model_ms = cpu_ms() - start;
    let profiles = takedown::platform::Profiles::builtin();
    let rules = takedown::plan::Rules {
        date: takedown::model::Date::today(),
        calendar: takedown::calendar::Calendar::builtin(),
        poa_return_days: 10,
        mode: takedown::layout::Mode::default(),
        litigation: false,
    };
    // The evidence files named do not exist, so every client is blocked: plan them all anyway.
    let unblocked = built.as_ref().map(|(docket, _)| {
        let mut docket = docket.clone();
        docket.blocked.clear();
        docket
    });
    let start = cpu_ms();
    let planned = workbook.as_ref().zip(unblocked.as_ref()).map(|(wb, docket)| {
        let (packets, _) = takedown::plan::plan(docket, &profiles, false, &Default::default());
        (packets.len(), takedown::plan::notes(&packets, wb, &rules).len())
    });
    let plan_ms = cpu_ms() - start;
    let (packets, notes) = planned.unwrap_or_default();
    drop(unblocked);
    let start = cpu_ms();
    drop(built);
    drop(workbook);
    let drop_ms = cpu_ms() - start;
    let median = times[times.len() / 2];
    let peak = vm_hwm_kib().map_or("unknown".to_owned(), |k| format!("{:.0} MiB", k as f64 / 1024.0));
    println!(
        "{label}: median {median:.0} ms wall, {:.0} ms CPU over {RUNS} runs (min {:.0}, max {:.0}); peak RSS {peak}{}",
        cpu[cpu.len() / 2],
        times[0],
        times[times.len() - 1],
        if reset { "" } else { " (includes generation)" }
    );
    println!("  {summary}");
    println!(
        "  one run split (CPU): read {read_ms:.0} ms, model {model_ms:.0} ms, free {drop_ms:.0} ms; planning {packets} unblocked packets and their {notes} warnings {plan_ms:.0} ms"
    );
}

fn fixtures_again() -> Vec<Sheet> {
    sheets()
}

/// Runs `check` once on `path` in a new process (this program with `--one`), reading in a
/// child or in-process; returns the wall and CPU time (the process and its child) in ms. A
/// new process for each run, because a process that has run a check before reuses memory
/// its allocator already has, which a real `takedown check` never does.
fn fresh_run(path: &Path, child: bool) -> (f64, f64) {
    let before = cpu_ms();
    let start = Instant::now();
    let status = std::process::Command::new(std::env::current_exe().expect("this program"))
        .args(["--one", if child { "child" } else { "inline" }])
        .arg(path)
        .status()
        .expect("runs");
    assert!(status.success());
    (start.elapsed().as_secs_f64() * 1000.0, cpu_ms() - before)
}

/// Pairs of fresh runs (in-process, then in a child) for the cost of the child.
const PAIRS: usize = 11;

/// The cost of reading in a child for a workbook, each run a new process, the two ways
/// alternating so that a busy machine weighs on both alike; the cost is the median of the
/// pairs' ratios, which a drift of the machine's speed moves less than a ratio of medians.
fn child_cost(name: &str, path: &Path) {
    let pairs: Vec<((f64, f64), (f64, f64))> = (0..PAIRS)
        .map(|_| (fresh_run(path, false), fresh_run(path, true)))
        .collect();
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let wall = median(pairs.iter().map(|(inline, _)| inline.0).collect());
    let child_wall = median(pairs.iter().map(|(_, child)| child.0).collect());
    let wall_ratio = median(pairs.iter().map(|(inline, child)| child.0 / inline.0).collect());
    let cpu_ratio = median(pairs.iter().map(|(inline, child)| child.1 / inline.1).collect());
    println!(
        "cost of the child, {name}, a new process per check: {wall:.0} → {child_wall:.0} ms wall (median of {PAIRS}); pair by pair {:+.1} % wall, {:+.1} % CPU (the process and its child)",
        (wall_ratio - 1.0) * 100.0,
        (cpu_ratio - 1.0) * 100.0,
    );
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    if let [_, flag, mode, path, ..] = args.as_slice() {
        if flag == "--one" {
            if mode == "child" {
                takedown::ingest::use_program(env!("CARGO_BIN_EXE_takedown").into());
            }
            check(&[path.into()], CheckFormat::Text);
            return Ok(());
        }
    }
    let dir = tempfile::tempdir()?;
    let keep = std::env::var_os("INGEST_BENCH_KEEP").map(std::path::PathBuf::from);
    let sheets = sheets();
    let xlsx = dir.path().join("bench.xlsx");
    fixtures::write_xlsx(&xlsx, &sheets)?;
    let csv = dir.path().join("csv");
    fixtures::write_csv(
        &csv,
        &sheets,
        ["clients.csv", "rights.csv", "listings.csv"],
        Encoding::Utf8Bom,
    )?;
    drop(sheets);
    write_evidence(dir.path())?;
    write_evidence(&csv)?;
    println!(
        "workbook: {CLIENTS} clients, {RIGHTS} rights, {LISTINGS} listings ({} KiB xlsx)",
        std::fs::metadata(&xlsx)?.len() / 1024
    );
    if let Some(keep) = keep {
        // For profiling: leave a copy of the generated inputs.
        std::fs::create_dir_all(&keep)?;
        std::fs::copy(&xlsx, keep.join("bench.xlsx"))?;
        fixtures::write_csv(
            &keep.join("csv"),
            &fixtures_again(),
            ["clients.csv", "rights.csv", "listings.csv"],
            Encoding::Utf8Bom,
        )?;
        write_evidence(&keep)?;
        write_evidence(&keep.join("csv"))?;
    }
    bench("check xlsx", &xlsx);
    bench("check csv ", &csv);
    child_cost("xlsx", &xlsx);
    child_cost("csv", &csv);
    Ok(())
}
