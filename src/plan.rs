//! Plan: the docket and the platform profiles → one [`Packet`] per client that may have one:
//! its rights, and its complaints grouped per platform profile (per site for notice letters)
//! and IP right, split at the profile's links-per-complaint limit, with their file names; and
//! a rebuttal for each counter-notice against a listing its complaints name.

use std::collections::{BTreeMap, HashMap};

use crate::diag::{Diagnostic, Location};
use crate::ingest::{CellRef, Field, Workbook};
use crate::model::{Client, CounterNotice, Docket, Listing, Platform, Right};
use crate::platform::{Channel, EvaluationReport, Profile, Profiles};

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

/// One complaint (or one part of a split one).
#[derive(Debug, Clone)]
pub struct Complaint<'d> {
    pub profile: &'d Profile,
    pub right: &'d Right,
    /// The site a notice letter goes to (letter channel), e.g. `shoes-outlet.example`.
    pub site: Option<String>,
    /// The platforms its listings are on.
    pub platforms: Vec<Platform>,
    /// 1-based part and the number of parts.
    pub part: usize,
    pub parts: usize,
    /// 1-based number of the first listing over all parts, and the total over all parts.
    pub first: usize,
    pub total: usize,
    pub listings: Vec<&'d Listing>,
    /// `complaint-<platform>-<right-id>[-N].pdf`.
    pub file: String,
}

/// Plans the packets of every client that has no error and at least one right. A client
/// without rights gets a warning at its row instead.
pub fn plan<'d>(docket: &'d Docket, profiles: &'d Profiles) -> (Vec<Packet<'d>>, Vec<Diagnostic>) {
    let mut packets = Vec::new();
    let mut notes = Vec::new();
    let mut folders: Vec<String> = Vec::new();
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
        let (complaints, withheld) = complaints(&rights, &docket.listings, profiles);
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

fn complaints<'d>(
    rights: &[&'d Right],
    listings: &'d [Listing],
    profiles: &'d Profiles,
) -> (Vec<Complaint<'d>>, Vec<Withheld<'d>>) {
    let mut out = Vec::new();
    let mut withheld = Vec::new();
    let mut files: Vec<String> = Vec::new();
    for &right in rights {
        // (profile index, site) → listings, in profile order then first appearance.
        let mut groups: BTreeMap<(usize, String), Vec<&Listing>> = BTreeMap::new();
        for listing in listings.iter().filter(|l| l.right_ids.contains(&right.id)) {
            let profile = profiles.of(listing.platform);
            let index = profiles
                .all()
                .iter()
                .position(|p| p.id == profile.id)
                .unwrap_or(0);
            let site = match profile.channel {
                Channel::Letter => host(&listing.url),
                Channel::Portal => String::new(),
            };
            groups.entry((index, site)).or_default().push(listing);
        }
        for ((index, site), group) in groups {
            let profile = &profiles.all()[index];
            if needs_report(profile, right) {
                withheld.push(Withheld {
                    profile,
                    right,
                    listings: group.len(),
                });
                continue;
            }
            let limit = profile.links_per_complaint.max(1);
            let parts = group.len().div_ceil(limit);
            let mut platforms: Vec<Platform> = group.iter().map(|l| l.platform).collect();
            platforms.sort();
            platforms.dedup();
            let stem = match profile.channel {
                Channel::Letter => format!("complaint-{}-{}", safe_name(&site), safe_name(&right.id)),
                Channel::Portal => format!("complaint-{}-{}", profile.id, safe_name(&right.id)),
            };
            for (i, chunk) in group.chunks(limit).enumerate() {
                let name = if parts > 1 {
                    format!("{stem}-{}", i + 1)
                } else {
                    stem.clone()
                };
                let name = unique(&name, &files);
                files.push(name.clone());
                out.push(Complaint {
                    profile,
                    right,
                    site: (!site.is_empty()).then(|| site.clone()),
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
    }
    (out, withheld)
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
        out.push(Rebuttal {
            notice,
            listing,
            profile,
            complaints: answered.clone(),
            file: format!("{name}.pdf"),
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

/// One warning per right and platform that may refuse it (a right registered only abroad,
/// unregistered, or not in force on `on`), at the right's country cell.
pub fn strength_notes(packets: &[Packet], wb: &Workbook, on: crate::model::Date) -> Vec<Diagnostic> {
    use crate::platform::strength::{warning, Strength};
    let col = wb
        .rights
        .column(Field::Country)
        .or_else(|| wb.rights.column(Field::RightId))
        .map_or(0, |c| c.col);
    let mut notes = Vec::new();
    let mut seen: Vec<(&str, &str)> = Vec::new();
    for packet in packets {
        for c in &packet.complaints {
            let key = (c.right.id.as_str(), c.profile.id.as_str());
            if seen.contains(&key) {
                continue;
            }
            seen.push(key);
            let r = c.right;
            let valid = (r.valid_from, r.valid_to);
            let strength = Strength::of(r.kind, &r.country, &r.number, valid, on);
            let site = match &c.site {
                Some(host) => host.clone(),
                None => {
                    let names: Vec<&str> = c
                        .platforms
                        .iter()
                        .filter_map(|&p| c.profile.sites.iter().find(|s| s.id == p.id()))
                        .map(|s| s.en.as_str())
                        .collect();
                    match names.as_slice() {
                        [] => c.profile.name.en.clone(),
                        [one] => (*one).to_owned(),
                        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
                    }
                }
            };
            if let Some(message) = warning(strength, r.kind, &r.country, valid, on, c.profile, &site) {
                notes.push(Diagnostic::warning(
                    wb.rights.location(CellRef::new(r.source.row, col)),
                    message,
                ));
            }
        }
    }
    notes
}

/// One warning per withheld complaint, at the right's evaluation-report cell.
pub fn withheld_notes(packets: &[Packet], wb: &Workbook) -> Vec<Diagnostic> {
    let col = wb
        .rights
        .column(Field::EvaluationReport)
        .or_else(|| wb.rights.column(Field::RightId))
        .map_or(0, |c| c.col);
    let mut notes = Vec::new();
    for packet in packets {
        for w in &packet.withheld {
            let noun = if w.listings == 1 { "listing" } else { "listings" };
            notes.push(Diagnostic::warning(
                wb.rights.location(CellRef::new(w.right.source.row, col)),
                format!(
                    "{} requires the CNIPA patent evaluation report (专利权评价报告) for a {}; the complaint for {} ({} {noun}) is not written until evaluation_report names the report",
                    w.profile.name.en,
                    w.right.kind.name_en(),
                    w.right.id,
                    w.listings
                ),
            ));
        }
    }
    notes
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
