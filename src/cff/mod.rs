//! Subsetting CID-keyed CFF fonts (the `CFF ` table of an OpenType/CFF font such as Noto
//! Serif CJK) for PDF embedding as `FontFile3 /CIDFontType0C`.
//!
//! The font is parsed once ([`CidCff::parse`]); a subset keeps the charstrings of the glyphs
//! a document sets, in glyph-id order, with a charset mapping each new glyph to a CID equal
//! to its *original* glyph id, so content streams and `/W` use original glyph ids. Which
//! subroutines the kept charstrings call is found by running them far enough to follow
//! `callsubr`/`callgsubr` and to skip `hintmask` bytes (once per glyph per process). The
//! used subroutines are renumbered from 0 and the numbers before each call rewritten; a
//! charstring that computes a subroutine number, or a global subroutine calling a local
//! one, keeps the original numbering instead, with unused subroutines emptied.
//!
//! This file holds the parsed font and parses it; `index` and `dict` read and write the
//! CFF structures, `scan` runs charstrings and `subset` writes a subset.
//!
//! Spec: Adobe TN #5176 (CFF) and #5177 (Type 2 charstrings).

mod dict;
mod index;
mod scan;
mod subset;

use std::sync::OnceLock;

use dict::{operand, parse_dict};
use index::{read_u16, Index};
use scan::{Scanned, Site};

/// Why a font's CFF cannot be subset here (the caller falls back to another embedder).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("CFF: {0}")]
pub struct CffError(&'static str);

type Result<T> = std::result::Result<T, CffError>;

/// A font DICT of the FDArray with its Private DICT and local subroutines.
#[derive(Debug, Clone)]
struct Fd {
    /// Font DICT entries other than Private.
    dict: Vec<u8>,
    /// Private DICT entries other than Subrs.
    private: Vec<u8>,
    subrs: Index,
}

/// A CID-keyed CFF font, parsed once.
#[derive(Debug, Clone)]
pub struct CidCff {
    data: &'static [u8],
    /// Name INDEX, String INDEX and Global Subr INDEX, as written.
    name_index: &'static [u8],
    string_index: &'static [u8],
    gsubrs: Index,
    /// Top DICT entries other than the offsets a subset rewrites.
    top: Vec<u8>,
    charstrings: Index,
    /// FD index per glyph.
    fd_select: Vec<u8>,
    fds: Vec<Fd>,
    /// Per glyph, once found: the subroutines its charstring calls and where.
    scanned: Vec<OnceLock<Scanned>>,
    /// Per global subroutine, and per FD and local subroutine, once run: its call sites.
    gsites: Vec<OnceLock<Box<[Site]>>>,
    lsites: Vec<Vec<OnceLock<Box<[Site]>>>>,
}

const CHARSET: u16 = 15;
const CHARSTRINGS: u16 = 17;
const PRIVATE: u16 = 18;
const SUBRS: u16 = 19;
const ROS: u16 = 1230;
const CID_COUNT: u16 = 1234;
const FD_ARRAY: u16 = 1236;
const FD_SELECT: u16 = 1237;

impl CidCff {
    /// Parses the `CFF ` table of an OpenType font; an error for anything but a CID-keyed CFF.
    pub fn from_otf(font: &'static [u8]) -> Result<CidCff> {
        let face = ttf_parser::RawFace::parse(font, 0).map_err(|_| CffError("not an OpenType font"))?;
        let table = face
            .table(ttf_parser::Tag::from_bytes(b"CFF "))
            .ok_or(CffError("no CFF table"))?;
        CidCff::parse(table)
    }

    /// Parses a CFF font program.
    pub fn parse(data: &'static [u8]) -> Result<CidCff> {
        let header_size = usize::from(*data.get(2).ok_or(CffError("truncated header"))?);
        let (names, after_names) = Index::parse(data, header_size)?;
        let (tops, after_tops) = Index::parse(data, after_names)?;
        let (_, after_strings) = Index::parse(data, after_tops)?;
        let (gsubrs, _) = Index::parse(data, after_strings)?;
        if names.len() != 1 {
            return Err(CffError("not exactly one font"));
        }
        let top_entries = parse_dict(tops.get(data, 0).ok_or(CffError("no Top DICT"))?)?;
        if !top_entries.iter().any(|e| e.op == ROS) {
            return Err(CffError("not CID-keyed"));
        }
        let at = |op| operand(&top_entries, op, 0).ok_or(CffError("missing Top DICT offset"));
        let (charstrings, _) = Index::parse(data, at(CHARSTRINGS)?)?;
        let glyphs = charstrings.len();
        let fd_select = read_fd_select(data, at(FD_SELECT)?, glyphs)?;
        let (fd_index, _) = Index::parse(data, at(FD_ARRAY)?)?;
        let mut fds = Vec::with_capacity(fd_index.len());
        for i in 0..fd_index.len() {
            let entries = parse_dict(fd_index.get(data, i).ok_or(CffError("bad FDArray"))?)?;
            let dict: Vec<u8> = entries
                .iter()
                .filter(|e| e.op != PRIVATE)
                .flat_map(|e| e.raw.clone())
                .collect();
            let (size, offset) = (operand(&entries, PRIVATE, 0), operand(&entries, PRIVATE, 1));
            let (private, subrs) = match (size, offset) {
                (Some(size), Some(offset)) => {
                    let bytes = data
                        .get(offset..offset + size)
                        .ok_or(CffError("bad Private DICT"))?;
                    let entries = parse_dict(bytes)?;
                    let private: Vec<u8> = entries
                        .iter()
                        .filter(|e| e.op != SUBRS)
                        .flat_map(|e| e.raw.clone())
                        .collect();
                    let subrs = match operand(&entries, SUBRS, 0) {
                        Some(rel) => Index::parse(data, offset + rel)?.0,
                        None => Index::default(),
                    };
                    (private, subrs)
                }
                _ => (Vec::new(), Index::default()),
            };
            fds.push(Fd { dict, private, subrs });
        }
        if fd_select.iter().any(|&fd| usize::from(fd) >= fds.len()) {
            return Err(CffError("FDSelect names a missing FD"));
        }
        let rewritten = [CHARSET, CHARSTRINGS, FD_ARRAY, FD_SELECT, CID_COUNT];
        let top = top_entries
            .iter()
            .filter(|e| !rewritten.contains(&e.op))
            .flat_map(|e| e.raw.clone())
            .collect();
        Ok(CidCff {
            data,
            name_index: &data[header_size..after_names],
            string_index: &data[after_tops..after_strings],
            top,
            scanned: (0..charstrings.len()).map(|_| OnceLock::new()).collect(),
            gsites: (0..gsubrs.len()).map(|_| OnceLock::new()).collect(),
            lsites: fds
                .iter()
                .map(|fd| (0..fd.subrs.len()).map(|_| OnceLock::new()).collect())
                .collect(),
            gsubrs,
            charstrings,
            fd_select,
            fds,
        })
    }

    /// Number of glyphs.
    pub fn glyph_count(&self) -> usize {
        self.charstrings.len()
    }
}

fn read_fd_select(data: &[u8], at: usize, glyphs: usize) -> Result<Vec<u8>> {
    let format = *data.get(at).ok_or(CffError("truncated FDSelect"))?;
    match format {
        0 => data
            .get(at + 1..at + 1 + glyphs)
            .map(<[u8]>::to_vec)
            .ok_or(CffError("truncated FDSelect")),
        3 => {
            let ranges = usize::from(read_u16(data, at + 1)?);
            let mut out = vec![0u8; glyphs];
            for r in 0..ranges {
                let p = at + 3 + r * 3;
                let first = usize::from(read_u16(data, p)?);
                let fd = *data.get(p + 2).ok_or(CffError("truncated FDSelect"))?;
                let next = usize::from(read_u16(data, p + 3)?);
                for slot in out.iter_mut().take(next.min(glyphs)).skip(first) {
                    *slot = fd;
                }
            }
            Ok(out)
        }
        _ => Err(CffError("unsupported FDSelect format")),
    }
}
