//! Text encodings of CSV files as Excel and WPS write them in China: UTF-8 (with or without a
//! BOM), UTF-16 (LE/BE, with a BOM, or LE without one), or GB18030/GBK, detected not asked for.

use encoding_rs::{Encoding, GB18030, UTF_16BE, UTF_16LE};

/// Decoded text and what it was decoded from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Decoded {
    /// The text, without a BOM.
    pub text: String,
    /// The encoding's name, e.g. `UTF-8`, `UTF-16LE`, `GB18030`.
    pub encoding: &'static str,
    /// Some bytes were not valid in that encoding and became U+FFFD.
    pub lossy: bool,
}

/// Decodes `bytes`: a BOM wins; then UTF-16 without a BOM (NUL bytes in every other place);
/// then strict UTF-8; otherwise GB18030 (a superset of GBK and GB2312).
pub(crate) fn decode(bytes: &[u8]) -> Decoded {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return utf8(rest);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return with(UTF_16LE, rest);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return with(UTF_16BE, rest);
    }
    if let [a, b, c, d, ..] = bytes {
        if *a != 0 && *b == 0 && *c != 0 && *d == 0 {
            return with(UTF_16LE, bytes);
        }
        if *a == 0 && *b != 0 && *c == 0 && *d != 0 {
            return with(UTF_16BE, bytes);
        }
    }
    if std::str::from_utf8(bytes).is_ok() {
        return utf8(bytes);
    }
    with(GB18030, bytes)
}

fn utf8(bytes: &[u8]) -> Decoded {
    match std::str::from_utf8(bytes) {
        Ok(text) => Decoded {
            text: text.to_owned(),
            encoding: "UTF-8",
            lossy: false,
        },
        Err(_) => Decoded {
            text: String::from_utf8_lossy(bytes).into_owned(),
            encoding: "UTF-8",
            lossy: true,
        },
    }
}

fn with(encoding: &'static Encoding, bytes: &[u8]) -> Decoded {
    let (text, lossy) = encoding.decode_without_bom_handling(bytes);
    Decoded {
        text: text.into_owned(),
        encoding: encoding.name(),
        lossy,
    }
}
