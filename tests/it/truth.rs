//! Every fact on the page comes from a cell: what the documents print where the workbook is
//! silent, checked through the real binary on the sample and on workbooks written here.

use crate::{run, support};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use run::takedown;
use support::files::{copy_sample, packet};
use support::fixtures::csv_workbook;
use support::pdf::text;

#[test]
fn a_blank_capture_date_is_printed_as_not_recorded_never_as_the_date_found() {
    let dir = tempfile::tempdir().unwrap();
    copy_sample(dir.path());
    let (_, err, code) = takedown(
        dir.path(),
        &["build", "sample.xlsx", "--out", "out", "--date", "2026-11-28"],
    );
    assert_eq!(code, 0, "{err}");
    // The sample's one listing with evidence and no capture date: AliExpress 1005005987654321,
    // found on 30 October 2026 (Listings!I23 blank).
    assert!(
        err.contains(
            "warning: sample.xlsx: Listings!I23: captured_on is empty: the complaint says the capture date \
             of this listing's evidence is not recorded; give the date the screenshots were taken"
        ),
        "{err}"
    );
    let complaint = packet(&dir.path().join("out/sample"), "C002").join("complaint-alibaba-ipp-R04.pdf");
    let printed = text(&complaint);
    for said in [
        "whosecapturedateisnotrecorded,inAnnex1.",
        "（取证日期未记录），见附件",
        "capturedatenotrecorded;filealiexpress-1005005987654321.png",
        "取证日期未记录；文件：aliexpress-1005005987654321.png",
    ] {
        assert!(printed.contains(said), "{said} not in {printed}");
    }
    for found in ["30October2026", "2026年10月30日"] {
        assert!(!printed.contains(found), "the date found printed: {found}");
    }
}

#[test]
fn a_capture_date_after_the_issue_date_is_an_error_at_its_cell() {
    let dir = tempfile::tempdir().unwrap();
    csv_workbook(
        dir.path(),
        "wb",
        "client_id,name_en,company_no\nC1,Acme Trading Ltd,91440101MA59XXXX1A\n",
        "right_id,client_id,type,number\nR1,C1,trademark,12345678\n",
        "url,right_id,captured_on\nhttps://item.taobao.com/item.htm?id=600000000001,R1,2026-12-20\n",
    );
    let (out, _, code) = takedown(dir.path(), &["check", "--date", "2026-11-28", "wb"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(
            "error: wb/listings.csv: listings!C2: the capture date 2026-12-20 is after the issue date \
             2026-11-28: a capture cannot postdate the complaint"
        ),
        "{out}"
    );
}

/// The complaint of a one-listing CSV workbook whose test purchase's evidence is of `kind`
/// (blank: not said), as text; and what `check` said.
fn purchase_complaint(kind: &str) -> (String, String) {
    let dir = tempfile::tempdir().unwrap();
    let png = takedown::sample_files::sample_files()
        .into_iter()
        .find(|(path, _)| path.ends_with(".png"))
        .unwrap()
        .1;
    std::fs::create_dir_all(dir.path().join("wb")).unwrap();
    std::fs::write(dir.path().join("wb/order.png"), &png).unwrap();
    std::fs::write(dir.path().join("wb/shot.png"), &png).unwrap();
    csv_workbook(
        dir.path(),
        "wb",
        "client_id,name_en,company_no\nC1,Acme Trading Ltd,91440101MA59XXXX1A\n",
        "right_id,client_id,type,number,on_file\nR1,C1,trademark,12345678,taobao\n",
        format!(
            "url,right_id,evidence,captured_on,purchase_order,purchase_date,purchase_evidence,purchase_evidence_kind\n\
             https://item.taobao.com/item.htm?id=600000000001,R1,shot.png,2026-11-01,3301284756120394,2026-11-02,order.png,{kind}\n"
        ),
    );
    let (out, _, _) = takedown(dir.path(), &["check", "--date", "2026-11-28", "wb"]);
    let (_, err, code) = takedown(dir.path(), &["build", "wb", "--date", "2026-11-28"]);
    assert_eq!(code, 0, "{err}");
    let complaint = packet(&dir.path().join("out/wb"), "C1").join("complaint-alibaba-ipp-R1.pdf");
    (text(&complaint), out)
}

#[test]
fn test_purchase_evidence_is_described_by_its_kind_and_goods_received_only_when_shown() {
    let cases = [
        (
            "order",
            "itsordernumberanddate,andtheorderscreenshots,areinAnnex2.",
            "订单号、购买日期及订单截图见附件二。",
        ),
        (
            "付款记录",
            "andthepaymentrecords,areinAnnex2.",
            "订单号、购买日期及付款记录见附件二。",
        ),
        (
            "delivery",
            "thedeliveryrecordsshowingthegoodsreceived,areinAnnex2.",
            "证明已收货的物流签收记录见附件二。",
        ),
        (
            "",
            "andthetest-purchaserecords,areinAnnex2.",
            "订单号、购买日期及试购记录见附件二。",
        ),
    ];
    for (kind, en, zh) in cases {
        let (printed, _) = purchase_complaint(kind);
        assert!(printed.contains(en), "{kind}: {en} not in {printed}");
        assert!(printed.contains(zh), "{kind}: {zh} not in {printed}");
        if kind != "delivery" {
            let received = ["goodsreceived", "收货", "所收商品"];
            assert!(!received.iter().any(|r| printed.contains(r)), "{kind}: {printed}");
        }
    }
    let (printed, said) = purchase_complaint("receipt");
    assert!(
        said.contains("listings!H2: \"receipt\" is not a kind of purchase evidence"),
        "{said}"
    );
    assert!(printed.contains("test-purchaserecords"), "{printed}");
}

/// The sample built once in the `zh` layout, for the tests that only read it: its
/// `out/sample` folder.
fn zh_sample() -> &'static Path {
    static OUT: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, folder) = OUT.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        copy_sample(dir.path());
        let (_, err, code) = takedown(
            dir.path(),
            &[
                "build",
                "sample.xlsx",
                "--out",
                "out",
                "--date",
                "2026-11-28",
                "--layout",
                "zh",
            ],
        );
        assert_eq!(code, 0, "{err}");
        let folder = dir.path().join("out/sample");
        (dir, folder)
    });
    folder
}

#[test]
fn chinese_tables_list_classes_as_chinese_documents_do() {
    let c001 = packet(zh_sample(), "C001");
    for doc in ["ip-rights-schedule.pdf", "complaint-alibaba-ipp-R01.pdf"] {
        let printed = text(&c001.join(doc));
        assert!(printed.contains("核定使用类别第18、25、28类"), "{doc}: {printed}");
        assert!(!printed.contains("18,25,28"), "{doc}: {printed}");
    }
}

#[test]
fn zh_documents_hold_no_iso_date_and_no_configuration_key() {
    let c001 = packet(zh_sample(), "C001");
    // The cover letter is ours alone (no annexed evidence file, whose own text may hold any).
    let printed = support::pdf::raw_text(&c001.join("cover-letter.pdf"));
    let iso = |line: &str| {
        line.as_bytes().windows(10).any(|w| {
            w.iter().enumerate().all(|(i, b)| match i {
                4 | 7 => *b == b'-',
                _ => b.is_ascii_digit(),
            })
        })
    };
    for line in printed.lines().filter(|l| !l.contains("http")) {
        assert!(!iso(line), "an ISO date in: {line}");
        assert!(
            !line.contains("poa_return_days") && !line.contains("配置项"),
            "a config key in: {line}"
        );
    }
    let squeezed = support::pdf::squeeze(&printed);
    assert!(
        squeezed.contains("第十五日（2026年12月12日）为法定休假日"),
        "{squeezed}"
    );
}
