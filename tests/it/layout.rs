//! Layout at the frame level: baselines, pagination, tables, keeps and coverage.

use takedown::document::{Bi, Block, ColumnWidth, Document, Signature, Table};
use takedown::fonts::FontSet;
use takedown::layout::{layout, LayoutError, LayoutOptions, Mode, Page, Paper};

fn opts(mode: Mode) -> LayoutOptions {
    LayoutOptions {
        mode,
        ..LayoutOptions::default()
    }
}

/// Every glyph run of the pages as (page index, baseline y, left x, text).
fn runs(pages: &[Page]) -> Vec<(usize, f32, f32, String)> {
    pages
        .iter()
        .enumerate()
        .flat_map(|(i, p)| p.runs().map(move |r| (i, r.y, r.glyphs[0].x, r.text())))
        .collect()
}

/// The run that starts with `prefix`.
fn find(pages: &[Page], prefix: &str) -> (usize, f32, f32, String) {
    runs(pages)
        .into_iter()
        .find(|r| r.3.starts_with(prefix))
        .unwrap_or_else(|| panic!("no run starts with {prefix:?}"))
}

fn filler(n: usize) -> Vec<Block> {
    (0..n)
        .map(|i| {
            Block::Paragraph(Bi::new(
                format!(
                    "Filler clause {i} of the agreement, which exists to take up vertical space on the page."
                ),
                format!("第{i}条填充条款，用于占据页面的纵向空间。"),
            ))
        })
        .collect()
}

#[test]
fn side_by_side_clauses_start_on_a_shared_baseline() {
    let doc = takedown::sample::power_of_attorney();
    let pages = layout(&doc, FontSet::builtin(), &opts(Mode::SideBySide)).unwrap();
    let pairs = [
        ("Scope.", "委托范围"),
        ("Powers.", "委托权限"),
        ("Sub-delegation.", "转委托"),
        ("Undertakings.", "委托人承诺"),
        ("Term.", "委托期限"),
        ("Language.", "语言"),
        (
            "Northwind Outdoor Gear, Inc., a corporation",
            "\u{3000}\u{3000}北风户外用品有限公司（",
        ),
        ("Authorisation", "授权事项"),
    ];
    for (en, zh) in pairs {
        let e = find(&pages, en);
        let z = find(&pages, zh);
        assert_eq!((e.0, e.1), (z.0, z.1), "{en} / {zh} start on different baselines");
        assert!(e.2 < z.2, "English is left of Chinese");
    }
}

#[test]
fn stacked_puts_each_english_clause_before_its_chinese() {
    let doc = takedown::sample::power_of_attorney();
    let pages = layout(&doc, FontSet::builtin(), &opts(Mode::Stacked)).unwrap();
    let order = ["Scope.", "委托范围", "Powers.", "委托权限", "Language.", "语言"];
    let positions: Vec<(usize, f32)> = order
        .iter()
        .map(|p| {
            let r = find(&pages, p);
            (r.0, r.1)
        })
        .collect();
    for w in positions.windows(2) {
        assert!(w[0] < w[1], "{positions:?}");
    }
}

#[test]
fn sequential_sets_the_whole_english_text_before_the_chinese() {
    let doc = takedown::sample::power_of_attorney();
    let pages = layout(&doc, FontSet::builtin(), &opts(Mode::Sequential)).unwrap();
    let last_en = find(&pages, "Language.");
    let first_zh = find(&pages, "委托范围");
    assert!(last_en.0 < first_zh.0, "Chinese part starts on a new page");
    // The Chinese part has its own title.
    let titles: Vec<_> = runs(&pages).into_iter().filter(|r| r.3 == "授权委托书").collect();
    assert_eq!(titles.len(), 1);
    assert!(titles[0].0 > last_en.0);
}

#[test]
fn single_language_modes_hold_only_that_language() {
    let doc = takedown::sample::power_of_attorney();
    let en = layout(&doc, FontSet::builtin(), &opts(Mode::En)).unwrap();
    let zh = layout(&doc, FontSet::builtin(), &opts(Mode::Zh)).unwrap();
    let has_hanzi = |pages: &[Page]| {
        runs(pages)
            .iter()
            .any(|r| r.3.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c)))
    };
    // English mode: no hanzi anywhere but the seal caption box is English only too.
    assert!(
        !has_hanzi(&en),
        "{:?}",
        runs(&en).iter().find(|r| r.3.chars().any(|c| c > '\u{2FFF}'))
    );
    assert!(runs(&zh).iter().all(|r| !r.3.contains("Scope.")));
    assert!(has_hanzi(&zh));
}

#[test]
fn footers_count_pages_in_both_languages() {
    let mut doc = takedown::sample::power_of_attorney();
    doc.blocks.extend(filler(40));
    let pages = layout(&doc, FontSet::builtin(), &opts(Mode::SideBySide)).unwrap();
    let n = pages.len();
    assert!(n >= 3);
    for (i, page) in pages.iter().enumerate() {
        let footer: String = page
            .runs()
            .filter(|r| r.y > page.height - 60.0)
            .map(|r| r.text())
            .collect::<Vec<_>>()
            .join("");
        assert_eq!(
            footer,
            format!(
                "Power of Attorney · Northwind Outdoor Gear, Inc.    授权委托书 · 北风户外用品有限公司\
                 Page {} of {n}    第 {} 页 共 {n} 页",
                i + 1,
                i + 1
            )
        );
        // The document and client at the left margin, the page number ending at the right.
        let footer_runs: Vec<_> = page.runs().filter(|r| r.y > page.height - 60.0).collect();
        assert_eq!(footer_runs[0].glyphs[0].x, 62.0);
        let last = footer_runs.last().unwrap();
        assert!(last.glyphs.last().unwrap().x > page.width - 62.0 - 10.0);
    }
    // Without a title the page number stands alone, centred.
    doc.meta = Default::default();
    let pages = layout(&doc, FontSet::builtin(), &opts(Mode::En)).unwrap();
    let footer: Vec<_> = pages[0].runs().filter(|r| r.y > pages[0].height - 60.0).collect();
    assert_eq!(footer.len(), 1);
    assert_eq!(footer[0].text(), format!("Page 1 of {}", pages.len()));
}

fn long_table(rows: usize) -> Table {
    let mut all = vec![vec![Bi::new("Header A", "表头甲"), Bi::new("Header B", "表头乙")]];
    for i in 0..rows {
        all.push(vec![
            Bi::same(format!("R{i}A")),
            Bi::new(format!("R{i}B text"), format!("R{i}B 文字")),
        ]);
    }
    Table {
        columns: vec![ColumnWidth::Relative(1.0), ColumnWidth::Relative(2.0)],
        header_rows: 1,
        rows: all,
    }
}

#[test]
fn a_long_table_repeats_its_header_and_loses_nothing() {
    let doc = Document {
        blocks: vec![Block::Table(long_table(150))],
        ..Document::default()
    };
    for mode in Mode::ALL {
        let pages = layout(&doc, FontSet::builtin(), &opts(mode)).unwrap();
        assert!(pages.len() >= 3, "{mode:?}: {} pages", pages.len());
        let runs = runs(&pages);
        for i in 0..150 {
            let cell = format!("R{i}A");
            let found: Vec<_> = runs.iter().filter(|r| r.3 == cell).collect();
            let copies = if mode == Mode::Sequential { 2 } else { 1 };
            assert_eq!(
                found.len(),
                copies,
                "{mode:?}: {cell} drawn {} times",
                found.len()
            );
        }
        let header = if mode == Mode::Zh { "表头甲" } else { "Header A" };
        for (p, page) in pages.iter().enumerate() {
            let first_body = page
                .runs()
                .filter(|r| r.text().starts_with('R'))
                .map(|r| r.y)
                .fold(f32::MAX, f32::min);
            if first_body == f32::MAX {
                continue;
            }
            let head = page.runs().find(|r| r.text() == header || r.text() == "表头甲");
            let head = head.unwrap_or_else(|| panic!("{mode:?}: page {} has rows but no header", p + 1));
            assert!(
                head.y < first_body,
                "{mode:?}: header above the rows on page {}",
                p + 1
            );
        }
    }
}

#[test]
fn a_row_taller_than_a_page_is_split_between_lines() {
    let long_en: String = (0..400).map(|i| format!("word{i} ")).collect();
    let long_zh: String = (0..400).map(|i| format!("第{i}项")).collect();
    let mut table = long_table(2);
    table.rows.insert(
        2,
        vec![Bi::same("BIG"), Bi::new(long_en.trim(), long_zh.as_str())],
    );
    let doc = Document {
        blocks: vec![Block::Table(table)],
        ..Document::default()
    };
    let pages = layout(&doc, FontSet::builtin(), &opts(Mode::SideBySide)).unwrap();
    assert!(pages.len() >= 2);
    let all = runs(&pages);
    let all: Vec<_> = all
        .into_iter()
        .filter(|r| !r.3.starts_with("Page ") && !r.3.starts_with("Header") && !r.3.starts_with("表头"))
        .collect();
    let words: Vec<&str> = all.iter().flat_map(|r| r.3.split_whitespace()).collect();
    let hanzi: String = all
        .iter()
        .map(|r| r.3.as_str())
        .collect::<String>()
        .replace(' ', "");
    for i in 0..400 {
        assert_eq!(
            words.iter().filter(|w| **w == format!("word{i}")).count(),
            1,
            "word{i}"
        );
        let n = hanzi.matches(&format!("第{i}项")).count();
        assert_eq!(
            n,
            1,
            "第{i}项 {}",
            &hanzi[hanzi.find(&format!("第{}项", i - 1)).unwrap_or(0)..][..60]
        );
    }
    // Both pages repeat the header and every placed line stays inside the page body.
    for page in &pages {
        assert!(page.runs().any(|r| r.text() == "Header A"));
        for r in page.runs() {
            assert!(
                r.y < page.height - 60.0 || r.text().starts_with("Page"),
                "{} at {}",
                r.text(),
                r.y
            );
        }
    }
}

#[test]
fn a_heading_is_kept_with_the_next_block() {
    for n in 0..40 {
        let mut blocks = filler(n);
        blocks.push(Block::Heading {
            level: 2,
            text: Bi::new("Kept heading", "保持标题"),
        });
        blocks.push(Block::Paragraph(Bi::new("Following clause.", "后续条款。")));
        let doc = Document {
            blocks,
            ..Document::default()
        };
        let pages = layout(&doc, FontSet::builtin(), &opts(Mode::SideBySide)).unwrap();
        let h = find(&pages, "Kept heading");
        let p = find(&pages, "Following clause.");
        assert_eq!(
            h.0, p.0,
            "with {n} filler clauses the heading is on page {} and its clause on {}",
            h.0, p.0
        );
    }
}

#[test]
fn a_signature_block_is_never_split() {
    for n in 0..40 {
        let mut blocks = filler(n);
        blocks.push(Block::Signature(Signature {
            role: Bi::new("Principal", "委托人"),
            party: Bi::new("Northwind Outdoor Gear, Inc.", "北风户外用品有限公司"),
            signatory: Bi::same("Jane Whitfield"),
            title: Bi::new("Chief Executive Officer", "首席执行官"),
            seal: true,
            closing: false,
        }));
        let doc = Document {
            blocks,
            ..Document::default()
        };
        let pages = layout(&doc, FontSet::builtin(), &opts(Mode::SideBySide)).unwrap();
        let first = find(&pages, "Principal / 委托人");
        let date = find(&pages, "Date / 日期");
        let seal = find(&pages, "公章");
        assert_eq!(
            (first.0, first.0),
            (date.0, seal.0),
            "signature split with {n} filler clauses"
        );
    }
}

#[test]
fn letter_paper_has_letter_pages() {
    let doc = takedown::sample::power_of_attorney();
    let o = LayoutOptions {
        paper: Paper::Letter,
        ..LayoutOptions::default()
    };
    let pages = layout(&doc, FontSet::builtin(), &o).unwrap();
    assert!(pages.iter().all(|p| (p.width, p.height) == (612.0, 792.0)));
}

#[test]
fn a_character_no_font_has_is_an_error_naming_it() {
    let doc = Document {
        blocks: vec![
            Block::Paragraph(Bi::new("Fine.", "没问题。")),
            Block::Paragraph(Bi::new("Yoshinoya", "𠮷野家商标")),
        ],
        ..Document::default()
    };
    let err = layout(&doc, FontSet::builtin(), &opts(Mode::SideBySide)).unwrap_err();
    assert_eq!(
        err,
        LayoutError::MissingGlyph {
            ch: '𠮷',
            text: "𠮷野家商标".to_string(),
            place: "block 2 (paragraph, Chinese)".to_string()
        }
    );
    // Typesetting stops there too: no PDF.
    let typeset = takedown::typeset(&doc, FontSet::builtin(), &opts(Mode::SideBySide), None);
    assert!(matches!(
        typeset,
        Err(takedown::TypesetError::Layout(LayoutError::MissingGlyph {
            ch: '𠮷',
            ..
        }))
    ));
    assert_eq!(
        err.to_string(),
        "no configured font has the character \"𠮷\" (U+20BB7), in \"𠮷野家商标\" (block 2 (paragraph, Chinese)); \
         add a font that has it to the config's fonts"
    );
}

#[test]
fn label_value_pairs_and_bullets_line_up_in_every_mode() {
    let doc = Document {
        blocks: vec![
            Block::KeyValue(vec![
                (
                    Bi::new("Principal", "委托人"),
                    Bi::new("Northwind Outdoor Gear, Inc.", "北风户外用品有限公司"),
                ),
                (Bi::new("Contact", "联系方式"), Bi::same("NW-0042")),
            ]),
            Block::List {
                numbered: false,
                items: vec![
                    Bi::new("Business licence", "营业执照"),
                    Bi::new("Trademark certificate", "商标注册证"),
                ],
            },
        ],
        ..Document::default()
    };
    for mode in Mode::ALL {
        let pages = layout(&doc, FontSet::builtin(), &opts(mode)).unwrap();
        if mode != Mode::Zh {
            let (label, value) = (find(&pages, "Principal"), find(&pages, "Northwind Outdoor Gear"));
            assert_eq!(label.1, value.1, "{mode:?}: label and value share a baseline");
            assert!(label.2 < value.2);
            let item = find(&pages, "Business licence");
            let bullets: Vec<_> = runs(&pages)
                .into_iter()
                .filter(|r| r.3 == "•" && r.1 == item.1)
                .collect();
            assert_eq!(
                bullets.len(),
                if mode == Mode::SideBySide { 2 } else { 1 },
                "{mode:?}"
            );
        }
        if mode != Mode::En {
            let (label, value) = (find(&pages, "委托人"), find(&pages, "北风户外用品有限公司"));
            assert_eq!(label.1, value.1, "{mode:?}");
        }
        // A value that reads the same in both languages is printed once per column.
        let contacts = runs(&pages).into_iter().filter(|r| r.3 == "NW-0042").count();
        let expected = match mode {
            Mode::SideBySide | Mode::Sequential => 2,
            _ => 1,
        };
        assert_eq!(contacts, expected, "{mode:?}");
    }
}

#[test]
fn a_side_by_side_clause_longer_than_the_page_continues_in_both_columns() {
    let en: String = (0..700).map(|i| format!("w{i} ")).collect();
    let zh: String = (0..700).map(|i| format!("第{i}字")).collect();
    let doc = Document {
        blocks: vec![Block::Paragraph(Bi::new(en.trim(), zh.as_str()))],
        ..Document::default()
    };
    let pages = layout(&doc, FontSet::builtin(), &opts(Mode::SideBySide)).unwrap();
    assert!(pages.len() >= 2);
    let body: Vec<_> = runs(&pages)
        .into_iter()
        .filter(|r| !r.3.starts_with("Page "))
        .collect();
    // After the first page break the clause goes on in both columns, the Chinese level
    // with the English at the top of the next page.
    for page in 0..2 {
        let left = body.iter().find(|r| r.0 == page && r.3.starts_with('w'));
        let right = body.iter().find(|r| r.0 == page && r.3.contains('第'));
        let (left, right) = (
            left.expect("English on the page"),
            right.expect("Chinese on the page"),
        );
        assert_eq!(left.1, right.1, "page {}: first lines share a baseline", page + 1);
    }
    let words: Vec<&str> = body.iter().flat_map(|r| r.3.split_whitespace()).collect();
    let hanzi: String = body
        .iter()
        .filter(|r| r.3.contains('第') || r.3.contains('字'))
        .map(|r| r.3.as_str())
        .collect();
    for i in 0..700 {
        assert_eq!(words.iter().filter(|w| **w == format!("w{i}")).count(), 1, "w{i}");
        assert_eq!(hanzi.matches(&format!("第{i}字")).count(), 1, "第{i}字");
    }
}
