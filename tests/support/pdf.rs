//! Reading the PDFs with the tools a reader uses: pdftotext, pdffonts, qpdf.
#![allow(dead_code)]

use std::path::Path;
use std::process::Command;

/// Runs `name ARGS… FILE`; asserts it succeeds and returns its standard output.
pub fn tool(name: &str, args: &[&str], file: &Path) -> String {
    let out = Command::new(name)
        .args(args)
        .arg(file)
        .output()
        .unwrap_or_else(|e| panic!("failed to run {name} (install poppler-utils and qpdf): {e}"));
    assert!(
        out.status.success(),
        "{name} {args:?} {} failed: {}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("tool output is UTF-8")
}

/// `pdftotext -raw` of a PDF: its text in content order (the order takedown sets it: each
/// English clause, then its Chinese), lines as pdftotext breaks them.
pub fn raw_text(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("failed to run pdftotext (install poppler-utils)");
    assert!(out.status.success(), "pdftotext {}", pdf.display());
    String::from_utf8(out.stdout).expect("UTF-8 text")
}

/// A PDF's objects as text: `qpdf --qdf --object-streams=disable` of its bytes (the
/// dictionaries are packed into compressed object streams as written).
pub fn objects(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let (from, to) = (dir.path().join("in.pdf"), dir.path().join("out.pdf"));
    std::fs::write(&from, pdf).expect("write");
    let out = Command::new("qpdf")
        .args(["--qdf", "--object-streams=disable"])
        .arg(&from)
        .arg(&to)
        .output()
        .expect("failed to run qpdf (install qpdf)");
    assert!(
        out.status.success(),
        "qpdf --qdf: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&std::fs::read(&to).expect("read")).into_owned()
}

/// The [`text`] of page `n` (1-based) alone.
pub fn page_text(pdf: &Path, n: usize) -> String {
    let n = n.to_string();
    let out = Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8", "-f", &n, "-l", &n])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("failed to run pdftotext (install poppler-utils)");
    assert!(out.status.success(), "pdftotext {}", pdf.display());
    squeeze(&String::from_utf8(out.stdout).expect("UTF-8 text"))
}

/// [`raw_text`] with all whitespace removed (cells and lines wrap long links and names).
pub fn text(pdf: &Path) -> String {
    squeeze(&raw_text(pdf))
}

/// `text` with all whitespace removed, to compare with [`text`].
pub fn squeeze(text: &str) -> String {
    text.split_whitespace().collect()
}

/// Asserts that `qpdf --check` passes, with its report if it does not.
pub fn qpdf_check(pdf: &Path) {
    let output = Command::new("qpdf")
        .arg("--check")
        .arg(pdf)
        .output()
        .expect("qpdf is installed");
    assert!(
        output.status.success(),
        "qpdf --check {}: {}",
        pdf.display(),
        String::from_utf8_lossy(&output.stdout)
    );
}

/// Asserts that every font of the PDF is embedded, subset and mapped to Unicode (the `emb`,
/// `sub` and `uni` columns of pdffonts).
pub fn assert_fonts_embedded(pdf: &Path) {
    let fonts = tool("pdffonts", &[], pdf);
    for line in fonts.lines().skip(2) {
        let cols: Vec<&str> = line.split_whitespace().collect();
        let n = cols.len();
        assert_eq!(
            &cols[n - 5..n - 2],
            ["yes", "yes", "yes"],
            "{}: {line}",
            pdf.display()
        );
    }
}

/// One glyph as a reader's tool finds it in a page's content stream: its character (from
/// the font's ToUnicode map), its origin in points (PDF coordinates, y up) and its size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PdfGlyph {
    pub ch: char,
    pub x: f32,
    pub y: f32,
    pub size: f32,
    /// The glyph's advance in points.
    pub w: f32,
}

/// A Type0 font of the page: CID → character and CID → advance (thousandths of an em).
struct PdfFont {
    unicode: std::collections::HashMap<u16, char>,
    widths: std::collections::HashMap<u16, f32>,
    default_width: f32,
}

fn hex_u32(s: &str) -> Option<u32> {
    u32::from_str_radix(s.trim_matches(|c| c == '<' || c == '>'), 16).ok()
}

fn read_font(doc: &lopdf::Document, font: &lopdf::Dictionary) -> PdfFont {
    let mut unicode = std::collections::HashMap::new();
    if let Ok(lopdf::Object::Stream(s)) = font.get_deref(b"ToUnicode", doc) {
        let bytes = s.decompressed_content().unwrap_or_else(|_| s.content.clone());
        let text = String::from_utf8_lossy(&bytes);
        let mut mode = "";
        for line in text.lines() {
            let line = line.trim();
            if line.ends_with("beginbfchar") {
                mode = "char";
            } else if line.ends_with("beginbfrange") {
                mode = "range";
            } else if line.starts_with("end") {
                mode = "";
            } else {
                let parts: Vec<&str> = line.split_whitespace().collect();
                match (mode, parts.as_slice()) {
                    ("char", [cid, u]) => {
                        if let (Some(cid), Some(ch)) = (hex_u32(cid), hex_u32(u).and_then(char::from_u32)) {
                            unicode.insert(cid as u16, ch);
                        }
                    }
                    ("range", [lo, hi, u]) if u.starts_with('<') => {
                        if let (Some(lo), Some(hi), Some(u)) = (hex_u32(lo), hex_u32(hi), hex_u32(u)) {
                            for (k, cid) in (lo..=hi).enumerate() {
                                if let Some(ch) = char::from_u32(u + k as u32) {
                                    unicode.insert(cid as u16, ch);
                                }
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    let mut widths = std::collections::HashMap::new();
    let mut default_width = 1000.0;
    let descendant = font
        .get_deref(b"DescendantFonts", doc)
        .and_then(|d| d.as_array().cloned())
        .ok()
        .and_then(|a| a.first().cloned());
    if let Some(d) = descendant {
        if let Ok((_, lopdf::Object::Dictionary(d))) = doc.dereference(&d) {
            if let Ok(w) = d.get_deref(b"DW", doc).and_then(|w| w.as_float()) {
                default_width = w;
            }
            if let Ok(w) = d.get_deref(b"W", doc).and_then(|w| w.as_array()) {
                let mut i = 0;
                while i + 1 < w.len() {
                    let first = w[i].as_i64().unwrap_or(0) as u16;
                    match doc.dereference(&w[i + 1]).map(|(_, o)| o) {
                        Ok(lopdf::Object::Array(ws)) => {
                            for (k, v) in ws.iter().enumerate() {
                                widths.insert(first + k as u16, v.as_float().unwrap_or(0.0));
                            }
                            i += 2;
                        }
                        _ if i + 2 < w.len() => {
                            let last = w[i + 1].as_i64().unwrap_or(0) as u16;
                            let v = w[i + 2].as_float().unwrap_or(0.0);
                            for cid in first..=last {
                                widths.insert(cid, v);
                            }
                            i += 3;
                        }
                        _ => break,
                    }
                }
            }
        }
    }
    PdfFont {
        unicode,
        widths,
        default_width,
    }
}

/// Every glyph that the page content streams of `pdf` show with a Type0 (Identity-H) font,
/// page by page, in content order: takedown's own text (embedded annex pages, drawn as
/// forms, are not read). Positions follow `Tm`, `Td`, `Tc`, `TJ` and `Tj` with the fonts'
/// advances, as a viewer places them.
pub fn glyphs(pdf: &Path) -> Vec<Vec<PdfGlyph>> {
    let doc = lopdf::Document::load(pdf).unwrap_or_else(|e| panic!("{}: {e}", pdf.display()));
    let mut pages = Vec::new();
    for (_, page) in doc.get_pages() {
        let mut fonts = std::collections::HashMap::new();
        for (name, dict) in doc.get_page_fonts(page).unwrap_or_default() {
            if dict.get(b"DescendantFonts").is_ok() {
                fonts.insert(name, read_font(&doc, dict));
            }
        }
        let content = doc.get_and_decode_page_content(page).expect("content decodes");
        let mut out = Vec::new();
        let (mut font, mut size, mut spacing) = (None::<Vec<u8>>, 0.0f32, 0.0f32);
        let (mut x, mut y, mut line_x, mut line_y) = (0.0f32, 0.0f32, 0.0f32, 0.0f32);
        let num = |o: &lopdf::Object| o.as_float().unwrap_or(0.0);
        for op in &content.operations {
            match op.operator.as_str() {
                "BT" => (x, y, line_x, line_y) = (0.0, 0.0, 0.0, 0.0),
                "Tf" if op.operands.len() == 2 => {
                    font = op.operands[0].as_name().ok().map(<[u8]>::to_vec);
                    size = num(&op.operands[1]);
                }
                "Tc" if op.operands.len() == 1 => spacing = num(&op.operands[0]),
                "Tm" if op.operands.len() == 6 => {
                    (line_x, line_y) = (num(&op.operands[4]), num(&op.operands[5]));
                    (x, y) = (line_x, line_y);
                }
                "Td" if op.operands.len() == 2 => {
                    line_x += num(&op.operands[0]);
                    line_y += num(&op.operands[1]);
                    (x, y) = (line_x, line_y);
                }
                "TJ" | "Tj" => {
                    let Some(f) = font.as_ref().and_then(|f| fonts.get(f)) else {
                        continue;
                    };
                    let items: Vec<lopdf::Object> = match op.operator.as_str() {
                        "TJ" => op
                            .operands
                            .first()
                            .and_then(|a| a.as_array().ok())
                            .cloned()
                            .unwrap_or_default(),
                        _ => op.operands.clone(),
                    };
                    for item in items {
                        match item {
                            lopdf::Object::String(bytes, _) => {
                                for pair in bytes.chunks(2) {
                                    let cid = u16::from_be_bytes([pair[0], *pair.get(1).unwrap_or(&0)]);
                                    let ch = f.unicode.get(&cid).copied().unwrap_or('\u{FFFD}');
                                    let w = f.widths.get(&cid).copied().unwrap_or(f.default_width) / 1000.0
                                        * size;
                                    out.push(PdfGlyph { ch, x, y, size, w });
                                    x += w + spacing;
                                }
                            }
                            other => x -= num(&other) / 1000.0 * size,
                        }
                    }
                }
                _ => {}
            }
        }
        pages.push(out);
    }
    pages
}

/// The lines a reader sees on a page: glyphs on one baseline, left to right, split where
/// more than 0.75 em of blank separates them (the gap between side-by-side columns or
/// table cells; justification opens less).
pub fn lines(page: &[PdfGlyph]) -> Vec<Vec<PdfGlyph>> {
    let mut sorted = page.to_vec();
    sorted.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x.total_cmp(&b.x)));
    let mut out: Vec<Vec<PdfGlyph>> = Vec::new();
    for g in sorted {
        match out.last_mut() {
            Some(line)
                if line.last().is_some_and(|p| {
                    (p.y - g.y).abs() < 0.05 && g.x - (p.x + p.w) <= 0.75 * g.size.max(p.size)
                }) =>
            {
                line.push(g)
            }
            _ => out.push(vec![g]),
        }
    }
    out
}

/// The text of a line.
pub fn line_string(line: &[PdfGlyph]) -> String {
    line.iter().map(|g| g.ch).collect()
}

pub fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}

/// The median advance between neighbouring ideographs of a line, in em, if it has two.
pub fn ideograph_median(line: &[PdfGlyph]) -> Option<f32> {
    let mut adv: Vec<f32> = line
        .windows(2)
        .filter(|p| is_han(p[0].ch) && is_han(p[1].ch))
        .map(|p| (p[1].x - p[0].x) / p[0].size)
        .collect();
    if adv.is_empty() {
        return None;
    }
    adv.sort_by(f32::total_cmp);
    Some(adv[adv.len() / 2])
}

const PDF_OPENING: &str = "（《「『【〔〖〈“‘";
const PDF_CLOSING: &str = "，。、；：）》」』】〕〗〉”’";

/// Every pair of neighbouring full-width marks that clreq compresses (a closing mark and
/// any mark after it, two opening marks), with the advance from the first to the second in
/// em: 0.5 when compressed.
pub fn punctuation_pairs(line: &[PdfGlyph]) -> Vec<(String, f32)> {
    let full = |g: &PdfGlyph| g.w >= 0.9 * g.size;
    line.windows(2)
        .filter(|p| {
            let (a, b) = (p[0].ch, p[1].ch);
            full(&p[0])
                && full(&p[1])
                && ((PDF_CLOSING.contains(a) && (PDF_CLOSING.contains(b) || PDF_OPENING.contains(b)))
                    || (PDF_OPENING.contains(a) && PDF_OPENING.contains(b)))
        })
        .map(|p| (format!("{}{}", p[0].ch, p[1].ch), (p[1].x - p[0].x) / p[0].size))
        .collect()
}

/// Lines of one ideograph (with the punctuation after it) right under a line of the same
/// column that holds four glyphs or more: a paragraph ending on a lone ideograph (孤字).
pub fn lone_ideograph_lines(lines: &[Vec<PdfGlyph>]) -> Vec<String> {
    let mut out = Vec::new();
    for (k, line) in lines.iter().enumerate() {
        let han = line.iter().filter(|g| is_han(g.ch)).count();
        let marks = line.iter().all(|g| is_han(g.ch) || PDF_CLOSING.contains(g.ch));
        if han != 1 || !marks || !is_han(line[0].ch) {
            continue;
        }
        let g = line[0];
        let above = lines[..k].iter().rev().find(|l| {
            let dy = l[0].y - g.y;
            dy > 0.1 && dy <= 1.65 * g.size + 0.5 && (l[0].x - g.x).abs() <= g.size
        });
        if let Some(above) = above.filter(|l| l.len() >= 4) {
            out.push(format!("{}|{}", line_string(above), line_string(line)));
        }
    }
    out
}

/// Baselines at or below this height (points from the page's bottom edge) are the footer's:
/// it sits in the 62 pt bottom margin, its lines at 31 and 42 pt.
pub const FOOTER_TOP: f32 = 56.0;
