//! Lines from text: measuring with the fonts' advances, breaking by UAX #14 plus the
//! Chinese rules, and justifying.

use unicode_linebreak::{linebreaks, BreakOpportunity};

use super::frame::{Glyph, GlyphRun};
use super::ident::{self, Ident};
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
    /// Set in the Hei (sans) face: Chinese headings and table headers.
    pub hei: bool,
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
    /// The line ends inside an identifier or a word that is wider than the measure.
    pub forced: bool,
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
    /// Advance after punctuation compression.
    advance: f32,
    /// Blank space compression took from a full-width mark, which justification may give
    /// back; from its left side when `squeeze_left`.
    squeeze: f32,
    squeeze_left: bool,
    /// Space after the character (a quarter em between a hanzi and Latin).
    gap: f32,
}

/// Whether `c` is set as a square CJK character (hanzi, kana, full-width forms and
/// CJK punctuation), which may take justification space on either side.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x2FDF | 0x3000..=0x30FF | 0x3100..=0x312F | 0x3190..=0x31FF
        | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFF)
}

/// Full-width opening punctuation, its left half blank.
const OPENING: &str = "（《「『【〔〖〈“‘";
/// Full-width closing punctuation, its right half blank (Simplified Chinese positions).
const CLOSING: &str = "，。、；：）》」』】〕〗〉”’";

/// Where a line may break before a character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Brk {
    No,
    Allowed,
    Mandatory,
    /// Inside an identifier, only when it is wider than the whole measure.
    Fallback,
}

/// Breaks `text` into lines of at most `width` points.
///
/// Break opportunities are UAX #14's, narrowed by the Chinese rules (no line starts with
/// closing punctuation, none ends with opening punctuation) and by identifiers ([`ident`]),
/// which break only when wider than the whole measure, and then at their own points (a
/// link after `/ . ? &` of its path). A word wider than the measure with no such point is
/// cut where it overflows rather than running into the margin; its line is marked
/// [`Line::forced`].
///
/// [`ident`]: super::ident
pub fn set_text(
    text: &Text,
    style: &TextStyle,
    width: f32,
    fonts: &FontSet,
) -> Result<Vec<Line>, MissingGlyph> {
    let (chars, string, idents) = shape(text, style, fonts)?;
    let allowed = break_opportunities(&string, &chars, &idents);
    Ok(break_lines(&chars, &allowed, style, width))
}

/// Like [`set_text`], but when a line has to break inside an identifier or a word, the
/// text is set again at each of `scales` of its size in turn (a cell's value shrinking to
/// fit), keeping the first setting that needs no such break, else the last.
pub fn set_text_shrinking(
    text: &Text,
    style: &TextStyle,
    width: f32,
    fonts: &FontSet,
    scales: &[f32],
) -> Result<Vec<Line>, MissingGlyph> {
    let (mut chars, string, idents) = shape(text, style, fonts)?;
    let allowed = break_opportunities(&string, &chars, &idents);
    let mut lines = break_lines(&chars, &allowed, style, width);
    let mut current = 1.0;
    for &scale in scales {
        if !lines.iter().any(|l| l.forced) {
            break;
        }
        let k = scale / current;
        current = scale;
        for c in &mut chars {
            c.advance *= k;
            c.squeeze *= k;
            c.gap *= k;
        }
        let smaller = TextStyle {
            size: style.size * scale,
            leading: style.leading * scale,
            ..*style
        };
        lines = break_lines(&chars, &allowed, &smaller, width);
    }
    Ok(lines)
}

fn break_lines(chars: &[Shaped], allowed: &[Brk], style: &TextStyle, width: f32) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut start = 0;
    let n = chars.len();
    while start < n {
        let mut x = 0.0;
        let mut best = None;
        let mut fallback = None;
        let mut end = n;
        let mut last_line = true;
        let mut forced = false;
        let mut i = start;
        while i < n {
            if i > start {
                match allowed[i] {
                    Brk::Mandatory => {
                        end = i;
                        break;
                    }
                    Brk::Allowed => best = Some(i),
                    Brk::Fallback => fallback = Some(i),
                    Brk::No => {}
                }
            }
            let c = &chars[i];
            if c.ch == '\n' {
                end = i + 1;
                break;
            }
            let advance = if i == start {
                c.advance - c.start_trim(style.size)
            } else {
                c.advance
            };
            if x + advance > width + 0.01 && !c.ch.is_whitespace() && i > start {
                end = match (best, fallback) {
                    (Some(b), _) => b,
                    (None, Some(f)) => {
                        forced = true;
                        f
                    }
                    (None, None) => {
                        forced = true;
                        i
                    }
                };
                last_line = false;
                break;
            }
            x += advance + c.gap;
            i += 1;
        }
        let mut line = make_line(&chars[start..end], style, width, !last_line);
        line.forced = forced;
        lines.push(line);
        start = end;
        // Spaces at a break belong to neither line.
        while start < n && chars[start].ch == ' ' && !last_line {
            start += 1;
        }
    }
    if lines.is_empty() {
        lines.push(make_line(&[], style, width, false));
    }
    lines
}

/// The width `text` takes on one line, and the width of its widest piece that cannot
/// break (the narrowest measure that sets it without cutting).
pub fn measure(text: &Text, style: &TextStyle, fonts: &FontSet) -> Result<(f32, f32), MissingGlyph> {
    let (chars, string, idents) = shape(text, style, fonts)?;
    let allowed = break_opportunities(&string, &chars, &idents);
    let (mut total, mut piece, mut widest) = (0.0f32, 0.0f32, 0.0f32);
    for (c, brk) in chars.iter().zip(allowed) {
        if matches!(brk, Brk::Allowed | Brk::Mandatory) {
            widest = widest.max(piece);
            piece = 0.0;
        }
        if c.ch != ' ' {
            piece += c.advance + c.gap;
        }
        total += c.advance + c.gap;
    }
    Ok((total, widest.max(piece)))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Punct {
    Open,
    Close,
}

impl Shaped {
    /// The full-width punctuation class of the character, if it has one.
    fn punct(&self, size: f32) -> Option<Punct> {
        if (self.ch as u32) < 0x2018 || self.advance < 0.9 * size {
            None
        } else if OPENING.contains(self.ch) {
            Some(Punct::Open)
        } else if CLOSING.contains(self.ch) {
            Some(Punct::Close)
        } else {
            None
        }
    }

    /// What an opening bracket loses at the start of a line: its blank left half.
    fn start_trim(&self, size: f32) -> f32 {
        if self.squeeze == 0.0 && self.punct(size) == Some(Punct::Open) {
            self.advance / 2.0
        } else {
            0.0
        }
    }
}

fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3FFFF)
}

/// Whether a quote at `i` belongs to Latin text: a Latin character beside it and no CJK.
fn latin_context(chars: &[char], i: usize) -> bool {
    let prev = i.checked_sub(1).and_then(|p| chars.get(p)).copied();
    let next = chars.get(i + 1).copied();
    let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii() || ('\u{00C0}'..='\u{024F}').contains(&c));
    let cjk = |c: Option<char>| c.is_some_and(is_cjk);
    (latin(prev) || latin(next)) && !cjk(prev) && !cjk(next)
}

fn shape(
    text: &Text,
    style: &TextStyle,
    fonts: &FontSet,
) -> Result<(Vec<Shaped>, String, Vec<Ident>), MissingGlyph> {
    let len: usize = text.spans.iter().map(|s| s.text.len()).sum();
    let mut only: Vec<char> = Vec::with_capacity(len);
    let mut bold: Vec<bool> = Vec::with_capacity(len);
    let mut string = String::with_capacity(len);
    for span in &text.spans {
        for ch in span.text.chars() {
            let ch = match ch {
                '\t' => ' ',
                '\r' => continue,
                c => c,
            };
            only.push(ch);
            bold.push(span.bold);
            string.push(ch);
        }
    }
    let idents = ident::find(&only);
    let mut chars = Vec::with_capacity(only.len());
    for (i, (&ch, &bold)) in only.iter().zip(&bold).enumerate() {
        let weight = if style.hei {
            Style::Hei
        } else if bold || style.bold {
            Style::Bold
        } else {
            Style::Regular
        };
        if ch == '\n' {
            chars.push(Shaped {
                ch,
                face: 0,
                gid: 0,
                advance: 0.0,
                squeeze: 0.0,
                squeeze_left: false,
                gap: 0.0,
            });
            continue;
        }
        let (face, gid) = if matches!(ch, '‘' | '’' | '“' | '”') && latin_context(&only, i) {
            fonts.resolve_latin(ch, weight)
        } else {
            fonts.resolve(ch, weight)
        }
        .ok_or(MissingGlyph { ch })?;
        chars.push(Shaped {
            ch,
            face,
            gid,
            advance: fonts.face(face).advance(gid) * style.size,
            squeeze: 0.0,
            squeeze_left: false,
            gap: 0.0,
        });
    }
    compress(&mut chars, style.size);
    space_han_latin(&mut chars, &idents, style.size);
    Ok((chars, string, idents))
}

/// Adjacent full-width punctuation (clreq 3.1.6): of a closing mark followed by another
/// mark, the closing mark's blank right half goes; of two opening marks, the second's
/// blank left half. The removed space is recorded so that justification can give it back.
fn compress(chars: &mut [Shaped], size: f32) {
    for j in 1..chars.len() {
        let (a, b) = (chars[j - 1].punct(size), chars[j].punct(size));
        match (a, b) {
            (Some(Punct::Close), Some(_)) if chars[j - 1].squeeze == 0.0 => {
                let half = chars[j - 1].advance / 2.0;
                chars[j - 1].advance -= half;
                chars[j - 1].squeeze = half;
            }
            (Some(Punct::Open), Some(Punct::Open)) if chars[j].squeeze == 0.0 => {
                let half = chars[j].advance / 2.0;
                chars[j].advance -= half;
                chars[j].squeeze = half;
                chars[j].squeeze_left = true;
            }
            _ => {}
        }
    }
}

/// A quarter em between a hanzi and an adjacent Latin letter or digit where the text has
/// no space (clreq 3.2.2), except inside an identifier (a date, a registration number).
fn space_han_latin(chars: &mut [Shaped], idents: &[Ident], size: f32) {
    let mut k = 0;
    for j in 1..chars.len() {
        while k < idents.len() && idents[k].end <= j {
            k += 1;
        }
        let inside = idents.get(k).is_some_and(|id| id.start < j && j < id.end);
        let (a, b) = (chars[j - 1].ch, chars[j].ch);
        if !inside && ((is_han(a) && b.is_ascii_alphanumeric()) || (a.is_ascii_alphanumeric() && is_han(b))) {
            chars[j - 1].gap = 0.25 * size;
        }
    }
}

/// For each char index, where a line may break before it.
fn break_opportunities(string: &str, chars: &[Shaped], idents: &[Ident]) -> Vec<Brk> {
    let mut by_byte = vec![None; string.len() + 1];
    for (byte, op) in linebreaks(string) {
        by_byte[byte] = Some(op);
    }
    let mut allowed = Vec::with_capacity(chars.len());
    let mut prev: Option<char> = None;
    for (byte, ch) in string.char_indices() {
        let brk = match by_byte[byte] {
            Some(BreakOpportunity::Mandatory) => Brk::Mandatory,
            Some(BreakOpportunity::Allowed)
                if !(NO_LINE_START.contains(ch) || prev.is_some_and(|p| NO_LINE_END.contains(p))) =>
            {
                Brk::Allowed
            }
            _ => Brk::No,
        };
        allowed.push(brk);
        prev = Some(ch);
    }
    for id in idents {
        for b in &mut allowed[id.start + 1..id.end] {
            if *b == Brk::Allowed {
                *b = Brk::No;
            }
        }
        for &p in &id.fallback {
            if p > id.start && p < id.end && allowed[p] == Brk::No {
                allowed[p] = Brk::Fallback;
            }
        }
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
