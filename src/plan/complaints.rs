//! The complaints and notice letters of one client: its listings grouped per platform profile
//! and IP right (letters: per independent site, covering every right they infringe), each
//! split at the profile's links-per-complaint limit into numbered parts with their file names.

use std::collections::BTreeMap;

use super::names::{host, safe_name, unique};
use super::{sites, Complaint, Lacks, Market, Withheld};
use crate::model::{Listing, Platform, Right};
use crate::platform::{Channel, EvaluationReport, Profile, Profiles};

/// The complaints and letters of a client's `rights`; `named[i]` are the listings naming
/// `rights[i]`, in sheet order.
pub(super) fn complaints<'d>(
    rights: &[&'d Right],
    named: &[Vec<&'d Listing>],
    profiles: &'d Profiles,
) -> (Vec<Complaint<'d>>, Vec<Withheld<'d>>) {
    let mut out = Vec::new();
    let mut withheld = Vec::new();
    let mut files: Vec<String> = Vec::new();
    for (&right, listings) in rights.iter().zip(named) {
        // Profile index → listings, in profile order then first appearance.
        let mut groups: BTreeMap<usize, Vec<&Listing>> = BTreeMap::new();
        for &listing in listings {
            let profile = profiles.of(listing.platform);
            if profile.channel == Channel::Letter {
                continue;
            }
            let index = profiles
                .all()
                .iter()
                .position(|p| p.id == profile.id)
                .unwrap_or(0);
            groups.entry(index).or_default().push(listing);
        }
        for (index, group) in groups {
            let profile = &profiles.all()[index];
            let lacks = if needs_report(profile, right) {
                Some(Lacks::EvaluationReport)
            } else if right.certificate.is_empty()
                && !right.on_file.iter().any(|&p| profiles.of(p).id == profile.id)
            {
                Some(Lacks::Certificate)
            } else {
                None
            };
            if let Some(lacks) = lacks {
                withheld.push(Withheld {
                    profile,
                    right,
                    listings: group.len(),
                    lacks,
                });
                continue;
            }
            let stem = format!("complaint-{}-{}", profile.id, safe_name(&right.id));
            let each = vec![vec![right]; group.len()];
            let planned = Planned {
                profile,
                rights: vec![right],
                site: None,
                market: None,
            };
            split(&planned, &stem, &group, &each, &mut files, &mut out);
        }
    }
    // Every listing naming one of the rights, once, in sheet order.
    let mut all: Vec<&Listing> = named.iter().flatten().copied().collect();
    all.sort_by_key(|l| l.source.row);
    all.dedup_by_key(|l| l.source.row);
    letters(rights, &all, profiles, &mut files, &mut out);
    (out, withheld)
}

/// What the parts of one complaint or letter share.
struct Planned<'d> {
    profile: &'d Profile,
    rights: Vec<&'d Right>,
    site: Option<String>,
    market: Option<Market>,
}

/// Splits a complaint's listings at the profile's limit into numbered parts.
fn split<'d>(
    planned: &Planned<'d>,
    stem: &str,
    group: &[&'d Listing],
    each: &[Vec<&'d Right>],
    files: &mut Vec<String>,
    out: &mut Vec<Complaint<'d>>,
) {
    let profile = planned.profile;
    let limit = profile.links_per_complaint.max(1);
    let parts = group.len().div_ceil(limit);
    let mut platforms: Vec<Platform> = group.iter().map(|l| l.platform).collect();
    platforms.sort();
    platforms.dedup();
    for (i, (chunk, rights)) in group.chunks(limit).zip(each.chunks(limit)).enumerate() {
        let name = if parts > 1 {
            format!("{stem}-{}", i + 1)
        } else {
            stem.to_owned()
        };
        let name = unique(&name, files);
        files.push(name.clone());
        out.push(Complaint {
            profile,
            right: planned.rights[0],
            rights: planned.rights.clone(),
            listing_rights: rights.to_vec(),
            site: planned.site.clone(),
            market: planned.market.clone(),
            platforms: platforms.clone(),
            part: i + 1,
            parts,
            first: i * limit + 1,
            total: group.len(),
            listings: chunk.to_vec(),
            file: format!("{name}.pdf"),
        });
    }
}

/// One notice letter per independent site the client's listings are on, covering every right
/// they infringe: for each listing the rights registered where the site trades when it names
/// any, else all it names.
fn letters<'d>(
    rights: &[&'d Right],
    listings: &[&'d Listing],
    profiles: &'d Profiles,
    files: &mut Vec<String>,
    out: &mut Vec<Complaint<'d>>,
) {
    // Host → (profile, listings), in order of first appearance.
    let mut sites: Vec<(String, &Profile, Vec<&Listing>)> = Vec::new();
    for &listing in listings {
        let profile = profiles.of(listing.platform);
        if profile.channel != Channel::Letter {
            continue;
        }
        let site = host(&listing.url);
        match sites
            .iter_mut()
            .find(|(s, p, _)| *s == site && p.id == profile.id)
        {
            Some((_, _, group)) => group.push(listing),
            None => sites.push((site, profile, vec![listing])),
        }
    }
    for (site, profile, group) in sites {
        let market = sites::market(&site, &group, &profile.china_hosts);
        let each: Vec<Vec<&Right>> = group
            .iter()
            .map(|l| {
                let named: Vec<&Right> = rights
                    .iter()
                    .copied()
                    .filter(|r| l.right_ids.contains(&r.id))
                    .collect();
                let local: Vec<&Right> = named
                    .iter()
                    .copied()
                    .filter(|r| sites::covers(r, &market))
                    .collect();
                if local.is_empty() {
                    named
                } else {
                    local
                }
            })
            .collect();
        let relied: Vec<&Right> = rights
            .iter()
            .copied()
            .filter(|r| each.iter().any(|e| e.iter().any(|x| x.id == r.id)))
            .collect();
        let stem = format!("letter-{}", safe_name(&site));
        let planned = Planned {
            profile,
            rights: relied,
            site: Some(site),
            market: Some(market),
        };
        split(&planned, &stem, &group, &each, files, out);
    }
}

/// Whether `profile` requires the CNIPA evaluation report that `right` lacks.
fn needs_report(profile: &Profile, right: &Right) -> bool {
    profile.evaluation_report == EvaluationReport::Required
        && right.kind.has_evaluation_report()
        && right.evaluation_report.is_empty()
}
