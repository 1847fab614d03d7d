//! The power of attorney (授权委托书): client → firm, for the packet's rights and platforms.

use serde_json::{json, Value};

use super::values::{bi, date_text, term_end};
use super::PacketData;
use crate::config::Governing;

/// The power of attorney's data: the common data, its term and the governing language.
pub(crate) fn data(d: &PacketData) -> Value {
    let cfg = d.cx.config;
    let governing = match cfg.governing_language {
        Governing::Equal => "equal",
        Governing::Chinese => "chinese",
    };
    d.with(json!({
        "term": {
            "months": cfg.poa_term_months,
            "from": bi(&date_text(d.cx.date)),
            "to": bi(&date_text(term_end(d.cx.date, cfg.poa_term_months))),
        },
        "governing": governing,
    }))
}
