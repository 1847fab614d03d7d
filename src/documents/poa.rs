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
        // The special authority to sue and complain to the authorities (config poa.litigation).
        "litigation": cfg.poa.litigation,
    }))
}

/// The special power of attorney (特别授权委托书) for the suit or administrative complaint
/// a counter-notice calls for: the listing, the action (or the choice still open), and the
/// special authority of Civil Procedure Law art. 62.
pub(crate) fn special(d: &PacketData, r: &crate::plan::Rebuttal) -> Value {
    let f = &d.facts;
    let values = super::values::ListingValues::new(f, r.listing);
    let at =
        d.cx.wb
            .counter_notices
            .as_ref()
            .map(|t| super::facts::At::new(t, &r.notice.source, &[]));
    let body = at.map_or(Value::Null, |at| {
        f.text(
            "counter_notice.action_body",
            &at,
            crate::ingest::Field::ActionBody,
            r.notice.action_body.as_deref(),
        )
    });
    d.with(json!({
        "term": {"months": d.cx.config.poa_term_months},
        "languages": languages(d.cx.mode),
        "listing": {"url": values.url, "item_id": values.item_id},
        "action": r.notice.action.map_or("either", |a| a.id()),
        "body": if body.is_null() { json!("none") } else { body },
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
