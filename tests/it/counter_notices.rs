//! Counter-notices through the real binary: the sheet in English, Chinese or CSV; unknown
//! listings, unknown grounds and bad files as errors at their cells; counter-notices left
//! out with a warning; the deadlines in `deadlines.ics` (read with the icalendar crate's
//! parser), `report.txt` and the cover letter, with stable UIDs.

use crate::{notices, support};
use notices::*;
use support::docket::day;
use support::fixtures::{csv_workbook, csv_workbook_shown, row, s, write_xlsx, Sheet, C};
use support::pdf::text;
use takedown::deadlines::{uid, Kind};
use takedown::ingest::read_workbook;
use takedown::model::{build_docket_on, Date, Ground};

/// (UID, DTSTART, alarms, SUMMARY) of each event.
fn events(ics: &str) -> Vec<(String, String, usize, String)> {
    let unfolded = icalendar::parser::unfold(ics);
    let calendar = icalendar::parser::read_calendar(&unfolded).expect("parses as iCalendar");
    calendar
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .map(|event| {
            let prop = |name: &str| {
                event
                    .properties
                    .iter()
                    .find(|p| p.name == name)
                    .map(|p| p.val.as_str().to_owned())
                    .unwrap_or_default()
            };
            let alarms = event.components.iter().filter(|c| c.name == "VALARM").count();
            (prop("UID"), prop("DTSTART"), alarms, prop("SUMMARY"))
        })
        .collect()
}

#[test]
fn deadlines_ics_holds_every_counter_notice_deadline_with_stable_uids() {
    let dir = tempfile::tempdir().unwrap();
    let workbook = workbook(dir.path(), &[]);
    let out = build(dir.path(), &workbook, "out");
    let ics = std::fs::read_to_string(out.join("deadlines.ics")).unwrap();
    let all = events(&ics);
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(
        all.len(),
        manifest["deadlines"]["events"].as_u64().unwrap() as usize
    );
    assert!(
        all.iter().all(|(_, _, alarms, _)| *alarms == 1),
        "one reminder per event"
    );
    let mut uids: Vec<&str> = all.iter().map(|e| e.0.as_str()).collect();
    uids.sort_unstable();
    uids.dedup();
    assert_eq!(uids.len(), all.len(), "UIDs are unique");
    assert!(
        all.iter().all(|(_, start, _, _)| !start.ends_with("0101")),
        "never on 1 January"
    );

    // A deadline is its own event, or one of the event of its client, day and step (its
    // summary names its item); every summary names the client.
    assert!(
        all.iter()
            .all(|e| e.3.starts_with("[C1] ") || e.3.contains(": [C1] ")),
        "{all:?}"
    );
    let date_of = |kind: Kind, subject: &str| -> String {
        let id = uid("C1", kind, subject);
        let item = subject.rsplit('-').next().unwrap();
        let step = match kind {
            Kind::Reply => "our reply to the seller's statement due",
            _ => "art. 43 period ends",
        };
        all.iter()
            .find(|e| e.0 == id || (e.3.contains(step) && e.3.contains(&format!("(item {item})"))))
            .map(|e| e.1.clone())
            .unwrap_or_else(|| panic!("no {kind:?} event for {subject}"))
    };
    let subject = |ground: &str, link: &str| file_of(ground, link).trim_end_matches(".pdf").to_owned();
    // Our reply: 3 working days (the profiles' reply_days) after forwarding.
    let replies = [
        ("licensed", taobao(1), "20261204"),
        ("genuine", taobao(2), "20270104"),
        ("no-use", taobao(3), "20261010"),
        ("different-goods", taobao(4), "20260225"),
        ("own-right", taobao(5), "20261204"),
    ];
    for (ground, link, date) in &replies {
        assert_eq!(date_of(Kind::Reply, &subject(ground, link)), *date, "{ground}");
    }
    // Art. 43: received_on + 15 calendar days, whatever the forwarding date (review N6).
    let art43 = [
        ("licensed", taobao(1), "20261217"),
        ("genuine", taobao(2), "20270113"),
        ("no-use", taobao(3), "20261023"),
        ("different-goods", taobao(4), "20260311"),
        ("own-right", taobao(5), "20261216"),
    ];
    for (ground, link, date) in &art43 {
        assert_eq!(date_of(Kind::Art43, &subject(ground, link)), *date, "{ground}");
    }
    // The report lists them too, with their basis.
    let report = std::fs::read_to_string(out.join("report.txt")).unwrap();
    assert!(
        report.contains("  2026-12-17  C1  Alibaba Intellectual Property Protection Platform (IPP): art. 43 period ends: notify the platform of a complaint to the authorities or a suit (item 600000000001)"),
        "{report}"
    );
    assert!(report.contains("  2027-01-04 (estimated)  C1  Alibaba Intellectual Property Protection Platform (IPP): our reply to the seller's statement due (item 600000000002)"), "{report}");

    // A deadline already past on the issue date is a warning at the counter-notice.
    assert!(
        report.contains("Counter-notices!A5: the 15 days of E-Commerce Law art. 43 ended on 2026-03-11: unless a complaint to the authorities or a suit was notified to Alibaba Intellectual Property Protection Platform (IPP) by then, it may already have ended its measures"),
        "{report}"
    );
    assert!(!report.contains("Counter-notices!A2: the 15 days"), "{report}");
    assert!(
        !report.contains("Counter-notices!A2: our reply was due"),
        "{report}"
    );

    // A second build gives the same events, UIDs included.
    let again = build(dir.path(), &workbook, "again");
    let second = std::fs::read_to_string(again.join("deadlines.ics")).unwrap();
    assert_eq!(events(&second), all);

    // The cover letter's deadline table.
    let cover = text(&out.join("C1-guangzhou-lingxi-smart-home-technology/cover-letter.pdf"));
    assert!(cover.contains("4.Deadlines四、期限"), "{cover}");
    assert!(cover.contains("17December2026"));
    assert!(cover.contains("2026年12月17日"));
    assert!(cover.contains("(item600000000001)"));
    // Deadlines name what they concern, never a file.
    assert!(!cover.contains("rebuttal-taobao"), "{cover}");
}

#[test]
fn an_unknown_listing_and_a_bad_file_are_errors_at_their_cells() {
    let dir = tempfile::tempdir().unwrap();
    let extra = vec![
        vec![
            s("https://item.taobao.com/item.htm?id=699999999999"),
            C::D(2026, 12, 1),
            C::E,
            s("licensed"),
        ],
        vec![s("no link here"), C::D(2026, 12, 1), C::E, s("genuine")],
        vec![s(&taobao(1)), C::D(2026, 12, 1), C::E, s("counterfeit")],
        vec![
            s(&taobao(2)),
            C::E,
            C::E,
            s("genuine"),
            C::E,
            s("ours/missing.png"),
        ],
    ];
    let path = workbook(dir.path(), &extra);
    let (stdout, _, code) = takedown(dir.path(), &["check", path.to_str().unwrap()]);
    assert_eq!(code, 1, "{stdout}");
    let name = path.display().to_string();
    for line in [
        format!("error: {name}: Counter-notices!A10: https://item.taobao.com/item.htm?id=699999999999 is not a listing of sheet Listings; a counter-notice answers a listing of the workbook"),
        format!("error: {name}: Counter-notices!A11: \"no link here\" is not a link (expected the link of a listing in sheet Listings)"),
        format!("error: {name}: Counter-notices!D12: \"counterfeit\" is not a ground takedown knows (licensed 已获授权, genuine 正品来源, no-use 未使用, different-goods 商品不同类, own-right 自有权利, invalid 权利无效, design-differs 设计不同, other 其他)"),
        format!("error: {name}: Counter-notices!B13: received_on is empty (required)"),
    ] {
        assert!(stdout.lines().any(|l| l == line), "missing {line}\n{stdout}");
    }

    // A missing file of ours: an error at its cell, and that client gets no packet.
    let extra = vec![vec![
        s(&taobao(2)),
        C::D(2026, 12, 1),
        C::E,
        s("genuine"),
        C::E,
        s("ours/missing.png"),
    ]];
    let path = workbook(dir.path(), &extra);
    let (stdout, _, code) = takedown(dir.path(), &["check", path.to_str().unwrap()]);
    assert_eq!(code, 1, "{stdout}");
    assert!(
        stdout.contains(&format!("error: {name}: Counter-notices!F10: evidence file \"ours/missing.png\" not found: looked for ours/missing.png; ours holds no-licence.png")),
        "{stdout}"
    );
    let (_, _, code) = takedown(
        dir.path(),
        &[
            "build",
            path.to_str().unwrap(),
            "--out",
            "bad",
            "--date",
            "2026-11-28",
        ],
    );
    assert_eq!(code, 1);
    assert!(!dir
        .path()
        .join("bad/notices/C1-guangzhou-lingxi-smart-home-technology")
        .exists());
}

#[test]
fn a_chinese_sheet_with_chinese_grounds_reads_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let clients = Sheet::new(
        "客户",
        vec![
            row(&[
                "客户编号",
                "英文名称",
                "中文名称",
                "国家或地区",
                "统一社会信用代码",
            ]),
            row(&["C1", "Lingxi", "灵犀", "CN", "91440101MA5CJQ4N59"]),
        ],
    );
    let rights = Sheet::new(
        "知识产权",
        vec![
            row(&["权利编号", "客户编号", "类型", "注册号", "类别", "已备案"]),
            row(&["R1", "C1", "商标", TM, "25", "淘宝"]),
        ],
    );
    let listings = Sheet::new(
        "侵权链接",
        vec![
            row(&["链接", "权利编号", "证据文件", "取证日期"]),
            row(&[
                "https://item.taobao.com/item.htm?id=600000000001",
                "R1",
                "截图.png",
                "2026-10-01",
            ]),
        ],
    );
    let notices = Sheet::new(
        "反通知",
        vec![
            row(&["链接", "收到日期", "转送日期", "理由", "对方证据", "备注"]),
            // The mobile form of the same item.
            row(&[
                "https://m.intl.taobao.com/detail/detail.html?id=600000000001",
                "2026-12-02",
                "2026-12-01",
                "正品来源、商品不同类",
                "发票",
                "—",
            ]),
        ],
    );
    let path = dir.path().join("notices.xlsx");
    support::fixtures::shot(&dir.path().join("截图.png"));
    write_xlsx(&path, &[clients, rights, listings, notices]).unwrap();
    let (stdout, _, code) = takedown(dir.path(), &["check", path.to_str().unwrap()]);
    assert!(!stdout.contains("error:"), "{stdout}");
    assert_eq!(code, 0, "{stdout}");
    assert!(
        stdout.contains("1 client, 1 right, 1 listing, 1 counter-notice; 0 errors"),
        "{stdout}"
    );
    let out = build(dir.path(), &path, "out");
    let text = text(&out.join("C1-lingxi/rebuttal-taobao-600000000001.pdf"));
    assert!(text.contains("Genuinegoods.") && text.contains("关于商品类别："));
    assert!(!text.contains("Licence.TheComplainant"));
}

#[test]
fn the_sample_workbook_has_two_counter_notices() {
    let wb = read_workbook(&support::files::sample()).unwrap();
    assert_eq!(
        wb.counter_notices.as_ref().map(|t| t.sheet.as_str()),
        Some("Counter-notices")
    );
    let (docket, diagnostics) = build_docket_on(&wb, day());
    assert!(diagnostics.iter().all(|d| !d.is_error()), "{diagnostics:?}");
    let grounds: Vec<(&str, &[Ground])> = docket
        .counter_notices
        .iter()
        .map(|n| (n.url.as_str(), n.grounds.as_slice()))
        .collect();
    assert_eq!(
        grounds,
        [
            (
                "https://item.taobao.com/item.htm?id=702318846735",
                &[Ground::Licensed][..]
            ),
            (
                "https://item.jd.com/100045678912.html",
                &[Ground::Genuine, Ground::DifferentGoods][..]
            ),
        ]
    );
    // A blank forwarding date stays blank (review N6): nothing is printed for it.
    assert_eq!(docket.counter_notices[1].forwarded_on, None);
    assert_eq!(
        docket.counter_notices[1].received_on,
        Date::new(2026, 11, 27).unwrap()
    );
}

#[test]
fn a_csv_workbook_reads_its_counter_notices_file_and_ignores_an_empty_one() {
    let dir = tempfile::tempdir().unwrap();
    let csv = csv_workbook(
        dir.path(),
        "csv",
        CLIENTS_CSV,
        RIGHTS_CSV,
        "url,right_id\nhttps://item.jd.com/100045678912.html,R1\n",
    );
    std::fs::write(csv.join("counter-notices.csv"), "").unwrap();
    let (stdout, _, code) = takedown(dir.path(), &["check", "csv"]);
    assert_eq!(code, 0, "{stdout}");
    std::fs::write(
        csv.join("counter-notices.csv"),
        "url,received_on,grounds\nhttps://item.m.jd.com/product/100045678912.html,2026-12-01,own-right\nhttps://item.jd.com/1.html,2026-12-01,invalid\n",
    )
    .unwrap();
    let (stdout, _, code) = takedown(dir.path(), &["check", "csv"]);
    assert_eq!(code, 1, "{stdout}");
    assert!(
        stdout.lines().any(|l| l
            == "error: csv/counter-notices.csv: counter-notices!A3: https://item.jd.com/1.html is not a listing of sheet listings; a counter-notice answers a listing of the workbook"),
        "{stdout}"
    );
    assert_eq!(
        stdout.matches("error:").count(),
        1,
        "the mobile link is the listing: {stdout}"
    );
}

#[test]
fn a_listing_in_dispute_gets_its_rebuttal_and_no_new_complaint() {
    let dir = tempfile::tempdir().unwrap();
    let csv = csv_workbook_shown(
        dir.path(),
        "csv",
        CLIENTS_CSV,
        // A design without its evaluation report: Alibaba IPP requires one, so no complaint.
        format!("{RIGHTS_CSV}R2,C1,design patent,{}\n", design_number()),
        &format!("url,right_id\n{},R1\n{},R2\n", taobao(1), taobao(2)),
    );
    std::fs::write(
        csv.join("counter-notices.csv"),
        format!(
            "grounds,url,received_on\nlicensed,{},2026-12-01\ndesign-differs,{},2026-12-01\n",
            taobao(1),
            taobao(2)
        ),
    )
    .unwrap();
    let (_, err, code) = takedown(
        dir.path(),
        &["build", "csv", "--out", "out", "--date", "2026-11-28"],
    );
    assert_eq!(code, 0, "{err}");
    let folder = dir.path().join("out/csv/C1-acme");
    // A rebuttal answers the complaint filed before, whether or not one could be written now
    // (the design lacks the report Alibaba IPP requires for a new complaint).
    assert!(folder.join("rebuttal-taobao-600000000001.pdf").exists());
    assert!(folder.join("rebuttal-taobao-600000000002.pdf").exists());
    // The listings in dispute get no second complaint (review N14).
    assert!(!folder.join("complaint-alibaba-ipp-R1.pdf").exists());
    let report = std::fs::read_to_string(dir.path().join("out/csv/report.txt")).unwrap();
    for row in [2, 3] {
        assert!(
            report.contains(&format!("warning: csv/listings.csv: listings!A{row}: a counter-notice answers this listing's complaint: no new complaint names it in this build")),
            "{report}"
        );
    }
    assert!(
        report.contains("warning: csv/counter-notices.csv: counter-notices!B2: case_no is empty: the rebuttal names the complaint it answers by the listing and right only"),
        "{report}"
    );
}

#[test]
fn a_counter_notice_against_a_listing_left_out_is_left_out_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let csv = csv_workbook_shown(
        dir.path(),
        "csv",
        CLIENTS_CSV,
        RIGHTS_CSV,
        &format!("url,right_id\n{},R1\n{},R9\n", taobao(1), taobao(2)),
    );
    std::fs::write(
        csv.join("counter-notices.csv"),
        format!("url,received_on,grounds\n{},2026-12-01,other\n", taobao(2)),
    )
    .unwrap();
    let (stdout, _, code) = takedown(dir.path(), &["check", "csv"]);
    assert_eq!(code, 1, "{stdout}");
    assert!(
        stdout.lines().any(|l| l
            == "warning: csv/counter-notices.csv: counter-notices!A2: the listing (listings row 3) could not be used; no rebuttal is written until it can"),
        "{stdout}"
    );
    assert!(stdout.contains("1 listing; 1 error, 4 warnings"), "{stdout}");
}
