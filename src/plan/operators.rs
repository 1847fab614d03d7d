//! The operators behind a client's listings in this batch: stores that show one business
//! licence number or give one contact (the cover letter names them).

use std::collections::{BTreeSet, HashMap};

use crate::model::{contact_key, Listing, Right};

/// Two or more stores of the client's listings that are one operator.
#[derive(Debug, Clone)]
pub struct Operator<'d> {
    /// The licence numbers (folded) two or more of its stores show, each with the first
    /// listing showing it (whose cell prints it).
    pub licences: Vec<(&'d str, &'d Listing)>,
    /// The contacts two or more of its stores give, as the first listing giving it writes it.
    pub contacts: Vec<(&'d str, &'d Listing)>,
    /// Its listings, in sheet order.
    pub listings: Vec<&'d Listing>,
}

/// The operators of these rights' listings, in the order of their first listing.
pub(super) fn operators<'d>(
    rights: &[&Right],
    by_right: &HashMap<&str, Vec<&'d Listing>>,
) -> Vec<Operator<'d>> {
    let mut listings: Vec<&'d Listing> = Vec::new();
    let mut rows = BTreeSet::new();
    for r in rights {
        for &l in by_right.get(r.id.as_str()).into_iter().flatten() {
            if rows.insert(l.source.row) {
                listings.push(l);
            }
        }
    }
    listings.sort_by_key(|l| l.source.row);
    let contacts: Vec<Option<String>> = listings
        .iter()
        .map(|l| l.seller_contact.as_deref().and_then(contact_key))
        .collect();
    crate::model::operator_groups(listings.len(), |i| {
        [listings[i].seller_licence.as_deref(), contacts[i].as_deref()]
    })
    .into_iter()
    .filter_map(|group| {
        let stores: BTreeSet<&str> = group
            .iter()
            .filter_map(|&i| listings[i].store.as_deref())
            .collect();
        if stores.len() < 2 {
            return None;
        }
        let licences = shared(&group, &listings, |i| listings[i].seller_licence.as_deref());
        let contacts = shared(&group, &listings, |i| contacts[i].as_deref());
        Some(Operator {
            licences: licences
                .into_iter()
                .filter_map(|l| Some((l.seller_licence.as_deref()?, l)))
                .collect(),
            contacts: contacts
                .into_iter()
                .filter_map(|l| Some((l.seller_contact.as_deref()?, l)))
                .collect(),
            listings: group.iter().map(|&i| listings[i]).collect(),
        })
    })
    .collect()
}

/// The first listing (by sheet order) giving each key that stores of two names give: what
/// joins them.
fn shared<'d, 'k>(
    group: &[usize],
    listings: &[&'d Listing],
    key: impl Fn(usize) -> Option<&'k str>,
) -> Vec<&'d Listing> {
    let mut firsts: Vec<(usize, BTreeSet<&str>)> = Vec::new();
    let mut slot_of: HashMap<&str, usize> = HashMap::new();
    for &i in group {
        let (Some(k), Some(store)) = (key(i), listings[i].store.as_deref()) else {
            continue;
        };
        let slot = *slot_of.entry(k).or_insert_with(|| {
            firsts.push((i, BTreeSet::new()));
            firsts.len() - 1
        });
        firsts[slot].1.insert(store);
    }
    firsts
        .into_iter()
        .filter(|(_, stores)| stores.len() > 1)
        .map(|(i, _)| listings[i])
        .collect()
}
