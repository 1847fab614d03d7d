//! A review build's marks as PDF: `/Highlight` annotations with `/QuadPoints` and an
//! appearance of their own (so every viewer draws the same), `/Text` notes, `/Link`s to
//! pages, and the watermark: glyph outlines in a marked `/Artifact`, translucent, over
//! the page's own content, which is wrapped in `q … Q` so its state cannot move it.

use lopdf::{Dictionary, Object, ObjectId, Stream};

use super::catalog::utf16_string;
use super::PdfError;
use crate::layout::Page;
use crate::review::{Highlight, Link, Note, Outline, Overlay, PathSeg, Quad};

/// The watermark's colour and opacity.
const WATERMARK_RGB: [f32; 3] = [0.75, 0.1, 0.1];
const WATERMARK_ALPHA: f32 = 0.12;
/// A note's icon, in points.
const NOTE_SIZE: f32 = 20.0;

/// Adds each page's overlay (`overlays[i]` for page `i`; missing ones add nothing).
pub(super) fn add_overlays(
    doc: &mut lopdf::Document,
    pages: &[Page],
    overlays: &[Overlay],
) -> Result<(), PdfError> {
    let err = |e: lopdf::Error| PdfError::Write(e.to_string());
    let page_ids: Vec<ObjectId> = doc.get_pages().into_values().collect();
    // The watermark is drawn once per document (per page size) and shown on each page.
    let mut drawn: Vec<(&[Outline], f32, ObjectId)> = Vec::new();
    let mut wrap = None;
    for ((page, overlay), &page_id) in pages.iter().zip(overlays).zip(&page_ids) {
        let h = page.height;
        let mut annots = Vec::new();
        for (n, hl) in overlay.highlights.iter().enumerate() {
            annots.push(Object::Reference(highlight(doc, hl, h, n)));
        }
        for (n, note) in overlay.notes.iter().enumerate() {
            annots.push(Object::Reference(text_note(doc, note, h, n)));
        }
        if !overlay.watermark.is_empty() {
            let known = drawn
                .iter()
                .find(|d| d.0 == overlay.watermark.as_slice() && d.1 == h);
            let form = match known {
                Some(d) => d.2,
                None => {
                    let form = watermark_form(doc, &overlay.watermark, page);
                    drawn.push((&overlay.watermark, h, form));
                    form
                }
            };
            let wrap = *wrap.get_or_insert_with(|| {
                let ops =
                    "Q\nq /Artifact <</Type /Pagination /Subtype /Watermark>> BDC /TDwatermark Do EMC Q\n";
                (
                    doc.add_object(Stream::new(Dictionary::new(), b"q\n".to_vec())),
                    doc.add_object(Stream::new(Dictionary::new(), ops.as_bytes().to_vec())),
                )
            });
            show_watermark(doc, page_id, form, wrap).map_err(err)?;
        }
        if !annots.is_empty() {
            add_annots(doc, page_id, annots).map_err(err)?;
        }
    }
    Ok(())
}

/// Adds links to the pages of a whole document (page ids in order).
pub(super) fn add_links(
    doc: &mut lopdf::Document,
    page_ids: &[ObjectId],
    pages: &[Page],
    links: &[Link],
) -> Result<(), PdfError> {
    let err = |e: lopdf::Error| PdfError::Write(e.to_string());
    let mut by_page: std::collections::BTreeMap<usize, Vec<Object>> = Default::default();
    for link in links {
        let (Some(&to), Some(page)) = (page_ids.get(link.target), pages.get(link.page)) else {
            continue;
        };
        if link.quads.is_empty() {
            continue;
        }
        let mut d = annot("Link", rect(&link.quads, page.height));
        d.set("QuadPoints", quad_points(&link.quads, page.height));
        d.set("Border", vec![0.into(), 0.into(), 0.into()]);
        d.set("Dest", vec![Object::Reference(to), Object::Name(b"Fit".to_vec())]);
        by_page
            .entry(link.page)
            .or_default()
            .push(Object::Reference(doc.add_object(d)));
    }
    for (page, annots) in by_page {
        add_annots(doc, page_ids[page], annots).map_err(err)?;
    }
    Ok(())
}

fn annot(subtype: &str, rect: [f32; 4]) -> Dictionary {
    let mut d = Dictionary::new();
    d.set("Type", Object::Name(b"Annot".to_vec()));
    d.set("Subtype", Object::Name(subtype.as_bytes().to_vec()));
    d.set("Rect", rect.iter().map(|&v| Object::Real(v)).collect::<Vec<_>>());
    // Printable: a review copy printed for a partner keeps its marks.
    d.set("F", 4);
    d
}

/// The bounding box of quads in PDF coordinates (y up) on a page `h` high.
fn rect(quads: &[Quad], h: f32) -> [f32; 4] {
    let x0 = quads.iter().map(|q| q.x0).fold(f32::MAX, f32::min);
    let x1 = quads.iter().map(|q| q.x1).fold(f32::MIN, f32::max);
    let top = quads.iter().map(|q| q.top).fold(f32::MAX, f32::min);
    let bottom = quads.iter().map(|q| q.bottom).fold(f32::MIN, f32::max);
    [round(x0), round(h - bottom), round(x1), round(h - top)]
}

/// Two decimals: positions to a hundredth of a point, and the same bytes every build.
fn round(v: f32) -> f32 {
    (v * 100.0).round() / 100.0
}

/// `/QuadPoints`: per quad its upper left, upper right, lower left and lower right corners,
/// the order viewers read.
fn quad_points(quads: &[Quad], h: f32) -> Vec<Object> {
    let mut points = Vec::with_capacity(quads.len() * 8);
    for q in quads {
        let (x0, x1, top, bottom) = (round(q.x0), round(q.x1), round(h - q.top), round(h - q.bottom));
        for v in [x0, top, x1, top, x0, bottom, x1, bottom] {
            points.push(Object::Real(v));
        }
    }
    points
}

fn highlight(doc: &mut lopdf::Document, hl: &Highlight, h: f32, n: usize) -> ObjectId {
    let bbox = rect(&hl.quads, h);
    let points = quad_points(&hl.quads, h);
    let mut paint = String::from("/M gs\n");
    let [r, g, b] = hl.kind.colour();
    paint.push_str(&format!("{r} {g} {b} rg\n"));
    for q in &hl.quads {
        let (x0, x1, top, bottom) = (round(q.x0), round(q.x1), round(h - q.top), round(h - q.bottom));
        paint.push_str(&format!(
            "{x0} {bottom} {} {} re f\n",
            round(x1 - x0),
            round(top - bottom)
        ));
    }
    let mut blend = Dictionary::new();
    blend.set("Type", Object::Name(b"ExtGState".to_vec()));
    blend.set("BM", Object::Name(b"Multiply".to_vec()));
    let mut resources = Dictionary::new();
    resources.set(
        "ExtGState",
        Dictionary::from_iter([("M", Object::Dictionary(blend))]),
    );
    let mut form = Dictionary::new();
    form.set("Type", Object::Name(b"XObject".to_vec()));
    form.set("Subtype", Object::Name(b"Form".to_vec()));
    form.set("BBox", bbox.iter().map(|&v| Object::Real(v)).collect::<Vec<_>>());
    form.set("Resources", resources);
    let appearance = doc.add_object(Stream::new(form, paint.into_bytes()));

    let mut d = annot("Highlight", bbox);
    d.set("QuadPoints", points);
    d.set("C", vec![Object::Real(r), Object::Real(g), Object::Real(b)]);
    d.set("T", utf16_string(&hl.title));
    d.set("Contents", utf16_string(&hl.contents));
    d.set("NM", Object::string_literal(format!("takedown-h{n}")));
    d.set(
        "AP",
        Dictionary::from_iter([("N", Object::Reference(appearance))]),
    );
    doc.add_object(d)
}

fn text_note(doc: &mut lopdf::Document, note: &Note, h: f32, n: usize) -> ObjectId {
    let (x, y) = (round(note.x), round(h - note.y));
    let mut d = annot("Text", [x, round(y - NOTE_SIZE), round(x + NOTE_SIZE), y]);
    d.set("Name", Object::Name(b"Comment".to_vec()));
    d.set(
        "C",
        vec![Object::Real(1.0), Object::Real(0.55), Object::Real(0.0)],
    );
    d.set("T", utf16_string(&note.title));
    d.set("Contents", utf16_string(&note.contents));
    d.set("NM", Object::string_literal(format!("takedown-n{n}")));
    d.set("Open", false);
    doc.add_object(d)
}

/// Appends `annots` to the page's `/Annots`.
fn add_annots(doc: &mut lopdf::Document, page: ObjectId, annots: Vec<Object>) -> lopdf::Result<()> {
    let dict = doc.get_object_mut(page)?.as_dict_mut()?;
    let mut all = match dict.get(b"Annots") {
        Ok(Object::Array(items)) => items.clone(),
        _ => Vec::new(),
    };
    all.extend(annots);
    dict.set("Annots", all);
    Ok(())
}

/// The watermark as a Form XObject: its outlines filled translucent, on a page like `page`.
fn watermark_form(doc: &mut lopdf::Document, outlines: &[Outline], page: &Page) -> ObjectId {
    let h = page.height;
    let [r, g, b] = WATERMARK_RGB;
    let mut ops = format!("/TDdraft gs {r} {g} {b} rg\n");
    for outline in outlines {
        for seg in &outline.segs {
            match *seg {
                PathSeg::Move(x, y) => ops.push_str(&format!("{} {} m\n", round(x), round(h - y))),
                PathSeg::Line(x, y) => ops.push_str(&format!("{} {} l\n", round(x), round(h - y))),
                PathSeg::Cubic(a, b, c, d, e, f) => ops.push_str(&format!(
                    "{} {} {} {} {} {} c\n",
                    round(a),
                    round(h - b),
                    round(c),
                    round(h - d),
                    round(e),
                    round(h - f)
                )),
                PathSeg::Close => ops.push_str("h\n"),
            }
        }
        ops.push_str("f\n");
    }
    let mut state = Dictionary::new();
    state.set("Type", Object::Name(b"ExtGState".to_vec()));
    state.set("ca", Object::Real(WATERMARK_ALPHA));
    let mut resources = Dictionary::new();
    resources.set(
        "ExtGState",
        Dictionary::from_iter([("TDdraft", Object::Dictionary(state))]),
    );
    let mut form = Dictionary::new();
    form.set("Type", Object::Name(b"XObject".to_vec()));
    form.set("Subtype", Object::Name(b"Form".to_vec()));
    form.set(
        "BBox",
        vec![0.into(), 0.into(), Object::Real(page.width), Object::Real(h)],
    );
    form.set("Resources", resources);
    doc.add_object(Stream::new(form, ops.into_bytes()))
}

/// Shows the watermark over the page's content, which is wrapped in `q … Q` first so that
/// nothing it leaves set moves the watermark; marked as a pagination artifact, not content.
/// `open` and `mark` are the streams before and after the page's own (shared by every page).
fn show_watermark(
    doc: &mut lopdf::Document,
    page: ObjectId,
    form: ObjectId,
    (open, mark): (ObjectId, ObjectId),
) -> lopdf::Result<()> {
    let dict = doc.get_object_mut(page)?.as_dict_mut()?;
    let mut contents = match dict.get(b"Contents") {
        Ok(Object::Array(items)) => items.clone(),
        Ok(other) => vec![other.clone()],
        Err(_) => Vec::new(),
    };
    contents.insert(0, Object::Reference(open));
    contents.push(Object::Reference(mark));
    dict.set("Contents", contents);
    let xobjects = super::embed::page_resources(doc, page, b"XObject")?;
    xobjects.set("TDwatermark", Object::Reference(form));
    Ok(())
}
