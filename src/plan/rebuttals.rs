//! The rebuttals of one client: an answer to each counter-notice against a listing its
//! complaints name, with its file name and whether the PRC E-Commerce Law governs it.

use std::collections::HashMap;

use super::names::{host, safe_name, unique};
use super::{Complaint, Rebuttal};
use crate::diag::Diagnostic;
use crate::model::{Client, Docket, Listing, Right};
use crate::platform::{Channel, Profiles};

/// The rebuttals of one client: a counter-notice against a listing of its complaints gets
/// one; against a listing of its rights whose complaint is not written, a warning.
pub(super) fn rebuttals<'d>(
    docket: &'d Docket,
    by_row: &HashMap<u32, &'d Listing>,
    (client, rights): (&Client, &[&Right]),
    complaints: &[Complaint<'d>],
    profiles: &'d Profiles,
    notes: &mut Vec<Diagnostic>,
) -> Vec<Rebuttal<'d>> {
    let mut out: Vec<Rebuttal> = Vec::new();
    if docket.counter_notices.is_empty() {
        return out;
    }
    // Listing row → the complaints naming it.
    let mut naming: HashMap<u32, Vec<usize>> = HashMap::new();
    for (i, c) in complaints.iter().enumerate() {
        for l in &c.listings {
            let list = naming.entry(l.source.row).or_default();
            if list.last() != Some(&i) {
                list.push(i);
            }
        }
    }
    let mut files: Vec<String> = Vec::new();
    for notice in &docket.counter_notices {
        let Some(&listing) = by_row.get(&notice.listing_row) else {
            continue;
        };
        let Some(answered) = naming.get(&listing.source.row) else {
            let ours = rights.iter().any(|r| listing.right_ids.contains(&r.id));
            if ours {
                notes.push(Diagnostic::warning(
                    notice.location.clone(),
                    format!(
                        "no complaint of client \"{}\" names {} (it is not written); no rebuttal is made for this counter-notice",
                        client.id, listing.url
                    ),
                ));
            }
            continue;
        };
        let subject = listing
            .item_id
            .as_deref()
            .map_or_else(|| format!("row{}", listing.source.row), safe_name);
        let profile = profiles.of(listing.platform);
        let site = match profile.channel {
            Channel::Letter => safe_name(&host(&listing.url)),
            Channel::Portal => listing.platform.id().to_owned(),
        };
        let name = unique(&format!("rebuttal-{site}-{subject}"), &files);
        files.push(name.clone());
        let prc = match profile.channel {
            Channel::Portal => true,
            Channel::Letter => answered
                .iter()
                .any(|&i| complaints[i].market.as_ref().is_some_and(|m| m.in_china())),
        };
        out.push(Rebuttal {
            notice,
            listing,
            profile,
            complaints: answered.clone(),
            file: format!("{name}.pdf"),
            prc,
        });
    }
    out
}
