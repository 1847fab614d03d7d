//! Operators: the stores behind one business licence number or one contact, across clients
//! and batches. Two listings are one operator's when they show the same licence or give the
//! same contact, and so on through the chain (store A and B share a licence, B and C a
//! telephone number: one operator).

use std::collections::BTreeSet;

use serde::Serialize;

use super::store::{Conn, DbError, Value};

/// Stores behind one licence number or contact: one operator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Operator {
    /// The first of its licence numbers (folded), when it has one.
    pub licence: Option<String>,
    /// Every licence number its listings show, sorted.
    pub licences: Vec<String>,
    /// Every contact its listings give, as matched (an email in lower case, a telephone number
    /// as its digits without the country code).
    pub contacts: Vec<String>,
    pub stores: Vec<String>,
    pub listings: i64,
    pub clients: Vec<String>,
}

/// A listing as operators are found from: its client, store and keys.
struct Keyed {
    client: String,
    url: String,
    store: Option<String>,
    licence: Option<String>,
    contact: Option<String>,
}

const COLUMNS: &str = "SELECT client, url, store, licence, contact FROM listings";

/// How many keys one statement asks for (far below SQLite's and PostgreSQL's parameter limits).
const CHUNK: usize = 500;

/// The operators of one client's listings (their chains may run through other clients'), or of
/// the whole ledger; the largest first.
pub(super) fn operators(conn: &mut dyn Conn, client: Option<&str>) -> Result<Vec<Operator>, DbError> {
    let rows = match client {
        None => keyed(conn.query(
            &format!("{COLUMNS} WHERE licence IS NOT NULL OR contact IS NOT NULL"),
            &[],
        )?),
        Some(c) => chained(conn, c)?,
    };
    let mut groups = components(&rows);
    if let Some(c) = client {
        groups.retain(|g| g.clients.iter().any(|x| x == c));
    }
    groups.sort_by(|a, b| {
        (b.listings, b.stores.len(), &a.licences, &a.contacts).cmp(&(
            a.listings,
            a.stores.len(),
            &b.licences,
            &b.contacts,
        ))
    });
    Ok(groups)
}

fn keyed(rows: Vec<Vec<Value>>) -> Vec<Keyed> {
    let text = |v: &Value| v.as_text().filter(|t| !t.is_empty()).map(str::to_owned);
    rows.iter()
        .map(|r| Keyed {
            client: text(&r[0]).unwrap_or_default(),
            url: text(&r[1]).unwrap_or_default(),
            store: text(&r[2]),
            licence: text(&r[3]),
            contact: text(&r[4]),
        })
        .collect()
}

/// The client's keyed listings and every listing reachable from them through a shared licence
/// or contact: asked for round by round with the keys the last round found, until no new key.
fn chained(conn: &mut dyn Conn, client: &str) -> Result<Vec<Keyed>, DbError> {
    let mut rows = keyed(conn.query(
        &format!(
            "{COLUMNS} WHERE licence IN (SELECT licence FROM listings WHERE client = $1) \
             OR contact IN (SELECT contact FROM listings WHERE client = $1)"
        ),
        &[Value::text(client)],
    )?);
    let mut seen: BTreeSet<(String, String)> =
        rows.iter().map(|r| (r.client.clone(), r.url.clone())).collect();
    // The keys asked for: the client's own, in the first statement.
    let own = rows.iter().filter(|r| r.client == client);
    let mut licences: BTreeSet<String> = own.clone().filter_map(|r| r.licence.clone()).collect();
    let mut contacts: BTreeSet<String> = own.filter_map(|r| r.contact.clone()).collect();
    let mut from = 0;
    while from < rows.len() {
        let fresh = &rows[from..];
        let new_licences: Vec<String> = fresh
            .iter()
            .filter_map(|r| r.licence.clone())
            .filter(|l| licences.insert(l.clone()))
            .collect();
        let new_contacts: Vec<String> = fresh
            .iter()
            .filter_map(|r| r.contact.clone())
            .filter(|c| contacts.insert(c.clone()))
            .collect();
        from = rows.len();
        for (column, keys) in [("licence", new_licences), ("contact", new_contacts)] {
            for chunk in keys.chunks(CHUNK) {
                let marks: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
                let params: Vec<Value> = chunk.iter().map(Value::text).collect();
                let found = conn.query(
                    &format!("{COLUMNS} WHERE {column} IN ({})", marks.join(", ")),
                    &params,
                )?;
                rows.extend(
                    keyed(found)
                        .into_iter()
                        .filter(|r| seen.insert((r.client.clone(), r.url.clone()))),
                );
            }
        }
    }
    Ok(rows)
}

/// The listings joined by shared keys, as operators: only groups of two or more stores or
/// clients (one store under its own licence is a seller, not a network).
fn components(rows: &[Keyed]) -> Vec<Operator> {
    crate::model::operator_groups(rows.len(), |i| {
        [rows[i].licence.as_deref(), rows[i].contact.as_deref()]
    })
    .into_iter()
    .filter_map(|group| {
        let members: Vec<&Keyed> = group.into_iter().map(|i| &rows[i]).collect();
        let stores: BTreeSet<&str> = members.iter().filter_map(|r| r.store.as_deref()).collect();
        let clients: BTreeSet<&str> = members.iter().map(|r| r.client.as_str()).collect();
        if stores.len() < 2 && clients.len() < 2 {
            return None;
        }
        let licences: BTreeSet<&str> = members.iter().filter_map(|r| r.licence.as_deref()).collect();
        let contacts: BTreeSet<&str> = members.iter().filter_map(|r| r.contact.as_deref()).collect();
        Some(Operator {
            licence: licences.first().map(|l| (*l).to_owned()),
            licences: licences.into_iter().map(str::to_owned).collect(),
            contacts: contacts.into_iter().map(str::to_owned).collect(),
            stores: stores.into_iter().map(str::to_owned).collect(),
            listings: members.len() as i64,
            clients: clients.into_iter().map(str::to_owned).collect(),
        })
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(client: &str, url: &str, store: &str, licence: Option<&str>, contact: Option<&str>) -> Keyed {
        Keyed {
            client: client.into(),
            url: url.into(),
            store: Some(store.into()),
            licence: licence.map(Into::into),
            contact: contact.map(Into::into),
        }
    }

    #[test]
    fn a_licence_and_a_contact_chain_three_stores_into_one_operator() {
        let rows = [
            row("C1", "a", "A", Some("L1"), None),
            row("C1", "b", "B", Some("L1"), Some("2038881808")),
            row("C2", "c", "C", None, Some("2038881808")),
            row("C2", "d", "D", Some("L2"), None),
            row("C2", "e", "E", None, Some("x@y.cn")),
        ];
        let ops = components(&rows);
        assert_eq!(
            ops,
            [Operator {
                licence: Some("L1".into()),
                licences: vec!["L1".into()],
                contacts: vec!["2038881808".into()],
                stores: vec!["A".into(), "B".into(), "C".into()],
                listings: 3,
                clients: vec!["C1".into(), "C2".into()],
            }]
        );
    }
}
