//! The cover letter to the client: what to sign and seal, what is still needed, and the
//! steps with their dates in China's working days.

use serde_json::{json, Value};

use super::values::{bi, date_text, type_names};
use super::PacketData;
use crate::deadlines::Kind;
use crate::ingest::Field;
use crate::plan::Lacks;
use crate::platform::Channel;
use crate::platform::EvaluationReport;

/// The cover letter's data: counts, the platform groups with their documents and steps.
pub(crate) fn data(d: &PacketData) -> Value {
    let profiles = d.cx.profiles;
    let calendar = d.cx.calendar;
    let f = &d.facts;
    let mut groups = Vec::new();
    let mut estimated: Vec<u16> = Vec::new();
    // The steps start when the signed power of attorney is expected back.
    let return_days = d.cx.config.poa_return_days;
    let start = calendar.add_working_days(d.cx.date, return_days);
    if start.estimated {
        estimated.push(start.date.ymd().0);
    }
    let prc = d.packet.client.is_prc();
    for profile in profiles.all() {
        if !d.packet.complaints.iter().any(|c| c.profile.id == profile.id) {
            continue;
        }
        let mut steps = Vec::new();
        let (mut lo, mut hi) = (0u32, 0u32);
        let file = format!("templates/platforms/{}.yaml", profile.id);
        for (i, step) in profile.timeline.iter().enumerate() {
            lo += step.days[0];
            hi += step.days[1];
            let (a, b) = (
                calendar.add_working_days(start.date, lo),
                calendar.add_working_days(start.date, hi),
            );
            for w in [&a, &b] {
                let year = w.date.ymd().0;
                if w.estimated && !estimated.contains(&year) {
                    estimated.push(year);
                }
            }
            let (da, db) = (date_text(a.date), date_text(b.date));
            let (en, zh) = if a.date == b.date {
                (da.en, da.zh)
            } else {
                (format!("{} – {}", da.en, db.en), format!("{}至{}", da.zh, db.zh))
            };
            let rule = format!(
                "the signed power of attorney's expected return ({return_days} working days after the issue date, config poa_return_days) plus the working days of the steps of {file} up to this one ({lo}–{hi})"
            );
            let by = f.derived("step.expected", Vec::new(), &rule, &en, &zh);
            // A range: an en dash in English, 至 in Chinese (GB/T 15834).
            let (span_en, span_zh) = if step.days[0] == step.days[1] {
                (step.days[0].to_string(), step.days[0].to_string())
            } else {
                (
                    format!("{}–{}", step.days[0], step.days[1]),
                    format!("{}至{}", step.days[0], step.days[1]),
                )
            };
            let span = f.profile(
                "step.days",
                format!("{}: timeline[{i}].days", profile.id),
                &file,
                &span_en,
                &span_zh,
            );
            // A date counted through a year without a holiday notice is marked, as in the
            // deadline table.
            let estimated = a.estimated || b.estimated || start.estimated;
            let basis = crate::platform::basis_text(&step.source, &step.basis);
            steps.push(json!({"step": bi(&step.step), "span": span, "by": by, "estimated": estimated, "basis": bi(&basis)}));
        }
        groups.push(json!({
            "name": bi(&profile.name),
            // A company of mainland China is not asked to translate its own documents (N12).
            "documents": profile.documents.iter().map(|doc| bi(&doc.asked_of(prc))).collect::<Vec<_>>(),
            "portal": profile.portal,
            "letter": profile.channel == Channel::Letter,
            "confidential": profile.forwards_all_to_seller,
            "sites": {
                "en": profile.sites.iter().map(|s| s.en.as_str()).collect::<Vec<_>>().join(", "),
                "zh": profile.sites.iter().map(|s| s.zh.as_str()).collect::<Vec<_>>().join("、"),
            },
            "steps": steps,
        }));
    }
    estimated.sort_unstable();
    let missing = d
        .packet
        .rights
        .iter()
        .filter(|r| r.certificate.is_empty())
        .count();
    let filed = filed_rights(d);
    d.with(json!({
        "deadlines": deadlines(d),
        "now": super::now::now(d),
        "register": register(d),
        "steps_from": f.derived(
            "poa.expected_back",
            Vec::new(),
            &format!("the issue date plus {return_days} working days (config poa_return_days)"),
            &date_text(start.date).en,
            &date_text(start.date).zh,
        ),
        "poa_return_days": f.config_text("poa_return_days", "poa_return_days", Some(&return_days.to_string())),
        "needed": needed(d),
        "ledger": ledger_lines(d),
        "listings_count": d.packet.listings().len(),
        // Counts count what is filed: the rights the written complaints rely on.
        "rights_filed": filed,
        "rights_words": count_words(filed),
        // Counts count what they say: complaints to platforms, and letters to sites apart.
        "statements_count": d.packet.rebuttals.len(),
        "complaints_count": d.packet.complaints.iter().filter(|c| c.profile.channel == Channel::Portal).count(),
        "letters_count": d.packet.complaints.iter().filter(|c| c.profile.channel == Channel::Letter).count(),
        "missing_count": missing,
        "groups": groups,
        "estimated_years": estimated,
    }))
}

/// Every deadline of the packet and of its counter-notices, by date: `[{date, title, source,
/// estimated}]`.
fn deadlines(d: &PacketData) -> Vec<Value> {
    let mut all = crate::deadlines::of_packet(
        d.cx.calendar,
        d.cx.date,
        (
            d.cx.config.poa_return_days,
            d.cx.config.docket_margin_working_days,
        ),
        d.packet,
    );
    all.sort_by_key(|x| x.date);
    let f = &d.facts;
    all.iter()
        .map(|x| {
            // A counter-notice's reply counts from its forwarding (or receipt); its art. 43
            // period and docket date from its receipt.
            let cells = d
                .packet
                .rebuttals
                .iter()
                .find(|r| r.id() == x.subject)
                .zip(d.cx.wb.counter_notices.as_ref())
                .map(|(r, table)| {
                    let at = super::facts::At::new(table, &r.notice.source, &[]);
                    let art43 = matches!(x.kind, Kind::Art43 | Kind::Art43Docket);
                    let field = if !art43 && at.filled(Field::ForwardedOn) {
                        Field::ForwardedOn
                    } else {
                        Field::ReceivedOn
                    };
                    vec![at.cell_name(field)]
                })
                .unwrap_or_default();
            let date = date_text(x.date);
            json!({
                "date": f.derived("deadline.date", cells, &x.source.en, &date.en, &date.zh),
                "title": bi(&x.title), "source": bi(&x.source),
                "estimated": x.estimated,
                "flag": x.urgency.id(),
            })
        })
        .collect()
}

/// What the client must still send, document by document: the licence and its
/// translation, each right's missing certificate, evaluation report and comparison, and
/// the listings without a capture. `[{kind, …}]`, one entry per thing missing.
fn needed(d: &PacketData) -> Vec<Value> {
    let client = d.packet.client;
    let mut out = Vec::new();
    if client.licence.is_empty() {
        out.push(json!({"kind": "licence"}));
    }
    let chinese = client.country.as_ref().is_some_and(|c| c.code() == "CN");
    if client.licence_translation.is_empty() && !chinese {
        out.push(json!({"kind": "translation"}));
    }
    for right in &d.packet.rights {
        let (_, kind) = type_names(right.kind);
        let at = super::facts::At::new(&d.cx.wb.rights, &right.source, &[]);
        let number = d
            .facts
            .text("right.number", &at, Field::Number, Some(&right.number));
        let what = json!({"id": right.id, "kind": kind, "number": number});
        if right.certificate.is_empty() {
            let mut held: Vec<&crate::platform::Profile> = d
                .packet
                .withheld
                .iter()
                .filter(|w| w.right.id == right.id && w.lacks == Lacks::Certificate)
                .map(|w| w.profile)
                .collect();
            held.dedup_by_key(|p| p.id.as_str());
            let en: Vec<&str> = held.iter().map(|p| p.name.en.as_str()).collect();
            let zh: Vec<&str> = held.iter().map(|p| p.name.zh.as_str()).collect();
            out.push(json!({
                "kind": "certificate", "right": what, "held": !held.is_empty(),
                "platforms": {"en": en.join(", "), "zh": zh.join("、")},
            }));
        }
        if right.kind.has_evaluation_report() && right.evaluation_report.is_empty() {
            let mut requiring: Vec<&crate::platform::Profile> = d
                .packet
                .withheld
                .iter()
                .filter(|w| w.right.id == right.id && w.lacks == Lacks::EvaluationReport)
                .map(|w| w.profile)
                .collect();
            requiring.dedup_by_key(|p| p.id.as_str());
            let offered = d.packet.complaints.iter().any(|c| {
                c.right.id == right.id && c.profile.evaluation_report == EvaluationReport::OnRequest
            });
            if !requiring.is_empty() {
                let names_en: Vec<&str> = requiring.iter().map(|p| p.name.en.as_str()).collect();
                let names_zh: Vec<&str> = requiring.iter().map(|p| p.name.zh.as_str()).collect();
                out.push(json!({
                    "kind": "report-required", "right": what,
                    "platforms": {"en": names_en.join(", "), "zh": names_zh.join("、")},
                }));
            } else if offered {
                out.push(json!({"kind": "report", "right": what}));
            }
        }
        if right.kind.is_patent() && right.comparison.is_empty() {
            out.push(json!({"kind": "comparison", "right": what, "design": right.kind == crate::model::RightType::DesignPatent}));
        }
    }
    // Listings held back for want of evidence: each link, and the cell to fill.
    let unshown: Vec<Value> = d
        .packet
        .held
        .iter()
        .map(|l| {
            let url = super::values::ListingValues::new(&d.facts, l).url;
            let cell = super::facts::At::new(&d.cx.wb.listings, &l.source, &l.merged_from)
                .cell_name(Field::Evidence);
            let url = url.as_str().unwrap_or_default();
            Value::String(format!("{url} ({cell})"))
        })
        .collect();
    if !unshown.is_empty() {
        out.push(json!({"kind": "evidence", "count": unshown.len(), "links": unshown}));
    }
    // Listings held back from a copyright complaint: nothing records the work reproduced.
    for right in &d.packet.rights {
        let links: Vec<Value> = d
            .packet
            .unreproduced
            .iter()
            .filter(|(r, _)| r.id == right.id)
            .map(|(_, l)| {
                let url = super::values::ListingValues::new(&d.facts, l).url;
                let cell = super::facts::At::new(&d.cx.wb.listings, &l.source, &l.merged_from)
                    .cell_name(Field::Shows);
                Value::String(format!("{} ({cell})", url.as_str().unwrap_or_default()))
            })
            .collect();
        if !links.is_empty() {
            let at = super::facts::At::new(&d.cx.wb.rights, &right.source, &[]);
            let number = d
                .facts
                .text("right.number", &at, Field::Number, Some(&right.number));
            out.push(json!({"kind": "reproduction", "number": number, "count": links.len(), "links": links}));
        }
    }
    out
}

/// What the case ledger changed in this packet: listings re-listed after a removal (their
/// complaints cite the earlier notice), listings left out while their case is open, and
/// operators behind several stores (`[{kind, …}]`).
fn ledger_lines(d: &PacketData) -> Vec<Value> {
    let f = &d.facts;
    let link = |l: &crate::model::Listing| super::values::ListingValues::new(f, l).url;
    let case = |no: Option<&str>, source: &str| match no {
        Some(no) => f.ledger("prior.case_no", source, no, no),
        None => json!({"en": "case number not recorded", "zh": "编号未记录"}),
    };
    let mut out = Vec::new();
    for l in d.packet.complaints.iter().flat_map(|c| c.listings.iter()) {
        if !d.packet.relisted(l) || out.iter().any(|v: &Value| v["row"] == l.source.row) {
            continue;
        }
        let removed = d.packet.notices[&l.source.row]
            .iter()
            .rev()
            .find(|n| n.status == crate::model::Status::Removed);
        if let Some(n) = removed {
            out.push(json!({"kind": "relisted", "row": l.source.row, "url": link(l), "case": case(n.case_no.as_deref(), &n.source)}));
        }
    }
    for (l, c) in &d.packet.open_cases {
        let status = match c.status {
            crate::model::Status::CounterNoticed => "counter-noticed",
            _ => "filed",
        };
        out.push(json!({"kind": "open", "url": link(l), "status": status, "case": case(c.case_no.as_deref(), &c.source)}));
    }
    for (l, c) in &d.packet.removed {
        out.push(json!({"kind": "removed", "url": link(l), "case": case(c.case_no.as_deref(), &c.source)}));
    }
    for op in &d.packet.operators {
        let cell_text = |name: &str, field: Field, key: &str, l: &crate::model::Listing| {
            let at = super::facts::At::new(&d.cx.wb.listings, &l.source, &l.merged_from);
            let value = f.text(name, &at, field, Some(key));
            value.as_str().unwrap_or_default().to_owned()
        };
        let licences: Vec<String> = op
            .licences
            .iter()
            .map(|(k, l)| cell_text("listing.seller_licence", Field::SellerLicence, k, l))
            .collect();
        let contacts: Vec<String> = op
            .contacts
            .iter()
            .map(|(k, l)| cell_text("listing.seller_contact", Field::SellerContact, k, l))
            .collect();
        let listings = &op.listings;
        let mut stores: Vec<(String, Value)> = Vec::new();
        for l in listings {
            let Some(store) = &l.store else { continue };
            if stores.iter().any(|(s, _)| s == store) {
                continue;
            }
            let at = super::facts::At::new(&d.cx.wb.listings, &l.source, &l.merged_from);
            stores.push((
                store.clone(),
                f.text("listing.store", &at, Field::Store, Some(store)),
            ));
        }
        let names: Vec<String> = stores
            .iter()
            .map(|(_, v)| v.as_str().unwrap_or_default().to_owned())
            .collect();
        let en = match names.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
            _ => names.join(""),
        };
        let by = match (licences.is_empty(), contacts.is_empty()) {
            (false, true) => "licence",
            (true, false) => "contact",
            _ => "both",
        };
        out.push(json!({
            "kind": "operator",
            "by": by,
            "licence": {"en": licences.join(", "), "zh": licences.join("、")},
            "contact": {"en": contacts.join(", "), "zh": contacts.join("、")},
            "stores": {"en": en, "zh": names.join("、")},
            "count": listings.len(),
        }));
    }
    out
}

/// When a right of the client is not registered (or not in force) in mainland China, which
/// the seed advises registering there: every right with where it stands, China's included
/// (`[{kind, number, status, china}]`); else nothing.
fn register(d: &PacketData) -> Vec<Value> {
    use crate::platform::strength::Strength;
    let all: Vec<(Strength, Value)> = d
        .packet
        .rights
        .iter()
        .map(|r| {
            let strength = Strength::of(
                r.kind,
                &r.country,
                &r.number,
                (r.valid_from, r.valid_to),
                d.cx.date,
            );
            let (_, kind) = type_names(r.kind);
            let at = super::facts::At::new(&d.cx.wb.rights, &r.source, &[]);
            let number = d.facts.text("right.number", &at, Field::Number, Some(&r.number));
            let china = strength == Strength::ChinaRegistered;
            (
                strength,
                json!({"kind": kind, "number": number, "status": bi(&strength.label()), "china": china}),
            )
        })
        .collect();
    if all.iter().all(|(s, _)| *s == Strength::ChinaRegistered) {
        return Vec::new();
    }
    all.into_iter().map(|(_, v)| v).collect()
}

/// How many of the client's rights the written complaints and letters rely on.
fn filed_rights(d: &PacketData) -> usize {
    let mut ids: Vec<&str> = d
        .packet
        .complaints
        .iter()
        .flat_map(|c| c.rights.iter().map(|r| r.id.as_str()))
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids.len()
}

/// `three`: a count of ten or less in words, as English prose writes it; larger ones in
/// figures.
fn count_words(n: usize) -> String {
    const WORDS: [&str; 11] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    WORDS.get(n).map_or_else(|| n.to_string(), |w| (*w).to_owned())
}
