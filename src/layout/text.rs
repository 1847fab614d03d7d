//! Lines from text: measuring with the fonts' advances, breaking by UAX #14 plus the
//! Chinese rules, and justifying.

use unicode_linebreak::{linebreaks, BreakOpportunity};

use super::frame::{Glyph, GlyphRun};
use crate::document::Text;
use crate::fonts::{FaceId, FontSet, Style};

/// Characters that must not start a line (closing punctuation and the like).
pub const NO_LINE_START: &str = "，。、；：？！）》」』】〕〗〉”’・…—～％‰,.;:?!)]}·．：；％";
/// Characters that must not end a line (opening punctuation).
pub const NO_LINE_END: &str = "（《「『【〔〖〈“‘([{";

/// Top of the CJK ideographic em box above the baseline, in em (Noto CJK: 880 of 1000
/// units); the em box is centred in the line's leading.
const EM_BOX_ASCENT: f32 = 0.88;

/// Full-width closing punctuation whose right half is blank in Simplified Chinese fonts.
const HALF_BLANK: &str = "，。、；：）》」』】〕〗〉";

/// How a text is set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextStyle {
    pub size: f32,
    /// Baseline-to-baseline distance.
    pub leading: f32,
    /// Weight of text outside bold spans.
    pub bold: bool,
    pub align: Align,
}

/// Horizontal alignment of lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    /// Full measure on every line but a paragraph's last; Chinese and mixed text spread
    /// at every gap next to a hanzi, Latin text at spaces only.
    Justify,
    Center,
    Right,
}

/// A set line: glyph runs with x relative to the line start and y relative to the baseline
/// (always 0 here), plus its box.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub runs: Vec<GlyphRun>,
    /// Height of the line box (the leading).
    pub height: f32,
    /// Baseline position below the line box's top.
    pub baseline: f32,
    /// Width of the set glyphs (after justification, the measure).
    pub width: f32,
}

/// A character no configured font can set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingGlyph {
    pub ch: char,
}

struct Shaped {
    ch: char,
    face: FaceId,
    gid: u16,
    advance: f32,
}

/// Whether `c` is set as a square CJK character (hanzi, kana, full-width forms and
/// CJK punctuation), which may take justification space on either side.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x2FDF | 0x3000..=0x30FF | 0x3100..=0x312F | 0x3190..=0x31FF
        | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFF)
}

/// Breaks `text` into lines of at most `width` points.
///
/// Break opportunities are UAX #14's, narrowed by the Chinese rules (no line starts with
/// closing punctuation, none ends with opening punctuation). A word wider than the whole
/// measure (a long link) is cut where it overflows rather than running into the margin.
pub fn set_text(
    text: &Text,
    style: &TextStyle,
    width: f32,
    fonts: &FontSet,
) -> Result<Vec<Line>, MissingGlyph> {
    let (chars, string) = shape(text, style, fonts)?;
    let allowed = break_opportunities(&string, &chars);
    let mut lines = Vec::new();
    let mut start = 0;
    let n = chars.len();
    while start < n {
        let mut x = 0.0;
        let mut best = None;
        let mut end = n;
        let mut last_line = true;
        let mut i = start;
        while i < n {
            if i > start {
                match allowed[i] {
                    Some(BreakOpportunity::Mandatory) => {
                        end = i;
                        break;
                    }
                    Some(BreakOpportunity::Allowed) => best = Some(i),
                    None => {}
                }
            }
            let c = chars[i].ch;
            if c == '\n' {
                end = i + 1;
                break;
            }
            let next = x + chars[i].advance;
            if next > width + 0.01 && !c.is_whitespace() && i > start {
                end = best.unwrap_or(i);
                last_line = false;
                break;
            }
            x = next;
            i += 1;
        }
        lines.push(make_line(&chars[start..end], style, width, !last_line));
        start = end;
        // Spaces at a break belong to neither line.
        while start < n && chars[start].ch == ' ' && !last_line {
            start += 1;
        }
    }
    if lines.is_empty() {
        lines.push(make_line(&[], style, width, false));
    }
    Ok(lines)
}

fn shape(text: &Text, style: &TextStyle, fonts: &FontSet) -> Result<(Vec<Shaped>, String), MissingGlyph> {
    let mut chars = Vec::new();
    let mut string = String::new();
    for span in &text.spans {
        let weight = if span.bold || style.bold {
            Style::Bold
        } else {
            Style::Regular
        };
        for ch in span.text.chars() {
            let ch = match ch {
                '\t' => ' ',
                '\r' => continue,
                c => c,
            };
            string.push(ch);
            if ch == '\n' {
                chars.push(Shaped {
                    ch,
                    face: 0,
                    gid: 0,
                    advance: 0.0,
                });
                continue;
            }
            let (face, gid) = fonts.resolve(ch, weight).ok_or(MissingGlyph { ch })?;
            chars.push(Shaped {
                ch,
                face,
                gid,
                advance: fonts.face(face).advance(gid) * style.size,
            });
        }
    }
    Ok((chars, string))
}

/// For each char index, whether a line may break before it.
fn break_opportunities(string: &str, chars: &[Shaped]) -> Vec<Option<BreakOpportunity>> {
    let mut by_byte = vec![None; string.len() + 1];
    for (byte, op) in linebreaks(string) {
        by_byte[byte] = Some(op);
    }
    let mut allowed = Vec::with_capacity(chars.len());
    let mut prev: Option<char> = None;
    for (byte, ch) in string.char_indices() {
        let mut op = by_byte[byte];
        if op == Some(BreakOpportunity::Allowed)
            && (NO_LINE_START.contains(ch) || prev.is_some_and(|p| NO_LINE_END.contains(p)))
        {
            op = None;
        }
        allowed.push(op);
        prev = Some(ch);
    }
    allowed
}

/// The widest gap justification may open between two characters, in ems; a line that would
/// need more is set ragged.
pub const MAX_SPREAD: f32 = 0.3;

fn make_line(chars: &[Shaped], style: &TextStyle, width: f32, justify: bool) -> Line {
    let mut end = chars.len();
    while end > 0 && (chars[end - 1].ch == ' ' || chars[end - 1].ch == '\n') {
        end -= 1;
    }
    let chars = &chars[..end];
    // A justified line ending in full-width closing punctuation, whose ink sits in the left
    // half of its square, is set so that the ink meets the margin: the empty half is not
    // counted (line-end punctuation compression).
    let blank_end = match chars.last() {
        Some(c) if justify && style.align == Align::Justify && HALF_BLANK.contains(c.ch) => c.advance / 2.0,
        _ => 0.0,
    };
    let natural: f32 = chars.iter().map(|c| c.advance).sum::<f32>() - blank_end;
    let mut spread = vec![0.0; chars.len()];
    let mut offset = 0.0;
    match style.align {
        Align::Justify if justify && natural < width => {
            let gaps: Vec<usize> = (0..chars.len().saturating_sub(1))
                .filter(|&j| {
                    let (a, b) = (chars[j].ch, chars[j + 1].ch);
                    a == ' ' || is_cjk(a) || is_cjk(b)
                })
                .collect();
            let each = (width - natural) / gaps.len().max(1) as f32;
            // A line that would open gaps wider than 0.3 em (a few characters before a
            // long link or number that moved to the next line) is set ragged instead.
            if !gaps.is_empty() && each <= MAX_SPREAD * style.size {
                for j in gaps {
                    spread[j] = each;
                }
            }
        }
        Align::Center => offset = ((width - natural) / 2.0).max(0.0),
        Align::Right => offset = (width - natural).max(0.0),
        _ => {}
    }
    let mut runs: Vec<GlyphRun> = Vec::new();
    let mut x = offset;
    for (c, extra) in chars.iter().zip(spread) {
        let glyph = Glyph {
            gid: c.gid,
            x,
            ch: c.ch,
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
        x += c.advance + extra;
    }
    Line {
        runs,
        height: style.leading,
        baseline: (style.leading - style.size) / 2.0 + EM_BOX_ASCENT * style.size,
        width: x - offset - blank_end,
    }
}
