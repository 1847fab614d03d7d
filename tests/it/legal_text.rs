//! What the documents say, as a lawyer reads them: the power of attorney (effective from
//! signature, seal or signature with title, the legal representative, its scope and sites,
//! a language clause that fits the layout), the statutory names and labels in complaints,
//! the cover letter's salutation and apostille note, and the warning for a signatory taken
//! from the legal representative; a patent's application and grant dates and a copyright's
//! term of protection. Through the real binary and `pdftotext`, in every layout where the
//! rule concerns the language.

use crate::{run, support};
use std::path::{Path, PathBuf};

use support::files::{self, root};
use support::pdf::{self, squeeze};

/// The sample built once per layout, with the review's issue date.
fn built(layout: &str) -> PathBuf {
    crate::build::built(layout, "2026-12-01")
}

/// `pdftotext` of one document of the client's packet (`C001-…`), with all whitespace removed
/// (lines break anywhere).
fn text(layout: &str, client: &str, file: &str) -> String {
    pdf::text(&files::packet(&built(layout), client).join(file))
}

#[track_caller]
fn has(text: &str, phrase: &str) {
    assert!(text.contains(&squeeze(phrase)), "missing {phrase:?} in\n{text}");
}

#[track_caller]
fn lacks(text: &str, phrase: &str) {
    assert!(
        !text.contains(&squeeze(phrase)),
        "unexpected {phrase:?} in\n{text}"
    );
}

const POA: &str = "power-of-attorney.pdf";
const COVER: &str = "cover-letter.pdf";

#[test]
fn the_language_clause_speaks_only_of_the_languages_the_document_is_in() {
    let en = text("en", "C001", POA);
    has(&en, "8. Language. This power of attorney is made in English.");
    lacks(&en, "prevails");
    lacks(&en, "Chinese");
    let zh = text("zh", "C001", POA);
    has(&zh, "第八条 语言 本授权委托书以中文签署。");
    lacks(&zh, "以中文文本为准");
    lacks(&zh, "英文");
    for layout in ["side-by-side", "stacked", "sequential"] {
        let both = text(layout, "C002", POA);
        has(&both, "This power of attorney is signed in English and Chinese. If the two texts differ, the Chinese text prevails.");
        has(
            &both,
            "本授权委托书以中文和英文签署。两种文本如有不一致，以中文文本为准。",
        );
    }
}

#[test]
fn the_power_of_attorney_runs_from_signature_and_the_issue_date_is_when_it_was_prepared() {
    let en = text("en", "C001", POA);
    has(&en, "Prepared on 1 December 2026; this power of attorney takes effect on the date the Principal signs it.");
    has(&en, "6. Term. This power of attorney takes effect on the date the Principal signs it and remains in force for 12 months from that date");
    lacks(&en, "given on");
    lacks(&en, "valid from");
    let zh = text("zh", "C001", POA);
    has(&zh, "本授权委托书制作于2026年12月1日，自委托人签署之日起生效。");
    lacks(&zh, "拟制");
    has(&zh, "本授权委托书自委托人签署之日起生效，有效期12个月");
    lacks(&zh, "出具");
}

#[test]
fn clause_3_names_every_platform_and_site() {
    let en = text("en", "C001", POA);
    has(&en, "3. Platforms and sites covered. Taobao, Tmall, 1688.com, AliExpress, JD.com, Pinduoduo and shoes-outlet-example.com, and any other e-commerce platform");
    lacks(&en, "other site,");
    let zh = text("zh", "C002", POA);
    has(
        &zh,
        "本授权适用于淘宝、天猫、1688、全球速卖通、京东、拼多多及tools-direct-example.net，以及",
    );
    let cover = text("en", "C001", COVER);
    has(&cover, "Complaints against infringing listings on Taobao, Tmall, 1688.com, AliExpress, JD.com, Pinduoduo and shoes-outlet-example.com");
}

#[test]
fn the_scope_covers_disclosure_evidence_statements_and_settlement_and_the_firms_own_staff() {
    let en = text("en", "C003", POA);
    for phrase in [
        "request platforms to disclose the identity and contact details of the sellers of infringing goods;",
        "collect and preserve evidence of infringement, including by test purchases, and have that evidence notarised;",
        "answer sellers' statements that they do not infringe and other counter-notices,",
        "negotiate and settle with sellers and sign settlement agreements, any payment to or by the Principal being subject to its written approval;",
        "5. Lawyers and staff; no sub-delegation. The Agent may assign its own lawyers and staff to handle these matters. It may not delegate these powers to any third party without the Principal's prior written consent.",
        "7. Effect. The Principal ratifies all acts of the Agent within the scope of this authorisation and bears their legal consequences.",
    ] {
        has(&en, phrase);
    }
    let zh = text("zh", "C003", POA);
    for phrase in [
        "委托人广州灵犀智能家居科技有限公司（以下简称“委托人”）兹授权广州明律知识产权律师事务所（以下简称“受托人”）代为办理下列事项。",
        "请求平台披露侵权商品销售者（平台内经营者）的身份信息及联系方式；",
        "收集、固定侵权证据，包括进行试购，并办理证据公证；",
        "对平台内经营者提交的不存在侵权行为的声明作出答复",
        "与平台内经营者协商、和解并签署和解协议",
        "受托人可指派其律师及工作人员具体办理上述事项。未经委托人事先书面同意，受托人不得将上述权限转委托予任何第三方。",
        "以及上述权利依法续展后的权利（如适用）：",
    ] {
        has(&zh, phrase);
    }
    lacks(&zh, "卖家");
    lacks(&zh, "反通知");
}

#[test]
fn a_prc_principal_seals_and_a_foreign_one_signs_with_title() {
    // C003 (CN, seal: yes): the seal and the legal representative; the USCC by its name.
    let cn = text("zh", "C003", POA);
    has(&cn, "委托人（加盖公章并签字）：广州灵犀智能家居科技有限公司");
    has(&cn, "法定代表人陈志明");
    has(&cn, "统一社会信用代码91440101MA5CJQ4N59");
    assert_eq!(
        cn.matches("公章").count(),
        3,
        "the principal's role and two seal boxes:\n{cn}"
    );
    // C001 (US, seal: no) and C002 (DE, seal column blank: decided by the country).
    for client in ["C001", "C002"] {
        let en = text("en", client, POA);
        has(&en, "Principal (signature, and the company seal if it has one):");
        lacks(&en, "Principal (company seal");
        assert_eq!(
            en.matches("Officialseal").count(),
            1,
            "only the firm's seal box:\n{en}"
        );
    }
    let us = text("en", "C001", POA);
    // A US company has an authorised signatory, not a legal representative (review N12).
    has(&us, "Authorised signatory Emily J. Carter");
    lacks(&us, "Legal representative");
    let us_zh = text("zh", "C001", POA);
    has(&us_zh, "授权签字人");
    lacks(&us_zh, "法定代表人");
    // A German company keeps its legal representative, and its register is translated.
    let de_zh = text("zh", "C002", POA);
    has(
        &de_zh,
        "德国商业登记簿B部（Handelsregister B）第738214号（登记法院：Amtsgericht Stuttgart）",
    );
    has(&us, "Registration No. Delaware 7312458");
    has(&us, "Title: General Counsel");
    // The firm is a law firm: its unified social credit code, not a company "registration No.".
    has(&us, "Unified social credit code 31440000MD0123456L");
}

#[test]
fn a_principal_outside_mainland_china_is_told_about_notarisation_and_the_apostille() {
    let en = text("en", "C001", COVER);
    has(
        &en,
        "Notarisation and apostille. Your company is established outside mainland China.",
    );
    has(
        &en,
        "China has accepted apostilles since it joined the Apostille Convention on 7 November 2023",
    );
    has(
        &en,
        "Alibaba IPP accepts a scan of these documents, so complaints there do not wait for it.",
    );
    let zh = text("zh", "C002", COVER);
    has(&zh, "中国自2023年11月7日起适用《取消外国公文书认证要求的公约》");
    has(&zh, "阿里巴巴知识产权保护平台接受上述文件的扫描件");
    lacks(&text("en", "C003", COVER), "apostille");
}

#[test]
fn the_cover_letter_asks_for_the_seal_or_the_title_and_for_proof_of_authority() {
    let en = text("en", "C001", COVER);
    has(&en, "Power of attorney (power-of-attorney.pdf): to be signed by Daniel R. Brooks (General Counsel), with the title beside the signature (and sealed as well if your company has a seal).");
    // A US company has no legal representative (法定代表人): its signatory proves authority
    // (review N12).
    has(&en, "Please also send a board resolution or a secretary's certificate confirming that Daniel R. Brooks may sign the power of attorney for your company.");
    lacks(&en, "not your legal representative");
    let cn = text("zh", "C003", COVER);
    has(
        &cn,
        "授权委托书（power-of-attorney.pdf）：请加盖贵公司公章，并由陈志明（法定代表人）签字。",
    );
    lacks(&cn, "并非贵公司的法定代表人");
    // A PRC company is not asked to translate its own Chinese documents (review N12).
    lacks(&cn, "中文译本");
    has(&text("zh", "C001", COVER), "中文译本");
    // The Chinese text names titles in Chinese only.
    let us = text("zh", "C001", COVER);
    has(&us, "请由Daniel R. Brooks（总法律顾问）签字并注明职务");
    lacks(&us, "General Counsel");
    let de = text("zh", "C002", COVER);
    has(&de, "请由Dr. Matthias Kessler（总经理）签字");
    lacks(&de, "Managing Director");
    // No brackets inside brackets in English.
    has(
        &text("en", "C002", COVER),
        "Dr. Matthias Kessler, Managing Director (Geschäftsführer)",
    );
}

#[test]
fn letters_greet_the_signatory_by_salutation_and_surname() {
    has(&text("en", "C001", COVER), "Dear Mr Brooks,");
    has(&text("zh", "C001", COVER), "尊敬的Brooks先生：");
    // C002's salutation column says Dr; its signatory comes from the legal representative.
    has(&text("en", "C002", COVER), "Dear Dr Kessler,");
    has(&text("zh", "C002", COVER), "尊敬的Kessler博士：");
    has(&text("zh", "C003", COVER), "尊敬的陈志明先生：");
    // A name in Chinese script: its surname in Hanyu Pinyin in English.
    has(&text("en", "C003", COVER), "Dear Mr Chen,");
    let zh = text("zh", "C003", COVER);
    has(&zh, "电话：+86 20 3888 1808）。 顺颂商祺！");
    // The English letter closes in English only.
    let en = text("en", "C003", COVER);
    has(&en, "Yours sincerely, For the Agent");
    lacks(&en, "商祺");
    has(&zh, "随函附上我所为贵公司准备的投诉文件");
    // Counts count what is filed: R07 waits for its evaluation report, so one right.
    has(
        &text("en", "C003", COVER),
        "based on one of your intellectual property rights",
    );
}

#[test]
fn complaints_name_the_right_by_its_statutory_name_and_its_number_by_type() {
    let tm = text("zh", "C002", "complaint-alibaba-ipp-R05.pdf");
    has(&tm, "下列链接侵犯投诉人享有的注册商标专用权，请求予以删除。");
    has(&tm, "注册号31572840");
    has(
        &tm,
        "投诉人基于善意确信，上列链接使用涉案商标的行为未经投诉人或其被许可人授权",
    );
    let patent = text("zh", "C002", "complaint-jd-R06.pdf");
    has(&patent, "侵犯投诉人享有的发明专利权");
    has(&patent, "专利号ZL201910584273.8");
    has(&patent, "实施涉案专利的行为");
    let work = text("zh", "C003", "complaint-alibaba-ipp-R08.pdf");
    has(&work, "侵犯投诉人享有的著作权");
    has(&work, "登记号国作登字-2021-F-00123456");
    has(&work, "使用涉案作品的行为");
    has(&work, "统一社会信用代码91440101MA5CJQ4N59");
    has(&work, "一、投诉人及代理人");
    has(&work, "联系方式陈伟");
    lacks(&work, "受托人");
    lacks(&work, "权利编号");
    let en = text("en", "C003", "complaint-alibaba-ipp-R08.pdf");
    has(
        &en,
        "gives notice that the listings below infringe its copyright and asks that they be removed.",
    );
    has(&en, "Registration No. 国作登字-2021-F-00123456");
    has(&en, "not authorised by the Complainant, any licensee or the law.");
    has(
        &en,
        "We request that the platform promptly remove or block the listings above",
    );
    let us = text("zh", "C001", "complaint-alibaba-ipp-R01.pdf");
    has(&us, "注册号Delaware7312458");
    lacks(&us, "统一社会信用代码");
}

#[test]
fn a_patent_shows_its_application_and_grant_dates_and_a_copyright_its_term_of_protection() {
    let schedule = text("zh", "C002", "ip-rights-schedule.pdf");
    has(
        &schedule,
        "申请日2019年6月28日授权公告日2021年8月10日有效期2021年8月10日至2039年6月27日",
    );
    let complaint = text("en", "C002", "complaint-jd-R06.pdf");
    has(
        &complaint,
        "Application date 28 June 2019 Date of grant announcement 10 August 2021 Period of validity 10 August 2021 to 27 June 2039",
    );
    // A trademark has neither date.
    let trademark = text("zh", "C002", "complaint-jd-R05.pdf");
    lacks(&trademark, "申请日");
    lacks(&trademark, "授权公告日");
    has(&trademark, "有效期2019年6月7日至2029年6月6日");
    // A work's dates are each printed as what they are; its term runs from its creation,
    // not from its registration (review N11).
    let work = text("zh", "C003", "ip-rights-schedule.pdf");
    has(&work, "创作完成日期2020年3月15日首次发表日期2020年5月1日登记日期2021年4月20日保护期2020年3月15日至2070年12月31日");
    lacks(&work, "保护期2021年4月20日");
    let work = text("en", "C003", "complaint-alibaba-ipp-R08.pdf");
    has(
        &work,
        "Created on 15 March 2020 First published on 1 May 2020 Registered on 20 April 2021 Term of protection 15 March 2020 to 31 December 2070",
    );
}

#[test]
fn complaints_claim_no_dated_or_submitted_power_of_attorney_and_no_unverified_operator() {
    for (client, file) in [
        ("C001", "complaint-alibaba-ipp-R01.pdf"),
        ("C001", "complaint-pinduoduo-R01.pdf"),
        ("C002", "complaint-jd-R05.pdf"),
    ] {
        let en = text("en", client, file);
        lacks(&en, "dated");
        lacks(&en, "submitted with the Complainant's registration");
        lacks(&en, "operated by");
        has(&en, "under a power of attorney signed by the Complainant");
        let zh = text("zh", client, file);
        lacks(&zh, "出具的授权委托书");
        lacks(&zh, "随投诉人在平台的注册材料");
        lacks(&zh, "经营者：");
        has(&zh, "代理人依据投诉人签署的授权委托书");
        // Signed and dated when filed, after the power of attorney comes back (review N8).
        has(
            &en,
            "Date to be completed on filing (prepared on 1 December 2026)",
        );
        has(&zh, "日期 提交时填写（本函制作于2026年12月1日）");
    }
    // The letter to a site outside China speaks of the rights holder, not a complainant.
    let en = text("en", "C001", "letter-shoes-outlet-example.com.pdf");
    lacks(&en, "dated");
    lacks(&en, "operated by");
    has(&en, "under a power of attorney signed by the Rights Holder");
    let zh = text("zh", "C001", "letter-shoes-outlet-example.com.pdf");
    lacks(&zh, "出具的授权委托书");
    has(&zh, "本所依据权利人签署的授权委托书");
}

#[test]
fn the_cover_letter_asks_for_the_law_firms_practice_licence_in_the_statutory_words() {
    let zh = text("zh", "C001", COVER);
    has(&zh, "代理人律师事务所执业许可证");
    lacks(&zh, "代理人营业执照");
    has(&zh, "平台内经营者删除链接或提交不存在侵权行为声明的期限");
    lacks(&zh, "卖家");
    let en = text("en", "C001", COVER);
    has(&en, "The platform requires:");
    has(
        &en,
        "Other sites: a notice letter is sent to the operator of each site. Enclosures:",
    );
    has(&zh, "第5937214号注册商标的权利证书。");
}

#[test]
fn a_signatory_taken_from_the_legal_representative_is_a_warning_at_its_cell() {
    let (out, _) = run::check(root(), "fixtures/sample.xlsx");
    assert!(
        out.lines().any(|l| l
            == "warning: fixtures/sample.xlsx: Clients!I3: signatory is empty; the legal representative \"Dr. Matthias Kessler\" (H3) is named to sign the power of attorney"),
        "{out}"
    );
}

#[test]
fn a_salutation_or_seal_takedown_does_not_know_is_a_warning_at_its_cell() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    write(
        "clients.csv",
        "client_id,name_en,name_zh,country,company_no,representative,signatory,salutation,seal\n\
         C1,Acme Ltd,艾克米有限公司,GB,01234567,Jane Roe,Jane Roe,Sir,maybe\n\
         C2,Beta GmbH,贝塔有限责任公司,DE,HRB 1,Max Muster,Max Muster,Herr,\n\
         C3,Gamma SA,伽马股份有限公司,FR,B 123,,,,\n\
         C4,Delta Ltd,德尔塔有限公司,HK,12345678,Chan Tai Man,Chan Tai Man,Mr Chan,yes\n",
    );
    write(
        "rights.csv",
        "right_id,client_id,type,number\nR1,C1,trademark,12345678\nR2,C2,trademark,23456789\nR3,C3,trademark,34567890\nR4,C4,trademark,45678901\n",
    );
    write(
        "listings.csv",
        "url,right_id\nhttps://item.taobao.com/item.htm?id=1,R1\nhttps://item.taobao.com/item.htm?id=2,R2\nhttps://item.taobao.com/item.htm?id=3,R3\nhttps://item.taobao.com/item.htm?id=4,R4\n",
    );
    let (out, _) = run::check(dir.path(), "clients.csv");
    let clients: Vec<&str> = out.lines().filter(|l| l.contains("clients!")).collect();
    assert_eq!(
        clients,
        [
            "warning: clients.csv: clients!H2: \"Sir\" is not a salutation takedown knows (expected Mr, Ms, Mrs, Dr or Prof / 先生, 女士, 博士 or 教授, or one with the surname, e.g. Mr Chan); letters use the full name without a title",
            "warning: clients.csv: clients!I2: \"maybe\" is not yes or no (是/否); whether the power of attorney asks for the company seal is decided by the country",
            "warning: clients.csv: clients!H3: \"Herr\" is not a salutation takedown knows (expected Mr, Ms, Mrs, Dr or Prof / 先生, 女士, 博士 or 教授, or one with the surname, e.g. Mr Chan); letters use the full name without a title",
            "warning: clients.csv: clients!G4: no signatory and no legal representative; the signature line will be left blank",
        ],
        "{out}"
    );
    // Built: the unknown salutations give the full names, the unreadable seal cell falls
    // back to the country (GB: no seal), and a representative signing without a title
    // signs as legal representative.
    let out = dir.path().join("out");
    let (_, err, code) = run::takedown(
        dir.path(),
        &[
            "build",
            "clients.csv",
            "--layout",
            "en",
            "--date",
            "2026-12-01",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    let find = |client: &str, file: &str| -> String {
        fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, out);
                } else {
                    out.push(path);
                }
            }
        }
        let mut all = Vec::new();
        walk(&out, &mut all);
        let pdf = all
            .into_iter()
            .find(|p| {
                p.ends_with(file)
                    && p.parent()
                        .unwrap()
                        .file_name()
                        .unwrap()
                        .to_string_lossy()
                        .starts_with(client)
            })
            .unwrap_or_else(|| panic!("no {file} for {client}"));
        pdf::text(&pdf)
    };
    has(&find("C1", COVER), "Dear Jane Roe,");
    has(
        &find("C1", POA),
        "Principal (signature, and the company seal if it has one):",
    );
    has(&find("C2", COVER), "Dear Max Muster,");
    has(&find("C2", POA), "Name: Max Muster Title: Legal Representative");
    // No one to greet by name: the company is addressed.
    has(&find("C3", COVER), "Dear Sir or Madam,");
    // France: the apostille; Hong Kong: a China-Appointed Attesting Officer, no apostille.
    has(&find("C3", COVER), "Notarisation and apostille.");
    let hk = find("C4", COVER);
    has(
        &hk,
        "Certification for the mainland. Your company is established in Hong Kong, China.",
    );
    has(
        &hk,
        "in Hong Kong and Macao by a China-Appointed Attesting Officer",
    );
    lacks(&hk, "Apostille Convention");
    has(&hk, "Dear Mr Chan,");
}
