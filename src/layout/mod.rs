//! Layout: a [`Document`] and fonts to pages of positioned glyph runs, rules and boxes.
//!
//! Entry point: [`layout`]. Text is measured with the fonts' own advances and broken by
//! UAX #14 with the Chinese rules ([`text`]); blocks are arranged for the language mode
//! ([`arrange`]) and flowed down pages ([`flow`]); footers are added once the page count
//! is known.

mod arrange;
mod figure;
pub mod flow;
pub mod frame;
pub mod ident;
mod table;
pub mod text;
mod words;

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::document::{Bi, Block, Document, Meta, Text};
use crate::fonts::{FontSet, Style};
use arrange::{Arranger, Lang};
use flow::Frame;
pub use frame::{Glyph, GlyphRun, Item, OutlineEntry, Page};
use text::{set_text, Align, Line, TextStyle};

/// How the two languages are arranged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mode {
    /// English left, Chinese right, each clause's row starting level.
    #[default]
    SideBySide,
    /// Each English clause followed by its Chinese.
    Stacked,
    /// The whole English text, then the whole Chinese text.
    Sequential,
    /// English only.
    En,
    /// Chinese only.
    Zh,
}

impl Mode {
    pub const ALL: [Mode; 5] = [
        Mode::SideBySide,
        Mode::Stacked,
        Mode::Sequential,
        Mode::En,
        Mode::Zh,
    ];

    /// The name used on the command line and in file names.
    pub fn name(self) -> &'static str {
        match self {
            Mode::SideBySide => "side-by-side",
            Mode::Stacked => "stacked",
            Mode::Sequential => "sequential",
            Mode::En => "en",
            Mode::Zh => "zh",
        }
    }
}

impl std::str::FromStr for Mode {
    type Err = String;
    fn from_str(s: &str) -> Result<Mode, String> {
        Mode::ALL.into_iter().find(|m| m.name() == s).ok_or_else(|| {
            format!("unknown layout mode \"{s}\" (expected side-by-side, stacked, sequential, en or zh)")
        })
    }
}

/// Paper size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

impl Paper {
    /// Width and height in points.
    pub fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.276, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }
}

/// Layout options.
#[derive(Debug, Clone, PartialEq)]
pub struct LayoutOptions {
    /// Language arrangement.
    pub mode: Mode,
    pub paper: Paper,
    /// Justify English text as well as Chinese (Chinese is always justified).
    pub justify_english: bool,
    /// Share of the measure the English column takes in side-by-side mode.
    pub english_share: f32,
    /// Left and right margin, points.
    pub margin_x: f32,
    /// Top margin, points.
    pub margin_top: f32,
    /// Bottom margin (the footer sits inside it), points.
    pub margin_bottom: f32,
}

impl Default for LayoutOptions {
    fn default() -> Self {
        LayoutOptions {
            mode: Mode::SideBySide,
            paper: Paper::A4,
            justify_english: false,
            english_share: 0.56,
            margin_x: 62.0,
            margin_top: 54.0,
            margin_bottom: 62.0,
        }
    }
}

/// Why a document cannot be laid out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LayoutError {
    /// A character that no configured font has.
    MissingGlyph {
        ch: char,
        /// The text it came from.
        text: String,
        /// Where in the document that text is.
        place: String,
    },
    /// A figure pointing at an attachment the document does not have.
    NoAttachment(usize),
}

impl LayoutError {
    fn missing(ch: char, text: &Text, place: &str) -> LayoutError {
        LayoutError::MissingGlyph {
            ch,
            text: text.to_plain(),
            place: place.to_string(),
        }
    }
}

impl fmt::Display for LayoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LayoutError::MissingGlyph { ch, text, place } => {
                let excerpt: String = text.chars().take(60).collect();
                let more = if text.chars().count() > 60 { "…" } else { "" };
                write!(
                    f,
                    "no configured font has the character \"{ch}\" (U+{:04X}), in \"{excerpt}{more}\" ({place}); \
                     add a font that has it to the config's fonts",
                    *ch as u32
                )
            }
            LayoutError::NoAttachment(n) => write!(
                f,
                "a figure shows attachment {n}, which the document does not carry"
            ),
        }
    }
}

impl std::error::Error for LayoutError {}

/// Checks that every character of the document can be set; the first one that cannot
/// is the error.
pub fn check_coverage(doc: &Document, fonts: &FontSet) -> Result<(), LayoutError> {
    for (text, place) in doc.texts() {
        for span in &text.spans {
            let style = if span.bold { Style::Bold } else { Style::Regular };
            if let Some(ch) = fonts.first_missing(&span.text, style) {
                return Err(LayoutError::missing(ch, text, &place));
            }
        }
    }
    Ok(())
}

/// Lays `doc` out on pages: its text flowed down pages, each figure on pages of its own,
/// the text after a figure on a new page.
pub fn layout(doc: &Document, fonts: &FontSet, opts: &LayoutOptions) -> Result<Vec<Page>, LayoutError> {
    check_coverage(doc, fonts)?;
    let mut pages = Vec::new();
    let mut rest = doc.blocks.as_slice();
    let mut first = true;
    while !rest.is_empty() {
        let end = rest
            .iter()
            .position(|b| matches!(b, Block::Figure { .. }))
            .unwrap_or(rest.len());
        // Annex texts after the main text are read with their captions: in sequential
        // mode they are stacked rather than repeated language by language.
        let mode = match opts.mode {
            Mode::Sequential if !first => Mode::Stacked,
            mode => mode,
        };
        // Headings that end the text before a figure head the figure's first page: no page
        // holds only a heading.
        let (text, headings) = split_headings(&rest[..end], end < rest.len());
        if text
            .iter()
            .any(|b| !matches!(b, Block::PageBreak | Block::Spacer(_)))
        {
            pages.extend(flow_blocks(text, &doc.meta, fonts, opts, mode)?);
        }
        if let Some(Block::Figure { attachment, caption }) = rest.get(end) {
            let file = doc
                .attachments
                .get(*attachment)
                .ok_or(LayoutError::NoAttachment(*attachment))?;
            let head = match headings.is_empty() {
                true => None,
                false => Some(flow_head(headings, &doc.meta, fonts, opts, mode)?),
            };
            pages.extend(figure::figure_pages(file, caption, head, fonts, opts)?);
        }
        rest = rest.get(end + 1..).unwrap_or_default();
        first = false;
    }
    add_footers(&mut pages, &doc.meta, fonts, opts)?;
    Ok(pages)
}

/// `blocks` parted into the text and the headings (below the title) that end it, when a
/// figure follows (`before_figure`); the page breaks before those headings are dropped, as
/// the figure starts a page anyway.
fn split_headings(blocks: &[Block], before_figure: bool) -> (&[Block], &[Block]) {
    if !before_figure {
        return (blocks, &[]);
    }
    let heading = |b: &Block| matches!(b, Block::Heading { level, .. } if *level >= 2);
    let start = blocks.iter().rposition(|b| !heading(b)).map_or(0, |k| k + 1);
    if start == blocks.len() {
        return (blocks, &[]);
    }
    let mut text = &blocks[..start];
    while let Some((Block::PageBreak | Block::Spacer(_), before)) = text.split_last() {
        text = before;
    }
    (text, &blocks[start..])
}

/// Headings laid out at the top of a page (an annex's first page): that page and the
/// height they take.
fn flow_head(
    blocks: &[Block],
    meta: &Meta,
    fonts: &FontSet,
    opts: &LayoutOptions,
    mode: Mode,
) -> Result<(Page, f32), LayoutError> {
    let (elements, frame) = elements(blocks, meta, fonts, opts, mode)?;
    Ok(flow::flow_top(&elements, frame))
}

/// Text blocks flowed down pages in `mode`.
fn flow_blocks(
    blocks: &[Block],
    meta: &Meta,
    fonts: &FontSet,
    opts: &LayoutOptions,
    mode: Mode,
) -> Result<Vec<Page>, LayoutError> {
    let (elements, frame) = elements(blocks, meta, fonts, opts, mode)?;
    Ok(flow::flow(&elements, frame))
}

/// Text blocks as the elements that flow in `mode`, and the page frame they flow in.
fn elements(
    blocks: &[Block],
    meta: &Meta,
    fonts: &FontSet,
    opts: &LayoutOptions,
    mode: Mode,
) -> Result<(Vec<flow::Flowed>, Frame), LayoutError> {
    let (width, height) = opts.paper.size();
    let arranger = Arranger {
        fonts,
        opts,
        meta,
        x0: opts.margin_x,
        width: width - 2.0 * opts.margin_x,
    };
    let both = [Lang::En, Lang::Zh];
    let elements = match mode {
        Mode::SideBySide => arranger.blocks(blocks, &both, true)?,
        Mode::Stacked => arranger.blocks(blocks, &both, false)?,
        Mode::Sequential => {
            let mut e = arranger.blocks(blocks, &[Lang::En], false)?;
            e.push(flow::Flowed {
                element: flow::Element::PageBreak,
                keep_with_next: false,
            });
            e.extend(arranger.blocks(blocks, &[Lang::Zh], false)?);
            e
        }
        Mode::En => arranger.blocks(blocks, &[Lang::En], false)?,
        Mode::Zh => arranger.blocks(blocks, &[Lang::Zh], false)?,
    };
    let frame = Frame {
        width,
        height,
        top: opts.margin_top,
        bottom: opts.margin_bottom,
    };
    Ok((elements, frame))
}

/// The footer text of page `n` of `total`.
pub fn footer_text(mode: Mode, n: usize, total: usize) -> String {
    let en = format!("Page {n} of {total}");
    let zh = format!("第 {n} 页 共 {total} 页");
    match mode {
        Mode::En => en,
        Mode::Zh => zh,
        _ => format!("{en}    {zh}"),
    }
}

/// What the footer names beside the page number: the document's title and its client,
/// in the languages of `mode` (English, then Chinese).
pub fn footer_label(meta: &Meta, mode: Mode) -> Vec<String> {
    let one = |bi: &Bi, zh: bool| -> String {
        let (want, other) = if zh { (&bi.zh, &bi.en) } else { (&bi.en, &bi.zh) };
        if want.is_empty() { other } else { want }.to_plain()
    };
    let label = |zh: bool| -> String {
        [one(&meta.title, zh), one(&meta.client, zh)]
            .into_iter()
            .filter(|s| !s.trim().is_empty())
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let parts = match mode {
        Mode::En => vec![label(false)],
        Mode::Zh => vec![label(true)],
        _ => {
            let (en, zh) = (label(false), label(true));
            if en == zh {
                vec![en]
            } else {
                vec![en, zh]
            }
        }
    };
    parts.into_iter().filter(|p| !p.is_empty()).collect()
}

/// Footers: the document and client at the left, `Page X of Y` at the right (centred
/// alone when the document has no title); the two languages' labels share a line when
/// they fit on one, else the English stands above the Chinese.
fn add_footers(
    pages: &mut [Page],
    meta: &Meta,
    fonts: &FontSet,
    opts: &LayoutOptions,
) -> Result<(), LayoutError> {
    let total = pages.len();
    let style = |align| TextStyle {
        size: 8.0,
        leading: 11.0,
        bold: false,
        hei: false,
        align,
    };
    let label = footer_label(meta, opts.mode);
    let set = |text: &Text, align, width| {
        set_text(text, &style(align), width, fonts).map_err(|m| LayoutError::missing(m.ch, text, "footer"))
    };
    let Some(first) = pages.first() else {
        return Ok(());
    };
    let (width, height) = (first.width - 2.0 * opts.margin_x, first.height);
    let baseline = height - opts.margin_bottom / 2.0;
    let align = if label.is_empty() {
        Align::Center
    } else {
        Align::Right
    };
    let numbers = (1..=total)
        .map(|n| set(&Text::plain(footer_text(opts.mode, n, total)), align, width))
        .collect::<Result<Vec<_>, _>>()?;
    // The label is set once, beside the widest page number.
    let mut left = Vec::new();
    if !label.is_empty() {
        let used = numbers.iter().flatten().map(|l| l.width).fold(0.0, f32::max);
        let room = width - used - 18.0;
        left = set(&Text::plain(label.join("    ")), Align::Left, room)?;
        if left.len() > 1 && label.len() > 1 {
            left = Vec::new();
            for part in &label {
                left.extend(set(&Text::plain(part.as_str()), Align::Left, room)?);
            }
        }
    }
    for (page, number) in pages.iter_mut().zip(numbers) {
        let mut lines: Vec<(Line, f32)> = Vec::new();
        let n = left.len();
        for (k, line) in left.iter().enumerate() {
            let y = baseline - (n - 1 - k) as f32 * line.height;
            lines.push((line.clone(), y));
        }
        lines.extend(number.into_iter().map(|l| (l, baseline)));
        for (line, y) in lines {
            for mut run in line.runs {
                run.y = y;
                for g in &mut run.glyphs {
                    g.x += opts.margin_x;
                }
                page.items.push(Item::Text(run));
            }
        }
    }
    Ok(())
}
