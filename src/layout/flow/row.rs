//! Rows: cells of set lines whose first baselines agree, and where a row may split at a page
//! end (two lines kept on each side, not inside a Chinese word, side-by-side columns
//! together).

use crate::layout::frame::Item;
use crate::layout::text::Line;

/// A column of lines inside a row.
#[derive(Debug, Clone)]
pub struct Cell {
    /// Left edge on the page.
    pub x: f32,
    pub width: f32,
    pub lines: Vec<Line>,
    pub pad_top: f32,
    pub pad_bottom: f32,
    /// Space between the cell's edges and its text, left and right.
    pub pad_x: f32,
    /// Extra space above the first line so that first baselines across the row agree.
    pub(super) shift: f32,
    /// The row's common first baseline below its top, used verbatim so that first lines
    /// share a baseline exactly, not up to rounding.
    pub(super) first_at: f32,
}

impl Cell {
    pub fn new(x: f32, width: f32, lines: Vec<Line>, pad: f32) -> Cell {
        Cell {
            x,
            width,
            lines,
            pad_top: pad,
            pad_bottom: pad,
            pad_x: 0.0,
            shift: 0.0,
            first_at: 0.0,
        }
    }

    fn height(&self) -> f32 {
        self.pad_top + self.shift + self.lines.iter().map(|l| l.height).sum::<f32>() + self.pad_bottom
    }

    fn first_baseline(&self) -> Option<f32> {
        self.lines.first().map(|l| self.pad_top + l.baseline)
    }

    /// How many lines fit in `avail` points.
    fn fitting(&self, avail: f32) -> usize {
        let mut used = self.pad_top + self.shift + self.pad_bottom;
        let mut k = 0;
        for line in &self.lines {
            used += line.height;
            if used > avail + 0.01 {
                break;
            }
            k += 1;
        }
        k
    }
}

/// A horizontal band of cells whose first lines share a baseline.
#[derive(Debug, Clone, Default)]
pub struct Row {
    pub cells: Vec<Cell>,
    /// Draw table rules around the cells.
    pub grid: bool,
    /// Background grey behind the cells (header rows).
    pub fill: Option<f32>,
    /// Extra items, y relative to the row top (seal boxes).
    pub decorations: Vec<Item>,
    pub min_height: f32,
    pub space_after: f32,
    /// Outline entry (level, title) placed at the row's top.
    pub outline: Option<(u8, String)>,
    /// Lines for the first cell where the row continues on a new page (a table row's
    /// number, "3 (cont.)").
    pub continued: Option<Vec<Line>>,
}

impl Row {
    /// A row of `cells` with their first baselines aligned.
    pub fn new(mut cells: Vec<Cell>) -> Row {
        let top = cells
            .iter()
            .filter_map(Cell::first_baseline)
            .fold(0.0f32, f32::max);
        for cell in &mut cells {
            cell.shift = cell.first_baseline().map_or(0.0, |b| top - b);
            cell.first_at = top;
        }
        Row {
            cells,
            ..Row::default()
        }
    }

    pub fn height(&self) -> f32 {
        self.cells
            .iter()
            .map(Cell::height)
            .fold(self.min_height, f32::max)
    }

    /// Height of the smallest first part this row may leave on a page: two lines of
    /// every cell (or the whole row when it has no more).
    pub(super) fn min_part(&self) -> f32 {
        let rows = self.cells.iter().map(|c| {
            let k = c.lines.len().min(2);
            c.pad_top + c.shift + c.lines[..k].iter().map(|l| l.height).sum::<f32>() + c.pad_bottom
        });
        rows.fold(0.0, f32::max).min(self.height())
    }

    /// Splits the row into the part that fits in `avail` and the rest, or `None` when the
    /// part would be an orphan (a cut cell keeping fewer than two lines), or when the rest
    /// would be a remnant of one column (two lines or fewer) beside a column that ended on
    /// this page and the row fits a page of height `page` whole: side-by-side columns move
    /// together.
    pub(super) fn split(&self, avail: f32, page: f32) -> Option<(Row, Row)> {
        if !self.decorations.is_empty() || self.min_height > avail {
            return None;
        }
        let ks: Vec<usize> = self.cells.iter().map(|c| c.fitting(avail)).collect();
        let remnant =
            self.cells.iter().zip(&ks).any(|(c, &k)| {
                k < c.lines.len() && c.lines.len() - k.min(c.lines.len().saturating_sub(2)) <= 2
            });
        let ended = self
            .cells
            .iter()
            .zip(&ks)
            .any(|(c, &k)| c.lines.len() >= 2 && k >= c.lines.len());
        if remnant && ended && self.height() <= page {
            return None;
        }
        let mut head = Vec::new();
        let mut tail = Vec::new();
        let mut placed = 0;
        for (cell, &k) in self.cells.iter().zip(&ks) {
            let mut k = k;
            if k < cell.lines.len() {
                // Neither an orphan nor a widow: a cut cell keeps two lines on each side.
                k = k.min(cell.lines.len().saturating_sub(2));
                if k < 2 {
                    return None;
                }
                k = word_safe(&cell.lines, k)?;
            }
            placed += k;
            let mut a = cell.clone();
            a.lines.truncate(k);
            let mut b = cell.clone();
            b.lines.drain(..k);
            b.shift = 0.0;
            head.push(a);
            tail.push(b);
        }
        if placed == 0 {
            return None;
        }
        let mut head = Row {
            cells: head,
            grid: self.grid,
            fill: self.fill,
            outline: self.outline.clone(),
            ..Row::default()
        };
        head.space_after = 0.0;
        if let (Some(first), Some(lines)) = (tail.first_mut(), &self.continued) {
            if first.lines.is_empty() {
                first.lines = lines.clone();
            }
        }
        let mut tail = Row::new(tail);
        tail.continued = self.continued.clone();
        tail.grid = self.grid;
        tail.fill = self.fill;
        tail.space_after = self.space_after;
        Some((head, tail))
    }
}

/// The lines to keep on this page instead of `k` so that the page does not end inside a
/// Chinese word: up to four more lines go over, as long as two stay. When none of those
/// breaks is between words, `None` if they reached the first two lines (the paragraph moves
/// to the next page whole), else `k` itself.
fn word_safe(lines: &[Line], k: usize) -> Option<usize> {
    const MOST: usize = 4;
    let text = |line: &Line| -> String {
        line.runs
            .iter()
            .flat_map(|r| r.glyphs.iter().map(|g| g.ch))
            .collect()
    };
    let splits = |j: usize| crate::layout::words::splits_word(&text(&lines[j - 1]), &text(&lines[j]));
    let lowest = k.saturating_sub(MOST).max(2);
    match (lowest..=k).rev().find(|&j| !splits(j)) {
        Some(j) => Some(j),
        None if k <= MOST + 2 => None,
        None => Some(k),
    }
}
