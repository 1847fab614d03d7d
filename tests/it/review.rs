//! Review builds through the binary (`build --review`): every fact of the manifest under a
//! highlight whose quads hold exactly its text and whose note names its source; every
//! warning of report.txt a note on a page of its packet; a watermark on every page that no
//! text extraction reads; a review sheet linking to the pages; the final build untouched.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use crate::run::takedown;
use crate::support::fixtures::csv_workbook_shown;
use crate::support::pdf::{qpdf_check, raw_text, squeeze};

/// A client with two rights and four listings: one without a capture date (a warning at
/// its cell), one merged duplicate (a warning on a row no document prints), and a right
/// without an owner (a warning its complaint concerns).
fn workbook(dir: &Path) -> PathBuf {
    csv_workbook_shown(
        dir,
        "wb",
        "client_id,name_en,name_zh,company_no,address_en,address_zh,signatory,email\n\
         C1,Acme Trading Ltd,艾克美贸易有限公司,91440101MA59XXXX1A,1 Harbour Road Hong Kong,香港海港道1号,Jane Doe,legal@acme.example\n",
        "right_id,client_id,type,number,title_en,classes,valid_to\n\
         R1,C1,trademark,12345678,ACME,25,2031-05-06\n\
         R2,C1,trademark,87654321,ACME PRO,18,2030-01-31\n",
        "url,right_id,store,title,found_on,captured_on\n\
         https://item.taobao.com/item.htm?id=600000000001,R1,Acme Outlet,ACME shoes,2026-11-02,2026-11-20\n\
         https://item.taobao.com/item.htm?id=600000000002,R2,Cheap Tools,ACME PRO wrench,2026-11-03,\n\
         https://item.jd.com/100000000003.html,R1,JD Bargains,ACME boots,2026-11-04,2026-11-21\n\
         https://item.taobao.com/item.htm?id=600000000001&spm=x,R1,Acme Outlet,ACME shoes,2026-11-02,2026-11-20\n",
    )
}

fn build(dir: &Path, out: &str, review: bool) -> String {
    let mut args = vec!["build", "wb", "--out", out, "--date", "2026-12-07"];
    if review {
        args.push("--review");
    }
    let (_, err, code) = takedown(dir, &args);
    assert!(code == 0 || code == 1, "{err}");
    err
}

/// One annotation as lopdf reads it.
#[derive(Debug, Clone)]
struct Annot {
    subtype: String,
    /// Per quad: x0, top, x1, bottom in points from the page's top-left corner.
    quads: Vec<[f32; 4]>,
    title: String,
    contents: String,
    /// A link's destination page, 1-based.
    dest: Option<usize>,
}

fn string(o: Option<&lopdf::Object>) -> String {
    let Some(lopdf::Object::String(bytes, _)) = o else {
        return String::new();
    };
    if bytes.starts_with(&[0xFE, 0xFF]) {
        let units: Vec<u16> = bytes[2..]
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        String::from_utf16(&units).unwrap()
    } else {
        String::from_utf8_lossy(bytes).into_owned()
    }
}

fn numbers(o: Option<&lopdf::Object>) -> Vec<f32> {
    match o {
        Some(lopdf::Object::Array(items)) => items.iter().map(|v| v.as_float().unwrap()).collect(),
        _ => Vec::new(),
    }
}

/// Every page's annotations and whether it carries the watermark, by 1-based page.
fn read(pdf: &Path) -> Vec<(Vec<Annot>, bool, f32)> {
    let doc = lopdf::Document::load(pdf).unwrap();
    let pages = doc.get_pages();
    let number: BTreeMap<lopdf::ObjectId, usize> = pages.iter().map(|(&n, &id)| (id, n as usize)).collect();
    let mut out = Vec::new();
    for &id in pages.values() {
        let page = doc.get_dictionary(id).unwrap();
        let h = numbers(page.get(b"MediaBox").ok())[3];
        let mut annots = Vec::new();
        for a in doc.get_page_annotations(id).unwrap() {
            let q = numbers(a.get(b"QuadPoints").ok());
            let dest = match a.get(b"Dest") {
                Ok(lopdf::Object::Array(d)) => d
                    .first()
                    .and_then(|p| p.as_reference().ok())
                    .and_then(|p| number.get(&p).copied()),
                _ => None,
            };
            annots.push(Annot {
                subtype: String::from_utf8_lossy(a.get(b"Subtype").unwrap().as_name().unwrap()).into_owned(),
                quads: q.chunks(8).map(|c| [c[0], h - c[1], c[2], h - c[5]]).collect(),
                title: string(a.get(b"T").ok()),
                contents: string(a.get(b"Contents").ok()),
                dest,
            });
        }
        let content = String::from_utf8_lossy(&doc.get_page_content(id)).into_owned();
        let marked = content.contains("/Artifact <</Type /Pagination /Subtype /Watermark>> BDC");
        out.push((annots, marked, h));
    }
    out
}

/// The text pdftotext finds inside a rectangle of page `page` (top-left coordinates).
fn text_in(pdf: &Path, page: usize, [x0, top, x1, bottom]: [f32; 4]) -> String {
    let n = page.to_string();
    // At 720 dpi, a tenth of a point per pixel. pdftotext takes a glyph that the area
    // touches at all, so the area is the quad less half a point at each side: no glyph of
    // the value is that narrow, and a neighbour set right against it is left out.
    let px = |v: f32| ((v * 10.0).round() as i64).to_string();
    let (x0, x1) = (x0 + 0.5, x1 - 0.5);
    let out = Command::new("pdftotext")
        .args(["-r", "720", "-f", &n, "-l", &n, "-enc", "UTF-8"])
        .args([
            "-x",
            &px(x0),
            "-y",
            &px(top),
            "-W",
            &px(x1 - x0),
            "-H",
            &px(bottom - top),
        ])
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success());
    squeeze(&String::from_utf8(out.stdout).unwrap())
}

/// `pdftotext ARGS… PDF -`.
fn pdftotext(pdf: &Path, args: &[&str]) -> String {
    let out = Command::new("pdftotext")
        .args(args)
        .args(["-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

fn pdfs(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .collect();
    files.sort();
    files
}

fn client_dir(out: &Path) -> PathBuf {
    std::fs::read_dir(out.join("wb"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.is_dir())
        .unwrap()
}

#[test]
fn every_fact_is_highlighted_over_its_own_text_with_its_source() {
    let dir = tempfile::tempdir().unwrap();
    workbook(dir.path());
    build(dir.path(), "review", true);
    let out = dir.path().join("review/wb");
    let manifest: Value = serde_json::from_slice(&std::fs::read(out.join("manifest.json")).unwrap()).unwrap();
    let client = client_dir(&dir.path().join("review"));
    let mut checked = 0;
    for file in manifest["files"].as_array().unwrap() {
        let path = file["path"].as_str().unwrap();
        let Some(facts) = file.get("facts").and_then(Value::as_array) else {
            continue;
        };
        let pdf = out.join(path);
        let pages = read(&pdf);
        // Each highlight's title, note and the text inside its quads, read once per page.
        let mut inside: BTreeMap<usize, Vec<(String, String, String)>> = BTreeMap::new();
        for fact in facts {
            let source = fact
                .get("cell")
                .or_else(|| fact.get("profile"))
                .or_else(|| fact.get("config"))
                .or_else(|| fact.get("ledger"))
                .and_then(Value::as_str)
                .map(str::to_owned)
                .unwrap_or_else(|| "derived".to_owned());
            let wanted: Vec<String> = ["en", "zh"]
                .iter()
                .filter_map(|k| fact.get(*k).and_then(Value::as_str))
                .map(squeeze)
                .collect();
            for page in fact["pages"].as_array().unwrap() {
                let page = page.as_u64().unwrap() as usize;
                let seen = inside.entry(page).or_insert_with(|| {
                    pages[page - 1]
                        .0
                        .iter()
                        .filter(|a| a.subtype == "Highlight")
                        .map(|a| {
                            let text = a.quads.iter().map(|q| text_in(&pdf, page, *q)).collect();
                            (a.title.clone(), a.contents.clone(), text)
                        })
                        .collect()
                });
                let found = seen.iter().any(|(title, contents, text)| {
                    title.contains(&source) && contents.contains(&source) && wanted.contains(text)
                });
                assert!(
                    found,
                    "{path} p. {page}: no highlight over {wanted:?} naming {source}: {seen:#?}"
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 40, "{checked} facts checked");
    assert!(client.join("packet.pdf").exists());
}

/// The warnings of a report.txt, as it gives them.
fn warnings(report: &str) -> Vec<String> {
    report
        .lines()
        .skip_while(|l| !l.starts_with("Problems:"))
        .filter(|l| l.starts_with("warning: ") || l.starts_with("error: "))
        .map(str::to_owned)
        .collect()
}

#[test]
fn each_warning_is_a_note_on_a_page_it_concerns_and_the_sheet_links_there() {
    let dir = tempfile::tempdir().unwrap();
    workbook(dir.path());
    build(dir.path(), "review", true);
    let client = client_dir(&dir.path().join("review"));
    let report = std::fs::read_to_string(dir.path().join("review/wb/report.txt")).unwrap();
    let said = warnings(&report);
    assert_eq!(said.len(), 3, "{report}");
    assert!(report.contains("review build: a draft for review"), "{report}");

    // Each warning is a note in the packet and in a document of its own.
    let notes = |pdf: &Path| -> Vec<(usize, String)> {
        read(pdf)
            .into_iter()
            .enumerate()
            .flat_map(|(i, (annots, _, _))| {
                annots
                    .into_iter()
                    .filter(|a| a.subtype == "Text")
                    .map(move |a| (i + 1, a.contents))
            })
            .collect()
    };
    let packet = client.join("packet.pdf");
    let in_packet = notes(&packet);
    for w in &said {
        assert!(
            in_packet.iter().any(|(_, n)| n == w),
            "{w} is no note of packet.pdf: {in_packet:#?}"
        );
        let docs: Vec<PathBuf> = pdfs(&client)
            .into_iter()
            .filter(|p| !p.ends_with("packet.pdf"))
            .collect();
        assert!(
            docs.iter().any(|d| notes(d).iter().any(|(_, n)| n == w)),
            "{w} is no note of any document"
        );
    }
    // The blank capture date (listings!F3) is noted on the page printing that listing's
    // evidence as not recorded; the duplicate row, printed nowhere, on the cover letter.
    let complaint = client.join("complaint-taobao-R2.pdf");
    let complaint = if complaint.exists() {
        complaint
    } else {
        pdfs(&client)
            .into_iter()
            .find(|p| {
                crate::support::pdf::text(p).contains("600000000002")
                    && p.file_name().unwrap().to_string_lossy().starts_with("complaint")
            })
            .unwrap()
    };
    let f3 = said.iter().find(|w| w.contains("listings!F3")).unwrap();
    let (page, _) = notes(&complaint).into_iter().find(|(_, n)| n == f3).unwrap();
    let n = page.to_string();
    let page_text = pdftotext(&complaint, &["-f", &n, "-l", &n]);
    assert!(squeeze(&page_text).contains("600000000002"), "{page_text}");
    let a5 = said.iter().find(|w| w.contains("listings!A5")).unwrap();
    let cover = client.join("cover-letter.pdf");
    assert_eq!(
        notes(&cover).iter().find(|(_, n)| n == a5).map(|(p, _)| *p),
        Some(1)
    );

    // The sheet: first in packet.pdf, every warning with its cell, each link to a page that
    // is that page of the document it names.
    let sheet = crate::support::pdf::page_text(&packet, 1);
    assert!(sheet.contains("Reviewsheet:draft,notforfiling"), "{sheet}");
    assert!(
        sheet.contains("listings!F3") && sheet.contains("listings!A5"),
        "{sheet}"
    );
    let pages = read(&packet);
    let mut links = 0;
    for (i, (annots, _, _)) in pages.iter().enumerate() {
        for a in annots.iter().filter(|a| a.subtype == "Link") {
            let name: String = a.quads.iter().map(|q| text_in(&packet, i + 1, *q)).collect();
            // `complaint-taobao-R2.pdfp.2` → that document's page 2.
            let (file, number) = name.rsplit_once("p.").unwrap();
            let doc = client.join(file);
            let number: usize = number.parse().unwrap();
            let target = a.dest.unwrap();
            assert_eq!(
                crate::support::pdf::page_text(&packet, target),
                crate::support::pdf::page_text(&doc, number),
                "{name} links to page {target} of packet.pdf"
            );
            links += 1;
        }
    }
    assert!(links >= said.len(), "{links} links");
}

#[test]
fn the_final_build_is_the_review_build_without_its_marks() {
    let dir = tempfile::tempdir().unwrap();
    workbook(dir.path());
    build(dir.path(), "final", false);
    build(dir.path(), "review", true);
    build(dir.path(), "again", true);
    let (fin, rev, again) = (
        client_dir(&dir.path().join("final")),
        client_dir(&dir.path().join("review")),
        client_dir(&dir.path().join("again")),
    );
    let files = pdfs(&fin);
    assert_eq!(
        files.iter().map(|p| p.file_name().unwrap()).collect::<Vec<_>>(),
        pdfs(&rev)
            .iter()
            .map(|p| p.file_name().unwrap())
            .collect::<Vec<_>>()
    );
    for f in &files {
        let name = f.file_name().unwrap();
        let (r, a) = (rev.join(name), again.join(name));
        qpdf_check(&r);
        // Deterministic: the same inputs and date, the same bytes.
        assert!(
            std::fs::read(&r).unwrap() == std::fs::read(&a).unwrap(),
            "{name:?} differs between two review builds"
        );
        // The final build: no annotation, no watermark.
        for (annots, marked, _) in read(f) {
            assert!(
                annots.is_empty() && !marked,
                "{name:?}: the final build has marks"
            );
        }
        // The review build: a watermark on every page, which no extraction reads.
        let pages = read(&r);
        assert!(
            pages.iter().all(|p| p.1),
            "{name:?}: a page without the watermark"
        );
        let text = raw_text(&r);
        for w in takedown::review::LINES {
            assert!(!text.contains(w), "{name:?}: {w} extracted");
        }
        // The same text page for page: the review sheet put aside.
        let skip = pages.len() - read(f).len();
        assert_eq!(skip, if name == "packet.pdf" { 1 } else { 0 }, "{name:?}");
        let first = (skip + 1).to_string();
        assert_eq!(pdftotext(&r, &["-f", &first]), pdftotext(f, &[]), "{name:?}");
    }
}

/// What a viewer engine read of one annotation: page, subtype, title, contents, link page.
type Seen = (usize, String, String, String, Option<usize>);

/// Runs a reader of `tests/viewers/` on `pdf`; `None` when its engine is not installed here.
fn viewer(program: &str, script: &str, pdf: &Path) -> Option<Vec<Seen>> {
    let script = crate::support::files::root().join("tests/viewers").join(script);
    let out = Command::new(program).arg(&script).arg(pdf).output().ok()?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        // Not installed: say so (the caller decides whether that may be).
        if err.contains("Cannot find module") || err.contains("No module named") {
            return None;
        }
        panic!("{program} {}: {err}", script.display());
    }
    let text = String::from_utf8(out.stdout).unwrap();
    Some(
        text.lines()
            .map(|l| {
                let v: Value = serde_json::from_str(l).unwrap();
                let s = |k: &str| v[k].as_str().unwrap_or("").to_owned();
                (
                    v["page"].as_u64().unwrap() as usize,
                    s("subtype"),
                    s("title"),
                    s("contents"),
                    v["destPage"].as_u64().map(|p| p as usize),
                )
            })
            .collect(),
    )
}

/// pdf.js (Firefox) and PDFium (Chrome, Edge) read every highlight, note and link of a review
/// packet as written: the same notes in Chinese and English, the same link targets. `.ci/run`
/// installs both (Debian's pdf.js under Node; PDFium through pypdfium2, whose Python it names
/// in `TAKEDOWN_TEST_PDFIUM_PYTHON`) and sets `TAKEDOWN_TEST_VIEWERS=required`; elsewhere a
/// missing engine is said and skipped.
#[test]
fn pdf_js_and_pdfium_read_the_review_marks() {
    let dir = tempfile::tempdir().unwrap();
    workbook(dir.path());
    build(dir.path(), "review", true);
    let packet = client_dir(&dir.path().join("review")).join("packet.pdf");
    let mut written: Vec<Seen> = Vec::new();
    for (i, (annots, _, _)) in read(&packet).into_iter().enumerate() {
        for a in annots {
            let title = if a.subtype == "Link" {
                String::new()
            } else {
                a.title
            };
            written.push((i + 1, a.subtype, title, a.contents, a.dest));
        }
    }
    assert!(written.iter().any(|w| w.1 == "Highlight") && written.iter().any(|w| w.1 == "Text"));
    let required = std::env::var("TAKEDOWN_TEST_VIEWERS").is_ok_and(|v| v == "required");
    let given = std::env::var("TAKEDOWN_TEST_PDFIUM_PYTHON").ok();
    let python = given.clone().unwrap_or_else(|| "python3".to_owned());
    for (engine, program, script, required) in [
        ("pdf.js", "node", "pdfjs-annots.mjs", required),
        ("PDFium", python.as_str(), "pdfium-annots.py", given.is_some()),
    ] {
        let Some(mut seen) = viewer(program, script, &packet) else {
            assert!(!required, "{engine} is not installed ({program} {script})");
            eprintln!("{engine} is not installed here: its check of the review marks did not run");
            continue;
        };
        for s in &mut seen {
            if s.1 == "Link" {
                s.2.clear();
                s.3.clear();
            }
        }
        let mut w = written.clone();
        w.sort();
        seen.sort();
        assert_eq!(seen, w, "{engine} reads other annotations than were written");
    }
}

/// With a ledger, the sheet says what changed since the client's last build: the links
/// added to the complaints and the outcomes reported since; the review build itself is not
/// recorded, so the final build after it plans as if it had not been made.
#[test]
fn the_sheet_says_what_changed_since_the_last_build() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = format!("sqlite:{}", dir.path().join("ledger.sqlite").display());
    changes_since(dir.path(), &ledger);
}

/// The same on PostgreSQL, where `TAKEDOWN_TEST_POSTGRES` names a server.
#[test]
fn the_sheet_says_what_changed_since_the_last_build_postgresql() {
    let Some(pg) = crate::ledger::postgres_db("review") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    changes_since(dir.path(), &pg);
}

fn changes_since(dir: &Path, ledger: &str) {
    let wb = workbook(dir);
    let ledger = ledger.to_owned();
    let run = |args: &[&str]| {
        let (_, err, code) = takedown(dir, &[args, &["--ledger", &ledger]].concat());
        assert!(code == 0 || code == 1, "{args:?}: {err}");
        err
    };
    // No earlier build: the sheet says so.
    run(&[
        "build",
        "wb",
        "--out",
        "first-review",
        "--date",
        "2026-12-07",
        "--review",
    ]);
    let sheet = crate::support::pdf::page_text(&client_dir(&dir.join("first-review")).join("packet.pdf"), 1);
    assert!(
        sheet.contains("Nothing:theledgerholdsnoearlierbuildofthisclient."),
        "{sheet}"
    );

    run(&["build", "wb", "--out", "final", "--date", "2026-12-07"]);
    std::fs::create_dir_all(dir.join("o")).unwrap();
    std::fs::write(
        dir.join("o/outcomes.csv"),
        "链接,投诉编号,提交日期,状态,处理日期\n\
         https://item.jd.com/100000000003.html,JD-77,2026-12-08,removed,2026-12-10\n",
    )
    .unwrap();
    run(&["build", "o", "--out", "final", "--date", "2026-12-11"]);
    let mut listings = std::fs::read_to_string(wb.join("listings.csv")).unwrap();
    listings.push_str("https://item.taobao.com/item.htm?id=600000000009,R1,New Shop,ACME sandals,2026-12-01,2026-12-02,shot-1.png\n");
    std::fs::write(wb.join("listings.csv"), listings).unwrap();
    let status = || takedown(dir, &["status", "--ledger", &ledger, "--format", "json"]).0;
    let before = status();
    run(&[
        "build",
        "wb",
        "--out",
        "review",
        "--date",
        "2026-12-14",
        "--review",
    ]);
    assert_eq!(status(), before, "the review build was recorded in the ledger");

    let packet = client_dir(&dir.join("review")).join("packet.pdf");
    let sheet: String = (1..=2)
        .map(|p| crate::support::pdf::page_text(&packet, p))
        .collect();
    for said in [
        "Lastbuild:wb,issued2026-12-07.",
        "1linkinacomplaintnow,innoneofthatbuild:https://item.taobao.com/item.htm?id=600000000009",
        "https://item.jd.com/100000000003.html:removedon2026-12-10(caseJD-77),reportedatoutcomes.csv:outcomes!A2",
        "1linkinacomplaintofthatbuild,innonenow:https://item.jd.com/100000000003.html",
        "本次投诉新增，上次未投诉链接1条",
    ] {
        assert!(sheet.contains(said), "{said} not in {sheet}");
    }
}

/// `review: true` in the config makes every build a draft, a watch folder's too; the watch
/// folder's ledger records nothing of it.
#[test]
fn review_true_in_the_config_reviews_every_build_and_the_watch_folder() {
    let dir = tempfile::tempdir().unwrap();
    let drop = dir.path().join("drop");
    std::fs::create_dir_all(drop.join("inbox")).unwrap();
    workbook(&drop.join("inbox"));
    std::fs::write(drop.join("takedown.yaml"), "review: true\n").unwrap();
    let (_, err, code) = takedown(
        dir.path(),
        &[
            "watch",
            "drop",
            "--once",
            "--settle-ms",
            "0",
            "--date",
            "2026-12-07",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let packet = client_dir(&drop.join("out")).join("packet.pdf");
    let pages = read(&packet);
    assert!(pages.iter().all(|p| p.1), "a page without the watermark");
    assert!(pages[0].0.iter().any(|a| a.subtype == "Link"), "no review sheet");
    let (status, _, _) = takedown(
        dir.path(),
        &[
            "status",
            "--ledger",
            &format!("sqlite:{}", drop.join("ledger.sqlite").display()),
            "--format",
            "json",
        ],
    );
    let status: Value = serde_json::from_str(&status).unwrap();
    assert_eq!(
        status["listings"],
        serde_json::json!([]),
        "a review build was recorded: {status}"
    );
}

/// A problem of one client's row stays out of another client's packet, even when that row
/// kept its client's packet back.
#[test]
fn a_blocked_clients_problems_stay_out_of_the_other_packets() {
    let dir = tempfile::tempdir().unwrap();
    csv_workbook_shown(
        dir.path(),
        "wb",
        "client_id,name_en,company_no\nC1,Acme Trading Ltd,91440101MA59XXXX1A\nC2,Brill Tools Ltd,91440101MA59XXXX2B\n",
        "right_id,client_id,type,number\nR1,C1,trademark,12345678\nR2,C2,trademark,87654321\n",
        "url,right_id,captured_on\n\
         https://item.taobao.com/item.htm?id=600000000001,R1,2026-11-20\n\
         https://item.taobao.com/item.htm?id=600000000002,R2,2026-12-20\n",
    );
    let err = build(dir.path(), "review", true);
    assert!(
        err.contains("listings!C3: the capture date 2026-12-20 is after the issue date"),
        "{err}"
    );
    let client = client_dir(&dir.path().join("review"));
    assert!(client.ends_with("C1-acme-trading-ltd"), "{client:?}");
    let notes: Vec<String> = read(&client.join("packet.pdf"))
        .into_iter()
        .flat_map(|(annots, _, _)| {
            annots
                .into_iter()
                .filter(|a| a.subtype == "Text")
                .map(|a| a.contents)
        })
        .collect();
    assert!(!notes.is_empty());
    for n in &notes {
        // Row 3 of each sheet is C2's.
        assert!(
            !["listings!", "clients!", "rights!"]
                .iter()
                .any(|s| n.contains(&format!("{s}A3")) || n.contains(&format!("{s}C3"))),
            "{n}"
        );
    }
}
