//! CFF DICT data: parsing a DICT into its entries (operator, operands, raw bytes) and
//! writing the fixed-size integers a subset's offsets use.

use super::{CffError, Result};

/// One DICT entry: operator (12 x as 1200 + x) and its raw bytes (operands and operator).
#[derive(Debug, Clone)]
pub(super) struct Entry {
    pub(super) op: u16,
    pub(super) operands: Vec<f64>,
    pub(super) raw: Vec<u8>,
}

pub(super) fn parse_dict(data: &[u8]) -> Result<Vec<Entry>> {
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

pub(super) fn operand(entries: &[Entry], op: u16, n: usize) -> Option<usize> {
    let value = *entries.iter().find(|e| e.op == op)?.operands.get(n)?;
    (value >= 0.0).then_some(value as usize)
}

pub(super) fn push_int5(out: &mut Vec<u8>, value: i32) {
    out.push(29);
    out.extend(value.to_be_bytes());
}
