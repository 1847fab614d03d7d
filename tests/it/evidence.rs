//! Evidence files through the real binary: checked at their cells, embedded as annex pages
//! (JPEG byte for byte, PNG losslessly with its alpha, PDF page by page), hashed in the
//! manifest, and named by the complaint only when present.

use crate::{run, support};
use std::path::{Path, PathBuf};
use std::process::Command;

use sha2::{Digest, Sha256};
use support::pdf;

/// A JPEG of `w` × `h` pixels: a gradient, so that it is not trivially small.
fn jpeg(w: u16, h: u16) -> Vec<u8> {
    let mut rgb = Vec::with_capacity(usize::from(w) * usize::from(h) * 3);
    for y in 0..h {
        for x in 0..w {
            rgb.extend_from_slice(&[(x % 256) as u8, (y % 256) as u8, 128]);
        }
    }
    let mut out = Vec::new();
    jpeg_encoder::Encoder::new(&mut out, 80)
        .encode(&rgb, w, h, jpeg_encoder::ColorType::Rgb)
        .expect("encodes");
    out
}

/// A PNG of `w` × `h` pixels, RGBA with a transparent left half when `alpha`.
fn png(w: u32, h: u32, alpha: bool) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, w, h);
        encoder.set_color(if alpha {
            png::ColorType::Rgba
        } else {
            png::ColorType::Rgb
        });
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().expect("header");
        let mut data = Vec::new();
        for _ in 0..h {
            for x in 0..w {
                data.extend_from_slice(&[200, 40, 40]);
                if alpha {
                    data.push(if x < w / 2 { 0 } else { 255 });
                }
            }
        }
        writer.write_image_data(&data).expect("data");
    }
    out
}

/// A PNG whose header claims 30000 × 30000 pixels (a decompression bomb's header).
fn png_bomb() -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, 30_000, 30_000);
        encoder.set_color(png::ColorType::Rgb);
        let _ = encoder.write_header();
    }
    out
}

/// A PDF of `pages` pages.
fn pdf(pages: usize) -> Vec<u8> {
    use lopdf::{dictionary, Object, Stream};
    let mut doc = lopdf::Document::with_version("1.5");
    let tree = doc.new_object_id();
    let mut kids = Vec::new();
    for n in 0..pages {
        let content = format!("0 0 1 rg 72 {} 200 100 re f", 600 - n * 50);
        let id = doc.add_object(Stream::new(dictionary! {}, content.into_bytes()));
        kids.push(Object::Reference(doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => tree, "Contents" => id,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        })));
    }
    let count = kids.len() as i64;
    doc.objects.insert(
        tree,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => tree });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("saves");
    out
}

fn sha(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// The workbook (a CSV folder) with its evidence files, and where it is.
struct Case {
    _tmp: tempfile::TempDir,
    dir: PathBuf,
    jpeg: Vec<u8>,
    purchase: Vec<u8>,
}

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}

/// C1: good files of every kind. C2: a Word file named .png, a truncated PNG, a PNG bomb
/// and a missing file. C3: a utility model without its evaluation report, on JD.
fn case() -> Case {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("wb");
    let shot = jpeg(300, 600);
    let bought = jpeg(200, 150);
    write(&dir, "e/shot.jpg", &shot);
    write(&dir, "e/purchase.jpg", &bought);
    write(&dir, "e/alpha.png", &png(120, 240, true));
    write(&dir, "e/jpeg-named.png", &jpeg(160, 320));
    write(&dir, "e/notarial.pdf", &pdf(3));
    write(&dir, "e/cert.pdf", &pdf(1));
    let good = png(50, 50, false);
    write(&dir, "bad/word.png", b"PK\x03\x04 this is a .docx, really");
    write(&dir, "bad/truncated.png", &good[..good.len() / 2]);
    write(&dir, "bad/bomb.png", &png_bomb());
    write(
        &dir,
        "clients.csv",
        b"client_id,name_en,name_zh,country,company_no,email,phone\n\
C1,Alpha Goods Inc.,\xe9\x98\xbf\xe5\xb0\x94\xe6\xb3\x95\xe5\x85\xac\xe5\x8f\xb8,US,DE 1234567,legal@alpha.example,+1 555 0100\n\
C2,Beta Tools Inc.,\xe8\xb4\x9d\xe5\xa1\x94\xe5\x85\xac\xe5\x8f\xb8,US,DE 7654321,legal@beta.example,+1 555 0101\n\
C3,Gamma Home Inc.,\xe4\xbc\xbd\xe9\xa9\xac\xe5\x85\xac\xe5\x8f\xb8,US,DE 1111111,legal@gamma.example,+1 555 0102\n",
    );
    write(
        &dir,
        "rights.csv",
        "right_id,client_id,type,number,title_en,title_zh,country,classes,valid_from,valid_to,certificate,evaluation_report,on_file\n\
R1,C1,trademark,28374615,ALPHA,阿尔法,CN,\"9, 25\",2020-01-01,2030-01-01,e/cert.pdf,,\n\
R2,C2,trademark,28374616,BETA,贝塔,CN,9,2020-01-01,2030-01-01,,,\n\
R3,C3,utility model,ZL202022416958.2,Smart socket,智能插座,CN,,2021-01-01,2030-01-01,,,jd\n\
R4,C3,trademark,28374617,GAMMA,伽马,CN,9,2020-01-01,2030-01-01,,,jd\n"
            .as_bytes(),
    );
    write(
        &dir,
        "listings.csv",
        "url,right_id,store,title,found_on,evidence,captured_on,purchase_order,purchase_date,purchase_evidence\n\
https://item.taobao.com/item.htm?id=100000000001,R1,Shop A,Alpha bag,2026-10-01,e/shot.jpg,2026-10-02,1234567890,2026-10-05,e/purchase.jpg\n\
https://item.taobao.com/item.htm?id=100000000002,R1,Shop B,Alpha cap,2026-10-01,e/alpha.png; e/notarial.pdf,,,,\n\
https://item.taobao.com/item.htm?id=100000000003,R1,Shop C,Alpha shoe,2026-10-01,e/jpeg-named.png,,,,\n\
https://item.taobao.com/item.htm?id=100000000004,R1,Shop D,Alpha belt,2026-10-01,,,,,\n\
https://item.taobao.com/item.htm?id=200000000001,R2,Shop E,Beta saw,2026-10-01,bad/word.png,,,,\n\
https://item.taobao.com/item.htm?id=200000000002,R2,Shop F,Beta drill,2026-10-01,bad/truncated.png,,,,\n\
https://item.taobao.com/item.htm?id=200000000003,R2,Shop G,Beta file,2026-10-01,bad/bomb.png,,,,\n\
https://item.taobao.com/item.htm?id=200000000004,R2,Shop H,Beta vice,2026-10-01,bad/missing.jpg,,,,\n\
https://item.jd.com/300000000001.html,R3;R4,Shop I,Gamma socket,2026-10-01,e/shot.jpg,,,,\n"
            .as_bytes(),
    );
    Case {
        _tmp: tmp,
        dir,
        jpeg: shot,
        purchase: bought,
    }
}

fn build(case: &Case) -> (String, i32, PathBuf) {
    let out = case.dir.parent().unwrap().join("out");
    let (_, _, code) = run::takedown(
        case.dir.parent().unwrap(),
        &["build", "--date", "2026-12-01", "--out", "out", "wb"],
    );
    let report = std::fs::read_to_string(out.join("wb/report.txt")).unwrap_or_default();
    (report, code, out.join("wb"))
}

#[test]
fn bad_files_are_errors_at_their_cells_and_only_their_client_is_left_out() {
    let case = case();
    let (report, code, _) = build(&case);
    assert_eq!(code, 1, "{report}");
    for line in [
        "error: wb/listings.csv: listings!F6: evidence file \"bad/word.png\" is not a PNG, JPEG or PDF file (it looks like a Word, Excel or ZIP file) (save the screenshot as PNG or JPEG, or the document as PDF)",
        "error: wb/listings.csv: listings!F8: evidence file \"bad/bomb.png\" is 30000×30000 pixels; evidence images may be at most 20000 pixels on a side and 50 megapixels",
        "error: wb/listings.csv: listings!F9: evidence file \"bad/missing.jpg\" not found: looked for bad/missing.jpg; bad holds bomb.png, truncated.png, word.png",
        "warning: wb/listings.csv: listings!F5: no evidence for this listing (evidence, comparison and purchase_evidence are empty): it is held back from its complaint until evidence names a screenshot or capture of it",
    ] {
        assert!(report.contains(line), "missing\n{line}\nin\n{report}");
    }
    assert!(
        report.contains("error: wb/listings.csv: listings!F7: evidence file \"bad/truncated.png\" is a damaged PNG image ("),
        "{report}"
    );
    assert!(
        report.contains("  C2: 4 errors (listings!F6, listings!F7, listings!F8, listings!F9)"),
        "{report}"
    );
    assert!(report.contains("Packets written: 2"), "{report}");

    // `check` finds the same, at the same cells.
    let (stdout, code) = run::check(case.dir.parent().unwrap(), "wb");
    assert_eq!(code, 1);
    for cell in ["listings!F6", "listings!F7", "listings!F8", "listings!F9"] {
        assert!(
            stdout.contains(&format!("error: wb/listings.csv: {cell}: evidence file")),
            "{stdout}"
        );
    }
}

#[test]
fn images_and_pdf_pages_are_embedded_and_jpegs_come_back_byte_for_byte() {
    let case = case();
    let (report, _, out) = build(&case);
    let c1 = out.join("C1-alpha-goods-inc");
    let complaint = c1.join("complaint-alibaba-ipp-R1.pdf");
    assert!(complaint.exists(), "{report}");

    // Text: 1 page; annex pages: index, shot.jpg, alpha.png, 3 PDF pages, jpeg-named.png,
    // purchases index, purchase.jpg, certificate — counted by pdfinfo.
    let listing = pdf::tool("pdfimages", &["-list"], &complaint);
    let rows: Vec<Vec<&str>> = listing
        .lines()
        .skip(2)
        .map(|l| l.split_whitespace().collect())
        .collect();
    let kinds: Vec<(&str, &str, &str, &str)> = rows.iter().map(|r| (r[2], r[3], r[4], r[8])).collect();
    assert_eq!(
        kinds,
        [
            ("image", "300", "600", "jpeg"),
            ("image", "120", "240", "image"),
            ("smask", "120", "240", "image"),
            ("image", "160", "320", "jpeg"),
            ("image", "200", "150", "jpeg"),
        ],
        "{listing}"
    );
    // Each image is on a page of its own, after the text.
    let pages: Vec<usize> = rows.iter().map(|r| r[0].parse().unwrap()).collect();
    assert!(pages.windows(2).all(|w| w[0] <= w[1]), "{listing}");
    assert_eq!(pages[1], pages[2], "the mask is on its image's page");
    let info = pdf::tool("pdfinfo", &[], &complaint);
    let total: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    // After the first image: alpha.png, the 3 PDF pages, jpeg-named.png, the purchases
    // index, purchase.jpg and the certificate.
    assert_eq!(total, pages[0] + 8, "{info}\n{listing}");

    // pdfimages -j gives the JPEG files back as they were.
    let dump = case.dir.parent().unwrap().join("dump");
    std::fs::create_dir_all(&dump).unwrap();
    let status = Command::new("pdfimages")
        .arg("-j")
        .arg(&complaint)
        .arg(dump.join("img"))
        .status()
        .unwrap();
    assert!(status.success());
    let mut jpgs: Vec<PathBuf> = std::fs::read_dir(&dump)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "jpg"))
        .collect();
    jpgs.sort();
    assert_eq!(jpgs.len(), 3);
    assert_eq!(std::fs::read(&jpgs[0]).unwrap(), case.jpeg);
    assert_eq!(std::fs::read(&jpgs[2]).unwrap(), case.purchase);

    // The manifest has every embedded file with its hash, cells and pages.
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("manifest.json")).unwrap()).unwrap();
    let shot = manifest["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["source"] == "e/shot.jpg")
        .expect("shot.jpg in the manifest");
    assert_eq!(shot["sha256"], sha(&case.jpeg));
    assert_eq!(shot["sha256"], sha(&std::fs::read(&jpgs[0]).unwrap()));
    assert_eq!(shot["bytes"], case.jpeg.len());
    assert_eq!(shot["cells"], serde_json::json!(["listings!F2", "listings!F10"]));
    let places: Vec<&str> = shot["embedded"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["path"].as_str().unwrap())
        .collect();
    assert!(
        places.contains(&"C1-alpha-goods-inc/complaint-alibaba-ipp-R1.pdf"),
        "{places:?}"
    );
    assert!(places.contains(&"C1-alpha-goods-inc/packet.pdf"), "{places:?}");
    assert!(
        places.contains(&"C3-gamma-home-inc/complaint-jd-R4.pdf"),
        "{places:?}"
    );

    // Every PDF stays valid, fonts embedded.
    for entry in std::fs::read_dir(&c1).unwrap() {
        let path = entry.unwrap().path();
        pdf::qpdf_check(&path);
        pdf::assert_fonts_embedded(&path);
    }
}

#[test]
fn a_complaint_names_exactly_the_annexes_it_carries() {
    let case = case();
    let (_, _, out) = build(&case);
    let text = pdf::text(&out.join("C1-alpha-goods-inc/complaint-alibaba-ipp-R1.pdf"));
    for present in [
        "Listing1:onecaptureofthelistingpage,madeon2October2026,inAnnex1.",
        "Listing2:2capturesofthelistingpage,whosecapturedateisnotrecorded,inAnnex1.",
        "Atestpurchasewasmadefromlisting1;itsordernumberanddate,andthetest-purchaserecords,areinAnnex2.",
        "AcopyoftheregistrationcertificateoftherightisinAnnex3.",
        "Annex1:Evidenceofinfringement(4files)",
        "Annex2:Testpurchases(onefile)",
        "Annex3:Registrationcertificate(onefile)",
        // No captured_on: the date it was found is not a capture date.
        "第2条链接：对该链接页面所作的取证记录2份（取证日期未记录），见附件一。",
        "投诉人已对第1条链接所售商品进行试购",
        "Accuracy.Theinformationinthisnoticeandthedocumentsannexedtoitaretrueandaccurate.",
        // The rights holder's own contact details (RNDI art. 14), from Clients!F2 and G2.
        "legal@alpha.example",
        "+15550100",
    ] {
        assert!(text.contains(present), "missing {present}");
    }
    assert!(!text.contains("Annex4") && !text.contains("附件四"));
    // No evidence, no complaint: listing 4 (Listings row 5) has nothing to show it, so the
    // complaint does not name it, and the cover letter says it is held and where to fill in.
    assert!(!text.contains("100000000004"), "{text}");
    assert!(!text.contains("Listing4:"), "{text}");
    let cover = pdf::text(&out.join("C1-alpha-goods-inc/cover-letter.pdf"));
    for said in [
        "Ascreenshotofeachlistingbelow,withitscapturedate(onelisting):nothingshowsityet,sonocomplaintnamesit",
        "下列链接页面的截图及取证日期（共1条）：目前尚无证据显示上述链接，投诉函暂不列入",
        "https://item.taobao.com/item.htm?id=100000000004(listings!F5)",
    ] {
        assert!(cover.contains(said), "{said} not in {cover}");
    }
    assert!(
        cover.contains("basedononeofyourintellectualpropertyrights"),
        "{cover}"
    );
    // The captions name the listing, the file and the hash's first 16 hex digits.
    let shot = sha(&case.jpeg);
    assert!(
        text.contains(&format!("fileshot.jpg;SHA-256{}…", &shot[..16])),
        "{text}"
    );

    // The JD complaint of R4 claims no test purchase: its listing has none.
    let jd = pdf::text(&out.join("C3-gamma-home-inc/complaint-jd-R4.pdf"));
    assert!(!jd.contains("Testpurchase") && !jd.contains("试购"), "{jd}");
    assert!(jd.contains("Annex1:Evidenceofinfringement(onefile)"));
    assert!(!jd.contains("Annex2"));
    assert!(jd.contains("Accuracy.Theinformationinthisnoticeandthedocumentsannexedtoitaretrue"));
}

#[test]
fn a_required_evaluation_report_that_is_missing_withholds_the_complaint() {
    let case = case();
    let (report, _, out) = build(&case);
    let c3 = out.join("C3-gamma-home-inc");
    assert!(!c3.join("complaint-jd-R3.pdf").exists());
    assert!(c3.join("complaint-jd-R4.pdf").exists());
    assert!(
        report.contains("warning: wb/rights.csv: rights!L4: JD Intellectual Property Protection Platform requires the CNIPA patent evaluation report (专利权评价报告) for a utility model; the complaint for R3 (1 listing) is not written until evaluation_report names the report"),
        "{report}"
    );
    let cover = pdf::text(&c3.join("cover-letter.pdf"));
    assert!(
        cover.contains("TheCNIPApatentevaluationreport(专利权评价报告,PatentLawart.66(2))fortheutilitymodelNo.ZL202022416958.2:JDIntellectualPropertyProtectionPlatformwillnotactonacomplaintwithoutit"),
        "{cover}"
    );
}

#[test]
fn a_template_naming_an_annex_that_is_not_there_is_refused() {
    let case = case();
    let templates = case.dir.parent().unwrap().join("tpl");
    let status = Command::new(env!("CARGO_BIN_EXE_takedown"))
        .args(["templates", "export"])
        .arg(&templates)
        .status()
        .unwrap();
    assert!(status.success());
    let path = templates.join("templates/complaint.hbs");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replacen(
            "<h2>{{t \"section-statements\"}}</h2>",
            "<p>See Annex 7.</p>\n<h2>{{t \"section-statements\"}}</h2>",
            1,
        ),
    )
    .unwrap();
    let out = case.dir.parent().unwrap().join("out");
    let (_, _, code) = run::takedown(
        case.dir.parent().unwrap(),
        &[
            "build",
            "--date",
            "2026-12-01",
            "--templates",
            templates.to_str().unwrap(),
            "--out",
            "out",
            "wb",
        ],
    );
    assert_eq!(code, 1);
    let report = std::fs::read_to_string(out.join("wb/report.txt")).unwrap();
    assert!(
        report.contains("  C1: complaint-alibaba-ipp-R1.pdf: the text names annex 7 (block"),
        "{report}"
    );
    assert!(report
        .contains("but the document has 3 annexes; a template may only name the annexes the data gives it"));
}
