//! The font set: faces parsed once per process, chosen per character by style and fallback.
//!
//! Layout measures with these faces' own advances (ttf-parser), the same widths the PDF
//! writer puts in `/W`, so what layout positions is what a viewer draws.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;

use ttf_parser::{Face as TtfFace, GlyphId};

/// Noto Serif CJK SC Regular, cut to GBK plus Latin and punctuation (SIL OFL 1.1).
static SERIF_REGULAR: &[u8] = include_bytes!("../fonts/NotoSerifCJKsc-Regular.gbk.otf");
/// Noto Serif CJK SC Bold, same cut.
static SERIF_BOLD: &[u8] = include_bytes!("../fonts/NotoSerifCJKsc-Bold.gbk.otf");
/// Noto Sans CJK SC Bold, same cut: the Hei face of Chinese headings and table headers.
static SANS_BOLD: &[u8] = include_bytes!("../fonts/NotoSansCJKsc-Bold.gbk.otf");

/// CIDs of the proportional Latin quotes ‘ ’ “ ” in Noto Serif CJK, kept by the cut.
const LATIN_QUOTE_CIDS: [u16; 4] = [725, 726, 728, 729];

/// Index of a face in its [`FontSet`].
pub type FaceId = usize;

/// Weight of a text run; each style has its own fallback chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    Regular,
    Bold,
    /// Hei (sans bold), for Chinese headings; falls back to the bold chain.
    Hei,
}

/// One parsed font face.
pub struct Face {
    /// The PostScript or family name, for messages and PDF metadata.
    pub name: String,
    /// The font file, alive for the whole process.
    pub data: &'static [u8],
    ttf: TtfFace<'static>,
    units_per_em: f32,
    /// Proportional glyphs for ‘ ’ “ ” where the face maps them to full-width ones.
    latin_quotes: Option<[u16; 4]>,
}

impl Face {
    /// Parses a font file; `data` must live for the process (embedded or leaked once).
    pub fn parse(data: &'static [u8]) -> Result<Face, FontError> {
        let ttf = TtfFace::parse(data, 0).map_err(|e| FontError::Parse(e.to_string()))?;
        let units_per_em = f32::from(ttf.units_per_em());
        let name = ttf
            .names()
            .into_iter()
            .filter(|n| n.name_id == ttf_parser::name_id::POST_SCRIPT_NAME)
            .find_map(|n| n.to_string())
            .unwrap_or_else(|| "font".to_string());
        Ok(Face {
            name,
            data,
            units_per_em,
            ttf,
            latin_quotes: None,
        })
    }

    /// The face with its proportional Latin quotes found by CID (Noto Serif CJK's cut).
    fn with_latin_quotes(mut self) -> Face {
        if let Some(cff) = self.ttf.tables().cff {
            let mut found = [0u16; 4];
            for gid in 1..self.ttf.number_of_glyphs() {
                if let Some(k) = cff
                    .glyph_cid(GlyphId(gid))
                    .and_then(|cid| LATIN_QUOTE_CIDS.iter().position(|&c| c == cid))
                {
                    found[k] = gid;
                }
                if found.iter().all(|&g| g != 0) {
                    self.latin_quotes = Some(found);
                    break;
                }
            }
        }
        self
    }

    /// Reads and parses a font file, keeping its bytes for the rest of the process.
    pub fn load(path: &Path) -> Result<Face, FontError> {
        let data = std::fs::read(path).map_err(|source| FontError::Read {
            path: path.display().to_string(),
            source,
        })?;
        Face::parse(Box::leak(data.into_boxed_slice())).map_err(|e| match e {
            FontError::Parse(why) => FontError::Parse(format!("{}: {why}", path.display())),
            other => other,
        })
    }

    /// The glyph for `c`, if the face has one.
    pub fn glyph(&self, c: char) -> Option<u16> {
        self.ttf.glyph_index(c).map(|g| g.0).filter(|&g| g != 0)
    }

    /// Advance of `gid` in em units (1.0 = the font size), rounded down to 1/1000 em
    /// exactly as the PDF `/W` array records it.
    pub fn advance(&self, gid: u16) -> f32 {
        let units = self.ttf.glyph_hor_advance(GlyphId(gid)).unwrap_or(0);
        (f32::from(units) * 1000.0 / self.units_per_em).trunc() / 1000.0
    }

    /// The outline of `gid` in em units (y up), given to `builder`; false when it has none.
    pub fn outline(&self, gid: u16, builder: &mut dyn ttf_parser::OutlineBuilder) -> bool {
        struct Scaled<'a>(&'a mut dyn ttf_parser::OutlineBuilder, f32);
        impl ttf_parser::OutlineBuilder for Scaled<'_> {
            fn move_to(&mut self, x: f32, y: f32) {
                self.0.move_to(x * self.1, y * self.1);
            }
            fn line_to(&mut self, x: f32, y: f32) {
                self.0.line_to(x * self.1, y * self.1);
            }
            fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
                let k = self.1;
                self.0.quad_to(x1 * k, y1 * k, x * k, y * k);
            }
            fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
                let k = self.1;
                self.0.curve_to(x1 * k, y1 * k, x2 * k, y2 * k, x * k, y * k);
            }
            fn close(&mut self) {
                self.0.close();
            }
        }
        let mut scaled = Scaled(builder, 1.0 / self.units_per_em);
        self.ttf.outline_glyph(GlyphId(gid), &mut scaled).is_some()
    }
}

/// The built-in faces: serif regular (0), serif bold (1), sans bold (2).
fn builtin_faces() -> Vec<Face> {
    let parse = |data| Face::parse(data).expect("embedded font parses");
    vec![
        parse(SERIF_REGULAR).with_latin_quotes(),
        parse(SERIF_BOLD).with_latin_quotes(),
        parse(SANS_BOLD),
    ]
}

/// Errors loading fonts.
#[derive(Debug, thiserror::Error)]
pub enum FontError {
    #[error("failed to parse font ({0})")]
    Parse(String),
    #[error("failed to read font {path} ({source})")]
    Read { path: String, source: std::io::Error },
}

/// The faces a document may use, with a fallback chain per style.
///
/// For each character, the first face of the style's chain that has a glyph wins, so a
/// Latin face put before the CJK face sets Latin text while Chinese falls through to it,
/// and extra fonts after it cover rare characters.
pub struct FontSet {
    faces: Vec<Face>,
    regular: Vec<FaceId>,
    bold: Vec<FaceId>,
    hei: Vec<FaceId>,
    /// Per style, for the Basic Multilingual Plane: what [`FontSet::resolve`] found, as
    /// `face << 16 | glyph` plus one (0: not looked up yet, [`MISSING`]: no face has it).
    found: [Vec<AtomicU32>; 3],
}

/// No face of the chain has the character.
const MISSING: u32 = u32::MAX;

impl FontSet {
    /// The built-in set: Noto Serif CJK SC Regular and Bold and Noto Sans CJK SC Bold,
    /// parsed once per process.
    pub fn builtin() -> &'static FontSet {
        static SET: OnceLock<FontSet> = OnceLock::new();
        SET.get_or_init(|| {
            let mut set = FontSet::new(builtin_faces(), vec![0], vec![1, 0]);
            set.hei = vec![2, 1, 0];
            set
        })
    }

    /// The built-in faces with a configured Latin face put first in both chains and extra
    /// fallback fonts (for rare characters) after them. Each file is read and parsed once;
    /// its bytes live for the rest of the process.
    pub fn with_files(latin: Option<&Path>, fallbacks: &[PathBuf]) -> Result<FontSet, FontError> {
        let mut faces = builtin_faces();
        let mut regular = vec![0];
        let mut bold = vec![1, 0];
        let mut hei = vec![2, 1, 0];
        if let Some(path) = latin {
            faces.push(Face::load(path)?);
            regular.insert(0, faces.len() - 1);
            bold.insert(0, faces.len() - 1);
            hei.insert(0, faces.len() - 1);
        }
        for path in fallbacks {
            faces.push(Face::load(path)?);
            regular.push(faces.len() - 1);
            bold.push(faces.len() - 1);
            hei.push(faces.len() - 1);
        }
        let mut set = FontSet::new(faces, regular, bold);
        set.hei = hei;
        Ok(set)
    }

    /// A set from explicit faces and chains (indices into `faces`); used for a configured
    /// Latin face or fallback fonts.
    pub fn new(faces: Vec<Face>, regular: Vec<FaceId>, bold: Vec<FaceId>) -> FontSet {
        let table = || (0..0x1_0000).map(|_| AtomicU32::new(0)).collect();
        FontSet {
            faces,
            hei: bold.clone(),
            regular,
            bold,
            found: [table(), table(), table()],
        }
    }

    /// The faces, by [`FaceId`].
    pub fn faces(&self) -> &[Face] {
        &self.faces
    }

    /// The face at `id`.
    pub fn face(&self, id: FaceId) -> &Face {
        &self.faces[id]
    }

    /// The face and glyph that set `c` in `style`, or `None` when no face has it.
    pub fn resolve(&self, c: char, style: Style) -> Option<(FaceId, u16)> {
        let chain = match style {
            Style::Regular => &self.regular,
            Style::Bold => &self.bold,
            Style::Hei => &self.hei,
        };
        let slot = self.found[style as usize].get(c as usize);
        if let Some(slot) = slot {
            match slot.load(Ordering::Relaxed) {
                0 => {}
                MISSING => return None,
                v => return Some((((v - 1) >> 16) as FaceId, ((v - 1) & 0xffff) as u16)),
            }
        }
        let found = chain.iter().find_map(|&f| self.faces[f].glyph(c).map(|g| (f, g)));
        if let Some(slot) = slot {
            let v = found.map_or(MISSING, |(f, g)| ((f as u32) << 16 | u32::from(g)) + 1);
            slot.store(v, Ordering::Relaxed);
        }
        found
    }

    /// Like [`FontSet::resolve`], but a quote (‘ ’ “ ”) the face sets full width comes out
    /// as the face's proportional Latin quote: English text never uses full-width quotes.
    pub fn resolve_latin(&self, c: char, style: Style) -> Option<(FaceId, u16)> {
        let (face, gid) = self.resolve(c, style)?;
        let k = match c {
            '‘' => 0,
            '’' => 1,
            '“' => 2,
            '”' => 3,
            _ => return Some((face, gid)),
        };
        Some(match self.faces[face].latin_quotes {
            Some(q) => (face, q[k]),
            None => (face, gid),
        })
    }

    /// The first character of `text` (whitespace aside) that the regular or the bold chain
    /// cannot set: text from data or templates may be set in either weight.
    pub fn first_unsettable(&self, text: &str) -> Option<char> {
        text.chars()
            .filter(|c| !c.is_whitespace() && !c.is_control())
            .find(|&c| self.resolve(c, Style::Regular).is_none() || self.resolve(c, Style::Bold).is_none())
    }

    /// The first character of `text` that no face of `style` can set.
    pub fn first_missing(&self, text: &str, style: Style) -> Option<char> {
        text.chars()
            .filter(|c| !c.is_control())
            .find(|&c| self.resolve(c, style).is_none())
    }
}
