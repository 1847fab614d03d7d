//! What is held back, and why: a right without its certificate, a copyright listing matched
//! by name alone, a capture of another listing; and a comparison described as made for the
//! listing it was made for (review N2, N3, N19, N25). Through the real binary.

use crate::{run, support};
use std::path::Path;

use run::takedown;
use support::files::packet;
use support::fixtures::{csv_workbook, shot};
use support::pdf::text;

const CLIENTS: &str =
    "client_id,name_en,name_zh,company_no\nC1,Acme Trading Ltd,阿克米贸易有限公司,91440101MA59XXXX1A\n";

/// Builds `wb` in `dir` on 28 November 2026: (stderr, exit code).
fn build(dir: &Path) -> (String, i32) {
    let (_, err, code) = takedown(dir, &["build", "wb", "--out", "out", "--date", "2026-11-28"]);
    (err, code)
}

#[test]
fn a_right_without_a_certificate_holds_its_complaints_unless_it_is_on_file_with_the_platform() {
    let dir = tempfile::tempdir().unwrap();
    let wb = csv_workbook(
        dir.path(),
        "wb",
        CLIENTS,
        // R1 is on file with Taobao (so with the Alibaba platform, Tmall's too); R2 nowhere.
        "right_id,client_id,type,number,title_en,已备案\n\
         R1,C1,trademark,12345678,ACME,淘宝\n\
         R2,C1,trademark,12345679,ACME FOX,\n",
        "url,right_id,evidence,captured_on\n\
         https://detail.tmall.com/item.htm?id=600000000001,R1,shot-1.png,2026-10-01\n\
         https://item.jd.com/600000000002.html,R1,shot-2.png,2026-10-01\n\
         https://item.taobao.com/item.htm?id=600000000003,R2,shot-3.png,2026-10-01\n",
    );
    for n in 1..=3 {
        shot(&wb.join(format!("shot-{n}.png")));
    }
    let (err, code) = build(dir.path());
    assert_eq!(code, 0, "{err}");
    let folder = packet(&dir.path().join("out/wb"), "C1");
    assert!(folder.join("complaint-alibaba-ipp-R1.pdf").exists());
    assert!(!folder.join("complaint-jd-R1.pdf").exists());
    assert!(!folder.join("complaint-alibaba-ipp-R2.pdf").exists());
    for held in [
        "warning: wb/rights.csv: rights!A2: no registration certificate for R1, and on_file does not name JD Intellectual Property Protection Platform: the complaint there (1 listing) is not written until certificate names the certificate, or on_file says the right is already on file there",
        "warning: wb/rights.csv: rights!A3: no registration certificate for R2, and on_file does not name Alibaba Intellectual Property Protection Platform (IPP): the complaint there (1 listing) is not written until certificate names the certificate, or on_file says the right is already on file there",
    ] {
        assert!(err.contains(held), "{err}");
    }
    let cover = text(&folder.join("cover-letter.pdf"));
    assert!(
        cover.contains("TheregistrationcertificateofthetrademarkNo.12345679:therightisnotonfilewithAlibabaIntellectualPropertyProtectionPlatform(IPP),whichwillnotactonacomplaintwithoutproofoftheright,sothosecomplaintsarenotyetwritten."),
        "{cover}"
    );
    assert!(
        cover.contains("第12345679号注册商标的权利证书：该权利尚未在阿里巴巴知识产权保护平台（IPP）备案"),
        "{cover}"
    );
    let manifest = std::fs::read_to_string(dir.path().join("out/wb/manifest.json")).unwrap();
    assert!(!manifest.contains("complaint-jd-R1"), "{manifest}");
}

#[test]
fn a_copyright_listing_matched_by_name_alone_is_held_and_one_whose_capture_shows_the_work_is_filed() {
    let dir = tempfile::tempdir().unwrap();
    let wb = csv_workbook(
        dir.path(),
        "wb",
        CLIENTS,
        "right_id,client_id,type,number,title_en,on_file\n\
         R1,C1,copyright,国作登字-2021-F-00123456,Fox,taobao\n",
        "url,right_id,evidence,captured_on,shows\n\
         https://item.taobao.com/item.htm?id=600000000001,R1,shot-1.png,2026-10-01,the fox artwork printed on the mug\n\
         https://item.taobao.com/item.htm?id=600000000002,R1,shot-2.png,2026-10-01,\n",
    );
    for n in 1..=2 {
        shot(&wb.join(format!("shot-{n}.png")));
    }
    let (err, code) = build(dir.path());
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("warning: wb/listings.csv: listings!E3: nothing records that this listing reproduces the work of copyright R1 (shows and comparison are empty): a match by name is not enough, so it is held back from that complaint"),
        "{err}"
    );
    let folder = packet(&dir.path().join("out/wb"), "C1");
    let complaint = text(&folder.join("complaint-alibaba-ipp-R1.pdf"));
    assert!(complaint.contains("600000000001"));
    assert!(!complaint.contains("600000000002"), "{complaint}");
    assert!(
        complaint.contains("Thecaptureshowsthefoxartworkprintedonthemug"),
        "{complaint}"
    );
    let cover = text(&folder.join("cover-letter.pdf"));
    assert!(
        cover.contains("https://item.taobao.com/item.htm?id=600000000002(listings!E3)"),
        "{cover}"
    );
    assert!(cover.contains("仅名称相符的链接暂不列入投诉"), "{cover}");
}

#[test]
fn a_pdf_capture_of_another_listing_is_an_error_naming_both_cells() {
    let dir = tempfile::tempdir().unwrap();
    let wb = csv_workbook(
        dir.path(),
        "wb",
        CLIENTS,
        "right_id,client_id,type,number,on_file\nR1,C1,trademark,12345678,all\n",
        "url,right_id,evidence,captured_on\n\
         https://item.taobao.com/item.htm?id=600000000001,R1,capture-1.pdf,2026-10-01\n\
         https://item.taobao.com/item.htm?id=600000000002,R1,capture-2.pdf,2026-10-01\n\
         https://item.taobao.com/item.htm?id=600000000003,R1,capture-3.pdf,2026-10-01\n",
    );
    let capture = |name: &str, link: &str| {
        let pdf = takedown::sample_files::pdf(&["Notarial certificate (specimen)", link], 1);
        std::fs::write(wb.join(name), pdf).unwrap();
    };
    // Row 2's capture prints its own link in the mobile form; row 3's prints row 4's link;
    // row 4's prints a link that is no listing of the workbook.
    capture(
        "capture-1.pdf",
        "https://m.intl.taobao.com/detail/detail.html?id=600000000001",
    );
    capture(
        "capture-2.pdf",
        "Address: https://item.taobao.com/item.htm?id=600000000003&spm=a1",
    );
    capture("capture-3.pdf", "https://example.com/elsewhere");
    let (out, _, code) = takedown(dir.path(), &["check", "wb", "--date", "2026-11-28"]);
    assert_eq!(code, 1, "{out}");
    let errors: Vec<&str> = out.lines().filter(|l| l.starts_with("error:")).collect();
    assert_eq!(
        errors,
        ["error: wb/listings.csv: listings!C3: evidence file \"capture-2.pdf\" is a capture of another listing: its text names https://item.taobao.com/item.htm?id=600000000003 (listings!A4), not this row's https://item.taobao.com/item.htm?id=600000000002; give this listing its own capture"],
        "{out}"
    );
}

#[test]
fn a_listings_own_comparison_is_annexed_and_said_to_be_for_that_listing_only() {
    let dir = tempfile::tempdir().unwrap();
    let wb = csv_workbook(
        dir.path(),
        "wb",
        CLIENTS,
        "right_id,client_id,type,number,title_en,title_zh,on_file\n\
         R1,C1,invention patent,ZL201910584273.8,Ratchet wrench,棘轮扳手,all\n",
        "url,right_id,evidence,captured_on,comparison\n\
         https://item.taobao.com/item.htm?id=600000000001,R1,shot-1.png,2026-10-01,\n\
         https://item.taobao.com/item.htm?id=600000000002,R1,shot-2.png,2026-10-01,chart-2.pdf\n",
    );
    for n in 1..=2 {
        shot(&wb.join(format!("shot-{n}.png")));
    }
    let chart = takedown::sample_files::pdf(&["Claim chart (specimen)"], 1);
    std::fs::write(wb.join("chart-2.pdf"), chart).unwrap();
    let (err, code) = build(dir.path());
    assert_eq!(code, 0, "{err}");
    let folder = packet(&dir.path().join("out/wb"), "C1");
    let complaint = text(&folder.join("complaint-alibaba-ipp-R1.pdf"));
    for said in [
        "AclaimchartcomparingtheclaimsofZL201910584273.8withtheproductofferedinlisting2isinAnnex2.",
        "专利ZL201910584273.8的权利要求与第2条链接所售产品的技术特征比对表见附件二。",
        "Annex2:Claimchart;filechart-2.pdf",
    ] {
        assert!(complaint.contains(said), "{said} not in {complaint}");
    }
    assert!(!complaint.contains("offeredineachlisting"), "{complaint}");
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("out/wb/manifest.json")).unwrap())
            .unwrap();
    let cells: Vec<&str> = manifest["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["source"].as_str().is_some_and(|s| s.ends_with("chart-2.pdf")))
        .flat_map(|e| e["cells"].as_array().unwrap().iter().filter_map(|c| c.as_str()))
        .collect();
    assert_eq!(cells, ["listings!E3"]);
}
