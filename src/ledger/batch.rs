//! One build as the ledger records it: the workbook, its clients, rights and listings, the
//! documents written and, per complaint, its listings; and the events its Outcomes and
//! Counter-notices rows report.

use std::collections::BTreeMap;

use super::item_key;
use super::store::{Conn, DbError, Value};
use crate::deadlines::{Deadline, Kind};
use crate::model::{Date, Docket, Status};
use crate::plan::Packet;

/// A listing of a client, as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListingRow {
    pub client: String,
    pub url: String,
    pub platform: String,
    pub item_key: Option<String>,
    pub item_id: Option<String>,
    pub store: Option<String>,
    pub seller_id: Option<String>,
    pub licence: Option<String>,
    /// The contact it gives, as matched ([`contact_key`](crate::model::contact_key)).
    pub contact: Option<String>,
    /// The right ids it infringes, comma-separated.
    pub rights: String,
    /// Its complaint in this batch cites earlier notices of a removed item or store.
    pub relisted: bool,
}

/// Something a platform did with a listing of a client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub client: String,
    pub url: String,
    pub status: Status,
    pub case_no: Option<String>,
    pub filed_on: Option<Date>,
    /// When it happened: the decision, the counter-notice's receipt, or the filing.
    pub happened_on: Option<Date>,
    pub reason: Option<String>,
    /// A counter-notice's reply and art. 43 dates.
    pub reply_by: Option<Date>,
    pub art43_by: Option<Date>,
    /// The row that reported it: `outcomes.xlsx: 处理结果!A3`.
    pub source: String,
}

/// A document written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentRow {
    pub client: String,
    pub file: String,
    /// `complaint`, `letter`, `rebuttal`, …: the file name's first word.
    pub kind: String,
    pub platform: Option<String>,
    pub right_id: Option<String>,
}

/// Everything one build records.
#[derive(Debug, Clone, Default)]
pub struct Batch {
    /// `<sha256 of the workbook>:<issue date>`: the same bytes built for the same date are
    /// one batch.
    pub id: String,
    pub workbook: String,
    pub sha256: String,
    pub issued_on: String,
    /// When it was recorded (UTC, RFC 3339): the one thing that differs between two runs.
    pub recorded_at: String,
    pub clients: Vec<(String, String, Option<String>)>,
    /// (client, id, kind, number).
    pub rights: Vec<(String, String, String, String)>,
    pub listings: Vec<ListingRow>,
    pub documents: Vec<DocumentRow>,
    /// (client, complaint file, listing url).
    pub complaint_listings: Vec<(String, String, String)>,
    pub events: Vec<Event>,
}

impl Batch {
    /// A batch of the workbook with these bytes, issued on `date`.
    pub fn new(workbook: &str, sha256: &str, date: Date) -> Batch {
        Batch {
            id: batch_id(sha256, date),
            workbook: workbook.to_owned(),
            sha256: sha256.to_owned(),
            issued_on: date.to_string(),
            recorded_at: now_utc(),
            ..Batch::default()
        }
    }

    /// Adds a packet that was written: its client, rights, every listing naming its rights,
    /// its documents, and its counter-notices as events (with their dates from `deadlines`).
    pub fn add_packet(&mut self, docket: &Docket, packet: &Packet, files: &[String], deadlines: &[Deadline]) {
        let client = &packet.client.id;
        let name_zh = Some(packet.client.name.zh.clone()).filter(|n| !n.is_empty());
        self.clients
            .push((client.clone(), packet.client.name.en.clone(), name_zh));
        for r in &packet.rights {
            self.rights.push((
                client.clone(),
                r.id.clone(),
                r.kind.name_en().to_owned(),
                r.number.clone(),
            ));
        }
        let ids: Vec<&str> = packet.rights.iter().map(|r| r.id.as_str()).collect();
        let mut listing_rows = BTreeMap::new();
        for l in docket
            .listings
            .iter()
            .filter(|l| l.right_ids.iter().any(|id| ids.contains(&id.as_str())))
        {
            let mut rights: Vec<&str> = l
                .right_ids
                .iter()
                .map(String::as_str)
                .filter(|id| ids.contains(id))
                .collect();
            rights.sort_unstable();
            listing_rows.insert(
                l.url.clone(),
                ListingRow {
                    client: client.clone(),
                    url: l.url.clone(),
                    platform: l.platform.id().to_owned(),
                    item_key: item_key(&l.url),
                    item_id: l.item_id.clone(),
                    store: l.store.clone(),
                    seller_id: l.seller_id.clone(),
                    licence: l.seller_licence.clone(),
                    contact: l.seller_contact.as_deref().and_then(crate::model::contact_key),
                    rights: rights.join(","),
                    relisted: packet.relisted(l),
                },
            );
        }
        self.listings.extend(listing_rows.into_values());
        for file in files {
            let complaint = packet.complaints.iter().find(|c| &c.file == file);
            self.documents.push(DocumentRow {
                client: client.clone(),
                file: file.clone(),
                kind: file.split(['-', '.']).next().unwrap_or_default().to_owned(),
                platform: complaint.map(|c| c.profile.id.clone()),
                right_id: complaint.filter(|c| c.site.is_none()).map(|c| c.right.id.clone()),
            });
            if let Some(c) = complaint {
                for l in &c.listings {
                    self.complaint_listings
                        .push((client.clone(), c.file.clone(), l.url.clone()));
                }
            }
        }
        for rebuttal in &packet.rebuttals {
            let n = rebuttal.notice;
            let due = |kind: Kind| {
                deadlines
                    .iter()
                    .find(|d| &d.client_id == client && d.subject == rebuttal.id() && d.kind == kind)
                    .map(|d| d.date)
            };
            self.events.push(Event {
                client: client.clone(),
                url: n.url.clone(),
                status: Status::CounterNoticed,
                case_no: n.case_no.clone(),
                filed_on: n.complaint_filed_on,
                happened_on: Some(n.received_on),
                reason: None,
                reply_by: due(Kind::Reply),
                art43_by: due(Kind::Art43),
                source: place(&n.location),
            });
        }
    }
}

/// `file: Sheet!A3`: a row's place as the ledger keeps it.
pub fn place(l: &crate::diag::Location) -> String {
    match (&l.sheet, &l.cell) {
        (Some(sheet), Some(cell)) => format!("{}: {sheet}!{cell}", file_name(&l.file)),
        _ => file_name(&l.file),
    }
}

fn file_name(path: &str) -> String {
    std::path::Path::new(path)
        .file_name()
        .map_or_else(|| path.to_owned(), |n| n.to_string_lossy().into_owned())
}

/// `<sha256>:<date>`.
pub fn batch_id(sha256: &str, date: Date) -> String {
    format!("{sha256}:{date}")
}

fn now_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    chrono::DateTime::from_timestamp(secs as i64, 0)
        .map_or_else(String::new, |t| t.format("%Y-%m-%dT%H:%M:%SZ").to_string())
}

fn date(d: Option<Date>) -> String {
    d.map_or_else(String::new, |d| d.to_string())
}

/// Writes `batch` (inside the caller's transaction); `false` when it is there already.
pub(super) fn record(conn: &mut dyn Conn, batch: &Batch) -> Result<bool, DbError> {
    let known = conn.query("SELECT seq FROM batches WHERE id = $1", &[Value::text(&batch.id)])?;
    if !known.is_empty() {
        return Ok(false);
    }
    let seq = conn
        .query("SELECT MAX(seq) FROM batches", &[])?
        .first()
        .and_then(|r| r[0].as_int())
        .unwrap_or(0)
        + 1;
    conn.exec(
        "INSERT INTO batches (id, workbook, sha256, issued_on, recorded_at, seq) VALUES ($1, $2, $3, $4, $5, $6)",
        &[
            Value::text(&batch.id),
            Value::text(&batch.workbook),
            Value::text(&batch.sha256),
            Value::text(&batch.issued_on),
            Value::text(&batch.recorded_at),
            Value::int(seq),
        ],
    )?;
    let clients: Vec<Vec<Value>> = dedup(&batch.clients, |c| c.0.clone())
        .map(|(id, en, zh)| vec![Value::text(id), Value::text(en), Value::opt(zh.as_deref())])
        .collect();
    conn.insert_rows(
        "INSERT INTO clients (id, name_en, name_zh)",
        3,
        &clients,
        "ON CONFLICT (id) DO UPDATE SET name_en = excluded.name_en, name_zh = excluded.name_zh",
    )?;
    let rights: Vec<Vec<Value>> = dedup(&batch.rights, |r| (r.0.clone(), r.1.clone()))
        .map(|(c, id, kind, number)| {
            vec![
                Value::text(c),
                Value::text(id),
                Value::text(kind),
                Value::text(number),
            ]
        })
        .collect();
    conn.insert_rows(
        "INSERT INTO rights (client, id, kind, number)",
        4,
        &rights,
        "ON CONFLICT (client, id) DO UPDATE SET kind = excluded.kind, number = excluded.number",
    )?;
    let listings: Vec<Vec<Value>> = dedup(&batch.listings, |l| (l.client.clone(), l.url.clone()))
        .map(|l| {
            vec![
                Value::text(&l.client),
                Value::text(&l.url),
                Value::text(&l.platform),
                Value::text(super::lookup_key(l.item_key.as_deref(), &l.url)),
                Value::opt(l.item_id.as_deref()),
                Value::opt(l.store.as_deref()),
                Value::opt(l.seller_id.as_deref()),
                Value::opt(l.licence.as_deref()),
                Value::opt(l.contact.as_deref()),
                Value::text(&l.rights),
                Value::text(&batch.id),
                Value::int(i64::from(l.relisted)),
            ]
        })
        .collect();
    conn.insert_rows(
        "INSERT INTO listings (client, url, platform, item_key, item_id, store, seller_id, licence, contact, rights, first_batch, relisted)",
        12,
        &listings,
        "ON CONFLICT (client, url) DO UPDATE SET platform = excluded.platform, item_key = excluded.item_key, \
         item_id = excluded.item_id, store = COALESCE(excluded.store, listings.store), \
         seller_id = COALESCE(excluded.seller_id, listings.seller_id), \
         licence = COALESCE(excluded.licence, listings.licence), \
         contact = COALESCE(excluded.contact, listings.contact), rights = excluded.rights, \
         relisted = CASE WHEN excluded.relisted > listings.relisted THEN excluded.relisted ELSE listings.relisted END",
    )?;
    let documents: Vec<Vec<Value>> = dedup(&batch.documents, |d| (d.client.clone(), d.file.clone()))
        .map(|d| {
            vec![
                Value::text(&batch.id),
                Value::text(&d.client),
                Value::text(&d.file),
                Value::text(&d.kind),
                Value::opt(d.platform.as_deref()),
                Value::opt(d.right_id.as_deref()),
            ]
        })
        .collect();
    conn.insert_rows(
        "INSERT INTO documents (batch, client, file, kind, platform, right_id)",
        6,
        &documents,
        "ON CONFLICT DO NOTHING",
    )?;
    let links: Vec<Vec<Value>> = dedup(&batch.complaint_listings, Clone::clone)
        .map(|(c, f, u)| {
            vec![
                Value::text(&batch.id),
                Value::text(c),
                Value::text(f),
                Value::text(u),
            ]
        })
        .collect();
    conn.insert_rows(
        "INSERT INTO complaint_listings (batch, client, file, url)",
        4,
        &links,
        "ON CONFLICT DO NOTHING",
    )?;
    record_events(conn, batch, seq)?;
    Ok(true)
}

/// The events, and each listing's case moved to its latest event (by the day it happened,
/// then the order recorded).
fn record_events(conn: &mut dyn Conn, batch: &Batch, seq: i64) -> Result<(), DbError> {
    let rows: Vec<Vec<Value>> = batch
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| {
            vec![
                Value::text(&e.client),
                Value::text(&e.url),
                Value::text(e.status.id()),
                Value::text(e.case_no.clone().unwrap_or_default()),
                Value::text(date(e.filed_on)),
                Value::text(date(e.happened_on.or(e.filed_on))),
                Value::opt(e.reason.as_deref()),
                Value::opt(e.reply_by.map(|d| d.to_string()).as_deref()),
                Value::opt(e.art43_by.map(|d| d.to_string()).as_deref()),
                Value::text(&e.source),
                Value::text(&batch.id),
                Value::int((seq << 24) + i as i64),
            ]
        })
        .collect();
    // Events repeated (the same outcome row in two workbooks) are kept once.
    let rows: Vec<Vec<Value>> = dedup(&rows, |r| {
        (
            r[0].clone(),
            r[1].clone(),
            r[2].clone(),
            r[3].clone(),
            r[5].clone(),
        )
    })
    .cloned()
    .collect();
    conn.insert_rows(
        "INSERT INTO events (client, url, status, case_no, filed_on, happened_on, reason, reply_by, art43_by, source, batch, seq)",
        12,
        &rows,
        "ON CONFLICT DO NOTHING",
    )?;
    // Per listing, its latest event of this batch moves its case, unless the case holds a
    // later one.
    let mut latest: BTreeMap<(String, String), &Vec<Value>> = BTreeMap::new();
    for r in &rows {
        let key = (
            r[0].as_text().unwrap_or_default().to_owned(),
            r[1].as_text().unwrap_or_default().to_owned(),
        );
        let newer = latest
            .get(&key)
            .is_none_or(|old| (r[5].as_text(), r[11].as_int()) >= (old[5].as_text(), old[11].as_int()));
        if newer {
            latest.insert(key, r);
        }
    }
    let cases: Vec<Vec<Value>> = latest
        .values()
        .map(|r| {
            vec![
                r[0].clone(),
                r[1].clone(),
                r[2].clone(),
                r[3].clone(),
                r[4].clone(),
                r[5].clone(),
                r[7].clone(),
                r[8].clone(),
                r[11].clone(),
            ]
        })
        .collect();
    conn.insert_rows(
        "INSERT INTO cases (client, url, status, case_no, filed_on, happened_on, reply_by, art43_by, seq)",
        9,
        &cases,
        "ON CONFLICT (client, url) DO UPDATE SET status = excluded.status, case_no = excluded.case_no, \
         filed_on = excluded.filed_on, happened_on = excluded.happened_on, reply_by = excluded.reply_by, \
         art43_by = excluded.art43_by, seq = excluded.seq \
         WHERE excluded.happened_on > cases.happened_on \
         OR (excluded.happened_on = cases.happened_on AND excluded.seq > cases.seq)",
    )?;
    Ok(())
}

/// The items of `rows` with distinct keys, the first of each kept, in order.
fn dedup<T, K: Ord>(rows: &[T], key: impl Fn(&T) -> K) -> impl Iterator<Item = &T> {
    let mut seen = std::collections::BTreeSet::new();
    rows.iter().filter(move |r| seen.insert(key(r)))
}

/// The sha256 of a workbook's bytes; of a CSV folder, of its CSV files' names and bytes.
pub fn digest(path: &std::path::Path) -> std::io::Result<String> {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    if path.is_dir() {
        let mut names: Vec<_> = std::fs::read_dir(path)?
            .flatten()
            .filter(|e| e.path().is_file())
            .map(|e| e.file_name())
            .collect();
        names.sort();
        for name in names {
            hasher.update(name.as_encoded_bytes());
            hasher.update([0]);
            std::io::copy(&mut std::fs::File::open(path.join(&name))?, &mut hasher)?;
        }
    } else {
        std::io::copy(&mut std::fs::File::open(path)?, &mut hasher)?;
    }
    Ok(hasher.finalize().iter().map(|b| format!("{b:02x}")).collect())
}
