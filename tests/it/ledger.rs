//! The case ledger through the binary: a build, an Outcomes workbook, a second batch; what
//! `status` and `history` say; re-listed links citing the earlier notice and art. 45; open
//! cases getting no complaint; operators; the same batch twice; SIGKILL; two builds at once;
//! a damaged or newer ledger. The same sequence runs against PostgreSQL where
//! `TAKEDOWN_TEST_POSTGRES` names a server (`.ci/run` starts one and sets it).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use serde_json::Value;

use crate::run::takedown;
use crate::support::files::copy_sample;
use crate::support::fixtures::csv_workbook_shown;
use crate::support::pdf::{raw_text, text};

/// The Outcomes workbook: the Tmall item removed on 5 October (written as its mobile link,
/// with a tracking parameter; the sample's capture of it is of 17 October, so it is back), a
/// 1688 listing filed and pending, and a link nobody knows.
const OUTCOMES: &str = "链接,投诉编号,提交日期,状态,处理日期,原因\n\
https://detail.m.tmall.com/item.htm?id=726601934458&spm=a1z10,IPP-1001,2026-10-01,已删除,2026-10-05,\n\
https://detail.1688.com/offer/698754321098.html,IPP-1002,2026-12-08,filed,,\n\
https://item.taobao.com/item.htm?id=999000111,IPP-1003,2026-12-08,removed,2026-12-09,\n";

fn run_ok(dir: &Path, args: &[&str]) -> (String, String) {
    let (out, err, code) = takedown(dir, args);
    assert!(code == 0 || code == 1, "takedown {args:?} exited {code}: {err}");
    (out, err)
}

/// Builds the sample, then the Outcomes workbook, then the sample again as a later batch,
/// all on `ledger`; returns the stderr of the second batch.
fn sequence(dir: &Path, ledger: &str) -> String {
    copy_sample(&dir.join("s"));
    let outcomes = dir.join("o");
    std::fs::create_dir_all(&outcomes).unwrap();
    std::fs::write(outcomes.join("outcomes.csv"), OUTCOMES).unwrap();
    let l = ["--ledger", ledger];
    run_ok(
        dir,
        &[
            &[
                "build",
                "s/sample.xlsx",
                "--out",
                "out",
                "--date",
                "2026-12-07",
                "-q",
            ][..],
            &l,
        ]
        .concat(),
    );
    let (_, err, code) = takedown(
        dir,
        &[&["build", "o", "--out", "out", "--date", "2026-12-11"][..], &l].concat(),
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("outcomes!A4: https://item.taobao.com/item.htm?id=999000111 is not a listing of this workbook nor of the ledger"),
        "{err}"
    );
    let (_, err) = run_ok(
        dir,
        &[
            &["build", "s/sample.xlsx", "--out", "out", "--date", "2026-12-12"][..],
            &l,
        ]
        .concat(),
    );
    err
}

fn status(dir: &Path, ledger: &str, client: Option<&str>) -> Value {
    let mut args = vec![
        "status",
        "--format",
        "json",
        "--date",
        "2026-12-12",
        "--ledger",
        ledger,
    ];
    if let Some(c) = client {
        args.extend(["--client", c]);
    }
    let (out, _) = run_ok(dir, &args);
    serde_json::from_str(&out).expect("status prints JSON")
}

fn listing<'a>(status: &'a Value, url: &str) -> &'a Value {
    status["listings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["url"] == url)
        .unwrap_or_else(|| panic!("{url} not in {status:#}"))
}

fn sqlite(dir: &Path) -> String {
    format!("sqlite:{}", dir.join("ledger.sqlite").display())
}

/// The assertions of the sequence, for either database; returns the status JSON.
fn check_sequence(dir: &Path, ledger: &str) -> Value {
    let err = sequence(dir, ledger);
    let all = status(dir, ledger, None);
    assert_eq!(all["batches"], 3);
    let tmall = listing(&all, "https://detail.tmall.com/item.htm?id=726601934458");
    assert_eq!(tmall["status"], "removed");
    assert_eq!(tmall["case_no"], "IPP-1001");
    assert_eq!(tmall["relisted"], true);
    assert_eq!(tmall["complaints"], 2, "{tmall}");
    assert_eq!(tmall["client"], "C002");
    assert_eq!(tmall["store"], "匠工五金专营店");
    // Filed and pending: no second complaint (重复投诉), a warning at its row.
    let pending = listing(&all, "https://detail.1688.com/offer/698754321098.html");
    assert_eq!(pending["status"], "filed");
    assert_eq!(pending["case_no"], "IPP-1002");
    assert_eq!(pending["complaints"], 1);
    assert!(
        err.contains("Listings!A21: the complaint filed since 2026-12-08 (case IPP-1002) awaits the platform's decision, as the ledger records; no new complaint names this listing"),
        "{err}"
    );
    // In dispute (the sample's counter-notice): never a complaint.
    let disputed = listing(&all, "https://item.taobao.com/item.htm?id=702318846735");
    assert_eq!(disputed["status"], "counter-noticed");
    assert_eq!(disputed["case_no"], "IPP-20261110-0055213");
    assert_eq!(disputed["complaints"], 0);
    assert_eq!(disputed["relisted"], false);
    // Written in both batches, for each of its two rights; no outcome yet.
    let drafted = listing(&all, "https://detail.tmall.com/item.htm?id=731245609871");
    assert_eq!(
        (drafted["status"].as_str(), drafted["complaints"].as_i64()),
        (Some("drafted"), Some(4))
    );

    // The re-listed item's complaint cites the earlier case and art. 45, in both languages.
    let folder = std::fs::read_dir(dir.join("out/sample"))
        .unwrap()
        .flatten()
        .find(|e| e.file_name().to_string_lossy().starts_with("C002"))
        .unwrap()
        .path();
    let pdf = folder.join("complaint-alibaba-ipp-R05.pdf");
    let flat: String = raw_text(&pdf).split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Listing 2: this item was the subject of complaint IPP-1001, filed on 1 October 2026: removed on 5 October 2026."),
        "{flat}"
    );
    assert!(flat.contains("Under Article 45 of the E-Commerce Law"), "{flat}");
    let dense = text(&pdf);
    assert!(
        dense.contains(
            "第2条链接：该商品已于2026年10月1日被投诉（投诉编号：IPP-1001），已删除（2026年10月5日）。"
        ),
        "{dense}"
    );
    assert!(
        dense.contains("《中华人民共和国电子商务法》第四十五条"),
        "{dense}"
    );
    // The cover letter and report.txt say what the ledger changed.
    let cover = text(&folder.join("cover-letter.pdf"));
    assert!(
        cover.contains("id=726601934458isofferedagainaftertheplatformremoveditonanearliercomplaint(IPP-1001);itsnewcomplaintcitesthatnoticeandArticle45oftheE-CommerceLaw."),
        "{cover}"
    );
    assert!(
        cover.contains(
            "698754321098.html:nonewcomplaintinthispacket;complaintIPP-1002awaitstheplatform'sdecision."
        ),
        "{cover}"
    );
    assert!(
        cover.contains("698754321098.html：本次未再投诉，该投诉（IPP-1002）尚待平台处理。"),
        "{cover}"
    );
    let report = std::fs::read_to_string(dir.join("out/sample/report.txt")).unwrap();
    assert!(report.contains(
        "From the case ledger:\n  C002: re-listed https://detail.tmall.com/item.htm?id=726601934458 (removed before: IPP-1001); its complaint cites it\n  C002: no complaint for https://detail.1688.com/offer/698754321098.html: case IPP-1002 is filed\n"
    ), "{report}");
    // The manifest names the ledger row each of those facts came from.
    let manifest = std::fs::read_to_string(dir.join("out/sample/manifest.json")).unwrap();
    assert!(
        manifest.contains("\"ledger\": \"outcomes.csv: outcomes!A2\""),
        "no ledger fact in the manifest"
    );

    // The same workbook bytes built again for the same date: one batch, nothing counted twice.
    run_ok(
        dir,
        &[
            "build",
            "s/sample.xlsx",
            "--out",
            "out",
            "--date",
            "2026-12-12",
            "-q",
            "--ledger",
            ledger,
        ],
    );
    assert_eq!(status(dir, ledger, None), all);

    // `history` by link (another form of it) and by store.
    let (out, _) = run_ok(
        dir,
        &[
            "history",
            "https://detail.m.tmall.com/item.htm?id=726601934458",
            "--format",
            "json",
            "--ledger",
            ledger,
        ],
    );
    let history: Value = serde_json::from_str(&out).unwrap();
    let events: Vec<(&str, &str)> = history["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["status"].as_str().unwrap(), e["on"].as_str().unwrap()))
        .collect();
    assert_eq!(events, [("removed", "2026-10-05")]);
    assert_eq!(history["complaints"].as_array().unwrap().len(), 2);
    let (out, _) = run_ok(dir, &["history", "匠工五金专营店", "--ledger", ledger]);
    assert!(
        out.contains("2026-10-05 removed case IPP-1001, filed 2026-10-01"),
        "{out}"
    );
    all
}

#[test]
fn outcomes_relistings_and_disputes_across_batches_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = sqlite(dir.path());
    let all = check_sequence(dir.path(), &ledger);
    // `check` plans as a build would, with the ledger: the pending case is said at its row.
    let (out, _) = run_ok(
        dir.path(),
        &[
            "check",
            "s/sample.xlsx",
            "--date",
            "2026-12-13",
            "--ledger",
            &ledger,
        ],
    );
    assert!(out.contains("Listings!A21: the complaint filed since 2026-12-08 (case IPP-1002) awaits the platform's decision"), "{out}");
    // One client's status lists its listings only.
    let c002 = status(dir.path(), &ledger, Some("C002"));
    let listings = c002["listings"].as_array().unwrap();
    assert!(!listings.is_empty() && listings.iter().all(|l| l["client"] == "C002"));
    let summary = &c002["clients"][0];
    assert_eq!(summary["client"], "C002");
    assert_eq!(summary["relisted"], 1);
    let ipp = summary["platforms"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["profile"] == "alibaba-ipp")
        .unwrap();
    assert_eq!(
        (
            ipp["filed"].as_i64(),
            ipp["decided"].as_i64(),
            ipp["removed"].as_i64()
        ),
        (Some(2), Some(1), Some(1))
    );
    assert_eq!(ipp["success_percent"], 100.0);
    assert_eq!(ipp["good_faith"]["min_success_percent"], 90);
    // The default ledger of a build is OUT/ledger.sqlite.
    let other = tempfile::tempdir().unwrap();
    copy_sample(&other.path().join("s"));
    run_ok(
        other.path(),
        &[
            "build",
            "s/sample.xlsx",
            "--out",
            "out",
            "--date",
            "2026-12-07",
            "-q",
        ],
    );
    assert!(other.path().join("out/ledger.sqlite").is_file());
    assert_eq!(all["batches"], 3);
}

/// A PostgreSQL database of its own for one test, on the server `TAKEDOWN_TEST_POSTGRES`
/// names; `None` (and the test says so) where it is unset.
pub(crate) fn postgres_db(name: &str) -> Option<String> {
    let Ok(url) = std::env::var("TAKEDOWN_TEST_POSTGRES") else {
        eprintln!("TAKEDOWN_TEST_POSTGRES is unset: this PostgreSQL test does not run here (it does in CI)");
        return None;
    };
    let mut client = postgres::Client::connect(&url, postgres::NoTls).expect("the test server answers");
    let db = format!("takedown_{name}_{}", std::process::id());
    client
        .batch_execute(&format!("DROP DATABASE IF EXISTS {db}"))
        .unwrap();
    client.batch_execute(&format!("CREATE DATABASE {db}")).unwrap();
    let mut u = url::Url::parse(&url).unwrap();
    u.set_path(&db);
    Some(u.to_string())
}

#[test]
fn postgres_gives_the_same_status_as_sqlite() {
    let Some(pg) = postgres_db("sequence") else { return };
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    let from_sqlite = check_sequence(a.path(), &sqlite(a.path()));
    let from_postgres = check_sequence(b.path(), &pg);
    assert_eq!(from_postgres, from_sqlite);
    // Two builds at once on one PostgreSQL ledger both land.
    concurrent(&pg);
}

/// Two stores showing one licence number (written two ways) and a third store with its own.
fn operators_workbook(dir: &Path) -> PathBuf {
    csv_workbook_shown(
        dir,
        "ops",
        "client_id,name_en,company_no\nC9,Nine Ltd,HRB 1\nC8,Eight Ltd,HRB 8\n",
        "right_id,client_id,type,number,title_en\nR9,C9,trademark,12345678,NINE\nR8,C8,trademark,87654321,EIGHT\n",
        "url,right_id,store,seller_id,seller_licence,seller_contact\n\
         https://item.taobao.com/item.htm?id=5550001,R9,Store A,a-1,91330100MA27XXXX1X,\n\
         https://item.taobao.com/item.htm?id=5550002,R9,Store B,b-2,91330100 ma27xxxx1x,\n\
         https://item.jd.com/5550003.html,R9,Store C,c-3,91110000600000000Y,\n\
         https://item.taobao.com/item.htm?id=5550004,R9,Store A,a-1,,\n\
         https://item.taobao.com/item.htm?id=5550005,R9,Store D,d-4,,+86 20 3888 1808\n\
         https://item.jd.com/5550006.html,R9,Store E,e-5,91110000600000000Y,(020) 3888-1808\n\
         https://item.jd.com/5550007.html,R9,Store F,f-6,,Sales@F-Shop.example\n\
         https://item.jd.com/5550008.html,R9,Store G,g-7,,sales@f-shop.example\n\
         https://item.jd.com/5550009.html,R9,Store H,h-8,,call us\n\
         https://item.jd.com/5550010.html,R8,Store X,x-9,,0086-20-38881808\n",
    )
}

#[test]
fn stores_sharing_a_licence_or_a_contact_are_one_operator() {
    let dir = tempfile::tempdir().unwrap();
    check_operators(dir.path(), &sqlite(dir.path()));
}

#[test]
fn postgres_finds_the_same_operators() {
    let Some(pg) = postgres_db("operators") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    check_operators(dir.path(), &pg);
}

/// Builds the operators workbook on `ledger`: the report, the cover letter and `status` name
/// its three operators.
fn check_operators(dir: &Path, ledger: &str) {
    operators_workbook(dir);
    let ledger = ledger.to_owned();
    run_ok(
        dir,
        &[
            "build",
            "ops",
            "--out",
            "out",
            "--date",
            "2026-12-07",
            "-q",
            "--ledger",
            &ledger,
        ],
    );
    let report = std::fs::read_to_string(dir.join("out/ops/report.txt")).unwrap();
    for line in [
        "  C9: one operator, licence 91330100MA27XXXX1X: 2 listings in stores Store A, Store B\n",
        "  C9: one operator, licence 91110000600000000Y, contact +86 20 3888 1808: 3 listings in stores Store C, Store D, Store E\n",
        "  C9: one operator, contact Sales@F-Shop.example: 2 listings in stores Store F, Store G\n",
        "warning: ops/listings.csv: listings!F10: \"call us\" is neither a telephone number nor an email address: stores are not matched by it\n",
    ] {
        assert!(report.contains(line), "{line}\n{report}");
    }
    let cover = std::fs::read_dir(dir.join("out/ops"))
        .unwrap()
        .flatten()
        .find(|e| e.file_name().to_string_lossy().starts_with("C9"))
        .unwrap()
        .path()
        .join("cover-letter.pdf");
    let dense = text(&cover);
    assert!(
        dense.contains("ThestoresStoreC,StoreDandStoreEarelinkedbythebusinesslicencenumber91110000600000000Yandthecontact+862038881808,eachshownbytwoormoreofthem:oneoperatorbehind3listings."),
        "{dense}"
    );
    for sentence in [
        "店铺StoreA、StoreB公示的营业执照号码均为91330100MA27XXXX1X，系同一经营者，共涉及2条链接。",
        "店铺StoreC、StoreD、StoreE通过其中两家以上店铺共用的营业执照号码91110000600000000Y及联系方式+862038881808相互关联，系同一经营者，共涉及3条链接。",
        "店铺StoreF、StoreG公示的联系方式均为Sales@F-Shop.example，系同一经营者，共涉及2条链接。",
    ] {
        assert!(dense.contains(sentence), "{sentence}\n{dense}");
    }
    let s = status(dir, &ledger, Some("C9"));
    assert_eq!(
        s["operators"],
        serde_json::json!([
            {
                // Store X is another client's, joined through Store D's telephone number.
                "licence": "91110000600000000Y",
                "licences": ["91110000600000000Y"],
                "contacts": ["2038881808"],
                "stores": ["Store C", "Store D", "Store E", "Store X"],
                "listings": 4,
                "clients": ["C8", "C9"],
            },
            {
                "licence": null,
                "licences": [],
                "contacts": ["sales@f-shop.example"],
                "stores": ["Store F", "Store G"],
                "listings": 2,
                "clients": ["C9"],
            },
            {
                "licence": "91330100MA27XXXX1X",
                "licences": ["91330100MA27XXXX1X"],
                "contacts": [],
                "stores": ["Store A", "Store B"],
                "listings": 2,
                "clients": ["C9"],
            },
        ])
    );
    // Client C8 sees the same operator from its side.
    let s = status(dir, &ledger, Some("C8"));
    assert_eq!(s["operators"].as_array().map(Vec::len), Some(1));
    assert_eq!(
        s["operators"][0]["stores"],
        serde_json::json!(["Store C", "Store D", "Store E", "Store X"])
    );
}

/// A ledger made before stores' contacts were kept (schema version 1) is brought up to date
/// when opened: what it held stays, and the next batch adds the contacts.
#[test]
fn a_ledger_of_the_first_schema_is_migrated_and_keeps_its_batches() {
    let dir = tempfile::tempdir().unwrap();
    operators_workbook(dir.path());
    let ledger = sqlite(dir.path());
    let build = |date: &str| {
        run_ok(
            dir.path(),
            &[
                "build",
                "ops",
                "--out",
                &format!("out-{date}"),
                "--date",
                date,
                "-q",
                "--ledger",
                &ledger,
            ],
        )
    };
    build("2026-12-07");
    let db = rusqlite::Connection::open(dir.path().join("ledger.sqlite")).unwrap();
    db.execute_batch(
        "DROP INDEX listings_contact; ALTER TABLE listings DROP COLUMN contact; \
         UPDATE takedown_schema SET version = 1;",
    )
    .unwrap();
    drop(db);
    let before = status(dir.path(), &ledger, Some("C9"));
    assert_eq!(before["batches"], 1);
    // Contacts are not known yet: only the licence operators.
    let stores: Vec<&Value> = before["operators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| &o["stores"])
        .collect();
    assert_eq!(
        stores,
        [
            &serde_json::json!(["Store C", "Store E"]),
            &serde_json::json!(["Store A", "Store B"])
        ]
    );
    let db = rusqlite::Connection::open(dir.path().join("ledger.sqlite")).unwrap();
    let version: i64 = db
        .query_row("SELECT version FROM takedown_schema", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, takedown::ledger::VERSION);
    drop(db);
    build("2026-12-08");
    let after = status(dir.path(), &ledger, Some("C9"));
    assert_eq!(after["batches"], 2);
    assert_eq!(after["operators"].as_array().map(Vec::len), Some(3));
    assert_eq!(
        after["operators"][0]["contacts"],
        serde_json::json!(["2038881808"])
    );
}

/// Two builds of different workbooks started together on one ledger: both batches land.
fn concurrent(ledger: &str) {
    let dir = tempfile::tempdir().unwrap();
    copy_sample(&dir.path().join("s"));
    operators_workbook(dir.path());
    let spawn = |workbook: &str, out: &str| {
        Command::new(env!("CARGO_BIN_EXE_takedown"))
            .args([
                "build",
                workbook,
                "--out",
                out,
                "--date",
                "2026-12-07",
                "-q",
                "--ledger",
                ledger,
            ])
            .current_dir(dir.path())
            .spawn()
            .unwrap()
    };
    let mut a = spawn("s/sample.xlsx", "out-a");
    let mut b = spawn("ops", "out-b");
    assert!(a.wait().unwrap().code().unwrap() <= 1);
    assert!(b.wait().unwrap().code().unwrap() <= 1);
    let s = status(dir.path(), ledger, None);
    let clients: std::collections::BTreeSet<&str> = s["listings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["client"].as_str().unwrap())
        .collect();
    for c in ["C001", "C002", "C003", "C9"] {
        assert!(clients.contains(c), "{c} missing: {clients:?}");
    }
}

#[test]
fn two_builds_at_once_both_land_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = sqlite(dir.path());
    concurrent(&ledger);
    let s = status(dir.path(), &ledger, None);
    assert!(s["batches"].as_i64().unwrap() >= 2);
}

#[test]
fn a_sigkill_during_a_batch_then_a_rerun_converges() {
    let clean = tempfile::tempdir().unwrap();
    let expected = {
        let ledger = sqlite(clean.path());
        sequence(clean.path(), &ledger);
        status(clean.path(), &ledger, None)
    };
    for delay in [30, 120, 300, 700] {
        let dir = tempfile::tempdir().unwrap();
        let ledger = sqlite(dir.path());
        // The first batch and the outcomes, then the second batch killed after `delay` ms.
        copy_sample(&dir.path().join("s"));
        std::fs::create_dir_all(dir.path().join("o")).unwrap();
        std::fs::write(dir.path().join("o/outcomes.csv"), OUTCOMES).unwrap();
        let l = ["--ledger", ledger.as_str()];
        run_ok(
            dir.path(),
            &[
                &[
                    "build",
                    "s/sample.xlsx",
                    "--out",
                    "out",
                    "--date",
                    "2026-12-07",
                    "-q",
                ][..],
                &l,
            ]
            .concat(),
        );
        takedown(
            dir.path(),
            &[
                &["build", "o", "--out", "out", "--date", "2026-12-11", "-q"][..],
                &l,
            ]
            .concat(),
        );
        let mut child = Command::new(env!("CARGO_BIN_EXE_takedown"))
            .args([
                "build",
                "s/sample.xlsx",
                "--out",
                "out",
                "--date",
                "2026-12-12",
                "-q",
                "--ledger",
                &ledger,
            ])
            .current_dir(dir.path())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay));
        let _ = child.kill();
        let _ = child.wait();
        run_ok(
            dir.path(),
            &[
                "build",
                "s/sample.xlsx",
                "--out",
                "out",
                "--date",
                "2026-12-12",
                "-q",
                "--ledger",
                &ledger,
            ],
        );
        assert_eq!(
            status(dir.path(), &ledger, None),
            expected,
            "killed after {delay} ms"
        );
    }
}

#[test]
fn a_damaged_or_newer_ledger_is_one_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    copy_sample(&dir.path().join("s"));
    std::fs::write(dir.path().join("bad.sqlite"), vec![0x5a; 8192]).unwrap();
    let (_, err, code) = takedown(
        dir.path(),
        &[
            "build",
            "s/sample.xlsx",
            "--out",
            "out",
            "--date",
            "2026-12-07",
            "--ledger",
            "sqlite:bad.sqlite",
        ],
    );
    assert_eq!(code, 2, "{err}");
    assert_eq!(
        err.lines().last().unwrap(),
        "takedown: ledger bad.sqlite: file is not a database: the file is damaged or not a ledger; move it aside (a new one is made) or restore it from a backup"
    );
    assert!(!err.contains("panicked"));

    let newer = dir.path().join("newer.sqlite");
    let db = rusqlite::Connection::open(&newer).unwrap();
    db.execute_batch(
        "CREATE TABLE takedown_schema (version BIGINT NOT NULL); INSERT INTO takedown_schema VALUES (99);",
    )
    .unwrap();
    drop(db);
    let (_, err, code) = takedown(dir.path(), &["status", "--ledger", "sqlite:newer.sqlite"]);
    assert_eq!(code, 2);
    assert!(
        err.contains(&format!(
            "ledger newer.sqlite: it has schema version 99, made by a newer takedown; this one knows up to version {}",
            takedown::ledger::VERSION
        )),
        "{err}"
    );

    let foreign = dir.path().join("foreign.sqlite");
    let db = rusqlite::Connection::open(&foreign).unwrap();
    db.execute_batch("CREATE TABLE invoices (id INTEGER);").unwrap();
    drop(db);
    let (_, err, code) = takedown(dir.path(), &["status", "--ledger", "sqlite:foreign.sqlite"]);
    assert_eq!(code, 2);
    assert!(err.contains("it is a database of something else"), "{err}");
}

/// Builds the operators workbook, then `outcomes` (an outcomes.csv), then the workbook again
/// as a later batch; returns the later batch's stderr.
fn ops_outcomes_ops(dir: &Path, ledger: &str, outcomes: &str) -> String {
    operators_workbook(dir);
    let l = ["--ledger", ledger];
    run_ok(
        dir,
        &[
            &["build", "ops", "--out", "out", "--date", "2026-12-07", "-q"][..],
            &l,
        ]
        .concat(),
    );
    std::fs::create_dir_all(dir.join("o")).unwrap();
    std::fs::write(dir.join("o/outcomes.csv"), outcomes).unwrap();
    run_ok(
        dir,
        &[
            &["build", "o", "--out", "out", "--date", "2026-12-11", "-q"][..],
            &l,
        ]
        .concat(),
    );
    run_ok(
        dir,
        &[&["build", "ops", "--out", "out", "--date", "2026-12-12"][..], &l].concat(),
    )
    .1
}

#[test]
fn a_listing_restored_after_a_counter_notice_is_complained_of_again_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = sqlite(dir.path());
    let err = ops_outcomes_ops(
        dir.path(),
        &ledger,
        "url,case_no,filed_on,status,decided_on\nhttps://item.taobao.com/item.htm?id=5550001,IPP-77,2026-12-08,restored,2026-12-10\n",
    );
    assert!(
        err.contains("listings.csv: listings!G2: the platform restored this listing after the seller's counter-notice (case IPP-77); its new complaint repeats a case the seller won unless it gives new evidence"),
        "{err}"
    );
    let s = status(dir.path(), &ledger, Some("C9"));
    let restored = listing(&s, "https://item.taobao.com/item.htm?id=5550001");
    assert_eq!(
        (restored["status"].as_str(), restored["complaints"].as_i64()),
        (Some("restored"), Some(2))
    );
}

#[test]
fn a_removed_listing_not_captured_since_gets_no_complaint() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = sqlite(dir.path());
    // Removed on 10 December; its capture is of 1 October: nothing shows it back.
    let err = ops_outcomes_ops(
        dir.path(),
        &ledger,
        "url,case_no,filed_on,status,decided_on\nhttps://item.taobao.com/item.htm?id=5550002,IPP-78,2026-12-08,removed,2026-12-10\n",
    );
    assert!(
        err.contains("listings.csv: listings!H3: the platform removed this listing on 2026-12-10 (case IPP-78) and its capture is of 2026-10-01: nothing shows it back, so no complaint names it"),
        "{err}"
    );
    let s = status(dir.path(), &ledger, Some("C9"));
    let removed = listing(&s, "https://item.taobao.com/item.htm?id=5550002");
    assert_eq!(
        (
            removed["status"].as_str(),
            removed["complaints"].as_i64(),
            removed["relisted"].as_bool()
        ),
        (Some("removed"), Some(1), Some(false))
    );
    let report = std::fs::read_to_string(dir.path().join("out/ops/report.txt")).unwrap();
    assert!(
        report.contains("  C9: no complaint for https://item.taobao.com/item.htm?id=5550002: removed (case IPP-78) and not captured since\n"),
        "{report}"
    );
}

#[test]
fn a_store_whose_other_listing_was_removed_is_cited_for_the_same_right() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = sqlite(dir.path());
    // Store A's other listing was removed on 5 September; both were captured on 1 October.
    ops_outcomes_ops(
        dir.path(),
        &ledger,
        "url,case_no,filed_on,status,decided_on\nhttps://item.taobao.com/item.htm?id=5550004,IPP-79,2026-09-01,removed,2026-09-05\n",
    );
    let s = status(dir.path(), &ledger, Some("C9"));
    assert_eq!(
        listing(&s, "https://item.taobao.com/item.htm?id=5550001")["relisted"],
        true
    );
    // Store B sold nothing removed: not re-listed.
    assert_eq!(
        listing(&s, "https://item.taobao.com/item.htm?id=5550002")["relisted"],
        false
    );
    let folder = std::fs::read_dir(dir.path().join("out/ops"))
        .unwrap()
        .flatten()
        .find(|e| e.file_name().to_string_lossy().starts_with("C9"))
        .unwrap()
        .path();
    let flat: String = raw_text(&folder.join("complaint-alibaba-ipp-R9.pdf"))
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        flat.contains("Listing 1: another listing of the same store (https://item.taobao.com/item.htm?id=5550004) was the subject of complaint IPP-79, filed on 1 September 2026: removed on 5 September 2026."),
        "{flat}"
    );
}

#[test]
fn an_outcome_decided_before_it_was_filed_is_an_error_at_its_cell() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("o")).unwrap();
    std::fs::write(
        dir.path().join("o/outcomes.csv"),
        "url,case_no,filed_on,status,decided_on\nhttps://item.taobao.com/item.htm?id=5550001,IPP-80,2026-12-08,removed,2026-12-01\n",
    )
    .unwrap();
    let (out, _, code) = takedown(dir.path(), &["check", "o", "--date", "2026-12-12"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("outcomes!E2: removed on 2026-12-01, before the complaint was filed (2026-12-08): a platform decides after a complaint is filed"),
        "{out}"
    );
}

/// A batch large enough to go to PostgreSQL by `COPY`, with texts holding what that format
/// escapes (tab, newline, carriage return, backslash) and NULLs: read back as SQLite reads
/// the same batch.
#[test]
fn a_large_batch_with_awkward_texts_reads_back_the_same_from_postgresql() {
    use takedown::ledger::{Batch, DocumentRow, Ledger, ListingRow, Location};
    let Some(pg) = postgres_db("copy") else { return };
    let date = takedown::model::parse_date("2026-12-07").unwrap();
    let mut b = Batch::new("big.xlsx", &"ab".repeat(32), date);
    b.clients
        .push(("C1".into(), "Client\tOne".into(), Some("客户\\一".into())));
    b.rights
        .push(("C1".into(), "R1".into(), "trademark".into(), "12345678".into()));
    b.documents.push(DocumentRow {
        client: "C1".into(),
        file: "complaint-taobao-R1.pdf".into(),
        kind: "complaint".into(),
        platform: Some("alibaba-ipp".into()),
        right_id: Some("R1".into()),
    });
    let stores = [
        "Tab\there",
        "Line\nbreak",
        "CR\rhere",
        "Back\\slash \\N",
        "店铺\u{3000}甲",
        "",
    ];
    for i in 0..1_500u64 {
        let url = format!("https://item.taobao.com/item.htm?id={}", 700_000_000_000 + i);
        b.complaint_listings
            .push(("C1".into(), "complaint-taobao-R1.pdf".into(), url.clone()));
        b.listings.push(ListingRow {
            client: "C1".into(),
            url,
            platform: "taobao".into(),
            item_key: Some(format!("taobao:{}", 700_000_000_000 + i)),
            item_id: None,
            store: (i % 7 != 6).then(|| stores[i as usize % 6].to_owned()),
            seller_id: None,
            licence: (i % 3 == 0).then(|| format!("L{}", i % 4)),
            contact: (i % 5 == 0).then(|| "a\\b@c.cn".to_owned()),
            rights: "R1".into(),
            relisted: i % 2 == 0,
        });
    }
    let dir = tempfile::tempdir().unwrap();
    let mut read = Vec::new();
    for location in [
        Location::Sqlite(dir.path().join("l.sqlite")),
        Location::Postgres(pg),
    ] {
        let ledger = Ledger::open(&location).unwrap();
        assert!(ledger.record(&b).unwrap());
        // The same batch again records nothing.
        assert!(!ledger.record(&b).unwrap());
        read.push(serde_json::to_value(ledger.status(None).unwrap()).unwrap());
    }
    assert_eq!(read[0]["listings"].as_array().map(Vec::len), Some(1_500));
    assert_eq!(read[0]["listings"][1]["store"], "Line\nbreak");
    assert_eq!(read[1], read[0]);
}
