//! Chinese typography at the frame level (glyph positions, not pixels): punctuation
//! compression, Latin quotes, unbreakable identifiers, quarter-em spacing and ragged
//! narrow cells.

use takedown::document::{Bi, Block, Document, Text};
use takedown::fonts::{FontSet, Style};
use takedown::layout::text::{measure, set_text, Align, Line, TextStyle};
use takedown::layout::{layout, LayoutOptions, Mode, Page};

fn style(size: f32, align: Align) -> TextStyle {
    TextStyle {
        size,
        leading: size * 1.6,
        bold: false,
        hei: false,
        align,
    }
}

fn line_text(line: &Line) -> String {
    line.runs.iter().map(|r| r.text()).collect()
}

/// Every glyph of a line as (char, x), in order.
fn glyphs(line: &Line) -> Vec<(char, f32)> {
    line.runs
        .iter()
        .flat_map(|r| r.glyphs.iter().map(|g| (g.ch, g.x)))
        .collect()
}

fn x_of(line: &Line, at: usize) -> f32 {
    glyphs(line)[at].1
}

const PAIRS: [&str; 5] = ["）：", "。”", "（“", "》（", "”）"];

#[test]
fn each_compression_pair_takes_half_its_width_unjustified() {
    let fonts = FontSet::builtin();
    for pair in PAIRS {
        let text = format!("甲乙{pair}丙丁");
        let lines = set_text(
            &Text::plain(text.as_str()),
            &style(10.0, Align::Left),
            400.0,
            fonts,
        )
        .unwrap();
        assert_eq!(lines.len(), 1);
        let line = &lines[0];
        // 甲 乙 at 0 and 10; the pair's two marks are half an em apart.
        assert_eq!(x_of(line, 1), 10.0, "{pair}");
        let (a, b) = (x_of(line, 2), x_of(line, 3));
        assert!((b - a - 5.0).abs() < 0.01, "{pair}: marks {a} and {b}");
        // The whole line is half an em shorter than six full squares.
        assert!((line.width - 55.0).abs() < 0.01, "{pair}: width {}", line.width);
    }
}

#[test]
fn justification_keeps_punctuation_compressed_and_spreads_ideographs_within_limits() {
    let fonts = FontSet::builtin();
    for pair in PAIRS {
        // Eleven squares less half an em of compression, justified to 112 pt: the line
        // needs 7 pt more, which the gaps share; the pair's marks stay half an em apart
        // (clreq 3.1.7) and no ideograph moves more than 0.115 em from the next.
        let text = format!("甲乙丙丁{pair}戊己庚辛壬癸子丑寅卯");
        let lines = set_text(
            &Text::plain(text.as_str()),
            &style(10.0, Align::Justify),
            112.0,
            fonts,
        )
        .unwrap();
        let first = &lines[0];
        assert!(lines.len() >= 2, "{pair}");
        assert!(
            (first.width - 112.0).abs() < 0.05,
            "{pair}: {} {}",
            line_text(first),
            first.width
        );
        let chars = glyphs(first);
        let at = chars.iter().position(|(c, _)| pair.starts_with(*c)).unwrap();
        let gap = chars[at + 1].1 - chars[at].1;
        assert!((gap - 5.0).abs() < 0.001, "{pair}: pair opened to {gap}");
        for p in chars.windows(2) {
            assert!(
                p[1].1 - p[0].1 <= 10.0 * 1.12 + 0.25 * 10.0 + 0.001,
                "{pair}: {chars:?}"
            );
        }
        assert!(chars[1].1 - chars[0].1 <= 11.15 + 0.001, "{pair}: {chars:?}");
    }
}

#[test]
fn an_opening_bracket_at_line_start_loses_its_leading_half() {
    let fonts = FontSet::builtin();
    let lines = set_text(
        &Text::plain("一二三四五六七八九（十）"),
        &style(10.0, Align::Left),
        95.0,
        fonts,
    )
    .unwrap();
    assert_eq!(
        lines.iter().map(line_text).collect::<Vec<_>>(),
        ["一二三四五六七八九", "（十）"]
    );
    // The bracket's ink (its right half) starts at the margin; 十 follows half an em on.
    assert_eq!(x_of(&lines[1], 0), -5.0);
    assert_eq!(x_of(&lines[1], 1), 5.0);
}

#[test]
fn english_quotes_are_latin_and_chinese_quotes_full_width() {
    let fonts = FontSet::builtin();
    let en = set_text(
        &Text::plain("(the “Principal”)"),
        &style(10.0, Align::Left),
        400.0,
        fonts,
    )
    .unwrap();
    let g = glyphs(&en[0]);
    let close = g.iter().position(|(c, _)| *c == '”').unwrap();
    // The closing quote is followed by ")" well under half an em later.
    assert!(g[close + 1].1 - g[close].1 < 5.0, "{g:?}");
    let (_, latin) = fonts.resolve_latin('”', Style::Regular).unwrap();
    assert!(en[0]
        .runs
        .iter()
        .flat_map(|r| &r.glyphs)
        .any(|gl| gl.ch == '”' && gl.gid == latin));
    let zh = set_text(
        &Text::plain("委托人“甲方”之"),
        &style(10.0, Align::Left),
        400.0,
        fonts,
    )
    .unwrap();
    let (_, full) = fonts.resolve('”', Style::Regular).unwrap();
    assert!(zh[0]
        .runs
        .iter()
        .flat_map(|r| &r.glyphs)
        .any(|gl| gl.ch == '”' && gl.gid == full));
}

/// Identifiers of every kind, and where each may break when it is wider than the measure
/// (with the punctuation that follows it): a link after `/ ? & =`, an e-mail address after
/// its @ or before a dot, a domain or a registration number after a hyphen.
const IDENTS: [(&str, &[&str]); 11] = [
    ("ipp@lumen-ip.example", &["ipp@", "ipp@lumen-ip"]),
    (
        "https://www.tools-direct-example.net/item/1234567?id=77&ref=search",
        &[
            "https://",
            "https://www.tools-direct-example.net/",
            "https://www.tools-direct-example.net/item/",
            "https://www.tools-direct-example.net/item/1234567?",
            "https://www.tools-direct-example.net/item/1234567?id=",
            "https://www.tools-direct-example.net/item/1234567?id=77&",
            "https://www.tools-direct-example.net/item/1234567?id=77&ref=",
        ],
    ),
    (
        "tools-direct-example.net",
        &["tools-", "tools-direct-", "tools-direct-example"],
    ),
    ("+86 20 3888 1808", &["+86 ", "+86 20 ", "+86 20 3888 "]),
    ("ZL202130287615.8", &[]),
    (
        "国作登字-2021-F-00012345",
        &["国作登字-", "国作登字-2021-", "国作登字-2021-F-"],
    ),
    ("31440000MD0123456L", &[]),
    ("1005006123456789", &[]),
    ("2026年12月8日", &["2026年", "2026年12月"]),
    ("8 December 2026", &["8 ", "8 December "]),
    ("December 8, 2026", &["December ", "December 8, "]),
];

#[test]
fn no_line_breaks_inside_an_identifier_at_any_width() {
    let fonts = FontSet::builtin();
    for (id, points) in IDENTS {
        for zh in [false, true] {
            let text = if zh {
                format!("请联系受托人，{id}，谢谢。")
            } else {
                format!("Please write to the agent at {id} without delay.")
            };
            let st = style(10.0, if zh { Align::Justify } else { Align::Left });
            // Below the width of its widest unbreakable piece, an identifier is cut (the last
            // resort a table avoids by sizing its columns).
            let (_, piece) = measure(&Text::plain(id), &st, fonts).unwrap();
            for width in (80..=400).step_by(4) {
                let width = width as f32;
                if width < piece {
                    continue;
                }
                let lines = set_text(&Text::plain(text.as_str()), &st, width, fonts).unwrap();
                let texts: Vec<String> = lines.iter().map(line_text).collect();
                if texts.iter().any(|t| t.contains(id)) {
                    continue;
                }
                // Wider than the measure: every cut inside it is at one of its points
                // (spaces at a break belong to neither line, so compare without them).
                let squeeze = |t: &str| t.replace(' ', "");
                let flat: String = texts.iter().map(|t| squeeze(t)).collect();
                let idn = squeeze(id);
                let start = flat.find(&idn).expect("the identifier is all there");
                let mut cut = 0;
                for t in &texts[..texts.len() - 1] {
                    cut += squeeze(t).len();
                    if cut > start && cut < start + idn.len() {
                        let before = &flat[start..cut];
                        assert!(
                            points.iter().any(|p| squeeze(p) == before),
                            "{id} broken after {before:?} at width {width}: {texts:?}"
                        );
                    }
                }
            }
        }
    }
}

/// Lines of every page as (page, text), a column's runs on one baseline joined.
fn page_lines(pages: &[Page], split_x: f32) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    for (p, page) in pages.iter().enumerate() {
        let mut rows: Vec<(i32, bool, f32, String)> = page
            .runs()
            .map(|r| {
                (
                    (r.y * 10.0) as i32,
                    r.glyphs[0].x >= split_x,
                    r.glyphs[0].x,
                    r.text(),
                )
            })
            .collect();
        rows.sort_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)).then(a.2.total_cmp(&b.2)));
        let mut last: Option<(i32, bool)> = None;
        for (y, right, _, t) in rows {
            match (out.last_mut(), last) {
                (Some((_, s)), Some(l)) if l == (y, right) => s.push_str(&t),
                _ => out.push((p, t)),
            }
            last = Some((y, right));
        }
    }
    out
}

#[test]
fn identifiers_stay_whole_in_all_five_layouts() {
    let fonts = FontSet::builtin();
    let mut blocks = Vec::new();
    for (id, _) in IDENTS.iter().filter(|(id, _)| id.len() < 40) {
        blocks.push(Block::Paragraph(Bi::new(
            format!("The agent may be reached at {id} on working days."),
            format!("受托人可于工作日通过{id}联系。"),
        )));
        blocks.push(Block::KeyValue(vec![(
            Bi::new("Contact", "联系方式"),
            Bi::same(*id),
        )]));
    }
    let doc = Document {
        blocks,
        ..Document::default()
    };
    for margin in [62.0, 90.0] {
        for mode in Mode::ALL {
            let opts = LayoutOptions {
                mode,
                margin_x: margin,
                ..LayoutOptions::default()
            };
            let pages = layout(&doc, fonts, &opts).unwrap();
            let split = if mode == Mode::SideBySide {
                margin + (595.276 - 2.0 * margin - 18.0) * 0.56 + 9.0
            } else {
                f32::MAX
            };
            let lines = page_lines(&pages, split);
            // A Chinese date may break after 年 or 月, as Chinese text does
            // (`no_line_breaks_inside_an_identifier_at_any_width` checks where).
            for (id, _) in IDENTS
                .iter()
                .filter(|(id, _)| id.len() < 40 && !id.contains('年'))
            {
                let whole = lines.iter().filter(|(_, t)| t.contains(id)).count();
                // Paragraph and value in each language; a stacked value the same in both
                // languages is printed once.
                let copies = match mode {
                    Mode::SideBySide | Mode::Sequential => 4,
                    Mode::Stacked => 3,
                    Mode::En | Mode::Zh => 2,
                };
                // Side by side, the key column gives up room for the value: every
                // identifier fits its value cell whole, at the body size, but for the domain
                // and the registration number with the wider margins (the key keeps 30 %):
                // they break before a dot or after a hyphen.
                let cut = match *id {
                    "tools-direct-example.net" => "tools-direct-example",
                    "国作登字-2021-F-00012345" => "国作登字-2021-F-",
                    _ => "",
                };
                let broken = mode == Mode::SideBySide && margin > 62.0 && !cut.is_empty();
                if broken {
                    assert!(
                        lines.iter().any(|(_, t)| *t == format!("联系方式{cut}")),
                        "{lines:?}"
                    );
                }
                assert_eq!(
                    whole,
                    copies - usize::from(broken),
                    "{mode:?} margin {margin}: {id} broken: {lines:?}"
                );
            }
        }
    }
}

#[test]
fn a_quarter_em_separates_hanzi_from_latin_letters_only_where_the_text_has_no_space() {
    let fonts = FontSet::builtin();
    let st = style(10.0, Align::Left);
    let solid = set_text(&Text::plain("商标NORTHWIND注册"), &st, 400.0, fonts).unwrap();
    let g = glyphs(&solid[0]);
    // 标 at 10, N after a square and a quarter em.
    assert_eq!(g[2].1, 22.5);
    let last_latin = g[g.len() - 3].1;
    let (_, d) = fonts.resolve('D', Style::Regular).unwrap();
    let d_width = fonts.face(0).advance(d) * 10.0;
    assert!(
        (g[g.len() - 2].1 - (last_latin + d_width + 2.5)).abs() < 0.01,
        "{g:?}"
    );
    // Where the text has a space, the space is all there is.
    let spaced = set_text(&Text::plain("商标 NORTHWIND"), &st, 400.0, fonts).unwrap();
    let g2 = glyphs(&spaced[0]);
    let (_, sp) = fonts.resolve(' ', Style::Regular).unwrap();
    assert!(
        (g2[3].1 - (20.0 + fonts.face(0).advance(sp) * 10.0)).abs() < 0.01,
        "{g2:?}"
    );
    // A date stays solid.
    let date = set_text(&Text::plain("2026年12月8日"), &st, 400.0, fonts).unwrap();
    let g3 = glyphs(&date[0]);
    let (_, six) = fonts.resolve('6', Style::Regular).unwrap();
    assert!(
        (g3[4].1 - g3[3].1 - fonts.face(0).advance(six) * 10.0).abs() < 0.01,
        "{g3:?}"
    );
    // A digit stays solid with a hanzi on both sides, as PRC legal text sets it.
    let article = set_text(&Text::plain("下列3项权利"), &st, 400.0, fonts).unwrap();
    let g4 = glyphs(&article[0]);
    let (_, three) = fonts.resolve('3', Style::Regular).unwrap();
    assert_eq!(g4[2].1, 20.0, "{g4:?}");
    assert!(
        (g4[3].1 - 20.0 - fonts.face(0).advance(three) * 10.0).abs() < 0.01,
        "{g4:?}"
    );
}

#[test]
fn a_narrow_value_cell_is_set_ragged() {
    let doc = Document {
        blocks: vec![Block::KeyValue(vec![(
            Bi::new("Address", "地址"),
            Bi::new(
                "4500 Harbor View Drive, Suite 200, Seattle, WA 98134, United States",
                "美国华盛顿州西雅图市港景大道4500号200室，邮编98134",
            ),
        )])],
        ..Document::default()
    };
    let pages = layout(&doc, FontSet::builtin(), &LayoutOptions::default()).unwrap();
    let zh: Vec<_> = pages[0]
        .runs()
        .filter(|r| r.glyphs[0].x > 300.0 && r.glyphs.iter().any(|g| g.ch == '美' || g.ch == '道'))
        .collect();
    assert!(!zh.is_empty());
    for run in zh {
        for w in run.glyphs.windows(2) {
            if w[0].ch >= '\u{4E00}'
                && w[1].ch >= '\u{4E00}'
                && w[0].ch <= '\u{9FFF}'
                && w[1].ch <= '\u{9FFF}'
            {
                assert!(
                    (w[1].x - w[0].x - 10.5).abs() < 0.01,
                    "{} spread: {:?}",
                    run.text(),
                    run.glyphs
                );
            }
        }
    }
}

#[test]
fn a_link_wider_than_its_cell_takes_spare_room_else_wraps_at_its_points_never_shrinks() {
    use takedown::document::{ColumnWidth, Table};
    let url = "https://detail.tmall.com/item.htm?id=654321098765&spm=a1z10";
    let long = "A store name long enough to fill the rest of the table on one line and more, \
                so that no column has room to give to another one at all here.";
    let opts = LayoutOptions {
        mode: Mode::En,
        ..LayoutOptions::default()
    };
    for (other, one_line) in [("Store", true), (long, false)] {
        let doc = Document {
            blocks: vec![Block::Table(Table {
                columns: vec![ColumnWidth::Fixed(150.0), ColumnWidth::Relative(1.0)],
                header_rows: 0,
                rows: vec![
                    vec![Bi::same(url), Bi::same(other)],
                    vec![Bi::same("1005006123456789"), Bi::same("Store")],
                ],
            })],
            ..Document::default()
        };
        let pages = layout(&doc, FontSet::builtin(), &opts).unwrap();
        let x0 = pages[0].runs().map(|r| r.glyphs[0].x).fold(f32::MAX, f32::min);
        let link: Vec<_> = pages[0]
            .runs()
            .filter(|r| r.glyphs[0].x < x0 + 1.0 && r.size < 9.0)
            .collect();
        // Every piece at the table's 8.5 pt.
        assert!(link.iter().all(|r| r.size == 8.5), "{other}");
        let texts: Vec<String> = link.iter().map(|r| r.text()).collect();
        assert_eq!(texts.concat(), format!("{url}1005006123456789"));
        if one_line {
            // The short store column gives the link column what it needs.
            assert_eq!(texts, [url, "1005006123456789"]);
        } else {
            // No column has room: the link wraps after a slash, ? & or =, never at a dot.
            assert_eq!(
                texts,
                [
                    "https://detail.tmall.com/",
                    "item.htm?id=654321098765&spm=",
                    "a1z10",
                    "1005006123456789"
                ]
            );
        }
    }
}

#[test]
fn the_key_column_fits_its_longest_key() {
    let doc = Document {
        blocks: vec![Block::KeyValue(vec![
            (
                Bi::new("Registration No.", "注册号"),
                Bi::same("31440000MD0123456L"),
            ),
            (
                Bi::new("Agent", "受托人"),
                Bi::new("Guangzhou Lumen IP Law Firm", "广州明律知识产权律师事务所"),
            ),
        ])],
        ..Document::default()
    };
    for mode in Mode::ALL {
        let opts = LayoutOptions {
            mode,
            ..LayoutOptions::default()
        };
        let pages = layout(&doc, FontSet::builtin(), &opts).unwrap();
        if mode != Mode::Zh {
            let key = pages[0]
                .runs()
                .find(|r| r.text().starts_with("Registration"))
                .unwrap();
            assert_eq!(key.text(), "Registration No.", "{mode:?}: the key wraps");
            // Its value starts clear of it.
            let value = pages[0].runs().find(|r| r.text().starts_with("3144")).unwrap();
            let (_, dot) = FontSet::builtin().resolve('.', Style::Bold).unwrap();
            let end = key.glyphs.last().unwrap().x + FontSet::builtin().face(1).advance(dot) * key.size;
            assert!(
                value.glyphs[0].x - end >= 6.0,
                "{mode:?}: key ends at {end}, value at {}",
                value.glyphs[0].x
            );
        }
    }
}

#[test]
fn identifier_like_noise_is_set_without_loss_at_any_width() {
    // Deterministic xorshift over characters that start, join and end identifiers.
    let alphabet: Vec<char> = "ab Z09+-./:?&@_%#,年月日中文，。（）“”‘’ \nDecember 8 https://www.x.com"
        .chars()
        .collect();
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed as usize
    };
    let fonts = FontSet::builtin();
    for _ in 0..3000 {
        let len = 1 + next() % 60;
        let text: String = (0..len).map(|_| alphabet[next() % alphabet.len()]).collect();
        let width = 20.0 + (next() % 300) as f32;
        for align in [Align::Left, Align::Justify] {
            let lines = set_text(&Text::plain(text.as_str()), &style(10.0, align), width, fonts).unwrap();
            // Every character but spaces and line breaks at the breaks is set, in order.
            let set: String = lines
                .iter()
                .map(line_text)
                .collect::<String>()
                .replace([' ', '\n'], "");
            assert_eq!(set, text.replace([' ', '\n'], ""), "{text:?} at {width}");
            for line in &lines {
                assert!(
                    line.width <= width + 0.05
                        || line.runs.iter().map(|r| r.glyphs.len()).sum::<usize>() == 1,
                    "{text:?} overflows {width}: {}",
                    line_text(line)
                );
            }
        }
    }
}

/// The text lines of a page as (y, text, sizes), runs on one baseline joined left to right.
fn baselines(page: &Page) -> Vec<(f32, String, Vec<f32>)> {
    let mut runs: Vec<_> = page.runs().collect();
    runs.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.glyphs[0].x.total_cmp(&b.glyphs[0].x)));
    let mut out: Vec<(f32, String, Vec<f32>)> = Vec::new();
    for r in runs {
        match out.last_mut() {
            Some((y, t, sizes)) if (*y - r.y).abs() < 0.01 => {
                t.push_str(&r.text());
                sizes.push(r.size);
            }
            _ => out.push((r.y, r.text(), vec![r.size])),
        }
    }
    out
}

#[test]
fn phone_email_and_uscc_in_a_three_ideograph_cell_never_break_nor_shrink_and_a_header_keeps_its_word() {
    use takedown::document::{ColumnWidth, Table};
    let values = ["+86 20 3888 1808", "ipp@lumen-ip.example", "91440101MA59ABCD1X"];
    let mut rows = vec![vec![Bi::same("序号"), Bi::same("联系"), Bi::same("说明")]];
    for (i, v) in values.iter().enumerate() {
        rows.push(vec![
            Bi::same((i + 1).to_string()),
            Bi::same(*v),
            Bi::same("甲乙丙"),
        ]);
    }
    let doc = Document {
        blocks: vec![Block::Table(Table {
            // 序号 in a column one ideograph wide, each value in one three ideographs wide
            // (27 pt of 9 pt text and the cell's padding).
            columns: vec![
                ColumnWidth::Fixed(17.0),
                ColumnWidth::Fixed(35.0),
                ColumnWidth::Relative(1.0),
            ],
            header_rows: 1,
            rows,
        })],
        ..Document::default()
    };
    for mode in [Mode::Zh, Mode::SideBySide, Mode::En] {
        let opts = LayoutOptions {
            mode,
            ..LayoutOptions::default()
        };
        let pages = layout(&doc, FontSet::builtin(), &opts).unwrap();
        let lines = baselines(&pages[0]);
        let texts: Vec<&str> = lines.iter().map(|l| l.1.as_str()).collect();
        // The header keeps 序号 on one line.
        assert!(texts.iter().any(|t| t.starts_with("序号")), "{mode:?}: {texts:?}");
        for (i, v) in values.iter().enumerate() {
            let line = lines
                .iter()
                .find(|l| l.1.starts_with(&format!("{}{v}", i + 1)))
                .unwrap_or_else(|| panic!("{mode:?}: {v} broken: {texts:?}"));
            // At the table's size: 9 pt in Chinese, 8.5 pt in English (a value the same in
            // both languages is set once, in the English style).
            let size = if mode == Mode::Zh { 9.0 } else { 8.5 };
            assert!(line.2.iter().all(|&s| s == size), "{mode:?}: {v} at {:?}", line.2);
        }
    }
}

#[test]
fn compressed_pairs_are_half_an_em_in_body_table_cells_and_headings() {
    use takedown::document::{ColumnWidth, Table};
    let pairs = ["”）", "（《", "》（", "》）", "、《", "），"];
    let sentence: String = pairs
        .iter()
        .map(|p| format!("依据{p}电子商务法"))
        .collect::<Vec<_>>()
        .concat()
        .repeat(3);
    let doc = Document {
        blocks: vec![
            Block::Heading {
                level: 2,
                text: Bi::new("Heading", sentence.as_str()),
            },
            Block::Paragraph(Bi::new("Body", sentence.as_str())),
            Block::Table(Table {
                columns: vec![ColumnWidth::Relative(1.0), ColumnWidth::Relative(1.0)],
                header_rows: 1,
                rows: vec![
                    vec![Bi::new("Head", sentence.as_str()), Bi::same("x")],
                    vec![Bi::new("Cell", sentence.as_str()), Bi::same("y")],
                ],
            }),
        ],
        ..Document::default()
    };
    for mode in [Mode::Zh, Mode::SideBySide, Mode::Stacked] {
        let opts = LayoutOptions {
            mode,
            ..LayoutOptions::default()
        };
        let pages = layout(&doc, FontSet::builtin(), &opts).unwrap();
        let mut sizes = std::collections::BTreeSet::new();
        let mut seen = 0;
        for page in &pages {
            for run in page.runs() {
                for w in run.glyphs.windows(2) {
                    let pair: String = [w[0].ch, w[1].ch].iter().collect();
                    if pairs.contains(&pair.as_str()) {
                        seen += 1;
                        sizes.insert((run.size * 10.0) as i32);
                        let advance = w[1].x - w[0].x;
                        assert!(
                            (advance - run.size / 2.0).abs() < 0.001,
                            "{mode:?}: {pair} {advance} at {} pt",
                            run.size
                        );
                    }
                }
            }
        }
        // Every kind three times in the heading (12 pt; 14 pt in zh), the body (10.5 pt; 12 pt,
        // 小四, in zh) and two table cells (9 pt), less those a line break separates.
        assert!(seen >= 4 * 6 * 3 - 12, "{mode:?}: {seen}");
        let expected: &[i32] = match mode {
            Mode::Zh => &[90, 120, 140],
            _ => &[90, 105, 120],
        };
        assert_eq!(sizes.into_iter().collect::<Vec<_>>(), expected, "{mode:?}");
    }
}
