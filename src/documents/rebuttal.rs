//! The reply to a seller's statement (对平台内经营者声明的回复意见): the listing, the
//! complaints it answers, one argument per ground the seller gave, the request to maintain
//! the measures, and our evidence as annexes.

use serde_json::{json, Value};

use super::annex::Annexes;
use super::values::{bi, date_text, right_value};
use super::PacketData;
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
    let notice = r.notice;
    let listing = r.listing;
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
                "reference": c.file.trim_end_matches(".pdf"),
                "right": right_value(n, c.right),
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
    let classes = first.filter(|right| !right.classes.is_empty()).map_or_else(
        || json!({"en": "none", "zh": "none"}),
        |right| {
            let list: Vec<String> = right.classes.iter().map(u8::to_string).collect();
            json!({"en": list.join(", "), "zh": list.join("、")})
        },
    );

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
    if let Some(label) = &label {
        for (i, file) in notice.our_evidence.iter().enumerate() {
            let Some(fig) = annexes.attach(docket, file) else {
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
            "url": listing.url, "item_id": listing.item_id, "store": listing.store,
            "title": listing.title,
        },
        "complaints": complaints,
        "right": first.map(|right| right_value(1, right)),
        "kind": kind,
        "classes": classes,
        "received": bi(&date_text(notice.received_on)),
        "forwarded": bi(&date_text(notice.forwarded())),
        "grounds": {"en": names_en.join(", "), "zh": names_zh.join("、")},
        "seller_evidence": notice.seller_evidence,
        "evidence": if label.is_some() { "yes" } else { "no" },
        "arguments": notice.grounds.iter().map(|&g| argument_id(g)).collect::<Vec<_>>(),
        "annexes": annexes.list(),
        "annex": {"evidence": label},
        "evidence_rows": rows,
        "figures": figures,
    }));
    (data, annexes)
}
