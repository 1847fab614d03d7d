//! Plan: the docket and the platform profiles → one [`Packet`] per client that may have one:
//! its rights, its complaints grouped per platform profile and IP right, and one notice letter
//! per independent site covering every right its listings infringe ([`sites`]); each split at
//! the profile's links-per-complaint limit, with their file names; and a rebuttal for each
//! counter-notice against a listing its complaints name. [`notes`] gives the warnings a plan
//! shows.

mod notes;
pub mod sites;

use std::collections::{BTreeMap, HashMap};

use crate::diag::{Diagnostic, Location};
use crate::model::{Client, CounterNotice, Docket, Listing, Platform, Right};
use crate::platform::{Channel, EvaluationReport, Profile, Profiles};

pub use notes::{notes, Rules};
pub use sites::{Market, MarketSource};

/// The most characters of a name taken from data into a file or folder name.
const NAME_CHARS: usize = 60;

/// Everything one client's folder holds.
#[derive(Debug, Clone)]
pub struct Packet<'d> {
    pub client: &'d Client,
    /// `<client-id>-<slug>`, safe as a folder name.
    pub folder: String,
    /// The client's rights, in sheet order.
    pub rights: Vec<&'d Right>,
    pub complaints: Vec<Complaint<'d>>,
    /// Complaints not written because the platform requires a document the right lacks.
    pub withheld: Vec<Withheld<'d>>,
    /// Our answers to the sellers' counter-notices, in sheet order.
    pub rebuttals: Vec<Rebuttal<'d>>,
}

/// Our answer to one counter-notice (对平台内经营者声明的回复意见).
#[derive(Debug, Clone)]
pub struct Rebuttal<'d> {
    pub notice: &'d CounterNotice,
    /// The listing it concerns.
    pub listing: &'d Listing,
    /// The platform it goes to.
    pub profile: &'d Profile,
    /// The packet's complaints naming the listing (indices into [`Packet::complaints`]).
    pub complaints: Vec<usize>,
    /// `rebuttal-<platform>-<item id>.pdf` (other sites: the host, and `row<N>` without an
    /// item id).
    pub file: String,
    /// Whether the PRC E-Commerce Law governs the answer (art. 43's preliminary evidence
    /// and 15 days): a Chinese platform, or a site that trades in mainland China; not a
    /// site abroad, whose letter did not rest on it either.
    pub prc: bool,
}

impl Rebuttal<'_> {
    /// The file name without `.pdf`: the subject of its deadlines.
    pub fn id(&self) -> &str {
        self.file.trim_end_matches(".pdf")
    }
}

/// A complaint the platform would refuse, and so is not written.
#[derive(Debug, Clone)]
pub struct Withheld<'d> {
    pub profile: &'d Profile,
    pub right: &'d Right,
    /// How many listings it would have named.
    pub listings: usize,
}

impl Packet<'_> {
    /// Every listing the packet's complaints name, once, in sheet order.
    pub fn listings(&self) -> Vec<&Listing> {
        let mut all: Vec<&Listing> = self
            .complaints
            .iter()
            .flat_map(|c| c.listings.iter().copied())
            .collect();
        all.sort_by_key(|l| l.source.row);
        all.dedup_by_key(|l| l.source.row);
        all
    }
}

/// One complaint (or one part of a split one), or one notice letter to a site.
#[derive(Debug, Clone)]
pub struct Complaint<'d> {
    pub profile: &'d Profile,
    /// The right relied on (a letter: the first of [`Complaint::rights`]).
    pub right: &'d Right,
    /// Every right relied on, in sheet order: a complaint's one right, or a letter's rights.
    pub rights: Vec<&'d Right>,
    /// Per listing (as [`Complaint::listings`]), the rights it is said to infringe.
    pub listing_rights: Vec<Vec<&'d Right>>,
    /// The site a notice letter goes to (letter channel), e.g. `shoes-outlet.example`.
    pub site: Option<String>,
    /// Where that site trades (letter channel).
    pub market: Option<Market>,
    /// The platforms its listings are on.
    pub platforms: Vec<Platform>,
    /// 1-based part and the number of parts.
    pub part: usize,
    pub parts: usize,
    /// 1-based number of the first listing over all parts, and the total over all parts.
    pub first: usize,
    pub total: usize,
    pub listings: Vec<&'d Listing>,
    /// `complaint-<platform>-<right-id>[-N].pdf`, `letter-<site>[-N].pdf`.
    pub file: String,
}

/// Plans the packets of every client that has no error and at least one right. A client
/// without rights gets a warning at its row instead.
pub fn plan<'d>(docket: &'d Docket, profiles: &'d Profiles) -> (Vec<Packet<'d>>, Vec<Diagnostic>) {
    let mut packets = Vec::new();
    let mut notes = Vec::new();
    let mut folders: Vec<String> = Vec::new();
    // Right id → the listings naming it, in sheet order: each right looks only at its own.
    let mut by_right: HashMap<&str, Vec<&Listing>> = HashMap::new();
    for listing in &docket.listings {
        for id in &listing.right_ids {
            by_right.entry(id.as_str()).or_default().push(listing);
        }
    }
    // Listing row → listing, for the counter-notices.
    let by_row: HashMap<u32, &Listing> = if docket.counter_notices.is_empty() {
        HashMap::new()
    } else {
        docket.listings.iter().map(|l| (l.source.row, l)).collect()
    };
    for client in &docket.clients {
        if docket.blocked.contains_key(&client.id) {
            continue;
        }
        let rights: Vec<&Right> = docket
            .rights
            .iter()
            .filter(|r| r.client_id == client.id)
            .collect();
        if rights.is_empty() {
            let source = &client.source;
            notes.push(Diagnostic::warning(
                Location {
                    file: source.file.to_string(),
                    sheet: Some(source.sheet.to_string()),
                    cell: None,
                },
                format!(
                    "row {}: client \"{}\" has no rights in the rights sheet; no packet is made for it",
                    source.row, client.id
                ),
            ));
            continue;
        }
        let slug = slug(&client.name.en).or_else(|| slug(&client.name.zh));
        let base = match slug {
            Some(slug) => format!("{}-{slug}", safe_name(&client.id)),
            None => safe_name(&client.id),
        };
        let folder = unique(&base, &folders);
        folders.push(folder.clone());
        let named: Vec<Vec<&Listing>> = rights
            .iter()
            .map(|r| by_right.get(r.id.as_str()).cloned().unwrap_or_default())
            .collect();
        let (complaints, withheld) = complaints(&rights, &named, profiles);
        let rebuttals = rebuttals(
            docket,
            &by_row,
            (client, &rights),
            &complaints,
            profiles,
            &mut notes,
        );
        packets.push(Packet {
            client,
            folder,
            rights,
            complaints,
            withheld,
            rebuttals,
        });
    }
    (packets, notes)
}

/// The complaints and letters of a client's `rights`; `named[i]` are the listings naming
/// `rights[i]`, in sheet order.
fn complaints<'d>(
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
            if needs_report(profile, right) {
                withheld.push(Withheld {
                    profile,
                    right,
                    listings: group.len(),
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

/// The rebuttals of one client: a counter-notice against a listing of its complaints gets
/// one; against a listing of its rights whose complaint is not written, a warning.
fn rebuttals<'d>(
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

/// Whether `profile` requires the CNIPA evaluation report that `right` lacks.
fn needs_report(profile: &Profile, right: &Right) -> bool {
    profile.evaluation_report == EvaluationReport::Required
        && right.kind.has_evaluation_report()
        && right.evaluation_report.is_empty()
}

/// The host of a link without `www.`, or the link itself when it has none.
fn host(url: &str) -> String {
    url::Url::parse(url)
        .ok()
        .and_then(|u| u.host_str().map(|h| h.trim_start_matches("www.").to_owned()))
        .unwrap_or_else(|| url.to_owned())
}

/// `base`, or `base-2`, `base-3`… when taken (names compared ignoring ASCII case, as on
/// Windows and macOS file systems).
pub fn unique(base: &str, taken: &[String]) -> String {
    if !taken.iter().any(|t| t.eq_ignore_ascii_case(base)) {
        return base.to_owned();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|name| !taken.iter().any(|t| t.eq_ignore_ascii_case(name)))
        .unwrap_or_default()
}

/// A file-name component from data: letters (Chinese kept) and digits, `-`, `_` and `.`
/// kept, anything else (separators, `..`, control characters) a hyphen; capped in length;
/// never empty, never a Windows-reserved device name.
pub fn safe_name(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        let keep = c.is_alphanumeric() || matches!(c, '_' | '.');
        let c = if keep { c } else { '-' };
        if c == '-' && (out.is_empty() || out.ends_with('-')) {
            continue;
        }
        if c == '.' && (out.is_empty() || out.ends_with('.')) {
            continue;
        }
        out.push(c);
        if out.chars().count() >= NAME_CHARS {
            break;
        }
    }
    let out = out.trim_end_matches(['-', '.']).to_owned();
    if out.is_empty() {
        return "_".to_owned();
    }
    let stem = out.split('.').next().unwrap_or("").to_ascii_uppercase();
    let reserved = matches!(stem.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || ((stem.starts_with("COM") || stem.starts_with("LPT"))
            && stem.len() == 4
            && stem.as_bytes()[3].is_ascii_digit());
    if reserved {
        format!("_{out}")
    } else {
        out
    }
}

/// A lower-case slug of a name for folder names (`Northwind Outdoor Gear, Inc.` →
/// `northwind-outdoor-gear-inc`), Chinese kept; `None` when nothing is left.
fn slug(name: &str) -> Option<String> {
    let lower: String = name
        .chars()
        .map(|c| if c == '.' { '-' } else { c })
        .flat_map(char::to_lowercase)
        .collect();
    let mut slug = safe_name(&lower);
    if slug.chars().count() > 40 {
        // Cut at the last word boundary within 40 characters.
        let cut: String = slug.chars().take(41).collect();
        slug = match cut.rfind('-') {
            Some(at) if at > 0 => cut[..at].to_owned(),
            _ => cut.chars().take(40).collect(),
        };
    }
    let slug = slug.trim_end_matches(['-', '.']).to_owned();
    (slug != "_" && !slug.is_empty()).then_some(slug)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_from_data_cannot_escape_or_clash() {
        assert_eq!(safe_name("../../etc/passwd"), "etc-passwd");
        assert_eq!(safe_name(".."), "_");
        assert_eq!(safe_name("a/b\\c:d*e?f\"g<h>i|j"), "a-b-c-d-e-f-g-h-i-j");
        assert_eq!(safe_name("tab\there\u{7}bell"), "tab-here-bell");
        assert_eq!(safe_name("CON"), "_CON");
        assert_eq!(safe_name("com1.txt"), "_com1.txt");
        assert_eq!(safe_name("厦门阿克米"), "厦门阿克米");
        assert_eq!(safe_name(&"x".repeat(500)).len(), NAME_CHARS);
        assert_eq!(
            slug("Northwind Outdoor Gear, Inc.").as_deref(),
            Some("northwind-outdoor-gear-inc")
        );
        assert_eq!(slug("Müller GmbH").as_deref(), Some("müller-gmbh"));
        assert_eq!(slug("!!!"), None);
        assert_eq!(
            slug("Guangzhou Lingxi Smart Home Technology Co., Ltd.").as_deref(),
            Some("guangzhou-lingxi-smart-home-technology")
        );
        assert_eq!(unique("a", &["a".into(), "a-2".into()]), "a-3");
    }

    #[test]
    fn hosts_of_other_sites() {
        assert_eq!(
            host("https://www.shoes-outlet.example/p/1"),
            "shoes-outlet.example"
        );
        assert_eq!(safe_name(&host("https://shop.example:8080/x")), "shop.example");
    }
}
