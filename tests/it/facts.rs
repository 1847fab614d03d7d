//! Provenance through the real binary: every value `manifest.json` lists for a document names
//! the cell it came from, holds that cell's value as read, and is printed on the pages it
//! gives; no document prints an internal key or a folder name.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use calamine::{open_workbook_auto, Data, Reader};
use serde_json::Value;

use crate::{run, support};
use run::takedown;
use support::files::copy_sample;
use support::fixtures::{good_en, write_xlsx};
use support::pdf::{page_text, raw_text, squeeze};

/// `Listings!H7` → (sheet, 0-based row, 0-based column).
fn parse_cell(cell: &str) -> (String, u32, u32) {
    let (sheet, at) = cell.rsplit_once('!').expect("Sheet!A1");
    let letters: String = at.chars().take_while(char::is_ascii_alphabetic).collect();
    let row: u32 = at[letters.len()..].parse().expect("row number");
    let col = letters
        .bytes()
        .fold(0u32, |n, b| n * 26 + u32::from(b - b'A' + 1))
        - 1;
    (sheet.to_owned(), row - 1, col)
}

/// A cell's value as a person reads it: text, a number without a trailing `.0`, a date as
/// `YYYY-MM-DD`.
fn cell_text(data: &Data) -> String {
    match data {
        Data::String(s) => s.clone(),
        Data::Float(f) if f.fract() == 0.0 => format!("{f:.0}"),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::DateTime(d) => {
            let (y, m, day, ..) = d.to_ymd_hms_milli();
            format!("{y:04}-{m:02}-{day:02}")
        }
        other => other.to_string(),
    }
}

/// Builds `workbook` (copied into `dir`) and checks every fact of every document against
/// the workbook and the PDF; returns the facts by document.
fn check_facts(dir: &Path, workbook: &Path) -> HashMap<String, Vec<Value>> {
    let name = workbook.file_name().unwrap().to_str().unwrap();
    let (_, err, code) = takedown(dir, &["build", name, "--out", "out", "--date", "2026-11-28"]);
    assert_eq!(code, 0, "{err}");
    let stem = workbook.file_stem().unwrap().to_str().unwrap();
    let out = dir.join("out").join(stem);
    let manifest: Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("manifest.json")).unwrap()).unwrap();
    let mut book = open_workbook_auto(workbook).expect("the workbook opens");
    let mut sheets: HashMap<String, calamine::Range<Data>> = HashMap::new();
    let mut pages: HashMap<(PathBuf, usize), String> = HashMap::new();
    let mut by_document = HashMap::new();
    for file in manifest["files"].as_array().unwrap() {
        let path = file["path"].as_str().unwrap();
        let facts = file["facts"].as_array().cloned().unwrap_or_default();
        if path.ends_with("packet.pdf") {
            assert!(facts.is_empty(), "packet.pdf's facts are its documents'");
            continue;
        }
        assert!(!facts.is_empty(), "{path} lists no facts");
        let pdf = out.join(path);
        for fact in &facts {
            if let Some(cell) = fact["cell"].as_str() {
                let (sheet, row, col) = parse_cell(cell);
                let range = sheets
                    .entry(sheet.clone())
                    .or_insert_with(|| book.worksheet_range(&sheet).expect("the sheet exists"));
                let value = range.get_value((row, col)).map(cell_text).unwrap_or_default();
                assert_eq!(
                    fact["raw"].as_str(),
                    Some(value.as_str()),
                    "{path}: {fact} (the cell holds {value:?})"
                );
            } else {
                assert!(
                    fact["derived"].is_array() || fact["config"].is_string() || fact["profile"].is_string(),
                    "{path}: {fact} has no origin"
                );
                if fact["derived"].is_array() {
                    assert!(fact["rule"].as_str().is_some_and(|r| !r.is_empty()), "{fact}");
                }
            }
            let printed: Vec<String> = ["en", "zh"]
                .iter()
                .filter_map(|l| fact[l].as_str())
                .map(squeeze)
                .collect();
            assert!(!printed.is_empty(), "{path}: {fact} is printed in no language");
            let on = fact["pages"].as_array().unwrap();
            assert!(!on.is_empty(), "{path}: {fact} on no page");
            for page in on {
                let n = page.as_u64().unwrap() as usize;
                let text = pages
                    .entry((pdf.clone(), n))
                    .or_insert_with(|| page_text(&pdf, n));
                assert!(
                    printed.iter().any(|p| text.contains(p.as_str())),
                    "{path} page {n}: {fact} not found in {text}"
                );
            }
        }
        by_document.insert(path.to_owned(), facts);
    }
    by_document
}

fn find<'a>(facts: &'a [Value], field: &str, cell: &str) -> &'a Value {
    facts
        .iter()
        .find(|f| f["field"] == field && f["cell"] == cell)
        .unwrap_or_else(|| panic!("no {field} at {cell} in {facts:?}"))
}

#[test]
fn every_fact_of_the_sample_names_its_cell_holds_its_value_and_is_on_its_pages() {
    let dir = tempfile::tempdir().unwrap();
    copy_sample(dir.path());
    let facts = check_facts(dir.path(), &dir.path().join("sample.xlsx"));
    let complaint = &facts["C001-northwind-outdoor-gear-inc/complaint-alibaba-ipp-R01.pdf"];
    // A capture date: the cell, the value as read, the text in each language.
    let captured = find(complaint, "listing.captured_on", "Listings!I2");
    assert_eq!(captured["raw"], "2026-10-12");
    assert_eq!(captured["en"], "12 October 2026");
    assert_eq!(captured["zh"], "2026年10月12日");
    // A link printed as canonicalised: the cell as written, the link as printed.
    let link = find(complaint, "listing.url", "Listings!A6");
    assert_eq!(
        link["raw"],
        "https://detail.tmall.com/item.htm?id=712098345617&skuId=5012345678901"
    );
    assert_eq!(link["en"], "https://detail.tmall.com/item.htm?id=712098345617");
    // A default says it is one: R01's owner is blank, so it is the client's name.
    let owner = complaint
        .iter()
        .find(|f| f["field"] == "right.owner")
        .expect("the owner is printed");
    assert_eq!(owner["derived"], serde_json::json!(["Clients!B2", "Clients!C2"]));
    assert_eq!(owner["rule"], "owner left blank: the client's name");
    assert_eq!(owner["en"], "Northwind Outdoor Gear, Inc.");
    assert_eq!(owner["zh"], "诺斯温德户外装备股份有限公司");
    // A blank protection start is the date of filing, never the issue date (review N22).
    let protect = complaint
        .iter()
        .find(|f| f["field"] == "right.protect")
        .expect("the protection period is printed");
    assert_eq!(
        protect["en"], "from the date of filing to 31 December 2027",
        "{protect}"
    );
    assert_eq!(protect["zh"], "自提交之日起至2027年12月31日", "{protect}");
    assert_eq!(
        protect["rule"], "protect_from blank: from the date of filing",
        "{protect}"
    );
    // The firm's details come from the config.
    let firm = complaint.iter().find(|f| f["field"] == "firm.name").unwrap();
    assert_eq!(firm["config"], "firm.name");
    // Counts count what they say: three complaints (the JD listing is in dispute), and the
    // letter apart.
    let cover_text = support::pdf::text(
        &dir.path()
            .join("out/sample/C001-northwind-outdoor-gear-inc/cover-letter.pdf"),
    );
    assert!(
        cover_text.contains("4.Complaints(3documents):wesignandfilethem"),
        "{cover_text}"
    );
    assert!(
        cover_text.contains("5.Noticeletterstothesites'operators(oneletter):wesignandsenditasyouragent"),
        "{cover_text}"
    );
    // A counter-notice deadline is derived from the notice's forwarding date.
    let cover = &facts["C001-northwind-outdoor-gear-inc/cover-letter.pdf"];
    let deadline = cover
        .iter()
        .find(|f| {
            f["field"] == "deadline.date" && f["rule"].as_str().unwrap().starts_with("E-Commerce Law art. 43")
        })
        .expect("an art. 43 deadline");
    assert!(
        deadline["derived"][0]
            .as_str()
            .unwrap()
            .starts_with("Counter-notices!"),
        "{deadline}"
    );
}

#[test]
fn facts_of_a_workbook_whose_headers_sit_below_a_title_name_the_cells_as_excel_shows_them() {
    let dir = tempfile::tempdir().unwrap();
    let workbook = dir.path().join("acme.xlsx");
    write_xlsx(&workbook, &good_en()).unwrap();
    let facts = check_facts(dir.path(), &workbook);
    let cells: Vec<&str> = facts
        .values()
        .flatten()
        .filter_map(|f| f["cell"].as_str())
        .collect();
    // The header is on row 3 of Clients: the first client is on row 4, none above.
    let rows: Vec<u32> = cells
        .iter()
        .filter(|c| c.starts_with("Clients!"))
        .map(|c| parse_cell(c).1 + 1)
        .collect();
    assert_eq!(rows.iter().min(), Some(&4), "{cells:?}");
}

#[test]
fn no_document_prints_an_internal_key_or_a_folder_name() {
    let sample = crate::build::built_sample();
    let out = sample.join("sample");
    let folders: Vec<String> = support::files::names(&out)
        .into_iter()
        .filter(|n| out.join(n).is_dir())
        .collect();
    assert_eq!(folders.len(), 3);
    for pdf in support::files::pdfs(&out) {
        let text = raw_text(&pdf);
        for folder in &folders {
            assert!(
                !squeeze(&text).contains(folder.as_str()),
                "{} names {folder}",
                pdf.display()
            );
        }
        // Words outside links and file names: none is a snake_case key, a complaint's file
        // slug or a right's id.
        for word in text.split_whitespace() {
            if word.contains('/')
                || word.contains('@')
                || word
                    .rsplit_once('.')
                    .is_some_and(|(_, ext)| ext.len() == 3 || ext.len() == 4)
            {
                continue;
            }
            let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '_' && c != '-');
            let snake = word.contains('_') && word.chars().all(|c| c.is_ascii_lowercase() || c == '_');
            let slug = ["complaint-", "rebuttal-", "letter-"]
                .iter()
                .any(|s| word.starts_with(s));
            let right_id =
                word.len() == 3 && word.starts_with("R0") && word[2..].chars().all(|c| c.is_ascii_digit());
            assert!(!snake && !slug && !right_id, "{} prints {word:?}", pdf.display());
        }
    }
}

#[test]
fn a_one_language_layout_warns_for_each_document_whose_reader_needs_the_other() {
    let dir = tempfile::tempdir().unwrap();
    copy_sample(dir.path());
    let (_, err, code) = takedown(
        dir.path(),
        &["build", "sample.xlsx", "--out", "en", "--layout", "en"],
    );
    assert_eq!(code, 0, "{err}");
    let report = std::fs::read_to_string(dir.path().join("en/sample/report.txt")).unwrap();
    let pdfs = support::files::pdfs(&dir.path().join("en/sample"));
    let chinese: Vec<String> = pdfs
        .iter()
        .filter_map(|p| {
            let name = p.file_name()?.to_str()?;
            let folder = p.parent()?.file_name()?.to_str()?;
            (name.starts_with("complaint-") || name.starts_with("rebuttal-"))
                .then(|| format!("{folder}/{name}"))
        })
        .collect();
    assert!(chinese.len() >= 8, "{chinese:?}");
    for doc in &chinese {
        let warned = report
            .lines()
            .filter(|l| l.starts_with(&format!("warning: {doc}: ")) && l.contains("but the layout is en"))
            .count();
        assert_eq!(warned, 1, "{doc} in\n{report}");
    }
    // The letter to a site abroad is in English already: no warning.
    assert!(
        !report.contains("letter-shoes-outlet-example.com.pdf: "),
        "{report}"
    );
    // The manifest gives only the English text of a value whose Chinese is not printed.
    let manifest: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("en/sample/manifest.json")).unwrap())
            .unwrap();
    let facts: Vec<&Value> = manifest["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["facts"].as_array().into_iter().flatten())
        .collect();
    let dated = facts
        .iter()
        .find(|f| f["field"] == "listing.captured_on")
        .expect("a capture date");
    assert!(dated["en"].is_string() && dated.get("zh").is_none(), "{dated}");
    assert!(facts.iter().all(|f| f.get("zh").is_none() || f["zh"] == f["en"]));

    let (_, err, code) = takedown(
        dir.path(),
        &["build", "sample.xlsx", "--out", "zh", "--layout", "zh"],
    );
    assert_eq!(code, 0, "{err}");
    let report = std::fs::read_to_string(dir.path().join("zh/sample/report.txt")).unwrap();
    assert!(
        report.contains(
            "warning: C001-northwind-outdoor-gear-inc/letter-shoes-outlet-example.com.pdf: shoes-outlet-example.com trades outside mainland China, but the layout is zh: this letter has no English text"
        ),
        "{report}"
    );
    assert!(!report.contains("but the layout is en"), "{report}");
}

#[test]
fn a_complaint_whose_listings_are_all_held_is_not_written_and_the_cover_letter_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let wb = support::fixtures::csv_workbook(
        dir.path(),
        "wb",
        "client_id,name_en,name_zh,company_no\nC1,Acme Trading Ltd,阿克米贸易有限公司,91440101MA59XXXX1A\n",
        "right_id,client_id,type,number,title_en,on_file\nR1,C1,trademark,12345678,ACME,taobao\nR2,C1,trademark,12345679,ACME FOX,taobao\n",
        "url,right_id,evidence,captured_on\n\
         https://item.taobao.com/item.htm?id=600000000001,R1,shot.png,2026-10-01\n\
         https://item.taobao.com/item.htm?id=600000000002,R2,,\n",
    );
    support::fixtures::shot(&wb.join("shot.png"));
    let (_, err, code) = takedown(
        dir.path(),
        &["build", "wb", "--out", "out", "--date", "2026-11-28"],
    );
    assert_eq!(code, 0, "{err}");
    let out = dir.path().join("out/wb");
    let folder = out.join("C1-acme-trading-ltd");
    assert!(folder.join("complaint-alibaba-ipp-R1.pdf").exists());
    assert!(!folder.join("complaint-alibaba-ipp-R2.pdf").exists());
    let manifest = std::fs::read_to_string(out.join("manifest.json")).unwrap();
    assert!(!manifest.contains("complaint-alibaba-ipp-R2"), "{manifest}");
    let held = "warning: wb/listings.csv: listings!C3: no evidence for this listing (evidence, comparison and purchase_evidence are empty): it is held back from its complaint until evidence names a screenshot or capture of it";
    assert!(err.contains(held), "{err}");
    let report = std::fs::read_to_string(out.join("report.txt")).unwrap();
    assert!(report.contains(held), "{report}");
    let cover = support::pdf::text(&folder.join("cover-letter.pdf"));
    assert!(
        cover.contains("https://item.taobao.com/item.htm?id=600000000002(listings!C3)"),
        "{cover}"
    );
    // What the letter counts is what is filed: one complaint, on one listing.
    assert!(
        cover.contains("againstoneinfringinglisting,basedononeofyourintellectualpropertyrights."),
        "{cover}"
    );
    assert!(
        cover.contains("依据贵公司1项知识产权，针对1条侵权链接提出投诉"),
        "{cover}"
    );
}

#[test]
fn a_foreign_trademarks_complaint_names_its_office_and_law_and_no_prc_article_as_its_basis() {
    let out = crate::build::built_sample().join("sample");
    let c001 = out.join("C001-northwind-outdoor-gear-inc");
    // R02: a US registration; R04 (C002): an EU trade mark.
    let us = support::pdf::text(&c001.join("complaint-alibaba-ipp-R02.pdf"));
    for said in [
        "itstrademarkregisteredintheUnitedStateswiththeUnitedStatesPatentandTrademarkOffice(USPTO),protectedbytheLanhamAct,15U.S.C.§1114",
        "在美国（美国专利商标局）注册并受美国《兰哈姆法》（《美国法典》第15编第1114条）保护的商标权",
        "undertheplatform'sintellectualpropertyrules",
        "请求贵平台依据其知识产权保护规则",
    ] {
        assert!(us.contains(said), "{said} not in {us}");
    }
    let eu = support::pdf::text(&out.join("C002-kessler-werkzeugtechnik-gmbh/complaint-alibaba-ipp-R04.pdf"));
    assert!(
        eu.contains(
            "EuropeanUnionIntellectualPropertyOffice(EUIPO),protectedbyArticle9ofRegulation(EU)2017/1001"
        ),
        "{eu}"
    );
    // No PRC provision is the basis of the right or of the request; what stays is the
    // complainant's liability for an erroneous notice filed on a Chinese platform.
    for text in [&us, &eu] {
        for prc in [
            "E-CommerceLawofthePeople'sRepublicofChina",
            "againstthesellersunderArticle42",
            "依据《电子商务法》第四十二条的规定",
            "CivilCode",
            "民法典",
            "TrademarkLaw",
            "商标法",
            "注册商标专用权",
        ] {
            assert!(!text.contains(prc), "{prc} in {text}");
        }
        assert!(text.contains("liableunderArticle42oftheE-CommerceLawforanylosscausedbyanerroneousnotice"));
    }
    // A Chinese right keeps its PRC basis.
    let cn = support::pdf::text(&c001.join("complaint-alibaba-ipp-R01.pdf"));
    assert!(
        cn.contains("Article42oftheE-CommerceLaw") && cn.contains("注册商标专用权"),
        "{cn}"
    );
}

#[test]
fn a_foreign_company_files_its_certificate_of_incorporation_titled_as_such() {
    let sample = crate::build::built_sample();
    let out = sample.join("sample");
    // C001 is a Delaware corporation; C003 a company of Guangzhou.
    let delaware = support::pdf::text(&out.join("C001-northwind-outdoor-gear-inc/business-licence.pdf"));
    assert!(
        delaware.starts_with("CertificateofIncorporationoftheRightsHolder权利人公司注册证明"),
        "{delaware}"
    );
    assert!(
        !delaware.contains("营业执照") && !delaware.contains("Businesslicence"),
        "{delaware}"
    );
    let guangzhou =
        support::pdf::text(&out.join("C003-guangzhou-lingxi-smart-home-technology/business-licence.pdf"));
    assert!(
        guangzhou.starts_with("BusinessLicenceoftheRightsHolder权利人营业执照"),
        "{guangzhou}"
    );
}

#[test]
fn a_one_listing_complaint_speaks_of_the_listing_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    support::fixtures::csv_workbook_shown(
        dir.path(),
        "wb",
        "client_id,name_en,name_zh,company_no\nC1,Acme Trading Ltd,阿克米贸易有限公司,91440101MA59XXXX1A\n",
        "right_id,client_id,type,number,title_en\nR1,C1,trademark,12345678,ACME\n",
        "url,right_id\nhttps://item.jd.com/100012043978.html,R1\n",
    );
    let (_, err, code) = takedown(
        dir.path(),
        &["build", "wb", "--out", "out", "--date", "2026-11-28"],
    );
    assert_eq!(code, 0, "{err}");
    let text = support::pdf::text(&dir.path().join("out/wb/C1-acme-trading-ltd/complaint-jd-R1.pdf"));
    for said in [
        "givesnoticethatthelistingbelowinfringesits",
        "Thepreliminaryevidenceofinfringementforthelisting(",
        "removeorblockthelistingabove,takethenecessarymeasuresagainstitsseller",
        "theuseofthetrademarkinthelistingaboveisnotauthorised",
        "该链接构成侵权的初步证据",
    ] {
        assert!(text.contains(said), "{said} not in {text}");
    }
    for plural in [
        "listingsabove",
        "listingsbelow",
        "eachlisting",
        "sellers",
        "各链接",
    ] {
        assert!(!text.contains(plural), "{plural} in {text}");
    }
}

#[test]
fn what_a_capture_shows_and_the_class_of_the_goods_are_printed_only_from_their_cells() {
    let sample = crate::build::built_sample();
    let out = sample.join("sample");
    let (mut shows, mut classed) = (0, 0);
    for pdf in support::files::pdfs(&out) {
        let name = pdf.file_name().unwrap().to_str().unwrap().to_owned();
        if !name.starts_with("complaint-") {
            continue;
        }
        let text = support::pdf::text(&pdf);
        shows += text.matches("Thecaptureshows").count();
        classed += text.matches("Thegoodsofferedfallinclass").count();
        // No statement about the goods' classes from the right's classes alone (review N18).
        assert!(!text.contains("whichfallwithinthegoods"), "{name}");
        assert!(!text.contains("核定使用的商品（第"), "{name}");
    }
    // Listings!P6 is the sample's only goods_class cell (R01, on Tmall, with its shows cell O6); the other
    // shows cells are R08's, the work reproduced (four listings, the fifth held).
    assert_eq!((shows, classed), (5, 1));
    let complaint =
        support::pdf::text(&out.join("C001-northwind-outdoor-gear-inc/complaint-alibaba-ipp-R01.pdf"));
    for said in [
        "ThecaptureshowstheNORTHWIND诺斯温德markonthebackpackandinthelistingtitle.Thegoodsofferedfallinclass18,forwhichtherightisregistered.",
        "该页面显示：theNORTHWIND诺斯温德markonthebackpackandinthelistingtitle。所售商品属于涉案权利核定使用的第18类商品。",
    ] {
        assert!(complaint.contains(said), "{said} not in {complaint}");
    }

    // A class the right is not registered for is said at its cell and not printed.
    let dir = tempfile::tempdir().unwrap();
    let wb = support::fixtures::csv_workbook_shown(
        dir.path(),
        "wb",
        "client_id,name_en,name_zh,company_no\nC1,Acme Trading Ltd,阿克米贸易有限公司,91440101MA59XXXX1A\n",
        "right_id,client_id,type,number,title_en,classes\nR1,C1,trademark,12345678,ACME,\"18, 25\"\n",
        "url,right_id,goods_class\nhttps://item.jd.com/100012043978.html,R1,9\n",
    );
    let (out, _, code) = takedown(dir.path(), &["check", wb.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("listings!C2: class 9 is not one R1 is registered for (18, 25): the complaint to JD Intellectual Property Protection Platform says nothing about the class of the goods"),
        "{out}"
    );
}

#[test]
fn complaints_cite_the_substantive_provision_the_facts_support() {
    let dir = tempfile::tempdir().unwrap();
    let listings = "url,right_id,mark_use\n\
        https://item.taobao.com/item.htm?id=600000000001,R1,相同商标\n\
        https://item.taobao.com/item.htm?id=600000000002,R1,\n\
        https://item.jd.com/100012043978.html,R2,\n";
    support::fixtures::csv_workbook_shown(
        dir.path(),
        "wb",
        "client_id,name_en,name_zh,company_no\nC1,Acme Trading Ltd,阿克米贸易有限公司,91440101MA59XXXX1A\n",
        "right_id,client_id,type,number,title_en\nR1,C1,trademark,12345678,ACME\nR2,C1,invention patent,ZL201710601862.3,Socket\n",
        listings,
    );
    let (_, err, code) = takedown(
        dir.path(),
        &["build", "wb", "--out", "out", "--date", "2026-11-28"],
    );
    assert_eq!(code, 0, "{err}");
    let folder = dir.path().join("out/wb/C1-acme-trading-ltd");
    let tm = support::pdf::text(&folder.join("complaint-alibaba-ipp-R1.pdf"));
    // One listing uses the same mark (item 1), the other's use is not said (item 3).
    assert!(
        tm.contains("TheirofferforsaleinfringestherightunderArticle57(1)and(3)oftheTrademarkLaw."),
        "{tm}"
    );
    assert!(
        tm.contains("上述行为构成《中华人民共和国商标法》第五十七条第（一）项、第（三）项规定的侵权行为。"),
        "{tm}"
    );
    let patent = support::pdf::text(&folder.join("complaint-jd-R2.pdf"));
    assert!(
        patent.contains("ItsofferforsaleinfringestherightunderArticle11ofthePatentLaw."),
        "{patent}"
    );
    assert!(patent.contains("《中华人民共和国专利法》第十一条"), "{patent}");
}

#[test]
fn packet_bookmarks_are_unique_and_name_each_complaints_platform_and_right() {
    let sample = crate::build::built_sample();
    for client in [
        "C001-northwind-outdoor-gear-inc",
        "C002-kessler-werkzeugtechnik-gmbh",
    ] {
        let packet = sample.join("sample").join(client).join("packet.pdf");
        let json = support::pdf::tool("qpdf", &["--json", "--json-key=outlines"], &packet);
        let outlines: Value = serde_json::from_str(&json).unwrap();
        let titles: Vec<&str> = outlines["outlines"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["title"].as_str().unwrap())
            .collect();
        let mut unique = titles.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), titles.len(), "{titles:#?}");
        if client.starts_with("C002") {
            assert!(titles.contains(
                &"Complaint of Intellectual Property Infringement: Trademark 31572840 on JD.com / 知识产权侵权投诉函：注册商标 31572840（京东）"
            ), "{titles:#?}");
        }
    }
}

#[test]
fn the_cover_letter_speaks_of_statements_only_when_there_are_some_and_marks_estimated_steps() {
    let out = crate::build::built_sample().join("sample");
    let c002 = support::pdf::text(&out.join("C002-kessler-werkzeugtechnik-gmbh/cover-letter.pdf"));
    assert!(
        c002.contains("Everydeadlineofthesefilings,eachwithitsbasis;"),
        "{c002}"
    );
    assert!(
        !c002.contains("statementswehavereceived") && !c002.contains("我方已收到的平台内经营者声明"),
        "{c002}"
    );
    let c001 = support::pdf::text(&out.join("C001-northwind-outdoor-gear-inc/cover-letter.pdf"));
    assert!(c001.contains("ofthesellers'statementswehavereceived"), "{c001}");
    // The step tables mark a date counted through 2027 (no holiday notice yet) as the deadline
    // table does (review N28).
    let steps =
        &c001[c001.find("3.Nextstepsandtimeline").unwrap()..c001.find("4.Deadlines四、期限").unwrap()];
    assert!(steps.contains("2027*") && steps.contains("2027年1月"), "{steps}");
}

#[test]
fn a_capture_named_for_two_listings_is_said_at_both_cells() {
    let dir = tempfile::tempdir().unwrap();
    let wb = support::fixtures::csv_workbook(
        dir.path(),
        "wb",
        "client_id,name_en,name_zh,company_no\nC1,Acme Trading Ltd,阿克米贸易有限公司,91440101MA59XXXX1A\n",
        "right_id,client_id,type,number,title_en\nR1,C1,trademark,12345678,ACME\n",
        "url,right_id,evidence,captured_on\n\
         https://item.taobao.com/item.htm?id=600000000001,R1,shot.png,2026-10-01\n\
         https://item.taobao.com/item.htm?id=600000000002,R1,shot.png,2026-10-01\n",
    );
    support::fixtures::shot(&wb.join("shot.png"));
    let (out, _, code) = takedown(dir.path(), &["check", wb.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    for (at, other) in [("C2", "C3"), ("C3", "C2")] {
        let line = format!(
            "listings!{at}: evidence file \"shot.png\" is also named for another listing (listings!{other}): a capture shows one listing; give each listing its own"
        );
        assert!(out.contains(&line), "{line} not in {out}");
    }
}

/// A capture named for many listings names a few of the others in each warning, then how
/// many more: a file named on every row of a large sheet must not make each message as long
/// as the sheet.
#[test]
fn a_capture_named_for_many_listings_names_three_others_and_counts_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let rows: String = (1..=6)
        .map(|i| format!("https://item.taobao.com/item.htm?id=60000000000{i},R1,shot.png,2026-10-01\n"))
        .collect();
    let wb = support::fixtures::csv_workbook(
        dir.path(),
        "wb",
        "client_id,name_en,name_zh,company_no\nC1,Acme Trading Ltd,阿克米贸易有限公司,91440101MA59XXXX1A\n",
        "right_id,client_id,type,number,title_en\nR1,C1,trademark,12345678,ACME\n",
        format!("url,right_id,evidence,captured_on\n{rows}"),
    );
    support::fixtures::shot(&wb.join("shot.png"));
    let (out, _, code) = takedown(dir.path(), &["check", wb.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    for (at, others) in [
        ("C2", "listings!C3, listings!C4, listings!C5, and 2 more"),
        ("C5", "listings!C2, listings!C3, listings!C4, and 2 more"),
    ] {
        let line = format!(
            "listings!{at}: evidence file \"shot.png\" is also named for another listing ({others}): a capture shows one listing; give each listing its own"
        );
        assert!(out.contains(&line), "{line} not in {out}");
    }
}
