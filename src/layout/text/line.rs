//! One line set from its characters: trailing spaces dropped, an opening bracket's blank half
//! trimmed at the start, justified (within clreq's limits, compressed punctuation kept
//! compressed) or aligned, and turned into glyph runs.

use super::shape::Shaped;
use super::{is_cjk, Align, Line, TextStyle};
use crate::layout::frame::{Glyph, GlyphRun};

/// Top of the CJK ideographic em box above the baseline, in em (Noto CJK: 880 of 1000
/// units); the em box is centred in the line's leading.
const EM_BOX_ASCENT: f32 = 0.88;

/// Full-width closing punctuation whose right half is blank in Simplified Chinese fonts.
const HALF_BLANK: &str = "，。、；：）》」』】〕〗〉";

/// The widest gap justification may open between two words of a Latin line, in ems; a
/// line that would need more is set ragged.
pub const MAX_SPREAD: f32 = 0.3;

/// What justification may add, in ems, at each gap beside punctuation that keeps its blank
/// half and at each gap between a hanzi and Latin text (clreq 3.8: these take the slack
/// first).
pub const MAX_PUNCT_SPREAD: f32 = 0.25;

/// What justification may then add at every gap of a Chinese line, in ems: ideographs stay
/// under 1.12 em apart, never letter-spaced. What is still left after both is left at the
/// line's end, the same way every time.
pub const MAX_CJK_SPREAD: f32 = 0.115;

/// Where justification may open a line of Chinese: nowhere inside a pair of compressed
/// marks, first beside punctuation keeping its blank half and between hanzi and Latin, then
/// at every gap next to a CJK character.
fn spread_cjk(chars: &[Shaped], gap: &mut [f32], slack: f32, size: f32) {
    let n = chars.len();
    let mut first = Vec::new();
    let mut even = Vec::new();
    for j in 0..n.saturating_sub(1) {
        let (a, b) = (&chars[j], &chars[j + 1]);
        // Inside a compressed pair: its marks stay half an em apart (clreq 3.1.6).
        if (a.squeeze > 0.0 && !a.squeeze_left) || b.squeeze_left {
            continue;
        }
        let punct =
            (a.squeeze == 0.0 && a.is_full_closing(size)) || (b.squeeze == 0.0 && b.is_full_opening(size));
        let latin = a.gap > 0.0 || a.ch == ' ';
        if punct || latin {
            first.push(j);
        }
        if punct || latin || is_cjk(a.ch) || is_cjk(b.ch) {
            even.push(j);
        }
    }
    let mut left = slack;
    for (gaps, cap) in [(first, MAX_PUNCT_SPREAD), (even, MAX_CJK_SPREAD)] {
        if gaps.is_empty() || left <= 0.001 {
            continue;
        }
        let each = (left / gaps.len() as f32).min(cap * size);
        for &j in &gaps {
            gap[j] += each;
        }
        left -= each * gaps.len() as f32;
    }
}

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
    // A justified or left-aligned line ending in full-width closing punctuation, whose ink
    // sits in the left half of its square, is set so that the ink meets the margin: the
    // empty half is not counted (line-end punctuation compression; a comma may hang it).
    let blank_end = match chars.last() {
        Some(c)
            if matches!(style.align, Align::Justify | Align::Left)
                && c.squeeze == 0.0
                && HALF_BLANK.contains(c.ch) =>
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
            if chars.iter().any(|c| is_cjk(c.ch)) {
                spread_cjk(chars, &mut gap, slack, style.size);
            } else {
                // Latin text: the spaces share the slack, a line that would open them
                // wider than MAX_SPREAD is set ragged.
                let spaces: Vec<usize> = (0..n.saturating_sub(1)).filter(|&j| chars[j].ch == ' ').collect();
                let each = slack / spaces.len().max(1) as f32;
                if !spaces.is_empty() && each <= MAX_SPREAD * style.size {
                    for j in spaces {
                        gap[j] += each;
                    }
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
