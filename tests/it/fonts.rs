//! The font set: fallback chains, a configured Latin face, loading errors.

use std::path::{Path, PathBuf};

use takedown::fonts::{FontSet, Style};

fn font(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fonts").join(name)
}

#[test]
fn builtin_set_covers_gbk_names_and_latin_but_not_rare_hanzi() {
    let fonts = FontSet::builtin();
    // Name characters that are in GBK but not in GB 2312.
    for c in ['喆', '堃', '镕', 'é', '“', '—', '①'] {
        assert!(fonts.resolve(c, Style::Regular).is_some(), "{c}");
    }
    assert_eq!(fonts.first_missing("吉野家𠮷", Style::Regular), Some('𠮷'));
    // Bold text falls back to the regular face before giving up.
    assert_eq!(fonts.resolve('中', Style::Bold).map(|(f, _)| f), Some(1));
}

#[test]
fn a_latin_face_comes_first_and_fallback_fonts_last() {
    // The bold face stands in for a separate font file.
    let stand_in = font("NotoSerifCJKsc-Bold.gbk.otf");
    let latin = FontSet::with_files(Some(&stand_in), &[]).unwrap();
    assert_eq!(latin.faces().len(), 4);
    assert_eq!(latin.resolve('A', Style::Regular).map(|(f, _)| f), Some(3));
    assert_eq!(latin.resolve('A', Style::Bold).map(|(f, _)| f), Some(3));
    assert_eq!(latin.resolve('A', Style::Hei).map(|(f, _)| f), Some(3));
    // A fallback is consulted only for what the built-in faces lack.
    let fallback = FontSet::with_files(None, std::slice::from_ref(&stand_in)).unwrap();
    assert_eq!(fallback.resolve('A', Style::Regular).map(|(f, _)| f), Some(0));
    assert_eq!(fallback.resolve('中', Style::Bold).map(|(f, _)| f), Some(1));
}

#[test]
fn a_missing_or_broken_font_file_is_a_clear_error() {
    let err = FontSet::with_files(Some(Path::new("no/such/font.otf")), &[])
        .err()
        .unwrap();
    assert!(
        err.to_string()
            .starts_with("failed to read font no/such/font.otf ("),
        "{err}"
    );
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.ttf");
    std::fs::write(&bad, b"not a font").unwrap();
    let err = FontSet::with_files(None, std::slice::from_ref(&bad))
        .err()
        .unwrap();
    assert!(
        err.to_string()
            .starts_with(&format!("failed to parse font ({}: ", bad.display())),
        "{err}"
    );
}

#[test]
fn chinese_headings_have_a_hei_face_that_covers_what_the_serif_covers() {
    let fonts = FontSet::builtin();
    assert_eq!(fonts.faces().len(), 3);
    assert_eq!(fonts.face(2).name, "NotoSansCJKsc-Bold");
    for c in ['喆', '堃', '镕', '中', '（', '》', 'A', '7'] {
        assert_eq!(fonts.resolve(c, Style::Hei).map(|(f, _)| f), Some(2), "{c}");
    }
    assert_eq!(fonts.first_missing("吉野家𠮷", Style::Hei), Some('𠮷'));
}

#[test]
fn english_quotes_are_proportional_latin_glyphs() {
    let fonts = FontSet::builtin();
    for style in [Style::Regular, Style::Bold] {
        for c in ['‘', '’', '“', '”'] {
            let (face, full) = fonts.resolve(c, style).unwrap();
            let (same, latin) = fonts.resolve_latin(c, style).unwrap();
            assert_eq!(face, same);
            assert_ne!(full, latin, "{c}");
            // Full width in Chinese; under half an em in English.
            assert_eq!(fonts.face(face).advance(full), 1.0, "{c}");
            let w = fonts.face(face).advance(latin);
            assert!(w > 0.2 && w < 0.5, "{c} is {w} em");
        }
    }
    let (_, a) = fonts.resolve_latin('A', Style::Regular).unwrap();
    assert_eq!(Some(a), fonts.resolve('A', Style::Regular).map(|r| r.1));
}
