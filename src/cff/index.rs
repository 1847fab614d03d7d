//! CFF INDEX structures: reading where each item lies in the font, and writing INDEXes
//! for a subset (compact, fixed offset size, or with unused items emptied).

use super::{CffError, Result};

/// An INDEX: where each item's bytes are in the font.
#[derive(Debug, Clone, Default)]
pub(super) struct Index {
    /// `count + 1` absolute offsets into the font data.
    offsets: Vec<usize>,
}

impl Index {
    pub(super) fn len(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }

    pub(super) fn get<'d>(&self, data: &'d [u8], i: usize) -> Option<&'d [u8]> {
        let (start, end) = (*self.offsets.get(i)?, *self.offsets.get(i + 1)?);
        data.get(start..end)
    }

    /// Parses the INDEX at `at`; returns it and the offset just past it.
    pub(super) fn parse(data: &[u8], at: usize) -> Result<(Index, usize)> {
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

pub(super) fn read_u16(data: &[u8], at: usize) -> Result<u16> {
    data.get(at..at + 2)
        .map(|b| u16::from_be_bytes([b[0], b[1]]))
        .ok_or(CffError("truncated"))
}

fn off_size(max: usize) -> usize {
    match max {
        0..=0xff => 1,
        0x100..=0xffff => 2,
        0x1_0000..=0xff_ffff => 3,
        _ => 4,
    }
}

pub(super) fn index_len(lens: &[usize]) -> usize {
    if lens.is_empty() {
        return 2;
    }
    let total: usize = lens.iter().sum();
    3 + (lens.len() + 1) * off_size(total + 1) + total
}

pub(super) fn write_index<'a>(items: impl Iterator<Item = &'a [u8]> + Clone) -> Vec<u8> {
    let lens: Vec<usize> = items.clone().map(<[u8]>::len).collect();
    write_index_with(items, &lens, None)
}

/// A one-item INDEX with 4-byte offsets (its length depends only on the item's).
pub(super) fn write_index_wide(items: &[&[u8]]) -> Vec<u8> {
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
pub(super) fn write_index_sparse(data: &[u8], index: &Index, used: &[bool]) -> Vec<u8> {
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

#[cfg(test)]
mod tests {
    use super::*;

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
