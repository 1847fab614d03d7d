//! Rebuttals through the real binary: one per counter-notice, holding the argument of each
//! ground given (pdftotext, both languages) and no other; the listing, the right and the
//! complaint it answers; our evidence annexed and in the manifest; a site's operator
//! addressed; a firm's own wording from the exported messages.

use crate::{notices, support};
use notices::*;
use support::fixtures::csv_workbook_shown;
use support::pdf::{self, squeeze, text};

/// Each ground's argument: a phrase of its English and of its Chinese text.
const ARGUMENTS: [(&str, &str, &str); 8] = [
    ("licensed", "Licence.TheComplainant", "关于授权：投诉人"),
    ("genuine", "Genuinegoods.", "关于正品来源："),
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
            !text.contains(&complaint),
            "{file} names the complaint by its file {complaint}"
        );
        // The listing is in dispute: no new complaint for it (review N14).
        assert!(!folder.join(format!("{complaint}.pdf")).exists());
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
    let images = pdf::tool("pdfimages", &["-list"], &pdf);
    assert_eq!(images.lines().skip(2).count(), 1, "{images}");
    assert!(images.lines().nth(2).unwrap().contains("360   780"), "{images}");
    pdf::qpdf_check(&pdf);
    let second = text(&out.join(folder).join(file_of("genuine", &taobao(2))));
    assert!(second.contains("TheComplainantreliesontheevidenceofitscomplaint."));
    // Without a differences cell, nothing is said of differences (review N7).
    assert!(!second.contains("differ"), "{second}");
    assert!(!second.contains("存在以下差异"), "{second}");
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

#[test]
fn a_counter_notice_on_another_site_answers_its_operator() {
    let dir = tempfile::tempdir().unwrap();
    let csv = csv_workbook_shown(
        dir.path(),
        "csv",
        CLIENTS_CSV,
        RIGHTS_CSV,
        "url,right_id\nhttps://www.shoes-outlet.example/p/12345,R1\n",
    );
    std::fs::write(
        csv.join("counter-notices.csv"),
        "url,received_on,grounds\nhttps://www.shoes-outlet.example/p/12345,2026-12-01,\"no use, different goods, invalidation, other\"\n",
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
        text.contains("theoperatorofshoes-outlet.exampletokeepthelistingremoved"),
        "{text}"
    );
    assert!(
        text.contains("shoes-outlet.example网站经营者继续删除该链接"),
        "{text}"
    );
    // The complaint it answers is named by its right, never by a file name.
    assert!(!text.contains("letter-shoes-outlet"), "{text}");
    // A right without a title is named by its number alone.
    assert!(text.contains("TrademarkNo.28374615,heldbyAcme投诉"), "{text}");
    assert!(text.contains("Acme的注册商标（第28374615号）2."), "{text}");
    assert!(!text.contains("Noticelettertothesiteoperator"), "{text}");
    // The site does not trade in mainland China: no E-Commerce Law, and no art. 43 date.
    assert!(
        text.contains("Thestatementgivesnoevidencethatthelistingdoesnotinfringe"),
        "{text}"
    );
    assert!(
        text.contains("该声明未提供任何证明该链接不构成侵权的证据"),
        "{text}"
    );
    // The grounds by their names, not their ids.
    assert!(
        text.contains("Groundsgivennouseasamarkorwork,differentgoods,invalidityoftheright,other"),
        "{text}"
    );
    assert!(
        text.contains("声明理由未使用、商品不同类、权利无效、其他"),
        "{text}"
    );
    // Nor do the arguments cite PRC statutes, which do not govern there.
    assert!(text.contains("thatisuseasatrademark.Themark"), "{text}");
    assert!(text.contains("属于商标意义上的使用。"), "{text}");
    assert!(text.contains("untiltheofficethatgranteditoracourt"), "{text}");
    assert!(text.contains("授予该权利的主管机关或人民法院"), "{text}");
    for law in [
        "E-CommerceLaw",
        "电子商务法",
        "Article43",
        "TrademarkLaw",
        "商标法",
        "CNIPA",
        "国家知识产权局",
    ] {
        assert!(!text.contains(law), "{law} in {text}");
    }
    let ics = std::fs::read_to_string(dir.path().join("out/csv/deadlines.ics")).unwrap();
    let ics = ics.replace("\r\n ", "");
    assert!(
        ics.contains("(listing https://www.shoes-outlet.example/p/12345)"),
        "{ics}"
    );
    assert!(!ics.contains("art. 43"), "{ics}");
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
