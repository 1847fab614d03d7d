//! The cover letter to the client: what to sign and seal, what is still needed, and the
//! steps with their dates in China's working days.

use serde_json::{json, Value};

use super::values::{bi, date_text};
use super::PacketData;
use crate::calendar;
use crate::platform::Channel;

/// The cover letter's data: counts, the platform groups with their documents and steps.
pub(crate) fn data(d: &PacketData) -> Value {
    let profiles = d.cx.profiles;
    let mut groups = Vec::new();
    let mut estimated: Vec<u16> = Vec::new();
    for profile in profiles.all() {
        if !d.packet.complaints.iter().any(|c| c.profile.id == profile.id) {
            continue;
        }
        let mut steps = Vec::new();
        let (mut lo, mut hi) = (0u32, 0u32);
        for step in &profile.timeline {
            lo += step.days[0];
            hi += step.days[1];
            let (a, b) = (
                calendar::add_working_days(d.cx.date, lo),
                calendar::add_working_days(d.cx.date, hi),
            );
            for w in [&a, &b] {
                let year = w.date.ymd().0;
                if w.estimated && !estimated.contains(&year) {
                    estimated.push(year);
                }
            }
            let (da, db) = (date_text(a.date), date_text(b.date));
            let by = if a.date == b.date {
                bi(&da)
            } else {
                json!({"en": format!("{} – {}", da.en, db.en), "zh": format!("{}至{}", da.zh, db.zh)})
            };
            let span = if step.days[0] == step.days[1] {
                step.days[0].to_string()
            } else {
                format!("{}–{}", step.days[0], step.days[1])
            };
            steps.push(json!({"step": bi(&step.step), "span": span, "by": by}));
        }
        groups.push(json!({
            "name": bi(&profile.name),
            "documents": profile.documents.iter().map(bi).collect::<Vec<_>>(),
            "portal": profile.portal,
            "letter": profile.channel == Channel::Letter,
            "steps": steps,
        }));
    }
    estimated.sort_unstable();
    let missing = d.packet.rights.iter().filter(|r| !r.certificate_found).count();
    d.with(json!({
        "listings_count": d.packet.listings().len(),
        "complaints_count": d.packet.complaints.len(),
        "missing_count": missing,
        "groups": groups,
        "estimated_years": estimated,
    }))
}
