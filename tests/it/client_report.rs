//! `takedown report` through the binary on a ledger made by builds and an Outcomes sheet:
//! the summary's numbers are `status --format json`'s, the charts are vector bars whose
//! heights are the numbers they show, every caption is in both languages, the cases
//! workbook has a row per listing, an empty period gives a one-page report, and two runs
//! give the same bytes.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;

use crate::run::takedown;
use crate::support::files::copy_sample;
use crate::support::pdf::{text, tool};

const OUTCOMES: &str = "链接,投诉编号,提交日期,状态,处理日期\n\
https://detail.1688.com/offer/698754321098.html,IPP-1002,2026-12-08,filed,\n\
https://item.taobao.com/item.htm?id=684512379021,IPP-1004,2026-12-08,removed,2026-12-11\n\
https://item.jd.com/100067894521.html,JD-9,2026-12-08,rejected,2026-12-10\n\
https://item.taobao.com/item.htm?id=693475120384,IPP-1005,2026-12-01,removed,2026-12-09\n";

/// The sample built on 7 December and an Outcomes workbook on 11 December, in one ledger.
fn ledger(dir: &Path) -> String {
    ledger_at(dir, &format!("sqlite:{}", dir.join("ledger.sqlite").display()))
}

/// The same, in the ledger `ledger` names.
fn ledger_at(dir: &Path, ledger: &str) -> String {
    let ledger = ledger.to_owned();
    copy_sample(&dir.join("s"));
    std::fs::create_dir_all(dir.join("o")).unwrap();
    std::fs::write(dir.join("o/outcomes.csv"), OUTCOMES).unwrap();
    for (wb, date) in [("s/sample.xlsx", "2026-12-07"), ("o", "2026-12-11")] {
        let (_, err, code) = takedown(
            dir,
            &[
                "build", wb, "--out", "out", "--date", date, "--ledger", &ledger, "-q",
            ],
        );
        assert!(code <= 1, "{err}");
    }
    ledger
}

fn report(dir: &Path, ledger: &str, out: &str, extra: &[&str]) {
    let args = [
        &["report", "--ledger", ledger, "--out", out, "--date", "2026-12-14"][..],
        extra,
    ]
    .concat();
    let (_, err, code) = takedown(dir, &args);
    assert_eq!(code, 0, "{err}");
}

/// The y axis' top for the largest bar, as the chart rounds it (1, 2 or 5 times ten to a power).
fn axis_top(max: f64) -> f64 {
    let raw = max / 5.0;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|k| k * mag)
        .find(|s| *s >= raw)
        .unwrap()
        .max(1.0);
    (max / step).ceil() * step
}

/// The bars drawn on each page: the filled rectangles no wider than a bar and not a legend
/// swatch (7 × 7), summed per bar position: page → x → height.
fn bars(pdf: &Path) -> Vec<BTreeMap<i64, f64>> {
    let doc = lopdf::Document::load(pdf).unwrap();
    let mut out = Vec::new();
    for id in doc.get_pages().values() {
        let content = doc.get_and_decode_page_content(*id).unwrap();
        let mut at: BTreeMap<i64, f64> = BTreeMap::new();
        for op in &content.operations {
            if op.operator != "re" {
                continue;
            }
            let v: Vec<f64> = op
                .operands
                .iter()
                .map(|o| f64::from(o.as_float().unwrap()))
                .collect();
            let (x, w, h) = (v[0], v[2], v[3].abs());
            if w <= 48.5 && (w - 7.0).abs() > 0.01 && h > 0.0 {
                *at.entry((x * 10.0).round() as i64).or_default() += h;
            }
        }
        out.push(at);
    }
    out
}

#[test]
fn the_report_shows_the_ledgers_numbers_in_text_tables_and_bars() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = ledger(dir.path());
    report(
        dir.path(),
        &ledger,
        "rep",
        &["--client", "C001", "--from", "2026-12-01", "--to", "2026-12-31"],
    );
    let pdf = dir.path().join("rep/report-C001-2026-12-01-2026-12-31.pdf");
    let xlsx = dir.path().join("rep/cases-C001-2026-12-01-2026-12-31.xlsx");
    let (json, _, _) = takedown(
        dir.path(),
        &[
            "status",
            "--ledger",
            &ledger,
            "--client",
            "C001",
            "--format",
            "json",
            "--date",
            "2026-12-14",
            "--from",
            "2026-12-01",
            "--to",
            "2026-12-31",
        ],
    );
    let status: Value = serde_json::from_str(&json).unwrap();
    let summary = &status["clients"][0];
    let printed = text(&pdf);
    let count = |s: &str| summary["by_status"][s].as_u64().unwrap_or(0);
    let filed: u64 = summary["platforms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["filed"].as_u64().unwrap())
        .sum();
    for (label, n) in [
        ("Listingsfound发现链接", summary["listings"].as_u64().unwrap()),
        ("Complaintsfiled已提交投诉", filed),
        ("Removed已删除", count("removed")),
        ("Rejected驳回", count("rejected")),
        ("Counter-noticed已申诉", count("counter-noticed")),
        ("Restored已恢复", count("restored")),
        ("Pending待处理", count("filed")),
        ("Drafted,notfiled已起草未提交", count("drafted")),
        ("Held暂缓", count("held")),
        ("Re-listed重新上架", summary["relisted"].as_u64().unwrap()),
        ("Opendisputes未结争议", summary["open_disputes"].as_u64().unwrap()),
    ] {
        assert!(
            printed.contains(&format!("{label}{n}")),
            "{label}{n} not in the summary: {printed}"
        );
    }
    assert!(summary["listings"].as_u64().unwrap() > 5);
    for p in summary["platforms"].as_array().unwrap() {
        let pct = |v: &Value| v.as_f64().map_or("–".to_owned(), |v| format!("{v}%"));
        let row = format!(
            "{}{}{}{}{}{}",
            p["profile"].as_str().unwrap(),
            p["filed"],
            p["decided"],
            p["removed"],
            pct(&p["success_percent"]),
            pct(&p["restored_percent"])
        );
        assert!(printed.contains(&row), "{row} not in {printed}");
    }
    // Vector charts only.
    let images = tool("pdfimages", &["-list"], &pdf);
    assert_eq!(images.lines().count(), 2, "{images}");
    // Every caption in both languages.
    for caption in [
        "Figure1.Complaintsfiledpermonth,byplatform.",
        "图1各平台每月提交的投诉。",
        "Figure2.Listingsremovedpermonth,byplatform.",
        "图2各平台每月删除的链接。",
        "Figure3.Workingdaysfromfilingtoremoval,perplatform:medianand90thpercentile.",
        "图3各平台自投诉至删除的工作日数：中位数与第90百分位。",
        "Figure4.Listingsbytheirlateststatus,perplatform.",
        "图4各平台链接的最新状态。",
        "Figure5.Re-listedlinksfoundpermonth.",
        "图5每月发现的重新上架链接。",
    ] {
        assert!(printed.contains(caption), "{caption} not in {printed}");
    }
    // The bars' heights are the numbers: each stacked chart's totals per category, scaled
    // to its axis (140 points to the axis' top), are bars drawn in the PDF.
    let listings: Vec<&Value> = status["listings"].as_array().unwrap().iter().collect();
    let mut charts: Vec<BTreeMap<String, f64>> = vec![BTreeMap::new(); 4];
    for l in &listings {
        let month = |k: &str| l[k].as_str().map(|d| d[..7].to_owned());
        if let Some(m) = month("filed_on") {
            *charts[0].entry(m).or_default() += 1.0;
        }
        if let Some(m) = month("removed_on") {
            *charts[1].entry(m).or_default() += 1.0;
        }
        *charts[2]
            .entry(l["platform"].as_str().unwrap().to_owned())
            .or_default() += 1.0;
        if l["relisted"].as_bool().unwrap() {
            *charts[3].entry(month("found_on").unwrap()).or_default() += 1.0;
        }
    }
    // The time chart, bars side by side: each platform's median and 90th percentile (by the
    // nearest rank) of the working days from filing to removal.
    let calendar = takedown::calendar::Calendar::builtin();
    let mut days: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    for l in &listings {
        let date = |k: &str| l[k].as_str().and_then(takedown::model::parse_date);
        if let (Some(mut day), Some(removed)) = (date("filed_on"), date("removed_on")) {
            let mut n = 0;
            while day < removed {
                day = day.add_days(1).unwrap();
                n += u32::from(calendar.is_working_day(day));
            }
            days.entry(l["platform"].as_str().unwrap().to_owned())
                .or_default()
                .push(n);
        }
    }
    let mut timed: Vec<f64> = Vec::new();
    for d in days.values_mut() {
        d.sort_unstable();
        let rank = |p: f64| f64::from(d[((p * d.len() as f64).ceil() as usize).max(1) - 1]);
        timed.extend([rank(0.5), rank(0.9)]);
    }
    assert!(!timed.is_empty() && timed.iter().any(|d| *d > 0.0), "{timed:?}");
    let drawn_rects: Vec<f64> = bars(&pdf).into_iter().flat_map(|b| b.into_values()).collect();
    let max = timed.iter().copied().fold(0.0, f64::max);
    for v in timed.iter().filter(|v| **v > 0.0) {
        let h = v * 140.0 / axis_top(max);
        assert!(
            drawn_rects.iter().any(|d| (d - h).abs() < 0.05),
            "no time bar of height {h} ({v} of {max})"
        );
    }
    let drawn = drawn_rects;
    let mut checked = 0;
    for chart in &charts {
        let max = chart.values().copied().fold(0.0, f64::max);
        for v in chart.values() {
            let h = v * 140.0 / axis_top(max);
            assert!(
                drawn.iter().any(|d| (d - h).abs() < 0.05),
                "no bar of height {h} ({v} of {max}): {drawn:?}"
            );
            checked += 1;
        }
    }
    assert!(checked >= 8, "{checked}");

    // The cases workbook: a row per listing with the same status.
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&xlsx).unwrap();
    use calamine::Reader;
    let sheet = book.worksheet_range("Cases").unwrap();
    let rows: Vec<Vec<String>> = sheet
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    assert_eq!(rows[0][..5], ["url", "platform", "store", "licence", "status"]);
    let mut got: Vec<(String, String)> = rows[1..].iter().map(|r| (r[0].clone(), r[4].clone())).collect();
    let mut want: Vec<(String, String)> = listings
        .iter()
        .map(|l| {
            (
                l["url"].as_str().unwrap().to_owned(),
                l["status"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    got.sort();
    want.sort();
    assert_eq!(got, want);
    assert!(
        sheet
            .get_value((1, 6))
            .is_some_and(|c| matches!(c, calamine::Data::DateTime(_))),
        "found_on is no date cell"
    );

    // Two runs, the same bytes.
    report(
        dir.path(),
        &ledger,
        "again",
        &["--client", "C001", "--from", "2026-12-01", "--to", "2026-12-31"],
    );
    for f in [
        "report-C001-2026-12-01-2026-12-31.pdf",
        "cases-C001-2026-12-01-2026-12-31.xlsx",
    ] {
        assert!(
            std::fs::read(dir.path().join("rep").join(f)).unwrap()
                == std::fs::read(dir.path().join("again").join(f)).unwrap(),
            "{f} differs"
        );
    }
    crate::support::pdf::qpdf_check(&pdf);
}

#[test]
fn a_period_without_cases_gives_a_one_page_report_that_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = ledger(dir.path());
    report(
        dir.path(),
        &ledger,
        "rep",
        &["--client", "C002", "--from", "2025-01-01", "--to", "2025-12-31"],
    );
    let pdf = dir.path().join("rep/report-C002-2025-01-01-2025-12-31.pdf");
    let info = tool("pdfinfo", &[], &pdf);
    assert!(
        info.lines().any(|l| l.starts_with("Pages:") && l.ends_with(" 1")),
        "{info}"
    );
    let printed = text(&pdf);
    assert!(
        printed.contains("TheledgerholdsnolistingofC002firstfoundinthisperiod."),
        "{printed}"
    );
    assert!(
        printed.contains("案件台账中没有该客户（C002）在本期间首次发现的链接。"),
        "{printed}"
    );
}

/// The filing lists: a workbook per platform of the latest batch's complaints, a row per
/// link of each, the right's number and the reason, every link printed in its complaint.
#[test]
fn the_filing_lists_give_each_complaints_links_with_its_right() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = ledger(dir.path());
    report(dir.path(), &ledger, "rep", &["--client", "C002"]);
    let packet = crate::support::files::packet(&dir.path().join("out/sample"), "C002");
    let mut complaints: Vec<String> = std::fs::read_dir(&packet)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|f| f.starts_with("complaint-"))
        .collect();
    complaints.sort();
    let mut listed: Vec<String> = Vec::new();
    let mut lists: Vec<String> = std::fs::read_dir(dir.path().join("rep"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|f| f.starts_with("filing-"))
        .collect();
    lists.sort();
    assert_eq!(
        lists,
        [
            "filing-alibaba-ipp-C002.xlsx",
            "filing-jd-C002.xlsx",
            "filing-pinduoduo-C002.xlsx"
        ]
    );
    use calamine::Reader;
    for list in &lists {
        let platform = list.trim_start_matches("filing-").trim_end_matches("-C002.xlsx");
        let mut book: calamine::Xlsx<_> = calamine::open_workbook(dir.path().join("rep").join(list)).unwrap();
        let sheet = book.worksheet_range("Filing").unwrap();
        let rows: Vec<Vec<String>> = sheet
            .rows()
            .map(|r| r.iter().map(|c| c.to_string()).collect())
            .collect();
        assert_eq!(rows[0][2], "right_number 权利编号");
        assert!(rows.len() > 1, "{list} is empty");
        for row in &rows[1..] {
            let (file, number, url) = (&row[0], &row[2], &row[3]);
            assert!(
                file.starts_with(&format!("complaint-{platform}-")),
                "{file} in {list}"
            );
            let printed = text(&packet.join(file));
            assert!(
                printed.contains(&crate::support::pdf::squeeze(url)),
                "{url} not in {file}"
            );
            assert!(printed.contains(number.as_str()), "{number} not in {file}");
            assert!(!row[6].is_empty() && !row[7].is_empty(), "no reason: {row:?}");
            listed.push(file.clone());
        }
    }
    listed.sort();
    listed.dedup();
    assert_eq!(
        listed, complaints,
        "the filing lists name other complaints than were written"
    );
}

/// `report: monthly`: the first build of December in a watch folder writes November's
/// report of every client, once.
#[test]
fn a_watch_folder_writes_the_month_befores_reports_on_its_first_build_of_a_month() {
    let dir = tempfile::tempdir().unwrap();
    let drop = dir.path().join("drop");
    std::fs::create_dir_all(drop.join("inbox")).unwrap();
    std::fs::write(drop.join("takedown.yaml"), "report: monthly\n").unwrap();
    copy_sample(&drop.join("inbox/sample"));
    let watch = |date: &str| {
        let (_, err, code) = takedown(
            dir.path(),
            &["watch", "drop", "--once", "--settle-ms", "0", "--date", date],
        );
        assert!(code <= 1, "{err}");
    };
    watch("2026-12-07");
    let month = drop.join("reports/2026-11");
    let mut files: Vec<String> = std::fs::read_dir(&month)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert!(
        files.contains(&"report-C001-2026-11-01-2026-11-30.pdf".to_owned()),
        "{files:?}"
    );
    assert!(
        files.contains(&"cases-C003-2026-11-01-2026-11-30.xlsx".to_owned()),
        "{files:?}"
    );
    // The sample's batch is of 7 December: nothing of it was found in November.
    let printed = text(&month.join("report-C001-2026-11-01-2026-11-30.pdf"));
    assert!(
        printed.contains("TheledgerholdsnolistingofC001firstfoundinthisperiod."),
        "{printed}"
    );
    // A second build that month leaves them as they are.
    let marker = month.join("kept.txt");
    std::fs::write(&marker, "a note a person saved").unwrap();
    copy_sample(&drop.join("inbox/again"));
    watch("2026-12-09");
    assert!(marker.exists(), "the month's reports were written again");
    assert!(!drop.join("reports/2026-12").exists());
}

/// On PostgreSQL the report, its cases workbook and the filing lists say what they say on
/// SQLite: the same SQL, the same order (sorted in Rust where the collations differ).
#[test]
fn postgresql_gives_the_same_report_and_filing_lists() {
    let Some(pg) = crate::ledger::postgres_db("report") else {
        return;
    };
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let sqlite = ledger(a.path());
    ledger_at(b.path(), &pg);
    for (dir, url) in [(a.path(), sqlite.as_str()), (b.path(), pg.as_str())] {
        report(
            dir,
            url,
            "rep",
            &["--client", "C002", "--from", "2026-12-01", "--to", "2026-12-31"],
        );
    }
    let names = |d: &Path| -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(d.join("rep"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    };
    assert_eq!(names(a.path()), names(b.path()));
    assert!(names(a.path()).iter().any(|n| n.starts_with("filing-")));
    for name in names(a.path()) {
        let (x, y) = (a.path().join("rep").join(&name), b.path().join("rep").join(&name));
        if name.ends_with(".pdf") {
            assert_eq!(text(&x), text(&y), "{name}");
        } else {
            use calamine::Reader;
            let rows = |p: &Path| -> Vec<Vec<String>> {
                let mut book: calamine::Xlsx<_> = calamine::open_workbook(p).unwrap();
                let sheet = book.worksheet_range_at(0).unwrap().unwrap();
                sheet
                    .rows()
                    .map(|r| r.iter().map(|c| c.to_string()).collect())
                    .collect()
            };
            assert_eq!(rows(&x), rows(&y), "{name}");
        }
    }
}
