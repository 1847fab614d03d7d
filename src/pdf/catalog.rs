//! The catalog's language, outline (bookmarks from the pages' headings) and viewer
//! preferences, and PDF text strings in UTF-16.

use lopdf::{Dictionary, Object, StringFormat};

use super::{PdfError, PdfMeta};
use crate::layout::Page;

/// Adds the language, the outline (level 1–2 headings, nested) and viewer preferences.
pub(super) fn finish_catalog(
    doc: &mut lopdf::Document,
    pages: &[Page],
    meta: &PdfMeta,
) -> Result<(), PdfError> {
    let err = |e: lopdf::Error| PdfError::Write(e.to_string());
    let catalog_id = doc
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .map_err(err)?;
    let page_ids: Vec<_> = doc.get_pages().into_values().collect();

    let entries: Vec<(u8, &str, usize, f32)> = pages
        .iter()
        .enumerate()
        .flat_map(|(i, p)| {
            p.outline
                .iter()
                .map(move |o| (o.level, o.title.as_str(), i, p.height - o.y))
        })
        .collect();
    let outlines = if entries.is_empty() {
        None
    } else {
        let root = doc.new_object_id();
        // Object ids for every entry, then link parents, siblings and children.
        let ids: Vec<_> = entries.iter().map(|_| doc.new_object_id()).collect();
        let mut parent_of = vec![root; entries.len()];
        let mut children: Vec<Vec<usize>> = vec![Vec::new(); entries.len() + 1];
        let mut last_top: Option<usize> = None;
        for (i, e) in entries.iter().enumerate() {
            match (e.0, last_top) {
                (2.., Some(top)) => {
                    parent_of[i] = ids[top];
                    children[top + 1].push(i);
                }
                _ => {
                    last_top = Some(i);
                    children[0].push(i);
                }
            }
        }
        for (i, &(_, title, page, y)) in entries.iter().enumerate() {
            let siblings = children
                .iter()
                .find(|c| c.contains(&i))
                .cloned()
                .unwrap_or_default();
            let pos = siblings.iter().position(|&s| s == i).unwrap_or(0);
            let mut d = Dictionary::new();
            d.set("Title", utf16_string(title));
            d.set("Parent", Object::Reference(parent_of[i]));
            d.set(
                "Dest",
                Object::Array(vec![
                    Object::Reference(page_ids[page]),
                    Object::Name(b"XYZ".to_vec()),
                    Object::Integer(0),
                    Object::Real(y + 12.0),
                    Object::Null,
                ]),
            );
            if pos > 0 {
                d.set("Prev", Object::Reference(ids[siblings[pos - 1]]));
            }
            if let Some(&next) = siblings.get(pos + 1) {
                d.set("Next", Object::Reference(ids[next]));
            }
            let kids = &children[i + 1];
            if let (Some(&first), Some(&last)) = (kids.first(), kids.last()) {
                d.set("First", Object::Reference(ids[first]));
                d.set("Last", Object::Reference(ids[last]));
                d.set("Count", Object::Integer(kids.len() as i64));
            }
            doc.objects.insert(ids[i], Object::Dictionary(d));
        }
        let top = &children[0];
        let mut d = Dictionary::new();
        d.set("Type", Object::Name(b"Outlines".to_vec()));
        d.set("First", Object::Reference(ids[top[0]]));
        d.set("Last", Object::Reference(ids[top[top.len() - 1]]));
        d.set("Count", Object::Integer(entries.len() as i64));
        doc.objects.insert(root, Object::Dictionary(d));
        Some(root)
    };

    let catalog = doc
        .get_object_mut(catalog_id)
        .and_then(Object::as_dict_mut)
        .map_err(err)?;
    catalog.set(
        "Lang",
        Object::String(meta.language.as_bytes().to_vec(), StringFormat::Literal),
    );
    let mut prefs = Dictionary::new();
    prefs.set("DisplayDocTitle", Object::Boolean(true));
    catalog.set("ViewerPreferences", Object::Dictionary(prefs));
    match outlines {
        Some(root) => {
            catalog.set("Outlines", Object::Reference(root));
            catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
        }
        None => catalog.set("PageMode", Object::Name(b"UseNone".to_vec())),
    }
    Ok(())
}

pub(super) fn utf16_string(s: &str) -> Object {
    let mut bytes = vec![0xFE, 0xFF];
    for unit in s.encode_utf16() {
        bytes.extend(unit.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Hexadecimal)
}
