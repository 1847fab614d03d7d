//! What a build reads from the ledger before it plans: each listing's case (is it in dispute,
//! is its complaint still pending?) and the earlier notices of an item or a store, which a new
//! complaint against a re-listed link cites.

use std::collections::HashMap;

use super::store::{Conn, DbError, Value};
use crate::model::{parse_date, Date, Listing, Status};

/// A listing's case as the ledger last heard of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Case {
    pub status: Status,
    pub case_no: Option<String>,
    pub filed_on: Option<Date>,
    /// When the latest event happened (decision, counter-notice, filing).
    pub happened_on: Option<Date>,
    /// The row that reported it.
    pub source: String,
}

impl Case {
    /// True while the platform has not decided: a complaint filed, or a counter-notice
    /// answered. Another complaint against the listing meanwhile is 重复投诉.
    pub fn is_open(&self) -> bool {
        matches!(self.status, Status::Filed | Status::CounterNoticed)
    }
}

/// Why an earlier notice concerns a listing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Via {
    /// The same item (or link).
    Item,
    /// Another listing of the same store, for the same right.
    Store,
}

/// An earlier complaint the platform received: the listing, its case number, when it was
/// filed and what became of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub url: String,
    pub item_id: Option<String>,
    pub store: Option<String>,
    pub case_no: Option<String>,
    pub filed_on: Option<Date>,
    /// Its latest status, and when that happened.
    pub status: Status,
    pub decided_on: Option<Date>,
    pub via: Via,
    /// The row that reported its latest status: `outcomes.xlsx: 处理结果!A3`.
    pub source: String,
}

/// What the ledger keeps of a listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts {
    pub url: String,
    pub item_key: Option<String>,
    pub item_id: Option<String>,
    pub platform: String,
    pub store: Option<String>,
    pub rights: Vec<String>,
}

impl Facts {
    pub fn of(l: &Listing) -> Facts {
        Facts {
            url: l.url.clone(),
            item_key: super::item_key(&l.url),
            item_id: l.item_id.clone(),
            platform: l.platform.id().to_owned(),
            store: l.store.clone(),
            rights: l.right_ids.clone(),
        }
    }
}

/// One event of the ledger with its listing's facts.
#[derive(Debug, Clone)]
struct Known {
    url: String,
    item_key: Option<String>,
    item_id: Option<String>,
    platform: String,
    store: Option<String>,
    rights: Vec<String>,
    status: Status,
    case_no: Option<String>,
    filed_on: Option<Date>,
    happened_on: Option<Date>,
    seq: i64,
    source: String,
}

/// One client's events, found by item (or link) and by store; each list in the order the
/// events happened.
#[derive(Debug, Clone, Default)]
struct Events {
    by_item: HashMap<String, Vec<Known>>,
    by_store: HashMap<(String, String), Vec<Known>>,
}

impl Events {
    fn push(&mut self, k: Known) {
        if let Some(store) = &k.store {
            self.by_store
                .entry((k.platform.clone(), store.clone()))
                .or_default()
                .push(k.clone());
        }
        self.by_item
            .entry(super::lookup_key(k.item_key.as_deref(), &k.url))
            .or_default()
            .push(k);
    }

    fn sort(&mut self) {
        for list in self.by_item.values_mut().chain(self.by_store.values_mut()) {
            list.sort_by_key(|k| (k.happened_on, k.seq));
        }
    }
}

/// What the ledger knows of some clients, before one batch.
#[derive(Debug, Clone, Default)]
pub struct Memory {
    events: HashMap<String, Events>,
    /// How many events [`Memory::add`] added: they come after every recorded one.
    added: i64,
}

impl Memory {
    /// Adds this workbook's own outcomes (they happened before the workbook is planned):
    /// each about the listing `facts` of a client.
    pub fn add(&mut self, outcomes: Vec<(String, Facts, super::Event)>) {
        let mut touched = Vec::new();
        for (client, facts, event) in outcomes {
            self.added += 1;
            self.events.entry(client.clone()).or_default().push(Known {
                url: event.url,
                item_key: facts.item_key,
                item_id: facts.item_id,
                platform: facts.platform,
                store: facts.store,
                rights: facts.rights,
                status: event.status,
                case_no: event.case_no,
                filed_on: event.filed_on,
                happened_on: event.happened_on.or(event.filed_on),
                seq: i64::MAX - 1_000_000 + self.added,
                source: event.source,
            });
            touched.push(client);
        }
        touched.sort();
        touched.dedup();
        for client in touched {
            if let Some(events) = self.events.get_mut(&client) {
                events.sort();
            }
        }
    }

    /// The listing's case: its latest event.
    pub fn case(&self, client: &str, url: &str) -> Option<Case> {
        let key = super::lookup_key(super::item_key(url).as_deref(), url);
        let known = self
            .events
            .get(client)?
            .by_item
            .get(&key)?
            .iter()
            .rev()
            .find(|k| k.url == url)?;
        Some(Case {
            status: known.status,
            case_no: known.case_no.clone(),
            filed_on: known.filed_on,
            happened_on: known.happened_on,
            source: known.source.clone(),
        })
    }

    /// The earlier notices that concern `listing` of `client`, filed first first: every
    /// complaint about the same item or link, and the removed ones about another listing of
    /// the same store for one of `rights`. Each case once, with its latest status.
    pub fn notices(&self, client: &str, listing: &Listing, rights: &[&str]) -> Vec<Notice> {
        let Some(events) = self.events.get(client) else {
            return Vec::new();
        };
        let key = super::lookup_key(super::item_key(&listing.url).as_deref(), &listing.url);
        let same_item = events
            .by_item
            .get(&key)
            .into_iter()
            .flatten()
            .map(|k| (k, Via::Item));
        let same_store = listing
            .store
            .as_ref()
            .and_then(|store| {
                events
                    .by_store
                    .get(&(listing.platform.id().to_owned(), store.clone()))
            })
            .into_iter()
            .flatten()
            .filter(|k| super::lookup_key(k.item_key.as_deref(), &k.url) != key)
            .filter(|k| k.rights.iter().any(|r| rights.contains(&r.as_str())))
            .map(|k| (k, Via::Store));
        let mut found: Vec<(&Known, Via)> = same_item.chain(same_store).collect();
        found.sort_by_key(|(k, _)| (k.happened_on, k.seq));
        let mut cases: Vec<(String, &Known, Via)> = Vec::new();
        for (k, via) in found {
            // A case is one complaint: its number, else its link and filing day.
            let id = match &k.case_no {
                Some(no) => format!("no:{no}"),
                None => format!("url:{}|{:?}", k.url, k.filed_on),
            };
            match cases.iter_mut().find(|(i, ..)| *i == id) {
                Some(entry) => {
                    entry.1 = k;
                    entry.2 = entry.2.min(via);
                }
                None => cases.push((id, k, via)),
            }
        }
        let mut out: Vec<Notice> = cases
            .into_iter()
            // Only a complaint the platform received is a notice: it has a number or a date.
            .filter(|(_, k, _)| k.case_no.is_some() || k.filed_on.is_some())
            .filter(|(_, k, via)| *via == Via::Item || k.status == Status::Removed)
            .map(|(_, k, via)| Notice {
                url: k.url.clone(),
                item_id: k.item_id.clone(),
                store: k.store.clone(),
                case_no: k.case_no.clone(),
                filed_on: k.filed_on,
                status: k.status,
                decided_on: k.happened_on.filter(|_| k.status != Status::Filed),
                via,
                source: k.source.clone(),
            })
            .collect();
        out.sort_by(|a, b| (a.filed_on, &a.case_no, &a.url).cmp(&(b.filed_on, &b.case_no, &b.url)));
        out
    }
}

fn text(v: &Value) -> Option<String> {
    v.as_text().filter(|t| !t.is_empty()).map(str::to_owned)
}

fn day(v: &Value) -> Option<Date> {
    v.as_text().and_then(parse_date)
}

/// Reads the events of `clients`' listings, `batch`'s own left out.
pub(super) fn load(conn: &mut dyn Conn, clients: &[&str], batch: &str) -> Result<Memory, DbError> {
    let mut memory = Memory::default();
    for &client in clients {
        let rows = conn.query(
            "SELECT e.url, l.item_key, l.item_id, l.platform, l.store, l.rights, e.status, e.case_no, \
             e.filed_on, e.happened_on, e.seq, e.source \
             FROM events e JOIN listings l ON l.client = e.client AND l.url = e.url \
             WHERE e.client = $1 AND e.batch <> $2",
            &[Value::text(client), Value::text(batch)],
        )?;
        let list: Vec<Known> = rows
            .iter()
            .filter_map(|r| {
                Some(Known {
                    url: r[0].as_text()?.to_owned(),
                    item_key: text(&r[1]).filter(|k| !k.contains("://")),
                    item_id: text(&r[2]),
                    platform: r[3].as_text()?.to_owned(),
                    store: text(&r[4]),
                    rights: r[5].as_text()?.split(',').map(str::to_owned).collect(),
                    status: Status::from_text(r[6].as_text()?)?,
                    case_no: text(&r[7]),
                    filed_on: day(&r[8]),
                    happened_on: day(&r[9]),
                    seq: r[10].as_int()?,
                    source: r[11].as_text()?.to_owned(),
                })
            })
            .collect();
        if !list.is_empty() {
            let mut events = Events::default();
            for k in list {
                events.push(k);
            }
            events.sort();
            memory.events.insert(client.to_owned(), events);
        }
    }
    Ok(memory)
}

/// For each (item key, canonical link): the clients and facts of the ledger's listings with
/// that item key or link.
pub(super) fn owners(
    conn: &mut dyn Conn,
    keys: &[(Option<String>, String)],
) -> Result<Vec<Vec<(String, Facts)>>, DbError> {
    const COLUMNS: &str = "SELECT client, url, item_key, item_id, platform, store, rights FROM listings";
    keys.iter()
        .map(|(key, url)| {
            let rows = conn.query(
                &format!("{COLUMNS} WHERE item_key = $1 ORDER BY client, url"),
                &[Value::text(super::lookup_key(key.as_deref(), url))],
            )?;
            Ok(rows
                .iter()
                .filter_map(|r| {
                    Some((
                        r[0].as_text()?.to_owned(),
                        Facts {
                            url: r[1].as_text()?.to_owned(),
                            item_key: text(&r[2]).filter(|k| !k.contains("://")),
                            item_id: text(&r[3]),
                            platform: r[4].as_text()?.to_owned(),
                            store: text(&r[5]),
                            rights: r[6].as_text()?.split(',').map(str::to_owned).collect(),
                        },
                    ))
                })
                .collect())
        })
        .collect()
}
