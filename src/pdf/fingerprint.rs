//! The trailer `/ID`: a digest of everything that decides a document's content, so equal
//! input gives equal bytes.

use sha2::{Digest, Sha256};

use super::PdfMeta;
use crate::layout::{Item, Page};
use crate::review::Overlay;

/// A digest of everything that decides the document's content, for the trailer `/ID`.
pub(super) fn fingerprint(pages: &[Page], overlays: &[Overlay], meta: &PdfMeta) -> [u8; 16] {
    let mut h = Buffered(Vec::with_capacity(64 * 1024), Sha256::new());
    for s in [&meta.title, &meta.author, &meta.subject, &meta.language] {
        h.update(s.as_bytes());
        h.update([0]);
    }
    if let Some((y, m, d)) = meta.date {
        h.update(format!("{y}-{m}-{d}").as_bytes());
    }
    for page in pages {
        h.update(page.width.to_bits().to_le_bytes());
        h.update(page.height.to_bits().to_le_bytes());
        for item in &page.items {
            match item {
                Item::Text(run) => {
                    h.update([1]);
                    h.update((run.face as u32).to_le_bytes());
                    h.update(run.size.to_bits().to_le_bytes());
                    h.update(run.y.to_bits().to_le_bytes());
                    for g in &run.glyphs {
                        h.update(g.gid.to_le_bytes());
                        h.update(g.x.to_bits().to_le_bytes());
                        h.update((g.ch as u32).to_le_bytes());
                    }
                }
                Item::Rule {
                    x1,
                    y1,
                    x2,
                    y2,
                    width,
                    dash,
                } => {
                    h.update([2]);
                    for v in [x1, y1, x2, y2, width] {
                        h.update(v.to_bits().to_le_bytes());
                    }
                    h.update(dash.unwrap_or(0.0).to_bits().to_le_bytes());
                }
                Item::Fill { x, y, w, h: fh, grey } => {
                    h.update([3]);
                    for v in [x, y, w, fh, grey] {
                        h.update(v.to_bits().to_le_bytes());
                    }
                }
                Item::Image {
                    attachment,
                    page,
                    x,
                    y,
                    w,
                    h: ih,
                } => {
                    h.update([4]);
                    h.update(attachment.sha256.as_bytes());
                    h.update(page.to_le_bytes());
                    for v in [x, y, w, ih] {
                        h.update(v.to_bits().to_le_bytes());
                    }
                }
            }
        }
        for o in &page.outline {
            h.update([o.level]);
            h.update(o.title.as_bytes());
            h.update(o.y.to_bits().to_le_bytes());
        }
    }
    // A review build's marks (the watermark is the same on every page of a size).
    for overlay in overlays {
        h.update([5]);
        for hl in &overlay.highlights {
            h.update(hl.contents.as_bytes());
            for q in &hl.quads {
                for v in [q.x0, q.top, q.x1, q.bottom] {
                    h.update(v.to_bits().to_le_bytes());
                }
            }
        }
        for n in &overlay.notes {
            h.update(n.contents.as_bytes());
            h.update(n.y.to_bits().to_le_bytes());
        }
        h.update([u8::from(!overlay.watermark.is_empty())]);
    }
    let digest = h.finalize();
    let mut id = [0u8; 16];
    id.copy_from_slice(&digest[..16]);
    id
}

/// Gathers small pieces and hashes them in large blocks (many 2-byte updates cost more
/// than hashing).
struct Buffered(Vec<u8>, Sha256);

impl Buffered {
    fn update(&mut self, bytes: impl AsRef<[u8]>) {
        self.0.extend_from_slice(bytes.as_ref());
        if self.0.len() >= 60 * 1024 {
            self.1.update(&self.0);
            self.0.clear();
        }
    }

    fn finalize(mut self) -> sha2::digest::Output<Sha256> {
        self.1.update(&self.0);
        self.1.finalize()
    }
}
