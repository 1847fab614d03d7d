//! The power of attorney (授权委托书): client → firm, for the packet's rights and platforms.

use serde_json::{json, Value};

use super::PacketData;
use crate::config::Governing;
use crate::layout::Mode;

/// The power of attorney's data: the common data, its term, the languages it is made in and
/// the governing language.
pub(crate) fn data(d: &PacketData) -> Value {
    let cfg = d.cx.config;
    let governing = match cfg.governing_language {
        Governing::Equal => "equal",
        Governing::Chinese => "chinese",
    };
    d.with(json!({
        // The term runs from the date of signature; the issue date is only the date the
        // document was prepared.
        "term": {"months": cfg.poa_term_months},
        "languages": languages(d.cx.mode),
        "governing": governing,
    }))
}

/// `bilingual`, `en` or `zh`: the languages a document set in `mode` is made in (its
/// language clause may only speak of those).
pub(crate) fn languages(mode: Mode) -> &'static str {
    match mode {
        Mode::SideBySide | Mode::Stacked | Mode::Sequential => "bilingual",
        Mode::En => "en",
        Mode::Zh => "zh",
    }
}
