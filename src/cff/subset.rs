//! Writing a subset: the kept glyphs' charstrings and the subroutines they call,
//! renumbered when every call allows it, with a new charset, FDSelect, FDArray and
//! Private DICTs, and a Top DICT pointing at them.

use std::collections::BTreeSet;

use super::dict::push_int5;
use super::index::{index_len, write_index, write_index_sparse, write_index_wide};
use super::scan::{bias, Site, GLOBAL};
use super::{CidCff, Result, CHARSET, CHARSTRINGS, PRIVATE, SUBRS};

impl CidCff {
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
}
