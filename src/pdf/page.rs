//! A page's rules and fills as printpdf operations.

use printpdf::{Color, Greyscale, Line, LineDashPattern, LinePoint, Op, PaintMode, PdfPage, Point, Pt, Rect};

use crate::layout::{Item, Page};

/// printpdf's operations for a page: its rules and fills (its text and images are added to
/// the written document by `embed` and `images`).
pub(super) fn page_ops(page: &Page) -> PdfPage {
    let h = page.height;
    let mut ops = Vec::new();
    let mut dashed = false;
    for item in &page.items {
        match item {
            // Text is written by `embed`, images by `images`, each into a stream of its own.
            Item::Text(_) | Item::Image { .. } => {}
            Item::Rule {
                x1,
                y1,
                x2,
                y2,
                width,
                dash,
            } => {
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
    let media = Rect::from_wh(Pt(page.width), Pt(page.height));
    PdfPage {
        media_box: media.clone(),
        trim_box: media.clone(),
        crop_box: media,
        ops,
    }
}
