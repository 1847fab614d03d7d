//! Faces that are not CID-keyed CFF (a TrueType or OpenType font named in the config): the
//! glyphs a document sets, cut out by the `subsetter` crate (which renumbers them from 1,
//! `.notdef` staying 0; [`super::font_plan::FontPlan::code`] gives each glyph's new id).

use subsetter::GlyphRemapper;

use super::embed::Program;
use super::PdfError;
use crate::fonts::Face;

/// The subset of `face` holding the glyphs `remapper` numbers, as the program to embed.
pub(super) fn subset(face: &Face, remapper: &GlyphRemapper) -> Result<Program, PdfError> {
    let bytes = subsetter::subset(face.data, 0, remapper)
        .map_err(|e| PdfError::Font(format!("{}: cannot be subset ({e:?})", face.name)))?;
    Ok(if bytes.starts_with(b"OTTO") {
        Program::OpenType(bytes)
    } else {
        Program::TrueType(bytes)
    })
}
