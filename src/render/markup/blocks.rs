//! Block elements: headings, paragraphs, lists, label–value pairs, tables, figures,
//! signature blocks, spaces and page breaks.

use super::tokens::Token;
use super::{attr, MarkupError, Parser};
use crate::document::{Bi, Block, ColumnWidth, Signature, Table};

impl Parser<'_> {
    pub(super) fn empty_block(
        &mut self,
        name: &str,
        attrs: &[(String, String)],
    ) -> Result<Block, MarkupError> {
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

    pub(super) fn block(&mut self, name: &str, attrs: &[(String, String)]) -> Result<Block, MarkupError> {
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
                let closing = attr(attrs, "closing") == Some("yes");
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
                    closing,
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
}
