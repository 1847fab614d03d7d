//! Shaping: each character of a text to a glyph of the face that sets it, with its advance,
//! then adjacent full-width punctuation compressed and a quarter em put between hanzi and
//! Latin.

use super::{is_cjk, MissingGlyph, TextStyle};
use crate::document::Text;
use crate::fact::Tag;
use crate::fonts::{FaceId, FontSet, Style};
use crate::layout::ident::{self, Ident};

pub(super) struct Shaped {
    pub(super) ch: char,
    pub(super) face: FaceId,
    pub(super) gid: u16,
    /// Advance after punctuation compression.
    pub(super) advance: f32,
    /// Blank space compression took from a full-width mark, which justification may give
    /// back; from its left side when `squeeze_left`.
    pub(super) squeeze: f32,
    pub(super) squeeze_left: bool,
    /// Space after the character (a quarter em between a hanzi and Latin).
    pub(super) gap: f32,
    /// The fact the character prints.
    pub(super) fact: Tag,
}

/// Full-width opening punctuation, its left half blank.
const OPENING: &str = "（《「『【〔〖〈“‘";
/// Full-width closing punctuation, its right half blank (Simplified Chinese positions).
const CLOSING: &str = "，。、；：）》」』】〕〗〉”’";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Punct {
    Open,
    Close,
}

impl Shaped {
    /// The full-width punctuation class of the character, if it has one.
    fn punct(&self, size: f32) -> Option<Punct> {
        // Its natural width: a mark compressed already is still full-width punctuation.
        if (self.ch as u32) < 0x2018 || self.advance + self.squeeze < 0.9 * size {
            None
        } else if OPENING.contains(self.ch) {
            Some(Punct::Open)
        } else if CLOSING.contains(self.ch) {
            Some(Punct::Close)
        } else {
            None
        }
    }

    /// A full-width closing mark (its right half blank).
    pub(super) fn is_full_closing(&self, size: f32) -> bool {
        self.punct(size) == Some(Punct::Close)
    }

    /// A full-width opening mark (its left half blank).
    pub(super) fn is_full_opening(&self, size: f32) -> bool {
        self.punct(size) == Some(Punct::Open)
    }

    /// What an opening bracket loses at the start of a line: its blank left half.
    pub(super) fn start_trim(&self, size: f32) -> f32 {
        if self.squeeze == 0.0 && self.punct(size) == Some(Punct::Open) {
            self.advance / 2.0
        } else {
            0.0
        }
    }
}

pub(super) fn is_han(c: char) -> bool {
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

pub(super) fn shape(
    text: &Text,
    style: &TextStyle,
    fonts: &FontSet,
) -> Result<(Vec<Shaped>, String, Vec<Ident>), MissingGlyph> {
    let len: usize = text.spans.iter().map(|s| s.text.len()).sum();
    let mut only: Vec<char> = Vec::with_capacity(len);
    let mut bold: Vec<bool> = Vec::with_capacity(len);
    let mut facts: Vec<Tag> = Vec::with_capacity(len);
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
            facts.push(span.fact);
            string.push(ch);
        }
    }
    let idents = ident::find(&only);
    let mut chars = Vec::with_capacity(only.len());
    for (i, ((&ch, &bold), &fact)) in only.iter().zip(&bold).zip(&facts).enumerate() {
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
                fact,
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
            fact,
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

/// A quarter em between a hanzi and an adjacent Latin letter where the text has no space
/// (clreq 3.2.2), except inside an identifier; digits stay solid with hanzi ("第1条",
/// "4500号", "2026年"), as PRC legal documents set them.
fn space_han_latin(chars: &mut [Shaped], idents: &[Ident], size: f32) {
    let mut k = 0;
    for j in 1..chars.len() {
        while k < idents.len() && idents[k].end <= j {
            k += 1;
        }
        let inside = idents.get(k).is_some_and(|id| id.start < j && j < id.end);
        let (a, b) = (chars[j - 1].ch, chars[j].ch);
        if !inside && ((is_han(a) && b.is_ascii_alphabetic()) || (a.is_ascii_alphabetic() && is_han(b))) {
            chars[j - 1].gap = 0.25 * size;
        }
    }
}
