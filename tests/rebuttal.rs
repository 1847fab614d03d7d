//! Counter-notices through the real binary: one rebuttal per counter-notice holding the
//! argument of each ground given (pdftotext, both languages) and no other; the listing, the
//! right and the complaint it answers; our evidence annexed; unknown links and bad files as
//! errors at their cells; the deadlines in `deadlines.ics` (read with the icalendar crate's
//! parser), `report.txt` and the cover letter.

mod support;

use std::path::Path;
use std::process::Command;

use support::fixtures::{row, s, write_xlsx, Sheet, C};
use takedown::deadlines::{uid, Kind};
use takedown::ingest::read_workbook;
use takedown::model::{build_docket_on, patent_check_digit, Date, Ground};

/// Runs `takedown ARGS…` in `dir`; returns (stdout, stderr, exit status).
fn takedown(dir: &Path, args: &[&str]) -> (String, String, i32) {
    let output = Command::new(env!("CARGO_BIN_EXE_takedown"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("runs");
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
        output.status.code().unwrap_or(-1),
    )
}

/// pdftotext in content order (each English clause, then its Chinese), whitespace removed.
fn text(pdf: &Path) -> String {
    let output = Command::new("pdftotext")
        .arg("-raw")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(output.status.success(), "pdftotext {}", pdf.display());
    String::from_utf8(output.stdout)
        .unwrap()
        .split_whitespace()
        .collect()
}

fn squeeze(s: &str) -> String {
    s.split_whitespace().collect()
}

const TM: &str = "28374615";

fn design_number() -> String {
    let digits = "201930123456";
    format!("ZL{digits}.{}", patent_check_digit(digits).unwrap())
}

fn taobao(n: u32) -> String {
    format!(
        "https://item.taobao.com/item.htm?id={}",
        600_000_000_000u64 + u64::from(n)
    )
}

const DOUYIN: &str = "https://haohuo.jinritemai.com/ecommerce/trade/detail/index.html?id=3612345678901234567";

/// A date cell's year, month and day.
type Ymd = (u16, u8, u8);

/// (ground, link, forwarded_on, received_on) of each counter-notice row, from row 2.
fn notices() -> Vec<(&'static str, String, Option<Ymd>, Ymd)> {
    vec![
        ("licensed", taobao(1), Some((2026, 12, 1)), (2026, 12, 2)),
        // 29 December: our 3 working days skip 1 January 2027 and the weekend.
        ("genuine", taobao(2), Some((2026, 12, 29)), (2026, 12, 29)),
        // 30 September: the National Day holiday, then Saturday 10 October (a make-up day).
        ("no-use", taobao(3), Some((2026, 9, 30)), (2026, 10, 8)),
        // 13 February: Saturday the 14th is a working day, the Spring Festival is not.
        ("different-goods", taobao(4), Some((2026, 2, 13)), (2026, 2, 24)),
        ("own-right", taobao(5), None, (2026, 12, 1)),
        ("invalid", taobao(6), Some((2026, 12, 1)), (2026, 12, 3)),
        ("other", taobao(7), Some((2026, 12, 1)), (2026, 12, 3)),
        (
            "design-differs",
            DOUYIN.to_owned(),
            Some((2026, 12, 1)),
            (2026, 12, 2),
        ),
    ]
}

/// A workbook with only the rows the counter-notices refer to: one client, a trademark and a
/// design, one listing per counter-notice, and `extra` counter-notice rows at the end.
fn workbook(dir: &Path, extra: &[Vec<C>]) -> std::path::PathBuf {
    let clients = Sheet::new(
        "Clients",
        vec![
            row(&[
                "client_id",
                "name_en",
                "name_zh",
                "country",
                "company_no",
                "address_en",
                "address_zh",
                "signatory",
                "email",
            ]),
            row(&[
                "C1",
                "Guangzhou Lingxi Smart Home Technology Co., Ltd.",
                "广州灵犀智能家居科技有限公司",
                "CN",
                "91440101MA5CJQ4N59",
                "18 Kexue Avenue, Huangpu District, Guangzhou",
                "广州市黄埔区科学大道18号",
                "Li Na",
                "ip@lingxi.example",
            ]),
        ],
    );
    let rights = Sheet::new(
        "Rights",
        vec![
            row(&[
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
            ]),
            row(&[
                "R1",
                "C1",
                "trademark",
                TM,
                "LINGXI",
                "灵犀",
                "CN",
                "25",
                "2019-01-07",
                "2029-01-06",
            ]),
            row(&[
                "R2",
                "C1",
                "design patent",
                &design_number(),
                "Smart plug",
                "智能插座",
                "CN",
                "",
                "2020-03-10",
                "2034-08-01",
            ]),
        ],
    );
    let mut listings = vec![row(&["url", "right_id", "store", "title", "found_on"])];
    let mut counter = vec![row(&[
        "url",
        "received_on",
        "forwarded_on",
        "grounds",
        "seller_evidence",
        "our_evidence",
        "notes",
    ])];
    for (i, (ground, link, forwarded, received)) in notices().into_iter().enumerate() {
        let right = if ground == "design-differs" { "R2" } else { "R1" };
        listings.push(row(&[
            &link,
            right,
            &format!("Store {i}"),
            &format!("Product {i}"),
            "2026-10-01",
        ]));
        let date = |d: Ymd| C::D(d.0, d.1, d.2);
        counter.push(vec![
            s(&link),
            date(received),
            forwarded.map_or(C::E, date),
            s(ground),
            s(&format!("seller document {i}")),
            s(if i == 0 { "ours/no-licence.png" } else { "" }),
            C::E,
        ]);
    }
    counter.extend(extra.iter().cloned());
    std::fs::create_dir_all(dir.join("ours")).unwrap();
    let png =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/evidence/C001/comparison-100045678912.png");
    std::fs::copy(png, dir.join("ours/no-licence.png")).unwrap();
    let path = dir.join("notices.xlsx");
    write_xlsx(
        &path,
        &[
            clients,
            rights,
            Sheet::new("Listings", listings),
            Sheet::new("Counter-notices", counter),
        ],
    )
    .unwrap();
    path
}

fn build(dir: &Path, workbook: &Path, out: &str) -> std::path::PathBuf {
    let (_, err, code) = takedown(
        dir,
        &[
            "build",
            workbook.to_str().unwrap(),
            "--out",
            out,
            "--date",
            "2026-11-28",
        ],
    );
    assert_eq!(code, 0, "{err}");
    dir.join(out).join("notices")
}

/// The rebuttal file of each counter-notice row.
fn file_of(ground: &str, link: &str) -> String {
    if ground == "design-differs" {
        "rebuttal-douyin-3612345678901234567.pdf".to_owned()
    } else {
        format!("rebuttal-taobao-{}.pdf", link.rsplit('=').next().unwrap())
    }
}

/// Each ground's argument: a phrase of its English and of its Chinese text.
const ARGUMENTS: [(&str, &str, &str); 8] = [
    ("licensed", "Licence.TheComplainant", "关于授权：投诉人"),
    (
        "genuine",
        "Genuinegoods.Thesellershowsnochainofsupply",
        "关于正品来源：对方未证明商品的供货链条",
    ),
    (
        "no-use",
        "Use.Thelistingusesthemark",
        "关于使用：该链接在商品标题",
    ),
    (
        "different-goods",
        "Thegoods.Thegoodsofferedareidenticalorsimilar",
        "关于商品类别：链接所售商品",
    ),
    ("own-right", "Theseller'sownright.", "关于对方自有权利："),
    ("invalid", "Validity.", "关于权利效力："),
    (
        "design-differs",
        "Thedesign.Designsarecomparedbytheiroverallvisualeffect",
        "关于外观设计：外观设计应以一般消费者",
    ),
    ("other", "Othergrounds.", "关于其他理由："),
];

#[test]
fn each_ground_is_argued_in_both_languages_and_no_other_is() {
    let dir = tempfile::tempdir().unwrap();
    let out = build(dir.path(), &workbook(dir.path(), &[]), "out");
    let folder = out.join("C1-guangzhou-lingxi-smart-home-technology");
    for (ground, link, _, _) in notices() {
        let file = file_of(ground, &link);
        let text = text(&folder.join(&file));
        for (other, en, zh) in ARGUMENTS {
            let present = (text.contains(en), text.contains(zh));
            if other == ground {
                assert_eq!(present, (true, true), "{file} lacks the {other} argument");
            } else {
                assert_eq!(present, (false, false), "{file} argues {other}");
            }
        }
        // The listing, the right and the complaint it answers.
        assert!(text.contains(&squeeze(&link)), "{file} lacks {link}");
        let (number, complaint) = if ground == "design-differs" {
            (design_number(), "complaint-douyin-R2".to_owned())
        } else {
            (TM.to_owned(), "complaint-alibaba-ipp-R1".to_owned())
        };
        assert!(text.contains(&number), "{file} lacks the right {number}");
        assert!(
            text.contains(&complaint),
            "{file} lacks the complaint {complaint}"
        );
        assert!(folder.join(format!("{complaint}.pdf")).exists());
        assert!(
            text.starts_with("ReplytotheSeller'sStatement对平台内经营者声明的回复意见"),
            "{file}"
        );
        assert!(text.contains("maintainthemeasures") && text.contains("维持对该链接已采取的措施"));
    }
    // The registered class is named where the goods are argued.
    let goods = text(&folder.join(file_of("different-goods", &taobao(4))));
    assert!(
        goods.contains("(Niceclasses25)") && goods.contains("（第25类）"),
        "{goods}"
    );
}

#[test]
fn our_evidence_is_annexed_and_listed_in_the_manifest_and_the_packet() {
    let dir = tempfile::tempdir().unwrap();
    let out = build(dir.path(), &workbook(dir.path(), &[]), "out");
    let folder = "C1-guangzhou-lingxi-smart-home-technology";
    let first = text(&out.join(folder).join(file_of("licensed", &taobao(1))));
    assert!(first.contains("Annex1:Complainant'sevidence(onefile)"), "{first}");
    assert!(first.contains("附件一：投诉人证据"));
    assert!(first.contains("no-licence.png"));
    // The annexed PNG is the one image, and the file is sound.
    let pdf = out.join(folder).join(file_of("licensed", &taobao(1)));
    let images = Command::new("pdfimages").arg("-list").arg(&pdf).output().unwrap();
    let images = String::from_utf8_lossy(&images.stdout).into_owned();
    assert_eq!(images.lines().skip(2).count(), 1, "{images}");
    assert!(images.lines().nth(2).unwrap().contains("360   780"), "{images}");
    let qpdf = Command::new("qpdf").arg("--check").arg(&pdf).output().unwrap();
    assert!(qpdf.status.success(), "{}", String::from_utf8_lossy(&qpdf.stdout));
    let second = text(&out.join(folder).join(file_of("genuine", &taobao(2))));
    assert!(second.contains("TheComplainantreliesontheevidenceofitscomplaint."));
    // Without our evidence, the genuine-goods argument does not point to any.
    assert!(
        second.contains("differfromtheComplainant'sgenuineproducts."),
        "{second}"
    );
    assert!(!second.contains("evidenceshows"), "{second}");
    assert!(!second.contains("Annex1"));

    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("manifest.json")).unwrap()).unwrap();
    let files = manifest["files"].as_array().unwrap();
    let rebuttal = files
        .iter()
        .find(|f| f["path"] == format!("{folder}/{}", file_of("licensed", &taobao(1))))
        .expect("listed in the manifest");
    let sources: Vec<&str> = rebuttal["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(
        sources,
        ["Clients!A2", "Counter-notices!A2", "Rights!A2", "Listings!A2"]
    );
    let evidence = manifest["evidence"].as_array().unwrap();
    let ours = evidence
        .iter()
        .find(|e| e["source"] == "ours/no-licence.png")
        .expect("our evidence listed");
    assert_eq!(ours["cells"], serde_json::json!(["Counter-notices!F2"]));
    let mut places: Vec<&str> = ours["embedded"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["path"].as_str().unwrap())
        .collect();
    places.sort_unstable();
    assert_eq!(
        places,
        [
            format!("{folder}/packet.pdf"),
            format!("{folder}/{}", file_of("licensed", &taobao(1)))
        ]
    );
    // packet.pdf holds every rebuttal.
    let packet = text(&out.join(folder).join("packet.pdf"));
    assert_eq!(
        packet
            .matches("ReplytotheSeller'sStatement对平台内经营者声明的回复意见")
            .count(),
        8
    );
}

fn events(ics: &str) -> Vec<(String, String, usize)> {
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
            (prop("UID"), prop("DTSTART"), alarms)
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
        all.iter().all(|(_, _, alarms)| *alarms == 1),
        "one reminder per event"
    );
    let mut uids: Vec<&str> = all.iter().map(|e| e.0.as_str()).collect();
    uids.sort_unstable();
    uids.dedup();
    assert_eq!(uids.len(), all.len(), "UIDs are unique");
    assert!(
        all.iter().all(|(_, start, _)| !start.ends_with("0101")),
        "never on 1 January"
    );

    let date_of = |kind: Kind, subject: &str| -> String {
        let id = uid("C1", kind, subject);
        all.iter()
            .find(|e| e.0 == id)
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
    // Art. 43: forwarded_on (or received_on) + 15 calendar days.
    let art43 = [
        ("licensed", taobao(1), "20261216"),
        ("genuine", taobao(2), "20270113"),
        ("no-use", taobao(3), "20261015"),
        // 28 February 2026 is a Saturday made a working day.
        ("different-goods", taobao(4), "20260228"),
        // No forwarded_on: from received_on, 1 December.
        ("own-right", taobao(5), "20261216"),
    ];
    for (ground, link, date) in &art43 {
        assert_eq!(date_of(Kind::Art43, &subject(ground, link)), *date, "{ground}");
    }
    // The report lists them too, with their basis.
    let report = std::fs::read_to_string(out.join("report.txt")).unwrap();
    assert!(
        report.contains("  2026-12-16  C1  Alibaba Intellectual Property Protection Platform (IPP): art. 43 period ends: notify the platform of a complaint to the authorities or a suit (rebuttal-taobao-600000000001)  [E-Commerce Law art. 43:"),
        "{report}"
    );
    assert!(report.contains("  2027-01-04 (estimated)  C1  Alibaba Intellectual Property Protection Platform (IPP): our reply to the seller's statement due (rebuttal-taobao-600000000002)"), "{report}");

    // A deadline already past on the issue date is a warning at the counter-notice.
    assert!(
        report.contains("Counter-notices!A5: the 15 days of E-Commerce Law art. 43 ended on 2026-02-28: unless a complaint to the authorities or a suit was notified to Alibaba Intellectual Property Protection Platform (IPP) by then, it may already have ended its measures"),
        "{report}"
    );
    assert!(!report.contains("Counter-notices!A2:"), "{report}");

    // A second build gives the same events, UIDs included.
    let again = build(dir.path(), &workbook, "again");
    let second = std::fs::read_to_string(again.join("deadlines.ics")).unwrap();
    assert_eq!(events(&second), all);

    // The cover letter's deadline table.
    let cover = text(&out.join("C1-guangzhou-lingxi-smart-home-technology/cover-letter.pdf"));
    assert!(cover.contains("Deadlines期限"), "{cover}");
    assert!(cover.contains("16December2026"));
    assert!(cover.contains("2026年12月16日"));
    assert!(cover.contains("(rebuttal-taobao-600000000001)"));
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
        stdout.contains(&format!("error: {name}: Counter-notices!F10: evidence file \"ours/missing.png\" not found (paths are relative to the workbook's folder)")),
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
            row(&["权利编号", "客户编号", "类型", "注册号", "类别"]),
            row(&["R1", "C1", "商标", TM, "25"]),
        ],
    );
    let listings = Sheet::new(
        "侵权链接",
        vec![
            row(&["链接", "权利编号"]),
            row(&["https://item.taobao.com/item.htm?id=600000000001", "R1"]),
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
    let wb = read_workbook(&Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/sample.xlsx")).unwrap();
    assert_eq!(
        wb.counter_notices.as_ref().map(|t| t.sheet.as_str()),
        Some("Counter-notices")
    );
    let (docket, diagnostics) = build_docket_on(&wb, Date::new(2026, 11, 28).unwrap());
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
    assert_eq!(
        docket.counter_notices[1].forwarded(),
        Date::new(2026, 11, 27).unwrap()
    );
}

#[test]
fn a_csv_workbook_reads_its_counter_notices_file_and_ignores_an_empty_one() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("csv");
    std::fs::create_dir(&csv).unwrap();
    std::fs::write(
        csv.join("clients.csv"),
        "client_id,name_en,company_no,country\nC1,Acme,91440101MA5CJQ4N59,CN\n",
    )
    .unwrap();
    std::fs::write(
        csv.join("rights.csv"),
        "right_id,client_id,type,number\nR1,C1,trademark,28374615\n",
    )
    .unwrap();
    std::fs::write(
        csv.join("listings.csv"),
        "url,right_id\nhttps://item.jd.com/100045678912.html,R1\n",
    )
    .unwrap();
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
fn a_counter_notice_on_another_site_answers_its_operator() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("csv");
    std::fs::create_dir(&csv).unwrap();
    std::fs::write(
        csv.join("clients.csv"),
        "client_id,name_en,company_no,country\nC1,Acme,91440101MA5CJQ4N59,CN\n",
    )
    .unwrap();
    std::fs::write(
        csv.join("rights.csv"),
        "right_id,client_id,type,number\nR1,C1,trademark,28374615\n",
    )
    .unwrap();
    std::fs::write(
        csv.join("listings.csv"),
        "url,right_id\nhttps://www.shoes-outlet.example/p/12345,R1\n",
    )
    .unwrap();
    std::fs::write(
        csv.join("counter-notices.csv"),
        "url,received_on,grounds\nhttps://www.shoes-outlet.example/p/12345,2026-12-01,other\n",
    )
    .unwrap();
    let (_, err, code) = takedown(
        dir.path(),
        &["build", "csv", "--out", "out", "--date", "2026-11-28"],
    );
    assert_eq!(code, 0, "{err}");
    let text = text(
        &dir.path()
            .join("out/csv/C1-acme/rebuttal-shoes-outlet.example-row2.pdf"),
    );
    assert!(text.contains("Theoperatorofshoes-outlet.example"), "{text}");
    assert!(
        text.contains("theoperatorofshoes-outlet.exampletomaintainthemeasures"),
        "{text}"
    );
    assert!(
        text.contains("shoes-outlet.example网站经营者维持对该链接已采取的措施"),
        "{text}"
    );
    assert!(text.contains("complaint-shoes-outlet.example-R1"), "{text}");
    // A right without a title is named by its number alone.
    assert!(
        text.contains("TrademarkNo.28374615,heldbyAcme;ourreference"),
        "{text}"
    );
    assert!(text.contains("Acme的商标（第28374615号）；我方编号"), "{text}");
    assert!(!text.contains("Noticelettertothesiteoperator"), "{text}");
}

#[test]
fn a_counter_notice_whose_complaint_is_withheld_gets_a_warning_and_no_rebuttal() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("csv");
    std::fs::create_dir(&csv).unwrap();
    std::fs::write(
        csv.join("clients.csv"),
        "client_id,name_en,company_no,country\nC1,Acme,91440101MA5CJQ4N59,CN\n",
    )
    .unwrap();
    // A design without its evaluation report: Alibaba IPP requires one, so no complaint.
    std::fs::write(
        csv.join("rights.csv"),
        format!(
            "right_id,client_id,type,number\nR1,C1,trademark,28374615\nR2,C1,design patent,{}\n",
            design_number()
        ),
    )
    .unwrap();
    std::fs::write(
        csv.join("listings.csv"),
        format!("url,right_id\n{},R1\n{},R2\n", taobao(1), taobao(2)),
    )
    .unwrap();
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
    assert!(folder.join("rebuttal-taobao-600000000001.pdf").exists());
    assert!(!folder.join("rebuttal-taobao-600000000002.pdf").exists());
    let report = std::fs::read_to_string(dir.path().join("out/csv/report.txt")).unwrap();
    assert!(
        report.contains("warning: csv/counter-notices.csv: counter-notices!B3: no complaint of client \"C1\" names https://item.taobao.com/item.htm?id=600000000002 (it is not written); no rebuttal is made for this counter-notice"),
        "{report}"
    );
}

#[test]
fn a_counter_notice_against_a_listing_left_out_is_left_out_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("csv");
    std::fs::create_dir(&csv).unwrap();
    std::fs::write(
        csv.join("clients.csv"),
        "client_id,name_en,company_no,country\nC1,Acme,91440101MA5CJQ4N59,CN\n",
    )
    .unwrap();
    std::fs::write(
        csv.join("rights.csv"),
        "right_id,client_id,type,number\nR1,C1,trademark,28374615\n",
    )
    .unwrap();
    std::fs::write(
        csv.join("listings.csv"),
        format!("url,right_id\n{},R1\n{},R9\n", taobao(1), taobao(2)),
    )
    .unwrap();
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

#[test]
fn a_firm_edits_a_grounds_argument_in_the_exported_messages() {
    let dir = tempfile::tempdir().unwrap();
    let workbook = workbook(dir.path(), &[]);
    let (_, err, code) = takedown(dir.path(), &["templates", "export", "mine"]);
    assert_eq!(code, 0, "{err}");
    for (lang, from, to) in [
        (
            "en-US",
            "<b>Licence.</b> The Complainant,",
            "<b>Licence.</b> Our firm's own wording. The Complainant,",
        ),
        (
            "zh-CN",
            "<b>关于授权：</b>投诉人",
            "<b>关于授权：</b>本所自拟措辞。投诉人",
        ),
    ] {
        let ftl = dir.path().join(format!("mine/locales/{lang}/rebuttal.ftl"));
        let messages = std::fs::read_to_string(&ftl).unwrap();
        assert!(messages.contains(from), "{lang}");
        std::fs::write(&ftl, messages.replace(from, to)).unwrap();
    }
    assert!(dir.path().join("mine/templates/rebuttal.hbs").exists());
    let (_, err, code) = takedown(
        dir.path(),
        &[
            "build",
            workbook.to_str().unwrap(),
            "--templates",
            "mine",
            "--out",
            "out",
            "--date",
            "2026-11-28",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let folder = dir
        .path()
        .join("out/notices/C1-guangzhou-lingxi-smart-home-technology");
    let licensed = text(&folder.join(file_of("licensed", &taobao(1))));
    assert!(
        licensed.contains("Licence.Ourfirm'sownwording.TheComplainant"),
        "{licensed}"
    );
    assert!(licensed.contains("关于授权：本所自拟措辞。投诉人"), "{licensed}");
    let genuine = text(&folder.join(file_of("genuine", &taobao(2))));
    assert!(!genuine.contains("Ourfirm'sownwording"));
}
