//! The IP rights schedule (知识产权清单), carrying each right's registration certificate, and
//! the client's business licence, carried in `packet.pdf` after the cover letter.

use serde_json::{json, Value};

use super::annex::Annexes;
use super::facts::{At, FileCell};
use super::values::right_files;
use super::{PacketData, Spec};
use crate::ingest::Field;

/// The schedule: every right, and its certificates as annexes (one per right that has one).
pub(crate) fn schedule(d: &PacketData, sources: Vec<String>) -> Spec {
    let mut annexes = Annexes::default();
    let title = json!({"en": "Registration certificate", "zh": "权利证书"});
    let mut certificates = Vec::new();
    for (i, right) in d.packet.rights.iter().enumerate() {
        if right.certificate.is_empty() {
            continue;
        }
        let label = annexes.open("certificate", title.clone(), right.certificate.len());
        let cell = right_files(&d.facts, right, Field::Certificate, "right.certificate");
        let figures = annexes.documents(d.cx.docket, (&right.certificate, &cell), &label, &title);
        certificates.push(json!({"n": i + 1, "id": right.id, "label": label, "figures": figures}));
    }
    let annex_of: Vec<Value> = d
        .packet
        .rights
        .iter()
        .map(|r| {
            certificates
                .iter()
                .find(|c| c["id"] == r.id.as_str())
                .map_or(Value::Null, |c| c["label"].clone())
        })
        .collect();
    Spec {
        file: "ip-rights-schedule.pdf".into(),
        template: "ip-rights-schedule",
        data: d.with(json!({
            "certificates": certificates,
            "certificate_annex": annex_of,
            "annexes": annexes.list(),
        })),
        sources,
        annexes: annexes.count(),
        attachments: annexes.attachments,
    }
}

/// The business licence and its translation, when the workbook names them.
pub(crate) fn licence(d: &PacketData, sources: Vec<String>) -> Option<Spec> {
    let client = d.packet.client;
    if client.licence.is_empty() && client.licence_translation.is_empty() {
        return None;
    }
    let mut annexes = Annexes::default();
    let mut parts = Vec::new();
    let at = At::new(&d.cx.wb.clients, &client.source, &[]);
    for (files, field, name, title) in [
        (
            &client.licence,
            Field::Licence,
            "client.licence",
            if client.is_prc() {
                json!({"en": "Business licence", "zh": "营业执照"})
            } else {
                json!({"en": "Certificate of incorporation", "zh": "公司注册证明"})
            },
        ),
        (
            &client.licence_translation,
            Field::LicenceTranslation,
            "client.licence_translation",
            if client.is_prc() {
                json!({"en": "Translation of the business licence", "zh": "营业执照译本"})
            } else {
                json!({"en": "Translation of the certificate of incorporation", "zh": "公司注册证明译本"})
            },
        ),
    ] {
        if files.is_empty() {
            continue;
        }
        let label = annexes.open("licence", title.clone(), files.len());
        let cell = FileCell {
            facts: &d.facts,
            at,
            field,
            name,
        };
        let figures = annexes.documents(d.cx.docket, (files, &cell), &label, &title);
        parts.push(json!({"label": label, "title": title, "figures": figures}));
    }
    Some(Spec {
        file: "business-licence.pdf".into(),
        template: "business-licence",
        data: d.with(json!({
            "parts": parts,
            "annexes": annexes.list(),
            "licence_prc": if client.is_prc() { "yes" } else { "no" },
        })),
        sources,
        annexes: annexes.count(),
        attachments: annexes.attachments,
    })
}
