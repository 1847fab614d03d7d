//! A complaint (投诉函) to a platform's portal, or a notice letter to a site's operator, for
//! one IP right and a part of its listings.

use serde_json::{json, Value};

use super::values::{bi, date_text, right_value};
use super::PacketData;
use crate::plan::Complaint;
use crate::platform::Channel;

/// The complaint's data: the right, the platform or site, the listings and the part.
pub(crate) fn data(d: &PacketData, c: &Complaint) -> Value {
    let listings: Vec<Value> = c
        .listings
        .iter()
        .enumerate()
        .map(|(i, l)| {
            json!({
                "n": c.first + i,
                "url": l.url,
                "item_id": l.item_id,
                "store": l.store,
                "title": l.title,
                "price": l.price,
                "found_on": l.found_on.map(|d| bi(&date_text(d))),
                "platform": l.platform.id(),
            })
        })
        .collect();
    let right_index = d
        .packet
        .rights
        .iter()
        .position(|r| r.id == c.right.id)
        .unwrap_or(0);
    let site = match &c.site {
        Some(host) => json!({"en": host, "zh": host}),
        None => {
            let profiles = d.cx.profiles;
            let names: Vec<(&str, &str)> = c
                .platforms
                .iter()
                .filter_map(|&p| profiles.site(p))
                .map(|s| (s.en.as_str(), s.zh.as_str()))
                .collect();
            json!({
                "en": names.iter().map(|n| n.0).collect::<Vec<_>>().join(", "),
                "zh": names.iter().map(|n| n.1).collect::<Vec<_>>().join("、"),
            })
        }
    };
    let reply_days = c.profile.timeline.last().map_or(5, |s| s.days[1]);
    // Test purchases are only claimed for listings whose evidence column names a file.
    let purchases: Vec<String> = c
        .listings
        .iter()
        .enumerate()
        .filter(|(_, l)| l.evidence.is_some())
        .map(|(i, _)| (c.first + i).to_string())
        .collect();
    let purchases_text = match purchases.as_slice() {
        [] => Value::Null,
        [one] => json!({"en": one, "zh": one}),
        [rest @ .., last] => json!({
            "en": format!("{} and {last}", rest.join(", ")),
            "zh": purchases.join("、"),
        }),
    };
    d.with(json!({
        "right": right_value(right_index + 1, c.right),
        "profile": {
            "id": c.profile.id, "name": bi(&c.profile.name), "operator": bi(&c.profile.operator),
            "portal": c.profile.portal,
        },
        "letter": c.profile.channel == Channel::Letter,
        "site": site,
        "listings": listings,
        "part": c.part,
        "parts": c.parts,
        "split": c.parts > 1,
        "first": c.first,
        "last": c.first + c.listings.len() - 1,
        "total": c.total,
        "poa_date": bi(&date_text(d.cx.date)),
        "reply_days": reply_days,
        "purchases": purchases_text,
        "purchases_count": purchases.len(),
    }))
}
