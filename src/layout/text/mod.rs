//! Lines from text: measuring with the fonts' advances, breaking by UAX #14 plus the
//! Chinese rules, and justifying.

mod line;
mod shape;

use unicode_linebreak::{linebreaks, BreakOpportunity};

use super::frame::GlyphRun;
use super::ident::Ident;
use crate::document::Text;
use crate::fonts::FontSet;
use line::make_line;
use shape::{shape, Shaped};

pub use line::{MAX_CJK_SPREAD, MAX_PUNCT_SPREAD, MAX_SPREAD};

/// Characters that must not start a line (closing punctuation and the like).
pub const NO_LINE_START: &str = "，。、；：？！）》」』】〕〗〉”’・…—～％‰,.;:?!)]}·．：；％";
/// Characters that must not end a line (opening punctuation).
pub const NO_LINE_END: &str = "（《「『【〔〖〈“‘([{";

/// Line-end punctuation whose blank half may hang past the measure.
const HANGING: &str = "，。、";

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

/// Whether `c` is set as a square CJK character (hanzi, kana, full-width forms and
/// CJK punctuation), which may take justification space on either side.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x2FDF | 0x3000..=0x30FF | 0x3100..=0x312F | 0x3190..=0x31FF
        | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFF)
}

/// Where a line may break before a character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Brk {
    No,
    Allowed,
    Mandatory,
    /// Inside an identifier, only when it is wider than the whole measure (a link after
    /// `/ ? & =`, an English date at its spaces).
    Fallback,
    /// Inside a word of a table cell (序|号), an e-mail address or a phone number: only when
    /// nothing else fits, and never counted as a break by [`measure`].
    Word,
}

/// Breaks `text` into lines of at most `width` points.
///
/// Break opportunities are UAX #14's, narrowed by the Chinese rules (no line starts with
/// closing punctuation, none ends with opening punctuation) and by identifiers ([`ident`]),
/// which break only when wider than the whole measure, and then at their own points (a
/// link after `/ ? & =` of its path; an e-mail address after its @ or before a dot of its
/// domain, a phone number at a space, only when either is wider than the measure; a USCC
/// nowhere).
/// A word wider than the measure with no such point is cut where it overflows rather than
/// running into the margin; its line is marked [`Line::forced`].
///
/// [`ident`]: super::ident
pub fn set_text(
    text: &Text,
    style: &TextStyle,
    width: f32,
    fonts: &FontSet,
) -> Result<Vec<Line>, MissingGlyph> {
    let (chars, string, idents) = shape(text, style, fonts)?;
    let mut allowed = break_opportunities(&string, &chars, &idents);
    open_wide_idents(&chars, &idents, &mut allowed, width);
    Ok(break_lines(&chars, &allowed, style, width))
}

/// An identifier wider than the whole measure has to break: it may then start on the line
/// where it comes, after the text before it, and break at its own points and also before a
/// dot and after a hyphen or an @ (shoes-|outlet-|example|.com), instead of leaving a line
/// ragged before it and being cut where it overflows.
fn open_wide_idents(chars: &[Shaped], idents: &[Ident], allowed: &mut [Brk], width: f32) {
    for id in idents {
        // With the closing punctuation that cannot leave it.
        let tail = chars[id.end..]
            .iter()
            .take_while(|c| NO_LINE_START.contains(c.ch));
        let wide: f32 = chars[id.start..id.end]
            .iter()
            .chain(tail)
            .map(|c| c.advance + c.gap)
            .sum();
        // Less the blank half that a last comma hangs.
        let hang = chars[id.end..]
            .iter()
            .take_while(|c| NO_LINE_START.contains(c.ch))
            .last()
            .filter(|c| HANGING.contains(c.ch) && c.squeeze == 0.0)
            .map_or(0.0, |c| c.advance / 2.0);
        let wide = wide - hang;
        if wide <= width {
            continue;
        }
        // Its joints only when it has no points of its own (a domain, a registration number).
        let joints = id.fallback.is_empty();
        for p in id.start + 1..id.end {
            let dot = chars[p].ch == '.' && chars.get(p + 1).is_some_and(|c| c.ch.is_ascii_alphabetic());
            let joint = joints && (dot || matches!(chars[p - 1].ch, '-' | '@' | '_'));
            if matches!(allowed[p], Brk::Fallback | Brk::Word) || (joint && allowed[p] == Brk::No) {
                allowed[p] = Brk::Allowed;
            }
        }
    }
}

/// Like [`set_text`], for a table cell: a line breaks between two ideographs only between
/// words (序号 and 登记号 stay whole), inside a word only when the word is wider than the
/// cell.
pub fn set_words(
    text: &Text,
    style: &TextStyle,
    width: f32,
    fonts: &FontSet,
) -> Result<Vec<Line>, MissingGlyph> {
    let (chars, string, idents) = shape(text, style, fonts)?;
    let mut allowed = break_opportunities(&string, &chars, &idents);
    // A text that fits on one line needs no words.
    let total: f32 = chars.iter().map(|c| c.advance + c.gap).sum();
    if total > width {
        keep_words(&string, &chars, &mut allowed);
    }
    open_wide_idents(&chars, &idents, &mut allowed, width);
    Ok(break_lines(&chars, &allowed, style, width))
}

/// Turns the breaks inside Chinese words into [`Brk::Word`].
fn keep_words(string: &str, chars: &[Shaped], allowed: &mut [Brk]) {
    if !chars
        .windows(2)
        .any(|p| shape::is_han(p[0].ch) && shape::is_han(p[1].ch))
    {
        return;
    }
    let starts = crate::layout::words::word_starts(string);
    for p in 1..chars.len().min(starts.len()) {
        if allowed[p] == Brk::Allowed
            && !starts[p]
            && shape::is_han(chars[p - 1].ch)
            && shape::is_han(chars[p].ch)
        {
            allowed[p] = Brk::Word;
        }
    }
}

/// One line of a paragraph before it is set: its characters, whether it is justified (not
/// the last line of the text or of a piece ending in a mandatory break) and whether its
/// break was forced inside a word.
#[derive(Debug, Clone, Copy)]
struct Span {
    start: usize,
    end: usize,
    justify: bool,
    forced: bool,
}

fn break_lines(chars: &[Shaped], allowed: &[Brk], style: &TextStyle, width: f32) -> Vec<Line> {
    let mut spans: Vec<Span> = Vec::new();
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
                    Brk::Fallback | Brk::Word => fallback = Some(i),
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
            // A full-width comma, full stop or enumeration comma may hang its blank half
            // past the measure (clreq 3.1.7): its ink still fits.
            let ink = if c.squeeze == 0.0 && HANGING.contains(c.ch) && c.advance >= 0.9 * style.size {
                advance / 2.0
            } else {
                advance
            };
            if x + ink > width + 0.01 && !c.ch.is_whitespace() && i > start {
                end = match (best, fallback) {
                    (Some(b), _) => b,
                    (None, Some(f)) => {
                        forced = true;
                        f
                    }
                    // Cut where it overflows, or up to three characters before where
                    // that keeps closing punctuation from starting the line and opening
                    // punctuation from ending it without cutting an identifier.
                    (None, None) => {
                        forced = true;
                        let kinsoku = |p: usize| {
                            !NO_LINE_START.contains(chars[p].ch) && !NO_LINE_END.contains(chars[p - 1].ch)
                        };
                        if kinsoku(i) {
                            i
                        } else {
                            (i.saturating_sub(3).max(start + 1)..i)
                                .rev()
                                .find(|&p| allowed[p] != Brk::No && kinsoku(p))
                                .unwrap_or(i)
                        }
                    }
                };
                last_line = false;
                break;
            }
            x += advance + c.gap;
            i += 1;
        }
        spans.push(Span {
            start,
            end,
            justify: !last_line,
            forced,
        });
        start = end;
        // Spaces at a break belong to neither line.
        while start < n && chars[start].ch == ' ' && !last_line {
            start += 1;
        }
    }
    no_lone_ideograph(&mut spans, chars, allowed, width);
    let mut lines: Vec<Line> = spans
        .iter()
        .map(|s| {
            let mut line = make_line(&chars[s.start..s.end], style, width, s.justify);
            line.forced = s.forced;
            line
        })
        .collect();
    if lines.is_empty() {
        lines.push(make_line(&[], style, width, false));
    }
    lines
}

/// No paragraph ends on a line of one ideograph (孤字, with the punctuation after it): when
/// the line before it broke where it was allowed to and can give up its last ideograph at
/// an allowed break (or the word of up to three it ends), that moves down. The line before then holds less and is
/// justified a little wider, within what justification may stretch; a line that was full
/// already takes nothing, so no line gets longer.
fn no_lone_ideograph(spans: &mut [Span], chars: &[Shaped], allowed: &[Brk], width: f32) {
    for k in 1..spans.len() {
        let (last, prev) = (spans[k], spans[k - 1]);
        if last.justify || prev.forced || !prev.justify {
            continue;
        }
        let text = &chars[last.start..last.end];
        let ideographs = text.iter().filter(|c| shape::is_han(c.ch)).count();
        let only_marks = text
            .iter()
            .all(|c| shape::is_han(c.ch) || NO_LINE_START.contains(c.ch) || c.ch.is_whitespace());
        if ideographs != 1 || !only_marks || !shape::is_han(text[0].ch) {
            continue;
        }
        // The nearest allowed break before the line's end that leaves it two characters
        // at least and moves one ideograph (with what cannot start a line after it).
        let Some(p) = (prev.start + 2..prev.end)
            .rev()
            .find(|&p| allowed[p] == Brk::Allowed)
        else {
            continue;
        };
        let moved = &chars[p..prev.end];
        // One ideograph, or the word it ends (up to three) where no break inside is allowed.
        if !(1..=3).contains(&moved.iter().filter(|c| shape::is_han(c.ch)).count())
            || moved.iter().any(|c| c.ch.is_whitespace())
        {
            continue;
        }
        // The last line must still fit: a narrow cell may hold only what it holds.
        let needed: f32 = chars[p..last.end].iter().map(|c| c.advance + c.gap).sum();
        if needed > width + 0.01 {
            continue;
        }
        spans[k - 1].end = p;
        spans[k].start = p;
    }
}

/// The width `text` takes on one line, and the width of its widest piece that cannot
/// break (the narrowest measure that sets it without cutting): a link's pieces end at its
/// break points, an e-mail address, a phone number or a USCC is one piece.
pub fn measure(text: &Text, style: &TextStyle, fonts: &FontSet) -> Result<(f32, f32), MissingGlyph> {
    let (chars, string, idents) = shape(text, style, fonts)?;
    let allowed = break_opportunities(&string, &chars, &idents);
    Ok(widths(&chars, &allowed))
}

/// Like [`measure`], for a table cell set by [`set_words`]: a Chinese word is one piece.
pub fn measure_words(text: &Text, style: &TextStyle, fonts: &FontSet) -> Result<(f32, f32), MissingGlyph> {
    let (chars, string, idents) = shape(text, style, fonts)?;
    let mut allowed = break_opportunities(&string, &chars, &idents);
    keep_words(&string, &chars, &mut allowed);
    Ok(widths(&chars, &allowed))
}

fn widths(chars: &[Shaped], allowed: &[Brk]) -> (f32, f32) {
    let (mut total, mut piece, mut widest) = (0.0f32, 0.0f32, 0.0f32);
    for (c, brk) in chars.iter().zip(allowed) {
        if matches!(brk, Brk::Allowed | Brk::Mandatory | Brk::Fallback) {
            widest = widest.max(piece);
            piece = 0.0;
        }
        if c.ch != ' ' {
            piece += c.advance + c.gap;
        }
        total += c.advance + c.gap;
    }
    (total, widest.max(piece))
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
            // Before a full-width opening bracket after a Latin letter or a digit
            // (ZL201910584273.8|（京东）), which UAX #14 as the crate implements it keeps
            // together.
            None if is_cjk(ch)
                && NO_LINE_END.contains(ch)
                && prev.is_some_and(|p| p.is_ascii_alphanumeric()) =>
            {
                Brk::Allowed
            }
            // After full-width closing punctuation, before anything that may start a line
            // (，|+86 …, which UAX #14 keeps together).
            None if !NO_LINE_START.contains(ch)
                && !ch.is_whitespace()
                && prev.is_some_and(|p| is_cjk(p) && NO_LINE_START.contains(p)) =>
            {
                Brk::Allowed
            }
            _ => Brk::No,
        };
        allowed.push(brk);
        prev = Some(ch);
    }
    for id in idents {
        for (p, b) in allowed.iter_mut().enumerate().take(id.end).skip(id.start + 1) {
            if *b == Brk::Allowed && !id.open.contains(&p) {
                *b = Brk::No;
            }
        }
        let kind = if id.wraps { Brk::Fallback } else { Brk::Word };
        for &p in &id.fallback {
            if p > id.start && p < id.end && allowed[p] == Brk::No {
                allowed[p] = kind;
            }
        }
    }
    // A numeral keeps its measure word or unit (200 室, 72齿, 12 号) unless nothing else fits
    // (after the identifiers: inside one, only its own points are left).
    for p in 1..chars.len() {
        let digit_before = chars[p - 1].ch.is_ascii_digit()
            || (p >= 2 && chars[p - 1].ch == ' ' && chars[p - 2].ch.is_ascii_digit());
        if allowed[p] == Brk::Allowed && digit_before && shape::is_han(chars[p].ch) {
            allowed[p] = Brk::Word;
        }
    }
    allowed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn style(size: f32, align: Align) -> TextStyle {
        TextStyle {
            size,
            leading: size * 1.6,
            bold: false,
            hei: false,
            align,
        }
    }

    fn set(text: &str, size: f32, width: f32) -> Vec<Line> {
        set_text(
            &Text::plain(text),
            &style(size, Align::Justify),
            width,
            FontSet::builtin(),
        )
        .unwrap()
    }

    /// Every glyph of a line as (char, x).
    fn glyphs(line: &Line) -> Vec<(char, f32)> {
        line.runs
            .iter()
            .flat_map(|r| r.glyphs.iter().map(|g| (g.ch, g.x)))
            .collect()
    }

    fn text(line: &Line) -> String {
        glyphs(line).iter().map(|g| g.0).collect()
    }

    /// The advance from each mark of `pair` to the next, on every line holding it.
    fn pair_advances(lines: &[Line], pair: &str) -> Vec<f32> {
        let marks: Vec<char> = pair.chars().collect();
        let mut out = Vec::new();
        for line in lines {
            let g = glyphs(line);
            for w in g.windows(marks.len()) {
                if w.iter().map(|g| g.0).eq(marks.iter().copied()) {
                    out.extend(w.windows(2).map(|p| p[1].1 - p[0].1));
                }
            }
        }
        out
    }

    fn median_ideograph_advance(line: &Line) -> Option<f32> {
        let g = glyphs(line);
        let mut adv: Vec<f32> = g
            .windows(2)
            .filter(|p| shape::is_han(p[0].0) && shape::is_han(p[1].0))
            .map(|p| p[1].1 - p[0].1)
            .collect();
        adv.sort_by(f32::total_cmp);
        adv.get(adv.len() / 2).copied()
    }

    /// The pair kinds of the review, and runs of three.
    const PAIRS: [&str; 9] = [
        "”）",
        "（《",
        "》（",
        "》）",
        "、《",
        "），",
        "）：",
        "”）。",
        "（（《",
    ];

    #[test]
    fn compressed_pairs_stay_half_an_em_on_justified_last_and_short_lines() {
        for pair in PAIRS {
            // Justified (the first lines, with room to spread), last and short.
            let para = format!("甲乙丙丁戊{pair}己庚辛壬癸子丑寅卯辰巳{pair}午未申酉戌{pair}亥");
            for width in [100.0, 137.0, 181.5, 400.0] {
                let lines = set(&para, 10.0, width);
                let adv = pair_advances(&lines, pair);
                assert!(!adv.is_empty(), "{pair} at {width}");
                for a in adv {
                    assert!((a - 5.0).abs() < 0.001, "{pair} at {width}: {a}");
                }
                // Every line but the last fills the measure, or spreads its ideographs to the
                // limit.
                for line in &lines[..lines.len() - 1] {
                    let full = (line.width - width).abs() < 0.01;
                    let limit = median_ideograph_advance(line)
                        .is_some_and(|m| (m - 10.0 * (1.0 + MAX_CJK_SPREAD)).abs() < 0.001);
                    assert!(full || limit, "{pair} at {width}: {} {}", text(line), line.width);
                }
            }
        }
    }

    #[test]
    fn a_line_before_an_unbreakable_run_is_spread_within_limits() {
        // The contact sentence of the complaints at 30 em: the e-mail address cannot follow
        // on the first line, which keeps 4.5 em of slack.
        let text = "与本函有关的联络，请与本所联系人陈伟联系（电子邮箱：ipp@lumen-ip.example，电话：+86 20 3888 1808）。";
        let lines = set(text, 10.5, 315.0);
        assert_eq!(
            text_of(&lines)[0],
            "与本函有关的联络，请与本所联系人陈伟联系（电子邮箱："
        );
        let first = &lines[0];
        let g = glyphs(first);
        // Punctuation takes its quarter em first: 0.25 + 0.115 em after the comma, the
        // ideographs 1.115 em apart, never more.
        let comma = g.iter().position(|c| c.0 == '，').unwrap();
        assert!(
            (g[comma + 1].1 - g[comma].1 - 10.5 * 1.365).abs() < 0.001,
            "{g:?}"
        );
        assert!((median_ideograph_advance(first).unwrap() - 10.5 * 1.115).abs() < 0.001);
        for p in g
            .windows(2)
            .filter(|p| shape::is_han(p[0].0) && shape::is_han(p[1].0))
        {
            assert!(p[1].1 - p[0].1 <= 10.5 * 1.12, "{p:?}");
        }
        // What is left stays at the line's end.
        assert!(first.width < 315.0 - 10.5, "{}", first.width);
    }

    fn text_of(lines: &[Line]) -> Vec<String> {
        lines.iter().map(text).collect()
    }

    #[test]
    fn no_line_of_random_chinese_spreads_ideographs_beyond_the_limit() {
        let pieces = [
            "知识产权",
            "，",
            "《电子商务法》",
            "（以下简称“法”）",
            "ipp@lumen-ip.example",
            "2026年12月7日",
            "R01",
            "、",
            "https://item.taobao.com/item.htm?id=702318846735",
            "。",
        ];
        let mut seed = 0x2545_f491_u32;
        for _ in 0..300 {
            let mut s = String::new();
            for _ in 0..14 {
                seed ^= seed << 13;
                seed ^= seed >> 17;
                seed ^= seed << 5;
                s.push_str(pieces[seed as usize % pieces.len()]);
            }
            for width in [120.0, 210.0, 262.5] {
                for line in set(&s, 10.5, width) {
                    if let Some(m) = median_ideograph_advance(&line) {
                        assert!(m <= 10.5 * 1.12, "{} {m}", text(&line));
                    }
                    assert!(line.width <= width + 0.01);
                }
            }
        }
    }
}
