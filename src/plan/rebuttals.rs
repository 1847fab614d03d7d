//! The rebuttals of one client: an answer to each counter-notice against a listing of its
//! rights, with its file name and whether the PRC E-Commerce Law governs it. A rebuttal
//! answers a complaint filed before (named by the platform's case number), never one of this
//! build: a listing in dispute gets no new complaint.

use std::collections::HashMap;

use super::names::{host, safe_name, unique};
use super::{sites, Rebuttal};
use crate::model::{Docket, Listing, Right};
use crate::platform::{Channel, Profiles};

/// The rebuttals of a client holding `rights`: one per counter-notice against a listing
/// naming one of them, in sheet order.
pub(super) fn rebuttals<'d>(
    docket: &'d Docket,
    by_row: &HashMap<u32, &'d Listing>,
    rights: &[&'d Right],
    (profiles, litigation): (&'d Profiles, bool),
) -> Vec<Rebuttal<'d>> {
    let mut out: Vec<Rebuttal> = Vec::new();
    let mut files: Vec<String> = Vec::new();
    for notice in &docket.counter_notices {
        let Some(&listing) = by_row.get(&notice.listing_row) else {
            continue;
        };
        let named: Vec<&Right> = rights
            .iter()
            .copied()
            .filter(|r| listing.right_ids.contains(&r.id))
            .collect();
        if named.is_empty() {
            continue;
        }
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
        let art43_notice = (notice.action.is_some() && notice.action_filed_on.is_some()).then(|| {
            let name = unique(&format!("art43-notice-{site}-{subject}"), &files);
            files.push(name.clone());
            format!("{name}.pdf")
        });
        let prc = match profile.channel {
            Channel::Portal => true,
            Channel::Letter => {
                sites::market(&host(&listing.url), &[listing], &profile.china_hosts).in_china()
            }
        };
        let special_poa = (litigation && prc && art43_notice.is_none()).then(|| {
            let name = unique(&format!("special-poa-{site}-{subject}"), &files);
            files.push(name.clone());
            format!("{name}.pdf")
        });
        out.push(Rebuttal {
            notice,
            listing,
            profile,
            rights: named,
            file: format!("{name}.pdf"),
            art43_notice,
            special_poa,
            prc,
        });
    }
    out
}
