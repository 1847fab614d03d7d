//! The layout's output: pages of positioned glyph runs, rules and boxes.
//!
//! Coordinates are points from the page's top-left corner, y growing downwards; the PDF
//! writer flips them. Nothing here knows about fonts beyond a face index and glyph ids.

use crate::document::Attachment;
use crate::fonts::FaceId;

/// One glyph of a run: its id in the face, its x on the page, the character it sets and
/// the fact it prints.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    pub gid: u16,
    pub x: f32,
    pub ch: char,
    pub fact: crate::fact::Tag,
}

/// Glyphs of one face and size on one baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct GlyphRun {
    pub face: FaceId,
    pub size: f32,
    /// Baseline, from the top of the page.
    pub y: f32,
    pub glyphs: Vec<Glyph>,
}

impl GlyphRun {
    /// The characters of the run, for tests and debugging.
    pub fn text(&self) -> String {
        self.glyphs.iter().map(|g| g.ch).collect()
    }
}

/// A drawn item.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Text(GlyphRun),
    /// A straight line of the given stroke width; `dash` in points when dashed.
    Rule {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
        dash: Option<f32>,
    },
    /// A rectangle filled with a grey level (0 black, 1 white).
    Fill {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        grey: f32,
    },
    /// An attachment drawn into a box (`y` its top): an image, or page `page` of a PDF
    /// fitted into the box.
    Image {
        attachment: Attachment,
        page: u32,
        x: f32,
        y: f32,
        w: f32,
        h: f32,
    },
}

impl Item {
    /// Moves the item down by `dy`.
    pub fn shift_y(&mut self, dy: f32) {
        match self {
            Item::Text(run) => run.y += dy,
            Item::Rule { y1, y2, .. } => {
                *y1 += dy;
                *y2 += dy;
            }
            Item::Fill { y, .. } | Item::Image { y, .. } => *y += dy,
        }
    }
}

/// An outline (bookmark) entry pointing at a place on a page.
#[derive(Debug, Clone, PartialEq)]
pub struct OutlineEntry {
    /// 1 for top-level entries, 2 for entries under the last level-1 entry.
    pub level: u8,
    pub title: String,
    /// From the top of the page.
    pub y: f32,
}

/// One laid-out page.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub width: f32,
    pub height: f32,
    pub items: Vec<Item>,
    pub outline: Vec<OutlineEntry>,
}

impl Page {
    /// The glyph runs of the page, in drawing order.
    pub fn runs(&self) -> impl Iterator<Item = &GlyphRun> {
        self.items.iter().filter_map(|i| match i {
            Item::Text(run) => Some(run),
            _ => None,
        })
    }
}
