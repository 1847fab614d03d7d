//! Documents: a planned [`Packet`] → for each document kind the data its template gets and
//! the cells it came from. One file per kind; [`values`] holds what they share.
//!
//! Entry point: [`packet_documents`]. Nothing here renders or lays out: the build hands each
//! [`Spec`] to the templates.

mod complaint;
mod cover;
mod poa;
mod sources;
pub mod values;

use serde_json::{json, Value};

use crate::config::Config;
use crate::ingest::Workbook;
use crate::model::Date;
use crate::plan::Packet;
use crate::platform::Profiles;

pub use values::date_text;

/// What every document of a build is made with.
pub struct Context<'a> {
    pub config: &'a Config,
    pub profiles: &'a Profiles,
    /// The issue date.
    pub date: Date,
    /// The workbook's tables, for the cells a document came from.
    pub wb: &'a Workbook,
}

/// One document to render: its file name, its template, the template's data and the cells
/// it was made from (`Rights!A7`).
#[derive(Debug, Clone)]
pub struct Spec {
    pub file: String,
    pub template: &'static str,
    pub data: Value,
    pub sources: Vec<String>,
}

/// The data every template of one packet sees, and the packet's cells.
pub(crate) struct PacketData<'a> {
    cx: &'a Context<'a>,
    packet: &'a Packet<'a>,
    common: serde_json::Map<String, Value>,
}

impl<'a> PacketData<'a> {
    pub(crate) fn new(cx: &'a Context<'a>, packet: &'a Packet<'a>) -> Self {
        let firm = &cx.config.firm;
        let mut common = serde_json::Map::new();
        common.insert("firm".into(), values::firm_value(firm));
        common.insert("client".into(), values::client_value(packet.client));
        common.insert("date".into(), values::bi(&date_text(cx.date)));
        let rights: Vec<Value> = packet
            .rights
            .iter()
            .enumerate()
            .map(|(i, r)| values::right_value(i + 1, r))
            .collect();
        common.insert("rights".into(), Value::Array(rights));
        common.insert(
            "platform_names".into(),
            values::platform_names(cx.profiles, packet),
        );
        PacketData { cx, packet, common }
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

/// Every document of a packet, cover letter first, in the order `packet.pdf` holds them.
pub fn packet_documents(cx: &Context, packet: &Packet) -> Vec<Spec> {
    let data = PacketData::new(cx, packet);
    let src = sources::Sources::new(cx.wb, packet);
    let mut docs = vec![
        Spec {
            file: "cover-letter.pdf".into(),
            template: "cover-letter",
            data: cover::data(&data),
            sources: src.all(),
        },
        Spec {
            file: "power-of-attorney.pdf".into(),
            template: "power-of-attorney",
            data: poa::data(&data),
            sources: src.rights(),
        },
        Spec {
            file: "ip-rights-schedule.pdf".into(),
            template: "ip-rights-schedule",
            data: data.with(json!({})),
            sources: src.rights(),
        },
    ];
    for c in &packet.complaints {
        docs.push(Spec {
            file: c.file.clone(),
            template: "complaint",
            data: complaint::data(&data, c),
            sources: src.complaint(c),
        });
    }
    docs
}

/// The data of `packet.pdf`'s own title and subject, and the cells of the whole packet.
pub fn packet_title(cx: &Context, packet: &Packet) -> Spec {
    let data = PacketData::new(cx, packet);
    Spec {
        file: "packet.pdf".into(),
        template: "packet",
        data: data.with(json!({})),
        sources: sources::Sources::new(cx.wb, packet).all(),
    }
}
