//! Review builds (`build --review`): the same pages, with what a lawyer needs to check them
//! in a PDF viewer: a highlight over every printed value saying where it came from, a note
//! on the page each warning concerns, a watermark, and a review sheet at the front of
//! `packet.pdf`.
//!
//! This stage sits between layout and pdf: it reads the laid-out pages (the glyphs carry the
//! fact they print, see [`crate::fact`]) and says what to draw over them; only `pdf` turns
//! that into annotations. Nothing here changes a page, so a review build sets every page
//! exactly as the final build does.

mod marks;
mod place;
mod sheet;
mod watermark;

pub use marks::{highlights, Mark};
pub use place::{place, Placed, Rows};
pub use sheet::{review_sheet, SheetEntry};
pub use watermark::{watermark, Outline, PathSeg, LINES};

use crate::fact::{Fact, Origin};

/// A rectangle in layout coordinates: points from the page's top-left corner, y down.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quad {
    pub x0: f32,
    pub top: f32,
    pub x1: f32,
    pub bottom: f32,
}

/// What a highlight's colour says about a value's source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A cell of the workbook.
    Cell,
    /// Computed from cells by a rule.
    Derived,
    /// A platform profile's figure.
    Profile,
    /// The firm's configuration.
    Config,
    /// The case ledger.
    Ledger,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Cell,
        Kind::Derived,
        Kind::Profile,
        Kind::Config,
        Kind::Ledger,
    ];

    /// The highlight colour, RGB in 0–1.
    pub fn colour(self) -> [f32; 3] {
        match self {
            Kind::Cell => [1.0, 0.9, 0.25],
            Kind::Derived => [0.55, 0.8, 1.0],
            Kind::Profile => [0.55, 0.9, 0.55],
            Kind::Config => [1.0, 0.7, 0.4],
            Kind::Ledger => [0.8, 0.68, 1.0],
        }
    }

    /// The colour and what it marks, as the review sheet explains it.
    pub fn legend(self) -> (&'static str, &'static str) {
        match self {
            Kind::Cell => (
                "Yellow: a cell of the workbook, as read",
                "黄色：工作簿单元格原值",
            ),
            Kind::Derived => ("Blue: derived from cells by a rule", "蓝色：由单元格按规则推算"),
            Kind::Profile => ("Green: a platform profile's figure", "绿色：平台规则配置中的数值"),
            Kind::Config => (
                "Orange: the firm's configuration (takedown.yaml)",
                "橙色：律所配置（takedown.yaml）",
            ),
            Kind::Ledger => (
                "Violet: the case ledger (an earlier batch)",
                "紫色：案件台账（此前批次）",
            ),
        }
    }

    fn of(origin: &Origin) -> Kind {
        match origin {
            Origin::Cell { .. } => Kind::Cell,
            Origin::Derived { .. } => Kind::Derived,
            Origin::Profile { .. } => Kind::Profile,
            Origin::Config { .. } => Kind::Config,
            Origin::Ledger { .. } => Kind::Ledger,
        }
    }
}

/// A highlight over one printed value: one quad per line it spans.
#[derive(Debug, Clone, PartialEq)]
pub struct Highlight {
    pub kind: Kind,
    pub quads: Vec<Quad>,
    /// The note's author line: `侵权链接!K7 · 2026-11-20`.
    pub title: String,
    /// The note: the title, then the template's name for the value and how it was made.
    pub contents: String,
}

/// A sticky note: a warning on the page it concerns, its icon at (`x`, `y`).
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub x: f32,
    pub y: f32,
    pub title: String,
    pub contents: String,
}

/// A link from a rectangle of one page to the top of another, both by their index in the
/// same PDF.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub page: usize,
    /// One per line the link's text spans.
    pub quads: Vec<Quad>,
    pub target: usize,
}

/// Everything a review build draws over one page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Overlay {
    pub highlights: Vec<Highlight>,
    pub notes: Vec<Note>,
    /// The watermark's outlines, drawn over the page translucently.
    pub watermark: Vec<Outline>,
}

/// The note of a value: a short title (the cell and the value as read, or the rule, the
/// profile key, the config key) and the whole of it.
pub fn label(fact: &Fact) -> (Kind, String, String) {
    let (title, how) = match &fact.origin {
        Origin::Cell { cell } => {
            let value = fact.raw.as_deref().unwrap_or(&fact.en);
            (format!("{cell} · {value}"), String::new())
        }
        Origin::Derived { derived, rule } if derived.is_empty() => {
            (format!("derived · {rule}"), String::new())
        }
        Origin::Derived { derived, rule } => (
            format!("derived from {}", derived.join(", ")),
            format!("rule: {rule}"),
        ),
        Origin::Profile { profile, source } => (format!("profile {profile}"), format!("source: {source}")),
        Origin::Config { config } => (format!("takedown.yaml {config}"), String::new()),
        Origin::Ledger { ledger } => (format!("ledger · {ledger}"), String::new()),
    };
    let mut contents = format!("{title}\n{}", fact.field);
    if !how.is_empty() {
        contents.push('\n');
        contents.push_str(&how);
    }
    (Kind::of(&fact.origin), title, contents)
}

/// The overlays of one document of a packet (`doc`, its index there): each page's marks as
/// highlights, the warnings `placed` on its pages as notes at the right margin (stacked
/// down the margin where several fall together), and the watermark.
pub fn overlays(
    pages: &[crate::layout::Page],
    marks: &[Vec<Mark>],
    facts: &[Fact],
    placed: &[Placed],
    doc: usize,
    fonts: &crate::fonts::FontSet,
) -> Vec<Overlay> {
    let mut drawn: Vec<((u32, u32), Vec<Outline>)> = Vec::new();
    pages
        .iter()
        .zip(marks)
        .enumerate()
        .map(|(i, (page, marks))| {
            let highlights = marks
                .iter()
                .filter_map(|m| {
                    let fact = facts.get(m.fact)?;
                    let (kind, title, contents) = label(fact);
                    Some(Highlight {
                        kind,
                        quads: m.quads.clone(),
                        title,
                        contents,
                    })
                })
                .collect();
            let mut notes: Vec<Note> = Vec::new();
            let mut wanted: Vec<(f32, &Placed)> = placed
                .iter()
                .flat_map(|p| {
                    p.at.iter()
                        .filter(|a| a.0 == doc && a.1 == i)
                        .map(move |a| (a.2, p))
                })
                .collect();
            wanted.sort_by(|a, b| a.0.total_cmp(&b.0));
            let mut next = 24.0f32;
            for (y, p) in wanted {
                let y = y.max(next).min(page.height - 24.0);
                notes.push(Note {
                    x: page.width - 26.0,
                    y,
                    title: "takedown".to_owned(),
                    contents: p.text.clone(),
                });
                next = y + 22.0;
            }
            let size = (page.width.to_bits(), page.height.to_bits());
            let watermark = match drawn.iter().find(|d| d.0 == size) {
                Some(d) => d.1.clone(),
                None => {
                    let w = watermark(page.width, page.height, fonts);
                    drawn.push((size, w.clone()));
                    w
                }
            };
            Overlay {
                highlights,
                notes,
                watermark,
            }
        })
        .collect()
}
