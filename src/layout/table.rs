//! Tables: column widths from the content (each column at least its widest unbreakable
//! piece, the rest shared by content), cells that wrap between words at the table's size,
//! row numbers repeated where a row continues on a new page.

use super::arrange::{pick, Arranger, Kind, Lang, CELL_PAD, CELL_PAD_X};
use super::flow::{Cell, Element, Row};
use super::text::{measure_words, Line};
use super::LayoutError;
use crate::document::{Bi, ColumnWidth, Table};

impl Arranger<'_> {
    pub(super) fn table(&self, table: &Table, langs: &[Lang]) -> Result<Element, LayoutError> {
        let widths = self.content_widths(table, langs)?;
        let mut header = Vec::new();
        let mut body = Vec::new();
        for (r, cells) in table.rows.iter().enumerate() {
            let is_head = r < table.header_rows;
            let kind = if is_head { Kind::TableHead } else { Kind::Table };
            let mut x = self.x0;
            let mut row_cells = Vec::new();
            for (c, w) in widths.iter().enumerate() {
                let empty = Bi::default();
                let bi = cells.get(c).unwrap_or(&empty);
                let lines = self.fit(bi, langs, kind, w - 2.0 * CELL_PAD_X)?;
                let mut cell = Cell::new(x, *w, lines, CELL_PAD);
                cell.pad_x = CELL_PAD_X;
                row_cells.push(cell);
                x += w;
            }
            let mut row = Row::new(row_cells);
            row.grid = true;
            if is_head {
                row.fill = Some(0.92);
                header.push(row);
            } else {
                if let (Some(number), Some(w)) = (cells.first().and_then(row_number), widths.first()) {
                    let cont = self.continued(&number);
                    if !cont.en.is_empty() || !cont.zh.is_empty() {
                        row.continued = Some(self.multi(&cont, langs, Kind::Table, w - 2.0 * CELL_PAD_X)?);
                    }
                }
                body.push(row);
            }
        }
        Ok(Element::Table {
            header,
            body,
            space_after: 10.0,
        })
    }

    /// The row number followed by "(cont.)" / "（续）", or nothing without those texts.
    fn continued(&self, number: &str) -> Bi {
        let c = &self.meta.continued;
        if c.en.is_empty() && c.zh.is_empty() {
            return Bi::default();
        }
        Bi::new(
            format!("{number} {}", c.en.to_plain()),
            format!("{number}{}", c.zh.to_plain()),
        )
    }

    /// Lines of a table cell, at the table's size: breaks between words, a link at its
    /// break points.
    fn fit(&self, bi: &Bi, langs: &[Lang], kind: Kind, width: f32) -> Result<Vec<Line>, LayoutError> {
        let mut lines = Vec::new();
        for (i, &lang) in langs.iter().enumerate() {
            if i > 0 && bi.is_same() {
                break;
            }
            lines.extend(self.fit_text(pick(bi, lang), &self.style(kind, lang), width)?);
        }
        Ok(lines)
    }

    /// Column widths: the template's, then each column widened to its widest piece that
    /// cannot break (a word, a phone number, an e-mail address, a USCC, a short header
    /// whole, the continued row number), the width taken from columns with room to spare;
    /// then columns wider than their longest content give the rest to columns whose
    /// content wraps, in proportion to what each lacks.
    fn content_widths(&self, table: &Table, langs: &[Lang]) -> Result<Vec<f32>, LayoutError> {
        let mut widths = column_widths(&table.columns, self.width);
        let cap = self.width * 0.45;
        let pad = 2.0 * CELL_PAD_X + 1.0;
        // Per column: the widest unbreakable piece, and the widest content on one line.
        let mut need = vec![0.0f32; widths.len()];
        let mut full = vec![0.0f32; widths.len()];
        for (r, cells) in table.rows.iter().enumerate() {
            let kind = if r < table.header_rows {
                Kind::TableHead
            } else {
                Kind::Table
            };
            for (c, bi) in cells.iter().enumerate().take(widths.len()) {
                for &lang in langs {
                    let style = self.style(kind, lang);
                    let text = pick(bi, lang);
                    // No character is wider than 1.25 em with its spacing: a text within that
                    // bound of what the column needs already changes nothing.
                    let chars: usize = text.spans.iter().map(|s| s.text.chars().count()).sum();
                    if chars as f32 * 1.25 * style.size + pad <= need[c].min(full[c]) {
                        continue;
                    }
                    let (total, piece) = measure_words(text, &style, self.fonts)
                        .map_err(|m| LayoutError::missing(m.ch, text, "layout"))?;
                    // A short header is never broken (no 序/号).
                    let short = r < table.header_rows && text.to_plain().chars().count() <= 8;
                    let w = if short { total } else { piece.min(cap) };
                    need[c] = need[c].max(w + pad);
                    full[c] = full[c].max(total + pad);
                }
            }
            if r >= table.header_rows {
                if let Some(number) = cells.first().and_then(row_number) {
                    let cont = self.continued(&number);
                    for &lang in langs {
                        let text = pick(&cont, lang);
                        let (total, _) = measure_words(text, &self.style(Kind::Table, lang), self.fonts)
                            .map_err(|m| LayoutError::missing(m.ch, text, "layout"))?;
                        need[0] = need[0].max(total + pad);
                        full[0] = full[0].max(total + pad);
                    }
                }
            }
        }
        share(&mut widths, &need);
        // Room that a column does not use even on one line goes to the columns that wrap.
        let full: Vec<f32> = full.iter().zip(&need).map(|(f, n)| f.max(*n)).collect();
        share(&mut widths, &full);
        Ok(widths)
    }
}

/// Widens each column to `need` where it lacks, taking the width from the columns above
/// their `need` in proportion to their surplus (all of what is lacking when the surplus
/// covers it, else each lacking column gets the same share of what it lacks).
fn share(widths: &mut [f32], need: &[f32]) {
    let deficit: f32 = widths.iter().zip(need).map(|(w, n)| (n - w).max(0.0)).sum();
    let surplus: f32 = widths.iter().zip(need).map(|(w, n)| (w - n).max(0.0)).sum();
    if deficit > 0.0 && surplus > 0.0 {
        let give = (deficit / surplus).min(1.0);
        let take = (surplus / deficit).min(1.0);
        for (w, n) in widths.iter_mut().zip(need) {
            if *n > *w {
                *w += (*n - *w) * take;
            } else {
                *w -= (*w - *n) * give;
            }
        }
    }
}

/// The row number a table row starts with (digits only), if it has one.
fn row_number(cell: &Bi) -> Option<String> {
    let n = cell.en.to_plain();
    let n = n.trim();
    (!n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) && cell.zh.to_plain().trim() == n)
        .then(|| n.to_string())
}

/// Column widths in points: fixed columns as given, the rest shared by weight.
fn column_widths(columns: &[ColumnWidth], total: f32) -> Vec<f32> {
    let fixed: f32 = columns
        .iter()
        .map(|c| match c {
            ColumnWidth::Fixed(w) => *w,
            ColumnWidth::Relative(_) => 0.0,
        })
        .sum();
    let weights: f32 = columns
        .iter()
        .map(|c| match c {
            ColumnWidth::Relative(w) => *w,
            ColumnWidth::Fixed(_) => 0.0,
        })
        .sum();
    let rest = (total - fixed).max(0.0);
    columns
        .iter()
        .map(|c| match c {
            ColumnWidth::Fixed(w) => *w,
            ColumnWidth::Relative(w) if weights > 0.0 => rest * w / weights,
            ColumnWidth::Relative(_) => 0.0,
        })
        .collect()
}
