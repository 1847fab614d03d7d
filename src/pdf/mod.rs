//! PDF: laid-out pages to bytes through printpdf, the only module that knows it.
//!
//! Text in CID-keyed CFF faces (the built-in fonts) is embedded by [`embed`] with our own
//! subsetter; printpdf writes the pages, rules, fills, metadata and any other font.
//!
//! Fonts are embedded as subsets with `/ToUnicode`, so text copies and searches. The
//! bytes depend only on the pages and metadata: font resource names and the trailer `/ID`
//! are derived from the content, dates come from the caller, never from the clock.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, OnceLock};

use lopdf::{Dictionary, Object, StringFormat};
use printpdf::{
    Codepoint, Color, FontId, Greyscale, Line, LineDashPattern, LinePoint, Op, PaintMode, ParsedFont,
    PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, Rect, TextItem, TextMatrix,
};
use sha2::{Digest, Sha256};

mod combine;
mod embed;
mod images;

pub use combine::combine;

use crate::fonts::{FaceId, FontSet};
use crate::layout::{Item, Page};

/// Document metadata written to the PDF's info dictionary and catalog.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PdfMeta {
    pub title: String,
    pub author: String,
    pub subject: String,
    /// BCP 47 language of the document, e.g. `zh-CN` or `en-US`.
    pub language: String,
    /// Creation date as (year, month, day); `None` writes no date.
    pub date: Option<(i32, u8, u8)>,
}

/// Why a PDF could not be written.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("failed to load font {0} for embedding")]
    Font(String),
    #[error("failed to write the PDF ({0})")]
    Write(String),
}

/// A finished PDF as objects, ready to be saved (streamed to a file: a packet with evidence
/// is mostly image bytes, which are not copied into a buffer first) and to be [`combine`]d
/// with others into one.
pub struct Written {
    doc: lopdf::Document,
}

impl Written {
    /// Writes the file's bytes to `out`.
    pub fn save_to(&mut self, out: &mut impl std::io::Write) -> Result<(), PdfError> {
        self.doc.save_to(out).map_err(|e| PdfError::Write(e.to_string()))
    }

    /// The file's bytes.
    pub fn to_bytes(&mut self) -> Result<Vec<u8>, PdfError> {
        let mut bytes = Vec::new();
        self.save_to(&mut bytes)?;
        Ok(bytes)
    }
}

/// Writes `pages` as a PDF.
pub fn write_pdf(pages: &[Page], meta: &PdfMeta, fonts: &FontSet) -> Result<Vec<u8>, PdfError> {
    write_parts(pages, meta, fonts)?.to_bytes()
}

/// Writes `pages` as a PDF and keeps its objects for [`combine`].
pub fn write_parts(pages: &[Page], meta: &PdfMeta, fonts: &FontSet) -> Result<Written, PdfError> {
    let mut doc = PdfDocument::new(&meta.title);
    let info = &mut doc.metadata.info;
    info.author = meta.author.clone();
    info.subject = meta.subject.clone();
    info.creator = "takedown".to_string();
    info.producer = format!("takedown {}", env!("CARGO_PKG_VERSION"));
    if let Some(date) = meta.date.and_then(offset_date) {
        info.creation_date = date;
        info.modification_date = date;
        info.metadata_date = date;
    }

    let plan = FontPlan::new(pages, fonts);
    for (&face, id) in plan.ids.iter().filter(|(face, _)| !plan.own.contains_key(face)) {
        let parsed = parsed_font(fonts, face)?;
        doc.resources
            .fonts
            .map
            .insert(id.clone(), printpdf::PdfFont::new((*parsed).clone()));
    }
    doc.pages = pages.iter().map(|p| page_ops(p, &plan, fonts)).collect();

    let opts = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut lo = printpdf::to_lopdf_doc(&doc, &opts, &mut warnings);
    embed::add_text(&mut lo, pages, &plan, fonts)?;
    images::add_images(&mut lo, pages)?;
    finish_catalog(&mut lo, pages, meta)?;
    let id = Object::String(fingerprint(pages, meta).to_vec(), StringFormat::Hexadecimal);
    lo.trailer.set("ID", Object::Array(vec![id.clone(), id]));
    compress_streams(&mut lo, FLATE_LEVEL);
    Ok(Written { doc: lo })
}

/// Deflate level for streams. lopdf's own `compress` uses the slowest level, which
/// took 4.3 ms of a 24 ms document to save about 1 % of its bytes.
const FLATE_LEVEL: u32 = 6;

/// Deflate level for embedded font programs: CFF charstrings barely compress (about 80 %
/// at level 6), and at level 6 deflating them was a third of a whole build; level 1 is
/// several times faster for a few percent more bytes.
const FONT_FLATE_LEVEL: u32 = 1;

/// Deflates every stream that may be compressed and is not yet.
fn compress_streams(doc: &mut lopdf::Document, level: u32) {
    use std::io::Write;
    for object in doc.objects.values_mut() {
        let Object::Stream(stream) = object else {
            continue;
        };
        if !stream.allows_compression || stream.dict.get(b"Filter").is_ok() {
            continue;
        }
        let is_font = matches!(stream.dict.get(b"Subtype"), Ok(Object::Name(n)) if n == b"CIDFontType0C");
        let level = if is_font { FONT_FLATE_LEVEL } else { level };
        let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(level));
        let compressed = encoder.write_all(&stream.content).and_then(|()| encoder.finish());
        if let Ok(compressed) = compressed {
            if compressed.len() + 19 < stream.content.len() {
                stream.dict.set("Filter", Object::Name(b"FlateDecode".to_vec()));
                stream.set_content(compressed);
            }
        }
    }
}

/// printpdf's parse of each face, made once per process and shared by every document.
fn parsed_font(fonts: &FontSet, face: FaceId) -> Result<Arc<ParsedFont>, PdfError> {
    /// Parsed faces by the address and length of their font data.
    type Cache = Mutex<HashMap<(usize, usize), Arc<ParsedFont>>>;
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let data = fonts.face(face).data;
    let key = (data.as_ptr() as usize, data.len());
    let cache = CACHE.get_or_init(Default::default);
    if let Some(font) = cache
        .lock()
        .map_err(|_| PdfError::Font(fonts.face(face).name.clone()))?
        .get(&key)
    {
        return Ok(font.clone());
    }
    let mut warnings = Vec::new();
    let font = ParsedFont::from_bytes(data, 0, &mut warnings)
        .map(Arc::new)
        .ok_or_else(|| PdfError::Font(fonts.face(face).name.clone()))?;
    let mut cache = cache
        .lock()
        .map_err(|_| PdfError::Font(fonts.face(face).name.clone()))?;
    Ok(cache.entry(key).or_insert(font).clone())
}

/// The faces a document uses: the glyphs set in each, a resource name per face (six capital
/// letters derived from the face and its glyphs, also the subset tag `ABCDEF+Font`), and
/// which faces are CID-keyed CFF, embedded by [`embed`] rather than printpdf.
pub(crate) struct FontPlan {
    used: BTreeMap<FaceId, Vec<(u16, char)>>,
    ids: BTreeMap<FaceId, FontId>,
    own: BTreeMap<FaceId, &'static crate::cff::CidCff>,
}

impl FontPlan {
    fn new(pages: &[Page], fonts: &FontSet) -> FontPlan {
        let used = glyphs_by_face(pages);
        let ids = used
            .iter()
            .map(|(&face, glyphs)| {
                let mut h = Sha256::new();
                h.update(fonts.face(face).name.as_bytes());
                h.update((face as u64).to_le_bytes());
                let gids: Vec<u8> = glyphs.iter().flat_map(|(g, _)| g.to_le_bytes()).collect();
                h.update(&gids);
                let tag: String = h.finalize()[..6]
                    .iter()
                    .map(|b| char::from(b'A' + b % 26))
                    .collect();
                (face, FontId(tag))
            })
            .collect();
        let own = used
            .keys()
            .filter_map(|&face| embed::cid_cff(fonts, face).map(|cff| (face, cff)))
            .collect();
        FontPlan { used, ids, own }
    }
}

/// The glyphs set in each face, by glyph id, each with the first character it set.
fn glyphs_by_face(pages: &[Page]) -> BTreeMap<FaceId, Vec<(u16, char)>> {
    let mut used: BTreeMap<FaceId, Vec<(u16, char)>> = BTreeMap::new();
    for run in pages.iter().flat_map(Page::runs) {
        used.entry(run.face)
            .or_default()
            .extend(run.glyphs.iter().map(|g| (g.gid, g.ch)));
    }
    for glyphs in used.values_mut() {
        // Stable: the first character a glyph set stays first.
        glyphs.sort_by_key(|&(gid, _)| gid);
        glyphs.dedup_by_key(|&mut (gid, _)| gid);
    }
    used
}

/// printpdf's operations for a page: rules, fills and the text of faces not in `own`.
fn page_ops(page: &Page, plan: &FontPlan, fonts: &FontSet) -> PdfPage {
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

/// Adds the language, the outline (level 1–2 headings, nested) and viewer preferences.
fn finish_catalog(doc: &mut lopdf::Document, pages: &[Page], meta: &PdfMeta) -> Result<(), PdfError> {
    let err = |e: lopdf::Error| PdfError::Write(e.to_string());
    let catalog_id = doc
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .map_err(err)?;
    let page_ids: Vec<_> = doc.get_pages().into_values().collect();

    let entries: Vec<(u8, &str, usize, f32)> = pages
        .iter()
        .enumerate()
        .flat_map(|(i, p)| {
            p.outline
                .iter()
                .map(move |o| (o.level, o.title.as_str(), i, p.height - o.y))
        })
        .collect();
    let outlines = if entries.is_empty() {
        None
    } else {
        let root = doc.new_object_id();
        // Object ids for every entry, then link parents, siblings and children.
        let ids: Vec<_> = entries.iter().map(|_| doc.new_object_id()).collect();
        let mut parent_of = vec![root; entries.len()];
        let mut children: Vec<Vec<usize>> = vec![Vec::new(); entries.len() + 1];
        let mut last_top: Option<usize> = None;
        for (i, e) in entries.iter().enumerate() {
            match (e.0, last_top) {
                (2.., Some(top)) => {
                    parent_of[i] = ids[top];
                    children[top + 1].push(i);
                }
                _ => {
                    last_top = Some(i);
                    children[0].push(i);
                }
            }
        }
        for (i, &(_, title, page, y)) in entries.iter().enumerate() {
            let siblings = children
                .iter()
                .find(|c| c.contains(&i))
                .cloned()
                .unwrap_or_default();
            let pos = siblings.iter().position(|&s| s == i).unwrap_or(0);
            let mut d = Dictionary::new();
            d.set("Title", utf16_string(title));
            d.set("Parent", Object::Reference(parent_of[i]));
            d.set(
                "Dest",
                Object::Array(vec![
                    Object::Reference(page_ids[page]),
                    Object::Name(b"XYZ".to_vec()),
                    Object::Integer(0),
                    Object::Real(y + 12.0),
                    Object::Null,
                ]),
            );
            if pos > 0 {
                d.set("Prev", Object::Reference(ids[siblings[pos - 1]]));
            }
            if let Some(&next) = siblings.get(pos + 1) {
                d.set("Next", Object::Reference(ids[next]));
            }
            let kids = &children[i + 1];
            if let (Some(&first), Some(&last)) = (kids.first(), kids.last()) {
                d.set("First", Object::Reference(ids[first]));
                d.set("Last", Object::Reference(ids[last]));
                d.set("Count", Object::Integer(kids.len() as i64));
            }
            doc.objects.insert(ids[i], Object::Dictionary(d));
        }
        let top = &children[0];
        let mut d = Dictionary::new();
        d.set("Type", Object::Name(b"Outlines".to_vec()));
        d.set("First", Object::Reference(ids[top[0]]));
        d.set("Last", Object::Reference(ids[top[top.len() - 1]]));
        d.set("Count", Object::Integer(entries.len() as i64));
        doc.objects.insert(root, Object::Dictionary(d));
        Some(root)
    };

    let catalog = doc
        .get_object_mut(catalog_id)
        .and_then(Object::as_dict_mut)
        .map_err(err)?;
    catalog.set(
        "Lang",
        Object::String(meta.language.as_bytes().to_vec(), StringFormat::Literal),
    );
    let mut prefs = Dictionary::new();
    prefs.set("DisplayDocTitle", Object::Boolean(true));
    catalog.set("ViewerPreferences", Object::Dictionary(prefs));
    match outlines {
        Some(root) => {
            catalog.set("Outlines", Object::Reference(root));
            catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
        }
        None => catalog.set("PageMode", Object::Name(b"UseNone".to_vec())),
    }
    Ok(())
}

fn utf16_string(s: &str) -> Object {
    let mut bytes = vec![0xFE, 0xFF];
    for unit in s.encode_utf16() {
        bytes.extend(unit.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Hexadecimal)
}

/// A digest of everything that decides the document's content, for the trailer `/ID`.
fn fingerprint(pages: &[Page], meta: &PdfMeta) -> [u8; 16] {
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

fn offset_date((year, month, day): (i32, u8, u8)) -> Option<printpdf::OffsetDateTime> {
    use printpdf::date::{Date, Offset, Time};
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let time = Time {
        hour: 0,
        minute: 0,
        second: 0,
        millisecond: 0,
    };
    let offset = Offset {
        hours: 0,
        minutes: 0,
        seconds: 0,
        milliseconds: 0,
    };
    Some(printpdf::OffsetDateTime::new_in_offset(
        Date { year, month, day },
        time,
        offset,
    ))
}
