//! The block markup templates produce, parsed into a typed [`Document`].
//!
//! ```text
//! <doc>
//!   <title>…</title> <subject>…</subject>          metadata (inline text)
//!   <h1>…</h1> <h2>…</h2> <h3>…</h3> <p>…</p>
//!   <ol><li>…</li></ol>  <ul><li>…</li></ul>
//!   <kv><k>…</k><v>…</v>…</kv>                      label–value pairs
//!   <table widths="26 1* 1.5*" header="1"><tr><td>…</td></tr></table>
//!   <sign seal="yes"><role>…</role><party>…</party><signatory>…</signatory><title>…</title></sign>
//!   <space h="12"/> <pagebreak/>
//!   <figure ref="3">caption</figure>                an attachment on pages of its own
//! </doc>
//! ```
//! Inline text: characters, `<b>…</b>`, and `<en>…</en>` / `<zh>…</zh>` for what belongs to
//! one language only; everything else is in both. Whitespace runs become one space, and a
//! line break between two Chinese characters is dropped. Data reaches the markup escaped, so it
//! is always text: the parser accepts nothing else and names what it did not expect.

use crate::document::{Bi, Block, ColumnWidth, Document, Signature, Table, Text};

/// A markup mistake (in a template or a locale message), with where it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message} at byte {offset}: \"{context}\"")]
pub struct MarkupError {
    pub message: String,
    pub offset: usize,
    /// The markup around the mistake.
    pub context: String,
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Open(String, Vec<(String, String)>),
    Close(String),
    Empty(String, Vec<(String, String)>),
    Text(String),
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

    fn empty_block(&mut self, name: &str, attrs: &[(String, String)]) -> Result<Block, MarkupError> {
        match name {
            "pagebreak" => Ok(Block::PageBreak),
            "space" => {
                let h = attr(attrs, "h").unwrap_or("12");
                match h.parse::<f32>() {
                    Ok(h) if (0.0..=400.0).contains(&h) => Ok(Block::Spacer(h)),
                    _ => Err(self.error(format!("<space h=\"{h}\"/>: expected points from 0 to 400"))),
                }
            }
            _ => Err(self.error(format!("unknown element <{name}/>"))),
        }
    }

    fn block(&mut self, name: &str, attrs: &[(String, String)]) -> Result<Block, MarkupError> {
        Ok(match name {
            "h1" | "h2" | "h3" => Block::Heading {
                level: name.as_bytes()[1] - b'0',
                text: self.inline(name)?,
            },
            "p" => Block::Paragraph(self.inline("p")?),
            "ol" | "ul" => {
                let items = self.children(name, "li")?;
                Block::List {
                    numbered: name == "ol",
                    items,
                }
            }
            "kv" => {
                let mut pairs = Vec::new();
                loop {
                    self.skip_space()?;
                    if matches!(self.peek(), Some(Token::Close(n)) if n == "kv") {
                        self.pos += 1;
                        break;
                    }
                    self.expect_open("k")?;
                    let k = self.inline("k")?;
                    self.expect_open("v")?;
                    let v = self.inline("v")?;
                    pairs.push((k, v));
                }
                Block::KeyValue(pairs)
            }
            "table" => self.table(attrs)?,
            "figure" => {
                let at = attr(attrs, "ref").unwrap_or("");
                let Ok(attachment) = at.parse::<usize>() else {
                    self.pos -= 1;
                    return Err(self.error(format!(
                        "<figure ref=\"{at}\">: expected the number of an attachment"
                    )));
                };
                Block::Figure {
                    attachment,
                    caption: self.inline("figure")?,
                }
            }
            "sign" => {
                let seal = attr(attrs, "seal") == Some("yes");
                let part = |p: &mut Self, name: &str| -> Result<Bi, MarkupError> {
                    p.expect_open(name)?;
                    p.inline(name)
                };
                let role = part(self, "role")?;
                let party = part(self, "party")?;
                let signatory = part(self, "signatory")?;
                let title = part(self, "title")?;
                self.expect_close("sign")?;
                Block::Signature(Signature {
                    role,
                    party,
                    signatory,
                    title,
                    seal,
                })
            }
            _ => {
                self.pos -= 1;
                return Err(self.error(format!("unknown element <{name}>")));
            }
        })
    }

    fn table(&mut self, attrs: &[(String, String)]) -> Result<Block, MarkupError> {
        let mut columns = Vec::new();
        for width in attr(attrs, "widths").unwrap_or("").split_whitespace() {
            let parsed = match width.strip_suffix('*') {
                Some(share) => share
                    .parse::<f32>()
                    .ok()
                    .filter(|s| *s > 0.0)
                    .map(ColumnWidth::Relative),
                None => width
                    .parse::<f32>()
                    .ok()
                    .filter(|w| *w > 0.0)
                    .map(ColumnWidth::Fixed),
            };
            columns.push(parsed.ok_or_else(|| {
                self.error(format!(
                    "table width \"{width}\": expected points (40) or a share (1.5*)"
                ))
            })?);
        }
        let header_rows = attr(attrs, "header").map_or(Ok(0), |h| {
            h.parse::<usize>()
                .map_err(|_| self.error(format!("table header=\"{h}\": expected a row count")))
        })?;
        let mut rows = Vec::new();
        loop {
            self.skip_space()?;
            if matches!(self.peek(), Some(Token::Close(n)) if n == "table") {
                self.pos += 1;
                break;
            }
            self.expect_open("tr")?;
            let row = self.children("tr", "td")?;
            if columns.is_empty() {
                columns = vec![ColumnWidth::Relative(1.0); row.len()];
            }
            if row.len() != columns.len() {
                return Err(self.error(format!(
                    "table row with {} cells in a table of {} columns",
                    row.len(),
                    columns.len()
                )));
            }
            rows.push(row);
        }
        if header_rows > rows.len() {
            return Err(self.error(format!(
                "table header=\"{header_rows}\" but only {} rows",
                rows.len()
            )));
        }
        Ok(Block::Table(Table {
            columns,
            header_rows,
            rows,
        }))
    }

    /// `<child>…</child>`… up to `</parent>`.
    fn children(&mut self, parent: &str, child: &str) -> Result<Vec<Bi>, MarkupError> {
        let mut items = Vec::new();
        loop {
            self.skip_space()?;
            if matches!(self.peek(), Some(Token::Close(n)) if n == parent) {
                self.pos += 1;
                return Ok(items);
            }
            self.expect_open(child)?;
            items.push(self.inline(child)?);
        }
    }

    /// Inline content up to `</name>`, as English and Chinese text.
    fn inline(&mut self, name: &str) -> Result<Bi, MarkupError> {
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
                    if only.is_none_or(|s| s == "en") {
                        en.push(&text, bold);
                    }
                    if only.is_none_or(|s| s == "zh") {
                        zh.push(&text, bold);
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
            out.push(&piece, span.bold);
        }
    }
    out
}

fn tokenize(src: &str) -> Result<Vec<(usize, Token)>, MarkupError> {
    let mut tokens = Vec::new();
    let mut rest = src;
    let mut offset = 0;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('<') {
            let end = after
                .find('>')
                .ok_or_else(|| error_at(src, offset, "unclosed tag"))?;
            let inner = &after[..end];
            let token =
                tag(inner).ok_or_else(|| error_at(src, offset, format!("malformed tag <{inner}>")))?;
            tokens.push((offset, token));
            let used = end + 2;
            rest = &rest[used..];
            offset += used;
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            tokens.push((offset, Token::Text(decode(&rest[..end]))));
            rest = &rest[end..];
            offset += end;
        }
    }
    Ok(tokens)
}

fn is_name(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

fn tag(inner: &str) -> Option<Token> {
    if let Some(name) = inner.strip_prefix('/') {
        return is_name(name).then(|| Token::Close(name.to_owned()));
    }
    let (body, empty) = match inner.strip_suffix('/') {
        Some(body) => (body, true),
        None => (inner, false),
    };
    let body = body.trim_end();
    let name_end = body.find(char::is_whitespace).unwrap_or(body.len());
    let name = &body[..name_end];
    if !is_name(name) {
        return None;
    }
    let mut attrs = Vec::new();
    let mut rest = body[name_end..].trim_start();
    while !rest.is_empty() {
        let eq = rest.find("=\"")?;
        let key = &rest[..eq];
        if !is_name(key) {
            return None;
        }
        let value_end = rest[eq + 2..].find('"')?;
        attrs.push((key.to_owned(), decode(&rest[eq + 2..eq + 2 + value_end])));
        rest = rest[eq + 2 + value_end + 1..].trim_start();
    }
    Some(if empty {
        Token::Empty(name.to_owned(), attrs)
    } else {
        Token::Open(name.to_owned(), attrs)
    })
}

/// Decodes the entities HTML escaping writes (`&lt;` `&#x27;`…); any other `&` is itself.
fn decode(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let entity = rest
            .find(';')
            .filter(|&end| end <= 10)
            .map(|end| (&rest[1..end], end));
        let decoded = entity.and_then(|(name, end)| {
            let c = match name {
                "lt" => '<',
                "gt" => '>',
                "amp" => '&',
                "quot" => '"',
                "apos" => '\'',
                _ => {
                    let code = match name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => name.strip_prefix('#')?.parse().ok()?,
                    };
                    char::from_u32(code)?
                }
            };
            Some((c, end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn escaped_data_stays_text() {
        let doc = parse("<doc><p>&lt;/p&gt;&lt;h1&gt;{{x}}&#x27;&amp;&#x3D;</p></doc>").unwrap();
        assert_eq!(doc.blocks, vec![Block::Paragraph(Bi::same("</p><h1>{{x}}'&="))]);
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
