//! Where each fact is printed on a page, from the glyphs themselves: a quad per line over
//! the glyphs that print it, from the first glyph's origin to the last one's advance.

use super::Quad;
use crate::fact::{Fact, Tag};
use crate::fonts::FontSet;
use crate::layout::Page;

/// The em box above and below the baseline, as layout sets lines.
const ASCENT: f32 = 0.88;
const DESCENT: f32 = 0.12;

/// One printed occurrence of a fact on a page.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub fact: usize,
    pub zh: bool,
    /// One per line, in reading order.
    pub quads: Vec<Quad>,
}

/// An occurrence still being read: its quads so far, and the letters of the fact's text it
/// has not met yet.
struct Open {
    tag: Tag,
    quads: Vec<Quad>,
    baseline: f32,
    rest: Vec<char>,
}

/// The letters of a text that a mark is matched on: no spaces, no soft hyphens.
fn letters(text: impl Iterator<Item = char>) -> Vec<char> {
    text.filter(|c| !c.is_whitespace() && !matches!(c, '\u{AD}' | '\u{200B}'))
        .collect()
}

/// How much of `rest` a segment's letters `seg` go on with: all of them, or all but a
/// hyphen that breaking a word at the line's end added; `None` when they do not go on.
fn goes_on(rest: &[char], seg: &[char]) -> Option<usize> {
    if rest.starts_with(seg) {
        return Some(seg.len());
    }
    match seg.split_last() {
        Some(('-' | '‐', head)) if rest.starts_with(head) => Some(head.len()),
        _ => None,
    }
}

/// Every occurrence of a fact on `page`, in the order they end on the page. A value broken
/// across lines (or across runs of different faces on one line) is one occurrence: each
/// segment of its glyphs goes on with the letters of the fact's text not met yet. A segment
/// that does not (the end of a value begun on the page before, or a second printing of it)
/// ends the occurrence before it.
pub fn highlights(page: &Page, facts: &[Fact], fonts: &FontSet) -> Vec<Mark> {
    let mut open: Vec<Open> = Vec::new();
    let mut done = Vec::new();
    for run in page.runs() {
        let face = fonts.face(run.face);
        let mut start = 0;
        while start < run.glyphs.len() {
            let tag = run.glyphs[start].fact;
            let end = run.glyphs[start..]
                .iter()
                .position(|g| g.fact != tag)
                .map_or(run.glyphs.len(), |n| start + n);
            let segment = &run.glyphs[start..end];
            start = end;
            let Some(index) = tag.index() else { continue };
            // Spaces before or after the value are set with it but are not of it.
            let Some(a) = segment.iter().position(|g| !g.ch.is_whitespace()) else {
                continue;
            };
            let b = segment.iter().rposition(|g| !g.ch.is_whitespace()).unwrap_or(a);
            let segment = &segment[a..=b];
            let last = &segment[segment.len() - 1];
            let quad = Quad {
                x0: segment[0].x,
                top: run.y - ASCENT * run.size,
                x1: last.x + face.advance(last.gid) * run.size,
                bottom: run.y + DESCENT * run.size,
            };
            let seg = letters(segment.iter().map(|g| g.ch));
            let mut at = open.iter().position(|o| o.tag == tag);
            if let Some(i) = at {
                if goes_on(&open[i].rest, &seg).is_none() {
                    done.push(mark(open.remove(i)));
                    at = None;
                }
            }
            let at = match at {
                Some(at) => at,
                None => {
                    let text = facts
                        .get(index)
                        .map_or("", |f| if tag.zh() { &f.zh } else { &f.en });
                    let full = letters(text.chars());
                    // A segment that does not start the text (the end of a value begun on
                    // the page before) is an occurrence of its own.
                    let rest = if goes_on(&full, &seg).is_some() {
                        full
                    } else {
                        seg.clone()
                    };
                    open.push(Open {
                        tag,
                        quads: Vec::new(),
                        baseline: run.y,
                        rest,
                    });
                    open.len() - 1
                }
            };
            let o = &mut open[at];
            match o.quads.last_mut() {
                // The same line, set in another face: one quad.
                Some(q) if (o.baseline - run.y).abs() < 0.5 && quad.x0 - q.x1 < run.size => {
                    q.x1 = q.x1.max(quad.x1);
                    q.top = q.top.min(quad.top);
                    q.bottom = q.bottom.max(quad.bottom);
                }
                _ => o.quads.push(quad),
            }
            o.baseline = run.y;
            let met = goes_on(&o.rest, &seg).unwrap_or(o.rest.len());
            o.rest.drain(..met);
            if o.rest.is_empty() {
                let o = open.remove(at);
                done.push(mark(o));
            }
        }
    }
    done.extend(open.into_iter().map(mark));
    done
}

fn mark(o: Open) -> Mark {
    Mark {
        fact: o.tag.index().unwrap_or(0),
        zh: o.tag.zh(),
        quads: o.quads,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fact::Origin;
    use crate::layout::{Glyph, GlyphRun, Item};

    fn run(text: &str, y: f32, tag: Tag) -> Item {
        let glyphs = text
            .chars()
            .enumerate()
            .map(|(i, ch)| Glyph {
                gid: 0,
                x: 72.0 + 5.0 * i as f32,
                ch,
                fact: tag,
            })
            .collect();
        Item::Text(GlyphRun {
            face: 0,
            size: 10.0,
            y,
            glyphs,
        })
    }

    #[test]
    fn a_value_is_one_mark_per_printing_however_it_breaks() {
        let fact = Fact {
            field: "client.name".into(),
            origin: Origin::Cell {
                cell: "Clients!B2".into(),
            },
            raw: None,
            en: "Acme Trading Co., Ltd.".into(),
            zh: String::new(),
        };
        let tag = Tag::new(0, false);
        let page = Page {
            width: 595.0,
            height: 842.0,
            items: vec![
                // The end of a printing begun on the page before.
                run("Co., Ltd.", 100.0, tag),
                // A printing broken over two lines (hyphenated), then one on a single line.
                run("Acme Trad-", 300.0, tag),
                run("ing Co., Ltd.", 312.0, tag),
                run("Acme Trading Co., Ltd.", 500.0, tag),
            ],
            outline: Vec::new(),
        };
        let marks = highlights(&page, &[fact], FontSet::builtin());
        let lines: Vec<Vec<f32>> = marks
            .iter()
            .map(|m| m.quads.iter().map(|q| q.bottom).collect())
            .collect();
        assert_eq!(lines, vec![vec![101.2], vec![301.2, 313.2], vec![501.2]]);
    }
}
