//! Inline text: characters, `<b>`, and `<en>`/`<zh>` for one language only, as English and
//! Chinese text with whitespace tidied.

use super::tokens::Token;
use super::{describe, MarkupError, Parser};
use crate::document::{Bi, Text};
use crate::fact::Tag;

impl Parser<'_> {
    /// Inline content up to `</name>`, as English and Chinese text.
    pub(super) fn inline(&mut self, name: &str) -> Result<Bi, MarkupError> {
        let mut en = Text::default();
        let mut zh = Text::default();
        // Open inline elements: b, en, zh.
        let mut stack: Vec<String> = Vec::new();
        loop {
            let Some(token) = self.next() else {
                return Err(self.error(format!("missing </{name}>")));
            };
            match token {
                Token::Text(text) => {
                    let bold = stack.iter().any(|s| s == "b");
                    let only = stack.iter().rev().find(|s| *s == "en" || *s == "zh");
                    for (piece, fact) in crate::fact::unmark(&text) {
                        if only.is_none_or(|s| s == "en") {
                            en.push_fact(&piece, bold, fact.map_or(Tag::NONE, |i| Tag::new(i, false)));
                        }
                        if only.is_none_or(|s| s == "zh") {
                            zh.push_fact(&piece, bold, fact.map_or(Tag::NONE, |i| Tag::new(i, true)));
                        }
                    }
                }
                Token::Open(tag, _) if matches!(tag.as_str(), "b" | "en" | "zh") => {
                    if (tag == "en" || tag == "zh") && stack.iter().any(|s| s == "en" || s == "zh") {
                        self.pos -= 1;
                        return Err(self.error(format!("<{tag}> inside a language element")));
                    }
                    stack.push(tag);
                }
                Token::Close(tag) if stack.last() == Some(&tag) => {
                    stack.pop();
                }
                Token::Close(tag) if tag == name && stack.is_empty() => break,
                other => {
                    self.pos -= 1;
                    return Err(self.error(format!("unexpected {} in <{name}>", describe(Some(&other)))));
                }
            }
        }
        Ok(Bi {
            en: tidy(en),
            zh: tidy(zh),
        })
    }
}

/// Collapses whitespace runs to one space and trims the ends; a run holding a line break
/// between two Chinese characters (a template's line break) is dropped. The same rule for
/// both languages, so a value shared by both reads the same in each.
fn tidy(text: Text) -> Text {
    let mut out = Text::default();
    let mut pending_space = false;
    let mut pending_break = false;
    let mut last: Option<char> = None;
    for span in &text.spans {
        let mut piece = String::with_capacity(span.text.len());
        for c in span.text.chars() {
            if c.is_whitespace() {
                pending_space = last.is_some();
                pending_break |= c == '\n';
                continue;
            }
            if pending_space {
                let wide = |c: char| crate::layout::text::is_cjk(c);
                if !(pending_break && last.is_some_and(wide) && wide(c)) {
                    piece.push(' ');
                }
                pending_space = false;
            }
            pending_break = false;
            piece.push(c);
            last = Some(c);
        }
        if !piece.is_empty() {
            out.push_fact(&piece, span.bold, span.fact);
        }
    }
    out
}
