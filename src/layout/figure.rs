//! Annex pages: an attachment on pages of its own, each headed by its caption (in the
//! mode's languages) with the image, or one page of a PDF, scaled to fit below it, aspect
//! kept.

use super::text::{set_text, Align, TextStyle};
use super::{Item, LayoutError, LayoutOptions, Mode, Page};
use crate::document::{Attachment, Bi};
use crate::evidence::FileKind;
use crate::fonts::FontSet;

/// Points between the caption and the picture.
const GAP: f32 = 10.0;

/// The pages of one figure: one for an image, one per page of a PDF. `head` is a page
/// already headed (the annex's heading) and where its heading ends: the first page goes on
/// it, below the heading.
pub(super) fn figure_pages(
    attachment: &Attachment,
    caption: &Bi,
    head: Option<(Page, f32)>,
    fonts: &FontSet,
    opts: &LayoutOptions,
) -> Result<Vec<Page>, LayoutError> {
    let (width, height) = opts.paper.size();
    let measure = width - 2.0 * opts.margin_x;
    let style = TextStyle {
        size: 9.0,
        leading: 13.0,
        bold: false,
        hei: false,
        align: Align::Left,
    };
    let texts = match opts.mode {
        Mode::En => vec![&caption.en],
        Mode::Zh => vec![&caption.zh],
        _ if caption.is_same() => vec![&caption.en],
        _ => vec![&caption.en, &caption.zh],
    };
    let count = if attachment.kind == FileKind::Pdf {
        attachment.pages.max(1)
    } else {
        1
    };
    let mut pages = Vec::with_capacity(count as usize);
    let mut head = head;
    for page in 0..count {
        let (mut items, mut outline, mut y) = match head.take() {
            Some((page, y)) => (page.items, page.outline, y),
            None => (Vec::new(), Vec::new(), opts.margin_top),
        };
        let top = y;
        let counter = crate::document::Text::plain(format!("{} / {}", page + 1, count));
        let lines = texts.iter().copied().chain((count > 1).then_some(&counter));
        for text in lines {
            let lines = set_text(text, &style, measure, fonts)
                .map_err(|m| LayoutError::missing(m.ch, text, "annex caption"))?;
            for line in lines {
                for mut run in line.runs {
                    run.y = y + line.baseline;
                    for g in &mut run.glyphs {
                        g.x += opts.margin_x;
                    }
                    items.push(Item::Text(run));
                }
                y += line.height;
            }
        }
        y += GAP;
        let (box_w, box_h) = (measure, height - opts.margin_bottom - y);
        // A PDF page's own size is only known when it is read; an A4 portrait box is assumed
        // for its aspect, and the PDF writer fits the real page into the box.
        let (w, h) = match attachment.kind {
            FileKind::Pdf => (595.0, 842.0),
            _ => (attachment.width.max(1) as f32, attachment.height.max(1) as f32),
        };
        let scale = (box_w / w)
            .min(box_h / h)
            .min(if attachment.kind == FileKind::Pdf {
                f32::MAX
            } else {
                // Never blow a small image up past twice its size at 72 dpi.
                2.0
            });
        let (dw, dh) = (w * scale, h * scale);
        items.push(Item::Image {
            attachment: attachment.clone(),
            page,
            x: opts.margin_x + (box_w - dw) / 2.0,
            y,
            w: dw,
            h: dh,
        });
        // Each annex is a bookmark under its document's title, at its first page.
        if page == 0 {
            outline.push(super::OutlineEntry {
                level: 2,
                title: texts.iter().map(|t| t.to_plain()).collect::<Vec<_>>().join(" / "),
                y: top,
            });
        }
        pages.push(Page {
            width,
            height,
            items,
            outline,
        });
    }
    Ok(pages)
}
