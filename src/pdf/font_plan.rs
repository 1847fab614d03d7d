//! The fonts a document uses: which glyphs each face sets, the resource name and subset
//! tag of each, which faces are CID-keyed CFF (our own subset keeps their glyph ids), and
//! for the others the glyph ids of their subset.

use std::collections::BTreeMap;

use printpdf::FontId;
use sha2::{Digest, Sha256};
use subsetter::GlyphRemapper;

use super::embed;
use crate::fonts::{FaceId, FontSet};
use crate::layout::Page;

/// The faces a document uses: the glyphs set in each, a resource name per face (six capital
/// letters derived from the face and its glyphs, also the subset tag `ABCDEF+Font`), which
/// faces are CID-keyed CFF (`own`: set by their glyph ids, in a subset that keeps them) and,
/// for every other face, its glyphs renumbered for the subset `sfnt` makes (set by the new
/// ids).
pub(crate) struct FontPlan {
    pub(super) used: BTreeMap<FaceId, Vec<(u16, char)>>,
    pub(super) ids: BTreeMap<FaceId, FontId>,
    pub(super) own: BTreeMap<FaceId, &'static crate::cff::CidCff>,
    pub(super) other: BTreeMap<FaceId, GlyphRemapper>,
}

impl FontPlan {
    /// The code a glyph of `face` is set by in the content stream.
    pub(super) fn code(&self, face: FaceId, gid: u16) -> u16 {
        match self.other.get(&face) {
            Some(remapper) => remapper.get(gid).unwrap_or(0),
            None => gid,
        }
    }

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
        let own: BTreeMap<FaceId, &'static crate::cff::CidCff> = used
            .keys()
            .filter_map(|&face| embed::cid_cff(fonts, face).map(|cff| (face, cff)))
            .collect();
        let other = used
            .iter()
            .filter(|(face, _)| !own.contains_key(face))
            .map(|(&face, glyphs)| {
                let gids: Vec<u16> = glyphs.iter().map(|&(gid, _)| gid).collect();
                (face, GlyphRemapper::new_from_glyphs_sorted(&gids))
            })
            .collect();
        FontPlan {
            used,
            ids,
            own,
            other,
        }
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
