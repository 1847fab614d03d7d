//! Plan: the docket and the platform profiles → one [`Packet`] per client that may have one:
//! its rights, its complaints grouped per platform profile and IP right, and one notice letter
//! per independent site covering every right its listings infringe ([`sites`]); each split at
//! the profile's links-per-complaint limit, with their file names; and a rebuttal for each
//! counter-notice against a listing its complaints name. [`notes`] gives the warnings a plan
//! shows.

mod complaints;
mod names;
mod notes;
mod operators;
mod rebuttals;
pub mod sites;

use crate::ledger::{Case, Memory, Notice};
use crate::model::Bilingual;
use std::collections::{BTreeMap, HashMap};

use crate::diag::{Diagnostic, Location};
use crate::model::{Client, CounterNotice, Docket, Listing, Platform, Right};
use crate::platform::{Profile, Profiles};
use complaints::complaints;
use names::slug;
use rebuttals::rebuttals;

pub use names::{safe_name, unique};
pub use notes::{notes, Rules};
pub use operators::Operator;
pub use sites::{Market, MarketSource};

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
    /// Listings no complaint names because nothing shows them (no capture, no test-purchase
    /// evidence), in sheet order.
    pub held: Vec<&'d Listing>,
    /// Listings held back from a copyright complaint because nothing records that the work
    /// is reproduced (no `shows`, no comparison: a match by name alone, review N19).
    pub unreproduced: Vec<(&'d Right, &'d Listing)>,
    /// Our answers to the sellers' counter-notices, in sheet order.
    pub rebuttals: Vec<Rebuttal<'d>>,
    /// Listings in dispute (a counter-notice answers their complaint): no new complaint
    /// names them in this build (review N14), in sheet order.
    pub disputed: Vec<&'d Listing>,
    /// Listings the ledger has an open case for (a counter-notice not yet decided, a
    /// complaint filed and not yet decided): a second complaint would be 重复投诉, so none is
    /// written; in sheet order.
    pub open_cases: Vec<(&'d Listing, Case)>,
    /// Listings the platform restored after an upheld counter-notice, complained of again.
    pub restored: Vec<(&'d Listing, Case)>,
    /// Listings the platform removed whose capture is not dated after the removal: nothing
    /// shows them back, so no complaint names them.
    pub removed: Vec<(&'d Listing, Case)>,
    /// Per listing row, the earlier notices of its item or store the ledger holds: its
    /// complaint cites them.
    pub notices: BTreeMap<u32, Vec<Notice>>,
    /// Operators: two or more stores of the client's listings that show one licence number
    /// or give one contact; in the order of their first listing.
    pub operators: Vec<Operator<'d>>,
}

/// Our answer to one counter-notice (对平台内经营者声明的回复意见).
#[derive(Debug, Clone)]
pub struct Rebuttal<'d> {
    pub notice: &'d CounterNotice,
    /// The listing it concerns.
    pub listing: &'d Listing,
    /// The platform it goes to.
    pub profile: &'d Profile,
    /// The client's rights the listing names (the rights its original complaint relied on).
    pub rights: Vec<&'d Right>,
    /// `rebuttal-<platform>-<item id>.pdf` (other sites: the host, and `row<N>` without an
    /// item id).
    pub file: String,
    /// `art43-notice-<platform>-<item id>.pdf`: the notice to the platform that a complaint
    /// to the authorities or a suit was filed, when the row names its action and filing date.
    pub art43_notice: Option<String>,
    /// `special-poa-<platform>-<item id>.pdf`: the special power of attorney for the action
    /// (config `poa.litigation`, under the E-Commerce Law, while no action is filed).
    pub special_poa: Option<String>,
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

    /// How its deadlines name it: `item 100045678912` / `商品100045678912` (a listing
    /// without an item id: its link).
    pub fn name(&self) -> Bilingual {
        match &self.listing.item_id {
            Some(id) => Bilingual::new(format!("item {id}"), format!("商品{id}")),
            None => Bilingual::new(
                format!("listing {}", self.listing.url),
                format!("链接{}", self.listing.url),
            ),
        }
    }
}

impl Complaint<'_> {
    /// How its deadlines name it: `trademark No. 28374615` / `第28374615号注册商标`, a
    /// letter by its site; with its part when it has more than one.
    pub fn name(&self) -> Bilingual {
        let mut name = match &self.site {
            Some(site) => Bilingual::new(format!("notice to {site}"), format!("致{site}的通知函")),
            None => Bilingual::new(
                format!("{} No. {}", self.right.kind.name_en(), self.right.number),
                format!("第{}号{}", self.right.number, self.right.kind.name_zh()),
            ),
        };
        if self.parts > 1 {
            name.en
                .push_str(&format!(", part {} of {}", self.part, self.parts));
            name.zh
                .push_str(&format!("，第{}部分（共{}部分）", self.part, self.parts));
        }
        name
    }
}

/// A complaint the platform would refuse, and so is not written.
#[derive(Debug, Clone)]
pub struct Withheld<'d> {
    pub profile: &'d Profile,
    pub right: &'d Right,
    /// How many listings it would have named.
    pub listings: usize,
    /// The document it lacks.
    pub lacks: Lacks,
}

/// What a withheld complaint lacks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lacks {
    /// The CNIPA evaluation report the platform requires (utility models, designs).
    EvaluationReport,
    /// The registration certificate, with the right not on file with the platform (review
    /// N25: a complaint without proof of the right is refused).
    Certificate,
}

impl Packet<'_> {
    /// True for a listing shown back after the platform removed it (or another listing of
    /// its store for the same right): its capture is dated after the removal. Its complaint
    /// then cites the earlier notices and art. 45.
    pub fn relisted(&self, l: &Listing) -> bool {
        self.notices.get(&l.source.row).is_some_and(|n| {
            n.iter()
                .any(|n| n.status == crate::model::Status::Removed && captured_after(l, n.decided_on))
        })
    }

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

/// Whether something records that listing `l` reproduces the work of copyright `r`: what its
/// capture shows (a `shows` cell), or a comparison made for it. Other rights: always.
fn shows_work(r: &Right, l: &Listing) -> bool {
    r.kind != crate::model::RightType::Copyright
        || l.shows.is_some()
        || !l.comparison.is_empty()
        || r.comparison_listing.as_deref() == Some(l.url.as_str())
}

/// Whether the listing's capture is dated after `day` (neither unknown).
fn captured_after(l: &Listing, day: Option<crate::model::Date>) -> bool {
    matches!((l.captured_on, day), (Some(captured), Some(day)) if captured > day)
}

/// Plans the packets of every client that has no error and at least one right. A client
/// without rights gets a warning at its row instead.
pub fn plan<'d>(
    docket: &'d Docket,
    profiles: &'d Profiles,
    litigation: bool,
    memory: &Memory,
) -> (Vec<Packet<'d>>, Vec<Diagnostic>) {
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
    // The rows of the listings a counter-notice answers: their complaints are filed already.
    let disputed_rows: std::collections::HashSet<u32> =
        docket.counter_notices.iter().map(|n| n.listing_row).collect();
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
        // No evidence, no complaint: a listing nothing shows is held back.
        let mut held: Vec<&Listing> = Vec::new();
        let mut unreproduced = Vec::new();
        let mut disputed: Vec<&Listing> = Vec::new();
        let mut open_cases: Vec<(&Listing, Case)> = Vec::new();
        let mut restored: Vec<(&Listing, Case)> = Vec::new();
        let mut removed: Vec<(&Listing, Case)> = Vec::new();
        let named: Vec<Vec<&Listing>> = rights
            .iter()
            .map(|&r| {
                let mut all = by_right.get(r.id.as_str()).cloned().unwrap_or_default();
                all.retain(|&l| {
                    if disputed_rows.contains(&l.source.row) {
                        if !disputed.iter().any(|d| d.source.row == l.source.row) {
                            disputed.push(l);
                        }
                        return false;
                    }
                    match memory.case(&client.id, &l.url) {
                        Some(case) if case.is_open() => {
                            if !open_cases.iter().any(|(d, _)| d.source.row == l.source.row) {
                                open_cases.push((l, case));
                            }
                            return false;
                        }
                        Some(case)
                            if case.status == crate::model::Status::Removed
                                && !captured_after(l, case.happened_on) =>
                        {
                            if !removed.iter().any(|(d, _)| d.source.row == l.source.row) {
                                removed.push((l, case));
                            }
                            return false;
                        }
                        Some(case)
                            if case.status == crate::model::Status::Restored
                                && !restored.iter().any(|(d, _)| d.source.row == l.source.row) =>
                        {
                            restored.push((l, case));
                        }
                        _ => {}
                    }
                    let shown = l.is_shown();
                    if !shown && !held.iter().any(|h| h.source.row == l.source.row) {
                        held.push(l);
                    }
                    if shown && !shows_work(r, l) {
                        unreproduced.push((r, l));
                        return false;
                    }
                    shown
                });
                all
            })
            .collect();
        held.sort_by_key(|l| l.source.row);
        disputed.sort_by_key(|l| l.source.row);
        open_cases.sort_by_key(|(l, _)| l.source.row);
        let (complaints, withheld) = complaints(&rights, &named, profiles);
        let operators = operators::operators(&rights, &by_right);
        let mut notices = BTreeMap::new();
        for c in &complaints {
            let ids: Vec<&str> = c.rights.iter().map(|r| r.id.as_str()).collect();
            for l in &c.listings {
                let found = memory.notices(&client.id, l, &ids);
                if !found.is_empty() {
                    notices.insert(l.source.row, found);
                }
            }
        }
        let rebuttals = rebuttals(docket, &by_row, &rights, (profiles, litigation));
        packets.push(Packet {
            client,
            folder,
            rights,
            complaints,
            withheld,
            held,
            unreproduced,
            rebuttals,
            disputed,
            open_cases,
            restored,
            removed,
            notices,
            operators,
        });
    }
    (packets, notes)
}
