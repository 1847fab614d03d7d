//! Provenance: where each printed value came from, and the marks that carry it from the
//! documents' data through the markup to the glyphs.
//!
//! The documents stage wraps every value it takes from the workbook, the config or a
//! platform profile as `U+FDD0 n U+FDD1 text U+FDD2` ([`mark`]), `n` the value's index in
//! its packet's list of [`Fact`]s. Those are Unicode noncharacters, which interchanged text
//! never holds: ingest drops them from every cell, and no font sets them, so a template or
//! message holding one is refused when it is loaded. A mark can only come from here.
//! The markup parser turns marks into [`Tag`]s on spans ([`unmark`]), layout copies a span's
//! tag onto each of its glyphs, and [`printed`] reads back from the pages where each fact
//! is printed, in which language.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::layout::Page;

const OPEN: char = '\u{FDD0}';
const SEP: char = '\u{FDD1}';
const CLOSE: char = '\u{FDD2}';

/// Whether `c` is one of the noncharacters U+FDD0–U+FDEF, which the marks are made of.
pub fn is_mark_char(c: char) -> bool {
    ('\u{FDD0}'..='\u{FDEF}').contains(&c)
}

/// The fact a span or glyph prints, and in which language: 0 for none.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Tag(u32);

impl Tag {
    pub const NONE: Tag = Tag(0);

    /// Fact `index` printed in Chinese (`zh`) or English text.
    pub fn new(index: usize, zh: bool) -> Tag {
        let index = u32::try_from(index).unwrap_or(u32::MAX >> 2);
        Tag(((index + 1) << 1) | u32::from(zh))
    }

    /// The fact's index, if the tag names one.
    pub fn index(self) -> Option<usize> {
        (self.0 != 0).then(|| (self.0 >> 1) as usize - 1)
    }

    /// Whether the text it tags is Chinese.
    pub fn zh(self) -> bool {
        self.0 & 1 == 1
    }
}

/// `text` marked as printing fact `index`.
pub fn mark(index: usize, text: &str) -> String {
    format!("{OPEN}{index}{SEP}{text}{CLOSE}")
}

/// Splits text that may hold marks into its pieces, each with the fact it prints (a mark
/// inside a mark: the inner one). A malformed mark prints nothing of itself.
pub fn unmark(text: &str) -> Vec<(String, Option<usize>)> {
    if !text.contains(is_mark_char) {
        return vec![(text.to_owned(), None)];
    }
    let mut out: Vec<(String, Option<usize>)> = Vec::new();
    let mut open: Vec<Option<usize>> = Vec::new();
    let mut piece = String::new();
    let mut chars = text.chars().peekable();
    let flush = |piece: &mut String, out: &mut Vec<(String, Option<usize>)>, fact: Option<usize>| {
        if !piece.is_empty() {
            out.push((std::mem::take(piece), fact));
        }
    };
    while let Some(c) = chars.next() {
        match c {
            OPEN => {
                flush(&mut piece, &mut out, open.last().copied().flatten());
                let mut digits = String::new();
                while let Some(&d) = chars.peek() {
                    chars.next();
                    if d == SEP {
                        break;
                    }
                    digits.push(d);
                }
                open.push(digits.parse().ok());
            }
            CLOSE => {
                flush(&mut piece, &mut out, open.last().copied().flatten());
                open.pop();
            }
            c if is_mark_char(c) => {}
            c => piece.push(c),
        }
    }
    flush(&mut piece, &mut out, open.last().copied().flatten());
    out
}

/// `text` without its marks.
pub fn strip(text: &str) -> String {
    unmark(text).into_iter().map(|(piece, _)| piece).collect()
}

/// Where a value came from.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(untagged)]
pub enum Origin {
    /// A cell of the workbook as a person sees it in Excel: `侵权链接!H7`.
    Cell { cell: String },
    /// Computed from cells (possibly none: the issue date) by a rule.
    Derived { derived: Vec<String>, rule: String },
    /// A platform profile's figure: its key and where the profile has it from.
    Profile { profile: String, source: String },
    /// The firm's configuration: the key.
    Config { config: String },
    /// The case ledger: the row of an earlier workbook that reported it.
    Ledger { ledger: String },
}

/// One value a packet's documents print, and where it came from.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Fact {
    /// The template's name for the value: `listing.captured_on`.
    pub field: String,
    #[serde(flatten)]
    pub origin: Origin,
    /// The cell's value as read (cells only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub raw: Option<String>,
    /// The text as printed in each language.
    pub en: String,
    pub zh: String,
}

/// Where one fact is printed in a document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Printed {
    pub en: bool,
    pub zh: bool,
    /// 1-based pages, ascending.
    pub pages: Vec<usize>,
}

/// Every fact the glyphs of `pages` print, by index.
pub fn printed(pages: &[Page]) -> BTreeMap<usize, Printed> {
    let mut out: BTreeMap<usize, Printed> = BTreeMap::new();
    for (i, page) in pages.iter().enumerate() {
        for run in page.runs() {
            let mut last = Tag::NONE;
            for glyph in &run.glyphs {
                if glyph.fact == last {
                    continue;
                }
                last = glyph.fact;
                let Some(index) = glyph.fact.index() else { continue };
                let entry = out.entry(index).or_default();
                if glyph.fact.zh() {
                    entry.zh = true;
                } else {
                    entry.en = true;
                }
                if entry.pages.last() != Some(&(i + 1)) {
                    entry.pages.push(i + 1);
                }
            }
        }
    }
    out
}

/// A fact as `manifest.json` lists it for one document: the text of each language the
/// document prints it in (absent for a language it does not), and the pages.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub field: String,
    #[serde(flatten)]
    pub origin: Origin,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub raw: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zh: Option<String>,
    pub pages: Vec<usize>,
}

/// The manifest's facts of a document laid out on `pages`, in the order of `facts`.
pub fn entries(facts: &[Fact], pages: &[Page]) -> Vec<Entry> {
    printed(pages)
        .into_iter()
        .filter_map(|(index, p)| {
            let fact = facts.get(index)?.clone();
            // A value that reads the same in both languages is printed once for both.
            let shared = fact.en == fact.zh;
            Some(Entry {
                field: fact.field,
                origin: fact.origin,
                raw: fact.raw,
                en: (p.en || shared).then_some(fact.en),
                zh: (p.zh || shared).then_some(fact.zh),
                pages: p.pages,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_round_trip() {
        let text = format!(
            "Captured on {}, link {}.",
            mark(3, "20 November 2026"),
            mark(12, "https://a/b")
        );
        assert_eq!(
            unmark(&text),
            vec![
                ("Captured on ".to_owned(), None),
                ("20 November 2026".to_owned(), Some(3)),
                (", link ".to_owned(), None),
                ("https://a/b".to_owned(), Some(12)),
                (".".to_owned(), None),
            ]
        );
        assert_eq!(strip(&text), "Captured on 20 November 2026, link https://a/b.");
        // Inner marks win; a malformed one prints nothing of itself.
        let nested = mark(1, &format!("from {}", mark(2, "1 May")));
        assert_eq!(
            unmark(&nested),
            vec![("from ".into(), Some(1)), ("1 May".into(), Some(2))]
        );
        assert_eq!(
            unmark("a\u{FDD0}x\u{FDD1}b\u{FDD2}c\u{FDD5}"),
            vec![("a".into(), None), ("b".into(), None), ("c".into(), None)]
        );
        let tag = Tag::new(7, true);
        assert_eq!((tag.index(), tag.zh()), (Some(7), true));
        assert_eq!(Tag::NONE.index(), None);
    }
}
