//! Attachments on annex pages: JPEG files embedded as they are (DCTDecode: the stream is
//! the file's bytes), PNG files decoded and stored losslessly (Flate, alpha as `/SMask`),
//! PDF pages as form XObjects. Each file is read when its document is written and checked
//! against the SHA-256 it had when the workbook was checked.

use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;

use lopdf::{Dictionary, Object, ObjectId, Stream};

use super::embed::page_resources;
use super::PdfError;
use crate::document::Attachment;
use crate::evidence::{decode_png, FileKind};
use crate::layout::{Item, Page};

/// Adds a content stream drawing the images of each page, and their XObjects.
pub(super) fn add_images(doc: &mut lopdf::Document, pages: &[Page]) -> Result<(), PdfError> {
    let err = |e: lopdf::Error| PdfError::Write(e.to_string());
    let page_ids: Vec<ObjectId> = doc.get_pages().into_values().collect();
    let mut made: HashMap<(PathBuf, u32), ObjectId> = HashMap::new();
    let mut sources: HashMap<PathBuf, lopdf::Document> = HashMap::new();
    for (page, &page_id) in pages.iter().zip(&page_ids) {
        let mut content = String::new();
        let mut names = Vec::new();
        for item in &page.items {
            let Item::Image {
                attachment,
                page: n,
                x,
                y,
                w,
                h,
            } = item
            else {
                continue;
            };
            let key = (attachment.path.clone(), *n);
            let id = match made.get(&key) {
                Some(id) => *id,
                None => {
                    let id = match attachment.kind {
                        FileKind::Jpeg => jpeg(doc, attachment)?,
                        FileKind::Png => png(doc, attachment)?,
                        FileKind::Pdf => pdf_page(doc, attachment, *n, &mut sources)?,
                    };
                    made.insert(key, id);
                    id
                }
            };
            // Resource dictionaries may be shared by every page: one name per object.
            let name = format!("Im{}", id.0);
            let bottom = page.height - y - h;
            let matrix = match attachment.kind {
                FileKind::Pdf => form_matrix(doc, id, *x, bottom, *w, *h),
                _ => [*w, 0.0, 0.0, *h, *x, bottom],
            };
            let [a, b, c, d, e, f] = matrix;
            content.push_str(&format!(
                "q {a:.4} {b:.4} {c:.4} {d:.4} {e:.3} {f:.3} cm /{name} Do Q\n"
            ));
            names.push((name, id));
        }
        if names.is_empty() {
            continue;
        }
        let stream_id = doc.add_object(Stream::new(Dictionary::new(), content.into_bytes()));
        let page_dict = doc
            .get_object_mut(page_id)
            .and_then(Object::as_dict_mut)
            .map_err(err)?;
        let mut contents = match page_dict.get(b"Contents") {
            Ok(Object::Array(items)) => items.clone(),
            Ok(other) => vec![other.clone()],
            Err(_) => Vec::new(),
        };
        // Drawn first, so the caption and footer are never under a picture.
        contents.insert(0, Object::Reference(stream_id));
        page_dict.set("Contents", Object::Array(contents));
        let xobjects = page_resources(doc, page_id, b"XObject").map_err(err)?;
        for (name, id) in names {
            xobjects.set(name, Object::Reference(id));
        }
    }
    Ok(())
}

/// The file's bytes, which must still be those that were checked.
/// The file's bytes, which must still be those that were checked and hashed: the same
/// size and modification time (hashing every file a second time cost a sixth of a build
/// with evidence).
fn read(attachment: &Attachment) -> Result<Vec<u8>, PdfError> {
    let name = attachment.path.display();
    let changed = || {
        PdfError::Write(format!(
            "evidence file {name} changed while the packet was made; build again"
        ))
    };
    let meta = std::fs::metadata(&attachment.path)
        .map_err(|e| PdfError::Write(format!("cannot read evidence file {name} ({e})")))?;
    if meta.len() != attachment.bytes || meta.modified().ok() != attachment.modified {
        return Err(changed());
    }
    let bytes = std::fs::read(&attachment.path)
        .map_err(|e| PdfError::Write(format!("cannot read evidence file {name} ({e})")))?;
    if bytes.len() as u64 != attachment.bytes {
        return Err(changed());
    }
    Ok(bytes)
}

fn image_dict(width: u32, height: u32, color: &[u8]) -> Dictionary {
    let mut dict = Dictionary::new();
    dict.set("Type", Object::Name(b"XObject".to_vec()));
    dict.set("Subtype", Object::Name(b"Image".to_vec()));
    dict.set("Width", Object::Integer(i64::from(width)));
    dict.set("Height", Object::Integer(i64::from(height)));
    dict.set("ColorSpace", Object::Name(color.to_vec()));
    dict.set("BitsPerComponent", Object::Integer(8));
    dict
}

fn jpeg(doc: &mut lopdf::Document, attachment: &Attachment) -> Result<ObjectId, PdfError> {
    let bytes = read(attachment)?;
    let color: &[u8] = match attachment.components {
        1 => b"DeviceGray",
        4 => b"DeviceCMYK",
        _ => b"DeviceRGB",
    };
    let mut dict = image_dict(attachment.width, attachment.height, color);
    dict.set("Filter", Object::Name(b"DCTDecode".to_vec()));
    if attachment.components == 4 && adobe_inverted(&bytes) {
        // Photoshop writes CMYK JPEGs inverted (APP14 "Adobe").
        let decode = [1, 0, 1, 0, 1, 0, 1, 0].map(Object::Integer).to_vec();
        dict.set("Decode", Object::Array(decode));
    }
    let stream = Stream::new(dict, bytes).with_compression(false);
    Ok(doc.add_object(stream))
}

/// Whether a JPEG carries Adobe's APP14 marker segment.
fn adobe_inverted(bytes: &[u8]) -> bool {
    bytes
        .windows(9)
        .take(64 * 1024)
        .any(|w| w[0] == 0xFF && w[1] == 0xEE && &w[4..9] == b"Adobe")
}

fn deflate(data: &[u8]) -> Result<Vec<u8>, PdfError> {
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(6));
    encoder
        .write_all(data)
        .and_then(|()| encoder.finish())
        .map_err(|e| PdfError::Write(e.to_string()))
}

fn png(doc: &mut lopdf::Document, attachment: &Attachment) -> Result<ObjectId, PdfError> {
    let bytes = read(attachment)?;
    if let Some((colors, width, height, data)) = plain_png(&bytes) {
        // An 8-bit grey or RGB PNG without transparency: its compressed rows are a Flate
        // stream with PNG predictors, which PDF reads as they are.
        let color: &[u8] = if colors == 1 { b"DeviceGray" } else { b"DeviceRGB" };
        let mut dict = image_dict(width, height, color);
        dict.set("Filter", Object::Name(b"FlateDecode".to_vec()));
        let mut parms = Dictionary::new();
        parms.set("Predictor", Object::Integer(15));
        parms.set("Colors", Object::Integer(colors));
        parms.set("BitsPerComponent", Object::Integer(8));
        parms.set("Columns", Object::Integer(i64::from(width)));
        dict.set("DecodeParms", Object::Dictionary(parms));
        return Ok(doc.add_object(Stream::new(dict, data).with_compression(false)));
    }
    let name = attachment.path.display();
    let pixels = decode_png(&bytes).map_err(|e| PdfError::Write(format!("{name}: {e}")))?;
    let color: &[u8] = if pixels.components == 1 {
        b"DeviceGray"
    } else {
        b"DeviceRGB"
    };
    let mut dict = image_dict(pixels.width, pixels.height, color);
    dict.set("Filter", Object::Name(b"FlateDecode".to_vec()));
    if let Some(alpha) = &pixels.alpha {
        let mut mask = image_dict(pixels.width, pixels.height, b"DeviceGray");
        mask.set("Filter", Object::Name(b"FlateDecode".to_vec()));
        let mask_id = doc.add_object(Stream::new(mask, deflate(alpha)?).with_compression(false));
        dict.set("SMask", Object::Reference(mask_id));
    }
    let stream = Stream::new(dict, deflate(&pixels.samples)?).with_compression(false);
    Ok(doc.add_object(stream))
}

/// The samples per pixel, size and joined `IDAT` data of a PNG that PDF can take as it is:
/// 8 bits per sample, grey or RGB, not interlaced, no transparency chunk. `None` for any
/// other PNG (decoded instead), or one whose chunks do not add up.
fn plain_png(bytes: &[u8]) -> Option<(i64, u32, u32, Vec<u8>)> {
    let mut at = 8;
    let mut header = None;
    let mut data = Vec::with_capacity(bytes.len());
    while at + 8 <= bytes.len() {
        let len = u32::from_be_bytes(bytes[at..at + 4].try_into().ok()?) as usize;
        let kind = &bytes[at + 4..at + 8];
        let body = bytes.get(at + 8..at.checked_add(8 + len)?)?;
        match kind {
            b"IHDR" if body.len() == 13 => {
                let w = u32::from_be_bytes(body[0..4].try_into().ok()?);
                let h = u32::from_be_bytes(body[4..8].try_into().ok()?);
                let colors = match (body[8], body[9], body[12]) {
                    (8, 0, 0) => 1,
                    (8, 2, 0) => 3,
                    _ => return None,
                };
                header = Some((colors, w, h));
            }
            b"tRNS" | b"PLTE" => return None,
            b"IDAT" => data.extend_from_slice(body),
            b"IEND" => {
                let (colors, w, h) = header?;
                return Some((colors, w, h, data));
            }
            _ => {}
        }
        at += 12 + len;
    }
    None
}

/// Page `n` of a PDF as a form XObject: its content, resources and media box.
fn pdf_page(
    doc: &mut lopdf::Document,
    attachment: &Attachment,
    n: u32,
    sources: &mut HashMap<PathBuf, lopdf::Document>,
) -> Result<ObjectId, PdfError> {
    let name = attachment.path.display().to_string();
    let bad = |why: String| PdfError::Write(format!("evidence file {name}: {why}"));
    if !sources.contains_key(&attachment.path) {
        let bytes = read(attachment)?;
        let loaded = std::panic::catch_unwind(|| lopdf::Document::load_mem(&bytes))
            .map_err(|_| bad("damaged PDF".into()))?
            .map_err(|e| bad(e.to_string()))?;
        sources.insert(attachment.path.clone(), loaded);
    }
    let source = &sources[&attachment.path];
    let page_id = *source
        .get_pages()
        .get(&(n + 1))
        .ok_or_else(|| bad(format!("has no page {}", n + 1)))?;
    let content = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| source.get_page_content(page_id)))
        .map_err(|_| bad("damaged page".into()))?;
    let inherited = |key: &[u8]| -> Option<Object> {
        let mut id = page_id;
        for _ in 0..32 {
            let dict = source.get_object(id).ok()?.as_dict().ok()?;
            if let Ok(value) = dict.get(key) {
                return Some(match value {
                    Object::Reference(r) => source.get_object(*r).ok()?.clone(),
                    other => other.clone(),
                });
            }
            id = dict.get(b"Parent").ok()?.as_reference().ok()?;
        }
        None
    };
    let media = inherited(b"MediaBox")
        .and_then(|o| o.as_array().ok().cloned())
        .filter(|a| a.len() == 4)
        .unwrap_or_else(|| [0.0, 0.0, 612.0, 792.0].map(Object::Real).to_vec());
    let resources = inherited(b"Resources").unwrap_or(Object::Dictionary(Dictionary::new()));
    // Copy what the resources refer to, then the resources with their references renewed.
    let mut roots = Vec::new();
    super::combine::references(&resources, &mut roots);
    let map = super::combine::copy_graph(doc, source, &roots).map_err(|e| bad(e.to_string()))?;
    let mut resources = resources;
    super::combine::rewrite_references(&mut resources, &map);

    let mut dict = Dictionary::new();
    dict.set("Type", Object::Name(b"XObject".to_vec()));
    dict.set("Subtype", Object::Name(b"Form".to_vec()));
    dict.set("BBox", Object::Array(media));
    dict.set("Resources", resources);
    let rotate = inherited(b"Rotate").and_then(|o| o.as_i64().ok()).unwrap_or(0);
    dict.set("TakedownRotate", Object::Integer(rotate.rem_euclid(360)));
    Ok(doc.add_object(Stream::new(dict, content)))
}

/// The matrix that fits form `id` (its `/BBox`, turned by its page's `/Rotate`) into the box
/// at (`x`, `bottom`) of `w` × `h`, centred, aspect kept.
fn form_matrix(doc: &mut lopdf::Document, id: ObjectId, x: f32, bottom: f32, w: f32, h: f32) -> [f32; 6] {
    let Ok(Object::Stream(stream)) = doc.get_object_mut(id) else {
        return [1.0, 0.0, 0.0, 1.0, x, bottom];
    };
    let num = |o: &Object| o.as_float().ok().or_else(|| o.as_i64().ok().map(|i| i as f32));
    let bbox: Vec<f32> = stream
        .dict
        .get(b"BBox")
        .ok()
        .and_then(|o| o.as_array().ok())
        .map(|a| a.iter().filter_map(num).collect())
        .unwrap_or_default();
    let rotate = stream
        .dict
        .get(b"TakedownRotate")
        .ok()
        .and_then(|o| o.as_i64().ok())
        .unwrap_or(0);
    stream.dict.remove(b"TakedownRotate");
    let [x0, y0, x1, y1] = match bbox.as_slice() {
        [a, b, c, d] => [a.min(*c), b.min(*d), a.max(*c), b.max(*d)],
        _ => [0.0, 0.0, 612.0, 792.0],
    };
    let (bw, bh) = ((x1 - x0).max(1.0), (y1 - y0).max(1.0));
    let turned = rotate == 90 || rotate == 270;
    let (vw, vh) = if turned { (bh, bw) } else { (bw, bh) };
    let s = (w / vw).min(h / vh);
    let (ox, oy) = (x + (w - vw * s) / 2.0, bottom + (h - vh * s) / 2.0);
    // Page space (after /Rotate, clockwise) into the box.
    match rotate {
        90 => [0.0, -s, s, 0.0, ox - y0 * s, oy + x1 * s],
        180 => [-s, 0.0, 0.0, -s, ox + x1 * s, oy + y1 * s],
        270 => [0.0, s, -s, 0.0, ox + y1 * s, oy - x0 * s],
        _ => [s, 0.0, 0.0, s, ox - x0 * s, oy - y0 * s],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attachment(path: &std::path::Path) -> Attachment {
        let meta = std::fs::metadata(path).unwrap();
        Attachment {
            path: path.to_path_buf(),
            kind: crate::evidence::FileKind::Jpeg,
            sha256: String::new(),
            width: 1,
            height: 1,
            components: 3,
            pages: 1,
            bytes: meta.len(),
            modified: meta.modified().ok(),
        }
    }

    #[test]
    fn a_file_changed_after_it_was_checked_is_not_embedded() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("shot.jpg");
        std::fs::write(&path, b"checked bytes").unwrap();
        let checked = attachment(&path);
        assert_eq!(read(&checked).unwrap(), b"checked bytes");

        // Replaced by a longer file: the size tells.
        std::fs::write(&path, b"other, longer bytes").unwrap();
        let message = format!(
            "evidence file {} changed while the packet was made; build again",
            path.display()
        );
        assert_eq!(
            read(&checked).unwrap_err().to_string(),
            format!("failed to write the PDF ({message})")
        );

        // Same size, written later: the modification time tells.
        std::fs::write(&path, b"checked bytes").unwrap();
        let mut stale = attachment(&path);
        stale.modified = stale.modified.map(|t| t - std::time::Duration::from_secs(60));
        assert_eq!(
            read(&stale).unwrap_err().to_string(),
            format!("failed to write the PDF ({message})")
        );

        // Gone.
        std::fs::remove_file(&path).unwrap();
        assert!(read(&checked)
            .unwrap_err()
            .to_string()
            .contains("cannot read evidence file"));
    }
}
