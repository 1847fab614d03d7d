//! The reply to a seller's statement (对平台内经营者声明的回复意见): the listing, the
//! complaints it answers, one argument per ground the seller gave, the request to maintain
//! the measures, and our evidence as annexes.

use serde_json::{json, Value};

use super::annex::Annexes;
use super::facts::{At, FileCell};
use super::values::{bi, right_value, ListingValues};
use super::PacketData;
use crate::ingest::Field;
use crate::model::{Ground, RightType};
use crate::plan::Rebuttal;
use crate::platform::Channel;

/// The message id of a ground's argument: `rebuttal-ground-different-goods`.
pub fn argument_id(ground: Ground) -> String {
    format!("rebuttal-ground-{}", ground.id())
}

/// The rebuttal's data and its annexes (our evidence).
pub(crate) fn data(d: &PacketData, r: &Rebuttal) -> (Value, Annexes) {
    let docket = d.cx.docket;
    let f = &d.facts;
    let notice = r.notice;
    let listing = r.listing;
    let values = ListingValues::new(f, listing);
    let complaints: Vec<Value> = r
        .complaints
        .iter()
        .filter_map(|&i| d.packet.complaints.get(i))
        .map(|c| {
            let n = d
                .packet
                .rights
                .iter()
                .position(|x| x.id == c.right.id)
                .unwrap_or(0)
                + 1;
            json!({
                "right": right_value(f, n, c.right),
                "titled": if c.right.title.en.is_empty() { "no" } else { "yes" },
            })
        })
        .collect();
    let first = r
        .complaints
        .first()
        .and_then(|&i| d.packet.complaints.get(i))
        .map(|c| c.right);
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
        "law": if r.prc && first.is_some_and(|right| right.country.code.as_deref() == Some("CN")) {
            "prc"
        } else {
            "other"
        },
        "site": {"en": host, "zh": host},
        "platform": platform,
        "listing": {
            "url": values.url, "item_id": values.item_id, "store": values.store,
            "title": values.title,
        },
        "complaints": complaints,
        "right": first_value,
        "kind": kind,
        "classes": classes,
        "received": notice_at.map(|at| f.date("counter_notice.received_on", &at, Field::ReceivedOn, Some(notice.received_on))),
        "forwarded": notice_at.map(|at| {
            let field = if at.filled(Field::ForwardedOn) { Field::ForwardedOn } else { Field::ReceivedOn };
            f.date("counter_notice.forwarded_on", &at, field, Some(notice.forwarded()))
        }),
        "grounds": notice_at.map(|at| f.shown("counter_notice.grounds", &at, Field::Grounds, &names_en.join(", "), &names_zh.join("、"))),
        "seller_evidence": notice_at.map(|at| f.text("counter_notice.seller_evidence", &at, Field::SellerEvidence, notice.seller_evidence.as_deref())),
        "evidence": if label.is_some() { "yes" } else { "no" },
        "arguments": notice.grounds.iter().map(|&g| argument_id(g)).collect::<Vec<_>>(),
        "annexes": annexes.list(),
        "annex": {"evidence": label},
        "evidence_rows": rows,
        "figures": figures,
    }));
    (data, annexes)
}
