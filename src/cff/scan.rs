//! The charstring scan: running a glyph's Type 2 charstring far enough to follow
//! `callsubr`/`callgsubr` and skip `hintmask` bytes, to find which subroutines it calls,
//! from where, and whether they can be renumbered.

use std::sync::OnceLock;

use super::index::Index;
use super::{CffError, CidCff, Result};

/// What running a glyph's charstring found.
#[derive(Debug, Clone)]
pub(super) struct Scanned {
    /// Subroutines called, directly or not (`GLOBAL | index`, or a local index of its FD).
    pub(super) calls: Box<[u32]>,
    /// The call sites in the charstring itself.
    pub(super) sites: Box<[Site]>,
    /// Whether every call it makes, at any depth, can be renumbered: the subroutine number
    /// is an integer written just before the call, and no global subroutine calls a local one.
    pub(super) compact: bool,
}

/// A subroutine call in a charstring: the bytes of the number before the call operator and
/// the subroutine it names (`GLOBAL | index` or a local index).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Site {
    pub(super) start: u32,
    pub(super) end: u32,
    pub(super) target: u32,
}

/// Which charstring is running.
#[derive(Debug, Clone, Copy)]
enum Code {
    Glyph,
    Global(usize),
    Local(usize),
}

/// Marks a global subroutine in [`Scanned::calls`].
pub(super) const GLOBAL: u32 = 1 << 31;

impl CidCff {
    /// What glyph `gid`'s charstring calls, found once and remembered.
    pub(super) fn scanned_of(&self, gid: u16) -> Result<&Scanned> {
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
}

pub(super) fn bias(count: usize) -> i32 {
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
