//! `takedown build`: a workbook → per client a folder of PDFs and one `packet.pdf`, with
//! `manifest.json` and `report.txt`, written to a temporary folder and renamed into place.
//!
//! Stages: ingest → model (with font coverage at the cells) → [`plan`] → [`render`] →
//! layout → pdf → output. A client with any error gets no packet; every other client does.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use crate::config::{self, Loaded};
use crate::deadlines;
use crate::document::Document;
use crate::documents;
use crate::fonts::FontSet;
use crate::ingest::{self, Workbook};
use crate::layout::{self, LayoutOptions, Mode, Page};
use crate::ledger::{self, Ledger, Memory};
use crate::model::{self, Date, Docket};
use crate::output::{self, DocFile, ManifestFile};
use crate::pdf;
use crate::plan::{self, Packet};
use crate::render::Templates;
use crate::review;

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
    /// A review build (`--review`), whatever the config says.
    pub review: bool,
}

/// Config, fonts and templates, loaded once and shared by every workbook and thread.
pub struct Engine {
    pub config: Loaded,
    fonts: Fonts,
    pub templates: Templates,
    /// The issue date printed on the documents and used for "expired" checks.
    pub date: Date,
    pub layout: LayoutOptions,
    /// A draft for review: highlights, notes, watermark and a review sheet (`--review`, or
    /// `review: true` in the config); nothing of it goes into the ledger.
    pub review: bool,
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
        let review = opts.review || cfg.review;
        Ok(Engine {
            config: loaded,
            fonts,
            templates,
            date,
            layout,
            review,
        })
    }

    /// What the documents of `wb` are made with.
    pub fn context<'a>(&'a self, wb: &'a Workbook, docket: &'a Docket) -> documents::Context<'a> {
        documents::Context {
            config: &self.config.config,
            profiles: &self.templates.profiles,
            date: self.date,
            wb,
            docket,
            calendar: &self.templates.calendar,
            mode: self.layout.mode,
        }
    }

    /// What a plan's warnings are counted with.
    pub fn rules(&self) -> plan::Rules<'_> {
        plan::Rules {
            date: self.date,
            calendar: &self.templates.calendar,
            poa_return_days: self.config.config.poa_return_days,
            mode: self.layout.mode,
            litigation: self.config.config.poa.litigation,
        }
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
    /// Every diagnostic, sorted by place: the same as `check` gives for the workbook.
    pub diagnostics: Vec<crate::diag::Diagnostic>,
    /// Whether the batch went into the ledger: `Some(true)` recorded now, `Some(false)` the
    /// same batch was there already; `None` without a ledger or when nothing was written.
    pub recorded: Option<bool>,
    /// Why the packets written are not in the ledger.
    pub ledger_error: Option<String>,
    /// How many Outcomes rows go into the ledger with this batch.
    pub outcomes: usize,
}

impl WorkbookOutcome {
    /// The JSON form `build --format json` prints: what `check --format json` gives for the
    /// workbook (counts, every diagnostic) and what was written.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "file": self.workbook.display().to_string(),
            "out_dir": self.out_dir.as_ref().map(|d| d.display().to_string()),
            "unusable": self.unusable,
            "packets": self.packets,
            "pdfs": self.pdfs,
            "failed_clients": self.failed_clients,
            "errors": self.errors,
            "warnings": self.warnings,
            "diagnostics": self.diagnostics,
            "recorded": self.recorded,
            "ledger_error": self.ledger_error,
            "outcomes": self.outcomes,
            "exit_code": self.exit_code(),
        })
    }

    /// 0 all good, 1 some rows or packets failed (the rest were written), 2 unusable.
    pub fn exit_code(&self) -> u8 {
        if self.unusable.is_some() {
            2
        } else if self.errors > 0 || !self.failed_clients.is_empty() || self.ledger_error.is_some() {
            1
        } else {
            0
        }
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
/// a temporary sibling folder renamed into place; an existing `out_dir` is replaced, the
/// files a person saved in it carried over.
/// With a `ledger`, the plan reads what it knows (open disputes, earlier notices) and the
/// batch is recorded in it once the folder is in place.
/// `progress(done, total)` is called as documents finish, from several threads.
pub fn build_workbook(
    engine: &Engine,
    workbook: &Path,
    out_dir: &Path,
    ledger: Option<&Ledger>,
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
    let (docket, diagnostics) = model::build_docket_for(
        &wb,
        engine.date,
        engine.fonts(),
        &engine.config.config.evidence.limits(),
    );
    tracing::debug!(
        "{}: {} clients, {} rights, {} listings ({} duplicate rows merged), {} counter-notices",
        workbook.display(),
        docket.clients.len(),
        docket.rights.len(),
        docket.listings.len(),
        docket.merged(),
        docket.counter_notices.len()
    );
    let mut diagnostics = diagnostics;
    let (mut batch, memory) = match ledger {
        None => (None, Memory::default()),
        Some(ledger) => match ledger::prepare(ledger, workbook, &docket, engine.date) {
            Ok((batch, memory, notes)) => {
                diagnostics.extend(notes);
                // Before the packets add their counter-notices: the Outcomes rows matched.
                outcome.outcomes = batch.events.len();
                (Some(batch), memory)
            }
            Err(e) => {
                let message = e.to_string();
                outcome.report = format!("takedown build: {}\n\nerror: {message}\n", workbook.display());
                outcome.unusable = Some(message);
                return outcome;
            }
        },
    };
    let (packets, diagnostics) = crate::check::findings(
        &wb,
        &docket,
        diagnostics,
        &engine.templates.profiles,
        &engine.rules(),
        &memory,
    );

    // A folder that may not be replaced is said before any work is done.
    let tmp = match output::may_replace(out_dir, &|_| false).and_then(|_| output::start_tree(out_dir)) {
        Ok(tmp) => tmp,
        Err(e) => {
            let message = format!("cannot write {}: {e}", out_dir.display());
            outcome.report = format!("takedown build: {}\n\nerror: {message}\n", workbook.display());
            outcome.unusable = Some(message);
            return outcome;
        }
    };
    let total: usize = packets
        .iter()
        .map(|p| 4 + p.complaints.len() + p.rebuttals.len())
        .sum();
    let done = AtomicUsize::new(0);
    let tick = || progress(done.fetch_add(1, Ordering::Relaxed) + 1, total);
    let review = engine.review.then(|| Review {
        diagnostics: &diagnostics,
        rows: review::Rows::of(&docket),
        changes: ledger.map(|l| (l, batch.as_ref().map(|b| b.id.clone()))),
    });
    // Each packet is written as soon as it is made, so memory holds a few packets, not all.
    let results: Vec<PacketResult> = packets
        .par_iter()
        .map(|packet| {
            let dir = tmp.join(&packet.folder);
            let made = make_packet(engine, (&wb, &docket), packet, review.as_ref(), &tick, &dir);
            match &made {
                Ok(files) => tracing::debug!(
                    "{}: {} documents written, {} pages in packet.pdf",
                    packet.folder,
                    files.len() - 1,
                    files.first().map_or(0, |f| f.pages)
                ),
                Err(why) => tracing::debug!("{}: no packet ({why})", packet.folder),
            }
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
    // Every deadline of the packets written, for deadlines.ics and the report.
    let cfg = &engine.config.config;
    let mut deadlines = Vec::new();
    for (packet, _) in &made {
        deadlines.extend(deadlines::of_packet(
            &engine.templates.calendar,
            engine.date,
            (cfg.poa_return_days, cfg.docket_margin_working_days),
            packet,
        ));
    }
    outcome.packets = made.len();
    outcome.pdfs = made.iter().map(|(_, w)| w.len()).sum();
    outcome.report = output::report(
        engine,
        workbook,
        (&made, outcome.outcomes),
        &failed,
        &diagnostics,
        &deadlines,
    );
    outcome.diagnostics = diagnostics;
    match output::finish_tree(
        engine,
        &docket,
        workbook,
        (&tmp, out_dir),
        &output::Made {
            packets: &made,
            failed: &failed,
            deadlines: &deadlines,
            report: &outcome.report,
        },
    ) {
        Ok(()) => outcome.out_dir = Some(out_dir.to_path_buf()),
        Err(e) => {
            let _ = std::fs::remove_dir_all(&tmp);
            outcome.unusable = Some(format!("cannot write {}: {e}", out_dir.display()));
            return outcome;
        }
    }
    // The folder is in place: now the batch goes into the ledger, whole, in one transaction
    // (a draft for review is not a batch filed: it is not recorded).
    if let (Some(ledger), Some(batch), false) = (ledger, batch.as_mut(), engine.review) {
        for (packet, files) in &made {
            let names: Vec<String> = files.iter().map(|f| file_name(&f.path)).collect();
            batch.add_packet(&docket, packet, &names, &deadlines);
        }
        match ledger.record(batch) {
            Ok(recorded) => outcome.recorded = Some(recorded),
            Err(e) => {
                outcome.ledger_error = Some(format!(
                    "{e}; the packets were written but are not in the ledger: build again to record them"
                ))
            }
        }
    }
    outcome
}

/// `C001-acme/complaint-jd-R1.pdf` → `complaint-jd-R1.pdf`.
fn file_name(path: &str) -> String {
    path.rsplit('/').next().unwrap_or(path).to_owned()
}

/// What a review build lays over a packet's documents.
struct Review<'a> {
    /// Every diagnostic of the workbook; each packet takes those that concern it.
    diagnostics: &'a [crate::diag::Diagnostic],
    rows: review::Rows,
    /// The ledger, and the batch this build would be, for what changed since the last one.
    changes: Option<(&'a Ledger, Option<String>)>,
}

/// Renders and typesets every document of a packet, then the combined `packet.pdf`, and
/// writes them into `dir`; returns their manifest entries, `packet.pdf` first. A review
/// build lays its marks over the same pages and puts the review sheet first in `packet.pdf`.
fn make_packet(
    engine: &Engine,
    (wb, docket): (&Workbook, &Docket),
    packet: &Packet,
    review: Option<&Review>,
    tick: &(dyn Fn() + Sync),
    dir: &Path,
) -> Result<Vec<ManifestFile>, String> {
    let cx = engine.context(wb, docket);
    let fonts = engine.fonts();
    let (specs, facts) = documents::packet_documents(&cx, packet);
    let laid: Vec<Laid> = specs
        .into_par_iter()
        .map(|spec| {
            let mut doc = engine
                .templates
                .render(spec.template, &spec.data)
                .map_err(|e| e.to_string())?;
            doc.attachments = spec.attachments;
            documents::check_annex_references(&doc, spec.annexes)
                .map_err(|e| format!("{}: {e}", spec.file))?;
            doc.meta.author = engine.config.config.firm.name.en.clone();
            let pages =
                layout::layout(&doc, fonts, &engine.layout).map_err(|e| format!("{}: {e}", spec.file))?;
            Ok(Laid {
                file: spec.file,
                doc,
                pages,
                sources: spec.sources,
            })
        })
        .collect::<Result<_, String>>()?;
    let mut laid = laid;
    unique_bookmarks(&mut laid, engine.layout.mode);

    // A review build: where each fact is printed, and which page each warning concerns.
    let marks: Vec<Vec<Vec<review::Mark>>> = match review {
        Some(_) => laid
            .par_iter()
            .map(|l| {
                l.pages
                    .iter()
                    .map(|p| review::highlights(p, &facts, fonts))
                    .collect()
            })
            .collect(),
        None => Vec::new(),
    };
    let placed = match review {
        Some(r) => {
            let docs: Vec<(&[crate::fact::Fact], &[Vec<review::Mark>])> =
                marks.iter().map(|m| (&facts[..], &m[..])).collect();
            let cover = laid
                .iter()
                .position(|l| l.file == "cover-letter.pdf")
                .unwrap_or(0);
            review::place(r.diagnostics, &packet.client.id, &r.rows, &docs, cover)
        }
        None => Vec::new(),
    };
    let mut parts: Vec<pdf::Written> = laid
        .par_iter()
        .enumerate()
        .map(|(i, Laid { file, doc, pages, .. })| {
            let meta = crate::pdf_meta(&doc.meta, engine.layout.mode, Some(ymd(engine.date)));
            let overlays = match marks.get(i) {
                Some(marks) => review::overlays(pages, marks, &facts, &placed, i, fonts),
                None => Vec::new(),
            };
            let written =
                pdf::write_parts(pages, &overlays, &meta, fonts).map_err(|e| format!("{file}: {e}"))?;
            tick();
            Ok(written)
        })
        .collect::<Result<_, String>>()?;

    // The review sheet, laid out before packet.pdf's pages are counted from it.
    let mut pages: Vec<Page> = Vec::new();
    let mut links = Vec::new();
    if let Some(r) = review {
        let (sheet_pages, sheet_part, sheet_links) = review_sheet(engine, r, packet, &laid, &placed)?;
        pages = sheet_pages;
        links = sheet_links;
        parts.insert(0, sheet_part);
    }

    // Each document is written before packet.pdf takes its objects.
    let cannot = |e: std::io::Error| format!("cannot write {}: {e}", dir.display());
    std::fs::create_dir(dir).map_err(cannot)?;
    let mut entries = Vec::with_capacity(parts.len() + 1);
    let skip = usize::from(review.is_some());
    // Each document's pages are labelled with its name and its own page numbers.
    let mut labels = Vec::with_capacity(laid.len() + 1);
    if review.is_some() {
        labels.push((0, "review-sheet ".to_owned()));
    }
    for (l, part) in laid.into_iter().zip(parts.iter_mut().skip(skip)) {
        labels.push((pages.len(), format!("{} ", l.file.trim_end_matches(".pdf"))));
        let file = DocFile {
            file: l.file,
            pages: l.pages.len(),
            sources: l.sources,
            embeds: output::embeds(&l.pages, 0),
            facts: crate::fact::entries(&facts, &l.pages),
        };
        entries.push(file.save(part, dir, &packet.folder).map_err(cannot)?);
        pages.extend(l.pages);
    }
    // packet.pdf: every document's pages, each keeping its own page numbers and outline.
    let spec = documents::packet_title(&cx, packet);
    let title = engine
        .templates
        .render(spec.template, &spec.data)
        .map_err(|e| e.to_string())?;
    let meta = crate::pdf_meta(
        &crate::document::Meta {
            author: engine.config.config.firm.name.en.clone(),
            ..title.meta
        },
        engine.layout.mode,
        Some(ymd(engine.date)),
    );
    let mut pdf =
        pdf::combine(parts, &pages, &links, &labels, &meta, fonts).map_err(|e| format!("packet.pdf: {e}"))?;
    tick();
    // Its facts are its documents': each document's entry lists them.
    let file = DocFile {
        file: spec.file,
        pages: pages.len(),
        sources: spec.sources,
        embeds: output::embeds(&pages, 0),
        facts: Vec::new(),
    };
    entries.insert(0, file.save(&mut pdf, dir, &packet.folder).map_err(cannot)?);
    Ok(entries)
}

/// The review sheet of a packet: its pages, written with their marks, and its links to the
/// pages of `packet.pdf` it names (counted after the sheet's own pages).
fn review_sheet(
    engine: &Engine,
    r: &Review,
    packet: &Packet,
    laid: &[Laid],
    placed: &[review::Placed],
) -> Result<(Vec<Page>, pdf::Written, Vec<review::Link>), String> {
    let fonts = engine.fonts();
    let files: Vec<String> = laid.iter().map(|l| l.file.clone()).collect();
    let changes = match &r.changes {
        Some((ledger, batch)) => Some(
            ledger
                .changes(&packet.client.id, packet, batch.as_deref())
                .map_err(|e| format!("review sheet: {e}"))?,
        ),
        None => None,
    };
    let client = laid
        .first()
        .map(|l| l.doc.meta.client.clone())
        .unwrap_or_default();
    let (mut doc, facts, entries) = review::review_sheet(&client, &files, placed, changes.as_deref());
    doc.meta.author = engine.config.config.firm.name.en.clone();
    let pages = layout::layout(&doc, fonts, &engine.layout).map_err(|e| format!("review sheet: {e}"))?;
    let mut first = Vec::with_capacity(laid.len());
    let mut at = pages.len();
    for l in laid {
        first.push(at);
        at += l.pages.len();
    }
    let mut links = Vec::new();
    let mut overlays = review::overlays(&pages, &vec![Vec::new(); pages.len()], &facts, &[], 0, fonts);
    for (i, overlay) in overlays.iter_mut().enumerate() {
        for mark in review::highlights(&pages[i], &facts, fonts) {
            match entries.get(mark.fact) {
                Some(&review::SheetEntry::Legend(kind)) => overlay.highlights.push(review::Highlight {
                    kind,
                    quads: mark.quads,
                    title: kind.legend().0.to_owned(),
                    contents: format!("{}\n{}", kind.legend().0, kind.legend().1),
                }),
                Some(&review::SheetEntry::Goto { doc, page }) => {
                    if let Some(&start) = first.get(doc) {
                        links.push(review::Link {
                            page: i,
                            quads: mark.quads,
                            target: start + page,
                        });
                    }
                }
                None => {}
            }
        }
    }
    let meta = crate::pdf_meta(&doc.meta, engine.layout.mode, Some(ymd(engine.date)));
    let part = pdf::write_parts(&pages, &overlays, &meta, fonts).map_err(|e| format!("review sheet: {e}"))?;
    Ok((pages, part, links))
}

/// Gives each document whose title another document of the packet shares (the complaints,
/// the replies) a first bookmark naming its subject as well, `Complaint …: Trademark
/// 28374615 on Taobao`, numbered if that is still not unique: `packet.pdf`'s bookmarks then
/// say which platform and right each complaint is.
fn unique_bookmarks(laid: &mut [Laid], mode: crate::layout::Mode) {
    use crate::layout::Mode;
    let first_title = |l: &Laid| -> Option<String> {
        l.pages
            .first()?
            .outline
            .iter()
            .find(|o| o.level == 1)
            .map(|o| o.title.clone())
    };
    let titles: Vec<Option<String>> = laid.iter().map(first_title).collect();
    let mut used: Vec<String> = Vec::new();
    for (l, title) in laid.iter_mut().zip(&titles) {
        let Some(title) = title else { continue };
        let mut name = title.clone();
        if titles.iter().flatten().filter(|t| *t == title).count() > 1 {
            let (t, s) = (&l.doc.meta.title, &l.doc.meta.subject);
            let en = format!("{}: {}", t.en.to_plain(), s.en.to_plain());
            let zh = format!("{}：{}", t.zh.to_plain(), s.zh.to_plain());
            name = match mode {
                Mode::En => en,
                Mode::Zh => zh,
                _ => format!("{en} / {zh}"),
            };
        }
        let base = name.clone();
        let mut n = 2;
        while used.contains(&name) {
            name = format!("{base} ({n})");
            n += 1;
        }
        used.push(name.clone());
        if let Some(entry) = l
            .pages
            .first_mut()
            .and_then(|p| p.outline.iter_mut().find(|o| o.level == 1))
        {
            entry.title = name;
        }
    }
}

fn ymd(date: Date) -> (i32, u8, u8) {
    let (y, m, d) = date.ymd();
    (i32::from(y), m, d)
}

/// The output folder of a workbook under `out`: its stem (a CSV folder: the folder's name).
pub fn out_dir_for(out: &Path, workbook: &Path) -> PathBuf {
    let stem = workbook
        .file_stem()
        .map_or_else(|| "workbook".to_owned(), |s| s.to_string_lossy().into_owned());
    out.join(plan::safe_name(&stem))
}
