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

/// An occurrence still being read: its glyphs so far, and how many the fact's text has.
struct Open {
    tag: Tag,
    quads: Vec<Quad>,
    baseline: f32,
    got: usize,
    want: usize,
}

/// Every occurrence of a fact on `page`, in the order they end on the page. A value broken
/// across lines (or across runs of different faces on one line) is one occurrence: its
/// glyphs are gathered until they hold as many letters as the fact's text.
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
            let letters = segment.iter().filter(|g| !g.ch.is_whitespace()).count();
            let at = match open.iter().position(|o| o.tag == tag) {
                Some(at) => at,
                None => {
                    let text = facts
                        .get(index)
                        .map_or("", |f| if tag.zh() { &f.zh } else { &f.en });
                    open.push(Open {
                        tag,
                        quads: Vec::new(),
                        baseline: run.y,
                        got: 0,
                        want: text.chars().filter(|c| !c.is_whitespace()).count(),
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
            o.got += letters;
            if o.got >= o.want {
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
