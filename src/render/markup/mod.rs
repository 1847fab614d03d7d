//! The block markup templates produce, parsed into a typed [`Document`].
//!
//! ```text
//! <doc>
//!   <title>…</title> <subject>…</subject>          metadata (inline text)
//!   <h1>…</h1> <h2>…</h2> <h3>…</h3> <p>…</p>
//!   <ol><li>…</li></ol>  <ul><li>…</li></ul>
//!   <kv><k>…</k><v>…</v>…</kv>                      label–value pairs
//!   <table widths="26 1* 1.5*" header="1"><tr><td>…</td></tr></table>
//!   <sign seal="yes" closing="yes"><role>…</role><party>…</party><signatory>…</signatory><title>…</title></sign>
//!   <space h="12"/> <pagebreak/>
//!   <figure ref="3">caption</figure>                an attachment on pages of its own
//! </doc>
//! ```
//! Inline text: characters, `<b>…</b>`, and `<en>…</en>` / `<zh>…</zh>` for what belongs to
//! one language only; everything else is in both. Whitespace runs become one space, and a
//! line break between two Chinese characters is dropped. Data reaches the markup escaped, so it
//! is always text: the parser accepts nothing else and names what it did not expect.
//!
//! This file is the parser's cursor and the `<doc>` element; `tokens` splits markup into
//! tags and text, `blocks` parses the block elements and `inline` their text.

mod blocks;
mod inline;
mod tokens;

use crate::document::Document;
use tokens::{tokenize, Token};

/// A markup mistake (in a template or a locale message), with where it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message} at byte {offset}: \"{context}\"")]
pub struct MarkupError {
    pub message: String,
    pub offset: usize,
    /// The markup around the mistake.
    pub context: String,
}

/// Parses a rendered template.
pub fn parse(markup: &str) -> Result<Document, MarkupError> {
    let tokens = tokenize(markup)?;
    Parser {
        tokens,
        pos: 0,
        src: markup,
    }
    .document()
}

struct Parser<'s> {
    tokens: Vec<(usize, Token)>,
    pos: usize,
    src: &'s str,
}

impl Parser<'_> {
    fn error(&self, message: impl Into<String>) -> MarkupError {
        let offset = self
            .tokens
            .get(self.pos.min(self.tokens.len().saturating_sub(1)))
            .map_or(self.src.len(), |t| t.0);
        error_at(self.src, offset, message)
    }

    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.pos).map(|t| &t.1)
    }

    fn next(&mut self) -> Option<Token> {
        let token = self.tokens.get(self.pos).map(|t| t.1.clone());
        self.pos += 1;
        token
    }

    /// Skips whitespace-only text between elements; other text is a mistake.
    fn skip_space(&mut self) -> Result<(), MarkupError> {
        while let Some(Token::Text(text)) = self.peek() {
            if !text.trim().is_empty() {
                return Err(self.error(format!("text \"{}\" outside a text element", text.trim())));
            }
            self.pos += 1;
        }
        Ok(())
    }

    fn expect_open(&mut self, name: &str) -> Result<Vec<(String, String)>, MarkupError> {
        self.skip_space()?;
        match self.next() {
            Some(Token::Open(n, attrs)) if n == name => Ok(attrs),
            other => {
                self.pos -= 1;
                Err(self.error(format!("expected <{name}>, found {}", describe(other.as_ref()))))
            }
        }
    }

    fn expect_close(&mut self, name: &str) -> Result<(), MarkupError> {
        self.skip_space()?;
        match self.next() {
            Some(Token::Close(n)) if n == name => Ok(()),
            other => {
                self.pos -= 1;
                Err(self.error(format!("expected </{name}>, found {}", describe(other.as_ref()))))
            }
        }
    }

    fn document(mut self) -> Result<Document, MarkupError> {
        let mut doc = Document::default();
        self.expect_open("doc")?;
        loop {
            self.skip_space()?;
            let Some(token) = self.next() else {
                return Err(self.error("missing </doc>"));
            };
            match token {
                Token::Close(name) if name == "doc" => break,
                Token::Open(name, attrs) => match name.as_str() {
                    "title" => doc.meta.title = self.inline("title")?,
                    "subject" => doc.meta.subject = self.inline("subject")?,
                    _ => {
                        let block = self.block(&name, &attrs)?;
                        doc.blocks.push(block);
                    }
                },
                Token::Empty(name, attrs) => doc.blocks.push(self.empty_block(&name, &attrs)?),
                other => {
                    self.pos -= 1;
                    return Err(self.error(format!("unexpected {}", describe(Some(&other)))));
                }
            }
        }
        self.skip_space()?;
        if self.pos < self.tokens.len() {
            return Err(self.error("markup after </doc>"));
        }
        Ok(doc)
    }
}

fn attr<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
}

fn describe(token: Option<&Token>) -> String {
    match token {
        None => "the end".to_owned(),
        Some(Token::Open(n, _)) => format!("<{n}>"),
        Some(Token::Close(n)) => format!("</{n}>"),
        Some(Token::Empty(n, _)) => format!("<{n}/>"),
        Some(Token::Text(t)) => format!("text \"{}\"", t.trim()),
    }
}

fn error_at(src: &str, offset: usize, message: impl Into<String>) -> MarkupError {
    let mut start = offset.saturating_sub(40);
    while !src.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (offset + 40).min(src.len());
    while !src.is_char_boundary(end) {
        end += 1;
    }
    MarkupError {
        message: message.into(),
        offset,
        context: src[start..end].split_whitespace().collect::<Vec<_>>().join(" "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Bi, Block, ColumnWidth};

    fn bi(en: &str, zh: &str) -> Bi {
        Bi::new(en, zh)
    }

    #[test]
    fn blocks_and_languages() {
        let doc = parse(
            "<doc><title><en>Power</en><zh>授权</zh></title>\n\
             <h1><en>Power of Attorney</en><zh>授权委托书</zh></h1>\n\
             <p><b>1.</b> <en>The agent may</en><zh>受托人\n可以</zh> ZL201710601862.3</p>\
             <ol><li>A</li><li><en>B</en><zh>乙</zh></li></ol>\
             <kv><k>No.</k><v>12345678</v></kv>\
             <table widths=\"26 1*\" header=\"1\"><tr><td>#</td><td>Link</td></tr><tr><td>1</td><td>https://a.example/?a=1&amp;b=2</td></tr></table>\
             <sign seal=\"yes\"><role>P</role><party>Q</party><signatory></signatory><title></title></sign>\
             <space h=\"6\"/><pagebreak/></doc>",
        )
        .unwrap();
        assert_eq!(doc.meta.title, bi("Power", "授权"));
        assert_eq!(doc.blocks.len(), 8);
        let Block::Paragraph(p) = &doc.blocks[1] else {
            panic!()
        };
        assert_eq!(p.en.to_plain(), "1. The agent may ZL201710601862.3");
        assert_eq!(p.zh.to_plain(), "1. 受托人可以 ZL201710601862.3");
        assert!(p.en.spans[0].bold && !p.en.spans[1].bold);
        // A value in both languages keeps its spaces, the same in each.
        let shared = parse("<doc><p>户外 徒步背包</p></doc>").unwrap();
        assert_eq!(shared.blocks, vec![Block::Paragraph(Bi::same("户外 徒步背包"))]);
        let Block::Table(t) = &doc.blocks[4] else { panic!() };
        assert_eq!(
            t.columns,
            vec![ColumnWidth::Fixed(26.0), ColumnWidth::Relative(1.0)]
        );
        assert_eq!(t.rows[1][1], Bi::same("https://a.example/?a=1&b=2"));
        assert_eq!(doc.blocks[7], Block::PageBreak);
    }

    #[test]
    fn mistakes_are_named() {
        let err = parse("<doc><p>a</b></p></doc>").unwrap_err();
        assert_eq!(err.message, "unexpected </b> in <p>");
        let err = parse("<doc><blink>a</blink></doc>").unwrap_err();
        assert_eq!(err.message, "unknown element <blink>");
        let err = parse("<doc>stray<p>a</p></doc>").unwrap_err();
        assert_eq!(err.message, "text \"stray\" outside a text element");
        let err =
            parse("<doc><table><tr><td>a</td></tr><tr><td>a</td><td>b</td></tr></table></doc>").unwrap_err();
        assert_eq!(err.message, "table row with 2 cells in a table of 1 columns");
        let err = parse("<doc><p>a</p>").unwrap_err();
        assert_eq!(err.message, "missing </doc>");
    }
}
