//! The page- and document-level conventions of a Chinese legal filing, read back from the
//! sample's PDFs with `pdftotext`: an annex heading shares its page with the annex, tables
//! and their lead-ins keep together.

use crate::support;
use std::path::{Path, PathBuf};

use support::files;
use support::pdf;

/// The sample built once per layout, with the review's issue date.
fn built(layout: &str) -> PathBuf {
    crate::build::built(layout, "2026-12-07")
}

fn document(layout: &str, client: &str, file: &str) -> PathBuf {
    files::packet(&built(layout), client).join(file)
}

fn pages(pdf: &Path) -> usize {
    let info = pdf::tool("pdfinfo", &[], pdf);
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo names the pages")
}

#[test]
fn an_annex_heading_shares_its_page_with_the_certificate() {
    // (layout, client, pages of the schedule): a page per right's text, one per certificate.
    for (layout, client, want) in [
        ("side-by-side", "C001", 3),
        ("side-by-side", "C002", 4),
        ("zh", "C001", 3),
        ("zh", "C002", 4),
        ("en", "C002", 4),
        ("stacked", "C002", 5),
    ] {
        let schedule = document(layout, client, "ip-rights-schedule.pdf");
        let n = pages(&schedule);
        assert_eq!(n, want, "{layout} {client}");
        let mut certificates = 0;
        for p in 1..=n {
            let text = pdf::page_text(&schedule, p);
            if text.contains("Registrationcertificateofright") || text.contains("项权利的登记证书") {
                certificates += 1;
                // The annex caption and the embedded certificate are on the heading's page.
                assert!(text.contains("SHA-256"), "{layout} {client} p{p}: {text}");
                assert!(
                    text.contains("Certificateofregistration(specimen)"),
                    "{layout} {client} p{p}: {text}"
                );
            }
        }
        assert_eq!(
            certificates,
            if client == "C001" { 1 } else { 2 },
            "{layout} {client}"
        );
    }
}

#[test]
fn the_power_of_attorneys_lead_in_starts_the_page_of_its_rights_table() {
    for layout in ["side-by-side", "zh", "stacked", "en"] {
        for client in ["C001", "C002", "C003"] {
            let poa = document(layout, client, "power-of-attorney.pdf");
            let page_of = |needle: &str| {
                (1..=pages(&poa))
                    .find(|&p| pdf::page_text(&poa, p).contains(needle))
                    .unwrap_or_else(|| panic!("{layout} {client}: no {needle}"))
            };
            let (lead, header) = if layout == "zh" {
                ("所涉权利", "权利类型")
            } else {
                ("Rightscovered", "Typeofright")
            };
            assert_eq!(page_of(lead), page_of(header), "{layout} {client}");
        }
    }
}

#[test]
fn chinese_numbers_ranges_and_enumerations_follow_gb_t_15834() {
    // The zh layout: every document's text (annexed specimen pages aside, which are not ours).
    for client in ["C001", "C002", "C003"] {
        for pdf_path in support::files::pdfs(&files::packet(&built("zh"), client)) {
            let name = pdf_path.file_name().unwrap().to_string_lossy().into_owned();
            if name == "packet.pdf" {
                continue;
            }
            let raw = pdf::raw_text(&pdf_path);
            let chars: Vec<char> = raw.chars().collect();
            for w in chars.windows(3) {
                assert!(
                    !(w[0].is_ascii_digit() && w[1] == '–' && w[2].is_ascii_digit()),
                    "{client} {name}: a range with an en dash in Chinese"
                );
            }
        }
    }
    let raw = |layout: &str, file: &str| pdf::raw_text(&document(layout, "C001", file));
    for layout in ["zh", "side-by-side"] {
        let cover = raw(layout, "cover-letter.pdf");
        assert!(cover.contains("2至5个工作日"), "{layout}: {cover}");
        assert!(cover.contains("5至7个工作日"), "{layout}");
        assert!(!cover.contains("2–5 个") && !cover.contains("2 至 5"), "{layout}");
        // Nice classes with 顿号, solid with their 第…类.
        let complaint = raw(layout, "complaint-alibaba-ipp-R01.pdf");
        assert!(complaint.contains("第18、25、28类"), "{layout}: {complaint}");
        // A digit and a hanzi are set solid: no space in the text as a reader copies it.
        let poa = raw(layout, "power-of-attorney.pdf");
        assert!(poa.contains("大道4500号200"), "{layout}: {poa}");
    }
    let poa = raw("zh", "power-of-attorney.pdf");
    assert!(poa.contains("下列3项权利"), "{poa}");
    assert!(poa.contains("花城大道88号18楼1808室"), "{poa}");
}

/// Every word of page `n` with its left and right edge, as `pdftotext -bbox` reads them.
fn words(pdf_path: &Path, n: usize) -> Vec<(f32, f32, String)> {
    let n = n.to_string();
    let out = std::process::Command::new("pdftotext")
        .args(["-bbox", "-enc", "UTF-8", "-f", &n, "-l", &n])
        .arg(pdf_path)
        .arg("-")
        .output()
        .expect("failed to run pdftotext (install poppler-utils)");
    assert!(out.status.success(), "pdftotext -bbox {}", pdf_path.display());
    let html = String::from_utf8(out.stdout).expect("UTF-8");
    let attr = |line: &str, name: &str| -> f32 {
        let at = line.find(&format!("{name}=\"")).expect("attribute") + name.len() + 2;
        line[at..].split('"').next().unwrap().parse().unwrap()
    };
    html.lines()
        .filter(|l| l.trim_start().starts_with("<word"))
        .map(|l| {
            let text = l.split('>').nth(1).unwrap().split('<').next().unwrap();
            (attr(l, "xMin"), attr(l, "xMax"), text.to_string())
        })
        .collect()
}

#[test]
fn a_chinese_letters_closing_and_date_stand_at_the_right() {
    // The A4 measure ends at 595.276 - 62 pt.
    let right = 595.276 - 62.0;
    for (layout, date) in [("zh", "日期："), ("side-by-side", "日期：")] {
        for file in ["cover-letter.pdf", "letter-shoes-outlet-example.com.pdf"] {
            let letter = document(layout, "C001", file);
            let page = (1..=pages(&letter))
                .rev()
                .find(|&p| words(&letter, p).iter().any(|w| w.2.starts_with(date)))
                .unwrap_or_else(|| panic!("{layout} {file}: no date line"));
            let words = words(&letter, page);
            let line = words.iter().find(|w| w.2.starts_with(date)).unwrap();
            let last = words.iter().find(|w| w.2.ends_with("____日")).unwrap();
            assert!(
                (last.1 - right).abs() < 1.0,
                "{layout} {file}: the date ends at {}",
                last.1
            );
            assert!(line.0 > 297.0, "{layout} {file}: the date starts at {}", line.0);
            let sign = words
                .iter()
                .find(|w| w.2.contains("____________________"))
                .unwrap();
            assert!(
                (sign.1 - right).abs() < 1.0,
                "{layout} {file}: the signature line ends at {}",
                sign.1
            );
        }
    }
    // An English letter keeps its closing at the left margin.
    let letter = document("en", "C001", "cover-letter.pdf");
    let page = pages(&letter);
    let words = words(&letter, page);
    let line = words.iter().find(|w| w.2 == "Date:").expect("a date line");
    assert!((line.0 - 62.0).abs() < 1.0, "en: the date starts at {}", line.0);
}

#[test]
fn the_chinese_layout_sets_its_body_at_12_pt_and_side_by_side_at_10_5() {
    let sizes = |layout: &str| -> Vec<String> {
        let bytes = std::fs::read(document(layout, "C001", "power-of-attorney.pdf")).unwrap();
        let objects = pdf::objects(&bytes);
        let mut sizes: Vec<String> = objects
            .lines()
            .filter_map(|l| l.strip_suffix(" Tf"))
            .map(|l| l.split_whitespace().last().unwrap().to_string())
            .collect();
        sizes.sort();
        sizes.dedup();
        sizes
    };
    let zh = sizes("zh");
    assert!(zh.contains(&"12".to_string()), "{zh:?}");
    assert!(!zh.contains(&"10.5".to_string()), "{zh:?}");
    let sbs = sizes("side-by-side");
    assert!(sbs.contains(&"10.5".to_string()), "{sbs:?}");
}

#[test]
fn chinese_items_are_numbered_once_as_yi_er_and_prose_is_indented() {
    let raw = |layout: &str| pdf::raw_text(&document(layout, "C001", "power-of-attorney.pdf"));
    let zh = pdf::squeeze(&raw("zh"));
    assert!(zh.contains("（一）在各平台"), "{zh}");
    assert!(zh.contains("（八）签署、提交及接收"), "{zh}");
    assert!(!zh.contains("1.在各平台"), "{zh}");
    // 首行缩进: the paragraph's first line starts two ideographs (2 × 12 pt) in from the
    // margin, its second at the margin.
    let poa = document("zh", "C001", "power-of-attorney.pdf");
    let first = words(&poa, 1);
    let at = |prefix: &str| first.iter().find(|w| w.2.starts_with(prefix)).map(|w| w.0);
    assert_eq!(
        at("本授权委托书制作于").map(|x| x.round()),
        Some(86.0),
        "{first:?}"
    );
    assert_eq!(at("委托人诺斯温德").map(|x| x.round()), Some(86.0), "{first:?}");
    assert_eq!(at("产权律师事务所").map(|x| x.round()), Some(62.0), "{first:?}");
    // Stacked: the English item is numbered, its Chinese continues it unnumbered.
    let stacked = pdf::squeeze(&raw("stacked"));
    assert!(stacked.contains("1.registerthePrincipal"), "{stacked}");
    assert!(stacked.contains("certificatesofitsrights;在各平台"), "{stacked}");
    assert!(
        !stacked.contains("1.在各平台") && !stacked.contains("（一）"),
        "{stacked}"
    );
    // …under the English item's indent.
    let poa = document("stacked", "C001", "power-of-attorney.pdf");
    let page = (1..=pages(&poa))
        .find(|&p| words(&poa, p).iter().any(|w| w.2 == "register"))
        .expect("the first power is set");
    let words = words(&poa, page);
    let x = |prefix: &str| words.iter().find(|w| w.2.starts_with(prefix)).map(|w| w.0);
    assert_eq!(x("register"), Some(82.0), "{words:?}");
    assert_eq!(x("在各平台的知识产权保护系统中"), Some(82.0), "{words:?}");
}

#[test]
fn stacked_prints_a_link_of_a_list_once() {
    let cover = pdf::raw_text(&document("stacked", "C001", "cover-letter.pdf"));
    let link = "https://item.taobao.com/item.htm?id=715904432187 (Listings!H5)";
    assert_eq!(cover.matches(link).count(), 1, "{cover}");
    // Side by side, each column still carries it, level with the other.
    let sbs = pdf::raw_text(&document("side-by-side", "C001", "cover-letter.pdf"));
    assert_eq!(
        pdf::squeeze(&sbs).matches(&pdf::squeeze(link)).count(),
        2,
        "{sbs}"
    );
}

#[test]
fn headings_are_numbered_throughout() {
    let text = |layout: &str, file: &str| pdf::text(&document(layout, "C001", file));
    let schedule = text("zh", "ip-rights-schedule.pdf");
    assert!(schedule.contains("第1项注册商标（28374615）"), "{schedule}");
    assert!(!schedule.contains("1.注册商标"), "{schedule}");
    let cover = text("zh", "cover-letter.pdf");
    assert!(
        cover.contains("三、后续步骤及时间安排") && cover.contains("四、期限"),
        "{cover}"
    );
    let cover = text("en", "cover-letter.pdf");
    assert!(cover.contains("4.Deadlines"), "{cover}");
}
