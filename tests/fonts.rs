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
    assert_eq!(latin.faces().len(), 3);
    assert_eq!(latin.resolve('A', Style::Regular).map(|(f, _)| f), Some(2));
    assert_eq!(latin.resolve('A', Style::Bold).map(|(f, _)| f), Some(2));
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
