//! `takedown build` end to end through the real binary: the output tree, what each PDF says
//! (pdftotext), the manifest, splitting at the platform's limit, determinism, and a batch
//! with a bad client.

use crate::{run, support};
use std::collections::BTreeSet;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex, OnceLock};

use run::takedown;
use sha2::{Digest, Sha256};
use support::docket::docket;
use support::files::{copy_sample, root, sample, tree};
use support::fixtures::csv_workbook_shown;
use support::pdf::{self, squeeze, text};

/// The sample built once for the tests that only read it.
pub(crate) fn built_sample() -> &'static Path {
    static OUT: OnceLock<tempfile::TempDir> = OnceLock::new();
    OUT.get_or_init(|| {
        let out = tempfile::tempdir().unwrap();
        let (_, err, code) = takedown(
            root(),
            &[
                "build",
                sample().to_str().unwrap(),
                "--out",
                out.path().to_str().unwrap(),
                "--date",
                "2026-11-28",
            ],
        );
        assert_eq!(code, 0, "{err}");
        out
    })
    .path()
}

/// The sample built once per layout and issue date for the tests that only read it (each
/// build once, however many tests read it, and different builds side by side): its
/// `sample` output folder.
pub(crate) fn built(layout: &str, date: &str) -> PathBuf {
    type Builds = Mutex<HashMap<(String, String), Arc<OnceLock<tempfile::TempDir>>>>;
    static OUT: OnceLock<Builds> = OnceLock::new();
    let cell = OUT
        .get_or_init(Default::default)
        .lock()
        .unwrap()
        .entry((layout.to_owned(), date.to_owned()))
        .or_default()
        .clone();
    let out = cell.get_or_init(|| {
        let out = tempfile::tempdir().unwrap();
        let (_, err, code) = takedown(
            root(),
            &[
                "build",
                sample().to_str().unwrap(),
                "--date",
                date,
                "--layout",
                layout,
                "--out",
                out.path().to_str().unwrap(),
            ],
        );
        assert_eq!(code, 0, "{err}");
        out
    });
    out.path().join("sample")
}

#[test]
fn the_sample_builds_the_documented_tree() {
    let files = tree(&built_sample().join("sample"));
    let c1 = "C001-northwind-outdoor-gear-inc";
    let c2 = "C002-kessler-werkzeugtechnik-gmbh";
    let c3 = "C003-guangzhou-lingxi-smart-home-technology";
    let mut expected: Vec<String> = vec![
        "deadlines.ics".into(),
        "manifest.json".into(),
        "report.txt".into(),
    ];
    let per_client: [(&str, &[&str]); 3] = [
        (
            c1,
            // R03 (a design) has no evaluation report, which all three platforms require.
            &[
                "business-licence.pdf",
                "complaint-alibaba-ipp-R01.pdf",
                "complaint-alibaba-ipp-R02.pdf",
                // No JD complaint: its one listing is in dispute (a counter-notice answers
                // the complaint filed before, review N14).
                "complaint-pinduoduo-R01.pdf",
                // One letter for the site, on the US mark only (the site trades in the US).
                "letter-shoes-outlet-example.com.pdf",
                // The two sample counter-notices.
                "rebuttal-jd-100045678912.pdf",
                "rebuttal-taobao-702318846735.pdf",
            ],
        ),
        (
            c2,
            &[
                "complaint-alibaba-ipp-R04.pdf",
                "complaint-alibaba-ipp-R05.pdf",
                "complaint-alibaba-ipp-R06.pdf",
                "complaint-jd-R05.pdf",
                "complaint-jd-R06.pdf",
                // R05 has no certificate and is on file with Taobao and JD only: its
                // Pinduoduo complaint is held (review N25).
                "complaint-pinduoduo-R06.pdf",
                "letter-tools-direct-example.net.pdf",
            ],
        ),
        (
            c3,
            // R07 (a utility model) likewise.
            &[
                "business-licence.pdf",
                "complaint-alibaba-ipp-R08.pdf",
                "complaint-jd-R08.pdf",
                "complaint-pinduoduo-R08.pdf",
            ],
        ),
    ];
    for (folder, complaints) in per_client {
        let common = [
            "cover-letter.pdf",
            "ip-rights-schedule.pdf",
            "packet.pdf",
            "power-of-attorney.pdf",
        ];
        for file in complaints.iter().chain(common.iter()) {
            expected.push(format!("{folder}/{file}"));
        }
    }
    expected.sort();
    assert_eq!(files, expected);
}

#[test]
fn every_document_names_the_client_in_both_languages_and_its_numbers_and_links() {
    let docket = docket(&sample());
    let out = built_sample().join("sample");
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("manifest.json")).unwrap()).unwrap();
    let mut checked = 0;
    for packet in manifest["packets"].as_array().unwrap() {
        let client = docket.clients.iter().find(|c| c.id == packet["client"]).unwrap();
        let rights: Vec<_> = docket
            .rights
            .iter()
            .filter(|r| r.client_id == client.id)
            .collect();
        let dir = out.join(packet["folder"].as_str().unwrap());
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let text = text(&path);
            for needle in [&client.name.en, &client.name.zh] {
                assert!(
                    text.contains(&squeeze(needle)),
                    "{name} lacks the client name {needle}"
                );
            }
            // Rebuttals name the rights of their complaints (tests/rebuttal.rs).
            if name.starts_with("rebuttal-") {
                continue;
            }
            let numbers_expected: Vec<&str> =
                if name == "business-licence.pdf" {
                    Vec::new()
                } else if name.starts_with("complaint-") {
                    let right = rights
                        .iter()
                        .find(|r| name.ends_with(&format!("-{}.pdf", r.id)))
                        .unwrap();
                    // The complaint names its right and every link filed under it.
                    for listing in docket.listings.iter().filter(|l| {
                        l.right_ids.contains(&right.id)
                            && match name.strip_prefix("complaint-").unwrap() {
                                n if n.starts_with("alibaba-ipp-") => matches!(
                                    l.platform.id(),
                                    "taobao" | "tmall" | "1688" | "aliexpress" | "alibaba"
                                ),
                                n if n.starts_with("jd-") => l.platform.id() == "jd",
                                n if n.starts_with("pinduoduo-") => l.platform.id() == "pinduoduo",
                                n => l.url.contains(n.rsplit_once('-').unwrap().0),
                            }
                    }) {
                        // No evidence, no complaint: a listing nothing shows is not filed,
                        // nor one that matches a work by name alone (review N19).
                        let reproduced = right.kind != ::takedown::model::RightType::Copyright
                            || listing.shows.is_some()
                            || !listing.comparison.is_empty();
                        // Nor one in dispute: its complaint was filed before (review N14).
                        let disputed = docket
                            .counter_notices
                            .iter()
                            .any(|n| n.listing_row == listing.source.row);
                        assert_eq!(
                            text.contains(&squeeze(&listing.url)),
                            listing.is_shown() && reproduced && !disputed,
                            "{name} and {}",
                            listing.url
                        );
                        checked += 1;
                    }
                    vec![right.number.as_str()]
                } else if let Some(site) = name.strip_prefix("letter-").and_then(|n| n.strip_suffix(".pdf")) {
                    // One letter per site names every link of the client on it, once.
                    for listing in docket.listings.iter().filter(|l| {
                        l.url.contains(site) && rights.iter().any(|r| l.right_ids.contains(&r.id))
                    }) {
                        // No evidence, no complaint: a listing nothing shows is not filed.
                        assert_eq!(
                            text.contains(&squeeze(&listing.url)),
                            listing.is_shown(),
                            "{name} and {}",
                            listing.url
                        );
                        checked += 1;
                    }
                    // The US site relies on the US mark R02, not on the Chinese mark R01.
                    match site {
                        "shoes-outlet-example.com" => {
                            assert!(!text.contains("28374615"), "{name} relies on R01");
                            vec!["5937214"]
                        }
                        _ => vec!["018123457"],
                    }
                } else {
                    rights.iter().map(|r| r.number.as_str()).collect()
                };
            for number in numbers_expected {
                assert!(
                    text.contains(&squeeze(number)),
                    "{name} lacks registration number {number}"
                );
            }
        }
    }
    // Every canonical link was found in the complaint of each right it infringes, but for
    // the complaints withheld for want of an evaluation report (R03 and R07 on the three
    // platforms that require one).
    let withheld = |l: &takedown::model::Listing, id: &String| {
        matches!(id.as_str(), "R03" | "R07") && l.platform.id() != "other"
    };
    // A listing on another site is in its site's one letter once, whatever rights it names.
    let filings: usize = docket
        .listings
        .iter()
        .map(|l| match l.platform.id() {
            "other" => 1,
            _ => l.right_ids.iter().filter(|id| !withheld(l, id)).count(),
        })
        .sum();
    assert_eq!(docket.listings.len(), 36);
    // R05's Pinduoduo listing is in no complaint: its complaint is held (no certificate);
    // nor is the JD listing in dispute, whose complaint (its only one) is not written.
    assert_eq!(checked, filings - 2);
}

#[test]
fn test_purchases_are_claimed_only_for_listings_with_purchase_data() {
    let c1 = built_sample().join("sample/C001-northwind-outdoor-gear-inc");
    // Listing 1 (Listings!A2) has an order number; 2, 4 and 6 only screenshots.
    let with = text(&c1.join("complaint-alibaba-ipp-R01.pdf"));
    assert!(with.contains(
        "Atestpurchasewasmadefromlisting1;itsordernumberanddate,andthetest-purchaserecords,areinAnnex2."
    ));
    assert!(with.contains("投诉人已对第1条链接所售商品进行试购，订单号、购买日期及试购记录见附件二。"));
    let jd = text(&c1.join("complaint-pinduoduo-R01.pdf"));
    assert!(
        !jd.contains("Testpurchase") && !jd.contains("试购"),
        "no purchase data, no claim"
    );
    let c2 = built_sample().join("sample/C002-kessler-werkzeugtechnik-gmbh");
    let patent = text(&c2.join("complaint-alibaba-ipp-R06.pdf"));
    // The right's chart is made for the listing comparison_listing names; listing 4 has its own.
    for n in [2, 4] {
        assert!(
            patent.contains(&format!(
                "AclaimchartcomparingtheclaimsofZL201910584273.8withtheproductofferedinlisting{n}isinAnnex3."
            )),
            "{patent}"
        );
    }
    assert!(patent.contains("专利ZL201910584273.8的权利要求与第2条链接所售产品的技术特征比对表见附件三。"));
    assert!(!patent.contains("offeredineachlisting") && !patent.contains("各链接所售"));
    // Elsewhere it names the listing it was made for by its link.
    let jd = text(&c2.join("complaint-jd-R06.pdf"));
    assert!(jd.contains("AclaimchartcomparingtheclaimsofZL201910584273.8withtheproductofferedathttps://item.taobao.com/item.htm?id=721560983342isinAnnex"), "{jd}");
    let pdd = text(&c2.join("complaint-pinduoduo-R06.pdf"));
    assert!(!pdd.contains("试购"));
}

#[test]
fn a_value_the_same_in_both_languages_is_printed_once() {
    // A product title with spaces between Chinese words is data, the same in both languages:
    // one line of the listings table, not an English and a Chinese copy.
    let dir = tempfile::tempdir().unwrap();
    csv_workbook_shown(
        dir.path(),
        "batch",
        "client_id,name_en,name_zh,company_no\nA1,Acme,艾克米,123\n",
        "right_id,client_id,type,number\nR1,A1,trademark,12345678\n",
        "url,right_id,title\nhttps://item.jd.com/100012043978.html,R1,户外 徒步背包 大容量\n",
    );
    let (_, err, code, out) = build_batch(dir.path());
    assert_eq!(code, 0, "{err}");
    let raw = pdf::raw_text(&out.join("batch/A1-acme/complaint-jd-R1.pdf"));
    assert_eq!(raw.matches("徒步背包").count(), 1, "{raw}");
}

#[test]
fn the_manifest_matches_the_files() {
    let out = built_sample().join("sample");
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(manifest["workbook"], "sample.xlsx");
    assert_eq!(manifest["date"], "2026-11-28");
    let files = manifest["files"].as_array().unwrap();
    let pdfs: Vec<String> = tree(&out).into_iter().filter(|f| f.ends_with(".pdf")).collect();
    let listed: BTreeSet<String> = files
        .iter()
        .map(|f| f["path"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        listed,
        pdfs.iter().cloned().collect::<BTreeSet<_>>(),
        "every PDF listed once"
    );
    for file in files {
        let path = out.join(file["path"].as_str().unwrap());
        let bytes = std::fs::read(&path).unwrap();
        assert_eq!(file["bytes"], bytes.len());
        let digest: String = Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(file["sha256"], digest, "{}", path.display());
        let info = Command::new("pdfinfo").arg(&path).output().unwrap();
        let info = String::from_utf8_lossy(&info.stdout).into_owned();
        let pages = info
            .lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .unwrap()
            .trim()
            .to_owned();
        assert_eq!(file["pages"].to_string(), pages, "{}", path.display());
        let sources: Vec<&str> = file["sources"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap())
            .collect();
        assert!(sources[0].starts_with("Clients!A"), "{sources:?}");
    }
    // A complaint's sources: the client, its right and each listing row (with merged rows).
    let complaint = files
        .iter()
        .find(|f| f["path"] == "C001-northwind-outdoor-gear-inc/complaint-alibaba-ipp-R01.pdf")
        .unwrap();
    let sources: Vec<&str> = complaint["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    assert_eq!(
        &sources[..4],
        ["Clients!A2", "Rights!A2", "Listings!A2", "Listings!A3"]
    );
    let report = std::fs::read(out.join("report.txt")).unwrap();
    let digest: String = Sha256::digest(&report)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(manifest["report"]["sha256"], digest);
}

#[test]
fn every_pdf_is_valid_with_embedded_subset_fonts_and_bookmarks() {
    let dir = built_sample().join("sample/C003-guangzhou-lingxi-smart-home-technology");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        pdf::qpdf_check(&path);
        pdf::assert_fonts_embedded(&path);
    }
    // packet.pdf has one top-level bookmark per document, in packet order.
    let json = Command::new("qpdf")
        .args(["--json", "--json-key=outlines"])
        .arg(dir.join("packet.pdf"))
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let titles: Vec<String> = json["outlines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["title"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        titles,
        [
            "Cover Letter / 致客户函",
            "Business Licence of the Rights Holder / 权利人营业执照",
            "Power of Attorney / 授权委托书",
            "Schedule of Intellectual Property Rights / 知识产权清单",
            // Each complaint's bookmark names its right and platform (unique in the packet).
            "Complaint of Intellectual Property Infringement: Copyright 国作登字-2021-F-00123456 on Taobao / 知识产权侵权投诉函：著作权 国作登字-2021-F-00123456（淘宝）",
            "Complaint of Intellectual Property Infringement: Copyright 国作登字-2021-F-00123456 on JD.com / 知识产权侵权投诉函：著作权 国作登字-2021-F-00123456（京东）",
            "Complaint of Intellectual Property Infringement: Copyright 国作登字-2021-F-00123456 on Pinduoduo / 知识产权侵权投诉函：著作权 国作登字-2021-F-00123456（拼多多）",
        ]
    );
}

#[test]
fn every_pdf_renders_without_font_errors() {
    // poppler loads embedded fonts through FreeType, which refuses malformed CFF programs
    // (an INDEX of empty subroutines, say) that text extraction alone would not notice.
    let dir = built_sample().join("sample/C002-kessler-werkzeugtechnik-gmbh");
    let out = tempfile::tempdir().unwrap();
    for name in ["packet.pdf", "power-of-attorney.pdf", "complaint-jd-R05.pdf"] {
        let render = Command::new("pdftoppm")
            .args(["-r", "30", "-png", "-f", "1", "-l", "2"])
            .arg(dir.join(name))
            .arg(out.path().join("page"))
            .output()
            .unwrap();
        assert!(render.status.success(), "{name}");
        assert_eq!(String::from_utf8_lossy(&render.stderr), "", "{name}");
    }
}

#[test]
fn the_same_inputs_and_date_give_the_same_bytes() {
    let again = tempfile::tempdir().unwrap();
    let (_, err, code) = takedown(
        root(),
        &[
            "build",
            sample().to_str().unwrap(),
            "--out",
            again.path().to_str().unwrap(),
            "--date",
            "2026-11-28",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let first = built_sample().join("sample");
    let second = again.path().join("sample");
    let files = tree(&first);
    assert_eq!(files, tree(&second));
    for file in files {
        assert!(
            std::fs::read(first.join(&file)).unwrap() == std::fs::read(second.join(&file)).unwrap(),
            "{file} differs"
        );
    }
}

/// `takedown build batch --out out --date 2026-11-28` in `dir`: (stdout, stderr, status, out).
fn build_batch(dir: &Path) -> (String, String, i32, PathBuf) {
    let out = dir.join("out");
    let (stdout, stderr, code) = takedown(
        dir,
        &[
            "build",
            "batch",
            "--out",
            out.to_str().unwrap(),
            "--date",
            "2026-11-28",
        ],
    );
    (stdout, stderr, code, out)
}

#[test]
fn a_serial_run_writes_the_same_bytes_as_a_parallel_one() {
    let serial = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_takedown"))
        .args([
            "build",
            sample().to_str().unwrap(),
            "--date",
            "2026-11-28",
            "--out",
        ])
        .arg(serial.path())
        .env("RAYON_NUM_THREADS", "1")
        .output()
        .unwrap();
    assert!(output.status.success());
    let first = built_sample().join("sample");
    let second = serial.path().join("sample");
    for file in tree(&first) {
        assert!(
            std::fs::read(first.join(&file)).unwrap() == std::fs::read(second.join(&file)).unwrap(),
            "{file} differs"
        );
    }
}

const CLIENTS: &str = "client_id,name_en,name_zh,country,company_no,address_en,address_zh,representative\n\
    A1,Acme Tools Ltd,艾克米工具有限公司,GB,01234567,1 High Street London,英国伦敦高街1号,Jane Smith\n\
    B2,Bolt Brands Inc,博特品牌公司,US,5551234,2 Main Street Boston,美国波士顿主街2号,John Doe\n";

#[test]
fn listings_are_split_into_numbered_parts_at_the_platform_limit() {
    let dir = tempfile::tempdir().unwrap();
    let mut listings = String::from("url,right_id,store\n");
    for i in 0..45 {
        listings.push_str(&format!(
            "https://mobile.yangkeduo.com/goods.html?goods_id={},R1,店铺{i}\n",
            880000 + i
        ));
    }
    let rights = "right_id,client_id,type,number,title_en,title_zh,valid_from,valid_to\n\
                  R1,A1,trademark,12345678,ACME,艾克米,2020-01-01,2030-01-01\n";
    csv_workbook_shown(
        dir.path(),
        "batch",
        CLIENTS.lines().take(2).collect::<Vec<_>>().join("\n"),
        rights,
        &listings,
    );
    let (_, err, code, out) = build_batch(dir.path());
    assert_eq!(code, 0, "{err}");
    let folder = out.join("batch/A1-acme-tools-ltd");
    // Pinduoduo's profile allows 20 links per complaint: 20 + 20 + 5.
    for (part, range) in [(1, 0..20), (2, 20..40), (3, 40..45)] {
        let text = text(&folder.join(format!("complaint-pinduoduo-R1-{part}.pdf")));
        assert!(text.contains(&format!("Part{part}of3")), "part {part}");
        assert!(text.contains(&format!("第{part}部分，共3部分")), "part {part}");
        for i in 0..45 {
            let link = format!("goods_id={}", 880000 + i);
            assert_eq!(
                text.contains(&link),
                range.contains(&i),
                "part {part}, listing {i}"
            );
        }
        let first = range.start + 1;
        let last = range.end;
        assert!(
            text.contains(&format!("({first}to{last}of45)")),
            "part {part} numbering"
        );
    }
    assert!(!folder.join("complaint-pinduoduo-R1-4.pdf").exists());
}

#[test]
fn a_bad_client_gets_no_packet_and_the_others_are_written() {
    let dir = tempfile::tempdir().unwrap();
    let rights = "right_id,client_id,type,number,title_en,title_zh,valid_from,valid_to\n\
                  R1,A1,trademark,12345678,ACME,艾克米,2020-01-01,2030-01-01\n\
                  R2,B2,trademark,23456789,BOLT,博特,2020-13-01,2030-01-01\n\
                  R3,B2,trademark,34567890,BOLTX,博特X,2020-01-01,2030-01-01\n";
    let listings = "url,right_id\n\
                    https://item.taobao.com/item.htm?id=600000000001,R1\n\
                    https://item.jd.com/100012043978.html,R3\n\
                    https://item.jd.com/100012043979.html,R9\n";
    csv_workbook_shown(dir.path(), "batch", CLIENTS, rights, listings);
    let (_, err, code, out) = build_batch(dir.path());
    assert_eq!(code, 1, "{err}");
    let batch = out.join("batch");
    assert!(batch.join("A1-acme-tools-ltd/packet.pdf").is_file());
    assert!(
        !batch.join("B2-bolt-brands-inc").exists(),
        "a client with an error gets no packet"
    );
    let report = std::fs::read_to_string(batch.join("report.txt")).unwrap();
    assert!(report.contains("Packets written: 1\n"), "{report}");
    assert!(report.contains("Clients without a packet"), "{report}");
    assert!(report.contains("  B2: 1 error (rights!G3)\n"), "{report}");
    assert!(
        report.contains("error: batch/rights.csv: rights!G3: \"2020-13-01\" is not a date"),
        "{report}"
    );
    // A listing naming a right that does not exist is an error too, though no client owns it.
    assert!(
        report.contains("error: batch/listings.csv: listings!B4: right \"R9\" is not in sheet rights"),
        "{report}"
    );
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(batch.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(manifest["failed_clients"][0]["client"], "B2");
    assert_eq!(manifest["packets"].as_array().unwrap().len(), 1);
}

#[test]
fn data_cannot_change_structure_or_escape_the_output_folder() {
    let dir = tempfile::tempdir().unwrap();
    let clients = "client_id,name_en,name_zh,company_no\n\
                   ../../evil,</p><h1>{{x}}</h1> & Co,坏公司,123\n";
    let rights = "right_id,client_id,type,number,title_en\n\
                  ../R1,../../evil,trademark,12345678,<b>BOLD</b>\n";
    let listings = "url,right_id,store,title\n\
                    https://item.taobao.com/item.htm?id=600000000001,../R1,</p><h1>{{x}}</h1>,\"<doc></doc>\"\n";
    csv_workbook_shown(dir.path(), "batch", clients, rights, listings);
    let (_, err, code, out) = build_batch(dir.path());
    assert_eq!(code, 0, "{err}");
    let files = tree(&out);
    assert!(
        files
            .iter()
            .all(|f| f.starts_with("batch/") || f == "ledger.sqlite"),
        "{files:?}"
    );
    let folder = "batch/evil-p-h1-x-h1-co";
    assert!(
        files.contains(&format!("{folder}/complaint-alibaba-ipp-R1.pdf")),
        "{files:?}"
    );
    let text = text(&out.join(folder).join("complaint-alibaba-ipp-R1.pdf"));
    assert!(text.contains("</p><h1>{{x}}</h1>&Co"), "names print literally");
    assert!(text.contains("<b>BOLD</b>"));
    assert!(text.contains("<doc></doc>"));
}

#[test]
fn a_character_no_font_has_is_reported_at_its_cell_by_check_and_build() {
    let dir = tempfile::tempdir().unwrap();
    let clients = "client_id,name_en,name_zh,company_no\nA1,Acme,𠮷野家,123\nB2,Bolt,博特,456\n";
    let rights = "right_id,client_id,type,number\nR1,A1,trademark,12345678\nR2,B2,trademark,23456789\n";
    let listings =
        "url,right_id\nhttps://item.jd.com/100012043978.html,R1\nhttps://item.jd.com/100012043979.html,R2\n";
    csv_workbook_shown(dir.path(), "batch", clients, rights, listings);
    let expected =
        "error: batch/clients.csv: clients!C2: no configured font has the character \"𠮷\" (U+20BB7)";
    let (out, _, code) = takedown(dir.path(), &["check", "batch"]);
    assert_eq!(code, 1);
    assert!(out.contains(expected), "{out}");
    let (_, err, code, out_dir) = build_batch(dir.path());
    assert_eq!(code, 1, "{err}");
    let report = std::fs::read_to_string(out_dir.join("batch/report.txt")).unwrap();
    assert!(report.contains(expected), "{report}");
    assert!(report.contains("  A1: 1 error (clients!C2)\n"), "{report}");
    assert!(out_dir.join("batch/B2-bolt/packet.pdf").is_file());
}

#[test]
fn a_fallback_font_from_the_config_sets_what_the_builtin_fonts_lack() {
    let dir = tempfile::tempdir().unwrap();
    let font = root().join("fixtures/fonts/rare-test.ttf");
    std::fs::write(
        dir.path().join("takedown.yaml"),
        format!("fonts:\n  fallback: [\"{}\"]\n", font.display()),
    )
    .unwrap();
    csv_workbook_shown(
        dir.path(),
        "batch",
        "client_id,name_en,name_zh,company_no\nA1,Yoshinoya,𠮷野家,123\n",
        "right_id,client_id,type,number\nR1,A1,trademark,12345678\n",
        "url,right_id\nhttps://item.jd.com/100012043978.html,R1\n",
    );
    let (out, _, code) = takedown(dir.path(), &["check", "batch"]);
    assert_eq!(code, 0, "{out}");
    let (_, err, code, out) = build_batch(dir.path());
    assert_eq!(code, 0, "{err}");
    let poa = out.join("batch/A1-yoshinoya/power-of-attorney.pdf");
    // printpdf writes the fallback face's text in its own content stream, before ours, so
    // read in reading order (pdftotext's default) rather than content order.
    let plain = Command::new("pdftotext").arg(&poa).arg("-").output().unwrap();
    let plain = squeeze(&String::from_utf8_lossy(&plain.stdout));
    assert!(plain.contains("𠮷野家"), "{plain}");
    let fonts = pdf::tool("pdffonts", &[], &poa);
    let rare = fonts
        .lines()
        .find(|l| l.contains("TakedownTestRare"))
        .expect("the fallback font is embedded");
    assert!(rare.contains("yes yes yes"), "{fonts}");
    pdf::qpdf_check(&poa);
}

#[test]
fn two_workbooks_with_the_same_name_get_two_folders() {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["a", "b"] {
        std::fs::create_dir(dir.path().join(sub)).unwrap();
        copy_sample(&dir.path().join(sub));
    }
    let (_, err, code) = takedown(
        dir.path(),
        &[
            "build",
            "a/sample.xlsx",
            "b/sample.xlsx",
            "--out",
            "out",
            "--date",
            "2026-11-28",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(dir.path().join("out/sample/manifest.json").is_file());
    assert!(dir.path().join("out/sample-2/manifest.json").is_file());
}

#[test]
fn a_config_with_an_unknown_key_is_refused_with_the_key_named() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("takedown.yaml"),
        "firm:\n  nmae: {en: A, zh: B}\n",
    )
    .unwrap();
    let (_, err, code) = takedown(
        dir.path(),
        &[
            "build",
            sample().to_str().unwrap(),
            "--config",
            "takedown.yaml",
            "--out",
            "out",
        ],
    );
    assert_eq!(code, 2);
    assert!(err.contains("unknown field `nmae`"), "{err}");
    assert!(!dir.path().join("out").exists());
}

#[test]
fn init_and_exported_templates_are_used() {
    let dir = tempfile::tempdir().unwrap();
    let (_, err, code) = takedown(dir.path(), &["init", "work"]);
    assert_eq!(code, 0, "{err}");
    let work = dir.path().join("work");
    assert!(work.join("clients.xlsx").is_file());
    let config = std::fs::read_to_string(work.join("takedown.yaml")).unwrap();
    assert!(config.contains("governing_language: chinese"));
    let (_, _, code) = takedown(dir.path(), &["init", "work"]);
    assert_eq!(code, 2, "init never overwrites");

    let (_, err, code) = takedown(dir.path(), &["templates", "export", "mine"]);
    assert_eq!(code, 0, "{err}");
    let ftl = dir.path().join("mine/locales/en-US/documents.ftl");
    let messages = std::fs::read_to_string(&ftl).unwrap();
    std::fs::write(
        &ftl,
        messages.replace(
            "poa-title = Power of Attorney",
            "poa-title = Letter of Authorisation",
        ),
    )
    .unwrap();
    let (_, err, code) = takedown(
        dir.path(),
        &[
            "build",
            "work/clients.xlsx",
            "--templates",
            "mine",
            "--out",
            "out",
            "--date",
            "2026-11-28",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let poa = tree(&dir.path().join("out/clients"))
        .into_iter()
        .find(|f| f.ends_with("power-of-attorney.pdf"))
        .unwrap();
    let text = text(&dir.path().join("out/clients").join(poa));
    assert!(
        text.starts_with("LetterofAuthorisation授权委托书"),
        "{}",
        &text[..80]
    );
}

#[test]
fn deadlines_ics_has_one_event_per_deadline_and_the_same_uids_every_build() {
    let out = built_sample().join("sample");
    let ics = std::fs::read_to_string(out.join("deadlines.ics")).unwrap();
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("manifest.json")).unwrap()).unwrap();
    let unfolded = icalendar::parser::unfold(&ics);
    let calendar = icalendar::parser::read_calendar(&unfolded).expect("parses as iCalendar");
    let events: Vec<_> = calendar
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .collect();
    assert_eq!(
        events.len(),
        manifest["deadlines"]["events"].as_u64().unwrap() as usize
    );
    let report = std::fs::read_to_string(out.join("report.txt")).unwrap();
    assert_eq!(
        report
            .lines()
            .filter(|l| l.starts_with("  2026-") || l.starts_with("  2027-"))
            .count(),
        events.len(),
        "one report line per event"
    );
    // 10 working days after Saturday 28 November 2026.
    assert!(
        report.contains("  2026-12-11  C001  Signed power of attorney expected back"),
        "{report}"
    );
    let uids = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| l.starts_with("UID:"))
            .map(str::to_owned)
            .collect()
    };
    // A second build of the same inputs gives the same UIDs (a re-import updates events).
    let dir = tempfile::tempdir().unwrap();
    let (_, _, code) = takedown(
        dir.path(),
        &[
            "build",
            "--date",
            "2026-11-28",
            "--out",
            "again",
            sample().to_str().unwrap(),
        ],
    );
    assert!(code <= 1);
    let again = std::fs::read_to_string(dir.path().join("again/sample/deadlines.ics")).unwrap();
    assert_eq!(uids(&again), uids(&ics));
    assert_eq!(again, ics);
}

#[test]
fn the_cover_letter_counts_from_the_signed_power_of_attorney_and_names_the_15_days() {
    let cover = text(&built_sample().join("sample/C001-northwind-outdoor-gear-inc/cover-letter.pdf"));
    // Issued Saturday 28 November 2026; back 10 working days later.
    assert!(
        cover.contains("countedfrom11December2026,whenweexpectthesignedpowerofattorneyback(10workingdaysafterthisletter)"),
        "{cover}"
    );
    assert!(
        cover.contains("自2026年12月11日起算（预计我所于本函出具后10个工作日内收到签署完毕的授权委托书）"),
        "{cover}"
    );
    assert!(cover.contains("within15daysofourreceivingthestatement"));
    assert!(cover.contains("（《电子商务法》第四十三条）"));
}

#[test]
fn a_profile_without_a_verified_operator_names_the_platform_only() {
    let dir = tempfile::tempdir().unwrap();
    csv_workbook_shown(
        dir.path(),
        "batch",
        "client_id,name_en,name_zh,country,company_no\nC1,Alpha Inc.,阿尔法公司,CN,91440101MA5CJQ4N59\n",
        "right_id,client_id,type,number,title_en,title_zh,country,classes,valid_from,valid_to\nR1,C1,trademark,28374615,ALPHA,阿尔法,CN,9,2020-01-01,2030-01-01\n",
        "url,right_id\nhttps://www.xiaohongshu.com/goods-detail/64f1a2b3c4d5e6f7a8b9c0d1,R1\n",
    );
    let (_, stderr, code, out) = build_batch(dir.path());
    assert_eq!(code, 0, "{stderr}");
    let text = text(&out.join("batch/C1-alpha-inc/complaint-xiaohongshu-R1.pdf"));
    assert!(text.contains("ToXiaohongshuinfringementcomplaints"), "{text}");
    assert!(
        !text.contains("operatedby") && !text.contains("经营者："),
        "{text}"
    );
}

#[test]
fn a_right_registered_only_abroad_is_warned_at_its_cell_and_the_cover_letter_recommends_registering_it() {
    let out = built_sample().join("sample");
    let report = std::fs::read_to_string(out.join("report.txt")).unwrap();
    assert!(
        report.contains("Rights!H3: a US registration; AliExpress may refuse it; a Chinese registration (CNIPA) is far more reliable"),
        "{report}"
    );
    assert!(report.contains("Rights!H5: an EU registration; "), "{report}");
    assert!(!report.contains("Rights!H2: a "), "R01 is registered in China");
    let cover = text(&out.join("C001-northwind-outdoor-gear-inc/cover-letter.pdf"));
    assert!(cover.contains("Yourrightsstandasfollows:"), "{cover}");
    assert!(
        cover.contains(
            "ThetrademarkNo.5937214:registeredoutsidemainlandChinaonly;werecommendregisteringitinChina"
        ),
        "{cover}"
    );
    assert!(
        cover.contains("第5937214号注册商标：仅在中国大陆以外注册；建议在中国"),
        "{cover}"
    );
    // The advice covers every right of the client, the one registered in China included.
    assert!(
        cover.contains("ThetrademarkNo.28374615:registeredinChina;theplatformsactonitdirectly."),
        "{cover}"
    );
    assert!(
        cover.contains("第28374615号注册商标：已在中国注册，平台可直接据此处理。"),
        "{cover}"
    );
}

#[test]
fn the_manifest_keeps_each_link_as_written_beside_the_link_filed() {
    let out = built_sample().join("sample");
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("manifest.json")).unwrap()).unwrap();
    let links = manifest["links"].as_array().unwrap();
    // Listings!A6 gave the Tmall link with a skuId; A7 is its duplicate, merged into it.
    let tmall = links
        .iter()
        .find(|l| l["filed"] == "https://detail.tmall.com/item.htm?id=712098345617")
        .expect("the Tmall link is filed");
    assert_eq!(
        tmall["as_written"],
        "https://detail.tmall.com/item.htm?id=712098345617&skuId=5012345678901"
    );
    assert_eq!(tmall["client"], "C001");
    assert_eq!(
        tmall["rows"],
        serde_json::json!([{"sheet": "Listings", "row": 6}, {"sheet": "Listings", "row": 7}])
    );
    // Every link filed is there once per client.
    let mut seen: Vec<(String, String)> = links
        .iter()
        .map(|l| (l["client"].to_string(), l["filed"].to_string()))
        .collect();
    let n = seen.len();
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), n);
}

#[test]
fn the_report_lists_the_workbooks_notes_on_the_listings_filed() {
    let report = std::fs::read_to_string(built_sample().join("sample/report.txt")).unwrap();
    assert!(report.contains("Notes on the listings filed (printed in no document):\n"));
    assert!(report.contains(
        "  C002  Listings row 24: 店铺名称冒用客户商号  (https://www.aliexpress.com/item/1005006876543210.html)\n"
    ));
    // A merged duplicate's note stays its own row's (never merged away, review N24).
    assert!(report.contains(
        "  C001  Listings row 7: 降价后重新上架  (https://detail.tmall.com/item.htm?id=712098345617)\n"
    ));
}
