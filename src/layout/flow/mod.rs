//! Vertical flow: rows of cells placed down pages, split between lines at a page end,
//! table headers repeated, kept groups moved whole, footers added once the count is known.

mod row;

use super::frame::{Item, OutlineEntry, Page};

pub use row::{Cell, Row};

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
                let lead = lead_rows(body);
                let whole: f32 = lead.iter().map(Row::height).sum();
                header.iter().map(Row::height).sum::<f32>()
                    + if lead.len() > 1 {
                        whole
                    } else {
                        body.first().map_or(0.0, Row::min_part)
                    }
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

/// A table's body rows of at most this many stay on one page.
const KEEP_TABLE: usize = 3;

/// The body rows a table must start a page with: all of a short table, else two.
fn lead_rows(body: &[Row]) -> &[Row] {
    let n = if body.len() <= KEEP_TABLE { body.len() } else { 2 };
    &body[..n]
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
    flow_to(elements, frame).0
}

/// Places `elements` (a few headings) at the top of a page: that page and where they end
/// below its top edge. Anything that would need a second page is put on the first.
pub fn flow_top(elements: &[Flowed], frame: Frame) -> (Page, f32) {
    let (pages, y) = flow_to(elements, frame);
    let mut pages = pages.into_iter();
    let mut first = pages.next().unwrap_or_else(|| Page {
        width: frame.width,
        height: frame.height,
        items: Vec::new(),
        outline: Vec::new(),
    });
    for page in pages {
        first.items.extend(page.items);
        first.outline.extend(page.outline);
    }
    (first, y)
}

/// [`flow`] and where the flow ends on its last page.
fn flow_to(elements: &[Flowed], frame: Frame) -> (Vec<Page>, f32) {
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
            // What goes before the last of the chain, whole.
            let mut before = 0.0;
            let mut last = &flowed.element;
            for next in &elements[i + 1..] {
                need += next.element.min_start();
                before += last.height();
                last = &next.element;
                if !next.keep_with_next {
                    break;
                }
            }
            if (need > f.avail() || !f.starts(last, f.avail() - before)) && !f.at_top() {
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
                if !f.starts(&flowed.element, f.avail()) && !f.at_top() {
                    f.new_page();
                }
                for row in header {
                    f.place(row);
                }
                f.table_body(body, header);
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
    (f.pages, f.y)
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

    /// Whether `element` would start in `avail`: a row that fits, or that splits there (a row
    /// the rules of [`Row::split`] would move whole, a heading before it must go with it).
    fn starts(&self, element: &Element, avail: f32) -> bool {
        let row_starts = |row: &Row, avail: f32| {
            row.height() <= avail + 0.01 || row.split(avail, self.page_height()).is_some()
        };
        match element {
            Element::Row(row) => row_starts(row, avail),
            // A table's header starts only with its first rows under it (all of a short
            // table), or part of its first row when they cannot share a page.
            Element::Table { header, body, .. } => {
                let head: f32 = header.iter().map(Row::height).sum();
                let lead: f32 = lead_rows(body).iter().map(Row::height).sum();
                if head + lead <= self.page_height() + 0.01 {
                    head + lead <= avail + 0.01
                } else {
                    // A row that fits a page moves whole (see `table_body`).
                    body.first()
                        .is_none_or(|first| match first.height() <= self.page_height() - head {
                            true => first.height() <= avail - head + 0.01,
                            false => row_starts(first, avail - head),
                        })
                }
            }
            _ => true,
        }
    }

    /// A table's body rows after its header: a row that fits a page is never split (it
    /// moves whole, the header repeated above it), and the last row never starts a page
    /// alone: the row before goes with it.
    fn table_body(&mut self, body: &[Row], header: &[Row]) {
        let head: f32 = header.iter().map(Row::height).sum();
        let room = self.page_height() - head;
        let mut on_page = 0;
        for (i, row) in body.iter().enumerate() {
            let h = row.height();
            let last_two = i + 2 == body.len() && body.len() > KEEP_TABLE;
            let pair = h + body.get(i + 1).map_or(0.0, Row::height);
            let widow = last_two && on_page > 0 && pair > self.avail() + 0.01 && pair <= room + 0.01;
            if (h > self.avail() + 0.01 && h <= room + 0.01 || widow) && !self.at_top() {
                self.new_page();
                for r in header {
                    self.place(r);
                }
                on_page = 0;
            }
            let before = self.pages.len();
            self.row(row.clone(), header);
            on_page = if self.pages.len() == before {
                on_page + 1
            } else {
                1
            };
        }
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
