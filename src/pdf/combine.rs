//! Combining written PDFs into one (`packet.pdf`), and copying or moving an object with
//! everything it refers to from one document into another (also used to embed the pages of
//! a PDF file as Form XObjects).

use std::collections::HashMap;

use lopdf::{Dictionary, Object, StringFormat};

use super::catalog::{finish_catalog, utf16_string};
use super::fingerprint::fingerprint;
use super::font_plan::FontPlan;
use super::{compress_streams, embed, PdfError, PdfMeta, Written, FLATE_LEVEL};
use crate::fonts::FontSet;
use crate::layout::Page;
use crate::review::Link;

/// One PDF made of written ones, in order: their pages and resources as written (content
/// streams name fonts by face and set original glyph ids, so nothing is set again), one
/// subset per built-in face for all of them in place of each document's own, an outline
/// of every document's entries (`pages` are the laid-out pages of all of them, in order)
/// and `meta` for the whole. The parts' objects are moved, not copied: their images are
/// most of a packet's bytes. `links` (a review sheet's) go from and to pages of the whole.
/// `labels` name each part's pages in a viewer's page box: the part's first page index in
/// the whole and a prefix (`complaint-jd-R5 `), its pages numbered from 1 after it.
pub fn combine(
    parts: Vec<Written>,
    pages: &[Page],
    links: &[Link],
    labels: &[(usize, String)],
    meta: &PdfMeta,
    fonts: &FontSet,
) -> Result<Written, PdfError> {
    let err = |e: lopdf::Error| PdfError::Write(e.to_string());
    let mut out = lopdf::Document::with_version("1.7");
    let pages_id = out.new_object_id();
    let mut kids = Vec::new();
    // The parts' own /IDs go into the whole's: they hold what a review build drew over them.
    let mut part_ids = Vec::new();
    for mut part in parts {
        if let Ok(Object::Array(id)) = part.doc.trailer.get(b"ID") {
            if let Some(Object::String(bytes, _)) = id.first() {
                part_ids.extend_from_slice(bytes);
            }
        }
        kids.extend(move_pages(&mut out, &mut part.doc, pages_id).map_err(err)?);
    }
    let kids_ids = kids.clone();
    let mut tree = Dictionary::new();
    tree.set("Type", Object::Name(b"Pages".to_vec()));
    tree.set("Count", Object::Integer(kids.len() as i64));
    tree.set(
        "Kids",
        Object::Array(kids.into_iter().map(Object::Reference).collect()),
    );
    out.objects.insert(pages_id, Object::Dictionary(tree));
    super::annots::add_links(&mut out, &kids_ids, pages, links)?;
    let mut catalog = Dictionary::new();
    catalog.set("Type", Object::Name(b"Catalog".to_vec()));
    catalog.set("Pages", Object::Reference(pages_id));
    if !labels.is_empty() {
        let mut nums = Vec::with_capacity(labels.len() * 2);
        for (start, prefix) in labels {
            let mut label = Dictionary::new();
            label.set("S", Object::Name(b"D".to_vec()));
            label.set("P", utf16_string(prefix));
            nums.push(Object::Integer(*start as i64));
            nums.push(Object::Dictionary(label));
        }
        catalog.set(
            "PageLabels",
            Dictionary::from_iter([("Nums", Object::Array(nums))]),
        );
    }
    let catalog_id = out.add_object(catalog);
    out.trailer.set("Root", Object::Reference(catalog_id));

    let mut info = Dictionary::new();
    info.set("Title", utf16_string(&meta.title));
    info.set("Author", utf16_string(&meta.author));
    info.set("Subject", utf16_string(&meta.subject));
    info.set("Creator", utf16_string("takedown"));
    info.set(
        "Producer",
        utf16_string(&format!("takedown {}", env!("CARGO_PKG_VERSION"))),
    );
    if let Some((y, m, d)) = meta.date {
        let date = Object::string_literal(format!("D:{y:04}{m:02}{d:02}000000Z"));
        info.set("CreationDate", date.clone());
        info.set("ModDate", date);
    }
    let info_id = out.add_object(info);
    out.trailer.set("Info", Object::Reference(info_id));
    embed::share_fonts(&mut out, &FontPlan::new(pages, fonts), fonts)?;
    compress_streams(&mut out, FLATE_LEVEL);
    finish_catalog(&mut out, pages, meta)?;
    let id = {
        use sha2::{Digest, Sha256};
        let digest = Sha256::new()
            .chain_update(fingerprint(pages, &[], meta))
            .chain_update(&part_ids)
            .finalize();
        digest[..16].to_vec()
    };
    let id = Object::String(id, StringFormat::Hexadecimal);
    out.trailer.set("ID", Object::Array(vec![id.clone(), id]));
    Ok(Written { doc: out })
}

/// Moves the pages of `part` and every object they use (not following `/Parent`) into
/// `out` under new ids, each page's parent set to `parent`; returns the new page ids.
fn move_pages(
    out: &mut lopdf::Document,
    part: &mut lopdf::Document,
    parent: lopdf::ObjectId,
) -> lopdf::Result<Vec<lopdf::ObjectId>> {
    let pages: Vec<lopdf::ObjectId> = part.page_iter().collect();
    let (map, order) = graph(out, part, &pages);
    for old in order {
        let mut object = part
            .objects
            .remove(&old)
            .ok_or(lopdf::Error::ObjectNotFound(old))?;
        rewrite_references(&mut object, &map);
        out.objects.insert(map[&old], object);
    }
    for id in &pages {
        if let Some(Object::Dictionary(dict)) = out.objects.get_mut(&map[id]) {
            dict.set("Parent", Object::Reference(parent));
        }
    }
    Ok(pages.iter().map(|id| map[id]).collect())
}

/// Copies the objects `roots` and every object they refer to (not following `/Parent`)
/// from `part` into `out` under new ids; returns old id → new id.
pub(crate) fn copy_graph(
    out: &mut lopdf::Document,
    part: &lopdf::Document,
    roots: &[lopdf::ObjectId],
) -> lopdf::Result<HashMap<lopdf::ObjectId, lopdf::ObjectId>> {
    let (map, order) = graph(out, part, roots);
    for old in order {
        let mut object = part.get_object(old)?.clone();
        rewrite_references(&mut object, &map);
        out.objects.insert(map[&old], object);
    }
    Ok(map)
}

/// The objects `roots` and every object they refer to (not following `/Parent`), in the
/// order found, each with a new id in `out`.
type Graph = (HashMap<lopdf::ObjectId, lopdf::ObjectId>, Vec<lopdf::ObjectId>);

fn graph(out: &mut lopdf::Document, part: &lopdf::Document, roots: &[lopdf::ObjectId]) -> Graph {
    let mut map = HashMap::new();
    let mut order = Vec::new();
    let mut stack: Vec<lopdf::ObjectId> = roots.iter().rev().copied().collect();
    while let Some(id) = stack.pop() {
        if map.contains_key(&id) {
            continue;
        }
        let Ok(object) = part.get_object(id) else {
            // A dangling reference in someone else's PDF reads as null.
            continue;
        };
        map.insert(id, out.new_object_id());
        order.push(id);
        let mut found = Vec::new();
        references(object, &mut found);
        stack.extend(found.into_iter().rev());
    }
    (map, order)
}

/// The references in `object`, not following `/Parent`.
pub(crate) fn references(object: &Object, found: &mut Vec<lopdf::ObjectId>) {
    match object {
        Object::Reference(id) => found.push(*id),
        Object::Array(items) => items.iter().for_each(|o| references(o, found)),
        Object::Dictionary(dict) => dict
            .iter()
            .filter(|(k, _)| k.as_slice() != b"Parent")
            .for_each(|(_, o)| references(o, found)),
        Object::Stream(stream) => stream
            .dict
            .iter()
            .filter(|(k, _)| k.as_slice() != b"Parent")
            .for_each(|(_, o)| references(o, found)),
        _ => {}
    }
}

/// Points the references in `object` at their new ids; one without a new id becomes null.
pub(crate) fn rewrite_references(object: &mut Object, map: &HashMap<lopdf::ObjectId, lopdf::ObjectId>) {
    match object {
        Object::Reference(id) => match map.get(id) {
            Some(new) => *id = *new,
            None => *object = Object::Null,
        },
        Object::Array(items) => items.iter_mut().for_each(|o| rewrite_references(o, map)),
        Object::Dictionary(dict) => dict.iter_mut().for_each(|(_, o)| rewrite_references(o, map)),
        Object::Stream(stream) => stream
            .dict
            .iter_mut()
            .for_each(|(_, o)| rewrite_references(o, map)),
        _ => {}
    }
}
