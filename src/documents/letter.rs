//! A notice letter to an independent site's operator: one per site, covering every right its
//! listings infringe. A site outside mainland China gets a letter resting on the rights
//! holder's rights where they are registered, the statute of that place when known, and the
//! site's terms when the config gives their address (with the statement of
//! 17 U.S.C. § 512(c)(3) for a US copyright); a site in mainland China keeps the E-Commerce
//! Law (art. 42) and the Civil Code (art. 1195).

use serde_json::{json, Value};

use super::annex::{Annexes, Evidence};
use super::values::{bi, right_files, right_value, ListingValues};
use super::PacketData;
use crate::ingest::Field;
use crate::model::RightType;
use crate::plan::sites::covers;
use crate::plan::{Complaint, MarketSource};
use crate::platform::StepKind;

/// "trademark and patent rights" / "注册商标专用权及专利权": the kinds of the rights relied on.
fn kinds(c: &Complaint) -> Value {
    let mut en: Vec<&str> = Vec::new();
    let mut zh: Vec<&str> = Vec::new();
    for r in &c.rights {
        let (e, z) = match r.kind {
            RightType::Trademark => ("trademark rights", "注册商标专用权"),
            RightType::Copyright => ("copyright", "著作权"),
            _ => ("patent rights", "专利权"),
        };
        if !en.contains(&e) {
            en.push(e);
            zh.push(z);
        }
    }
    let join = |names: &[&str], sep: &str, last: &str| match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., end] => format!("{}{last}{end}", rest.join(sep)),
    };
    json!({"en": join(&en, ", ", " and "), "zh": join(&zh, "、", "及")})
}

/// The letter's data: the site and where it trades, the rights relied on, the listings with
/// the rights each infringes, the grounds, and the annexes (captures and certificates).
pub(crate) fn data(d: &PacketData, c: &Complaint) -> (Value, Annexes) {
    let docket = d.cx.docket;
    let mut annexes = Annexes::default();
    let site = c.site.clone().unwrap_or_default();
    let market = c.market.clone().unwrap_or(crate::plan::Market {
        country: None,
        from: MarketSource::Unknown,
    });

    let f = &d.facts;
    let evidence_label = annexes.open_evidence(c.listings.iter().copied());
    let mut listings = Vec::new();
    let mut evidence = Evidence::default();
    for (i, (l, rights)) in c.listings.iter().zip(&c.listing_rights).enumerate() {
        let n = c.first + i;
        let v = ListingValues::new(f, l);
        let files = annexes.listing_evidence(docket, (n, l, &v), &evidence_label, &mut evidence);
        let numbers: Vec<String> = rights
            .iter()
            .filter_map(|r| c.rights.iter().position(|x| x.id == r.id))
            .map(|at| (at + 1).to_string())
            .collect();
        listings.push(json!({
            "n": n, "url": v.url, "store": v.store, "title": v.title,
            "rights": {"en": numbers.join(", "), "zh": numbers.join("、")},
            "files": files.len(), "captured": v.captured, "shows": v.shows,
        }));
    }
    let certificates: usize = c.rights.iter().map(|r| r.certificate.len()).sum();
    let certificate_label = (certificates > 0).then(|| {
        let title = json!({"en": "Registration certificates", "zh": "权利证书"});
        (annexes.open("certificate", title.clone(), certificates), title)
    });
    let certificate_figures = match &certificate_label {
        Some((label, title)) => c
            .rights
            .iter()
            .flat_map(|r| {
                let cell = right_files(f, r, Field::Certificate, "right.certificate");
                annexes.documents(docket, (&r.certificate, &cell), label, title)
            })
            .collect(),
        None => Vec::new(),
    };

    let rights: Vec<Value> = c
        .rights
        .iter()
        .enumerate()
        .map(|(i, r)| right_value(f, i + 1, r))
        .collect();
    let local = !c.rights.is_empty() && c.rights.iter().all(|r| covers(r, &market));
    let has = |f: fn(RightType) -> bool| c.rights.iter().any(|r| f(r.kind));
    let us = market.country.as_ref().is_some_and(|m| m.code() == "US");
    // The law cited follows where the site trades and where the rights relied on are
    // registered: the Lanham Act before a US site on a US mark, the EU trade mark
    // regulation before a site in the EU on an EU mark; else no statute (review N10).
    let relied_here = |kind: RightType, country: &str| {
        c.rights
            .iter()
            .any(|r| r.kind == kind && r.country.code() == country && covers(r, &market))
    };
    let trademark_law = if relied_here(RightType::Trademark, "US") {
        "us"
    } else if relied_here(RightType::Trademark, "EU") {
        "eu"
    } else {
        "none"
    };
    let patent_law = if c
        .rights
        .iter()
        .any(|r| r.kind.is_patent() && r.country.code() == "US" && covers(r, &market))
    {
        "us"
    } else {
        "none"
    };
    // The site's terms, only from the config's site_terms (never assumed).
    let terms =
        d.cx.config
            .site_terms
            .get(&site)
            .map(|url| f.config_text("letter.site_terms", &format!("site_terms.{site}"), Some(url)));
    let removal = c
        .profile
        .timeline
        .iter()
        .find(|s| s.kind == StepKind::Removal)
        .map_or(5, |s| s.days[1]);
    let data = d.with(json!({
        "site": {"en": site, "zh": site},
        "china": market.in_china(),
        "local": local,
        "country": market.country.as_ref().map(|m| bi(&m.name)),
        "kinds": kinds(c),
        "relied": rights,
        "listings": listings,
        "trademark": has(|k| k == RightType::Trademark),
        "patent": has(RightType::is_patent),
        "copyright": has(|k| k == RightType::Copyright),
        "dmca": us && has(|k| k == RightType::Copyright),
        "trademark_law": trademark_law,
        "patent_law": patent_law,
        "terms": terms,
        "part": c.part,
        "parts": c.parts,
        "split": c.parts > 1,
        "first": c.first,
        "last": c.first + c.listings.len() - 1,
        "total": c.total,
        "days": removal,
        "poa_date": d.common["date"],
        "annexes": annexes.list(),
        "annex": {
            "evidence": evidence_label,
            "certificate": certificate_label.as_ref().map(|l| &l.0),
        },
        "evidence_rows": evidence.rows,
        "evidence_figures": evidence.figures,
        "certificate_files": certificates,
        "certificate_figures": certificate_figures,
    }));
    (data, annexes)
}
