//! Every page's text: one content stream per page added beside the one printpdf writes for
//! rules and fills, and a Type0 font per face with `/W` from the advances layout measured
//! with and a `/ToUnicode` map from the characters layout set. CID-keyed CFF faces (the
//! built-in Noto CJK) get our own subset ([`crate::cff`]), which keeps their glyph ids; any
//! other face (a configured TrueType or OpenType font) is subset by [`super::sfnt`] and set
//! by its renumbered glyph ids.
//!
//! printpdf re-parsed and re-subset the whole 7 MB font for every document, which was two
//! thirds of the time of a one-page PDF; the parsed CFF here is shared by every document of
//! the process.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write;
use std::sync::{Mutex, OnceLock};

use lopdf::{Dictionary, Object, ObjectId, Stream};

use crate::cff::CidCff;
use crate::fonts::{FaceId, FontSet};
use crate::layout::Page;

use super::font_plan::FontPlan;
use super::PdfError;

/// The parsed CFF of a face, when it is CID-keyed; parsed once per process.
pub(super) fn cid_cff(fonts: &FontSet, face: FaceId) -> Option<&'static CidCff> {
    type Cache = Mutex<HashMap<(usize, usize), Option<&'static CidCff>>>;
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let data = fonts.face(face).data;
    let key = (data.as_ptr() as usize, data.len());
    let mut cache = CACHE.get_or_init(Default::default).lock().ok()?;
    *cache
        .entry(key)
        .or_insert_with(|| CidCff::from_otf(data).ok().map(|cff| &*Box::leak(Box::new(cff))))
}

/// Adds the fonts of the plan's faces and each page's text to a document printpdf wrote.
pub(super) fn add_text(
    doc: &mut lopdf::Document,
    pages: &[Page],
    plan: &FontPlan,
    fonts: &FontSet,
) -> Result<(), PdfError> {
    let err = |e: lopdf::Error| PdfError::Write(e.to_string());
    let font_refs = font_objects(doc, plan, fonts, false)?;

    let page_ids: Vec<ObjectId> = doc.get_pages().into_values().collect();
    for (page, &page_id) in pages.iter().zip(&page_ids) {
        let content = text_stream(page, plan, fonts);
        if content.is_empty() {
            continue;
        }
        let stream_id = doc.add_object(Stream::new(Dictionary::new(), content));
        let page_dict = doc
            .get_object_mut(page_id)
            .and_then(Object::as_dict_mut)
            .map_err(err)?;
        let contents = match page_dict.get(b"Contents") {
            Ok(Object::Array(items)) => items.clone(),
            Ok(other) => vec![other.clone()],
            Err(_) => Vec::new(),
        };
        let mut contents = contents;
        contents.push(Object::Reference(stream_id));
        page_dict.set("Contents", Object::Array(contents));
        let font_dict = page_resources(doc, page_id, b"Font").map_err(err)?;
        for (&face, id) in &font_refs {
            font_dict.set(resource_name(face), Object::Reference(*id));
        }
    }
    Ok(())
}

/// The resource name of a face's font on every page: the same in every document, so that
/// a page's content stream (which sets original glyph ids) fits any subset of the face.
pub(super) fn resource_name(face: FaceId) -> String {
    format!("C{face}")
}

/// For a combined document: one font per own face covering every glyph of its pages, put
/// in place of each page's per-document font of that face.
pub(super) fn share_fonts(
    doc: &mut lopdf::Document,
    plan: &FontPlan,
    fonts: &FontSet,
) -> Result<(), PdfError> {
    let err = |e: lopdf::Error| PdfError::Write(e.to_string());
    let shared = font_objects(doc, plan, fonts, true)?;
    let page_ids: Vec<ObjectId> = doc.get_pages().into_values().collect();
    for page_id in page_ids {
        let font_dict = page_resources(doc, page_id, b"Font").map_err(err)?;
        for (&face, id) in &shared {
            let name = resource_name(face);
            if font_dict.has(name.as_bytes()) {
                font_dict.set(name, Object::Reference(*id));
            }
        }
    }
    doc.prune_objects();
    Ok(())
}

/// A page's `/Font` resource dictionary, made if missing; the page's Resources and their
/// `/Font` may each be inline or a reference.
pub(super) fn page_resources<'d>(
    doc: &'d mut lopdf::Document,
    page: ObjectId,
    key: &[u8],
) -> lopdf::Result<&'d mut Dictionary> {
    let resources_ref = match doc.get_object(page)?.as_dict()?.get(b"Resources") {
        Ok(Object::Reference(id)) => Some(*id),
        _ => None,
    };
    let resources: &mut Dictionary = match resources_ref {
        Some(id) => doc.get_object_mut(id)?.as_dict_mut()?,
        None => {
            let page = doc.get_object_mut(page)?.as_dict_mut()?;
            if !matches!(page.get(b"Resources"), Ok(Object::Dictionary(_))) {
                page.set("Resources", Dictionary::new());
            }
            page.get_mut(b"Resources")?.as_dict_mut()?
        }
    };
    let font_ref = match resources.get(key) {
        Ok(Object::Reference(id)) => Some(*id),
        Ok(Object::Dictionary(_)) => None,
        _ => {
            resources.set(key, Dictionary::new());
            None
        }
    };
    match font_ref {
        Some(id) => doc.get_object_mut(id)?.as_dict_mut(),
        None => {
            // Look the inline dictionary up again: `resources` borrowed `doc` above.
            let resources = match resources_ref {
                Some(id) => doc.get_object_mut(id)?.as_dict_mut()?,
                None => doc
                    .get_object_mut(page)?
                    .as_dict_mut()?
                    .get_mut(b"Resources")?
                    .as_dict_mut()?,
            };
            resources.get_mut(key)?.as_dict_mut()
        }
    }
}

/// A font object per face of the plan, for the glyphs set in it: every face, or (for
/// `packet.pdf`, which shares them) only the CID-keyed CFF ones.
fn font_objects(
    doc: &mut lopdf::Document,
    plan: &FontPlan,
    fonts: &FontSet,
    only_own: bool,
) -> Result<BTreeMap<FaceId, ObjectId>, PdfError> {
    let mut objects = BTreeMap::new();
    for (&face, glyphs) in &plan.used {
        let f = fonts.face(face);
        let program = match plan.own.get(&face) {
            Some(cff) => {
                let gids: BTreeSet<u16> = glyphs.iter().map(|&(gid, _)| gid).collect();
                let bytes = cff
                    .subset(&gids)
                    .map_err(|e| PdfError::Font(format!("{}: {e}", f.name)))?;
                Program::Cff(bytes)
            }
            None if only_own => continue,
            None => super::sfnt::subset(f, &plan.other[&face])?,
        };
        // Each glyph with the code it is set by.
        let coded: Vec<(u16, u16, char)> = glyphs
            .iter()
            .map(|&(gid, ch)| (plan.code(face, gid), gid, ch))
            .collect();
        objects.insert(
            face,
            font_object(doc, fonts, face, &plan.ids[&face].0, program, &coded)?,
        );
    }
    Ok(objects)
}

/// An embedded font program, as the PDF names its kind.
pub(super) enum Program {
    /// A bare CID-keyed CFF (`/FontFile3`, `/CIDFontType0C`), set by CIDs.
    Cff(Vec<u8>),
    /// An OpenType font with CFF outlines (`/FontFile3`, `/OpenType`), set by glyph ids.
    OpenType(Vec<u8>),
    /// A TrueType font (`/FontFile2`), set by glyph ids.
    TrueType(Vec<u8>),
}

/// The Type0 font (with its CIDFont, descriptor, subset program and ToUnicode) of a face;
/// `coded` holds each glyph set as (code, glyph id in the face, character), by code.
fn font_object(
    doc: &mut lopdf::Document,
    fonts: &FontSet,
    face: FaceId,
    tag: &str,
    program: Program,
    coded: &[(u16, u16, char)],
) -> Result<ObjectId, PdfError> {
    let f = fonts.face(face);
    let (file_key, cid_subtype, file_subtype, program) = match program {
        Program::Cff(bytes) => ("FontFile3", "CIDFontType0", Some("CIDFontType0C"), bytes),
        Program::OpenType(bytes) => ("FontFile3", "CIDFontType0", Some("OpenType"), bytes),
        Program::TrueType(bytes) => ("FontFile2", "CIDFontType2", None, bytes),
    };
    let mut file_dict = Dictionary::new();
    if let Some(subtype) = file_subtype {
        file_dict.set("Subtype", Object::Name(subtype.as_bytes().to_vec()));
    }
    let file_id = doc.add_object(Stream::new(file_dict, program));

    let base_font = format!("{tag}+{}", f.name);
    let ttf = ttf_parser::Face::parse(f.data, 0).map_err(|_| PdfError::Font(f.name.clone()))?;
    let scale = 1000.0 / f32::from(ttf.units_per_em());
    let em = |v: i16| Object::Integer((f32::from(v) * scale).round() as i64);
    let bbox = ttf.global_bounding_box();
    let mut descriptor = Dictionary::new();
    descriptor.set("Type", Object::Name(b"FontDescriptor".to_vec()));
    descriptor.set("FontName", Object::Name(base_font.clone().into_bytes()));
    descriptor.set("Flags", Object::Integer(4));
    descriptor.set(
        "FontBBox",
        Object::Array(vec![
            em(bbox.x_min),
            em(bbox.y_min),
            em(bbox.x_max),
            em(bbox.y_max),
        ]),
    );
    descriptor.set("ItalicAngle", Object::Integer(0));
    descriptor.set("Ascent", em(ttf.ascender()));
    descriptor.set("Descent", em(ttf.descender()));
    descriptor.set("CapHeight", em(ttf.capital_height().unwrap_or(ttf.ascender())));
    descriptor.set("StemV", Object::Integer(80));
    descriptor.set(file_key, Object::Reference(file_id));
    let descriptor_id = doc.add_object(descriptor);

    // /W: runs of consecutive glyph ids with their widths in thousandths of an em.
    let mut widths: Vec<Object> = Vec::new();
    let mut run: Vec<Object> = Vec::new();
    let mut run_start: Option<u16> = None;
    let mut previous: Option<u16> = None;
    for &(code, gid, _) in coded {
        if previous == Some(code) {
            continue;
        }
        if previous.is_none_or(|p| p + 1 != code) {
            if let Some(start) = run_start {
                widths.push(Object::Integer(i64::from(start)));
                widths.push(Object::Array(std::mem::take(&mut run)));
            }
            run_start = Some(code);
        }
        run.push(Object::Integer((f.advance(gid) * 1000.0).round() as i64));
        previous = Some(code);
    }
    if let Some(start) = run_start {
        widths.push(Object::Integer(i64::from(start)));
        widths.push(Object::Array(run));
    }
    let mut system = Dictionary::new();
    system.set("Registry", Object::string_literal("Adobe"));
    system.set("Ordering", Object::string_literal("Identity"));
    system.set("Supplement", Object::Integer(0));
    let mut cid_font = Dictionary::new();
    cid_font.set("Type", Object::Name(b"Font".to_vec()));
    cid_font.set("Subtype", Object::Name(cid_subtype.as_bytes().to_vec()));
    if cid_subtype == "CIDFontType2" {
        cid_font.set("CIDToGIDMap", Object::Name(b"Identity".to_vec()));
    }
    cid_font.set("BaseFont", Object::Name(base_font.clone().into_bytes()));
    cid_font.set("CIDSystemInfo", system);
    cid_font.set("FontDescriptor", Object::Reference(descriptor_id));
    cid_font.set("DW", Object::Integer(1000));
    cid_font.set("W", Object::Array(widths));
    let cid_font_id = doc.add_object(cid_font);

    let to_unicode_id = doc.add_object(Stream::new(Dictionary::new(), to_unicode(coded).into_bytes()));
    let mut type0 = Dictionary::new();
    type0.set("Type", Object::Name(b"Font".to_vec()));
    type0.set("Subtype", Object::Name(b"Type0".to_vec()));
    type0.set("BaseFont", Object::Name(base_font.into_bytes()));
    type0.set("Encoding", Object::Name(b"Identity-H".to_vec()));
    type0.set(
        "DescendantFonts",
        Object::Array(vec![Object::Reference(cid_font_id)]),
    );
    type0.set("ToUnicode", Object::Reference(to_unicode_id));
    Ok(doc.add_object(type0))
}

/// A CMap from each 2-byte code to the character its glyph sets.
fn to_unicode(glyphs: &[(u16, u16, char)]) -> String {
    let mut out = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
         /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
         1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    for chunk in glyphs.chunks(100) {
        let _ = writeln!(out, "{} beginbfchar", chunk.len());
        for (gid, _, ch) in chunk {
            let mut units = [0u16; 2];
            let hex: String = ch
                .encode_utf16(&mut units)
                .iter()
                .map(|u| format!("{u:04X}"))
                .collect();
            let _ = writeln!(out, "<{gid:04X}> <{hex}>");
        }
        out.push_str("endbfchar\n");
    }
    out.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    out
}

/// The page's text: `Tf`, `Tm`, and `TJ` with each glyph's code. The most common
/// gap between a run's glyphs (a justified Chinese line's extra spacing) becomes the
/// character spacing `Tc`; only gaps that differ from it are written as TJ offsets.
fn text_stream(page: &Page, plan: &FontPlan, fonts: &FontSet) -> Vec<u8> {
    let mut out = String::new();
    let mut current: Option<(FaceId, f32)> = None;
    let mut current_tc = 0i64;
    let mut gaps: Vec<i64> = Vec::new();
    let mut sorted: Vec<i64> = Vec::new();
    for run in page.runs() {
        let Some(first) = run.glyphs.first() else {
            continue;
        };
        if out.is_empty() {
            out.push_str("BT\n0 g\n");
        }
        if current != Some((run.face, run.size)) {
            let _ = writeln!(out, "/{} {} Tf", resource_name(run.face), milli(run.size));
            current = Some((run.face, run.size));
        }
        let face = fonts.face(run.face);
        // Gaps after each glyph but the last, in thousandths of a point.
        gaps.clear();
        gaps.extend(run.glyphs.windows(2).map(|pair| {
            let natural = pair[0].x + face.advance(pair[0].gid) * run.size;
            ((pair[1].x - natural) * 1000.0).round() as i64
        }));
        let tc = most_common(&gaps, &mut sorted);
        if tc != current_tc {
            let _ = writeln!(out, "{} Tc", Milli(tc));
            current_tc = tc;
        }
        let _ = writeln!(
            out,
            "1 0 0 1 {} {} Tm",
            milli(first.x),
            milli(page.height - run.y)
        );
        out.push_str("[<");
        for (i, g) in run.glyphs.iter().enumerate() {
            let _ = write!(out, "{:04X}", plan.code(run.face, g.gid));
            let Some(&gap) = gaps.get(i) else {
                break;
            };
            // TJ numbers are thousandths of an em, positive moving left.
            let offset = -((gap - tc) as f32) / run.size;
            let offset = (offset * 100.0).round() as i64;
            if offset != 0 {
                let _ = write!(out, "> {} <", Centi(offset));
            }
        }
        out.push_str(">] TJ\n");
    }
    if !out.is_empty() {
        out.push_str("ET\n");
    }
    out.into_bytes()
}

/// The most frequent value (0 when none repeats).
fn most_common(values: &[i64], scratch: &mut Vec<i64>) -> i64 {
    scratch.clear();
    scratch.extend_from_slice(values);
    scratch.sort_unstable();
    let (mut best, mut best_count) = (0, 1);
    for group in scratch.chunk_by(|a, b| a == b) {
        if group.len() > best_count {
            (best, best_count) = (group[0], group.len());
        }
    }
    best
}

fn milli(v: f32) -> Milli {
    Milli((v * 1000.0).round() as i64)
}

/// A number given in thousandths, written with at most three decimals.
struct Milli(i64);

/// A number given in hundredths, written with at most two decimals.
struct Centi(i64);

impl std::fmt::Display for Milli {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        fixed(f, self.0, 1000)
    }
}

impl std::fmt::Display for Centi {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        fixed(f, self.0, 100)
    }
}

/// `value / scale` without trailing zeros, from integers only.
fn fixed(f: &mut std::fmt::Formatter<'_>, value: i64, scale: i64) -> std::fmt::Result {
    let sign = if value < 0 { "-" } else { "" };
    let (whole, mut frac) = (value.abs() / scale, value.abs() % scale);
    if frac == 0 {
        return write!(f, "{sign}{whole}");
    }
    let mut digits = if scale == 1000 { 3 } else { 2 };
    while frac % 10 == 0 {
        frac /= 10;
        digits -= 1;
    }
    write!(f, "{sign}{whole}.{frac:0digits$}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short_and_exact() {
        assert_eq!(Milli(10_500).to_string(), "10.5");
        assert_eq!(Milli(-1_050).to_string(), "-1.05");
        assert_eq!(Milli(7).to_string(), "0.007");
        assert_eq!(Milli(0).to_string(), "0");
        assert_eq!(Centi(-1234).to_string(), "-12.34");
        assert_eq!(Centi(5).to_string(), "0.05");
        assert_eq!(most_common(&[3, 5, 3, 0, 3], &mut Vec::new()), 3);
        assert_eq!(most_common(&[1, 2], &mut Vec::new()), 0);
    }
}
