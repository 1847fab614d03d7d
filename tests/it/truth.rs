//! Every fact on the page comes from a cell: what the documents print where the workbook is
//! silent, checked through the real binary on the sample and on workbooks written here.

use crate::{run, support};

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
