//! The review sheet at the front of a review build's `packet.pdf`: what the colours mean,
//! what changed since the client's last build, and every warning with its cell and a link
//! to each page it concerns.

use super::{Kind, Placed};
use crate::document::{Bi, Block, ColumnWidth, Document, Meta, Table, Text};
use crate::fact::{Fact, Origin, Tag};
use crate::ledger::Change;

/// What a tagged run of the sheet is: a colour of the legend, or a link to a page of a
/// document (its index in the packet, 0-based page).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetEntry {
    Legend(Kind),
    Goto { doc: usize, page: usize },
}

/// The sheet as a document, with the facts its tags index (each the text it tags, so that
/// [`super::highlights`] finds it) and what each tag is.
pub fn review_sheet(
    client: &crate::document::Bi,
    files: &[String],
    placed: &[Placed],
    changes: Option<&[Change]>,
) -> (Document, Vec<Fact>, Vec<SheetEntry>) {
    let mut facts = Vec::new();
    let mut entries = Vec::new();
    let mut tagged = |text: &str, entry: SheetEntry, out: &mut Text| {
        let index = facts.len();
        facts.push(Fact {
            field: String::new(),
            origin: Origin::Config {
                config: String::new(),
            },
            raw: None,
            en: text.to_owned(),
            zh: text.to_owned(),
        });
        entries.push(entry);
        out.push_fact(text, false, Tag::new(index, false));
    };
    let mut blocks = vec![
        Block::Heading {
            level: 1,
            text: Bi::new("Review sheet: draft, not for filing", "审阅单：草稿，不得提交"),
        },
        Block::Paragraph(Bi::new(
            "This build is for review. Every value the documents print from the workbook, a \
             rule, a platform profile, the configuration or the case ledger is highlighted; \
             its note names where it came from. Each warning below is also a note on the page \
             it concerns. Build again without --review for the documents to sign and file.",
            "本版本仅供审阅。文件中凡取自工作簿、推算规则、平台规则配置、律所配置或案件台账的内容均已高亮，\
             其批注注明来源。下列每条提示亦以批注形式标于相关页面。签署及提交的文件请以不带 --review 的方式重新生成。",
        )),
    ];
    let mut legend = Vec::new();
    for kind in Kind::ALL {
        let (en, zh) = kind.legend();
        let mut bi = Bi::default();
        tagged(en, SheetEntry::Legend(kind), &mut bi.en);
        tagged(zh, SheetEntry::Legend(kind), &mut bi.zh);
        legend.push(bi);
    }
    blocks.push(Block::List {
        numbered: false,
        items: legend,
    });
    if let Some(changes) = changes {
        blocks.push(Block::Heading {
            level: 2,
            text: Bi::new("Since the last build of this client", "自该客户上次生成以来"),
        });
        let items: Vec<Bi> = if changes.is_empty() {
            vec![Bi::new(
                "Nothing: the ledger holds no earlier build of this client.",
                "无：案件台账中没有该客户此前的生成记录。",
            )]
        } else {
            changes.iter().map(|c| Bi::new(&c.en, &c.zh)).collect()
        };
        blocks.push(Block::List {
            numbered: false,
            items,
        });
    }
    blocks.push(Block::Heading {
        level: 2,
        text: Bi::new(
            format!("Warnings ({})", placed.len()),
            format!("提示（{} 条）", placed.len()),
        ),
    });
    if placed.is_empty() {
        blocks.push(Block::Paragraph(Bi::new("None.", "无。")));
    } else {
        let mut rows = vec![vec![
            Bi::new("No.", "序号"),
            Bi::new("Cell", "单元格"),
            Bi::new("Warning", "提示"),
            Bi::new("Where", "位置"),
        ]];
        for (n, p) in placed.iter().enumerate() {
            let loc = &p.diagnostic.location;
            let cell = match (&loc.sheet, &loc.cell) {
                (Some(s), Some(c)) => format!("{s}!{c}"),
                (Some(s), None) => s.clone(),
                _ => "workbook".to_owned(),
            };
            let mut place = Text::default();
            for (k, &(doc, page, _)) in p.at.iter().enumerate() {
                if k > 0 {
                    place.push("; ", false);
                }
                let name = files.get(doc).map_or("", String::as_str);
                tagged(
                    &format!("{name} p. {}", page + 1),
                    SheetEntry::Goto { doc, page },
                    &mut place,
                );
            }
            let severity = if p.diagnostic.is_error() { "error: " } else { "" };
            rows.push(vec![
                Bi::same((n + 1).to_string()),
                Bi::same(cell),
                Bi::same(format!("{severity}{}", p.diagnostic.message)),
                Bi {
                    en: place.clone(),
                    zh: place,
                },
            ]);
        }
        blocks.push(Block::Table(Table {
            columns: vec![
                ColumnWidth::Fixed(26.0),
                ColumnWidth::Fixed(78.0),
                ColumnWidth::Relative(2.0),
                ColumnWidth::Relative(1.0),
            ],
            header_rows: 1,
            rows,
        }));
    }
    let doc = Document {
        meta: Meta {
            title: Bi::new("Review sheet", "审阅单"),
            client: client.clone(),
            continued: Bi::new("(cont.)", "（续）"),
            ..Meta::default()
        },
        blocks,
        attachments: Vec::new(),
    };
    (doc, facts, entries)
}
