//! The reply to a seller's statement (对平台内经营者声明的回复意见): the listing and the
//! complaint it answers (by the platform's case number), the art. 43 date and whether an
//! action was filed, one argument per ground the seller gave (each from what the seller sent
//! and what the sheet records), the lawyer's own argument, the request to maintain the
//! measures, and our evidence as annexes. Every date and fact is a cell's.

use serde_json::{json, Value};

use super::annex::Annexes;
use super::facts::{At, FileCell};
use super::values::{bi, right_value, ListingValues};
use super::PacketData;
use crate::deadlines::Kind;
use crate::ingest::Field;
use crate::model::{Ground, RightType};
use crate::plan::Rebuttal;
use crate::platform::Channel;

/// The message id of a ground's argument: `rebuttal-ground-different-goods`.
pub fn argument_id(ground: Ground) -> String {
    format!("rebuttal-ground-{}", ground.id())
}

/// The date the client signed the power of attorney the complaints were filed under, as a
/// fact of its Clients cell, or `"none"`.
pub(crate) fn poa_signed(d: &PacketData) -> Value {
    let at = At::new(&d.cx.wb.clients, &d.packet.client.source, &[]);
    let date = d.facts.date(
        "client.poa_signed_on",
        &at,
        Field::PoaSignedOn,
        d.packet.client.poa_signed_on,
    );
    if date.is_null() {
        json!("none")
    } else {
        date
    }
}

/// The end of a counter-notice's art. 43 period as a fact derived from its received_on cell.
pub(crate) fn art43_fact(d: &PacketData, notice: &crate::model::CounterNotice) -> Option<Value> {
    let (end, _) = crate::deadlines::art43_end(d.cx.calendar, notice.received_on);
    let text = super::values::date_text(end.date);
    let table = d.cx.wb.counter_notices.as_ref()?;
    let at = At::new(table, &notice.source, &[]);
    Some(d.facts.derived(
        "counter_notice.art43_deadline",
        vec![at.cell_name(Field::ReceivedOn)],
        "E-Commerce Law art. 43: 15 days from the statement reaching the rights holder; a day off at the end moves it to the next working day (Civil Code art. 203)",
        &text.en,
        &text.zh,
    ))
}

/// The rebuttal's data and its annexes (our evidence).
pub(crate) fn data(d: &PacketData, r: &Rebuttal) -> (Value, Annexes) {
    let docket = d.cx.docket;
    let f = &d.facts;
    let notice = r.notice;
    let listing = r.listing;
    let values = ListingValues::new(f, listing);
    let first = r.rights.first().copied();
    let rights: Vec<Value> = r
        .rights
        .iter()
        .map(|right| {
            let n = d.packet.rights.iter().position(|x| x.id == right.id).unwrap_or(0) + 1;
            json!({
                "right": right_value(f, n, right),
                "titled": if right.title.en.is_empty() { "no" } else { "yes" },
            })
        })
        .collect();
    let kind = match first.map(|right| right.kind) {
        Some(RightType::Trademark) => "trademark",
        Some(RightType::Copyright) => "copyright",
        _ => "patent",
    };
    let first_value = first.map(|right| right_value(f, 1, right));
    let classes = first_value
        .as_ref()
        .map(|v| v["classes_bi"].clone())
        .filter(|v| !v.is_null())
        .unwrap_or_else(|| json!({"en": "none", "zh": "none"}));
    // The counter-notice's own cells (the sheet is there: the notice was read from it).
    let notice_at =
        d.cx.wb
            .counter_notices
            .as_ref()
            .map(|t| At::new(t, &notice.source, &[]));
    let prc_law = r.prc && first.is_some_and(|right| right.country.code.as_deref() == Some("CN"));
    let text = |name: &str, field: Field, value: Option<&str>| {
        notice_at.map_or(Value::Null, |at| f.text(name, &at, field, value))
    };
    let date = |name: &str, field: Field, value: Option<crate::model::Date>| {
        notice_at.map_or(Value::Null, |at| f.date(name, &at, field, value))
    };
    let or_none = |v: Value| if v.is_null() { json!("none") } else { v };
    // The complaint answered: the platform's case, as the sheet gives it (review N7).
    let complaint = match &notice.case_no {
        Some(case) => json!({
            "case_no": text("counter_notice.case_no", Field::CaseNo, Some(case)),
            "filed": or_none(date("counter_notice.complaint_filed_on", Field::ComplaintFiledOn, notice.complaint_filed_on)),
        }),
        None => Value::Null,
    };
    // Its deadlines, as the deadlines module counts them (our reply; under PRC law, art. 43's
    // 15 days from the statement reaching us): a late reply says so first.
    let name = r.name();
    let deadlines = crate::deadlines::for_counter_notice(
        d.cx.calendar,
        "",
        &crate::deadlines::CounterNotice::of(r, &name, 0),
    );
    let due = |kind: Kind| deadlines.iter().find(|x| x.kind == kind).map(|x| x.date);
    let art43 = if r.prc { art43_fact(d, notice) } else { None };
    let reply_due = due(Kind::Reply).unwrap_or(notice.received_on);
    let late = if due(Kind::Art43).is_some_and(|end| end < d.cx.date) {
        "art43"
    } else if reply_due < d.cx.date {
        "reply"
    } else {
        "no"
    };
    let reply_text = super::values::date_text(reply_due);
    let reply = notice_at.map(|at| {
        let field = if notice.forwarded_on.is_some() {
            Field::ForwardedOn
        } else {
            Field::ReceivedOn
        };
        f.derived(
            "counter_notice.reply_deadline",
            vec![at.cell_name(field)],
            &format!(
                "{}: {} working days from forwarding (profile reply_days)",
                r.profile.name.en, r.profile.reply_days
            ),
            &reply_text.en,
            &reply_text.zh,
        )
    });
    // The action filed within the 15 days, when the sheet gives its date.
    let action = match (notice.action, notice.action_filed_on) {
        (Some(action), Some(filed)) => json!({
            "kind": action.id(),
            "filed": date("counter_notice.action_filed_on", Field::ActionFiledOn, Some(filed)),
            "case_no": or_none(text("counter_notice.action_case_no", Field::ActionCaseNo, notice.action_case_no.as_deref())),
            "body": or_none(text("counter_notice.action_body", Field::ActionBody, notice.action_body.as_deref())),
        }),
        _ => json!("none"),
    };
    let seller_evidence = text(
        "counter_notice.seller_evidence",
        Field::SellerEvidence,
        notice.seller_evidence.as_deref(),
    );
    // The power of attorney the complaint was filed under (review N17): cited only when the
    // Clients sheet gives the date it was signed.
    let poa = poa_signed(d);
    // Trademark Law art. 57: the items the facts support (review N7): identical (1) unless
    // the goods' class is known and outside the registration (2), similar (2); and selling
    // the goods (3), what a seller on a marketplace does.
    let provision = match first {
        Some(right) if right.kind == RightType::Trademark && prc_law => {
            let class_outside = listing.goods_class.is_some_and(|c| !right.classes.contains(&c));
            let items = match notice.mark_use.or(listing.mark_use) {
                Some(1) if !class_outside => vec![1, 3],
                Some(1 | 2) => vec![2, 3],
                _ => vec![3],
            };
            let provision = super::complaint::trademark_provision(items);
            let mut cells = Vec::new();
            if let Some(at) = notice_at.filter(|at| at.filled(Field::MarkUse)) {
                cells.push(at.cell_name(Field::MarkUse));
            }
            let listing_at = At::new(&d.cx.wb.listings, &listing.source, &listing.merged_from);
            cells.push(listing_at.cell_name(Field::MarkUse));
            f.derived(
                "rebuttal.provision",
                cells,
                "Trademark Law art. 57: item 1 for an identical mark on the registered goods, 2 for a similar mark or goods, 3 for selling them (mark_use)",
                provision["en"].as_str().unwrap_or_default(),
                provision["zh"].as_str().unwrap_or_default(),
            )
        }
        _ => Value::Null,
    };

    let mut annexes = Annexes::default();
    let label = (!notice.our_evidence.is_empty()).then(|| {
        annexes.open(
            "rebuttal",
            json!({"en": "Complainant's evidence", "zh": "投诉人证据"}),
            notice.our_evidence.len(),
        )
    });
    let title = json!({"en": "Complainant's evidence", "zh": "投诉人证据"});
    let mut rows = Vec::new();
    let mut figures = Vec::new();
    if let (Some(label), Some(at)) = (&label, notice_at) {
        let cell = FileCell {
            facts: f,
            at,
            field: Field::OurEvidence,
            name: "counter_notice.our_evidence",
        };
        for (i, file) in notice.our_evidence.iter().enumerate() {
            let Some(fig) = annexes.attach(docket, file, &cell) else {
                continue;
            };
            rows.push(json!({"n": i + 1, "file": fig.file, "sha256": fig.sha256}));
            figures.push(json!({
                "ref": fig.at, "file": fig.file, "hash": fig.hash16, "annex": label, "title": title,
            }));
        }
    }

    // A site's operator (letter channel) is named by the site's host.
    let letter = r.profile.channel == Channel::Letter;
    let host = url::Url::parse(&listing.url)
        .ok()
        .and_then(|u| u.host_str().map(|h| h.trim_start_matches("www.").to_owned()))
        .unwrap_or_else(|| listing.url.clone());
    let platform = if letter {
        json!({"en": format!("the operator of {host}"), "zh": format!("{host}网站经营者")})
    } else {
        bi(&r.profile.name)
    };
    let names_en: Vec<&str> = notice.grounds.iter().map(|g| g.name_en()).collect();
    let names_zh: Vec<&str> = notice.grounds.iter().map(|g| g.name_zh()).collect();
    let data = d.with(json!({
        "profile": {
            "id": r.profile.id, "name": bi(&r.profile.name), "operator": bi(&r.profile.operator),
        },
        "letter": letter,
        "prc": r.prc,
        // The arguments cite PRC statutes only where they govern: a Chinese right, on a
        // platform or site trading in mainland China.
        "law": if prc_law { "prc" } else { "other" },
        "site": {"en": host, "zh": host},
        "platform": platform,
        "listing": {
            "url": values.url, "item_id": values.item_id, "store": values.store,
            "title": values.title,
        },
        "rights": rights,
        "complaint": complaint,
        "right": first_value,
        "kind": kind,
        "classes": classes,
        "received": notice_at.map(|at| f.date("counter_notice.received_on", &at, Field::ReceivedOn, Some(notice.received_on))),
        // Printed only as the cell gives it (review N6).
        "forwarded": or_none(date("counter_notice.forwarded_on", Field::ForwardedOn, notice.forwarded_on)),
        "art43": art43,
        "reply_due": reply,
        "late": late,
        "action": action,
        "poa": poa,
        "litigation": d.cx.config.poa.litigation,
        "provision": provision,
        "differences": or_none(text("counter_notice.differences", Field::Differences, notice.differences.as_deref())),
        "our_response": text("counter_notice.our_response", Field::OurResponse, notice.our_response.as_deref()),
        "grounds": notice_at.map(|at| f.shown("counter_notice.grounds", &at, Field::Grounds, &names_en.join(", "), &names_zh.join("、"))),
        "seller_evidence_sel": or_none(seller_evidence.clone()),
        "seller_evidence": seller_evidence,
        "evidence": if label.is_some() { "yes" } else { "no" },
        "arguments": notice.grounds.iter().map(|&g| argument_id(g)).collect::<Vec<_>>(),
        "annexes": annexes.list(),
        "annex": {"evidence": label},
        "evidence_rows": rows,
        "figures": figures,
    }));
    (data, annexes)
}
