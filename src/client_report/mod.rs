//! `takedown report`: a client's enforcement report from the ledger alone, a bilingual PDF
//! (summary, charts drawn as vector graphics with their numbers in tables, operators,
//! re-listed links, open disputes) and a workbook of every case of the period.

mod cases;
mod document;
mod figures;
mod filing;

pub use cases::COLUMNS;
pub use figures::{figures, percentile, Figures};

use std::path::{Path, PathBuf};

use crate::build::Engine;
use crate::document::Bi;
use crate::ledger::{Ledger, Status};

/// The files written for one client.
#[derive(Debug, Clone)]
pub struct Written {
    pub client: String,
    pub pdf: PathBuf,
    pub xlsx: PathBuf,
    /// `filing-<platform>-<client>.xlsx`, one per platform of the latest batch's complaints.
    pub filing: Vec<PathBuf>,
    pub listings: usize,
}

/// Writes the report and cases workbook of each of `clients` (every client of the ledger
/// when empty) for listings first found from `from` to `to` (default: the first one's
/// batch, and the engine's date) into `out`.
pub fn write(
    engine: &Engine,
    ledger: &Ledger,
    clients: &[String],
    (from, to): (Option<&str>, Option<&str>),
    out: &Path,
) -> anyhow::Result<Vec<Written>> {
    // Named clients are read one by one: a firm's ledger holds far more than one client's.
    let all = if clients.is_empty() {
        Some(ledger.status(None)?)
    } else {
        None
    };
    let mut ids: Vec<String> = match &all {
        Some(all) => all.listings.iter().map(|l| l.client.clone()).collect(),
        None => clients.to_vec(),
    };
    ids.sort();
    ids.dedup();
    std::fs::create_dir_all(out)?;
    let to = to.map_or_else(|| engine.date.to_string(), str::to_owned);
    let mut written = Vec::new();
    for client in ids {
        let own;
        let all = match &all {
            Some(all) => all,
            None => {
                own = ledger.status(Some(&client))?;
                &own
            }
        };
        let mine: Vec<_> = all
            .listings
            .iter()
            .filter(|l| l.client == client)
            .cloned()
            .collect();
        let from = from.map(str::to_owned).unwrap_or_else(|| {
            mine.iter()
                .filter_map(|l| l.found_on.clone())
                .min()
                .unwrap_or_else(|| to.clone())
        });
        let status = Status {
            batches: all.batches,
            listings: mine,
            operators: all.operators.clone(),
        }
        .within(Some(&from), Some(&to));
        let summary = crate::ledger::report::summaries(&status, engine)
            .into_iter()
            .next();
        let listings: Vec<&crate::ledger::ListingStatus> = status.listings.iter().collect();
        let figures = figures(&listings, &engine.templates.calendar, &from, &to);
        // The ten operators with most listings among this client's.
        let mut operators: Vec<&crate::ledger::Operator> = status
            .operators
            .iter()
            .filter(|o| o.clients.contains(&client))
            .collect();
        operators.sort_by(|a, b| b.listings.cmp(&a.listings).then(a.licence.cmp(&b.licence)));
        operators.truncate(10);
        let name = match ledger.client_name(&client)? {
            Some((en, zh)) => Bi::new(en.clone(), zh.unwrap_or(en)),
            None => Bi::same(client.clone()),
        };
        let about = document::About {
            client: &client,
            name,
            from: &from,
            to: &to,
            date: engine.date.to_string(),
            batches: status.batches,
        };
        let mut doc = document::report(&about, summary.as_ref(), &figures, &listings, &operators);
        doc.meta.author = engine.config.config.firm.name.en.clone();
        let pages = crate::layout::layout(&doc, engine.fonts(), &engine.layout)?;
        let meta = crate::pdf_meta(
            &doc.meta,
            engine.layout.mode,
            Some({
                let (y, m, d) = engine.date.ymd();
                (i32::from(y), m, d)
            }),
        );
        // The filing lists of the latest batch, per platform.
        let filed = ledger.latest_complaints(&client)?;
        let mut platforms: Vec<&str> = filed.iter().map(|f| f.profile.as_str()).collect();
        platforms.dedup();
        // The cases workbook (one row per listing) is made beside the PDF and filing lists.
        let (bytes, book, lists) = std::thread::scope(|scope| {
            let book = scope.spawn(|| cases::workbook(&listings, &operators, engine.date));
            let bytes = crate::pdf::write_pdf(&pages, &meta, engine.fonts());
            let lists: Result<Vec<(&str, Vec<u8>)>, _> = platforms
                .iter()
                .map(|&platform| {
                    let rows: Vec<&crate::ledger::Filed> =
                        filed.iter().filter(|f| f.profile == platform).collect();
                    filing::workbook(&rows, engine.date).map(|b| (platform, b))
                })
                .collect();
            let book = book
                .join()
                .map_err(|_| anyhow::anyhow!("the cases workbook could not be made"));
            (bytes, book, lists)
        });
        let stem = format!("{}-{from}-{to}", crate::plan::safe_name(&client));
        let pdf = out.join(format!("report-{stem}.pdf"));
        write_atomic(&pdf, &bytes?)?;
        let xlsx = out.join(format!("cases-{stem}.xlsx"));
        write_atomic(&xlsx, &book??)?;
        let mut filing = Vec::new();
        for (platform, book) in lists? {
            let path = out.join(format!(
                "filing-{}-{}.xlsx",
                crate::plan::safe_name(platform),
                crate::plan::safe_name(&client)
            ));
            write_atomic(&path, &book)?;
            filing.push(path);
        }
        written.push(Written {
            client,
            pdf,
            xlsx,
            filing,
            listings: listings.len(),
        });
    }
    Ok(written)
}

/// Writes `bytes` to `path` through a temporary file beside it, so a reader never sees half.
fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = path.with_extension("part");
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path)
}
