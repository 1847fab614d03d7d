//! The draft watermark, "DRAFT — NOT FOR FILING / 草稿 — 不得提交", as glyph outlines across
//! the page: shapes, not text, so no text extraction or screen reader reads it into a
//! sentence, and `pdf` draws it translucent over the page, hiding nothing.

use crate::fonts::{FontSet, Style};

/// The watermark's two lines.
pub const LINES: [&str; 2] = ["DRAFT — NOT FOR FILING", "草稿 — 不得提交"];

/// A piece of an outline, in layout coordinates (points from the top-left, y down).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PathSeg {
    Move(f32, f32),
    Line(f32, f32),
    Cubic(f32, f32, f32, f32, f32, f32),
    Close,
}

/// One glyph's outline.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Outline {
    pub segs: Vec<PathSeg>,
}

/// Collects a glyph's outline in em units, y up.
#[derive(Default)]
struct Collect {
    segs: Vec<PathSeg>,
    last: (f32, f32),
}

impl ttf_parser::OutlineBuilder for Collect {
    fn move_to(&mut self, x: f32, y: f32) {
        self.segs.push(PathSeg::Move(x, y));
        self.last = (x, y);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.segs.push(PathSeg::Line(x, y));
        self.last = (x, y);
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        // The cubic with the same curve: control points two thirds of the way to (x1, y1).
        let (x0, y0) = self.last;
        let c1 = (x0 + 2.0 / 3.0 * (x1 - x0), y0 + 2.0 / 3.0 * (y1 - y0));
        let c2 = (x + 2.0 / 3.0 * (x1 - x), y + 2.0 / 3.0 * (y1 - y));
        self.curve_to(c1.0, c1.1, c2.0, c2.1, x, y);
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        self.segs.push(PathSeg::Cubic(x1, y1, x2, y2, x, y));
        self.last = (x, y);
    }
    fn close(&mut self) {
        self.segs.push(PathSeg::Close);
    }
}

/// The watermark of a `width` × `height` page: both lines centred on the page's diagonal,
/// the longer one spanning about two thirds of it.
pub fn watermark(width: f32, height: f32, fonts: &FontSet) -> Vec<Outline> {
    // Each line as glyph outlines in em units on its own baseline, with its width.
    let lines: Vec<(Vec<(f32, Outline)>, f32)> = LINES
        .iter()
        .map(|line| {
            let mut x = 0.0;
            let mut glyphs = Vec::new();
            for c in line.chars() {
                let Some((face, gid)) = fonts.resolve(c, Style::Bold) else {
                    continue;
                };
                let face = fonts.face(face);
                let mut collect = Collect::default();
                if face.outline(gid, &mut collect) {
                    glyphs.push((x, Outline { segs: collect.segs }));
                }
                x += face.advance(gid);
            }
            (glyphs, x)
        })
        .collect();
    let widest = lines.iter().map(|l| l.1).fold(0.0, f32::max);
    if widest <= 0.0 {
        return Vec::new();
    }
    let diagonal = width.hypot(height);
    let size = diagonal * 0.62 / widest;
    // Rotated up from the bottom-left towards the top-right corner.
    let angle = (height / width).atan();
    let (sin, cos) = angle.sin_cos();
    let (cx, cy) = (width / 2.0, height / 2.0);
    let mut out = Vec::new();
    for (n, (glyphs, w)) in lines.iter().enumerate() {
        // Baselines 1.3 em apart, the pair centred on the page's centre.
        let baseline = (n as f32 - 0.5) * 1.3 + 0.35;
        for (gx, outline) in glyphs {
            // Em units (y up) → page points (y down), rotated about the centre.
            let place = |x: f32, y: f32| -> (f32, f32) {
                let u = (gx + x - w / 2.0) * size;
                let v = (baseline - y) * size;
                (cx + u * cos + v * sin, cy - u * sin + v * cos)
            };
            let segs = outline
                .segs
                .iter()
                .map(|s| match *s {
                    PathSeg::Move(x, y) => {
                        let (x, y) = place(x, y);
                        PathSeg::Move(x, y)
                    }
                    PathSeg::Line(x, y) => {
                        let (x, y) = place(x, y);
                        PathSeg::Line(x, y)
                    }
                    PathSeg::Cubic(x1, y1, x2, y2, x, y) => {
                        let (a, b) = place(x1, y1);
                        let (c, d) = place(x2, y2);
                        let (e, f) = place(x, y);
                        PathSeg::Cubic(a, b, c, d, e, f)
                    }
                    PathSeg::Close => PathSeg::Close,
                })
                .collect();
            out.push(Outline { segs });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_watermark_lies_on_the_page() {
        let outlines = watermark(595.0, 842.0, FontSet::builtin());
        let letters: usize = LINES
            .iter()
            .map(|l| l.chars().filter(|c| !c.is_whitespace()).count())
            .sum();
        assert_eq!(outlines.len(), letters);
        for o in &outlines {
            for s in &o.segs {
                if let PathSeg::Move(x, y) | PathSeg::Line(x, y) = *s {
                    assert!(
                        (0.0..=595.0).contains(&x) && (0.0..=842.0).contains(&y),
                        "{x},{y}"
                    );
                }
            }
        }
    }
}
