//! Rebuttals that argue only from the record, and the art. 43 kit (issue: rebuttals,
//! deadlines, art. 43), through the real binary on CSV workbooks written here: the complaint
//! named by its case, dates only from cells, arguments from what the seller sent, art. 57
//! items from mark_use, no undertaking without the special authority, the art. 43 date in
//! every rebuttal, the client told on the cover letter's first page, and the notice to the
//! platform when an action is filed.

use crate::{run, support};
use std::path::{Path, PathBuf};

use run::takedown;
use support::fixtures::csv_workbook_shown;
use support::pdf::text;

const LISTINGS: &str = "url,right_id,goods_class\n\
    https://item.taobao.com/item.htm?id=600000000001,R1,25\n\
    https://item.taobao.com/item.htm?id=600000000002,R1,25\n\
    https://item.jd.com/600000000003.html,R1,\n";

/// Builds a workbook of one client (poa_signed_on `poa`, may be empty), its trademark R1 and
/// three listings, with `notices` as counter-notices.csv and `config` as takedown.yaml, issued
/// on `date`: the client's folder and report.txt.
fn build(dir: &Path, poa: &str, notices: &str, config: &str, date: &str) -> (PathBuf, String) {
    let wb = csv_workbook_shown(
        dir,
        "wb",
        format!("client_id,name_en,name_zh,company_no,country,poa_signed_on\nC1,Acme Trading Ltd,阿克米贸易有限公司,91440101MA59XXXX1A,CN,{poa}\n"),
        "right_id,client_id,type,number,title_en,classes,on_file\nR1,C1,trademark,28374615,ACME,25,all\n",
        LISTINGS,
    );
    std::fs::write(wb.join("counter-notices.csv"), notices).unwrap();
    support::fixtures::shot(&wb.join("acceptance.png"));
    std::fs::write(dir.join("takedown.yaml"), config).unwrap();
    let (_, err, code) = takedown(dir, &["build", "wb", "--out", "out", "--date", date]);
    assert_eq!(code, 0, "{err}");
    let out = dir.join("out/wb");
    let report = std::fs::read_to_string(out.join("report.txt")).unwrap();
    (out.join("C1-acme-trading-ltd"), report)
}

const HEADER: &str = "url,received_on,forwarded_on,grounds,seller_evidence,case_no,complaint_filed_on,mark_use,differences,our_response,action,action_filed_on,action_case_no,action_body,action_evidence\n";

#[test]
fn a_rebuttal_names_the_platforms_case_and_prints_only_what_the_cells_give() {
    let dir = tempfile::tempdir().unwrap();
    let notices = format!(
        "{HEADER}\
         https://item.taobao.com/item.htm?id=600000000001,2026-11-26,,genuine,an invoice from a trading company,IPP-2026-555,2026-11-10,identical,,The seller's store name copies the client's trade name.,,,,,\n\
         https://item.taobao.com/item.htm?id=600000000002,2026-11-26,2026-11-25,licensed,,,,similar,the box lacks the hologram,,,,,,\n"
    );
    let (folder, report) = build(dir.path(), "2026-10-20", &notices, "", "2026-11-28");
    let first = text(&folder.join("rebuttal-taobao-600000000001.pdf"));
    for said in [
        // The complaint by its case, never by a file of this build.
        "ComplaintNo.IPP-2026-555,filedon10November2026",
        "投诉编号IPP-2026-555，投诉日期2026年11月10日",
        // The POA it was filed under, with its date (review N17).
        "underthepowerofattorneytheComplainantsignedon20October2026",
        "代理人依据投诉人于2026年10月20日签署的授权委托书",
        // The review's wording (N15): 现回复如下, not 提出回复意见.
        "就平台内经营者对下列链接提交的不侵权声明（我方于2026年11月26日收到），现回复如下。",
        // No forwarding date in the sheet: none printed (review N6).
        "whichreachedus on26November2026".trim(),
        // The seller's evidence is answered, never said to be missing.
        "Whatthesellersubmitted(aninvoicefromatradingcompany)doesnotshowachainofsupplyfromtheComplainantoritslicensees",
        // mark_use identical, the goods in a registered class: art. 57(1), and (3) for the sale.
        "fallsunderArticle57(1)and(3)oftheTrademarkLaw.",
        "《中华人民共和国商标法》第五十七条第（一）项、第（三）项",
        // The lawyer's own argument, as written.
        "Further.Theseller'sstorenamecopiestheclient'stradename.",
        // Its art. 43 date: 26 November + 15 = 11 December.
        "theperiodtonotifyAlibabaIntellectualPropertyProtectionPlatform(IPP)ofacomplainttotheauthoritiesorasuitendson11December2026",
        "于2026年12月11日届满",
    ] {
        let said = said.replace(' ', "");
        assert!(first.contains(&said), "{said} not in {first}");
    }
    for never in [
        "rebuttal-",
        "complaint-alibaba",
        "Forwardedbytheplatform",
        "noproof",
        "noevidence",
        "未提供",
        "differfrom",
        // No undertaking to sue without the special authority (poa.litigation).
        "willnotify",
        "将在《中华人民共和国电子商务法》第四十三条规定的期间",
    ] {
        assert!(!first.contains(never), "{never} in {first}");
    }
    let second = text(&folder.join("rebuttal-taobao-600000000002.pdf"));
    for said in [
        "forwardedon25November2026andwhichreachedus on26November2026".replace(' ', ""),
        "fallsunderArticle57(2)and(3)oftheTrademarkLaw.".to_owned(),
        "第五十七条第（二）项、第（三）项".to_owned(),
        // A licence denied to this seller, in the review's words (N15).
        "hasgrantedthissellernolicence".to_owned(),
        "未经投诉人授权的所谓许可，不能作为该链接销售行为的合法依据".to_owned(),
        // The case is not recorded: the complaint is named by the listing and right.
        "(itscasenumberisnotrecorded)".to_owned(),
    ] {
        assert!(second.contains(&said), "{said} not in {second}");
    }
    assert!(
        report.contains("warning: wb/counter-notices.csv: counter-notices!F3: case_no is empty: the rebuttal names the complaint it answers by the listing and right only"),
        "{report}"
    );
    // The listings in dispute get no new complaint; the third is filed.
    let complaint = text(&folder.join("complaint-jd-R1.pdf"));
    assert!(complaint.contains("600000000003"));
    assert!(!folder.join("complaint-alibaba-ipp-R1.pdf").exists());
}

#[test]
fn the_undertaking_to_act_needs_the_special_authority() {
    let dir = tempfile::tempdir().unwrap();
    let notices =
        format!("{HEADER}https://item.taobao.com/item.htm?id=600000000001,2026-11-26,,other,,,,,,,,,,,\n");
    let (folder, _) = build(
        dir.path(),
        "2026-10-20",
        &notices,
        "poa:\n  litigation: true\n",
        "2026-11-28",
    );
    let rebuttal = text(&folder.join("rebuttal-taobao-600000000001.pdf"));
    assert!(
        rebuttal.contains("TheComplainantwillnotifyAlibabaIntellectualPropertyProtectionPlatform(IPP)ofitscomplainttothecompetentauthoritiesoritssuitbeforetheperiodofArticle43oftheE-CommerceLawendson11December2026."),
        "{rebuttal}"
    );
    assert!(
        rebuttal.contains("投诉人将在《中华人民共和国电子商务法》第四十三条规定的期间于2026年12月11日届满前")
    );
}

#[test]
fn without_a_signed_poa_the_rebuttal_claims_none_and_the_cover_letter_says_what_to_do_now() {
    let dir = tempfile::tempdir().unwrap();
    // Received 20 November, issued 3 December: the reply (3 working days after) was due on
    // 25 November; the art. 43 period ends on 7 December, within two working days.
    let notices = format!(
        "{HEADER}https://item.taobao.com/item.htm?id=600000000001,2026-11-20,,other,,IPP-1,2026-11-01,,,,,,,,\n"
    );
    // A firm's own details (no sample-firm banner), as a firm using the tool has them.
    let firm = "firm:\n  name: {en: Example Law Firm, zh: 示例律师事务所}\n  address: {en: 1 Road Guangzhou, zh: 广州市一路1号}\n  company_no: 31440000MD0123999X\n  signatory: {en: Li Ming, zh: 李明}\n  signatory_title: {en: Partner, zh: 合伙人}\n  email: ip@example.com\n  phone: +86 20 1234 5678\n";
    let (folder, report) = build(dir.path(), "", &notices, firm, "2026-12-03");
    let rebuttal = text(&folder.join("rebuttal-taobao-600000000001.pdf"));
    assert!(
        rebuttal.contains(
            "TheAgent,fortheComplainant(thepowerofattorneyisenclosedfortheComplainant'ssignature),"
        ),
        "{rebuttal}"
    );
    assert!(
        !rebuttal.contains("signedbytheComplainant") && !rebuttal.contains("签署的授权委托书，"),
        "{rebuttal}"
    );
    // Late: said on its first page, before anything else is argued.
    let first_page = support::pdf::page_text(&folder.join("rebuttal-taobao-600000000001.pdf"), 1);
    assert!(
        first_page.contains("Latereply.ThisreplyismadeafterAlibabaIntellectualPropertyProtectionPlatform(IPP)'stimeforitendedon25November2026."),
        "{first_page}"
    );
    // The cover letter's first page: the counter-notice, its art. 43 date, what to sign and
    // decide, and the deadlines passed or due.
    let cover = support::pdf::page_text(&folder.join("cover-letter.pdf"), 1);
    for said in [
        "Whatneedsyounow",
        "TheselleroftheitemonTaobao"
            .replace("theitem", "item600000000001")
            .as_str(),
        "unlessAlibabaIntellectualPropertyProtectionPlatform(IPP)istoldby7December2026",
        "Signthepowerofattorneyenclosed(signature,andthecompanysealifyouhaveone)",
        "Tellusby7December2026whethertosueorcomplaintotheauthorities",
        "Passedon25November2026",
        "已逾期（2026年11月25日届满）：",
    ] {
        assert!(cover.contains(said), "{said} not on the first page: {cover}");
    }
    // 20 November + 15 = 5 December, a Saturday: the period ends on Monday 7 December.
    assert!(report.contains("  2026-12-07  C1  URGENT / 紧急: Alibaba Intellectual Property Protection Platform (IPP): art. 43 period ends"), "{report}");
    assert!(report.contains("  2026-11-25  C1  OVERDUE / 已逾期: Alibaba Intellectual Property Protection Platform (IPP): our reply"), "{report}");
    let ics = std::fs::read_to_string(folder.parent().unwrap().join("deadlines.ics")).unwrap();
    let unfolded = icalendar::parser::unfold(&ics);
    assert!(
        unfolded.contains("SUMMARY:URGENT / 紧急: [C1] Alibaba"),
        "{unfolded}"
    );
    assert!(
        unfolded.contains("SUMMARY:OVERDUE / 已逾期: [C1] Alibaba"),
        "{unfolded}"
    );
}

#[test]
fn an_action_filed_gives_the_art_43_notice_with_its_case_and_acceptance_document() {
    let dir = tempfile::tempdir().unwrap();
    let notices = format!(
        "{HEADER}\
         https://item.taobao.com/item.htm?id=600000000001,2026-11-26,,other,,IPP-9,2026-11-10,,,,court,2026-12-01,(2026)粤0192民初12345号,广州互联网法院,acceptance.png\n\
         https://item.taobao.com/item.htm?id=600000000002,2026-11-26,,other,,IPP-10,2026-11-10,,,,amr,,,,\n"
    );
    let (folder, report) = build(dir.path(), "2026-10-20", &notices, "", "2026-12-02");
    let notice = folder.join("art43-notice-taobao-600000000001.pdf");
    let text = text(&notice);
    for said in [
        "NoticeofaComplainttotheAuthoritiesoraSuit",
        "关于已提起投诉或诉讼的通知",
        "theComplainantsuedbefore广州互联网法院on1December2026.",
        "(2026)粤0192民初12345号",
        "ComplaintNo.IPP-9,filedon10November2026",
        "Statementreceived26November2026",
        "Thecourt'sacceptancedocumentisinAnnex1.",
        "法院的受理材料见附件一。",
        "keepinplacethemeasurestakenagainstthelisting",
        "Annex1:Acceptancedocument;fileacceptance.png",
    ] {
        assert!(text.contains(said), "{said} not in {text}");
    }
    let images = support::pdf::tool("pdfimages", &["-list"], &notice);
    assert_eq!(images.lines().skip(2).count(), 1, "{images}");
    support::pdf::qpdf_check(&notice);
    // The action without its filing date: no notice, a warning, and the date stays urgent.
    assert!(!folder.join("art43-notice-taobao-600000000002.pdf").exists());
    assert!(
        report.contains("warning: wb/counter-notices.csv: counter-notices!L3: action is given but action_filed_on is empty: the art. 43 notice to the platform is not written"),
        "{report}"
    );
    // The rebuttal of the first says the suit is filed.
    let rebuttal = support::pdf::text(&folder.join("rebuttal-taobao-600000000001.pdf"));
    assert!(
        rebuttal.contains(
            "theComplainantsuedbefore广州互联网法院on1December2026(caseNo.(2026)粤0192民初12345号)."
        ),
        "{rebuttal}"
    );
    let manifest = std::fs::read_to_string(folder.parent().unwrap().join("manifest.json")).unwrap();
    assert!(
        manifest.contains("art43-notice-taobao-600000000001.pdf"),
        "{manifest}"
    );
}
