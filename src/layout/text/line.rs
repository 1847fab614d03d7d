//! One line set from its characters: trailing spaces dropped, an opening bracket's blank half
//! trimmed at the start, justified (compressed punctuation given its space back first) or
//! aligned, and turned into glyph runs.

use super::shape::Shaped;
use super::{is_cjk, Align, Line, TextStyle};
use crate::layout::frame::{Glyph, GlyphRun};

/// Top of the CJK ideographic em box above the baseline, in em (Noto CJK: 880 of 1000
/// units); the em box is centred in the line's leading.
const EM_BOX_ASCENT: f32 = 0.88;

/// Full-width closing punctuation whose right half is blank in Simplified Chinese fonts.
const HALF_BLANK: &str = "，。、；：）》」』】〕〗〉";

/// The widest gap justification may open between two characters, in ems; a line that would
/// need more is set ragged.
pub const MAX_SPREAD: f32 = 0.3;

pub(super) fn make_line(chars: &[Shaped], style: &TextStyle, width: f32, justify: bool) -> Line {
    let mut end = chars.len();
    while end > 0 && (chars[end - 1].ch == ' ' || chars[end - 1].ch == '\n') {
        end -= 1;
    }
    let chars = &chars[..end];
    let n = chars.len();
    // Per char: pen advance, how far left of the pen the glyph is drawn, and the space
    // after it.
    let mut advance: Vec<f32> = chars.iter().map(|c| c.advance).collect();
    let mut left: Vec<f32> = chars
        .iter()
        .map(|c| if c.squeeze_left { c.squeeze } else { 0.0 })
        .collect();
    let mut gap: Vec<f32> = chars.iter().map(|c| c.gap).collect();
    if let Some(g) = gap.last_mut() {
        *g = 0.0;
    }
    // An opening bracket starting the line loses its blank left half.
    if let Some(first) = chars.first() {
        let trim = first.start_trim(style.size);
        advance[0] -= trim;
        left[0] += trim;
    }
    // A justified line ending in full-width closing punctuation, whose ink sits in the left
    // half of its square, is set so that the ink meets the margin: the empty half is not
    // counted (line-end punctuation compression).
    let blank_end = match chars.last() {
        Some(c)
            if justify && style.align == Align::Justify && c.squeeze == 0.0 && HALF_BLANK.contains(c.ch) =>
        {
            c.advance / 2.0
        }
        _ => 0.0,
    };
    let natural: f32 = advance.iter().sum::<f32>() + gap.iter().sum::<f32>() - blank_end;
    let mut offset = 0.0;
    match style.align {
        Align::Justify if justify && natural < width => {
            let slack = width - natural;
            // Compressed punctuation takes its space back first.
            let squeezed: f32 = chars[..n.saturating_sub(1)].iter().map(|c| c.squeeze).sum();
            let back = if squeezed > 0.0 {
                (slack / squeezed).min(1.0)
            } else {
                0.0
            };
            let gaps: Vec<usize> = (0..n.saturating_sub(1))
                .filter(|&j| {
                    let (a, b) = (chars[j].ch, chars[j + 1].ch);
                    a == ' ' || is_cjk(a) || is_cjk(b)
                })
                .collect();
            let rest = slack - back * squeezed;
            let each = if rest > 0.001 {
                rest / gaps.len().max(1) as f32
            } else {
                0.0
            };
            // A line that would open gaps wider than 0.3 em (a few characters before a
            // long link or number that moved to the next line) is set ragged instead.
            if each == 0.0 || (!gaps.is_empty() && each <= MAX_SPREAD * style.size) {
                for (j, c) in chars[..n.saturating_sub(1)].iter().enumerate() {
                    let r = back * c.squeeze;
                    advance[j] += r;
                    if c.squeeze_left {
                        left[j] -= r;
                    }
                }
                for j in gaps {
                    gap[j] += each;
                }
            }
        }
        Align::Center => offset = ((width - natural) / 2.0).max(0.0),
        Align::Right => offset = (width - natural).max(0.0),
        _ => {}
    }
    let mut runs: Vec<GlyphRun> = Vec::new();
    let mut x = offset;
    for (j, c) in chars.iter().enumerate() {
        let glyph = Glyph {
            gid: c.gid,
            x: x - left[j],
            ch: c.ch,
            fact: c.fact,
        };
        match runs.last_mut() {
            Some(run) if run.face == c.face => run.glyphs.push(glyph),
            _ => runs.push(GlyphRun {
                face: c.face,
                size: style.size,
                y: 0.0,
                glyphs: vec![glyph],
            }),
        }
        x += advance[j] + gap[j];
    }
    Line {
        runs,
        height: style.leading,
        baseline: (style.leading - style.size) / 2.0 + EM_BOX_ASCENT * style.size,
        width: x - offset - blank_end,
        forced: false,
    }
}
