//! The fonts a document uses: which glyphs each face sets, the resource name and subset
//! tag of each, which faces [`super::embed`] embeds itself, and printpdf's parse of the others.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, OnceLock};

use printpdf::{FontId, ParsedFont};
use sha2::{Digest, Sha256};

use super::{embed, PdfError};
use crate::fonts::{FaceId, FontSet};
use crate::layout::Page;

/// printpdf's parse of each face, made once per process and shared by every document.
pub(super) fn parsed_font(fonts: &FontSet, face: FaceId) -> Result<Arc<ParsedFont>, PdfError> {
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
/// which faces are CID-keyed CFF, embedded by [`super::embed`] rather than printpdf.
pub(crate) struct FontPlan {
    pub(super) used: BTreeMap<FaceId, Vec<(u16, char)>>,
    pub(super) ids: BTreeMap<FaceId, FontId>,
    pub(super) own: BTreeMap<FaceId, &'static crate::cff::CidCff>,
}

impl FontPlan {
    pub(super) fn new(pages: &[Page], fonts: &FontSet) -> FontPlan {
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
