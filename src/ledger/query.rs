//! `takedown status` and `takedown history`: what the ledger holds, per listing and operator.

use serde::Serialize;

use super::store::{Conn, DbError, Value};

/// A listing as `status` shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListingStatus {
    /// The canonical link.
    pub url: String,
    pub client: String,
    pub platform: String,
    pub store: Option<String>,
    /// The case's latest status; `drafted` (a complaint written, no outcome yet) or `held`
    /// (no complaint written yet).
    pub status: String,
    pub case_no: Option<String>,
    /// How many complaint documents were ever written naming it.
    pub complaints: i64,
    pub relisted: bool,
    /// A counter-notice's reply and art. 43 dates, while it is open.
    pub reply_by: Option<String>,
    pub art43_by: Option<String>,
    /// The seller's licence number (folded), when the workbook gave one.
    pub licence: Option<String>,
    /// The issue date of the batch that first held it.
    pub found_on: Option<String>,
    /// The case's filing date and latest event's date.
    pub filed_on: Option<String>,
    pub happened_on: Option<String>,
    /// When the platform first removed it.
    pub removed_on: Option<String>,
}

/// What `status` prints.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Status {
    pub batches: i64,
    pub listings: Vec<ListingStatus>,
    pub operators: Vec<super::Operator>,
}

impl Status {
    /// Only the listings first found (the issue date of the batch that first held them) from
    /// `from` to `to`, both included (`YYYY-MM-DD`; either open).
    pub fn within(mut self, from: Option<&str>, to: Option<&str>) -> Status {
        self.listings.retain(|l| {
            let day = l.found_on.as_deref().unwrap_or("");
            from.is_none_or(|f| day >= f) && to.is_none_or(|t| day <= t)
        });
        self
    }
}

/// One event of a listing, for `history`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HistoryEvent {
    pub client: String,
    pub url: String,
    pub store: Option<String>,
    pub status: String,
    pub case_no: Option<String>,
    pub filed_on: Option<String>,
    pub on: Option<String>,
    pub reason: Option<String>,
    /// The batch that recorded it: its issue date and workbook.
    pub issued_on: String,
    pub workbook: String,
}

/// A complaint document that named the listing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HistoryComplaint {
    pub client: String,
    pub url: String,
    pub file: String,
    pub issued_on: String,
    pub workbook: String,
}

/// What `history URL|STORE` prints.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct History {
    pub key: String,
    pub listings: Vec<ListingStatus>,
    pub complaints: Vec<HistoryComplaint>,
    pub events: Vec<HistoryEvent>,
}

fn text(v: &Value) -> Option<String> {
    v.as_text().filter(|t| !t.is_empty()).map(str::to_owned)
}

const LISTING_COLUMNS: &str = "SELECT l.url, l.client, l.platform, l.store, c.status, c.case_no, \
     (SELECT COUNT(*) FROM complaint_listings cl WHERE cl.client = l.client AND cl.url = l.url), \
     l.relisted, c.reply_by, c.art43_by, l.licence, b.issued_on, c.filed_on, c.happened_on, \
     (SELECT MIN(e.happened_on) FROM events e WHERE e.client = l.client AND e.url = l.url AND e.status = 'removed') \
     FROM listings l LEFT JOIN cases c ON c.client = l.client AND c.url = l.url \
     LEFT JOIN batches b ON b.id = l.first_batch";

fn listing_rows(rows: &[Vec<Value>]) -> Vec<ListingStatus> {
    rows.iter()
        .map(|r| {
            let complaints = r[6].as_int().unwrap_or(0);
            let status =
                text(&r[4]).unwrap_or_else(|| if complaints > 0 { "drafted" } else { "held" }.to_owned());
            let open = status == "counter-noticed";
            ListingStatus {
                url: text(&r[0]).unwrap_or_default(),
                client: text(&r[1]).unwrap_or_default(),
                platform: text(&r[2]).unwrap_or_default(),
                store: text(&r[3]),
                status,
                case_no: text(&r[5]),
                complaints,
                relisted: r[7].as_int().unwrap_or(0) != 0,
                reply_by: text(&r[8]).filter(|_| open),
                art43_by: text(&r[9]).filter(|_| open),
                licence: text(&r[10]),
                found_on: text(&r[11]),
                filed_on: text(&r[12]).filter(|d| !d.is_empty()),
                happened_on: text(&r[13]).filter(|d| !d.is_empty()),
                removed_on: text(&r[14]).filter(|d| !d.is_empty()),
            }
        })
        .collect()
}

pub(super) fn status(conn: &mut dyn Conn, client: Option<&str>) -> Result<Status, DbError> {
    let batches = conn
        .query("SELECT COUNT(*) FROM batches", &[])?
        .first()
        .and_then(|r| r[0].as_int())
        .unwrap_or(0);
    let rows = match client {
        Some(c) => conn.query(
            &format!("{LISTING_COLUMNS} WHERE l.client = $1 ORDER BY l.client, l.url"),
            &[Value::text(c)],
        )?,
        None => conn.query(&format!("{LISTING_COLUMNS} ORDER BY l.client, l.url"), &[])?,
    };
    let listings = listing_rows(&rows);
    let operators = super::operators::operators(conn, client)?;
    Ok(Status {
        batches,
        listings,
        operators,
    })
}

/// Everything about a listing (given by link) or a store (given by name or seller id).
pub(super) fn history(conn: &mut dyn Conn, key: &str) -> Result<History, DbError> {
    // A link finds its listing; anything else (or a link the ledger lacks), a store.
    let mut rows = match crate::model::canonicalize(key) {
        Ok(c) => conn.query(
            &format!("{LISTING_COLUMNS} WHERE l.item_key = $1 ORDER BY l.client, l.url"),
            &[Value::text(super::lookup_key(
                super::item_key(&c.url).as_deref(),
                &c.url,
            ))],
        )?,
        Err(_) => Vec::new(),
    };
    if rows.is_empty() {
        rows = conn.query(
            &format!("{LISTING_COLUMNS} WHERE l.store = $1 OR l.seller_id = $2 ORDER BY l.client, l.url"),
            &[Value::text(key), Value::text(key)],
        )?;
    }
    let listings = listing_rows(&rows);
    let mut complaints = Vec::new();
    let mut events = Vec::new();
    for l in &listings {
        let args = [Value::text(&l.client), Value::text(&l.url)];
        for r in conn.query(
            "SELECT cl.file, b.issued_on, b.workbook FROM complaint_listings cl JOIN batches b ON b.id = cl.batch \
             WHERE cl.client = $1 AND cl.url = $2 ORDER BY b.seq, cl.file",
            &args,
        )? {
            complaints.push(HistoryComplaint {
                client: l.client.clone(),
                url: l.url.clone(),
                file: text(&r[0]).unwrap_or_default(),
                issued_on: text(&r[1]).unwrap_or_default(),
                workbook: text(&r[2]).unwrap_or_default(),
            });
        }
        for r in conn.query(
            "SELECT e.status, e.case_no, e.filed_on, e.happened_on, e.reason, b.issued_on, b.workbook \
             FROM events e JOIN batches b ON b.id = e.batch \
             WHERE e.client = $1 AND e.url = $2 ORDER BY e.happened_on, e.seq",
            &args,
        )? {
            events.push(HistoryEvent {
                client: l.client.clone(),
                url: l.url.clone(),
                store: l.store.clone(),
                status: text(&r[0]).unwrap_or_default(),
                case_no: text(&r[1]),
                filed_on: text(&r[2]),
                on: text(&r[3]),
                reason: text(&r[4]),
                issued_on: text(&r[5]).unwrap_or_default(),
                workbook: text(&r[6]).unwrap_or_default(),
            });
        }
    }
    Ok(History {
        key: key.to_owned(),
        listings,
        complaints,
        events,
    })
}

/// One link of a complaint of a client's latest batch, with what a platform's batch
/// complaint form asks of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Filed {
    pub batch_issued_on: String,
    pub file: String,
    /// The platform profile (`alibaba-ipp`).
    pub profile: String,
    pub right_id: Option<String>,
    pub right_kind: Option<String>,
    pub right_number: Option<String>,
    pub url: String,
    pub item_id: Option<String>,
    pub store: Option<String>,
}

/// The links of every complaint of `client`'s latest batch, by complaint and link.
pub(super) fn latest_complaints(conn: &mut dyn Conn, client: &str) -> Result<Vec<Filed>, DbError> {
    let rows = conn.query(
        "SELECT b.issued_on, d.file, d.platform, d.right_id, r.kind, r.number, cl.url, l.item_id, l.store \
         FROM documents d \
         JOIN batches b ON b.id = d.batch \
         JOIN complaint_listings cl ON cl.batch = d.batch AND cl.client = d.client AND cl.file = d.file \
         LEFT JOIN listings l ON l.client = cl.client AND l.url = cl.url \
         LEFT JOIN rights r ON r.client = d.client AND r.id = d.right_id \
         WHERE d.client = $1 AND d.kind = 'complaint' AND d.platform IS NOT NULL AND d.batch = \
           (SELECT id FROM batches WHERE id IN (SELECT batch FROM documents WHERE client = $1 AND kind = 'complaint') \
            ORDER BY seq DESC LIMIT 1)",
        &[Value::text(client)],
    )?;
    let mut out: Vec<Filed> = rows
        .iter()
        .map(|r| Filed {
            batch_issued_on: text(&r[0]).unwrap_or_default(),
            file: text(&r[1]).unwrap_or_default(),
            profile: text(&r[2]).unwrap_or_default(),
            right_id: text(&r[3]),
            right_kind: text(&r[4]),
            right_number: text(&r[5]),
            url: text(&r[6]).unwrap_or_default(),
            item_id: text(&r[7]),
            store: text(&r[8]),
        })
        .collect();
    // Sorted here: the databases' collations differ.
    out.sort_by(|a, b| (&a.profile, &a.file, &a.url).cmp(&(&b.profile, &b.file, &b.url)));
    Ok(out)
}
