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
//! Spec: Adobe TN #5176 (CFF) and #5177 (Type 2 charstrings).

use std::collections::BTreeSet;
use std::sync::OnceLock;

/// Why a font's CFF cannot be subset here (the caller falls back to another embedder).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("CFF: {0}")]
pub struct CffError(&'static str);

type Result<T> = std::result::Result<T, CffError>;

/// An INDEX: where each item's bytes are in the font.
#[derive(Debug, Clone, Default)]
struct Index {
    /// `count + 1` absolute offsets into the font data.
    offsets: Vec<usize>,
}

impl Index {
    fn len(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }

    fn get<'d>(&self, data: &'d [u8], i: usize) -> Option<&'d [u8]> {
        let (start, end) = (*self.offsets.get(i)?, *self.offsets.get(i + 1)?);
        data.get(start..end)
    }

    /// Parses the INDEX at `at`; returns it and the offset just past it.
    fn parse(data: &[u8], at: usize) -> Result<(Index, usize)> {
        let count = usize::from(read_u16(data, at)?);
        if count == 0 {
            return Ok((Index::default(), at + 2));
        }
        let off_size = usize::from(*data.get(at + 2).ok_or(CffError("truncated INDEX"))?);
        if !(1..=4).contains(&off_size) {
            return Err(CffError("bad INDEX offset size"));
        }
        let base = at + 3 + (count + 1) * off_size - 1;
        let mut offsets = Vec::with_capacity(count + 1);
        for i in 0..=count {
            let p = at + 3 + i * off_size;
            let bytes = data.get(p..p + off_size).ok_or(CffError("truncated INDEX"))?;
            let value = bytes.iter().fold(0usize, |v, &b| (v << 8) | usize::from(b));
            offsets.push(base + value);
        }
        let end = *offsets.last().unwrap_or(&base);
        if end > data.len() || offsets.windows(2).any(|w| w[0] > w[1]) {
            return Err(CffError("INDEX out of bounds"));
        }
        Ok((Index { offsets }, end))
    }
}

fn read_u16(data: &[u8], at: usize) -> Result<u16> {
    data.get(at..at + 2)
        .map(|b| u16::from_be_bytes([b[0], b[1]]))
        .ok_or(CffError("truncated"))
}

/// One DICT entry: operator (12 x as 1200 + x) and its raw bytes (operands and operator).
#[derive(Debug, Clone)]
struct Entry {
    op: u16,
    operands: Vec<f64>,
    raw: Vec<u8>,
}

fn parse_dict(data: &[u8]) -> Result<Vec<Entry>> {
    let mut entries = Vec::new();
    let mut operands = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < data.len() {
        let b0 = data[i];
        match b0 {
            0..=21 => {
                let op = if b0 == 12 {
                    i += 1;
                    1200 + u16::from(*data.get(i).ok_or(CffError("truncated DICT"))?)
                } else {
                    u16::from(b0)
                };
                i += 1;
                entries.push(Entry {
                    op,
                    operands: std::mem::take(&mut operands),
                    raw: data[start..i].to_vec(),
                });
                start = i;
            }
            28 => {
                let b = data.get(i + 1..i + 3).ok_or(CffError("truncated DICT"))?;
                operands.push(f64::from(i16::from_be_bytes([b[0], b[1]])));
                i += 3;
            }
            29 => {
                let b = data.get(i + 1..i + 5).ok_or(CffError("truncated DICT"))?;
                operands.push(f64::from(i32::from_be_bytes([b[0], b[1], b[2], b[3]])));
                i += 5;
            }
            30 => {
                // A real: nibbles up to an 0xf nibble. Only offsets matter here, never reals.
                i += 1;
                while let Some(&b) = data.get(i) {
                    i += 1;
                    if b & 0x0f == 0x0f || b >> 4 == 0x0f {
                        break;
                    }
                }
                operands.push(0.0);
            }
            32..=246 => {
                operands.push(f64::from(i32::from(b0) - 139));
                i += 1;
            }
            247..=250 => {
                let b1 = *data.get(i + 1).ok_or(CffError("truncated DICT"))?;
                operands.push(f64::from((i32::from(b0) - 247) * 256 + i32::from(b1) + 108));
                i += 2;
            }
            251..=254 => {
                let b1 = *data.get(i + 1).ok_or(CffError("truncated DICT"))?;
                operands.push(f64::from(-(i32::from(b0) - 251) * 256 - i32::from(b1) - 108));
                i += 2;
            }
            _ => return Err(CffError("bad DICT byte")),
        }
    }
    Ok(entries)
}

fn operand(entries: &[Entry], op: u16, n: usize) -> Option<usize> {
    let value = *entries.iter().find(|e| e.op == op)?.operands.get(n)?;
    (value >= 0.0).then_some(value as usize)
}

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

/// What running a glyph's charstring found.
#[derive(Debug, Clone)]
struct Scanned {
    /// Subroutines called, directly or not (`GLOBAL | index`, or a local index of its FD).
    calls: Box<[u32]>,
    /// The call sites in the charstring itself.
    sites: Box<[Site]>,
    /// Whether every call it makes, at any depth, can be renumbered: the subroutine number
    /// is an integer written just before the call, and no global subroutine calls a local one.
    compact: bool,
}

/// A subroutine call in a charstring: the bytes of the number before the call operator and
/// the subroutine it names (`GLOBAL | index` or a local index).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Site {
    start: u32,
    end: u32,
    target: u32,
}

/// Which charstring is running.
#[derive(Debug, Clone, Copy)]
enum Code {
    Glyph,
    Global(usize),
    Local(usize),
}

/// Marks a global subroutine in [`CidCff::calls`].
const GLOBAL: u32 = 1 << 31;

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

    /// What glyph `gid`'s charstring calls, found once and remembered.
    fn scanned_of(&self, gid: u16) -> Result<&Scanned> {
        let slot = &self.scanned[usize::from(gid)];
        if let Some(scanned) = slot.get() {
            return Ok(scanned);
        }
        let fd = usize::from(self.fd_select[usize::from(gid)]);
        let code = self
            .charstrings
            .get(self.data, usize::from(gid))
            .ok_or(CffError("bad glyph"))?;
        let mut scan = Scan {
            data: self.data,
            gsubrs: &self.gsubrs,
            lsubrs: &self.fds[fd].subrs,
            gsites: &self.gsites,
            lsites: &self.lsites[fd],
            calls: Vec::new(),
            glyph_sites: Vec::new(),
            compact: true,
            stack: 0,
            stems: 0,
            fuel: 100_000,
        };
        scan.run(code, 0, Code::Glyph)?;
        let mut calls = scan.calls;
        calls.sort_unstable();
        calls.dedup();
        let scanned = Scanned {
            calls: calls.into_boxed_slice(),
            sites: scan.glyph_sites.into_boxed_slice(),
            compact: scan.compact,
        };
        Ok(slot.get_or_init(|| scanned))
    }

    /// Number of glyphs.
    pub fn glyph_count(&self) -> usize {
        self.charstrings.len()
    }

    /// A CFF font with the glyphs `gids` (and .notdef); glyph `i` of the subset has CID
    /// `gids[i]`, its original glyph id.
    pub fn subset(&self, gids: &BTreeSet<u16>) -> Result<Vec<u8>> {
        self.subset_with(gids, true)
    }

    /// [`CidCff::subset`], renumbering the used subroutines only when `renumber` is set
    /// (and every kept charstring allows it).
    fn subset_with(&self, gids: &BTreeSet<u16>, renumber: bool) -> Result<Vec<u8>> {
        let mut glyphs: Vec<u16> = Vec::with_capacity(gids.len() + 1);
        glyphs.push(0);
        glyphs.extend(
            gids.iter()
                .copied()
                .filter(|&g| g != 0 && usize::from(g) < self.glyph_count()),
        );

        // Which subroutines the kept charstrings call.
        let mut used_g = vec![false; self.gsubrs.len()];
        let mut used_l: Vec<Vec<bool>> = self.fds.iter().map(|fd| vec![false; fd.subrs.len()]).collect();
        for &gid in &glyphs {
            let fd = usize::from(self.fd_select[usize::from(gid)]);
            for &call in self.scanned_of(gid)?.calls.iter() {
                let index = (call & !GLOBAL) as usize;
                if call & GLOBAL != 0 {
                    used_g[index] = true;
                } else {
                    used_l[fd][index] = true;
                }
            }
        }

        // Layout: header, Name, Top DICT, String, GSubrs, charset, FDSelect, CharStrings,
        // FDArray, then each FD's Private DICT followed by its Subrs.
        let mut out = vec![1, 0, 4, 4];
        out.extend_from_slice(self.name_index);
        // The Top DICT's offsets are 5-byte integers, so its size does not depend on them.
        let top_len = self.top_dict([0; 5]).len();
        let top_index_len = 2 + 1 + 2 * 4 + top_len;
        let after_top = out.len() + top_index_len;
        // Used subroutines are renumbered from 0 when every kept charstring allows it (the
        // INDEXes then hold only them); otherwise they keep their numbers in INDEXes of the
        // original length with the unused ones empty.
        let mut compact = renumber;
        for &gid in &glyphs {
            compact &= self.scanned_of(gid)?.compact;
        }
        let renumber = |used: &[bool]| -> (Vec<u32>, i32) {
            let mut next = 0u32;
            let map = used
                .iter()
                .map(|&u| {
                    next += u32::from(u);
                    if u {
                        next - 1
                    } else {
                        u32::MAX
                    }
                })
                .collect();
            (map, bias(next as usize))
        };
        let gmap = renumber(&used_g);
        let lmaps: Vec<(Vec<u32>, i32)> = used_l.iter().map(|u| renumber(u)).collect();
        let rewrite = |code: &[u8], sites: &[Site], fd: usize| -> Vec<u8> {
            let mut out = Vec::with_capacity(code.len() + 4);
            let mut pos = 0usize;
            for site in sites {
                out.extend_from_slice(&code[pos..site.start as usize]);
                let index = (site.target & !GLOBAL) as usize;
                let (map, bias) = if site.target & GLOBAL != 0 {
                    &gmap
                } else {
                    &lmaps[fd]
                };
                push_number(&mut out, map[index] as i32 - bias);
                pos = site.end as usize;
            }
            out.extend_from_slice(&code[pos..]);
            out
        };
        let gsubr_index = if compact {
            let items: Vec<Vec<u8>> = (0..self.gsubrs.len())
                .filter(|&i| used_g[i])
                .map(|i| {
                    let code = self.gsubrs.get(self.data, i).unwrap_or(&[]);
                    rewrite(code, self.gsites[i].get().map_or(&[], |s| s), 0)
                })
                .collect();
            write_index(items.iter().map(Vec::as_slice))
        } else {
            write_index_sparse(self.data, &self.gsubrs, &used_g)
        };
        let charset_at = after_top + self.string_index.len() + gsubr_index.len();
        let charset = charset_format0(&glyphs);
        let fd_select_at = charset_at + charset.len();
        let fd_select: Vec<u8> = std::iter::once(0u8)
            .chain(glyphs.iter().map(|&g| self.fd_select[usize::from(g)]))
            .collect();
        let charstrings_at = fd_select_at + fd_select.len();
        let charstrings = if compact {
            let mut items = Vec::with_capacity(glyphs.len());
            for &g in &glyphs {
                let code = self.charstrings.get(self.data, usize::from(g)).unwrap_or(&[14]);
                let fd = usize::from(self.fd_select[usize::from(g)]);
                items.push(rewrite(code, &self.scanned_of(g)?.sites, fd));
            }
            write_index(items.iter().map(Vec::as_slice))
        } else {
            write_index(
                glyphs
                    .iter()
                    .map(|&g| self.charstrings.get(self.data, usize::from(g)).unwrap_or(&[14])),
            )
        };
        let fd_array_at = charstrings_at + charstrings.len();
        // Font DICTs: each gets Private (size, offset) as two 5-byte integers.
        let fd_dict_lens: Vec<usize> = self.fds.iter().map(|fd| fd.dict.len() + 10 + 1).collect();
        let fd_array_len = index_len(&fd_dict_lens);
        let mut private_at = fd_array_at + fd_array_len;
        let mut fd_dicts = Vec::new();
        let mut privates = Vec::new();
        for (n, (fd, used)) in self.fds.iter().zip(&used_l).enumerate() {
            let has_subrs = used.iter().any(|&u| u);
            let private_len = fd.private.len() + if has_subrs { 6 } else { 0 };
            let mut dict = fd.dict.clone();
            push_int5(&mut dict, private_len as i32);
            push_int5(&mut dict, private_at as i32);
            dict.push(PRIVATE as u8);
            fd_dicts.push(dict);
            let mut private = fd.private.clone();
            if has_subrs {
                push_int5(&mut private, private_len as i32);
                private.push(SUBRS as u8);
                if compact {
                    let items: Vec<Vec<u8>> = (0..fd.subrs.len())
                        .filter(|&i| used[i])
                        .map(|i| {
                            let code = fd.subrs.get(self.data, i).unwrap_or(&[]);
                            rewrite(code, self.lsites[n][i].get().map_or(&[], |s| s), n)
                        })
                        .collect();
                    private.extend(write_index(items.iter().map(Vec::as_slice)));
                } else {
                    private.extend(write_index_sparse(self.data, &fd.subrs, used));
                }
            }
            private_at += private.len();
            privates.push(private);
        }

        let cid_count = usize::from(glyphs.last().copied().unwrap_or(0)) + 1;
        let top = self.top_dict([charset_at, charstrings_at, fd_array_at, fd_select_at, cid_count]);
        debug_assert_eq!(top.len(), top_len);
        let top_index = write_index_wide(&[&top]);
        debug_assert_eq!(top_index.len(), top_index_len);
        out.extend(top_index);
        out.extend_from_slice(self.string_index);
        out.extend(gsubr_index);
        out.extend(charset);
        out.extend(fd_select);
        out.extend(charstrings);
        let fd_refs: Vec<&[u8]> = fd_dicts.iter().map(Vec::as_slice).collect();
        let fd_array = write_index(fd_refs.iter().copied());
        debug_assert_eq!(fd_array.len(), fd_array_len);
        out.extend(fd_array);
        for private in privates {
            out.extend(private);
        }
        Ok(out)
    }
}

impl CidCff {
    /// The Top DICT with charset, CharStrings, FDArray and FDSelect offsets and CIDCount.
    fn top_dict(&self, [charset, charstrings, fd_array, fd_select, cid_count]: [usize; 5]) -> Vec<u8> {
        let mut top = self.top.clone();
        for (value, op) in [
            (charset, &[CHARSET as u8][..]),
            (charstrings, &[CHARSTRINGS as u8][..]),
            (fd_array, &[12, 36][..]),
            (fd_select, &[12, 37][..]),
            (cid_count, &[12, 34][..]),
        ] {
            push_int5(&mut top, value as i32);
            top.extend_from_slice(op);
        }
        top
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

fn charset_format0(glyphs: &[u16]) -> Vec<u8> {
    let mut out = Vec::with_capacity(1 + 2 * glyphs.len());
    out.push(0);
    for &g in glyphs.iter().skip(1) {
        out.extend(g.to_be_bytes());
    }
    out
}

/// A Type 2 charstring integer in its shortest form.
fn push_number(out: &mut Vec<u8>, v: i32) {
    match v {
        -107..=107 => out.push((v + 139) as u8),
        108..=1131 => out.extend([((v - 108) / 256 + 247) as u8, ((v - 108) % 256) as u8]),
        -1131..=-108 => out.extend([((-v - 108) / 256 + 251) as u8, ((-v - 108) % 256) as u8]),
        _ => {
            out.push(28);
            out.extend((v as i16).to_be_bytes());
        }
    }
}

fn push_int5(out: &mut Vec<u8>, value: i32) {
    out.push(29);
    out.extend(value.to_be_bytes());
}

fn off_size(max: usize) -> usize {
    match max {
        0..=0xff => 1,
        0x100..=0xffff => 2,
        0x1_0000..=0xff_ffff => 3,
        _ => 4,
    }
}

fn index_len(lens: &[usize]) -> usize {
    if lens.is_empty() {
        return 2;
    }
    let total: usize = lens.iter().sum();
    3 + (lens.len() + 1) * off_size(total + 1) + total
}

fn write_index<'a>(items: impl Iterator<Item = &'a [u8]> + Clone) -> Vec<u8> {
    let lens: Vec<usize> = items.clone().map(<[u8]>::len).collect();
    write_index_with(items, &lens, None)
}

/// A one-item INDEX with 4-byte offsets (its length depends only on the item's).
fn write_index_wide(items: &[&[u8]]) -> Vec<u8> {
    let lens: Vec<usize> = items.iter().map(|i| i.len()).collect();
    write_index_with(items.iter().copied(), &lens, Some(4))
}

fn write_index_with<'a>(
    items: impl Iterator<Item = &'a [u8]>,
    lens: &[usize],
    size: Option<usize>,
) -> Vec<u8> {
    if lens.is_empty() {
        return vec![0, 0];
    }
    let total: usize = lens.iter().sum();
    let size = size.unwrap_or_else(|| off_size(total + 1));
    let mut out = Vec::with_capacity(3 + (lens.len() + 1) * size + total);
    out.extend((lens.len() as u16).to_be_bytes());
    out.push(size as u8);
    let mut offset = 1usize;
    out.extend(&offset.to_be_bytes()[std::mem::size_of::<usize>() - size..]);
    for len in lens {
        offset += len;
        out.extend(&offset.to_be_bytes()[std::mem::size_of::<usize>() - size..]);
    }
    for item in items {
        out.extend_from_slice(item);
    }
    out
}

/// An INDEX of the same length as `index` in which only the `used` items keep their bytes
/// and the others are empty (their equal offsets compress to almost nothing). With none
/// used, an empty INDEX: FreeType refuses an INDEX whose items are all empty.
fn write_index_sparse(data: &[u8], index: &Index, used: &[bool]) -> Vec<u8> {
    if !used.iter().any(|&u| u) {
        return vec![0, 0];
    }
    let items: Vec<&[u8]> = (0..index.len())
        .map(|i| {
            if used[i] {
                index.get(data, i).unwrap_or(&[])
            } else {
                &[]
            }
        })
        .collect();
    write_index(items.iter().copied())
}

fn bias(count: usize) -> i32 {
    if count < 1240 {
        107
    } else if count < 33900 {
        1131
    } else {
        32768
    }
}

/// Just enough of a Type 2 charstring interpreter to follow subroutine calls and skip
/// hint masks: the operand count, the last operand and the number of stem hints.
struct Scan<'a> {
    data: &'a [u8],
    gsubrs: &'a Index,
    lsubrs: &'a Index,
    gsites: &'a [OnceLock<Box<[Site]>>],
    lsites: &'a [OnceLock<Box<[Site]>>],
    /// Subroutines called: `GLOBAL | index` or a local index.
    calls: Vec<u32>,
    /// Call sites of the glyph's own charstring.
    glyph_sites: Vec<Site>,
    /// See [`Scanned::compact`].
    compact: bool,
    stack: usize,
    stems: usize,
    fuel: u32,
}

/// What a charstring or subroutine ended with.
enum Flow {
    Return,
    End,
}

impl Scan<'_> {
    /// Runs `code` (which is `id`) and records its call sites.
    fn run(&mut self, code: &[u8], depth: u8, id: Code) -> Result<Flow> {
        let mut sites = Vec::new();
        let flow = self.run_sites(code, depth, id, &mut sites);
        match id {
            Code::Glyph => self.glyph_sites = sites,
            Code::Global(i) => {
                let _ = self.gsites[i].set(sites.into_boxed_slice());
            }
            Code::Local(i) => {
                let _ = self.lsites[i].set(sites.into_boxed_slice());
            }
        }
        flow
    }

    fn run_sites(&mut self, code: &[u8], depth: u8, id: Code, sites: &mut Vec<Site>) -> Result<Flow> {
        if depth > 10 {
            return Err(CffError("subroutines nested too deep"));
        }
        let mut last: i32 = 0;
        // The bytes of the integer just before the current operator, if it was one.
        let mut token: Option<(usize, usize)> = None;
        let mut i = 0;
        while i < code.len() {
            self.fuel = self.fuel.checked_sub(1).ok_or(CffError("charstring too long"))?;
            let start = i;
            let b0 = code[i];
            i += 1;
            let was = token.take();
            if matches!(b0, 28 | 32..=254) {
                let len = match b0 {
                    28 => 3,
                    32..=246 => 1,
                    _ => 2,
                };
                token = Some((start, start + len));
            }
            match b0 {
                28 => {
                    let b = code.get(i..i + 2).ok_or(CffError("truncated charstring"))?;
                    last = i32::from(i16::from_be_bytes([b[0], b[1]]));
                    self.stack += 1;
                    i += 2;
                }
                32..=246 => {
                    last = i32::from(b0) - 139;
                    self.stack += 1;
                }
                247..=250 => {
                    let b1 = *code.get(i).ok_or(CffError("truncated charstring"))?;
                    last = (i32::from(b0) - 247) * 256 + i32::from(b1) + 108;
                    self.stack += 1;
                    i += 1;
                }
                251..=254 => {
                    let b1 = *code.get(i).ok_or(CffError("truncated charstring"))?;
                    last = -(i32::from(b0) - 251) * 256 - i32::from(b1) - 108;
                    self.stack += 1;
                    i += 1;
                }
                255 => {
                    let b = code.get(i..i + 4).ok_or(CffError("truncated charstring"))?;
                    last = i32::from_be_bytes([b[0], b[1], b[2], b[3]]) >> 16;
                    self.stack += 1;
                    i += 4;
                }
                1 | 3 | 18 | 23 => {
                    self.stems += self.stack / 2;
                    self.stack = 0;
                }
                19 | 20 => {
                    self.stems += self.stack / 2;
                    self.stack = 0;
                    i += self.stems.div_ceil(8);
                }
                10 | 29 => {
                    match was {
                        Some((start, end)) => {
                            let target = if b0 == 29 {
                                GLOBAL | (last + bias(self.gsubrs.len())) as u32
                            } else {
                                (last + bias(self.lsubrs.len())) as u32
                            };
                            sites.push(Site {
                                start: start as u32,
                                end: end as u32,
                                target,
                            });
                        }
                        None => self.compact = false,
                    }
                    if b0 == 10 && matches!(id, Code::Global(_)) {
                        // A global subroutine calling a local one depends on the glyph's FD.
                        self.compact = false;
                    }
                    self.stack = self.stack.saturating_sub(1);
                    let (subrs, flag) = if b0 == 10 {
                        (self.lsubrs, 0)
                    } else {
                        (self.gsubrs, GLOBAL)
                    };
                    let index =
                        usize::try_from(last + bias(subrs.len())).map_err(|_| CffError("bad subr"))?;
                    let sub = subrs.get(self.data, index).ok_or(CffError("bad subr"))?;
                    self.calls.push(flag | index as u32);
                    let callee = if b0 == 10 {
                        Code::Local(index)
                    } else {
                        Code::Global(index)
                    };
                    if let Flow::End = self.run(sub, depth + 1, callee)? {
                        return Ok(Flow::End);
                    }
                }
                11 => return Ok(Flow::Return),
                14 => return Ok(Flow::End),
                12 => {
                    i += 1;
                    self.stack = 0;
                }
                _ => self.stack = 0,
            }
        }
        Ok(Flow::Return)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn builtin() -> CidCff {
        CidCff::from_otf(crate::fonts::FontSet::builtin().face(0).data).unwrap()
    }

    #[test]
    fn the_builtin_font_parses_and_subsets() {
        let font = builtin();
        assert!(font.glyph_count() > 20_000);
        let gids: BTreeSet<u16> = [3, 36, 68, 1000, 12000].into_iter().collect();
        let subset = font.subset(&gids).unwrap();
        let leaked: &'static [u8] = Box::leak(subset.into_boxed_slice());
        let again = CidCff::parse(leaked).unwrap();
        assert_eq!(again.glyph_count(), 6);
        // Every kept charstring runs in the subset: its calls reach renumbered subroutines.
        for gid in 0..6u16 {
            again.scanned_of(gid).unwrap();
        }
        // Only the used subroutines are kept (the font allows renumbering them).
        assert!(
            again.gsubrs.len() < font.gsubrs.len() / 10,
            "{}",
            again.gsubrs.len()
        );
        let local = |f: &CidCff| f.fds.iter().map(|fd| fd.subrs.len()).sum::<usize>();
        assert!(local(&again) < local(&font) / 100, "{}", local(&again));
        // Glyphs without subroutine calls keep their charstrings byte for byte.
        for (new, old) in [0u16, 3, 36, 68, 1000, 12000].iter().enumerate() {
            if font.scanned_of(*old).unwrap().sites.is_empty() {
                assert_eq!(
                    again.charstrings.get(again.data, new),
                    font.charstrings.get(font.data, usize::from(*old))
                );
            }
        }
        assert!(leaked.len() < 60_000, "{} bytes", leaked.len());
    }

    #[test]
    fn without_renumbering_unused_subroutines_are_emptied_in_place() {
        let font = builtin();
        let gids: BTreeSet<u16> = [3, 36, 1000, 12000].into_iter().collect();
        let leaked: &'static [u8] = Box::leak(font.subset_with(&gids, false).unwrap().into_boxed_slice());
        let again = CidCff::parse(leaked).unwrap();
        assert_eq!(again.gsubrs.len(), font.gsubrs.len(), "numbers and bias kept");
        for (new, old) in [0u16, 3, 36, 1000, 12000].iter().enumerate() {
            assert_eq!(
                again.charstrings.get(again.data, new),
                font.charstrings.get(font.data, usize::from(*old))
            );
            again.scanned_of(new as u16).unwrap();
        }
        let kept = (0..again.gsubrs.len())
            .filter(|&i| !again.gsubrs.get(leaked, i).unwrap().is_empty())
            .count();
        assert!(kept > 0 && kept < 100, "{kept}");
    }

    #[test]
    fn index_round_trip() {
        let items: [&[u8]; 3] = [b"a", b"", b"xyz"];
        let bytes: &'static [u8] = Box::leak(write_index(items.iter().copied()).into_boxed_slice());
        let (index, end) = Index::parse(bytes, 0).unwrap();
        assert_eq!(end, bytes.len());
        assert_eq!(index.get(bytes, 2), Some(&b"xyz"[..]));
        assert_eq!(index.get(bytes, 1), Some(&b""[..]));
    }
}
