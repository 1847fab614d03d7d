//! The case ledger (SQLite): recording a batch of 100,000 listings (100 clients × 1,000
//! listings, 1,000 complaints of 100 listings, 10,000 outcome events) in one transaction, and
//! `takedown status --client` as a process on a ledger of 1,000,000 listings, and `takedown
//! report` as a process for one client of 100,000 listings. Reports the median of several runs.
//!
//! `cargo bench --bench ledger` (optionally `-- RUNS`, and `record`, `status` or `report` for
//! one part). With `TAKEDOWN_BENCH_POSTGRES=postgres://user@host/db` (a role that may create
//! databases), recording is also measured against that server, each run in a new database.

use std::process::Command;

/// The binary's allocator, so that recording costs what it costs in `takedown build`.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::time::Instant;

use takedown::ledger::{Batch, Event, Ledger, ListingRow, Location};
use takedown::model::{parse_date, Status};

const CLIENTS: usize = 100;
const PER_CLIENT: usize = 1_000;
const PER_COMPLAINT: usize = 100;

/// Batch `n` of the synthetic ledger: its own 100,000 listings, clients `n*100…`.
fn batch(n: usize) -> Batch {
    batch_of(n, CLIENTS, PER_CLIENT)
}

/// Batch `n` of `clients` clients of `per_client` listings each.
fn batch_of(n: usize, clients: usize, per_client: usize) -> Batch {
    let date = parse_date("2026-12-07").expect("date");
    let mut b = Batch::new("bench.xlsx", &format!("{n:064x}"), date);
    for c in 0..clients {
        let client = format!("C{:05}", n * clients + c);
        b.clients.push((client.clone(), format!("Client {client}"), None));
        b.rights
            .push((client.clone(), "R1".into(), "trademark".into(), "12345678".into()));
        for l in 0..per_client {
            let item = 600_000_000_000u64 + (n * clients * per_client + c * per_client + l) as u64;
            let url = format!("https://item.taobao.com/item.htm?id={item}");
            let file = format!("complaint-alibaba-ipp-R1-{}.pdf", l / PER_COMPLAINT + 1);
            if l % PER_COMPLAINT == 0 {
                b.documents.push(takedown::ledger::DocumentRow {
                    client: client.clone(),
                    file: file.clone(),
                    kind: "complaint".into(),
                    platform: Some("alibaba-ipp".into()),
                    right_id: Some("R1".into()),
                });
            }
            b.complaint_listings.push((client.clone(), file, url.clone()));
            if l % 10 == 0 {
                b.events.push(Event {
                    client: client.clone(),
                    url: url.clone(),
                    status: Status::Removed,
                    case_no: Some(format!("IPP-{item}")),
                    filed_on: Some(date),
                    happened_on: Some(date),
                    reason: None,
                    reply_by: None,
                    art43_by: None,
                    source: "outcomes.xlsx: Outcomes!A2".into(),
                });
            }
            b.listings.push(ListingRow {
                client: client.clone(),
                url,
                platform: "taobao".into(),
                item_key: Some(format!("taobao:{item}")),
                item_id: Some(item.to_string()),
                store: Some(format!("Store {}", l % 50)),
                seller_id: None,
                // Every seventh listing shows a licence; an operator runs 1 to 3 stores.
                licence: (l % 7 == 0).then(|| format!("9133{:09}{:05}", n * CLIENTS + c, l % 50 / 3)),
                // Every eleventh gives a telephone number, the same as the next client's:
                // operators chain across clients.
                contact: (l % 11 == 0).then(|| format!("139{:04}{:04}", (n * CLIENTS + c) / 2, l % 50)),
                rights: "R1".into(),
                relisted: false,
            });
        }
    }
    b
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let runs: usize = std::env::args().skip(1).find_map(|a| a.parse().ok()).unwrap_or(5);
    let parts: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a == "record" || a == "status" || a == "report")
        .collect();
    let only = |part: &str| parts.is_empty() || parts.iter().any(|p| p == part);
    let dir = tempfile::tempdir().expect("tempdir");

    if only("record") {
        record(dir.path(), runs);
    }
    if only("status") {
        status(dir.path(), runs);
    }
    if only("report") {
        report(dir.path(), runs);
    }
}

fn report(dir: &std::path::Path, runs: usize) {
    let path = dir.join("one-client.sqlite");
    let ledger = Ledger::open(&Location::Sqlite(path.clone())).expect("open");
    ledger.record(&batch_of(0, 1, 100_000)).expect("record");
    drop(ledger);
    let exe = env!("CARGO_BIN_EXE_takedown");
    let mut times = Vec::new();
    for i in 0..runs {
        let out_dir = dir.join(format!("report-{i}"));
        let start = Instant::now();
        let out = Command::new(exe)
            .args([
                "report",
                "--client",
                "C00000",
                "--date",
                "2026-12-14",
                "-q",
                "--out",
            ])
            .arg(&out_dir)
            .arg("--ledger")
            .arg(format!("sqlite:{}", path.display()))
            .output()
            .expect("runs");
        times.push(start.elapsed().as_secs_f64());
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    println!(
        "takedown report --client (process, 100,000 listings): median {:.2} s over {runs} runs",
        median(times)
    );
}

fn record(dir: &std::path::Path, runs: usize) {
    let one = batch(0);
    let mut times = Vec::new();
    for i in 0..runs {
        let path = dir.join(format!("record-{i}.sqlite"));
        let ledger = Ledger::open(&Location::Sqlite(path)).expect("open");
        let start = Instant::now();
        assert!(ledger.record(&one).expect("record"));
        times.push(start.elapsed().as_secs_f64());
    }
    println!(
        "record a batch of {} listings (SQLite): median {:.3} s over {runs} runs",
        one.listings.len(),
        median(times)
    );
    let Ok(server) = std::env::var("TAKEDOWN_BENCH_POSTGRES") else {
        return;
    };
    let mut admin = postgres::Client::connect(&server, postgres::NoTls).expect("the server answers");
    let mut times = Vec::new();
    for i in 0..runs {
        let name = format!("takedown_bench_{}_{i}", std::process::id());
        admin
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .expect("create");
        let mut url = url::Url::parse(&server).expect("a URL");
        url.set_path(&name);
        let ledger = Ledger::open(&Location::Postgres(url.to_string())).expect("open");
        let start = Instant::now();
        assert!(ledger.record(&one).expect("record"));
        times.push(start.elapsed().as_secs_f64());
        drop(ledger);
        admin
            .batch_execute(&format!("DROP DATABASE {name}"))
            .expect("drop");
    }
    println!(
        "record a batch of {} listings (PostgreSQL): median {:.3} s over {runs} runs",
        one.listings.len(),
        median(times)
    );
}

fn status(dir: &std::path::Path, runs: usize) {
    let big = dir.join("big.sqlite");
    let ledger = Ledger::open(&Location::Sqlite(big.clone())).expect("open");
    let start = Instant::now();
    for n in 0..10 {
        ledger.record(&batch(n)).expect("record");
    }
    drop(ledger);
    println!(
        "a ledger of 1,000,000 listings written in {:.1} s",
        start.elapsed().as_secs_f64()
    );

    let exe = env!("CARGO_BIN_EXE_takedown");
    let mut times = Vec::new();
    for i in 0..runs {
        let client = format!("C{:05}", 137 + i * 101);
        let start = Instant::now();
        let out = Command::new(exe)
            .args(["status", "--client", &client, "--format", "json", "--ledger"])
            .arg(format!("sqlite:{}", big.display()))
            .output()
            .expect("runs");
        times.push(start.elapsed().as_secs_f64());
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        assert_eq!(json["listings"].as_array().map(Vec::len), Some(PER_CLIENT));
    }
    println!(
        "takedown status --client (process, 1,000 listings of 1,000,000): median {:.0} ms over {runs} runs",
        median(times) * 1000.0
    );
}
