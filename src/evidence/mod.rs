//! Evidence files a workbook names (listing screenshots, test-purchase records, registration
//! certificates, evaluation reports, comparisons, business licences): each is checked before
//! anything relies on it, and hashed, so that a document only ever claims what it carries.
//!
//! Entry point: [`inspect`] (one file) — the model calls it for every file a cell names and
//! reports what is wrong at that cell. [`decode_png`] gives the pixels the PDF stores.

mod image;

use std::io::Read;
use std::path::Path;

use serde::Serialize;
use sha2::{Digest, Sha256};

pub use image::{decode_png, Pixels};

/// What a file is, by its bytes (never by its name).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FileKind {
    Png,
    Jpeg,
    Pdf,
}

impl FileKind {
    /// `PNG image`, for messages and captions.
    pub fn name(self) -> &'static str {
        match self {
            FileKind::Png => "PNG image",
            FileKind::Jpeg => "JPEG image",
            FileKind::Pdf => "PDF document",
        }
    }
}

/// What was found in a usable evidence file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FileInfo {
    pub kind: FileKind,
    /// Its size.
    pub bytes: u64,
    /// SHA-256 of the bytes, lower-case hex.
    pub sha256: String,
    /// Pixels of an image (0 for a PDF).
    pub width: u32,
    pub height: u32,
    /// Colour components of a JPEG (1 grey, 3 RGB, 4 CMYK); 0 otherwise.
    pub components: u8,
    /// Pages of a PDF (1 for an image).
    pub pages: u32,
    /// When the file was last changed, as checked: the PDF writer refuses one changed since.
    #[serde(skip)]
    pub modified: Option<std::time::SystemTime>,
    /// The web links a PDF's text names (a notarised capture prints the page's address), at
    /// most [`MAX_LINKS`], from its first [`TEXT_PAGES`] pages; none for an image.
    #[serde(skip)]
    pub links: Vec<String>,
}

/// How many links of a PDF's text are kept.
pub const MAX_LINKS: usize = 200;
/// How many pages of a PDF are read for links.
const TEXT_PAGES: u32 = 50;
/// The decompressed content of one page read for links, at most.
const PAGE_TEXT_BYTES: usize = 16 * 1024 * 1024;

/// How big an evidence file may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Bytes of one file.
    pub max_bytes: u64,
    /// Pixels on either side of an image.
    pub max_side: u32,
    /// Pixels of an image in all (decoded, 4 bytes each).
    pub max_pixels: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: 20 * 1024 * 1024,
            max_side: 20_000,
            max_pixels: 50_000_000,
        }
    }
}

/// Why a named file cannot be used; the text is the message at the cell.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct EvidenceError(pub String);

/// Checks the file at `path` (named `written` in the cell): it exists, is at most
/// `limits.max_bytes`, is a PNG, JPEG or PDF by its bytes, and decodes (an image within the
/// pixel limits, read before any pixel buffer is allocated; a PDF with pages). Returns what
/// it is and its SHA-256, and with `links`, the web links a PDF capture prints.
pub fn inspect(path: &Path, written: &str, limits: &Limits, links: bool) -> Result<FileInfo, EvidenceError> {
    let error = |why: String| EvidenceError(format!("evidence file \"{written}\" {why}"));
    let fail = |why: String| Err(error(why));
    let meta = match std::fs::metadata(path) {
        Ok(meta) if meta.is_file() => meta,
        Ok(_) => return fail("is a folder, not a file".into()),
        Err(_) => return fail("not found (paths are relative to the workbook's folder)".into()),
    };
    if meta.len() > limits.max_bytes {
        return fail(format!(
            "is {}; evidence files may be at most {} (evidence.max-file-mib in takedown.yaml)",
            mib(meta.len()),
            mib(limits.max_bytes)
        ));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    let read = std::fs::File::open(path).and_then(|f| f.take(limits.max_bytes + 1).read_to_end(&mut bytes));
    if let Err(e) = read {
        return fail(format!("cannot be read ({e})"));
    }
    if bytes.len() as u64 > limits.max_bytes {
        return fail(format!("grew past {} while it was read", mib(limits.max_bytes)));
    }
    let Some(kind) = sniff(&bytes) else {
        return fail(format!(
            "is not a PNG, JPEG or PDF file{} (save the screenshot as PNG or JPEG, or the document as PDF)",
            looks_like(&bytes)
        ));
    };
    // The decoders are well-kept crates, but the file is hostile until checked: a panic in
    // one is a damaged file, not a crash.
    let checked = std::panic::catch_unwind(|| match kind {
        FileKind::Png => image::check_png(&bytes, limits).map(|(w, h)| (w, h, 0, 1, Vec::new())),
        FileKind::Jpeg => image::check_jpeg(&bytes, limits).map(|(w, h, c)| (w, h, c, 1, Vec::new())),
        FileKind::Pdf => check_pdf(&bytes, links).map(|(pages, links)| (0, 0, 0, pages, links)),
    })
    .unwrap_or_else(|_| Err(format!("is a damaged {}", kind.name())));
    let (width, height, components, pages, links) = checked.map_err(error)?;
    Ok(FileInfo {
        kind,
        bytes: bytes.len() as u64,
        sha256: hex(&Sha256::digest(&bytes)),
        width,
        height,
        components,
        pages,
        modified: meta.modified().ok(),
        links,
    })
}

/// The kind of a file by its first bytes.
pub fn sniff(bytes: &[u8]) -> Option<FileKind> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(FileKind::Png)
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(FileKind::Jpeg)
    } else if bytes
        .get(..1024)
        .unwrap_or(bytes)
        .windows(5)
        .any(|w| w == b"%PDF-")
    {
        Some(FileKind::Pdf)
    } else {
        None
    }
}

/// ` (it looks like a Word, Excel or ZIP file)`, or nothing.
fn looks_like(bytes: &[u8]) -> &'static str {
    if bytes.starts_with(b"PK\x03\x04") {
        " (it looks like a Word, Excel or ZIP file)"
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        " (it looks like an old Word or Excel file)"
    } else if bytes.starts_with(b"GIF8") {
        " (it is a GIF image)"
    } else if bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WEBP") {
        " (it is a WebP image)"
    } else if bytes.is_empty() {
        " (it is empty)"
    } else {
        ""
    }
}

/// The page count of a PDF that can be read and is not encrypted, and the links its text
/// names.
fn check_pdf(bytes: &[u8], read_links: bool) -> Result<(u32, Vec<String>), String> {
    let loaded = std::panic::catch_unwind(|| lopdf::Document::load_mem(bytes));
    let doc = match loaded {
        Ok(Ok(doc)) => doc,
        Ok(Err(e)) => return Err(format!("is a damaged PDF document ({e})")),
        Err(_) => return Err("is a damaged PDF document".into()),
    };
    if doc.is_encrypted() {
        return Err("is an encrypted PDF document; save it without a password".into());
    }
    let pages = match doc.get_pages().len() {
        0 => return Err("is a PDF document without pages".into()),
        n => u32::try_from(n).map_err(|_| "has too many pages".to_owned())?,
    };
    // A page whose text cannot be read names no link; the file is still usable.
    let mut links = Vec::new();
    let read = if read_links { pages.min(TEXT_PAGES) } else { 0 };
    for page in 1..=read {
        if let Ok(text) = doc.extract_text_with_limit(&[page], PAGE_TEXT_BYTES) {
            links.extend(web_links(&text));
        }
        if links.len() >= MAX_LINKS {
            links.truncate(MAX_LINKS);
            break;
        }
    }
    Ok((pages, links))
}

/// The `http://` and `https://` addresses in `text`, each up to the first space, quote or
/// bracket.
pub fn web_links(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("http") {
        let tail = &rest[at..];
        let end = tail
            .find(|c: char| {
                c.is_whitespace()
                    || matches!(c, '"' | '\'' | '<' | '>' | '(' | ')' | '（' | '）' | '，' | '。')
            })
            .unwrap_or(tail.len());
        let link = tail[..end].trim_end_matches(['.', ',', ';']);
        if link.starts_with("https://") || link.starts_with("http://") {
            out.push(link.to_owned());
        }
        rest = &tail[end.max(4)..];
    }
    out
}

/// `20 MiB`, `1.5 MiB`.
fn mib(bytes: u64) -> String {
    let m = bytes as f64 / (1024.0 * 1024.0);
    if (m - m.round()).abs() < 0.05 {
        format!("{} MiB", m.round())
    } else {
        format!("{m:.1} MiB")
    }
}

/// Lower-case hexadecimal.
pub(crate) fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::with_capacity(64), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}
