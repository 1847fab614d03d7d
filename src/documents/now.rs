//! What the client must know on the cover letter's first page: the deadlines passed or due
//! within two working days of the issue date, and each counter-notice with the end of its
//! art. 43 period and what the client must sign or decide now (review N17, N26).

use serde_json::{json, Value};

use super::values::{bi, date_text};
use super::PacketData;
use crate::deadlines::{Kind, Urgency};

/// `{urgent: [{date, title, overdue}], counter: [{item, platform, art43, poa, filed, late,
/// litigation}]}`; `null` when there is nothing to say.
pub(crate) fn now(d: &PacketData) -> Value {
    let cfg = d.cx.config;
    let all = crate::deadlines::of_packet(
        d.cx.calendar,
        d.cx.date,
        (cfg.poa_return_days, cfg.docket_margin_working_days),
        d.packet,
    );
    let mut urgent: Vec<&crate::deadlines::Deadline> =
        all.iter().filter(|x| x.urgency != Urgency::Later).collect();
    urgent.sort_by_key(|x| x.date);
    let urgent: Vec<Value> = urgent
        .iter()
        .map(|x| {
            json!({
                "date": bi(&date_text(x.date)), "title": bi(&x.title),
                "overdue": x.urgency == Urgency::Overdue,
            })
        })
        .collect();
    let counter: Vec<Value> = d
        .packet
        .rebuttals
        .iter()
        .map(|r| {
            let art43 = if r.prc {
                super::rebuttal::art43_fact(d, r.notice)
            } else {
                None
            };
            let late = all.iter().any(|x| {
                x.subject == r.id()
                    && matches!(x.kind, Kind::Art43 | Kind::Reply)
                    && x.urgency == Urgency::Overdue
            });
            let site =
                d.cx.profiles
                    .site(r.listing.platform)
                    .map_or_else(|| bi(&r.profile.name), |s| json!({"en": s.en, "zh": s.zh}));
            json!({
                "item": bi(&r.name()),
                "site": site,
                "platform": bi(&r.profile.name),
                "art43": art43,
                "poa": d.packet.client.poa_signed_on.is_some(),
                "filed": r.notice.action.is_some() && r.notice.action_filed_on.is_some(),
                "late": late,
                "litigation": cfg.poa.litigation,
            })
        })
        .collect();
    if urgent.is_empty() && counter.is_empty() {
        return Value::Null;
    }
    json!({"urgent": urgent, "counter": counter})
}
