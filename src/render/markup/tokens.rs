//! Splitting markup into tags (with attributes) and text, decoding the entities HTML
//! escaping writes.

use super::{error_at, MarkupError};

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Token {
    Open(String, Vec<(String, String)>),
    Close(String),
    Empty(String, Vec<(String, String)>),
    Text(String),
}

pub(super) fn tokenize(src: &str) -> Result<Vec<(usize, Token)>, MarkupError> {
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
    use super::super::parse;
    use crate::document::{Bi, Block};

    #[test]
    fn escaped_data_stays_text() {
        let doc = parse("<doc><p>&lt;/p&gt;&lt;h1&gt;{{x}}&#x27;&amp;&#x3D;</p></doc>").unwrap();
        assert_eq!(doc.blocks, vec![Block::Paragraph(Bi::same("</p><h1>{{x}}'&="))]);
    }
}
