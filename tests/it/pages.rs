//! Page breaks at the frame level: side-by-side columns that move together, signature
//! pages that carry text, table rows continued with their number, the Hei face in the PDF,
//! headings kept with the text they head.

use crate::support;
use support::pdf;
use takedown::document::{Bi, Block, ColumnWidth, Document, Signature, Table};
use takedown::fonts::FontSet;
use takedown::layout::{layout, LayoutOptions, Mode, Page};

fn opts(mode: Mode) -> LayoutOptions {
    LayoutOptions {
        mode,
        ..LayoutOptions::default()
    }
}

/// Text runs of the page above the footer, as (baseline, left x, text).
fn body(page: &Page) -> Vec<(f32, f32, String)> {
    page.runs()
        .filter(|r| r.y < page.height - 62.0)
        .map(|r| (r.y, r.glyphs[0].x, r.text()))
        .collect()
}

fn has(page: &Page, text: &str) -> bool {
    body(page).iter().any(|r| r.2.contains(text))
}

const EN: &str = "Please address all correspondence on this notice to Chen Wei, Guangzhou Lumen IP Law Firm, ipp@lumen-ip.example, +86 20 3888 1808.";
const ZH: &str = "有关本函的一切往来函件，请发送至广州明律知识产权律师事务所的陈伟（电子邮箱：ipp@lumen-ip.example，电话：+86 20 3888 1808）。";

#[test]
fn side_by_side_columns_move_together_and_no_line_stands_alone() {
    let fonts = FontSet::builtin();
    let mut seen_split = 0;
    let mut seen_moved = 0;
    for h in (0..120).step_by(2) {
        let doc = Document {
            blocks: vec![
                Block::Paragraph(Bi::new("Start.", "开始。")),
                Block::Spacer(600.0 + h as f32),
                Block::Paragraph(Bi::new(EN, ZH)),
            ],
            ..Document::default()
        };
        let pages = layout(&doc, fonts, &opts(Mode::SideBySide)).unwrap();
        let split_x = 62.0 + (595.276 - 124.0 - 18.0) * 0.56 + 9.0;
        // Lines of the clause per page and column.
        let mut count = vec![[0usize; 2]; pages.len()];
        for (p, page) in pages.iter().enumerate() {
            for (_, x, t) in body(page) {
                // Chinese prose opens with a two-ideograph indent (首行缩进).
                if t != "Start." && t.trim_start_matches('\u{3000}') != "开始。" {
                    count[p][usize::from(x >= split_x)] += 1;
                }
            }
        }
        let en_total: usize = count.iter().map(|c| c[0]).sum();
        let zh_total: usize = count.iter().map(|c| c[1]).sum();
        assert!(en_total >= 3 && zh_total >= 4, "{count:?}");
        for (p, c) in count.iter().enumerate() {
            for col in 0..2 {
                let total = [en_total, zh_total][col];
                // Never one line of a column alone on a page.
                assert!(c[col] != 1 || total == 1, "h={h}: page {p} {count:?}");
            }
        }
        if pages.len() > 1 && count[0][0] + count[0][1] > 0 {
            seen_split += 1;
            // Split: both columns continue on the next page.
            assert!(
                count[1][0] > 0 && count[1][1] > 0,
                "h={h}: one column ran on alone {count:?}"
            );
        } else if pages.len() > 1 {
            seen_moved += 1;
        }
    }
    assert!(seen_moved > 0, "the clause never moved whole");
    let _ = seen_split;
}

#[test]
fn a_paragraph_whose_second_line_would_fall_on_the_next_page_moves_whole() {
    let fonts = FontSet::builtin();
    let text = "The Principal recognises every act of the Agent within the scope of this authorisation and bears its legal consequences, including those of acts done before this date. ".repeat(2);
    let text = text.trim();
    for h in (0..60).step_by(1) {
        let doc = Document {
            blocks: vec![
                Block::Paragraph(Bi::new("Start.", "开始。")),
                Block::Spacer(640.0 + h as f32),
                Block::Paragraph(Bi::new(text, text)),
            ],
            ..Document::default()
        };
        let pages = layout(&doc, fonts, &opts(Mode::En)).unwrap();
        let lines: Vec<usize> = pages
            .iter()
            .map(|p| body(p).iter().filter(|r| r.2 != "Start.").count())
            .collect();
        let total: usize = lines.iter().sum();
        assert!(total >= 3);
        for (p, n) in lines.iter().enumerate() {
            assert!(*n != 1, "h={h}: page {p} holds one line: {lines:?}");
        }
    }
}

fn signature() -> Signature {
    Signature {
        role: Bi::new("Principal", "委托人"),
        party: Bi::new("Northwind Outdoor Gear, Inc.", "北风户外用品有限公司"),
        signatory: Bi::same("Daniel R. Brooks"),
        title: Bi::new("General Counsel", "总法律顾问"),
        seal: true,
        closing: false,
    }
}

#[test]
fn a_signature_page_always_carries_text() {
    let fonts = FontSet::builtin();
    let meta = takedown::sample::power_of_attorney().meta;
    let mut marker = 0;
    let mut kept = 0;
    for mode in [Mode::SideBySide, Mode::En, Mode::Zh] {
        for n in 0..40 {
            let mut blocks: Vec<Block> = (0..n)
                .map(|i| {
                    Block::Paragraph(Bi::new(
                        format!("Clause {i}, which takes up some of the page, as clauses do in agreements."),
                        format!("第{i}条，占据页面部分空间的条款。"),
                    ))
                })
                .collect();
            // A last clause too long to go with the block onto a fresh page.
            let long_en = "The Principal undertakes to keep every registration in force. "
                .repeat(if n % 2 == 0 { 1 } else { 40 });
            let long_zh = "委托人承诺维持各项注册有效。".repeat(if n % 2 == 0 { 1 } else { 40 });
            blocks.push(Block::Paragraph(Bi::new(long_en.trim(), long_zh)));
            blocks.push(Block::Signature(signature()));
            let doc = Document {
                meta: meta.clone(),
                blocks,
                attachments: Vec::new(),
            };
            let pages = layout(&doc, fonts, &opts(mode)).unwrap();
            let sig_page = pages.iter().position(|p| has(p, "____________________")).unwrap();
            let page = &pages[sig_page];
            let heading = if mode == Mode::En {
                "Signature page to the Power of Attorney"
            } else {
                "（本页为《授权委托书》签署页）"
            };
            let follows = if mode == Mode::En {
                "(Signature page follows)"
            } else {
                "（以下无正文）"
            };
            // The last clause, in either column.
            let kept_here = has(page, "keep every registration") || has(page, "维持各项注册");
            let runs = body(page);
            let top_y = runs.iter().map(|r| r.0).fold(f32::MAX, f32::min);
            let top: Vec<&str> = runs
                .iter()
                .filter(|r| r.0 == top_y)
                .map(|r| r.2.as_str())
                .collect();
            if kept_here {
                kept += 1;
                assert!(!has(page, heading), "{mode:?} n={n}");
            } else {
                marker += 1;
                assert!(top.contains(&heading), "{mode:?} n={n}: page starts with {top:?}");
                assert!(
                    sig_page > 0 && has(&pages[sig_page - 1], follows),
                    "{mode:?} n={n}: no marker"
                );
            }
        }
    }
    assert!(marker > 0 && kept > 0, "marker {marker}, kept {kept}");
}

#[test]
fn a_table_row_split_across_pages_repeats_its_number_and_the_header() {
    let fonts = FontSet::builtin();
    let meta = takedown::sample::power_of_attorney().meta;
    let tall_en = "A product title long enough to wrap over many lines of its narrow cell. ".repeat(90);
    let tall_zh = "一个很长的商品标题，在窄单元格中折成许多行。".repeat(90);
    let mut rows = vec![vec![
        Bi::new("No.", "序号"),
        Bi::new("Product title", "商品标题"),
        Bi::new("Store", "店铺"),
    ]];
    for i in 1..=4 {
        let title = if i == 3 {
            Bi::new(tall_en.trim(), tall_zh.as_str())
        } else {
            Bi::new("Hiking backpack", "登山背包")
        };
        rows.push(vec![
            Bi::same(i.to_string()),
            title,
            Bi::same("Outdoor Pro Store"),
        ]);
    }
    let doc = Document {
        meta,
        attachments: Vec::new(),
        blocks: vec![Block::Table(Table {
            columns: vec![
                ColumnWidth::Fixed(26.0),
                ColumnWidth::Relative(3.0),
                ColumnWidth::Relative(1.0),
            ],
            header_rows: 1,
            rows,
        })],
    };
    for (mode, cont) in [
        (Mode::En, vec!["3 (cont.)"]),
        (Mode::Zh, vec!["3（续）"]),
        (Mode::Stacked, vec!["3 (cont.)", "3（续）"]),
    ] {
        let pages = layout(&doc, fonts, &opts(mode)).unwrap();
        assert!(pages.len() >= 2, "{mode:?}");
        let first = body(&pages[1]);
        let header = if mode == Mode::Zh { "序号" } else { "No." };
        assert!(
            first.iter().any(|r| r.2 == header),
            "{mode:?}: header not repeated"
        );
        // The number column holds the continued number, whole, under the header.
        for c in cont {
            let run = first
                .iter()
                .find(|r| r.2 == c)
                .unwrap_or_else(|| panic!("{mode:?}: no {c:?} on page 2: {first:?}"));
            assert!(run.1 < 62.0 + 40.0, "{mode:?}: {c} at x {}", run.1);
        }
        // A short header is never broken: 序号 on one line in the Chinese layouts.
        if mode != Mode::En {
            assert!(body(&pages[0]).iter().any(|r| r.2 == "序号"), "{mode:?}");
        }
    }
}

#[test]
fn chinese_headings_use_the_hei_face_in_the_pdf() {
    let doc = takedown::sample::power_of_attorney();
    let dir = tempfile::tempdir().unwrap();
    for mode in [Mode::SideBySide, Mode::Zh, Mode::En] {
        let out = takedown::typeset(&doc, FontSet::builtin(), &opts(mode), Some((2026, 12, 1))).unwrap();
        let path = dir.path().join(format!("{}.pdf", mode.name()));
        std::fs::write(&path, &out.pdf).unwrap();
        let listing = pdf::tool("pdffonts", &[], &path);
        let sans = listing.lines().any(|l| l.contains("+NotoSansCJKsc-Bold"));
        assert_eq!(sans, mode != Mode::En, "{mode:?}: {listing}");
        assert!(
            listing.lines().any(|l| l.contains("+NotoSerifCJKsc-Regular")),
            "{mode:?}"
        );
    }
}

#[test]
fn a_heading_taking_the_execution_block_to_a_new_page_leaves_the_marker_and_heads_the_page() {
    // The sample ends with its schedule table, an "Execution" heading and the signatures,
    // which do not fit under the table.
    let doc = takedown::sample::power_of_attorney();
    for (mode, follows, heading) in [
        (
            Mode::SideBySide,
            "（以下无正文）",
            "（本页为《授权委托书》签署页）",
        ),
        (
            Mode::En,
            "(Signature page follows)",
            "Signature page to the Power of Attorney",
        ),
    ] {
        let pages = layout(&doc, FontSet::builtin(), &opts(mode)).unwrap();
        let sig = pages.iter().position(|p| has(p, "____________________")).unwrap();
        let first = body(&pages[sig]);
        // The block may fit under the table (English alone, and side by side since the
        // schedule's columns are sized by content): then no heading moves.
        if has(&pages[sig], "Schedule of rights") {
            continue;
        }
        let top_y = first.iter().map(|r| r.0).fold(f32::MAX, f32::min);
        assert!(
            first.iter().any(|r| r.0 == top_y && r.2 == heading),
            "{mode:?}: page {} starts with {:?}",
            sig + 1,
            first.first()
        );
        assert!(has(&pages[sig - 1], follows), "{mode:?}: no marker");
        assert!(has(&pages[sig], "Execution"), "{mode:?}");
    }
}

/// A clause of the power of attorney, and its words that a page break must not cut.
const CLAUSE: &str = "受托人在授权范围内实施的一切行为，委托人均予以承认，由此产生的法律后果由委托人承担。";
const CLAUSE_WORDS: [&str; 13] = [
    "受托人",
    "授权",
    "范围",
    "实施",
    "一切",
    "行为",
    "委托人",
    "予以",
    "承认",
    "由此",
    "产生",
    "法律",
    "后果",
];

#[test]
fn no_page_break_falls_inside_a_chinese_word() {
    let fonts = FontSet::builtin();
    let mut breaks = 0;
    for mode in [Mode::Zh, Mode::Stacked, Mode::Sequential, Mode::SideBySide] {
        for h in 0..120 {
            // Shifted by a few characters, so that the lines end at other places too.
            let long = format!("{}{}", "另".repeat(h % 7), CLAUSE.repeat(8));
            let doc = Document {
                blocks: vec![
                    Block::Paragraph(Bi::new("Start.", "开始。")),
                    Block::Spacer(560.0 + h as f32),
                    Block::Paragraph(Bi::new(EN.repeat(5), &long)),
                ],
                ..Document::default()
            };
            let pages = layout(&doc, fonts, &opts(mode)).unwrap();
            // The Chinese text of each page's body, in reading order.
            let zh: Vec<String> = pages
                .iter()
                .map(|p| {
                    body(p)
                        .into_iter()
                        .map(|r| r.2)
                        .filter(|t| {
                            t.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)) && t != "开始。"
                        })
                        .collect()
                })
                .collect();
            for pair in zh.windows(2) {
                let (end, start) = (&pair[0], &pair[1]);
                if end.is_empty() || start.is_empty() {
                    continue;
                }
                breaks += 1;
                let joined = format!("{end}|{start}");
                for word in CLAUSE_WORDS {
                    let chars: Vec<char> = word.chars().collect();
                    for cut in 1..chars.len() {
                        let split: String = chars[..cut]
                            .iter()
                            .chain(['|'].iter())
                            .chain(&chars[cut..])
                            .collect();
                        assert!(
                            !joined.contains(&split),
                            "{mode:?} h={h}: the page breaks inside {word}: …{start}"
                        );
                    }
                }
            }
        }
    }
    assert!(breaks > 100, "{breaks}");
}

#[test]
fn a_heading_never_ends_a_page_even_when_its_paragraph_moves_whole() {
    let fonts = FontSet::builtin();
    let mut moved = 0;
    for mode in [Mode::SideBySide, Mode::Zh, Mode::Stacked] {
        for h in 0..160 {
            let long = format!("{}{}", "另".repeat(h % 7), CLAUSE.repeat(3));
            let doc = Document {
                blocks: vec![
                    Block::Paragraph(Bi::new("Start.", "开始。")),
                    Block::Spacer(520.0 + h as f32),
                    Block::Heading {
                        level: 2,
                        text: Bi::new("3. Our reply", "三、回复意见"),
                    },
                    Block::Paragraph(Bi::new(EN.repeat(2), &long)),
                ],
                ..Document::default()
            };
            let pages = layout(&doc, fonts, &opts(mode)).unwrap();
            let heading = pages
                .iter()
                .position(|p| has(p, "Our reply") || has(p, "回复意见"))
                .expect("the heading is set");
            // Below the heading on its page: some of the paragraph.
            let after: Vec<String> = body(&pages[heading])
                .into_iter()
                .map(|r| r.2)
                .filter(|t| t.contains("受托人") || t.contains("correspondence") || t.contains("另"))
                .collect();
            assert!(
                !after.is_empty(),
                "{mode:?} h={h}: the heading ends page {heading}"
            );
            moved += usize::from(heading > 0);
        }
    }
    assert!(moved > 20, "{moved}");
}

#[test]
fn a_heading_goes_with_a_table_whose_first_row_moves() {
    let fonts = FontSet::builtin();
    let mut moved = 0;
    for h in 0..160 {
        let rows = vec![
            vec![Bi::new("No.", "序号"), Bi::new("Product title", "商品标题")],
            vec![
                Bi::same("1"),
                Bi::new(
                    EN.repeat(2),
                    format!("{}{}", "另".repeat(h % 5), CLAUSE.repeat(3)),
                ),
            ],
        ];
        let doc = Document {
            blocks: vec![
                Block::Paragraph(Bi::new("Start.", "开始。")),
                Block::Spacer(500.0 + h as f32),
                Block::Heading {
                    level: 2,
                    text: Bi::new("2. Listings", "二、侵权链接"),
                },
                Block::Table(Table {
                    columns: vec![ColumnWidth::Fixed(26.0), ColumnWidth::Relative(1.0)],
                    header_rows: 1,
                    rows,
                }),
            ],
            ..Document::default()
        };
        let pages = layout(&doc, fonts, &opts(Mode::SideBySide)).unwrap();
        let heading = pages
            .iter()
            .position(|p| has(p, "Listings"))
            .expect("the heading is set");
        assert!(
            has(&pages[heading], "Product title"),
            "h={h}: the heading ends page {heading}"
        );
        moved += usize::from(heading > 0);
    }
    assert!(moved > 20, "{moved}");
}

/// A table of `rows` body rows: a date, then a text of `lines` lines or so, each row's
/// words naming it ("r3w…").
fn dated_table(rows: usize, words: usize) -> Table {
    let mut all = vec![vec![Bi::new("Date", "日期"), Bi::new("Basis", "依据")]];
    for i in 0..rows {
        let en: Vec<String> = (0..words).map(|w| format!("r{i}w{w}")).collect();
        let zh: String = (0..words).map(|w| format!("第{i}行{w}字")).collect();
        all.push(vec![Bi::same(format!("D{i}")), Bi::new(en.join(" "), zh)]);
    }
    Table {
        columns: vec![ColumnWidth::Fixed(60.0), ColumnWidth::Relative(1.0)],
        header_rows: 1,
        rows: all,
    }
}

/// The pages each row of a [`dated_table`] has text on.
fn row_pages(pages: &[Page], rows: usize) -> Vec<Vec<usize>> {
    (0..rows)
        .map(|i| {
            let (en, zh, date) = (format!("r{i}w"), format!("第{i}行"), format!("D{i}"));
            let mut on: Vec<usize> = (0..pages.len())
                .filter(|&p| {
                    body(&pages[p])
                        .iter()
                        .any(|r| r.2.contains(&en) || r.2.contains(&zh) || r.2 == date)
                })
                .collect();
            on.dedup();
            on
        })
        .collect()
}

#[test]
fn a_table_row_that_fits_a_page_is_never_split() {
    let fonts = FontSet::builtin();
    let mut moved = 0;
    for mode in [Mode::SideBySide, Mode::Zh, Mode::Stacked] {
        for h in 0..60 {
            let doc = Document {
                blocks: vec![
                    Block::Paragraph(Bi::new("Start.", "开始。")),
                    Block::Spacer(300.0 + 6.0 * h as f32),
                    Block::Table(dated_table(6, 40)),
                ],
                ..Document::default()
            };
            let pages = layout(&doc, fonts, &opts(mode)).unwrap();
            for (i, on) in row_pages(&pages, 6).iter().enumerate() {
                assert_eq!(on.len(), 1, "{mode:?} h={h}: row {i} on pages {on:?}");
            }
            moved += usize::from(pages.len() > 1);
        }
    }
    assert!(moved > 60, "{moved}");
}

#[test]
fn a_table_of_three_rows_or_fewer_is_never_split() {
    let fonts = FontSet::builtin();
    for mode in [Mode::SideBySide, Mode::Zh, Mode::Stacked, Mode::En] {
        for rows in [2, 3] {
            let mut split = 0;
            for h in 0..80 {
                let doc = Document {
                    blocks: vec![
                        Block::Paragraph(Bi::new("Start.", "开始。")),
                        Block::Spacer(400.0 + 4.0 * h as f32),
                        Block::Table(dated_table(rows, 12)),
                    ],
                    ..Document::default()
                };
                let pages = layout(&doc, fonts, &opts(mode)).unwrap();
                let on: Vec<usize> = row_pages(&pages, rows).into_iter().flatten().collect();
                assert!(
                    on.iter().all(|&p| p == on[0]),
                    "{mode:?} {rows} rows, h={h}: rows on pages {on:?}"
                );
                split += usize::from(on[0] > 0);
            }
            assert!(split > 10, "{mode:?}: {split}");
        }
    }
}

#[test]
fn a_long_table_leaves_at_least_two_rows_on_each_page() {
    let fonts = FontSet::builtin();
    for mode in [Mode::SideBySide, Mode::Zh, Mode::Stacked] {
        let mut broken = 0;
        for h in 0..120 {
            let doc = Document {
                blocks: vec![
                    Block::Paragraph(Bi::new("Start.", "开始。")),
                    Block::Spacer(300.0 + 4.0 * h as f32),
                    Block::Table(dated_table(6, 12)),
                ],
                ..Document::default()
            };
            let pages = layout(&doc, fonts, &opts(mode)).unwrap();
            let on: Vec<usize> = row_pages(&pages, 6).into_iter().flatten().collect();
            for p in 0..pages.len() {
                let n = on.iter().filter(|&&q| q == p).count();
                assert!(
                    n == 0 || n >= 2,
                    "{mode:?} h={h}: page {p} holds {n} row(s): {on:?}"
                );
            }
            broken += usize::from(on[0] != on[5]);
        }
        assert!(broken > 10, "{mode:?}: {broken}");
    }
}

#[test]
fn a_lead_in_stays_with_its_table() {
    let fonts = FontSet::builtin();
    for mode in [Mode::SideBySide, Mode::Zh, Mode::Stacked, Mode::En] {
        let mut moved = 0;
        for h in 0..100 {
            let doc = Document {
                blocks: vec![
                    Block::Paragraph(Bi::new("Start.", "开始。")),
                    Block::Spacer(420.0 + 4.0 * h as f32),
                    Block::Paragraph(Bi::new(
                        "2. Rights covered. This authorisation covers the following 3 rights:",
                        "第二条 所涉权利 本授权涵盖委托人享有的下列 3 项权利：",
                    )),
                    Block::Table(dated_table(3, 8)),
                ],
                ..Document::default()
            };
            let pages = layout(&doc, fonts, &opts(mode)).unwrap();
            let lead = pages
                .iter()
                .position(|p| has(p, "Rights covered") || has(p, "所涉权利"))
                .expect("the lead-in is set");
            let first = row_pages(&pages, 1)[0][0];
            assert_eq!(
                lead, first,
                "{mode:?} h={h}: lead-in on page {lead}, table on {first}"
            );
            moved += usize::from(lead > 0);
        }
        assert!(moved > 10, "{mode:?}: {moved}");
    }
}

#[test]
fn no_page_holds_only_an_annex_heading() {
    use takedown::document::Attachment;
    use takedown::evidence::FileKind;
    let fonts = FontSet::builtin();
    let figure = Attachment {
        path: "certificate.png".into(),
        kind: FileKind::Png,
        sha256: "0".repeat(64),
        width: 800,
        height: 1100,
        components: 3,
        pages: 1,
        bytes: 1,
        modified: None,
    };
    for mode in Mode::ALL {
        for clauses in [0, 1, 30] {
            let mut blocks: Vec<Block> = (0..clauses)
                .map(|i| Block::Paragraph(Bi::new(format!("Clause {i}. {EN}"), format!("第{i}条 {ZH}"))))
                .collect();
            for n in 1..=2 {
                blocks.push(Block::PageBreak);
                blocks.push(Block::Heading {
                    level: 2,
                    text: Bi::new(format!("Annex {n}: Certificate"), format!("附件{n}：证书")),
                });
                blocks.push(Block::Figure {
                    attachment: 0,
                    caption: Bi::new(
                        format!("Annex {n}: certificate.png"),
                        format!("附件{n}：certificate.png"),
                    ),
                });
            }
            let doc = Document {
                blocks,
                attachments: vec![figure.clone()],
                ..Document::default()
            };
            let pages = layout(&doc, fonts, &opts(mode)).unwrap();
            let text_pages = pages
                .iter()
                .filter(|p| {
                    !p.items
                        .iter()
                        .any(|i| matches!(i, takedown::layout::Item::Image { .. }))
                })
                .count();
            assert_eq!(pages.len(), text_pages + 2, "{mode:?} {clauses}");
            for (k, page) in pages.iter().enumerate() {
                let texts: Vec<String> = body(page).into_iter().map(|r| r.2).collect();
                if texts
                    .iter()
                    .any(|t| t.contains("Certificate") || t.contains("：证书"))
                {
                    let image = page
                        .items
                        .iter()
                        .any(|i| matches!(i, takedown::layout::Item::Image { .. }));
                    assert!(image, "{mode:?} {clauses}: page {k} holds only {texts:?}");
                }
                assert!(!texts.is_empty(), "{mode:?} {clauses}: page {k} is empty");
            }
        }
    }
}
