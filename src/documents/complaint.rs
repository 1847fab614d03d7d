//! A complaint (投诉函) to a platform's portal for one IP right and a part of its listings,
//! with its preliminary evidence as annexes (letters to other sites: [`super::letter`]).

use serde_json::{json, Value};

use super::annex::{Annexes, Evidence};
use super::facts::At;
use super::values::{bi, right_files, right_value, ListingValues};
use super::PacketData;
use crate::ingest::Field;
use crate::model::RightType;
use crate::plan::Complaint;
use crate::platform::EvaluationReport;

/// "1, 3 and 4" / "1、3、4".
fn numbers(ns: &[usize]) -> Value {
    let all: Vec<String> = ns.iter().map(usize::to_string).collect();
    match all.as_slice() {
        [] => Value::Null,
        [one] => json!({"en": one, "zh": one}),
        [rest @ .., last] => json!({
            "en": format!("{} and {last}", rest.join(", ")),
            "zh": all.join("、"),
        }),
    }
}

/// The complaint's data: the right, the platform or site, the listings, the part, and the
/// annexes with the attachments their figures show.
pub(crate) fn data(d: &PacketData, c: &Complaint) -> (Value, Annexes) {
    let docket = d.cx.docket;
    let right = c.right;
    // A platform that forwards everything to the seller (Dewu) gets no confidential material:
    // no client contact details, no test-purchase records.
    let confidential = c.profile.forwards_all_to_seller;
    let mut annexes = Annexes::default();
    let f = &d.facts;

    // Annex: evidence of infringement, every listing's files.
    let evidence_label = annexes.open_evidence(c.listings.iter().copied());
    let values: Vec<ListingValues> = c.listings.iter().map(|l| ListingValues::new(f, l)).collect();
    let mut listings = Vec::new();
    let mut evidence = Evidence::default();
    let mut bought = Vec::new();
    for (i, (l, v)) in c.listings.iter().zip(&values).enumerate() {
        let n = c.first + i;
        let files = annexes.listing_evidence(docket, (n, l, v), &evidence_label, &mut evidence);
        if l.purchase.is_some() && !confidential {
            bought.push(n);
        }
        listings.push(json!({
            "n": n,
            "url": v.url,
            "item_id": v.item_id,
            "store": v.store,
            "title": v.title,
            "title_or_dash": if v.title.is_null() { json!("—") } else { v.title.clone() },
            "price": v.price,
            "found_on": v.found_on,
            "captured": v.captured,
            "platform": l.platform.id(),
            "files": files.len(),
            "shows": v.shows,
            "goods_class": v.goods_class(l, &right.classes),
            "purchase": l.purchase.is_some() && !confidential,
        }));
    }

    // Annex: test purchases, only for listings with an order number or purchase evidence.
    let purchase_files: usize = c
        .listings
        .iter()
        .filter(|_| !confidential)
        .filter_map(|l| l.purchase.as_ref())
        .map(|p| p.evidence.len())
        .sum();
    let purchases_label = (!bought.is_empty()).then(|| {
        annexes.open(
            "purchases",
            json!({"en": "Test purchases", "zh": "试购记录"}),
            purchase_files,
        )
    });
    let mut purchase_rows = Vec::new();
    let mut purchase_figures = Vec::new();
    for (i, (l, v)) in c
        .listings
        .iter()
        .zip(&values)
        .enumerate()
        .filter(|_| !confidential)
    {
        let Some(p) = &l.purchase else { continue };
        let n = c.first + i;
        let order = v.text_or_dash("listing.purchase_order", Field::PurchaseOrder, p.order.as_deref());
        let date = v.date_or_dash("listing.purchase_date", Field::PurchaseDate, p.date);
        let cell = v.files(Field::PurchaseEvidence, "listing.purchase_evidence");
        let mut files = Vec::new();
        for file in &p.evidence {
            if let Some(fig) = annexes.attach(docket, file, &cell) {
                purchase_figures.push(json!({
                    "ref": fig.at, "n": n, "url": v.url, "order": order,
                    "date": date, "file": fig.file, "hash": fig.hash16,
                    "annex": purchases_label,
                }));
                files.push(fig.file.as_str().unwrap_or_default().to_owned());
            }
        }
        purchase_rows.push(json!({
            "n": n, "order": order, "date": date,
            "files": if files.is_empty() { "—".to_owned() } else { files.join(", ") },
        }));
    }

    let (priors, relisted) = priors(d, c);

    // Annexes: the comparisons (each made for a listing), the certificate, the evaluation
    // report.
    let (comparisons, comparison_label, comparison_figures) = comparisons(d, c, &values, &mut annexes);
    let certificate_label = (!right.certificate.is_empty()).then(|| {
        let title = json!({"en": "Registration certificate", "zh": "权利证书"});
        (
            annexes.open("certificate", title.clone(), right.certificate.len()),
            title,
        )
    });
    let certificate_figures = match &certificate_label {
        Some((label, title)) => annexes.documents(
            docket,
            (
                &right.certificate,
                &right_files(f, right, Field::Certificate, "right.certificate"),
            ),
            label,
            title,
        ),
        None => Vec::new(),
    };
    let has_report = right.kind.has_evaluation_report();
    let evaluation_label = (has_report && !right.evaluation_report.is_empty()).then(|| {
        let title = json!({"en": "Patent evaluation report", "zh": "专利权评价报告"});
        (
            annexes.open("evaluation", title.clone(), right.evaluation_report.len()),
            title,
        )
    });
    let evaluation_figures = match &evaluation_label {
        Some((label, title)) => annexes.documents(
            docket,
            (
                &right.evaluation_report,
                &right_files(f, right, Field::EvaluationReport, "right.evaluation_report"),
            ),
            label,
            title,
        ),
        None => Vec::new(),
    };

    let right_index = d.packet.rights.iter().position(|r| r.id == right.id).unwrap_or(0);
    let names: Vec<(&str, &str)> = c
        .platforms
        .iter()
        .filter_map(|&p| d.cx.profiles.site(p))
        .map(|s| (s.en.as_str(), s.zh.as_str()))
        .collect();
    let site = json!({
        "en": names.iter().map(|n| n.0).collect::<Vec<_>>().join(", "),
        "zh": names.iter().map(|n| n.1).collect::<Vec<_>>().join("、"),
    });
    // The article follows from the right's type and country, its items from mark_use cells.
    let provision = provision(right, &c.listings);
    let provision =
        if provision.is_null() {
            provision
        } else {
            let rights = &d.cx.wb.rights;
            let mut cells = vec![
                At::new(rights, &right.source, &[]).cell_name(Field::Type),
                At::new(rights, &right.source, &[]).cell_name(Field::Country),
            ];
            if right.kind == RightType::Trademark {
                cells.extend(c.listings.iter().map(|l| {
                    At::new(&d.cx.wb.listings, &l.source, &l.merged_from).cell_name(Field::MarkUse)
                }));
            }
            d.facts.derived(
            "complaint.provision",
            cells,
            "the provision for the right's type (a Chinese right), its items from mark_use (blank: item 3)",
            provision["en"].as_str().unwrap_or(""),
            provision["zh"].as_str().unwrap_or(""),
        )
        };
    let reply_days = c.profile.timeline.last().map_or(5, |s| s.days[1]);
    let data = d.with(json!({
        "right": right_value(f, right_index + 1, right),
        "profile": {
            "id": c.profile.id, "name": bi(&c.profile.name), "operator": bi(&c.profile.operator),
            "portal": c.profile.portal,
        },
        "confidential": confidential,
        "site": site,
        "listings": listings,
        "part": c.part,
        "parts": c.parts,
        "split": c.parts > 1,
        "first": c.first,
        "last": c.first + c.listings.len() - 1,
        "total": c.total,
        "reply_days": reply_days,
        "provision": provision,
        "trademark": right.kind == RightType::Trademark,
        "copyright": right.kind == RightType::Copyright,
        "annexes": annexes.list(),
        "annexed": if annexes.count() > 0 { "yes" } else { "no" },
        "annex": {
            "evidence": evidence_label,
            "purchases": purchases_label,
            "comparison": comparison_label,
            "certificate": certificate_label.as_ref().map(|l| &l.0),
            "evaluation": evaluation_label.as_ref().map(|l| &l.0),
        },
        "evidence_rows": evidence.rows,
        "evidence_figures": evidence.figures,
        "purchases": numbers(&bought),
        "purchases_count": bought.len(),
        "purchase_records": purchase_records(&c.listings, confidential),
        "purchase_rows": purchase_rows,
        "purchase_figures": purchase_figures,
        "comparison_figures": comparison_figures,
        "comparisons": comparisons,
        "priors": priors,
        "relisted": relisted,
        "certificate_figures": certificate_figures,
        "evaluation_figures": evaluation_figures,
        "report_offered": has_report && evaluation_label.is_none()
            && c.profile.evaluation_report == EvaluationReport::OnRequest,
    }));
    (data, annexes)
}

/// The earlier notices of the complaint's listings the ledger holds (`[{n, notices}]`, each
/// value marked as the ledger's, with the row that reported it), and whether one of them was
/// removed and is offered again (the complaint then cites E-Commerce Law art. 45).
fn priors(d: &PacketData, c: &Complaint) -> (Vec<Value>, bool) {
    let f = &d.facts;
    let mut out = Vec::new();
    let mut relisted = false;
    for (i, l) in c.listings.iter().enumerate() {
        let Some(found) = d.packet.notices.get(&l.source.row) else {
            continue;
        };
        relisted |= d.packet.relisted(l);
        let day = |name: &str, date: Option<crate::model::Date>, source: &str| {
            date.map_or(json!("none"), |date| {
                let text = super::values::date_text(date);
                f.ledger(name, source, &text.en, &text.zh)
            })
        };
        let notices: Vec<Value> = found
            .iter()
            .map(|n| {
                let case = n.case_no.as_deref().map_or(json!("none"), |no| {
                    f.ledger("prior.case_no", &n.source, no, no)["en"].take()
                });
                json!({
                    "via": match n.via { crate::ledger::Via::Item => "item", crate::ledger::Via::Store => "store" },
                    "url": f.ledger("prior.url", &n.source, &n.url, &n.url)["en"].take(),
                    "case": case,
                    "filed": day("prior.filed_on", n.filed_on, &n.source),
                    "status": n.status.id(),
                    "decided": day("prior.decided_on", n.decided_on, &n.source),
                })
            })
            .collect();
        out.push(json!({"n": c.first + i, "notices": notices}));
    }
    (out, relisted)
}

/// The comparison annex of a complaint: a right-level comparison (patents), described as made
/// for the listing `comparison_listing` names (or the complaint's one test-purchased
/// listing), and each listing's own comparison. Returns the sentences describing them
/// (`[{message, what, target, listings, url}]`), the annex's label and its figures. A
/// comparison is never said to cover every listing.
fn comparisons(
    d: &PacketData,
    c: &Complaint,
    values: &[ListingValues],
    annexes: &mut Annexes,
) -> (Vec<Value>, Option<Value>, Vec<Value>) {
    let right = c.right;
    let f = &d.facts;
    let what = match right.kind {
        RightType::DesignPatent => "design",
        RightType::InventionPatent | RightType::UtilityModel => "claims",
        _ => "other",
    };
    let own: Vec<usize> = (0..c.listings.len())
        .filter(|&i| !c.listings[i].comparison.is_empty())
        .collect();
    let right_level = right.kind.is_patent() && !right.comparison.is_empty();
    let files = own.iter().map(|&i| c.listings[i].comparison.len()).sum::<usize>()
        + if right_level { right.comparison.len() } else { 0 };
    if files == 0 {
        return (Vec::new(), None, Vec::new());
    }
    let title = match what {
        "design" => json!({"en": "Design comparison", "zh": "外观设计比对表"}),
        "claims" => json!({"en": "Claim chart", "zh": "技术特征比对表"}),
        _ => json!({"en": "Comparison", "zh": "比对材料"}),
    };
    let label = annexes.open("comparison", title.clone(), files);
    let mut sentences = Vec::new();
    let mut figures = Vec::new();
    if right_level {
        figures.extend(annexes.documents(
            d.cx.docket,
            (
                &right.comparison,
                &right_files(f, right, Field::Comparison, "right.comparison"),
            ),
            &label,
            &title,
        ));
        let bought: Vec<usize> = (0..c.listings.len())
            .filter(|&i| c.listings[i].purchase.is_some())
            .collect();
        let named = right.comparison_listing.as_deref();
        let here = match named {
            Some(url) => c.listings.iter().position(|l| l.url == url),
            None if bought.len() == 1 => Some(bought[0]),
            None => None,
        };
        let sentence = match (here, named) {
            (Some(i), _) => json!({
                "message": "comparison-made", "what": what, "target": "listings",
                "listings": (c.first + i).to_string(),
            }),
            (None, Some(url)) => {
                let at = super::facts::At::new(&d.cx.wb.rights, &right.source, &[]);
                let url = f.text(
                    "right.comparison_listing",
                    &at,
                    Field::ComparisonListing,
                    Some(url),
                );
                json!({"message": "comparison-made", "what": what, "target": "url", "url": url})
            }
            (None, None) => json!({"message": "comparison-made", "what": what, "target": "none"}),
        };
        sentences.push(sentence);
    }
    if !own.is_empty() {
        for &i in &own {
            let cell = values[i].files(Field::Comparison, "listing.comparison");
            figures.extend(annexes.documents(
                d.cx.docket,
                (&c.listings[i].comparison, &cell),
                &label,
                &title,
            ));
        }
        let ns: Vec<usize> = own.iter().map(|i| c.first + i).collect();
        let message = if ns.len() == 1 {
            "comparison-made"
        } else {
            "comparison-each"
        };
        sentences.push(json!({
            "message": message, "what": what, "target": "listings", "listings": numbers(&ns),
        }));
    }
    (sentences, Some(label), figures)
}

/// Trademark Law art. 57 with `items` (each once, in order): `Article 57(1) and (3) of the
/// Trademark Law` / `《中华人民共和国商标法》第五十七条第（一）项、第（三）项`.
pub(crate) fn trademark_provision(mut items: Vec<u8>) -> Value {
    items.sort_unstable();
    items.dedup();
    items.retain(|i| (1..=3).contains(i));
    const ZH: [&str; 4] = ["", "（一）", "（二）", "（三）"];
    let en: Vec<String> = items.iter().map(|i| format!("({i})")).collect();
    let zh: Vec<String> = items
        .iter()
        .map(|&i| format!("第{}项", ZH[usize::from(i)]))
        .collect();
    let en = match en.as_slice() {
        [one] => format!("Article 57{one} of the Trademark Law"),
        [rest @ .., last] => format!("Article 57{} and {last} of the Trademark Law", rest.join(", ")),
        [] => return Value::Null,
    };
    json!({"en": en, "zh": format!("《中华人民共和国商标法》第五十七条{}", zh.join("、"))})
}

/// What the test-purchase records of a complaint are, for the messages' `records` selector:
/// the one kind every purchase's evidence is given as, else `other` (described neutrally as
/// test-purchase records; "goods received" only for delivery, unboxing and notarised).
fn purchase_records(listings: &[&crate::model::Listing], confidential: bool) -> &'static str {
    let mut kinds = listings
        .iter()
        .filter(|_| !confidential)
        .filter_map(|l| l.purchase.as_ref())
        .map(|p| p.kind);
    match kinds.next() {
        Some(Some(first)) if kinds.all(|k| k == Some(first)) => first.id(),
        _ => "other",
    }
}

/// The substantive provision a complaint on a Chinese right cites (review N24): Trademark Law
/// art. 57 with the items the listings' mark_use cells give (blank: item 3, the sale of
/// infringing goods), Patent Law art. 11, Copyright Law arts. 10 and 53. A right registered
/// abroad cites none.
fn provision(right: &crate::model::Right, listings: &[&crate::model::Listing]) -> Value {
    if right.country.code.as_deref() != Some("CN") {
        return Value::Null;
    }
    match right.kind {
        RightType::Trademark => {
            trademark_provision(listings.iter().map(|l| l.mark_use.unwrap_or(3)).collect())
        }
        RightType::Copyright => json!({
            "en": "Articles 10 and 53 of the Copyright Law",
            "zh": "《中华人民共和国著作权法》第十条、第五十三条",
        }),
        _ => json!({"en": "Article 11 of the Patent Law", "zh": "《中华人民共和国专利法》第十一条"}),
    }
}
