//! The art. 43 notice (关于已提起投诉或诉讼的通知): within the 15 days of E-Commerce Law
//! art. 43, the rights holder tells the platform that it has complained to the authorities or
//! sued, names the listing, the complaint, the seller's statement and the action, annexes the
//! acceptance document, and asks that the measures stay in place. Written only when the
//! counter-notice row gives the action and the date it was filed.

use serde_json::{json, Value};

use super::annex::Annexes;
use super::facts::{At, FileCell};
use super::values::{bi, ListingValues};
use super::PacketData;
use crate::ingest::Field;
use crate::plan::Rebuttal;

/// The notice's data and its annex (the acceptance document).
pub(crate) fn data(d: &PacketData, r: &Rebuttal) -> (Value, Annexes) {
    let f = &d.facts;
    let notice = r.notice;
    let values = ListingValues::new(f, r.listing);
    let at =
        d.cx.wb
            .counter_notices
            .as_ref()
            .map(|t| At::new(t, &notice.source, &[]));
    let or_none = |v: Value| if v.is_null() { json!("none") } else { v };
    let text = |name: &str, field: Field, value: Option<&str>| {
        at.map_or(Value::Null, |at| f.text(name, &at, field, value))
    };
    let date = |name: &str, field: Field, value: Option<crate::model::Date>| {
        at.map_or(Value::Null, |at| f.date(name, &at, field, value))
    };
    let (end, _) = crate::deadlines::art43_end(d.cx.calendar, notice.received_on);
    let art43 = super::rebuttal::art43_fact(d, notice);
    let mut annexes = Annexes::default();
    let title = json!({"en": "Acceptance document", "zh": "受理材料"});
    let label = (!notice.action_evidence.is_empty())
        .then(|| annexes.open("acceptance", title.clone(), notice.action_evidence.len()));
    let figures = match (&label, at) {
        (Some(label), Some(at)) => {
            let cell = FileCell {
                facts: f,
                at,
                field: Field::ActionEvidence,
                name: "counter_notice.action_evidence",
            };
            annexes.documents(d.cx.docket, (&notice.action_evidence, &cell), label, &title)
        }
        _ => Vec::new(),
    };
    let poa = super::rebuttal::poa_signed(d);
    let value = d.with(json!({
        "profile": {"name": bi(&r.profile.name), "operator": bi(&r.profile.operator)},
        "platform": bi(&r.profile.name),
        "listing": {
            "url": values.url, "item_id": values.item_id, "store": values.store, "title": values.title,
        },
        "complaint": notice.case_no.as_deref().map(|case| json!({
            "case_no": text("counter_notice.case_no", Field::CaseNo, Some(case)),
            "filed": or_none(date("counter_notice.complaint_filed_on", Field::ComplaintFiledOn, notice.complaint_filed_on)),
        })),
        "received": date("counter_notice.received_on", Field::ReceivedOn, Some(notice.received_on)),
        "action": {
            "kind": notice.action.map_or("amr", |a| a.id()),
            "filed": date("counter_notice.action_filed_on", Field::ActionFiledOn, notice.action_filed_on),
            "case_no": or_none(text("counter_notice.action_case_no", Field::ActionCaseNo, notice.action_case_no.as_deref())),
            "body": or_none(text("counter_notice.action_body", Field::ActionBody, notice.action_body.as_deref())),
        },
        "art43": art43,
        "late": end.date < d.cx.date,
        "poa": poa,
        "annexes": annexes.list(),
        "annex": {"acceptance": label},
        "figures": figures,
    }));
    (value, annexes)
}
