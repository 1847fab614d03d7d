//! PDF: laid-out pages to bytes through printpdf, the only module that knows it.
//!
//! Text is embedded by [`embed`]: CID-keyed CFF faces (the built-in fonts) with our own
//! subsetter, any other face (a configured TrueType or OpenType font) subset by the
//! `subsetter` crate ([`sfnt`]); printpdf writes the pages, rules, fills and metadata.
//!
//! Fonts are embedded as subsets with `/ToUnicode`, so text copies and searches. The
//! bytes depend only on the pages and metadata: font resource names and the trailer `/ID`
//! are derived from the content, dates come from the caller, never from the clock.
//!
//! This file writes a document and compresses its streams; `font_plan` chooses how each face
//! is embedded (and renumbers the glyphs of faces `sfnt` subsets), `page` turns a page into printpdf operations, `catalog` adds the outline,
//! `fingerprint` makes the `/ID`, `images` the attachments, and `combine` joins documents.

use lopdf::{Object, StringFormat};
use printpdf::{PdfDocument, PdfSaveOptions};

mod annots;
mod catalog;
mod combine;
mod embed;
mod fingerprint;
mod font_plan;
mod images;
mod page;
mod sfnt;

pub use combine::combine;

use crate::fonts::FontSet;
use crate::layout::Page;
use crate::review::Overlay;
use catalog::finish_catalog;
use fingerprint::fingerprint;
use font_plan::FontPlan;
use page::page_ops;

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
    /// Writes the file's bytes to `out`: the objects that are not streams packed into
    /// compressed object streams, with a cross-reference stream (PDF 1.5).
    pub fn save_to(&mut self, out: &mut impl std::io::Write) -> Result<(), PdfError> {
        let options = lopdf::SaveOptions::builder()
            .use_object_streams(true)
            .use_xref_streams(true)
            .max_objects_per_stream(OBJECTS_PER_STREAM)
            .compression_level(OBJECT_STREAM_LEVEL)
            .build();
        self.doc
            .save_with_options(out, options)
            .map_err(|e| PdfError::Write(e.to_string()))
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
    write_parts(pages, &[], meta, fonts)?.to_bytes()
}

/// Writes `pages` as a PDF, with a review build's `overlays` over them (one per page, or
/// none), and keeps its objects for [`combine`].
pub fn write_parts(
    pages: &[Page],
    overlays: &[Overlay],
    meta: &PdfMeta,
    fonts: &FontSet,
) -> Result<Written, PdfError> {
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
    doc.pages = pages.iter().map(page_ops).collect();

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
    annots::add_overlays(&mut lo, pages, overlays)?;
    finish_catalog(&mut lo, pages, meta)?;
    let id = Object::String(
        fingerprint(pages, overlays, meta).to_vec(),
        StringFormat::Hexadecimal,
    );
    lo.trailer.set("ID", Object::Array(vec![id.clone(), id]));
    compress_streams(&mut lo, FLATE_LEVEL);
    Ok(Written { doc: lo })
}

/// Objects per object stream, and its deflate level. Level 9 took 12 % of the CPU of the
/// 200-client build (`perf record` of `takedown build`: `ObjectStream::to_stream_object`,
/// half of it zlib's slow match search); level 6 makes the sample power of attorney 55
/// bytes (0.06 %) larger.
const OBJECTS_PER_STREAM: usize = 200;
const OBJECT_STREAM_LEVEL: u32 = 6;

/// Deflate level for streams. lopdf's own `compress` uses the slowest level, which
/// took 4.3 ms of a 24 ms document to save about 1 % of its bytes.
const FLATE_LEVEL: u32 = 6;

/// Deflate level for embedded font programs, by miniz_oxide: CFF charstrings barely
/// compress, and deflating them was a third of a whole build at level 6. zlib-rs's level 1
/// (its quick strategy, fixed Huffman codes) saved 2 % of a font's bytes; miniz_oxide's
/// level 1 saves 12 % in less time (the sample's three font programs, 114,352 bytes: zlib-rs
/// 1 112,318 bytes in 1.15 ms, zlib-rs 2 99,216 in 2.50 ms, miniz_oxide 1 100,580 in
/// 0.99 ms).
const FONT_FLATE_LEVEL: u8 = 1;

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
        let compressed = if is_font {
            Ok(miniz_oxide::deflate::compress_to_vec_zlib(
                &stream.content,
                FONT_FLATE_LEVEL,
            ))
        } else {
            let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(level));
            encoder.write_all(&stream.content).and_then(|()| encoder.finish())
        };
        if let Ok(compressed) = compressed {
            if compressed.len() + 19 < stream.content.len() {
                stream.dict.set("Filter", Object::Name(b"FlateDecode".to_vec()));
                stream.set_content(compressed);
            }
        }
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
