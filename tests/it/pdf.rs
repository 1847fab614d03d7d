//! The PDFs, checked with the tools a reader uses: qpdf, pdffonts, pdftotext, pdfinfo.

use crate::support;
use std::path::Path;
use std::process::Command;

use support::pdf::{raw_text, tool};
use takedown::fonts::FontSet;
use takedown::layout::{LayoutOptions, Mode};

fn sample(mode: Mode) -> takedown::Typeset {
    let opts = LayoutOptions {
        mode,
        ..LayoutOptions::default()
    };
    takedown::typeset(
        &takedown::sample::power_of_attorney(),
        FontSet::builtin(),
        &opts,
        Some((2026, 11, 28)),
    )
    .unwrap()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn every_mode_passes_qpdf_and_embeds_subset_fonts_with_unicode_maps() {
    let dir = tempfile::tempdir().unwrap();
    for mode in Mode::ALL {
        let out = sample(mode);
        let path = write(dir.path(), &format!("{}.pdf", mode.name()), &out.pdf);
        let check = tool("qpdf", &["--check"], &path);
        assert!(
            check.contains("No syntax or stream encoding errors found"),
            "{mode:?}: {check}"
        );

        let fonts = tool("pdffonts", &[], &path);
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(!rows.is_empty(), "{mode:?}: no fonts");
        for row in rows {
            let cols: Vec<&str> = row.split_whitespace().collect();
            // name type... encoding emb sub uni object-id generation
            let n = cols.len();
            assert_eq!(&cols[n - 5..n - 2], ["yes", "yes", "yes"], "{mode:?}: {row}");
            assert!(
                cols[0].contains("+NotoSerifCJKsc-") || cols[0].contains("+NotoSansCJKsc-"),
                "{mode:?}: subset tag missing in {row}"
            );
        }

        let info = tool("pdfinfo", &[], &path);
        let pages: usize = info
            .lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .and_then(|v| v.trim().parse().ok())
            .expect("pdfinfo gives the page count");
        assert_eq!(pages, out.pages, "{mode:?}");
        let (title, subject, lang) = match mode {
            Mode::En => ("Power of Attorney\n", "Power of attorney for IP complaints on e-commerce platforms\n", "en-US"),
            Mode::Zh => ("授权委托书\n", "电子商务平台知识产权投诉授权委托书\n", "zh-CN"),
            _ => (
                "Power of Attorney / 授权委托书\n",
                "Power of attorney for IP complaints on e-commerce platforms / 电子商务平台知识产权投诉授权委托书\n",
                "zh-CN",
            ),
        };
        assert!(
            info.contains(&format!("Title:           {title}")),
            "{mode:?}: {info}"
        );
        assert!(
            info.contains(&format!("Subject:         {subject}")),
            "{mode:?}: {info}"
        );
        assert!(
            info.contains("Author:          Guangzhou Lumen IP Law Firm\n"),
            "{info}"
        );
        assert!(
            support::pdf::objects(&out.pdf).contains(&format!("/Lang ({lang})")),
            "{mode:?}"
        );
        assert!(
            info.contains("Page size:       595.276 x 841.89 pts (A4)"),
            "{info}"
        );
    }
}

#[test]
fn text_extracts_in_both_languages_in_reading_order_with_footers() {
    let dir = tempfile::tempdir().unwrap();
    for mode in [Mode::SideBySide, Mode::Stacked, Mode::Sequential] {
        let out = sample(mode);
        let path = write(dir.path(), "doc.pdf", &out.pdf);
        let text = raw_text(&path);
        let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let squeezed: String = text.split_whitespace().collect();
        for en in [
            "POWER OF ATTORNEY",
            "Northwind Outdoor Gear, Inc.",
            "The Principal hereby appoints the Agent as its authorised representative",
            "ZL201710601862.3",
            "in case of any discrepancy between them, the Chinese text prevails.",
        ] {
            assert!(flat.contains(en), "{mode:?}: {en:?} not in\n{flat}");
        }
        for zh in [
            "授权委托书",
            "委托人兹委托受托人作为其授权代表，在中华人民共和国境内的电子商务平台",
            "两种文本如有不一致，以中文文本为准。",
        ] {
            assert!(squeezed.contains(zh), "{mode:?}: {zh:?} not in\n{squeezed}");
        }
        // In order: the clauses follow one another in each language.
        let order_en = [
            "Scope.",
            "Powers.",
            "Sub-delegation.",
            "Undertakings.",
            "Term.",
            "Language.",
        ];
        let pos: Vec<usize> = order_en.iter().map(|s| flat.find(s).unwrap()).collect();
        assert!(pos.windows(2).all(|w| w[0] < w[1]), "{mode:?}: {pos:?}");
        let order_zh = [
            "委托范围：",
            "委托权限：",
            "转委托：",
            "委托人承诺：",
            "委托期限：",
            "语言：",
        ];
        let pos: Vec<usize> = order_zh.iter().map(|s| squeezed.find(s).unwrap()).collect();
        assert!(pos.windows(2).all(|w| w[0] < w[1]), "{mode:?}: {pos:?}");
        for n in 1..=out.pages {
            assert!(
                flat.contains(&format!("Page {n} of {}", out.pages)),
                "{mode:?}: footer {n}"
            );
            assert!(
                flat.contains(&format!("第 {n} 页 共 {} 页", out.pages)),
                "{mode:?}: 页脚 {n}"
            );
        }
    }
}

#[test]
fn outline_language_and_id_are_written() {
    let out = sample(Mode::SideBySide);
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "doc.pdf", &out.pdf);
    let json = tool("qpdf", &["--json", "--json-key=outlines"], &path);
    for title in [
        "POWER OF ATTORNEY / 授权委托书",
        "Parties / 当事人",
        "Authorisation / 授权事项",
        "Schedule of rights / 知识产权清单",
        "Execution / 签署",
    ] {
        assert!(
            json.contains(&format!("\"title\": \"{title}\"")),
            "{title} not in outline:\n{json}"
        );
    }
    // The level-2 headings nest under the title.
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let top = v["outlines"].as_array().unwrap();
    assert_eq!(top.len(), 1);
    assert_eq!(top[0]["kids"].as_array().unwrap().len(), 4);
    assert!(support::pdf::objects(&out.pdf).contains("/Lang (zh-CN)"));
}

#[test]
fn same_document_same_bytes_in_one_process() {
    let a = sample(Mode::SideBySide);
    let b = sample(Mode::Stacked);
    let c = sample(Mode::SideBySide);
    assert_eq!(a.pdf, c.pdf);
    assert_ne!(a.pdf, b.pdf);
}

#[test]
fn same_document_same_bytes_across_processes() {
    let dir = tempfile::tempdir().unwrap();
    let run = |name: &str| {
        let path = dir.path().join(name);
        let status = Command::new(env!("CARGO_BIN_EXE_takedown"))
            .args(["sample", "--layout", "side-by-side"])
            .arg(&path)
            .status()
            .unwrap();
        assert!(status.success());
        std::fs::read(path).unwrap()
    };
    let first = run("a.pdf");
    let second = run("b.pdf");
    assert!(first.starts_with(b"%PDF-"));
    assert_eq!(first, second);
}

#[test]
fn dictionaries_are_packed_into_object_streams() {
    let out = sample(Mode::SideBySide);
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "doc.pdf", &out.pdf);
    let xref = tool("qpdf", &["--show-xref"], &path);
    let packed = xref.lines().filter(|l| l.contains(": compressed;")).count();
    let direct = xref.lines().filter(|l| l.contains(": uncompressed;")).count();
    // Only streams (content, fonts, images, the object streams) stand on their own.
    assert!(packed > direct, "{xref}");
    support::pdf::qpdf_check(&path);
}

/// The sample's power of attorney in each layout is within 2.5 % of what qpdf makes of it at
/// its smallest (object streams, every stream deflated again at level 9): font programs are
/// deflated well (the sample workbook's C001 power of attorney, 3 pages side by side:
/// 128,019 bytes with zlib-rs's level 1 for fonts, 116,281 with miniz_oxide's; qpdf 113,862).
#[test]
fn documents_are_close_to_the_smallest_qpdf_makes_of_them() {
    let dir = tempfile::tempdir().unwrap();
    for mode in [
        Mode::SideBySide,
        Mode::Stacked,
        Mode::Sequential,
        Mode::Zh,
        Mode::En,
    ] {
        let ours = write(dir.path(), "ours.pdf", &sample(mode).pdf);
        let smallest = dir.path().join("qpdf.pdf");
        let status = Command::new("qpdf")
            .args([
                "--object-streams=generate",
                "--recompress-flate",
                "--compression-level=9",
            ])
            .arg(&ours)
            .arg(&smallest)
            .status()
            .unwrap();
        assert!(status.success());
        let (a, b) = (
            std::fs::metadata(&ours).unwrap().len() as f64,
            std::fs::metadata(&smallest).unwrap().len() as f64,
        );
        assert!(
            a <= b * 1.025,
            "{mode:?}: {a} bytes, qpdf makes {b}: {:.1} % more",
            (a / b - 1.0) * 100.0
        );
    }
}

/// packet.pdf labels each document's pages with its name and its own numbers, as the
/// footers count them: a viewer's page box reads "complaint-jd-R05 2".
#[test]
fn packet_pages_are_labelled_by_document() {
    let sample = crate::build::built("side-by-side", "2026-12-07");
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(sample.join("manifest.json")).unwrap()).unwrap();
    let packet = crate::support::files::packet(&sample, "C002").join("packet.pdf");
    let json = crate::support::pdf::tool("qpdf", &["--json", "--json-key=pagelabels"], &packet);
    let labels: serde_json::Value = serde_json::from_str(&json).unwrap();
    let got: Vec<(u64, String)> = labels["pagelabels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["index"].as_u64().unwrap(),
                l["label"]["/P"]
                    .as_str()
                    .unwrap()
                    .trim_start_matches("u:")
                    .to_owned(),
            )
        })
        .collect();
    // The manifest lists the client's files, packet.pdf first, then its documents in order.
    let folder = packet
        .parent()
        .unwrap()
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    let mut want = Vec::new();
    let mut at = 0;
    for f in manifest["files"].as_array().unwrap() {
        let path = f["path"].as_str().unwrap();
        let Some(name) = path.strip_prefix(&format!("{folder}/")) else {
            continue;
        };
        if name == "packet.pdf" {
            continue;
        }
        want.push((at, format!("{} ", name.trim_end_matches(".pdf"))));
        at += f["pages"].as_u64().unwrap();
    }
    assert_eq!(got, want);
    crate::support::pdf::qpdf_check(&packet);
}

/// Every annex page set (a capture, a certificate) is a bookmark at its first page, under
/// its document's title, named by its caption.
#[test]
fn each_annex_is_a_bookmark_at_its_first_page() {
    let sample = crate::build::built("side-by-side", "2026-12-07");
    let complaint = crate::support::files::packet(&sample, "C002").join("complaint-alibaba-ipp-R04.pdf");
    let json = tool("qpdf", &["--json", "--json-key=outlines"], &complaint);
    let outlines: serde_json::Value = serde_json::from_str(&json).unwrap();
    let kids = outlines["outlines"][0]["kids"].as_array().unwrap();
    let annexes: Vec<(&str, u64)> = kids
        .iter()
        .map(|k| {
            (
                k["title"].as_str().unwrap(),
                k["destpageposfrom1"].as_u64().unwrap(),
            )
        })
        .filter(|(t, _)| t.starts_with("Annex 1, listing") || t.starts_with("Annex 2"))
        .collect();
    assert_eq!(annexes.len(), 3, "{kids:#?}");
    for (title, page) in annexes {
        let caption = crate::support::pdf::squeeze(title.split(" / ").next().unwrap());
        let text = crate::support::pdf::page_text(&complaint, page as usize);
        assert!(
            text.contains(&caption[..caption.len().min(40)]),
            "{title} → page {page}: {text}"
        );
    }
}
