//! `takedown build`: a workbook → per client a folder of PDFs and one `packet.pdf`, with
//! `manifest.json` and `report.txt`, written to a temporary folder and renamed into place.
//!
//! Stages: ingest → model (with font coverage at the cells) → [`plan`] → [`render`] →
//! layout → pdf → output. A client with any error gets no packet; every other client does.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;
use serde::Serialize;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::calendar;
use crate::config::{self, Governing, Loaded};
use crate::diag::{Diagnostic, Severity};
use crate::document::Document;
use crate::fonts::FontSet;
use crate::ingest::{self, CellRef, Field, Table, Workbook};
use crate::layout::{self, LayoutOptions, Mode, Page};
use crate::model::{self, Bilingual, Client, Date, Listing, Right, RightType, Source};
use crate::pdf;
use crate::plan::{self, Complaint, Packet};
use crate::platform::Channel;
use crate::render::Templates;

/// How to set up an [`Engine`]; `None` fields take the config's value or the default.
#[derive(Debug, Default, Clone)]
pub struct EngineOptions {
    /// An explicit config file (`--config`).
    pub config: Option<PathBuf>,
    /// Look for `takedown.yaml` beside this workbook.
    pub near: Option<PathBuf>,
    /// The issue date (`--date YYYY-MM-DD`).
    pub date: Option<String>,
    /// The language arrangement (`--layout`).
    pub layout: Option<Mode>,
    /// A folder of templates and locales (`--templates`).
    pub templates: Option<PathBuf>,
}

/// Config, fonts and templates, loaded once and shared by every workbook and thread.
pub struct Engine {
    pub config: Loaded,
    fonts: Fonts,
    pub templates: Templates,
    /// The issue date printed on the documents and used for "expired" checks.
    pub date: Date,
    pub layout: LayoutOptions,
}

enum Fonts {
    Builtin(&'static FontSet),
    Own(FontSet),
}

impl Engine {
    /// Loads the config (explicit, beside the workbook, in the current folder, or defaults),
    /// its fonts and the templates.
    pub fn load(opts: &EngineOptions) -> anyhow::Result<Engine> {
        let loaded = config::find(opts.config.as_deref(), opts.near.as_deref())?;
        let cfg = &loaded.config;
        let fonts = if cfg.fonts.latin.is_none() && cfg.fonts.fallback.is_empty() {
            Fonts::Builtin(FontSet::builtin())
        } else {
            Fonts::Own(FontSet::with_files(
                cfg.fonts.latin.as_deref(),
                &cfg.fonts.fallback,
            )?)
        };
        let set = match &fonts {
            Fonts::Builtin(set) => *set,
            Fonts::Own(set) => set,
        };
        let dir = opts.templates.as_deref().or(cfg.templates.as_deref());
        let templates = Templates::load(dir, set)?;
        for (key, value) in firm_texts(&cfg.firm) {
            if let Some(c) = set.first_unsettable(&value) {
                anyhow::bail!(
                    "{}: {key}: no configured font has the character \"{c}\" (U+{:04X})",
                    loaded
                        .path
                        .as_ref()
                        .map_or("config".into(), |p| p.display().to_string()),
                    c as u32
                );
            }
        }
        let date = match &opts.date {
            Some(text) => model::parse_date(text).ok_or_else(|| {
                anyhow::anyhow!("--date \"{text}\" is not a date (expected e.g. 2026-11-28)")
            })?,
            None => loaded.issue_date.unwrap_or_else(Date::today),
        };
        let layout = LayoutOptions {
            mode: opts.layout.unwrap_or(cfg.layout),
            paper: cfg.paper,
            justify_english: cfg.justify_english,
            ..LayoutOptions::default()
        };
        Ok(Engine {
            config: loaded,
            fonts,
            templates,
            date,
            layout,
        })
    }

    /// The fonts documents are set in.
    pub fn fonts(&self) -> &FontSet {
        match &self.fonts {
            Fonts::Builtin(set) => set,
            Fonts::Own(set) => set,
        }
    }
}

fn firm_texts(firm: &config::Firm) -> Vec<(&'static str, String)> {
    vec![
        ("firm.name", format!("{}{}", firm.name.en, firm.name.zh)),
        ("firm.address", format!("{}{}", firm.address.en, firm.address.zh)),
        (
            "firm.signatory",
            format!("{}{}", firm.signatory.en, firm.signatory.zh),
        ),
        (
            "firm.signatory_title",
            format!("{}{}", firm.signatory_title.en, firm.signatory_title.zh),
        ),
        ("firm.company_no", firm.company_no.clone()),
        ("firm.email", firm.email.clone()),
        ("firm.phone", firm.phone.clone()),
    ]
}

/// What building one workbook did.
#[derive(Debug, Clone, Default)]
pub struct WorkbookOutcome {
    pub workbook: PathBuf,
    /// Where the packets were written; `None` when nothing was.
    pub out_dir: Option<PathBuf>,
    pub packets: usize,
    pub pdfs: usize,
    pub warnings: usize,
    pub errors: usize,
    /// Clients that got no packet.
    pub failed_clients: Vec<String>,
    /// Why the file could not be used at all.
    pub unusable: Option<String>,
    /// The text of `report.txt`.
    pub report: String,
}

impl WorkbookOutcome {
    /// 0 all good, 1 some rows or packets failed (the rest were written), 2 unusable.
    pub fn exit_code(&self) -> u8 {
        if self.unusable.is_some() {
            2
        } else if self.errors > 0 || !self.failed_clients.is_empty() {
            1
        } else {
            0
        }
    }
}

/// One entry of `manifest.json`.
#[derive(Debug, Clone, Serialize)]
pub struct ManifestFile {
    /// Relative to the manifest.
    pub path: String,
    pub sha256: String,
    pub bytes: usize,
    pub pages: usize,
    /// The rows the file was made from: `Rights!A7`.
    pub sources: Vec<String>,
}

/// A finished document.
struct DocFile {
    file: String,
    pdf: Vec<u8>,
    pages: usize,
    sources: Vec<String>,
}

impl DocFile {
    /// Writes the file into `dir` (the packet's folder under `relative`) and keeps only
    /// its manifest entry.
    fn save(self, dir: &Path, relative: &str) -> std::io::Result<ManifestFile> {
        std::fs::write(dir.join(&self.file), &self.pdf)?;
        Ok(ManifestFile {
            path: format!("{relative}/{}", self.file),
            sha256: hex(&Sha256::digest(&self.pdf)),
            bytes: self.pdf.len(),
            pages: self.pages,
            sources: self.sources,
        })
    }
}

/// A laid-out document.
struct Laid {
    file: String,
    doc: Document,
    pages: Vec<Page>,
    sources: Vec<String>,
}

/// A packet's files as written (`packet.pdf` first), or why it could not be made.
type PacketResult = Result<Vec<ManifestFile>, String>;

/// Builds every packet of one workbook into `out_dir` (the final `OUT/<stem>` folder) through
/// a temporary sibling folder renamed into place; an existing `out_dir` is replaced.
/// `progress(done, total)` is called as documents finish, from several threads.
pub fn build_workbook(
    engine: &Engine,
    workbook: &Path,
    out_dir: &Path,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> WorkbookOutcome {
    let mut outcome = WorkbookOutcome {
        workbook: workbook.to_path_buf(),
        ..WorkbookOutcome::default()
    };
    let wb = match ingest::read_workbook_isolated(workbook, &engine.config.config.limits) {
        Ok(wb) => wb,
        Err(e) => {
            let message = e.to_string();
            outcome.report = format!("takedown build: {}\n\nerror: {message}\n", workbook.display());
            outcome.unusable = Some(message);
            return outcome;
        }
    };
    let (docket, mut diagnostics) = model::build_docket_for(&wb, engine.date, engine.fonts());
    let (packets, notes) = plan::plan(&docket, &engine.templates.profiles);
    diagnostics.extend(notes);

    let tmp = match start_tree(out_dir) {
        Ok(tmp) => tmp,
        Err(e) => {
            let message = format!("cannot write {}: {e}", out_dir.display());
            outcome.report = format!("takedown build: {}\n\nerror: {message}\n", workbook.display());
            outcome.unusable = Some(message);
            return outcome;
        }
    };
    let total: usize = packets.iter().map(|p| 4 + p.complaints.len()).sum();
    let done = AtomicUsize::new(0);
    let tick = || progress(done.fetch_add(1, Ordering::Relaxed) + 1, total);
    // Each packet is written as soon as it is made, so memory holds a few packets, not all.
    let results: Vec<PacketResult> = packets
        .par_iter()
        .map(|packet| {
            let dir = tmp.join(&packet.folder);
            let made = make_packet(engine, &wb, packet, &tick).and_then(|written| {
                std::fs::create_dir(&dir)
                    .and_then(|()| {
                        written
                            .into_iter()
                            .map(|w| w.save(&dir, &packet.folder))
                            .collect()
                    })
                    .map_err(|e| format!("cannot write {}: {e}", dir.display()))
            });
            if made.is_err() {
                // No half-written packet: a client gets all its files or none.
                let _ = std::fs::remove_dir_all(&dir);
            }
            made
        })
        .collect();

    outcome.errors = diagnostics.iter().filter(|d| d.is_error()).count();
    outcome.warnings = diagnostics.len() - outcome.errors;
    let mut failed: Vec<(String, String)> = docket
        .blocked
        .iter()
        .map(|(id, places)| {
            let mut places: Vec<String> = places
                .iter()
                .map(|l| match (&l.sheet, &l.cell) {
                    (Some(sheet), Some(cell)) => format!("{sheet}!{cell}"),
                    _ => l.to_string(),
                })
                .collect();
            places.dedup();
            let n = places.len();
            let noun = if n == 1 { "error" } else { "errors" };
            (id.clone(), format!("{n} {noun} ({})", places.join(", ")))
        })
        .collect();
    for (packet, result) in packets.iter().zip(&results) {
        if let Err(why) = result {
            failed.push((packet.client.id.clone(), why.clone()));
        }
    }
    outcome.failed_clients = failed.iter().map(|(id, _)| id.clone()).collect();

    let made: Vec<(&Packet, &Vec<ManifestFile>)> = packets
        .iter()
        .zip(&results)
        .filter_map(|(p, r)| r.as_ref().ok().map(|w| (p, w)))
        .collect();
    outcome.packets = made.len();
    outcome.pdfs = made.iter().map(|(_, w)| w.len()).sum();
    outcome.report = report(engine, workbook, &made, &failed, &diagnostics);
    match finish_tree(engine, workbook, &tmp, out_dir, &made, &failed, &outcome.report) {
        Ok(()) => outcome.out_dir = Some(out_dir.to_path_buf()),
        Err(e) => {
            let _ = std::fs::remove_dir_all(&tmp);
            outcome.unusable = Some(format!("cannot write {}: {e}", out_dir.display()));
        }
    }
    outcome
}

/// Renders and typesets every document of a packet, then the combined `packet.pdf`.
fn make_packet(
    engine: &Engine,
    wb: &Workbook,
    packet: &Packet,
    tick: &(dyn Fn() + Sync),
) -> Result<Vec<DocFile>, String> {
    let data = PacketData::new(engine, wb, packet);
    let mut docs: Vec<(String, &str, Value, Vec<String>)> = vec![
        (
            "cover-letter.pdf".into(),
            "cover-letter",
            data.cover(),
            data.all_sources(),
        ),
        (
            "power-of-attorney.pdf".into(),
            "power-of-attorney",
            data.poa(),
            data.rights_sources(),
        ),
        (
            "ip-rights-schedule.pdf".into(),
            "ip-rights-schedule",
            data.schedule(),
            data.rights_sources(),
        ),
    ];
    for complaint in &packet.complaints {
        docs.push((
            complaint.file.clone(),
            "complaint",
            data.complaint(complaint),
            data.complaint_sources(complaint),
        ));
    }
    let laid: Vec<Laid> = docs
        .into_par_iter()
        .map(|(file, template, value, sources)| {
            let mut doc = engine
                .templates
                .render(template, &value)
                .map_err(|e| e.to_string())?;
            doc.meta.author = engine.config.config.firm.name.en.clone();
            let pages =
                layout::layout(&doc, engine.fonts(), &engine.layout).map_err(|e| format!("{file}: {e}"))?;
            Ok(Laid {
                file,
                doc,
                pages,
                sources,
            })
        })
        .collect::<Result<_, String>>()?;
    let parts: Vec<pdf::Written> = laid
        .par_iter()
        .map(|Laid { file, doc, pages, .. }| {
            let meta = crate::pdf_meta(&doc.meta, engine.layout.mode, Some(ymd(engine.date)));
            let written =
                pdf::write_parts(pages, &meta, engine.fonts()).map_err(|e| format!("{file}: {e}"))?;
            tick();
            Ok(written)
        })
        .collect::<Result<_, String>>()?;

    // packet.pdf: every document's pages, each keeping its own page numbers and outline.
    let mut pages: Vec<Page> = Vec::new();
    let mut docs = Vec::with_capacity(laid.len());
    for l in laid {
        docs.push((l.file, l.pages.len(), l.sources));
        pages.extend(l.pages);
    }
    let title = engine
        .templates
        .render("packet", &data.with(json!({})))
        .map_err(|e| e.to_string())?;
    let meta = crate::pdf_meta(
        &crate::document::Meta {
            author: engine.config.config.firm.name.en.clone(),
            ..title.meta
        },
        engine.layout.mode,
        Some(ymd(engine.date)),
    );
    let pdf = pdf::combine(&parts, &pages, &meta, engine.fonts()).map_err(|e| format!("packet.pdf: {e}"))?;
    tick();
    let mut written: Vec<DocFile> = docs
        .into_iter()
        .zip(parts)
        .map(|((file, pages, sources), part)| DocFile {
            file,
            pdf: part.bytes,
            pages,
            sources,
        })
        .collect();
    written.insert(
        0,
        DocFile {
            file: "packet.pdf".into(),
            pdf,
            pages: pages.len(),
            sources: data.all_sources(),
        },
    );
    Ok(written)
}

fn ymd(date: Date) -> (i32, u8, u8) {
    let (y, m, d) = date.ymd();
    (i32::from(y), m, d)
}

/// `28 November 2026` / `2026年11月28日`.
pub fn date_text(date: Date) -> Bilingual {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let (y, m, d) = date.ymd();
    Bilingual::new(
        format!("{d} {} {y}", MONTHS[usize::from(m.clamp(1, 12)) - 1]),
        format!("{y}年{m}月{d}日"),
    )
}

fn period(from: Option<Date>, to: Option<Date>) -> Value {
    let (f, t) = (from.map(date_text), to.map(date_text));
    match (f, t) {
        (Some(f), Some(t)) => {
            json!({"en": format!("{} to {}", f.en, t.en), "zh": format!("{}至{}", f.zh, t.zh)})
        }
        (None, Some(t)) => json!({"en": format!("until {}", t.en), "zh": format!("至{}止", t.zh)}),
        (Some(f), None) => json!({"en": format!("from {}", f.en), "zh": format!("自{}起", f.zh)}),
        (None, None) => Value::Null,
    }
}

/// The date `months` months after `date`, less one day (the end of a term).
fn term_end(date: Date, months: u32) -> Date {
    let (y, m, d) = date.ymd();
    let total = u32::from(m) - 1 + months;
    let (year, month) = (u32::from(y) + total / 12, total % 12 + 1);
    let mut day = u32::from(d);
    loop {
        if let Some(end) = Date::new(year, month, day) {
            return end.add_days(-1).unwrap_or(end);
        }
        day -= 1;
    }
}

fn bi(b: &Bilingual) -> Value {
    json!({"en": b.en, "zh": b.zh})
}

fn type_names(kind: RightType) -> (Value, Value) {
    let en = kind.name_en();
    let mut capital = en.to_owned();
    if let Some(first) = capital.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    (
        json!({"en": capital, "zh": kind.name_zh()}),
        json!({"en": en, "zh": kind.name_zh()}),
    )
}

/// The data every template of one packet sees.
struct PacketData<'a> {
    engine: &'a Engine,
    wb: &'a Workbook,
    packet: &'a Packet<'a>,
    common: serde_json::Map<String, Value>,
}

impl<'a> PacketData<'a> {
    fn new(engine: &'a Engine, wb: &'a Workbook, packet: &'a Packet<'a>) -> Self {
        let firm = &engine.config.config.firm;
        let client = packet.client;
        let mut common = serde_json::Map::new();
        common.insert(
            "firm".into(),
            json!({
                "name": bi(&firm.name), "address": bi(&firm.address), "company_no": firm.company_no,
                "signatory": bi(&firm.signatory), "signatory_title": bi(&firm.signatory_title),
                "email": firm.email, "phone": firm.phone,
            }),
        );
        common.insert("client".into(), client_value(client));
        common.insert("date".into(), bi(&date_text(engine.date)));
        let rights: Vec<Value> = packet
            .rights
            .iter()
            .enumerate()
            .map(|(i, r)| right_value(i + 1, r))
            .collect();
        common.insert("rights".into(), Value::Array(rights));
        common.insert("platform_names".into(), platform_names(engine, packet));
        PacketData {
            engine,
            wb,
            packet,
            common,
        }
    }

    fn with(&self, extra: Value) -> Value {
        let mut map = self.common.clone();
        if let Value::Object(extra) = extra {
            map.extend(extra);
        }
        Value::Object(map)
    }

    fn poa(&self) -> Value {
        let cfg = &self.engine.config.config;
        let governing = match cfg.governing_language {
            Governing::Equal => "equal",
            Governing::Chinese => "chinese",
        };
        self.with(json!({
            "term": {
                "months": cfg.poa_term_months,
                "from": bi(&date_text(self.engine.date)),
                "to": bi(&date_text(term_end(self.engine.date, cfg.poa_term_months))),
            },
            "governing": governing,
        }))
    }

    fn schedule(&self) -> Value {
        self.with(json!({}))
    }

    fn complaint(&self, c: &Complaint) -> Value {
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
        let right_index = self
            .packet
            .rights
            .iter()
            .position(|r| r.id == c.right.id)
            .unwrap_or(0);
        let site = match &c.site {
            Some(host) => json!({"en": host, "zh": host}),
            None => {
                let profiles = &self.engine.templates.profiles;
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
        self.with(json!({
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
            "poa_date": bi(&date_text(self.engine.date)),
            "reply_days": reply_days,
            "purchases": purchases_text,
            "purchases_count": purchases.len(),
        }))
    }

    fn cover(&self) -> Value {
        let profiles = &self.engine.templates.profiles;
        let mut groups = Vec::new();
        let mut estimated: Vec<u16> = Vec::new();
        for profile in profiles.all() {
            if !self.packet.complaints.iter().any(|c| c.profile.id == profile.id) {
                continue;
            }
            let mut steps = Vec::new();
            let (mut lo, mut hi) = (0u32, 0u32);
            for step in &profile.timeline {
                lo += step.days[0];
                hi += step.days[1];
                let (a, b) = (
                    calendar::add_working_days(self.engine.date, lo),
                    calendar::add_working_days(self.engine.date, hi),
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
        let missing = self.packet.rights.iter().filter(|r| !r.certificate_found).count();
        self.with(json!({
            "listings_count": self.packet.listings().len(),
            "complaints_count": self.packet.complaints.len(),
            "missing_count": missing,
            "groups": groups,
            "estimated_years": estimated,
        }))
    }

    fn source(&self, table: &Table, field: Field, source: &Source) -> String {
        let col = table.column(field).map_or(0, |c| c.col);
        format!("{}!{}", table.sheet, CellRef::new(source.row, col))
    }

    fn client_source(&self) -> String {
        self.source(&self.wb.clients, Field::ClientId, &self.packet.client.source)
    }

    fn rights_sources(&self) -> Vec<String> {
        let mut out = vec![self.client_source()];
        out.extend(
            self.packet
                .rights
                .iter()
                .map(|r| self.source(&self.wb.rights, Field::RightId, &r.source)),
        );
        out
    }

    fn listing_sources(&self, listing: &Listing) -> Vec<String> {
        std::iter::once(&listing.source)
            .chain(&listing.merged_from)
            .map(|s| self.source(&self.wb.listings, Field::Url, s))
            .collect()
    }

    fn all_sources(&self) -> Vec<String> {
        let mut out = self.rights_sources();
        for listing in self.packet.listings() {
            out.extend(self.listing_sources(listing));
        }
        out
    }

    fn complaint_sources(&self, c: &Complaint) -> Vec<String> {
        let mut out = vec![
            self.client_source(),
            self.source(&self.wb.rights, Field::RightId, &c.right.source),
        ];
        for listing in &c.listings {
            out.extend(self.listing_sources(listing));
        }
        out
    }
}

fn client_value(client: &Client) -> Value {
    let signatory = client.signatory.clone();
    let with_title = match (&client.signatory, &client.signatory_title) {
        (Some(s), Some(t)) => Some(format!("{s} ({t})")),
        (Some(s), None) => Some(s.clone()),
        _ => None,
    };
    json!({
        "id": client.id,
        "name": bi(&client.name),
        "country": client.country.as_ref().map(|c| bi(&c.name)),
        "company_no": client.company_no,
        "address": bi(&client.address),
        "representative": client.representative,
        "signatory": signatory,
        "signatory_title": client.signatory_title,
        "signatory_with_title": with_title,
        "email": client.email,
        "phone": client.phone,
        "extra": client.extra,
    })
}

fn right_value(n: usize, right: &Right) -> Value {
    let (type_name, kind) = type_names(right.kind);
    let classes: Vec<String> = right.classes.iter().map(u8::to_string).collect();
    json!({
        "n": n,
        "id": right.id,
        "type": type_name,
        "kind": kind,
        "number": right.number,
        "title": bi(&right.title),
        "owner": bi(&right.owner),
        "country": bi(&right.country.name),
        "classes": classes.join(", "),
        "validity": period(right.valid_from, right.valid_to),
        "protect": period(right.protect_from, right.protect_to),
        "certificate": right.certificate,
        "certificate_found": right.certificate_found,
        "patent": right.kind.is_patent(),
        "patent_word": if right.kind.is_patent() { "yes" } else { "no" },
        "design": right.kind == RightType::DesignPatent,
        "utility_model": right.kind == RightType::UtilityModel,
        // CNIPA issues patent evaluation reports for utility models and designs.
        "evaluation_report": matches!(right.kind, RightType::UtilityModel | RightType::DesignPatent),
        "extra": right.extra,
    })
}

/// "Taobao, Tmall and JD" / "淘宝、天猫及京东": the sites of the packet's listings.
fn platform_names(engine: &Engine, packet: &Packet) -> Value {
    let profiles = &engine.templates.profiles;
    let mut platforms: Vec<_> = packet
        .complaints
        .iter()
        .flat_map(|c| c.platforms.iter().copied())
        .collect();
    platforms.sort();
    platforms.dedup();
    let sites: Vec<_> = platforms.iter().filter_map(|&p| profiles.site(p)).collect();
    let join = |names: Vec<&str>, sep: &str, last: &str| match names.len() {
        0 => String::new(),
        1 => names[0].to_owned(),
        n => format!("{}{last}{}", names[..n - 1].join(sep), names[n - 1]),
    };
    if sites.is_empty() {
        return json!({"en": "the e-commerce platforms concerned", "zh": "相关电子商务平台"});
    }
    json!({
        "en": join(sites.iter().map(|s| s.en.as_str()).collect(), ", ", " and "),
        "zh": join(sites.iter().map(|s| s.zh.as_str()).collect(), "、", "及"),
    })
}

/// The text of `report.txt`.
fn report(
    engine: &Engine,
    workbook: &Path,
    made: &[(&Packet, &Vec<ManifestFile>)],
    failed: &[(String, String)],
    diagnostics: &[Diagnostic],
) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let name = workbook.file_name().map_or_else(
        || workbook.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let _ = writeln!(out, "takedown build report: {name}");
    let _ = writeln!(
        out,
        "issue date {}, layout {}",
        engine.date,
        engine.layout.mode.name()
    );
    match &engine.config.path {
        Some(path) => {
            let file = path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            let _ = writeln!(out, "config {file}");
        }
        None => {
            let _ = writeln!(
                out,
                "config: none found; the sample firm \"{}\" is the agent. Write your own with `takedown init`.",
                engine.config.config.firm.name.en
            );
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "Packets written: {}", made.len());
    for (packet, written) in made {
        let pages: usize = written.iter().skip(1).map(|w| w.pages).sum();
        let _ = writeln!(
            out,
            "  {} {}: {}/ ({} documents, {} pages, {} complaints)",
            packet.client.id,
            packet.client.name.en,
            packet.folder,
            written.len() - 1,
            pages,
            packet.complaints.len()
        );
    }
    if !failed.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "Clients without a packet (fix the errors below and build again):"
        );
        for (id, why) in failed {
            let _ = writeln!(out, "  {id}: {why}");
        }
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "Problems: {errors} errors, {} warnings",
        diagnostics.len() - errors
    );
    for d in diagnostics {
        let severity = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let _ = writeln!(out, "{severity}: {d}");
    }
    out
}

/// The temporary sibling of `out_dir` the tree is written into (emptied if a crashed run
/// left it).
fn start_tree(out_dir: &Path) -> std::io::Result<PathBuf> {
    let parent = out_dir
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent)?;
    let name = out_dir
        .file_name()
        .map_or_else(|| "out".into(), |n| n.to_string_lossy().into_owned());
    let tmp = parent.join(format!(".{name}.tmp-{}", std::process::id()));
    if tmp.exists() {
        std::fs::remove_dir_all(&tmp)?;
    }
    std::fs::create_dir(&tmp)?;
    Ok(tmp)
}

/// Writes `report.txt` and `manifest.json` beside the packets in `tmp`, then renames `tmp`
/// to `out_dir` (replacing an older one).
fn finish_tree(
    engine: &Engine,
    workbook: &Path,
    tmp: &Path,
    out_dir: &Path,
    made: &[(&Packet, &Vec<ManifestFile>)],
    failed: &[(String, String)],
    report: &str,
) -> std::io::Result<()> {
    std::fs::write(tmp.join("report.txt"), report)?;
    let files: Vec<&ManifestFile> = made.iter().flat_map(|(_, files)| files.iter()).collect();
    let workbook_name = workbook.file_name().map(|n| n.to_string_lossy().into_owned());
    let manifest = json!({
        "workbook": workbook_name,
        "date": engine.date.to_string(),
        "layout": engine.layout.mode.name(),
        "packets": made.iter().map(|(p, w)| json!({
            "client": p.client.id, "folder": p.folder, "documents": w.len() - 1,
        })).collect::<Vec<_>>(),
        "failed_clients": failed.iter().map(|(id, why)| json!({"client": id, "reason": why})).collect::<Vec<_>>(),
        "files": files,
        "report": {"path": "report.txt", "sha256": hex(&Sha256::digest(report.as_bytes())), "bytes": report.len()},
    });
    let mut text = serde_json::to_string_pretty(&manifest).map_err(std::io::Error::other)?;
    text.push('\n');
    std::fs::write(tmp.join("manifest.json"), text)?;

    if out_dir.exists() {
        let parent = out_dir
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let name = out_dir
            .file_name()
            .map_or_else(|| "out".into(), |n| n.to_string_lossy().into_owned());
        let old = parent.join(format!(".{name}.old-{}", std::process::id()));
        std::fs::rename(out_dir, &old)?;
        std::fs::rename(tmp, out_dir)?;
        std::fs::remove_dir_all(&old)?;
    } else {
        std::fs::rename(tmp, out_dir)?;
    }
    Ok(())
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

/// The output folder of a workbook under `out`: its stem (a CSV folder: the folder's name).
pub fn out_dir_for(out: &Path, workbook: &Path) -> PathBuf {
    let stem = workbook
        .file_stem()
        .map_or_else(|| "workbook".to_owned(), |s| s.to_string_lossy().into_owned());
    out.join(plan::safe_name(&stem))
}
