//! What a new user does to an output folder and the tool must respect: files saved in it
//! survive a rebuild, a changed document stops it, a folder of the user's is not replaced.

use crate::{run, support};
use std::path::Path;

use run::takedown;
use support::files::{copy_sample, packet, tree};

/// `takedown build sample.xlsx --out out --date 2026-11-28` in `dir`: its stderr without
/// the sample firm's warning, and its exit status.
fn build(dir: &Path) -> (String, i32) {
    let (_, err, code) = takedown(
        dir,
        &["build", "sample.xlsx", "--out", "out", "--date", "2026-11-28"],
    );
    let err: Vec<&str> = err
        .lines()
        .filter(|l| !l.starts_with("warning: the agent is the sample firm"))
        .collect();
    (err.join("\n"), code)
}

/// A firm of the user's own, in `dir/takedown.yaml`.
const OWN_FIRM: &str = "firm:
  name: {en: Shanghai Hengtai Law Offices, zh: 上海恒泰律师事务所}
  address: {en: 20/F 100 Century Avenue Shanghai, zh: 上海市世纪大道100号20楼}
  company_no: 31310000425012345X
  signatory: {en: Li Na, zh: 李娜}
  signatory_title: {en: Partner, zh: 合伙人}
  email: ip@hengtai.example
  phone: +86 21 5000 1234
";

#[test]
fn the_sample_firm_is_warned_on_the_console_and_marks_the_cover_letter_as_a_draft() {
    let dir = tempfile::tempdir().unwrap();
    copy_sample(dir.path());
    let (_, err, code) = takedown(
        dir.path(),
        &["build", "sample.xlsx", "--out", "out", "--date", "2026-11-28"],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        err.lines().next(),
        Some(
            "warning: the agent is the sample firm \"Guangzhou Lumen IP Law Firm\": every cover \
             letter is marked as a draft; set your firm's own details under `firm:` in \
             takedown.yaml (`takedown init DIR` writes one to edit) before anything is signed or \
             filed"
        )
    );
    let cover = packet(&dir.path().join("out/sample"), "C001").join("cover-letter.pdf");
    let first_page = support::pdf::page_text(&cover, 1);
    assert!(
        first_page.contains("DRAFT—NOTFORSIGNINGORFILING."),
        "{first_page}"
    );
    assert!(first_page.contains("草稿——不得签署或提交。"), "{first_page}");
    let report = std::fs::read_to_string(dir.path().join("out/sample/report.txt")).unwrap();
    assert!(report.contains("the sample firm \"Guangzhou Lumen IP Law Firm\" is the agent"));

    // The firm's own details: no warning, no mark.
    std::fs::write(dir.path().join("takedown.yaml"), OWN_FIRM).unwrap();
    let (_, err, code) = takedown(
        dir.path(),
        &["build", "sample.xlsx", "--out", "own", "--date", "2026-11-28"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("sample firm"), "{err}");
    let cover = packet(&dir.path().join("own/sample"), "C001").join("cover-letter.pdf");
    let text = support::pdf::text(&cover);
    assert!(!text.contains("DRAFT") && !text.contains("草稿"), "{text}");
    assert!(text.contains("ShanghaiHengtaiLawOffices"), "{text}");
}

/// The files below `dir` with their bytes.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    tree(dir)
        .into_iter()
        .map(|rel| {
            let bytes = std::fs::read(dir.join(&rel)).unwrap();
            (rel, bytes)
        })
        .collect()
}

#[test]
fn files_a_user_saved_in_the_output_folder_survive_a_rebuild() {
    let dir = tempfile::tempdir().unwrap();
    copy_sample(dir.path());
    let (err, code) = build(dir.path());
    assert_eq!(code, 0, "{err}");
    let out = dir.path().join("out/sample");
    let c001 = packet(&out, "C001");
    std::fs::write(c001.join("my-notes.txt"), "call Ms Brooks on Monday").unwrap();
    std::fs::create_dir_all(out.join("signed")).unwrap();
    std::fs::write(out.join("signed/poa-C001.pdf"), "%PDF-1.7 scan").unwrap();
    let before = tree(&out);

    let (err, code) = build(dir.path());
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        std::fs::read_to_string(c001.join("my-notes.txt")).unwrap(),
        "call Ms Brooks on Monday"
    );
    assert_eq!(
        std::fs::read_to_string(out.join("signed/poa-C001.pdf")).unwrap(),
        "%PDF-1.7 scan"
    );
    assert_eq!(tree(&out), before);
    // Nothing is left beside the folder but the ledger: no temporary or old copy.
    assert_eq!(
        support::files::names(&dir.path().join("out")),
        ["ledger.sqlite", "sample"]
    );
}

#[test]
fn a_rebuild_over_a_document_the_user_changed_refuses_naming_it_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    copy_sample(dir.path());
    let (err, code) = build(dir.path());
    assert_eq!(code, 0, "{err}");
    let out = dir.path().join("out/sample");
    let c001 = packet(&out, "C001");
    let folder = c001.file_name().unwrap().to_string_lossy().into_owned();
    // A signed or annotated copy saved over the tool's file.
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(c001.join("cover-letter.pdf"), "%PDF-1.7 annotated").unwrap();
    let before = snapshot(&out);

    let (err, code) = build(dir.path());
    assert_eq!(code, 2, "{err}");
    assert_eq!(
        err.trim_end(),
        format!(
            "sample.xlsx: cannot write out/sample: not replaced: these files were changed or \
             added by hand: {folder}/cover-letter.pdf; move them out of the folder (or rename \
             them) and build again"
        )
    );
    assert!(snapshot(&out) == before, "the folder was changed");
    assert_eq!(
        support::files::names(&dir.path().join("out")),
        ["ledger.sqlite", "sample"]
    );

    // A file touched but holding the bytes the tool wrote is still the tool's.
    std::fs::remove_file(c001.join("cover-letter.pdf")).unwrap();
    let (err, code) = build(dir.path());
    assert_eq!(code, 0, "{err}");
    let packet_pdf = std::fs::read(c001.join("packet.pdf")).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(c001.join("packet.pdf"), &packet_pdf).unwrap();
    let (err, code) = build(dir.path());
    assert_eq!(code, 0, "{err}");
}

#[test]
fn a_folder_of_the_users_is_never_replaced() {
    let dir = tempfile::tempdir().unwrap();
    copy_sample(dir.path());
    std::fs::create_dir_all(dir.path().join("out/sample")).unwrap();
    std::fs::write(dir.path().join("out/sample/thesis.docx"), "my work").unwrap();

    let (err, code) = build(dir.path());
    assert_eq!(code, 2, "{err}");
    assert_eq!(
        err.trim_end(),
        "sample.xlsx: cannot write out/sample: not replaced: it was not written by takedown (it \
         has no manifest.json) and holds thesis.docx; choose another --out folder, or move those \
         files out"
    );
    // Only the ledger, beside it, is new.
    assert_eq!(
        tree(&dir.path().join("out")),
        ["ledger.sqlite", "sample/thesis.docx"]
    );
}

/// A PNG screenshot of the sample's, as bytes.
fn screenshot() -> Vec<u8> {
    takedown::sample_files::sample_files()
        .into_iter()
        .find(|(path, _)| path.ends_with(".png"))
        .map(|(_, bytes)| bytes)
        .unwrap()
}

const CLIENTS: &str =
    "client_id,name_en,name_zh,company_no\nC1,Acme Trading Ltd,艾克美贸易有限公司,91440101MA59XXXX1A\n";
const RIGHTS: &str = "right_id,client_id,type,number,title_en,on_file\nR1,C1,trademark,12345678,ACME,all\n";

#[test]
fn cells_merged_down_the_client_column_are_read_in_each_row_and_said_at_the_merge() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("merged.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let clients = book.add_worksheet().set_name("Clients").unwrap();
    for (c, text) in ["client_id", "name_en", "company_no"].iter().enumerate() {
        clients.write_string(0, c as u16, *text).unwrap();
    }
    for (c, text) in ["C1", "Acme Trading Ltd", "91440101MA59XXXX1A"]
        .iter()
        .enumerate()
    {
        clients.write_string(1, c as u16, *text).unwrap();
    }
    let rights = book.add_worksheet().set_name("Rights").unwrap();
    for (c, text) in ["right_id", "client_id", "type", "number"].iter().enumerate() {
        rights.write_string(0, c as u16, *text).unwrap();
    }
    for (r, (id, number)) in [("R1", "12345678"), ("R2", "23456789"), ("R3", "34567890")]
        .iter()
        .enumerate()
    {
        let r = r as u32 + 1;
        rights.write_string(r, 0, *id).unwrap();
        rights.write_string(r, 2, "trademark").unwrap();
        rights.write_string(r, 3, *number).unwrap();
    }
    // B2:B4 merged, as a person groups a client's rights: only B2 holds the value.
    rights
        .merge_range(1, 1, 3, 1, "C1", &rust_xlsxwriter::Format::new())
        .unwrap();
    let listings = book.add_worksheet().set_name("Listings").unwrap();
    listings.write_string(0, 0, "url").unwrap();
    listings.write_string(0, 1, "right_id").unwrap();
    for (r, (item, right)) in [
        ("600000000001", "R1"),
        ("600000000002", "R2"),
        ("600000000003", "R3"),
    ]
    .iter()
    .enumerate()
    {
        let r = r as u32 + 1;
        listings
            .write_string(r, 0, format!("https://item.taobao.com/item.htm?id={item}"))
            .unwrap();
        listings.write_string(r, 1, *right).unwrap();
    }
    book.save(&path).unwrap();

    let (out, _, code) = takedown(dir.path(), &["check", "merged.xlsx"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains(
            "warning: merged.xlsx: Rights!B2: cells B2:B4 are merged: \"C1\" is read in each of their rows"
        ),
        "{out}"
    );
    assert!(!out.contains("is empty"), "{out}");
    let (_, err, code) = takedown(dir.path(), &["build", "merged.xlsx", "--date", "2026-11-28"]);
    assert_eq!(code, 0, "{err}");
    let poa = packet(&dir.path().join("out/merged"), "C1").join("power-of-attorney.pdf");
    let text = support::pdf::text(&poa);
    for number in ["12345678", "23456789", "34567890"] {
        assert!(
            text.contains(number),
            "{number} missing from the power of attorney: {text}"
        );
    }
}

#[test]
fn a_header_with_a_remark_is_read_and_a_misspelt_one_is_reported_with_the_column_meant() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("wb/shots")).unwrap();
    std::fs::write(dir.path().join("wb/shots/taobao-1.png"), screenshot()).unwrap();
    support::fixtures::csv_workbook(
        dir.path(),
        "wb",
        CLIENTS,
        RIGHTS,
        "url,right_id,Evidence (screenshots),captured_onn\n\
         https://item.taobao.com/item.htm?id=600000000001,R1,shots/taobao-1.png,2026-11-20\n",
    );
    let (out, _, code) = takedown(dir.path(), &["check", "wb"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("warning: wb/listings.csv: listings!C1: \"Evidence (screenshots)\" is read as the evidence / 证据文件 column"),
        "{out}"
    );
    assert!(
        out.contains(
            "warning: wb/listings.csv: listings!D1: \"captured_onn\" is not a column takedown knows, so it is \
             not read; did you mean captured_on / 取证日期? (`takedown columns` lists every column)"
        ),
        "{out}"
    );
    assert!(!out.contains("no evidence for this listing"), "{out}");
    let (_, err, code) = takedown(dir.path(), &["build", "wb", "--date", "2026-11-28"]);
    assert_eq!(code, 0, "{err}");
    let manifest = std::fs::read_to_string(dir.path().join("out/wb/manifest.json")).unwrap();
    assert!(
        manifest.contains("\"source\": \"shots/taobao-1.png\""),
        "{manifest}"
    );

    let (columns, _, code) = takedown(dir.path(), &["columns"]);
    assert_eq!(code, 0);
    assert!(
        columns.contains("Listings / 侵权链接 (listings.csv / 侵权链接.csv)\n"),
        "{columns}"
    );
    assert!(columns.contains("\n  url / 链接 (required): url,"), "{columns}");
    assert!(
        columns.contains("\n  evidence / 证据文件: evidence,"),
        "{columns}"
    );
}

#[test]
fn windows_paths_and_names_in_another_case_are_found_or_the_message_says_what_is_there() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("wb/Shots/C1")).unwrap();
    std::fs::write(dir.path().join("wb/Shots/C1/taobao-1.png"), screenshot()).unwrap();
    std::fs::write(dir.path().join("wb/Shots/C1/taobao-2.png"), screenshot()).unwrap();
    support::fixtures::csv_workbook(
        dir.path(),
        "wb",
        CLIENTS,
        RIGHTS,
        "url,right_id,evidence\n\
         https://item.taobao.com/item.htm?id=600000000001,R1,shots\\C1\\Taobao-1.PNG\n\
         https://item.taobao.com/item.htm?id=600000000002,R1,C:\\Users\\li\\Cases\\wb\\Shots\\C1\\taobao-2.png\n\
         https://item.taobao.com/item.htm?id=600000000003,R1,Shots\\C1\\taobao-3.png\n",
    );
    let (out, _, code) = takedown(dir.path(), &["check", "wb"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(
            "warning: wb/listings.csv: listings!C2: evidence file \"shots\\C1\\Taobao-1.PNG\" is read as \
             Shots/C1/taobao-1.png (the path as written does not exist on this computer)"
        ),
        "{out}"
    );
    assert!(
        out.contains("listings!C3: evidence file \"C:\\Users\\li\\Cases\\wb\\Shots\\C1\\taobao-2.png\" is read as Shots/C1/taobao-2.png"),
        "{out}"
    );
    assert!(
        out.contains(
            "error: wb/listings.csv: listings!C4: evidence file \"Shots\\C1\\taobao-3.png\" not found: \
             looked for Shots/C1/taobao-3.png; Shots/C1 holds taobao-1.png, taobao-2.png"
        ),
        "{out}"
    );
}

#[test]
fn an_ambiguous_date_says_so_and_how_to_write_it() {
    let dir = tempfile::tempdir().unwrap();
    support::fixtures::csv_workbook(
        dir.path(),
        "wb",
        CLIENTS,
        RIGHTS,
        "url,right_id,found_on\nhttps://item.taobao.com/item.htm?id=600000000001,R1,12.10.2026\n",
    );
    let (out, _, code) = takedown(dir.path(), &["check", "wb"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(
            "error: wb/listings.csv: listings!C2: \"12.10.2026\" is ambiguous: 12 October 2026 (day first) \
             or 10 December 2026 (month first)? Write the date as 2026-10-12 or 2026年10月12日, or \
             2026-12-10 or 2026年12月10日"
        ),
        "{out}"
    );
}

#[test]
fn check_and_build_give_the_same_diagnostics_and_build_says_them_on_stderr() {
    let dir = tempfile::tempdir().unwrap();
    copy_sample(dir.path());
    // Today's date for both: replies already overdue are reported by both.
    let (check, _, _) = takedown(dir.path(), &["check", "--format", "json", "sample.xlsx"]);
    let check: serde_json::Value = serde_json::from_str(&check).unwrap();
    let (built, err, code) = takedown(
        dir.path(),
        &["build", "--format", "json", "sample.xlsx", "--out", "json"],
    );
    assert_eq!(code, 0, "{err}");
    let built: serde_json::Value = serde_json::from_str(&built).unwrap();
    let diagnostics = &check["workbooks"][0]["diagnostics"];
    assert!(diagnostics.as_array().unwrap().len() > 15);
    assert_eq!(&built["workbooks"][0]["diagnostics"], diagnostics);
    assert_eq!(built["warnings"], check["warnings"]);
    assert_eq!(built["workbooks"][0]["packets"], 3);

    // The text form: every diagnostic on stderr, as check prints them on stdout.
    let (check_text, _, _) = takedown(dir.path(), &["check", "sample.xlsx"]);
    let (_, err, _) = takedown(dir.path(), &["build", "sample.xlsx", "--out", "text"]);
    let said: Vec<&str> = err
        .lines()
        .filter(|l| (l.starts_with("warning: ") || l.starts_with("error: ")) && !l.contains("sample firm"))
        .collect();
    let checked: Vec<&str> = check_text
        .lines()
        .filter(|l| l.contains(": sample.xlsx: "))
        .collect();
    assert_eq!(said, checked);
}

#[test]
fn verbose_says_what_was_done_in_few_lines_and_the_engines_detail_only_at_vv() {
    let dir = tempfile::tempdir().unwrap();
    copy_sample(dir.path());
    let (_, err, code) = takedown(
        dir.path(),
        &["-v", "build", "sample.xlsx", "--date", "2026-11-28"],
    );
    assert_eq!(code, 0, "{err}");
    let lines = err.lines().count();
    assert!(lines < 100, "{lines} lines:\n{err}");
    assert!(
        err.contains(
            "sample.xlsx: 3 clients, 8 rights, 36 listings (4 duplicate rows merged), 2 counter-notices"
        ),
        "{err}"
    );
    assert!(
        err.contains("C001-northwind-outdoor-gear-inc: 10 documents written"),
        "{err}"
    );
    let (_, err, _) = takedown(
        dir.path(),
        &[
            "-vv",
            "build",
            "sample.xlsx",
            "--date",
            "2026-11-28",
            "--out",
            "vv",
        ],
    );
    assert!(err.lines().count() > 1000);
}

#[test]
fn a_link_cell_is_read_by_its_address_and_a_second_sheet_of_a_kind_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let mut book = rust_xlsxwriter::Workbook::new();
    let write = |sheet: &mut rust_xlsxwriter::Worksheet, rows: &[&[&str]]| {
        for (r, cells) in rows.iter().enumerate() {
            for (c, text) in cells.iter().enumerate() {
                sheet.write_string(r as u32, c as u16, *text).unwrap();
            }
        }
    };
    write(
        book.add_worksheet().set_name("Clients").unwrap(),
        &[
            &["client_id", "name_en", "company_no"],
            &["C1", "Acme Trading Ltd", "91440101MA59XXXX1A"],
        ],
    );
    write(
        book.add_worksheet().set_name("客户").unwrap(),
        &[
            &["client_id", "name_en", "company_no"],
            &["C2", "Other Ltd", "91440101MA59XXXX2B"],
        ],
    );
    write(
        book.add_worksheet().set_name("Rights").unwrap(),
        &[
            &["right_id", "client_id", "type", "number"],
            &["R1", "C1", "trademark", "12345678"],
        ],
    );
    let listings = book.add_worksheet().set_name("Listings").unwrap();
    write(listings, &[&["url", "right_id"], &["", "R1"]]);
    listings
        .write_url_with_text(
            1,
            0,
            rust_xlsxwriter::Url::new("https://item.taobao.com/item.htm?id=600000000001"),
            "Trail pack on Taobao",
        )
        .unwrap();
    book.save(dir.path().join("links.xlsx")).unwrap();

    let (out, _, code) = takedown(dir.path(), &["check", "links.xlsx"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains(
            "warning: links.xlsx: Listings!A2: \"Trail pack on Taobao\" is not a web address but links to one: \
             https://item.taobao.com/item.htm?id=600000000001 is read"
        ),
        "{out}"
    );
    assert!(
        out.contains(
            "warning: links.xlsx: the sheet \"客户\" is not read: \"Clients\" is already the Clients / 客户 sheet \
             (move its rows there, or rename it)"
        ),
        "{out}"
    );
    assert!(
        out.ends_with("1 client, 1 right, 1 listing; 0 errors, 7 warnings\n"),
        "{out}"
    );
}
