//! The document model: typed blocks whose every text leaf holds English and Chinese.
//!
//! The render stage builds a [`Document`] from templates; layout arranges its languages
//! (side by side, stacked, sequential or one language) without the template knowing.

use std::path::PathBuf;

use serde::Serialize;

use crate::evidence::FileKind;
use crate::fact::Tag;

/// A run of text with one weight, printing one fact (or none).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Span {
    pub text: String,
    pub bold: bool,
    /// The value it prints, when it prints one (see [`crate::fact`]).
    pub fact: Tag,
}

/// Text in one language: runs that may switch between regular and bold.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Text {
    pub spans: Vec<Span>,
}

impl Text {
    /// Plain regular text.
    pub fn plain(text: impl Into<String>) -> Text {
        Text {
            spans: vec![Span {
                text: text.into(),
                bold: false,
                fact: Tag::NONE,
            }],
        }
    }

    /// Bold text.
    pub fn bold(text: impl Into<String>) -> Text {
        Text {
            spans: vec![Span {
                text: text.into(),
                bold: true,
                fact: Tag::NONE,
            }],
        }
    }

    /// Appends a run, merging it with the last one when the weight is the same.
    pub fn push(&mut self, text: &str, bold: bool) {
        self.push_fact(text, bold, Tag::NONE);
    }

    /// Appends a run printing `fact`, merging it with the last one when the weight and the
    /// fact are the same.
    pub fn push_fact(&mut self, text: &str, bold: bool, fact: Tag) {
        match self.spans.last_mut() {
            Some(last) if last.bold == bold && last.fact == fact => last.text.push_str(text),
            _ => self.spans.push(Span {
                text: text.to_string(),
                bold,
                fact,
            }),
        }
    }

    /// Text that may hold fact marks ([`crate::fact::mark`]), in the language `zh` says.
    pub fn marked(text: &str, zh: bool) -> Text {
        let mut out = Text::default();
        for (piece, fact) in crate::fact::unmark(text) {
            out.push_fact(&piece, false, fact.map_or(Tag::NONE, |i| Tag::new(i, zh)));
        }
        out
    }

    /// The text without weights.
    pub fn to_plain(&self) -> String {
        self.spans.iter().map(|s| s.text.as_str()).collect()
    }

    /// Whether there is nothing to print.
    pub fn is_empty(&self) -> bool {
        self.spans.iter().all(|s| s.text.trim().is_empty())
    }
}

/// The same content in English and Chinese.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Bi {
    pub en: Text,
    pub zh: Text,
}

impl Bi {
    /// English and Chinese plain text.
    pub fn new(en: impl Into<String>, zh: impl Into<String>) -> Bi {
        Bi {
            en: Text::plain(en),
            zh: Text::plain(zh),
        }
    }

    /// A value that reads the same in both languages (a number, a link).
    pub fn same(text: impl Into<String>) -> Bi {
        let text = text.into();
        Bi::new(text.clone(), text)
    }

    /// Whether both languages hold the same text.
    /// (A value shared by both languages prints the same fact in each.)
    pub fn is_same(&self) -> bool {
        self.en.spans.len() == self.zh.spans.len()
            && self
                .en
                .spans
                .iter()
                .zip(&self.zh.spans)
                .all(|(a, b)| a.text == b.text && a.bold == b.bold && a.fact.index() == b.fact.index())
    }
}

/// Width of a table column.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub enum ColumnWidth {
    /// A fixed width in points.
    Fixed(f32),
    /// A share of the width the fixed columns leave.
    Relative(f32),
}

/// A table; cells wrap, header rows repeat after a page break.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Table {
    pub columns: Vec<ColumnWidth>,
    /// How many of the first rows are header rows.
    pub header_rows: usize,
    pub rows: Vec<Vec<Bi>>,
}

/// One series of a chart: its label and a value per category.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Series {
    pub label: Bi,
    pub values: Vec<f64>,
}

/// A bar chart, drawn by layout as rules and fills (vector, no image): a bar per category,
/// its series stacked in it or side by side, with a y axis of round ticks and a legend. The
/// document gives its numbers in a table too, for a reader of the text alone.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Chart {
    pub categories: Vec<Bi>,
    pub series: Vec<Series>,
    pub stacked: bool,
    /// What the values count ("complaints" / "投诉数"), above the y axis.
    pub unit: Bi,
}

/// One party's execution block: signature line, name, title, date line, seal box.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Signature {
    /// The party's role, e.g. Principal / 委托人.
    pub role: Bi,
    /// The party, e.g. the company name.
    pub party: Bi,
    /// Who signs for it.
    pub signatory: Bi,
    /// The signatory's title.
    pub title: Bi,
    /// Whether to draw a company-seal box (公章).
    pub seal: bool,
    /// A letter's closing (落款): set at the right where the letter has Chinese.
    pub closing: bool,
}

/// A file the document carries as annex pages (set by the build, never by a template: a
/// template can only point at one by its number).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Attachment {
    /// Where the file is read from when the PDF is written.
    pub path: PathBuf,
    pub kind: FileKind,
    /// SHA-256 of the file as checked; the bytes embedded must have it.
    pub sha256: String,
    /// Pixels of an image.
    pub width: u32,
    pub height: u32,
    /// Colour components of a JPEG.
    pub components: u8,
    /// Pages of a PDF (1 for an image).
    pub pages: u32,
    /// Size and modification time as checked: the file must still have them when it is
    /// embedded, so that the bytes embedded are the bytes hashed.
    pub bytes: u64,
    #[serde(skip)]
    pub modified: Option<std::time::SystemTime>,
}

/// A block of the document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Block {
    /// A heading; level 1 is the document title, 1–2 get outline entries.
    Heading {
        level: u8,
        text: Bi,
    },
    /// A paragraph (a clause).
    Paragraph(Bi),
    /// A numbered or bulleted list; each item is a clause.
    List {
        numbered: bool,
        items: Vec<Bi>,
    },
    /// Label–value pairs (parties, contact details).
    KeyValue(Vec<(Bi, Bi)>),
    Table(Table),
    /// A bar chart; never split across pages.
    Chart(Chart),
    /// An execution block; never split across pages.
    Signature(Signature),
    /// Vertical space in points.
    Spacer(f32),
    PageBreak,
    /// An attachment (its index in [`Document::attachments`]) on pages of its own, each
    /// headed by the caption: an image scaled to fit, or each page of a PDF.
    Figure {
        attachment: usize,
        caption: Bi,
    },
}

/// Document metadata for the PDF.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Meta {
    pub title: Bi,
    pub author: String,
    pub subject: Bi,
    /// The client the document is for, named in the footer beside the title.
    pub client: Bi,
    /// Ends the text before an execution block that starts a page of its own
    /// ("(Signature page follows)").
    pub signature_follows: Bi,
    /// Heads that page ("Signature page to the Power of Attorney").
    pub signature_page: Bi,
    /// Follows a table row's number where the row continues on a new page ("(cont.)").
    pub continued: Bi,
}

/// A whole document.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Document {
    pub meta: Meta,
    pub blocks: Vec<Block>,
    /// The files [`Block::Figure`]s show.
    pub attachments: Vec<Attachment>,
}

impl Document {
    /// Every text leaf with a short description of where it is, in document order.
    pub fn texts(&self) -> Vec<(&Text, String)> {
        fn push<'a>(out: &mut Vec<(&'a Text, String)>, b: &'a Bi, n: usize, what: &str) {
            out.push((&b.en, format!("block {n} ({what}, English)")));
            out.push((&b.zh, format!("block {n} ({what}, Chinese)")));
        }
        let mut out = Vec::new();
        for (i, block) in self.blocks.iter().enumerate() {
            let n = i + 1;
            match block {
                Block::Heading { text, .. } => push(&mut out, text, n, "heading"),
                Block::Paragraph(text) => push(&mut out, text, n, "paragraph"),
                Block::List { items, .. } => {
                    for t in items {
                        push(&mut out, t, n, "list item");
                    }
                }
                Block::KeyValue(pairs) => {
                    for (k, v) in pairs {
                        push(&mut out, k, n, "label");
                        push(&mut out, v, n, "value");
                    }
                }
                Block::Table(t) => {
                    for c in t.rows.iter().flatten() {
                        push(&mut out, c, n, "table cell");
                    }
                }
                Block::Signature(s) => {
                    for t in [&s.role, &s.party, &s.signatory, &s.title] {
                        push(&mut out, t, n, "signature block");
                    }
                }
                Block::Figure { caption, .. } => push(&mut out, caption, n, "caption"),
                Block::Chart(c) => {
                    for t in c.categories.iter().chain(c.series.iter().map(|s| &s.label)) {
                        push(&mut out, t, n, "chart label");
                    }
                    push(&mut out, &c.unit, n, "chart unit");
                }
                Block::Spacer(_) | Block::PageBreak => {}
            }
        }
        out
    }
}

/// `n` in Chinese numerals (一 … 九十九), as annexes (附件二) and items (（三）) are numbered;
/// from 100 in digits.
pub fn chinese_numeral(n: usize) -> String {
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => DIGITS[n].to_owned(),
        10..=19 => format!("十{}", if n == 10 { "" } else { DIGITS[n - 10] }),
        20..=99 => format!(
            "{}十{}",
            DIGITS[n / 10],
            if n.is_multiple_of(10) { "" } else { DIGITS[n % 10] }
        ),
        _ => n.to_string(),
    }
}
