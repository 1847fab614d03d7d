//! Documents: a planned [`Packet`] → for each document kind the data its template gets and
//! the cells it came from. One file per kind; [`values`] holds what they share.
//!
//! Entry point: [`packet_documents`]. Nothing here renders or lays out: the build hands each
//! [`Spec`] to the templates.

mod annex;
mod art43;
mod complaint;
mod cover;
mod facts;
mod letter;
mod now;
mod poa;
pub mod rebuttal;
mod schedule;
mod sources;
pub mod values;

use serde_json::{json, Value};

use crate::config::Config;
use crate::document::Attachment;
use crate::ingest::Workbook;
use crate::model::{Date, Docket};
use crate::plan::Packet;
use crate::platform::{Channel, Profiles};

pub use crate::document::chinese_numeral;
pub use annex::label as annex_label;
pub use values::date_text;

/// What every document of a build is made with.
pub struct Context<'a> {
    pub config: &'a Config,
    pub profiles: &'a Profiles,
    /// The issue date.
    pub date: Date,
    /// The workbook's tables, for the cells a document came from.
    pub wb: &'a Workbook,
    /// The records, with what was found in the files they name.
    pub docket: &'a Docket,
    /// Working days: the built-in holiday notices and the templates folder's.
    pub calendar: &'a crate::calendar::Calendar,
    /// The layout the documents are set in (`--layout` or the config's): which languages
    /// a document is made in.
    pub mode: crate::layout::Mode,
}

/// One document to render: its file name, its template, the template's data, the cells
/// it was made from (`Rights!A7`) and the files its annexes carry.
#[derive(Debug, Clone)]
pub struct Spec {
    pub file: String,
    pub template: &'static str,
    pub data: Value,
    pub sources: Vec<String>,
    /// What the template's figures show, by number.
    pub attachments: Vec<Attachment>,
    /// How many annexes the document has: its text may name no higher one.
    pub annexes: usize,
}

impl Spec {
    fn plain(file: &str, template: &'static str, data: Value, sources: Vec<String>) -> Spec {
        Spec {
            file: file.into(),
            template,
            data,
            sources,
            attachments: Vec::new(),
            annexes: 0,
        }
    }
}

/// The data every template of one packet sees, the packet's cells and its facts.
pub(crate) struct PacketData<'a> {
    cx: &'a Context<'a>,
    packet: &'a Packet<'a>,
    common: serde_json::Map<String, Value>,
    facts: facts::Facts<'a>,
}

impl<'a> PacketData<'a> {
    pub(crate) fn new(cx: &'a Context<'a>, packet: &'a Packet<'a>) -> Self {
        let firm = &cx.config.firm;
        let facts = facts::Facts::new(cx.wb, packet.client);
        let mut common = serde_json::Map::new();
        common.insert("firm".into(), values::firm_value(&facts, firm));
        common.insert("client".into(), values::client_value(&facts, packet.client));
        common.insert("date".into(), issue_date(&facts, cx.date));
        let rights: Vec<Value> = packet
            .rights
            .iter()
            .enumerate()
            .map(|(i, r)| values::right_value(&facts, i + 1, r))
            .collect();
        common.insert("rights".into(), Value::Array(rights));
        common.insert(
            "platform_names".into(),
            values::platform_names(cx.profiles, packet),
        );
        PacketData {
            cx,
            packet,
            common,
            facts,
        }
    }

    /// The common data with `extra`'s keys added.
    pub(crate) fn with(&self, extra: Value) -> Value {
        let mut map = self.common.clone();
        if let Value::Object(extra) = extra {
            map.extend(extra);
        }
        Value::Object(map)
    }
}

/// The issue date, as a fact.
fn issue_date(facts: &facts::Facts, date: Date) -> Value {
    let text = date_text(date);
    facts.derived(
        "date",
        Vec::new(),
        "the issue date: --date, else the day of the build",
        &text.en,
        &text.zh,
    )
}

/// Every document of a packet in the order `packet.pdf` holds them (cover letter, the
/// client's business licence when given, power of attorney, schedule, complaints,
/// rebuttals, each followed by its art. 43 notice), and the facts their data marks, by index.
pub fn packet_documents(cx: &Context, packet: &Packet) -> (Vec<Spec>, Vec<crate::fact::Fact>) {
    let data = PacketData::new(cx, packet);
    let src = sources::Sources::new(cx.wb, packet);
    let mut docs = vec![Spec::plain(
        "cover-letter.pdf",
        "cover-letter",
        cover::data(&data),
        src.all(),
    )];
    if let Some(spec) = schedule::licence(&data, src.rights()) {
        docs.push(spec);
    }
    docs.push(Spec::plain(
        "power-of-attorney.pdf",
        "power-of-attorney",
        poa::data(&data),
        src.rights(),
    ));
    docs.push(schedule::schedule(&data, src.rights()));
    for c in &packet.complaints {
        let (template, (value, annexes)) = match c.profile.channel {
            Channel::Letter => ("notice-letter", letter::data(&data, c)),
            Channel::Portal => ("complaint", complaint::data(&data, c)),
        };
        docs.push(Spec {
            file: c.file.clone(),
            template,
            data: value,
            sources: src.complaint(c),
            annexes: annexes.count(),
            attachments: annexes.attachments,
        });
    }
    for r in &packet.rebuttals {
        let (value, annexes) = rebuttal::data(&data, r);
        docs.push(Spec {
            file: r.file.clone(),
            template: "rebuttal",
            data: value,
            sources: src.rebuttal(r),
            annexes: annexes.count(),
            attachments: annexes.attachments,
        });
        if let Some(file) = &r.special_poa {
            docs.push(Spec::plain(
                file,
                "special-poa",
                poa::special(&data, r),
                src.rebuttal(r),
            ));
        }
        if let Some(file) = &r.art43_notice {
            let (value, annexes) = art43::data(&data, r);
            docs.push(Spec {
                file: file.clone(),
                template: "art43-notice",
                data: value,
                sources: src.rebuttal(r),
                annexes: annexes.count(),
                attachments: annexes.attachments,
            });
        }
    }
    (docs, data.facts.into_list())
}

/// The data of `packet.pdf`'s own title and subject, and the cells of the whole packet.
pub fn packet_title(cx: &Context, packet: &Packet) -> Spec {
    let data = PacketData::new(cx, packet);
    Spec::plain(
        "packet.pdf",
        "packet",
        data.with(json!({})),
        sources::Sources::new(cx.wb, packet).all(),
    )
}

/// Refuses a rendered document whose text names an annex it does not have ("Annex 3" or
/// "附件三" in a document with two annexes): a template edited by hand cannot claim
/// evidence that is not attached.
pub fn check_annex_references(doc: &crate::document::Document, annexes: usize) -> Result<(), String> {
    for (text, place) in doc.texts() {
        let plain = text.to_plain();
        for n in annex_numbers(&plain) {
            if n == 0 || n > annexes {
                let has = match annexes {
                    0 => "no annexes".to_owned(),
                    1 => "one annex".to_owned(),
                    n => format!("{n} annexes"),
                };
                return Err(format!(
                    "the text names annex {n} ({place}), but the document has {has}; a template may only name the annexes the data gives it"
                ));
            }
        }
    }
    Ok(())
}

/// The annex numbers a text names: `Annex 2`, `Annexes 1 and 2`, `附件二`.
fn annex_numbers(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    for (at, _) in text.match_indices("Annex") {
        let rest = text[at + 5..].trim_start_matches("es").trim_start();
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if let Ok(n) = digits.parse() {
            out.push(n);
        }
    }
    for (at, _) in text.match_indices("附件") {
        let numeral: String = text[at + "附件".len()..]
            .chars()
            .take_while(|c| "零一二三四五六七八九十".contains(*c))
            .collect();
        if let Some(n) = (1..=99).find(|&n| chinese_numeral(n) == numeral) {
            out.push(n);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annex_numbers_in_both_languages() {
        assert_eq!(annex_numbers("attached as Annex 2; see Annex 10."), vec![2, 10]);
        assert_eq!(annex_numbers("见附件三及附件十二。附件"), vec![3, 12]);
        assert_eq!(annex_numbers("Annexes"), Vec::<usize>::new());
    }
}
