//! A page's rules, fills and the text of faces printpdf embeds, as printpdf operations.

use printpdf::{
    Codepoint, Color, Greyscale, Line, LineDashPattern, LinePoint, Op, PaintMode, PdfFontHandle, PdfPage,
    Point, Pt, Rect, TextItem, TextMatrix,
};

use super::FontPlan;
use crate::fonts::{FaceId, FontSet};
use crate::layout::{Item, Page};

/// printpdf's operations for a page: rules, fills and the text of faces not in `own`.
pub(super) fn page_ops(page: &Page, plan: &FontPlan, fonts: &FontSet) -> PdfPage {
    let (ids, own) = (&plan.ids, &plan.own);
    let h = page.height;
    let mut ops = Vec::new();
    let mut in_text = false;
    let mut current: Option<(FaceId, f32)> = None;
    let mut dashed = false;
    for item in &page.items {
        match item {
            Item::Text(run) if own.contains_key(&run.face) => {}
            // Drawn by `images` into a stream of its own.
            Item::Image { .. } => {}
            Item::Text(run) => {
                if !in_text {
                    ops.push(Op::StartTextSection);
                    in_text = true;
                }
                if current != Some((run.face, run.size)) {
                    ops.push(Op::SetFont {
                        font: PdfFontHandle::External(ids[&run.face].clone()),
                        size: Pt(run.size),
                    });
                    current = Some((run.face, run.size));
                }
                let Some(first) = run.glyphs.first() else {
                    continue;
                };
                ops.push(Op::SetTextMatrix {
                    matrix: TextMatrix::Translate(Pt(first.x), Pt(h - run.y)),
                });
                let face = fonts.face(run.face);
                let glyphs = run
                    .glyphs
                    .iter()
                    .enumerate()
                    .map(|(i, g)| {
                        let natural = g.x + face.advance(g.gid) * run.size;
                        let gap = run.glyphs.get(i + 1).map_or(0.0, |next| next.x - natural);
                        // TJ numbers are thousandths of an em, positive moving left.
                        let offset = -(gap * 1000.0 / run.size);
                        let offset = if offset.abs() < 0.01 {
                            0.0
                        } else {
                            (offset * 100.0).round() / 100.0
                        };
                        Codepoint::with_cid(g.gid, offset, g.ch.to_string())
                    })
                    .collect();
                ops.push(Op::ShowText {
                    items: vec![TextItem::GlyphIds(glyphs)],
                });
            }
            Item::Rule {
                x1,
                y1,
                x2,
                y2,
                width,
                dash,
            } => {
                if in_text {
                    ops.push(Op::EndTextSection);
                    in_text = false;
                    current = None;
                }
                ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                if dash.is_some() != dashed {
                    let pattern = match dash {
                        Some(d) => LineDashPattern::new(0.0, &[*d, *d]),
                        None => LineDashPattern::solid(),
                    };
                    ops.push(Op::SetLineDashPattern { dash: pattern });
                    dashed = dash.is_some();
                }
                let point = |x: f32, y: f32| LinePoint {
                    p: Point {
                        x: Pt(x),
                        y: Pt(h - y),
                    },
                    bezier: false,
                };
                ops.push(Op::DrawLine {
                    line: Line {
                        points: vec![point(*x1, *y1), point(*x2, *y2)],
                        is_closed: false,
                    },
                });
            }
            Item::Fill { x, y, w, h: fh, grey } => {
                if in_text {
                    ops.push(Op::EndTextSection);
                    in_text = false;
                    current = None;
                }
                ops.push(Op::SetFillColor {
                    col: Color::Greyscale(Greyscale::new(*grey, None)),
                });
                ops.push(Op::DrawRectangle {
                    rectangle: Rect {
                        x: Pt(*x),
                        y: Pt(h - y - fh),
                        width: Pt(*w),
                        height: Pt(*fh),
                        mode: Some(PaintMode::Fill),
                        winding_order: None,
                    },
                });
                ops.push(Op::SetFillColor {
                    col: Color::Greyscale(Greyscale::new(0.0, None)),
                });
            }
        }
    }
    if in_text {
        ops.push(Op::EndTextSection);
    }
    let media = Rect::from_wh(Pt(page.width), Pt(page.height));
    PdfPage {
        media_box: media.clone(),
        trim_box: media.clone(),
        crop_box: media,
        ops,
    }
}
