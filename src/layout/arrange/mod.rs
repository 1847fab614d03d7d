//! Arrangement: the document's blocks as rows of cells for one language mode.
//!
//! Clauses (paragraphs, headings below the title, list items, label–value pairs) go side
//! by side or one language after the other; titles, tables and execution blocks span the
//! measure and carry every language inside.

mod chart;
mod sign;

use super::flow::{Cell, Element, Flowed, Row};
use super::text::{measure, measure_words, set_text, set_words, Align, Line, TextStyle};
use super::{LayoutError, LayoutOptions, Mode};
use crate::document::{Bi, Block, Meta, Text};
use crate::fonts::FontSet;

/// A language of the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Zh,
}

/// The kinds of text, each with a style per language.
#[derive(Debug, Clone, Copy)]
pub(super) enum Kind {
    Title,
    Heading,
    Body,
    Label,
    Table,
    TableHead,
    Signature,
}

const GAP: f32 = 18.0;
const PARA_SPACE: f32 = 6.0;
pub(super) const CELL_PAD: f32 = 3.0;
pub(super) const CELL_PAD_X: f32 = 4.0;

pub(super) struct Arranger<'a> {
    pub fonts: &'a FontSet,
    pub opts: &'a LayoutOptions,
    /// The document's metadata: the texts layout adds (signature-page marker and heading,
    /// continued rows).
    pub meta: &'a Meta,
    /// Left edge and width of the measure.
    pub x0: f32,
    pub width: f32,
}

impl Arranger<'_> {
    pub(super) fn style(&self, kind: Kind, lang: Lang) -> TextStyle {
        let zh = lang == Lang::Zh;
        let body_align = if zh || self.opts.justify_english {
            Align::Justify
        } else {
            Align::Left
        };
        // A Chinese-only document is set as PRC filings are: 小四 (12 pt) body, 四号 (14 pt)
        // headings; beside English, 五号 (10.5 pt).
        let zh_page = zh && self.opts.mode == Mode::Zh;
        let (size, leading, bold, align) = match kind {
            Kind::Title if zh => (18.0, 27.0, true, Align::Center),
            Kind::Title => (16.0, 23.0, true, Align::Center),
            Kind::Heading if zh_page => (14.0, 22.0, true, Align::Left),
            Kind::Heading if zh => (12.0, 19.0, true, Align::Left),
            Kind::Heading => (11.5, 16.5, true, Align::Left),
            Kind::Body if zh_page => (12.0, 20.0, false, body_align),
            Kind::Body if zh => (10.5, 17.0, false, body_align),
            Kind::Body => (10.0, 14.0, false, body_align),
            Kind::Label if zh_page => (12.0, 20.0, true, Align::Left),
            Kind::Label if zh => (10.5, 17.0, true, Align::Left),
            Kind::Label => (10.0, 14.0, true, Align::Left),
            Kind::Table if zh => (9.0, 13.5, false, Align::Left),
            Kind::Table => (8.5, 11.5, false, Align::Left),
            Kind::TableHead if zh => (9.0, 13.5, true, Align::Left),
            Kind::TableHead => (8.5, 11.5, true, Align::Left),
            Kind::Signature if zh_page => (12.0, 21.0, false, Align::Left),
            Kind::Signature => (10.0, 19.0, false, Align::Left),
        };
        TextStyle {
            size,
            leading,
            bold,
            // Chinese headings and table headers are set in the Hei face.
            hei: zh && matches!(kind, Kind::Title | Kind::Heading | Kind::TableHead),
            align,
        }
    }

    pub(super) fn set(&self, text: &Text, style: &TextStyle, width: f32) -> Result<Vec<Line>, LayoutError> {
        set_text(text, style, width, self.fonts).map_err(|m| LayoutError::missing(m.ch, text, "layout"))
    }

    /// Columns for clauses: (language, left edge, width).
    fn columns(&self, langs: &[Lang], parallel: bool) -> Vec<(Lang, f32, f32)> {
        if parallel && langs.len() == 2 {
            let en = (self.width - GAP) * self.opts.english_share;
            let zh = self.width - GAP - en;
            vec![(langs[0], self.x0, en), (langs[1], self.x0 + en + GAP, zh)]
        } else {
            langs.iter().map(|&l| (l, self.x0, self.width)).collect()
        }
    }

    /// The elements for `blocks` with `langs` either side by side (`parallel`) or one
    /// after the other.
    pub fn blocks(
        &self,
        blocks: &[Block],
        langs: &[Lang],
        parallel: bool,
    ) -> Result<Vec<Flowed>, LayoutError> {
        let mut out = Vec::new();
        let flow = |element, keep_with_next| Flowed {
            element,
            keep_with_next,
        };
        let mut i = 0;
        // Where the rows of the last clause start in `out`, while it is the last text.
        let mut clause_start: Option<usize> = None;
        while i < blocks.len() {
            let block = &blocks[i];
            i += 1;
            let start = out.len();
            let clause = matches!(block, Block::Paragraph(_) | Block::List { .. });
            match block {
                Block::Heading { level: 1, text } => {
                    let mut row = self.full_width(text, langs, Kind::Title)?;
                    row.outline = Some((1, outline_title(text, langs)));
                    row.space_after = 8.0;
                    out.push(flow(Element::Row(row), true));
                }
                Block::Heading { level, text } => {
                    let rows = self.clause(text, langs, parallel, Kind::Heading, None)?;
                    let n = rows.len();
                    for (i, mut row) in rows.into_iter().enumerate() {
                        if i == 0 && *level == 2 {
                            row.outline = Some((2, outline_title(text, langs)));
                        }
                        row.space_after = if i + 1 == n { 4.0 } else { 1.0 };
                        out.push(flow(Element::Row(row), true));
                    }
                }
                Block::Paragraph(text) => {
                    // A lead-in ("… the following rights:") starts a page with its table.
                    let lead_in = matches!(blocks.get(i), Some(Block::Table(_))) && ends_with_colon(text);
                    let text = indented(text);
                    for row in self.clause(&text, langs, parallel, Kind::Body, None)? {
                        out.push(flow(Element::Row(row), lead_in));
                    }
                }
                Block::List { numbered, items } => {
                    for (i, item) in items.iter().enumerate() {
                        // Chinese items are numbered （一）（二）… (the 项 of PRC drafting).
                        let marker = if *numbered {
                            Bi::new(
                                format!("{}.", i + 1),
                                format!("（{}）", crate::document::chinese_numeral(i + 1)),
                            )
                        } else {
                            Bi::same("•")
                        };
                        clause_start = Some(out.len());
                        for row in self.clause(item, langs, parallel, Kind::Body, Some(&marker))? {
                            out.push(flow(Element::Row(row), false));
                        }
                    }
                }
                Block::KeyValue(pairs) => {
                    let kw = self.key_widths(pairs, langs, parallel)?;
                    for (n, (key, value)) in pairs.iter().enumerate() {
                        let mut row = self.key_value(key, value, langs, parallel, &kw)?;
                        row.space_after = 3.0;
                        // A short block of details stays on one page.
                        let keep = pairs.len() <= 8 && n + 1 < pairs.len();
                        out.push(flow(Element::Row(row), keep));
                    }
                    out.push(flow(Element::Space(PARA_SPACE), false));
                }
                Block::Table(table) => out.push(flow(self.table(table, langs)?, false)),
                Block::Chart(chart) => out.push(flow(Element::Keep(self.chart(chart, langs)?), false)),
                Block::Signature(sig) => {
                    // Two consecutive parties sign side by side.
                    let pair = match blocks.get(i) {
                        Some(Block::Signature(next)) => {
                            i += 1;
                            vec![sig, next]
                        }
                        _ => vec![sig],
                    };
                    let row = self.signatures(&pair, langs)?;
                    let lead = match clause_start.take() {
                        Some(k) => out.drain(k..).map(|f| f.element).collect(),
                        None => Vec::new(),
                    };
                    let marker = self.notice(&self.meta.signature_follows, langs, parallel)?;
                    let heading = self.notice(&self.meta.signature_page, langs, parallel)?;
                    out.push(flow(
                        Element::Sign {
                            lead,
                            row,
                            marker,
                            heading,
                        },
                        false,
                    ));
                }
                Block::Spacer(h) => out.push(flow(Element::Space(*h), false)),
                Block::PageBreak => out.push(flow(Element::PageBreak, false)),
                // Figures take pages of their own; `layout` never passes them here.
                Block::Figure { .. } => {}
            }
            if matches!(block, Block::Paragraph(_)) {
                clause_start = Some(start);
            } else if !clause && !matches!(block, Block::Spacer(_)) {
                clause_start = None;
            }
        }
        Ok(out)
    }

    /// Rows of a text layout adds (a signature-page marker or heading); none when empty.
    fn notice(&self, text: &Bi, langs: &[Lang], parallel: bool) -> Result<Vec<Row>, LayoutError> {
        if text.en.is_empty() && text.zh.is_empty() {
            return Ok(Vec::new());
        }
        self.clause(text, langs, parallel, Kind::Body, None)
    }

    /// Lines of `bi` in every language of `langs`, one after the other, each language
    /// printed once when both read the same.
    pub(super) fn multi(
        &self,
        bi: &Bi,
        langs: &[Lang],
        kind: Kind,
        width: f32,
    ) -> Result<Vec<Line>, LayoutError> {
        let mut lines = Vec::new();
        for (i, &lang) in langs.iter().enumerate() {
            if i > 0 && bi.is_same() {
                break;
            }
            lines.extend(self.set(pick(bi, lang), &self.style(kind, lang), width)?);
        }
        Ok(lines)
    }

    fn full_width(&self, text: &Bi, langs: &[Lang], kind: Kind) -> Result<Row, LayoutError> {
        let lines = self.multi(text, langs, kind, self.width)?;
        Ok(Row::new(vec![Cell::new(self.x0, self.width, lines, 0.0)]))
    }

    /// A clause: one row with a cell per language side by side, or a row per language.
    fn clause(
        &self,
        text: &Bi,
        langs: &[Lang],
        parallel: bool,
        kind: Kind,
        marker: Option<&Bi>,
    ) -> Result<Vec<Row>, LayoutError> {
        let columns = self.columns(langs, parallel);
        let mut cells_per_row: Vec<Vec<Cell>> = Vec::new();
        for (n, (lang, x, width)) in columns.into_iter().enumerate() {
            // One language after the other, a text that reads the same in both (a link) is
            // printed once.
            if n > 0 && !parallel && text.is_same() {
                break;
            }
            let style = self.style(kind, lang);
            let mut cells = Vec::new();
            let (x, width) = match marker {
                Some(marker) => {
                    // Room for "（十二）" in Chinese, "12." in English.
                    let room = |lang: Lang| {
                        let size = self.style(kind, lang).size;
                        if lang == Lang::Zh && marker.zh.to_plain().starts_with('（') {
                            3.5 * size
                        } else {
                            2.0 * size
                        }
                    };
                    // One after the other, the item is numbered once: the later languages
                    // continue it under the first one's indent.
                    let continued = n > 0 && !parallel;
                    let indent = room(if continued { langs[0] } else { lang });
                    let m = if continued {
                        Vec::new()
                    } else {
                        self.set(
                            pick(marker, lang),
                            &TextStyle {
                                align: Align::Left,
                                ..style
                            },
                            indent,
                        )?
                    };
                    cells.push(Cell::new(x, indent, m, 0.0));
                    (x + indent, width - indent)
                }
                None => (x, width),
            };
            cells.push(Cell::new(
                x,
                width,
                self.set(pick(text, lang), &style, width)?,
                0.0,
            ));
            match cells_per_row.first_mut() {
                Some(row) if parallel => row.extend(cells),
                _ => cells_per_row.push(cells),
            }
        }
        let n = cells_per_row.len();
        Ok(cells_per_row
            .into_iter()
            .enumerate()
            .map(|(i, cells)| {
                let mut row = Row::new(cells);
                row.space_after = if i + 1 == n { PARA_SPACE } else { 3.0 };
                row
            })
            .collect())
    }

    /// Width of the key column of a block of pairs (per column side by side): wide enough
    /// for its longest key and a gap, at most 45 % of the measure.
    fn key_widths(
        &self,
        pairs: &[(Bi, Bi)],
        langs: &[Lang],
        parallel: bool,
    ) -> Result<Vec<f32>, LayoutError> {
        let longest = |lang: Lang| -> Result<f32, LayoutError> {
            let style = self.style(Kind::Label, lang);
            let mut widest = 0.0f32;
            for (key, _) in pairs {
                let text = pick(key, lang);
                let (w, _) = measure(text, &style, self.fonts)
                    .map_err(|m| LayoutError::missing(m.ch, text, "layout"))?;
                widest = widest.max(w);
            }
            Ok(widest)
        };
        // The widest word of a key (a key may wrap between words to make room for a value).
        let key_word = |lang: Lang| -> Result<f32, LayoutError> {
            let style = self.style(Kind::Label, lang);
            let mut widest = 0.0f32;
            for (key, _) in pairs {
                let text = pick(key, lang);
                let (_, w) = measure_words(text, &style, self.fonts)
                    .map_err(|m| LayoutError::missing(m.ch, text, "layout"))?;
                widest = widest.max(w);
            }
            Ok(widest)
        };
        // The widest piece of a value that cannot break (an e-mail address, a phone number)
        // and fits in `room` (a wider one breaks whatever the key gives up).
        let value_piece = |lang: Lang, room: f32| -> Result<f32, LayoutError> {
            let style = self.style(Kind::Body, lang);
            let mut widest = 0.0f32;
            for (_, value) in pairs {
                let text = pick(value, lang);
                let (_, piece) = measure(text, &style, self.fonts)
                    .map_err(|m| LayoutError::missing(m.ch, text, "layout"))?;
                if piece <= room {
                    widest = widest.max(piece);
                }
            }
            Ok(widest)
        };
        if parallel && langs.len() == 2 {
            self.columns(langs, true)
                .into_iter()
                .map(|(lang, _, width)| {
                    // The key column gives up room for a value's widest piece, down to its
                    // widest word and 30 % of the column.
                    let floor = (width * 0.3).round().max(key_word(lang)? + 10.0);
                    Ok((width * 0.36)
                        .round()
                        .max(longest(lang)? + 10.0)
                        .min((width * 0.45).round())
                        .min((width - value_piece(lang, width - floor - 1.0)? - 1.0).max(floor)))
                })
                .collect()
        } else {
            let mut need = 0.0f32;
            for &lang in langs {
                need = need.max(longest(lang)?);
            }
            Ok(vec![(self.width * 0.28)
                .round()
                .max(need + 12.0)
                .min((self.width * 0.45).round())])
        }
    }

    fn key_value(
        &self,
        key: &Bi,
        value: &Bi,
        langs: &[Lang],
        parallel: bool,
        kws: &[f32],
    ) -> Result<Row, LayoutError> {
        let mut cells = Vec::new();
        if parallel && langs.len() == 2 {
            for ((lang, x, width), &kw) in self.columns(langs, true).into_iter().zip(kws) {
                let label = self.fit_text(pick(key, lang), &self.style(Kind::Label, lang), kw - 6.0)?;
                // A narrow value cell is set ragged: justifying a few characters a line
                // opens gaps between every one.
                let mut style = self.style(Kind::Body, lang);
                if width - kw < 16.0 * style.size {
                    style.align = Align::Left;
                }
                let val = self.fit_text(pick(value, lang), &style, width - kw)?;
                cells.push(Cell::new(x, kw - 6.0, label, 0.0));
                cells.push(Cell::new(x + kw, width - kw, val, 0.0));
            }
        } else {
            let kw = kws.first().copied().unwrap_or((self.width * 0.28).round());
            cells.push(Cell::new(
                self.x0,
                kw - 8.0,
                self.multi(key, langs, Kind::Label, kw - 8.0)?,
                0.0,
            ));
            let val = self.multi(value, langs, Kind::Body, self.width - kw)?;
            cells.push(Cell::new(self.x0 + kw, self.width - kw, val, 0.0));
        }
        Ok(Row::new(cells))
    }

    /// Lines of a value in a cell, at the cell's size: breaks fall between words, a link
    /// wraps at its break points.
    pub(super) fn fit_text(
        &self,
        text: &Text,
        style: &TextStyle,
        width: f32,
    ) -> Result<Vec<Line>, LayoutError> {
        set_words(text, style, width, self.fonts).map_err(|m| LayoutError::missing(m.ch, text, "layout"))
    }
}

/// The text of `bi` in `lang`, or the other language's when it is empty.
pub(super) fn pick(bi: &Bi, lang: Lang) -> &Text {
    let (want, other) = match lang {
        Lang::En => (&bi.en, &bi.zh),
        Lang::Zh => (&bi.zh, &bi.en),
    };
    if want.is_empty() {
        other
    } else {
        want
    }
}

/// `text` with its Chinese prose indented by two ideographic spaces (首行缩进); a salutation
/// ("尊敬的…：": short, not bold, ending with a colon and holding no other punctuation) stays
/// flush.
fn indented(text: &Bi) -> std::borrow::Cow<'_, Bi> {
    let zh = text.zh.to_plain();
    let body = zh.trim_end();
    let salutation = body.ends_with('：')
        && !body.contains(['，', '。', '；'])
        && body.chars().count() <= 40
        && text.zh.spans.iter().all(|s| !s.bold);
    if text.zh.is_empty() || salutation || !zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut zh = Text::plain("\u{3000}\u{3000}");
    for span in &text.zh.spans {
        zh.push_fact(&span.text, span.bold, span.fact);
    }
    std::borrow::Cow::Owned(Bi {
        en: text.en.clone(),
        zh,
    })
}

/// Whether either language of `text` ends with a colon (it introduces what follows).
fn ends_with_colon(text: &Bi) -> bool {
    [&text.en, &text.zh]
        .iter()
        .any(|t| t.to_plain().trim_end().ends_with([':', '：']))
}

fn outline_title(text: &Bi, langs: &[Lang]) -> String {
    let parts: Vec<String> = langs.iter().map(|&l| pick(text, l).to_plain()).collect();
    parts.join(" / ")
}
