//! Notice letters to independent sites through the real binary and pdftotext: one letter per
//! site covering every right its listings infringe, relying on the rights registered where the
//! site trades; no E-Commerce Law outside mainland China; warnings at the cells otherwise.
//! Also Dewu's complaints without confidential material.

use crate::{run, support};
use std::path::{Path, PathBuf};

use run::takedown;
use support::fixtures::csv_workbook_shown;
use support::pdf::text;

const CLIENTS: &str = "client_id,name_en,name_zh,country,company_no,address_en,address_zh,signatory,email,phone\n\
    C1,Alpha Brands Inc.,阿尔法品牌公司,US,5551234,1 Main Street Boston,美国波士顿主街1号,Ann Lee,legal@alpha.example,+1 617 555 0100\n";

/// R1 a Chinese mark, R2 an EU mark, R3 a US copyright, R4 a Chinese design.
const RIGHTS: &str = "right_id,client_id,type,number,title_en,title_zh,country,classes,valid_from,valid_to\n\
    R1,C1,trademark,28374615,ALPHA,阿尔法,CN,25,2020-01-01,2030-01-01\n\
    R2,C1,trademark,018123457,ALPHA,阿尔法,EU,25,2020-01-10,2030-01-10\n\
    R3,C1,copyright,VA0002345678,Alpha Fox,阿尔法狐狸,US,,2021-03-01,2091-03-01\n\
    R4,C1,trademark,31572840,ALPHA FOX,阿尔法狐狸,CN,25,2019-06-07,2029-06-06\n";

const LISTINGS: &str = "url,right_id,store,title,site_country,purchase_order,shows\n\
    https://www.alpha-outlet.de/p/1,\"R1, R2\",Alpha Outlet,ALPHA jacket,,,\n\
    https://www.alpha-outlet.de/p/2,R2,Alpha Outlet,ALPHA cap,,,\n\
    https://shop.example.fr/item/7,R1,Shop FR,ALPHA socks,,,\n\
    https://shop.example.fr/item/8,R2,Shop FR,ALPHA scarf,,,\n\
    https://prints-example.com/fox,R3,Prints,Fox poster,United States,,the Alpha Fox artwork printed on the poster\n\
    https://gifts-example.net/a,\"R1, R4\",Gifts,ALPHA mug,,,\n\
    https://www.alpha-mall.cn/goods/9,\"R1, R2\",阿尔法折扣店,ALPHA外套,,,\n\
    https://m.dewu.com/router/product/ProductDetail?spuId=1234567,R4,得物店,ALPHA FOX 卫衣,,DW-20261101-01,\n";

/// Writes the CSV workbook `batch` and a config fixing the issue date; returns its folder.
fn workbook(dir: &Path) -> PathBuf {
    let wb = csv_workbook_shown(dir, "batch", CLIENTS, RIGHTS, LISTINGS);
    std::fs::write(
        dir.join("takedown.yaml"),
        "issue_date: 2026-11-28\nsite_terms:\n  alpha-outlet.de: https://www.alpha-outlet.de/agb\n",
    )
    .unwrap();
    wb
}

/// Builds the workbook once; returns the client's folder and report.txt.
fn built() -> &'static (tempfile::TempDir, PathBuf, String) {
    static OUT: std::sync::OnceLock<(tempfile::TempDir, PathBuf, String)> = std::sync::OnceLock::new();
    OUT.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        workbook(dir.path());
        let (_, err, code) = takedown(
            dir.path(),
            &["build", "batch", "--out", "out", "--config", "takedown.yaml"],
        );
        assert_eq!(code, 0, "{err}");
        let folder = dir.path().join("out/batch/C1-alpha-brands-inc");
        let report = std::fs::read_to_string(dir.path().join("out/batch/report.txt")).unwrap();
        (dir, folder, report)
    })
}

#[test]
fn one_letter_per_site_covering_every_right_its_listings_infringe() {
    let (_, folder, _) = built();
    let mut files: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let complaints: Vec<&String> = files.iter().filter(|n| n.starts_with("complaint-")).collect();
    assert_eq!(
        complaints,
        ["complaint-dewu-R4.pdf"],
        "no per-right complaint to a site"
    );
    let letters: Vec<&String> = files.iter().filter(|n| n.starts_with("letter-")).collect();
    assert_eq!(
        letters,
        [
            "letter-alpha-mall.cn.pdf",
            "letter-alpha-outlet.de.pdf",
            "letter-gifts-example.net.pdf",
            "letter-prints-example.com.pdf",
            "letter-shop.example.fr.pdf",
        ]
    );
    // gifts-example.net: where it trades is unknown, so both rights named are relied on.
    let gifts = text(&folder.join("letter-gifts-example.net.pdf"));
    assert!(
        gifts.contains("28374615") && gifts.contains("31572840"),
        "{gifts}"
    );
    assert!(gifts.contains("Thefollowinglistingoffersinfringinggoods;thelastcolumngivesthenumbersoftherightsofsection2itinfringes."));
    assert!(
        gifts.contains("https://gifts-example.net/aGiftsALPHAmug1,2"),
        "{gifts}"
    );
}

#[test]
fn a_site_outside_china_gets_a_letter_without_the_e_commerce_law_on_the_right_registered_there() {
    let (_, folder, _) = built();
    let de = text(&folder.join("letter-alpha-outlet.de.pdf"));
    // Both listings rely on the EU mark; the Chinese mark is not named.
    assert!(de.contains("018123457"), "{de}");
    assert!(!de.contains("28374615"), "{de}");
    assert!(
        de.contains("Thisrightisregisteredwherealpha-outlet.detrades:Germany."),
        "{de}"
    );
    assert!(
        // One right: 已, not 均已 (review N27).
        de.contains("上述权利已在alpha-outlet.de经营所在地（德国）注册。"),
        "{de}"
    );
    // Its terms are asked for only because the config gives their address (review N10).
    assert!(
        de.contains("Yourterms.Weaskyoutoapplythetermsofuseofalpha-outlet.de,publishedathttps://www.alpha-outlet.de/agb,tothelistingsabove."),
        "{de}"
    );
    assert!(de.contains(
        "网站规则：请贵方依据alpha-outlet.de公布于https://www.alpha-outlet.de/agb的使用条款处理上列链接。"
    ));
    let fr = text(&folder.join("letter-shop.example.fr.pdf"));
    assert!(!fr.contains("Yourterms") && !fr.contains("网站规则"), "{fr}");
    // The law of the place: an EU mark before a site in the EU.
    assert!(
        de.contains("ThisinfringestheexclusiverightsconferredbytheEuropeanUniontrademarks(Article9(2)ofRegulation(EU)2017/1001)."),
        "{de}"
    );
    assert!(de.contains("欧盟第2017/1001号条例第九条第二款"), "{de}");
    // An evidence section like the complaints': each listing, its capture and its date.
    assert!(
        de.contains("Theevidenceofeachlistingisasfollows.各链接的证据如下。•Listing1:onecaptureofthelistingpage,madeon1October2026,inAnnex1."),
        "{de}"
    );
    // Every annex the letters name is one they carry.
    for letter in support::files::pdfs(folder) {
        let name = letter.file_name().unwrap().to_string_lossy().into_owned();
        if !name.starts_with("letter-") {
            continue;
        }
        let text = text(&letter);
        let carried = text.matches("•Annex").count();
        for k in 1..=9 {
            if text.contains(&format!("Annex{k}")) {
                assert!(k <= carried, "{name} names Annex {k} but carries {carried}");
            }
        }
    }
    assert!(de.contains(
        "Authority.WegivethisnoticeontheRightsHolder'sbehalfunderapowerofattorneysignedbytheRightsHolder"
    ));
    for law in [
        "E-Commerce",
        "电子商务法",
        "CivilCode",
        "民法典",
        "Article42",
        "第四十二条",
    ] {
        assert!(!de.contains(law), "the letter to a German site cites {law}");
    }
    // A US site and a US copyright: the statement of 17 U.S.C. § 512(c)(3).
    let us = text(&folder.join("letter-prints-example.com.pdf"));
    assert!(us.contains("Noticeunder17U.S.C.§512(c)(3)."), "{us}");
    assert!(us.contains("underpenaltyofperjury"), "{us}");
    assert!(!us.contains("E-Commerce") && !us.contains("电子商务法"));
    assert!(
        !de.contains("512(c)(3)"),
        "no copyright relied on before the German site"
    );
}

#[test]
fn a_site_in_mainland_china_keeps_the_e_commerce_law_letter() {
    let (_, folder, _) = built();
    let cn = text(&folder.join("letter-alpha-mall.cn.pdf"));
    assert!(
        cn.contains("givenoticeunderArticle42oftheE-CommerceLawofthePeople'sRepublicofChinaandArticle1195oftheCivilCode"),
        "{cn}"
    );
    assert!(
        cn.contains("依据《中华人民共和国电子商务法》第四十二条及《中华人民共和国民法典》第一千一百九十五条")
    );
    assert!(cn.contains("(Article57oftheTrademarkLawofthePeople'sRepublicofChina)"));
    // The Chinese mark is relied on before a Chinese site, not the EU one.
    assert!(cn.contains("28374615") && !cn.contains("018123457"), "{cn}");
    assert!(!cn.contains("Yourterms."));
}

#[test]
fn the_sites_warnings_are_given_at_their_cells_by_build_and_check() {
    let (dir, _, report) = built();
    let expected = [
        "listings!B4: this listing names only R1 (CN), not registered in France where shop.example.fr trades (from its address (.fr)); the notice letter relies on it for this listing",
        // At the site_country cell of the site's first listing, where the country goes.
        "listings!E7: where gifts-example.net trades is not known from its address (.net); its notice letter relies on R1 (CN) and R4 (CN); give the country in site_country so that the letter relies on the rights registered there",
    ];
    for line in expected {
        assert!(report.contains(line), "{line}\n{report}");
    }
    let (out, err, code) = takedown(dir.path(), &["check", "batch", "--config", "takedown.yaml"]);
    assert_eq!(code, 0, "{err}");
    for line in expected {
        assert!(
            out.contains(&format!("warning: batch/listings.csv: {line}")),
            "{line}\n{out}"
        );
    }
    // The site given in site_country (the US) has the US copyright registered there.
    assert!(!out.contains("prints-example.com trades"), "{out}");
}

#[test]
fn dewu_complaints_leave_out_confidential_material_and_the_cover_letter_says_where_it_went() {
    let (_, folder, _) = built();
    let dewu = text(&folder.join("complaint-dewu-R4.pdf"));
    assert!(!dewu.contains("legal@alpha.example"), "{dewu}");
    assert!(!dewu.contains("+16175550100"), "{dewu}");
    assert!(
        !dewu.contains("DW-20261101-01") && !dewu.contains("Testpurchase"),
        "{dewu}"
    );
    assert!(
        dewu.contains("Confidentialmaterial.TheComplainant'sowncontactdetailsandanyfurtherevidenceareavailabletoDewu(Poizon)fromtheAgentonrequest;theyarenotpartofthiscomplaintandarenottobeforwardedtotheseller."),
        "{dewu}"
    );
    assert!(dewu.contains("不得转送平台内经营者。"), "{dewu}");
    let cover = text(&folder.join("cover-letter.pdf"));
    // The paragraph may continue on the next page, whose footer and Chinese column come
    // between its halves in the text.
    assert!(
        cover.contains(
            "Dewu(Poizon)forwardseverythingsubmittedwithacomplainttotheseller.Itscomplaintstherefore"
        ),
        "{cover}"
    );
    // Wherever the page breaks it, every word of the paragraph's end is there, in order.
    let rest = "leaveoutyourcontactdetailsandthetest-purchaserecords;wekeepthemonfile";
    let mut from = 0;
    for piece in [
        "leaveoutyourcontactdetails",
        "andthetest-purchase",
        "records;wekeepthemonfile",
    ] {
        let at = cover[from..]
            .find(piece)
            .unwrap_or_else(|| panic!("{piece} of {rest} not in {cover}"));
        from += at + piece.len();
    }
    assert!(
        cover.contains("得物会将投诉时提交的全部材料转送平台内经营者。"),
        "{cover}"
    );
}
