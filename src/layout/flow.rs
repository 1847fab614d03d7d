//! Vertical flow: rows of cells placed down pages, split between lines at a page end,
//! table headers repeated, kept groups moved whole, footers added once the count is known.

use super::frame::{Item, OutlineEntry, Page};
use super::text::Line;

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
    shift: f32,
    /// The row's common first baseline below its top, used verbatim so that first lines
    /// share a baseline exactly, not up to rounding.
    first_at: f32,
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
    fn min_part(&self) -> f32 {
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
    fn split(&self, avail: f32, page: f32) -> Option<(Row, Row)> {
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
    let splits = |j: usize| super::words::splits_word(&text(&lines[j - 1]), &text(&lines[j]));
    let lowest = k.saturating_sub(MOST).max(2);
    match (lowest..=k).rev().find(|&j| !splits(j)) {
        Some(j) => Some(j),
        None if k <= MOST + 2 => None,
        None => Some(k),
    }
}

/// What flows down the pages.
#[derive(Debug, Clone)]
pub enum Element {
    /// A row that may be split between lines.
    Row(Row),
    /// A row that stays whole on one page (an execution block).
    Keep(Row),
    /// Header rows repeated on every page the body reaches.
    Table {
        header: Vec<Row>,
        body: Vec<Row>,
        space_after: f32,
    },
    Space(f32),
    PageBreak,
    /// An execution block with the last clause before it (`lead`, kept with it when they
    /// fit a page together) and, for when the block must start a page anyway, the rows
    /// that end the text before it (`marker`) and head its page (`heading`).
    Sign {
        lead: Vec<Element>,
        row: Row,
        marker: Vec<Row>,
        heading: Vec<Row>,
    },
}

/// An element and whether it must start on the same page as the next one (headings).
#[derive(Debug, Clone)]
pub struct Flowed {
    pub element: Element,
    pub keep_with_next: bool,
}

impl Element {
    fn min_start(&self) -> f32 {
        match self {
            Element::Row(row) => row.min_part(),
            // The space after it need not fit on the page.
            Element::Keep(row) => row.height(),
            Element::Table { header, body, .. } => {
                header.iter().map(Row::height).sum::<f32>() + body.first().map_or(0.0, Row::min_part)
            }
            Element::Sign { lead, row, .. } => lead.iter().map(Element::height).sum::<f32>() + row.height(),
            Element::Space(_) | Element::PageBreak => 0.0,
        }
    }

    /// Height of a row or space with the space after it.
    fn height(&self) -> f32 {
        match self {
            Element::Row(row) | Element::Keep(row) => row.height() + row.space_after,
            Element::Space(h) => *h,
            _ => self.min_start(),
        }
    }
}

/// Page geometry for the flow.
#[derive(Debug, Clone, Copy)]
pub struct Frame {
    pub width: f32,
    pub height: f32,
    pub top: f32,
    pub bottom: f32,
}

struct Flow {
    frame: Frame,
    pages: Vec<Page>,
    y: f32,
    /// Left and right edge of an open table grid whose bottom rule is not drawn yet.
    open_grid: Option<(f32, f32)>,
}

/// Places `elements` on pages.
pub fn flow(elements: &[Flowed], frame: Frame) -> Vec<Page> {
    let mut f = Flow {
        frame,
        pages: Vec::new(),
        y: frame.top,
        open_grid: None,
    };
    f.new_page();
    for (i, flowed) in elements.iter().enumerate() {
        if flowed.keep_with_next {
            let mut need = flowed.element.min_start();
            let mut last = &flowed.element;
            for next in &elements[i + 1..] {
                need += next.element.min_start();
                last = &next.element;
                if !next.keep_with_next {
                    break;
                }
            }
            if need > f.avail() && !f.at_top() {
                match last {
                    // Headings taking an execution block without its clause to a new page:
                    // the text ends with the marker and the page is headed.
                    Element::Sign {
                        lead,
                        marker,
                        heading,
                        ..
                    } if lead.is_empty() => {
                        if marker.iter().map(Row::height).sum::<f32>() <= f.avail() + 0.01 {
                            for r in marker {
                                f.place(r);
                            }
                        }
                        f.new_page();
                        for r in heading {
                            f.place(r);
                        }
                    }
                    _ => f.new_page(),
                }
            }
        }
        match &flowed.element {
            Element::Row(row) => f.row(row.clone(), &[]),
            Element::Keep(row) => {
                if row.height() > f.avail() && !f.at_top() {
                    f.new_page();
                }
                f.place(row);
            }
            Element::Table {
                header,
                body,
                space_after,
            } => {
                // The header starts a page only with (part of) the first body row under it.
                let head: f32 = header.iter().map(Row::height).sum();
                let room = f.avail() - head;
                let first_fits = body
                    .first()
                    .is_none_or(|r| r.height() <= room + 0.01 || r.split(room, f.page_height()).is_some());
                if !first_fits && !f.at_top() {
                    f.new_page();
                }
                for row in header {
                    f.place(row);
                }
                for row in body {
                    f.row(row.clone(), header);
                }
                f.close_grid();
                f.y += space_after;
            }
            Element::Space(h) => {
                if !f.at_top() {
                    f.y = (f.y + h).min(f.frame.height - f.frame.bottom);
                }
            }
            Element::PageBreak => {
                if !f.at_top() {
                    f.new_page();
                }
            }
            Element::Sign {
                lead,
                row,
                marker,
                heading,
            } => f.sign(lead, row, marker, heading),
        }
    }
    f.close_grid();
    f.pages
}

impl Flow {
    fn avail(&self) -> f32 {
        self.frame.height - self.frame.bottom - self.y
    }

    fn at_top(&self) -> bool {
        self.y <= self.frame.top + 0.01
    }

    fn new_page(&mut self) {
        self.close_grid();
        self.pages.push(Page {
            width: self.frame.width,
            height: self.frame.height,
            items: Vec::new(),
            outline: Vec::new(),
        });
        self.y = self.frame.top;
    }

    fn page_height(&self) -> f32 {
        self.frame.height - self.frame.bottom - self.frame.top
    }

    /// An execution block: with its last clause on this page, or both on the next, or
    /// the clause here ended by the marker and the block on a page headed by `heading`.
    fn sign(&mut self, lead: &[Element], row: &Row, marker: &[Row], heading: &[Row]) {
        let together = lead.iter().map(Element::height).sum::<f32>() + row.height();
        if together > self.avail() + 0.01
            && !self.at_top()
            && together <= self.page_height()
            && !lead.is_empty()
        {
            self.new_page();
        }
        for element in lead {
            match element {
                Element::Row(r) => self.row(r.clone(), &[]),
                Element::Space(h) if !self.at_top() => {
                    self.y = (self.y + h).min(self.frame.height - self.frame.bottom);
                }
                _ => {}
            }
        }
        if row.height() > self.avail() + 0.01 && !self.at_top() {
            // The marker ends the text when there is room for it; the heading of the next
            // page says what the page belongs to either way.
            let marker_height: f32 = marker.iter().map(Row::height).sum();
            if marker_height <= self.avail() + 0.01 {
                for r in marker {
                    self.place(r);
                }
            }
            self.new_page();
            for r in heading {
                self.place(r);
            }
        }
        self.place(row);
    }

    /// Places a splittable row, continuing it on new pages (after `header`) as needed.
    fn row(&mut self, mut row: Row, header: &[Row]) {
        let mut fresh = self.at_top();
        loop {
            if row.height() <= self.avail() + 0.01 {
                self.place(&row);
                return;
            }
            match row.split(self.avail(), self.page_height()) {
                Some((head, tail)) => {
                    self.place(&head);
                    row = tail;
                }
                None if fresh => {
                    // Taller than a page and unsplittable: place it rather than loop.
                    self.place(&row);
                    return;
                }
                None => {}
            }
            self.new_page();
            for h in header {
                self.place(h);
            }
            fresh = true;
        }
    }

    fn place(&mut self, row: &Row) {
        let y = self.y;
        let h = row.height();
        let page = self.pages.last_mut().expect("flow starts with a page");
        if let Some((level, title)) = &row.outline {
            page.outline.push(OutlineEntry {
                level: *level,
                title: title.clone(),
                y,
            });
        }
        let left = row.cells.first().map_or(0.0, |c| c.x);
        let right = row.cells.last().map_or(0.0, |c| c.x + c.width);
        if let Some(grey) = row.fill {
            page.items.push(Item::Fill {
                x: left,
                y,
                w: right - left,
                h,
                grey,
            });
        }
        for cell in &row.cells {
            let mut top = y + cell.pad_top + cell.shift;
            for (i, line) in cell.lines.iter().enumerate() {
                let baseline = if i == 0 {
                    y + cell.first_at
                } else {
                    top + line.baseline
                };
                for run in &line.runs {
                    let mut run = run.clone();
                    run.y = baseline;
                    for g in &mut run.glyphs {
                        g.x += cell.x + cell.pad_x;
                    }
                    page.items.push(Item::Text(run));
                }
                top += line.height;
            }
        }
        if row.grid {
            let rule = |x1, y1, x2, y2| Item::Rule {
                x1,
                y1,
                x2,
                y2,
                width: 0.5,
                dash: None,
            };
            page.items.push(rule(left, y, right, y));
            page.items.push(rule(left, y, left, y + h));
            for cell in &row.cells {
                page.items
                    .push(rule(cell.x + cell.width, y, cell.x + cell.width, y + h));
            }
            self.open_grid = Some((left, right));
        } else {
            self.close_grid();
        }
        let page = self.pages.last_mut().expect("flow starts with a page");
        for d in &row.decorations {
            let mut d = d.clone();
            d.shift_y(y);
            page.items.push(d);
        }
        self.y = y + h + row.space_after;
    }

    fn close_grid(&mut self) {
        if let Some((left, right)) = self.open_grid.take() {
            if let Some(page) = self.pages.last_mut() {
                page.items.push(Item::Rule {
                    x1: left,
                    y1: self.y,
                    x2: right,
                    y2: self.y,
                    width: 0.5,
                    dash: None,
                });
            }
        }
    }
}
