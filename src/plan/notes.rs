//! The warnings a plan shows, at the cells to fix: complaints withheld for a missing
//! evaluation report, rights a platform may refuse (their strength), notice letters to sites
//! where no right relied on is registered, and protection periods ending before the expected
//! decision. `build` and `check` both give them.

use super::sites::covers;
use super::{Complaint, Lacks, Packet};
use crate::calendar::Calendar;
use crate::diag::Diagnostic;
use crate::ingest::{CellRef, Field, Table, Workbook};
use crate::model::{Date, Right};
use crate::platform::{Channel, StepKind};

/// What the warnings are counted with.
#[derive(Debug, Clone, Copy)]
pub struct Rules<'a> {
    /// The issue date.
    pub date: Date,
    /// China's working days.
    pub calendar: &'a Calendar,
    /// Working days until the signed power of attorney is expected back.
    pub poa_return_days: u32,
    /// The layout the documents are set in: which languages they are made in.
    pub mode: crate::layout::Mode,
    /// The power of attorney's special authority to sue (config poa.litigation).
    pub litigation: bool,
}

/// Every warning of a plan.
pub fn notes(packets: &[Packet], wb: &Workbook, rules: &Rules) -> Vec<Diagnostic> {
    let mut out = withheld(packets, wb);
    out.extend(strength(packets, wb, rules.date));
    out.extend(chinese_twins(packets, wb));
    out.extend(classes(packets, wb));
    out.extend(sites(packets, wb));
    out.extend(protection(packets, wb, rules));
    out.extend(languages(packets, rules.mode));
    out
}

/// One warning per complaint or letter made without the language its reader needs: a
/// Chinese platform's complaint in the `en` layout, a letter to a site abroad in `zh`.
fn languages(packets: &[Packet], mode: crate::layout::Mode) -> Vec<Diagnostic> {
    use crate::layout::Mode;
    let mut notes = Vec::new();
    for packet in packets {
        for c in &packet.complaints {
            let abroad = c.market.as_ref().is_some_and(|m| !m.in_china());
            let message = match (mode, c.profile.channel) {
                (Mode::En, Channel::Portal) => format!(
                    "{} takes complaints in Chinese, but the layout is en: this complaint has no Chinese text; build it with --layout side-by-side, stacked, sequential or zh",
                    c.profile.name.en
                ),
                (Mode::Zh, Channel::Letter) if abroad => format!(
                    "{} trades outside mainland China, but the layout is zh: this letter has no English text; build it with --layout side-by-side, stacked, sequential or en",
                    c.site.as_deref().unwrap_or("the site")
                ),
                _ => continue,
            };
            notes.push(Diagnostic::warning(
                crate::diag::Location::file(format!("{}/{}", packet.folder, c.file)),
                message,
            ));
        }
        for r in packet.rebuttals.iter().filter(|r| r.prc && mode == Mode::En) {
            notes.push(Diagnostic::warning(
                crate::diag::Location::file(format!("{}/{}", packet.folder, r.file)),
                "the reply goes to a platform or site in mainland China, but the layout is en: it has no Chinese text; build it with --layout side-by-side, stacked, sequential or zh",
            ));
        }
    }
    notes
}

/// The cell of `field` in `row`, or of the first of `fallbacks` the sheet has.
fn cell(table: &Table, row: u32, fields: &[Field]) -> crate::diag::Location {
    let col = fields
        .iter()
        .find_map(|f| table.column(*f))
        .or_else(|| table.columns.first())
        .map_or(0, |c| c.col);
    table.location(CellRef::new(row, col))
}

/// One warning per withheld complaint, at the right's cell for the document it lacks; one
/// per listing held back from a copyright complaint, at its shows cell.
fn withheld(packets: &[Packet], wb: &Workbook) -> Vec<Diagnostic> {
    let mut notes = Vec::new();
    for packet in packets {
        for w in &packet.withheld {
            let noun = if w.listings == 1 { "listing" } else { "listings" };
            let (fields, text) = match w.lacks {
                Lacks::EvaluationReport => (
                    [Field::EvaluationReport, Field::RightId],
                    format!(
                        "{} requires the CNIPA patent evaluation report (专利权评价报告) for a {}; the complaint for {} ({} {noun}) is not written until evaluation_report names the report",
                        w.profile.name.en,
                        w.right.kind.name_en(),
                        w.right.id,
                        w.listings
                    ),
                ),
                Lacks::Certificate => (
                    [Field::Certificate, Field::RightId],
                    format!(
                        "no registration certificate for {}, and on_file does not name {}: the complaint there ({} {noun}) is not written until certificate names the certificate, or on_file says the right is already on file there",
                        w.right.id, w.profile.name.en, w.listings
                    ),
                ),
            };
            notes.push(Diagnostic::warning(
                cell(&wb.rights, w.right.source.row, &fields),
                text,
            ));
        }
        for listing in &packet.disputed {
            notes.push(Diagnostic::warning(
                cell(&wb.listings, listing.source.row, &[Field::Url]),
                "a counter-notice answers this listing's complaint: no new complaint names it in this build (its rebuttal answers the statement, citing the complaint filed)",
            ));
        }
        for (listing, case) in &packet.open_cases {
            let number = case_number(case);
            let since = case
                .happened_on
                .map_or_else(String::new, |d| format!(" since {d}"));
            let what = match case.status {
                crate::model::Status::CounterNoticed => {
                    format!("in dispute{since}: the seller's counter-notice answers the complaint ({number}) recorded in the ledger")
                }
                _ => format!("the complaint filed{since} ({number}) awaits the platform's decision, as the ledger records"),
            };
            notes.push(Diagnostic::warning(
                cell(&wb.listings, listing.source.row, &[Field::Url]),
                format!("{what}; no new complaint names this listing until the case is decided (a second complaint on a pending case is a duplicate, 重复投诉)"),
            ));
        }
        for (listing, case) in &packet.removed {
            let number = case_number(case);
            let on = case
                .happened_on
                .map_or_else(|| "on a day not recorded".to_owned(), |d| format!("on {d}"));
            let captured = listing.captured_on.map_or_else(
                || "its capture date is not recorded".to_owned(),
                |d| format!("its capture is of {d}"),
            );
            notes.push(Diagnostic::warning(
                cell(&wb.listings, listing.source.row, &[Field::CapturedOn, Field::Url]),
                format!("the platform removed this listing {on} ({number}) and {captured}: nothing shows it back, so no complaint names it; if it is offered again, capture it again and give that date"),
            ));
        }
        for (listing, case) in &packet.restored {
            let number = case_number(case);
            notes.push(Diagnostic::warning(
                cell(&wb.listings, listing.source.row, &[Field::Evidence, Field::Url]),
                format!("the platform restored this listing after the seller's counter-notice ({number}); its new complaint repeats a case the seller won unless it gives new evidence: add it, or take the art. 43 action instead (a restored complaint counts against the platform's good-faith rate)"),
            ));
        }
        for r in &packet.rebuttals {
            if let (Some(table), Some(_), None) =
                (&wb.counter_notices, r.notice.action, r.notice.action_filed_on)
            {
                notes.push(Diagnostic::warning(
                    cell(table, r.notice.source.row, &[Field::ActionFiledOn, Field::Action]),
                    "action is given but action_filed_on is empty: the art. 43 notice to the platform is not written until the date the action was filed is given; the art. 43 deadline stays urgent",
                ));
            }
            if let (Some(table), Some(_), true) = (
                &wb.counter_notices,
                &r.art43_notice,
                r.notice.action_evidence.is_empty(),
            ) {
                notes.push(Diagnostic::warning(
                    cell(table, r.notice.source.row, &[Field::ActionEvidence, Field::Action]),
                    "action_evidence is empty: the art. 43 notice says the acceptance document will follow; give the court's or authority's acceptance document",
                ));
            }
            if r.notice.case_no.is_none() {
                if let Some(table) = &wb.counter_notices {
                    notes.push(Diagnostic::warning(
                        cell(table, r.notice.source.row, &[Field::CaseNo, Field::Url]),
                        "case_no is empty: the rebuttal names the complaint it answers by the listing and right only; give the platform's case number (and complaint_filed_on)",
                    ));
                }
            }
        }
        for (right, listing) in &packet.unreproduced {
            notes.push(Diagnostic::warning(
                cell(&wb.listings, listing.source.row, &[Field::Shows, Field::Evidence, Field::Url]),
                format!(
                    "nothing records that this listing reproduces the work of copyright {} (shows and comparison are empty): a match by name is not enough, so it is held back from that complaint; say in shows what the capture shows (e.g. the artwork on the product), or give a comparison",
                    right.id
                ),
            ));
        }
    }
    notes
}

/// The sites of a complaint as its warnings name them: a letter's host, or the platform's
/// sites its listings are on ("Taobao or Tmall").
fn site_names(c: &Complaint) -> String {
    if let Some(host) = &c.site {
        return host.clone();
    }
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

/// One warning per right and platform (or site) that may refuse it (a right registered only
/// abroad, unregistered, or not in force on `on`), at the right's country cell.
fn strength(packets: &[Packet], wb: &Workbook, on: Date) -> Vec<Diagnostic> {
    use crate::platform::strength::{warning, Strength};
    let mut notes = Vec::new();
    let mut seen: std::collections::HashSet<(&str, String)> = Default::default();
    for packet in packets {
        for c in &packet.complaints {
            let site = site_names(c);
            for r in &c.rights {
                let key = (
                    r.id.as_str(),
                    c.site.clone().unwrap_or_else(|| c.profile.id.clone()),
                );
                if !seen.insert(key) {
                    continue;
                }
                let valid = (r.valid_from, r.valid_to);
                let strength = Strength::of(r.kind, &r.country, &r.number, valid, on);
                if let Some(message) = warning(strength, r.kind, &r.country, valid, on, c.profile, &site) {
                    notes.push(Diagnostic::warning(
                        cell(&wb.rights, r.source.row, &[Field::Country, Field::RightId]),
                        message,
                    ));
                }
            }
        }
    }
    notes
}

/// One warning per listing that names a right registered abroad but not the client's Chinese
/// registration of the same kind and mark, at its right cell (review N23): platforms act on
/// the Chinese one far more readily.
fn chinese_twins(packets: &[Packet], wb: &Workbook) -> Vec<Diagnostic> {
    let words = |r: &Right| -> Vec<String> {
        r.title
            .en
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty() && w.is_ascii())
            .map(str::to_ascii_uppercase)
            .collect()
    };
    let same_mark = |abroad: &Right, china: &Right| {
        let (a, c) = (words(abroad), words(china));
        (!a.is_empty() && a.iter().all(|w| c.contains(w)))
            || (!abroad.title.zh.is_empty() && abroad.title.zh == china.title.zh)
    };
    let mut notes = Vec::new();
    for packet in packets {
        // Listings filed on Chinese platforms (a letter to a site abroad rests on the rights
        // registered where it trades), each once.
        let mut filed: Vec<&crate::model::Listing> = packet
            .complaints
            .iter()
            .filter(|c| c.profile.channel == Channel::Portal)
            .flat_map(|c| c.listings.iter().copied())
            .collect();
        filed.sort_by_key(|l| l.source.row);
        filed.dedup_by_key(|l| l.source.row);
        for listing in filed {
            let named: Vec<&Right> = packet
                .rights
                .iter()
                .copied()
                .filter(|r| listing.right_ids.contains(&r.id))
                .collect();
            // Chinese twin → the rights abroad it could stand for.
            let mut twins: Vec<(&Right, Vec<&Right>)> = Vec::new();
            for abroad in named.iter().copied().filter(|r| r.country.code() != "CN") {
                let twin = packet.rights.iter().copied().find(|c| {
                    c.country.code() == "CN"
                        && c.kind == abroad.kind
                        && !listing.right_ids.contains(&c.id)
                        && same_mark(abroad, c)
                });
                if let Some(china) = twin {
                    match twins.iter_mut().find(|(c, _)| c.id == china.id) {
                        Some((_, list)) => list.push(abroad),
                        None => twins.push((china, vec![abroad])),
                    }
                }
            }
            for (china, abroad) in twins {
                notes.push(Diagnostic::warning(
                    cell(&wb.listings, listing.source.row, &[Field::RightId]),
                    format!(
                        "this listing names {}, but not {} (CN), the same mark registered in China; platforms act on a Chinese registration far more readily: name {} too if its goods cover the listing's",
                        rights_list(&abroad),
                        china.id,
                        china.id
                    ),
                ));
            }
        }
    }
    notes
}

/// One warning per listing whose goods_class is not a class its complaint's right is
/// registered for, at that cell: the complaint then says nothing about the class.
fn classes(packets: &[Packet], wb: &Workbook) -> Vec<Diagnostic> {
    let mut notes = Vec::new();
    for c in packets.iter().flat_map(|p| &p.complaints) {
        let right = c.right;
        if right.classes.is_empty() || c.site.is_some() {
            continue;
        }
        for l in &c.listings {
            let Some(class) = l.goods_class.filter(|k| !right.classes.contains(k)) else {
                continue;
            };
            let registered: Vec<String> = right.classes.iter().map(u8::to_string).collect();
            notes.push(Diagnostic::warning(
                cell(&wb.listings, l.source.row, &[Field::GoodsClass]),
                format!(
                    "class {class} is not one {} is registered for ({}): the complaint to {} says nothing about the class of the goods",
                    right.id,
                    registered.join(", "),
                    c.profile.name.en
                ),
            ));
        }
    }
    notes
}

/// `R01 (CN) and R02 (US)`.
fn rights_list(rights: &[&Right]) -> String {
    let all: Vec<String> = rights
        .iter()
        .map(|r| {
            let code = r.country.code();
            let code = if code.is_empty() {
                r.country.name.en.as_str()
            } else {
                code
            };
            format!("{} ({code})", r.id)
        })
        .collect();
    match all.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// Per notice letter (its first part), a warning at its first listing's site_country cell (or
/// link) when where the site trades is not known, or no right it relies on is registered
/// there; and one at each listing that relies only on rights registered elsewhere while the
/// letter has one registered there.
fn sites(packets: &[Packet], wb: &Workbook) -> Vec<Diagnostic> {
    let mut notes = Vec::new();
    let table = &wb.listings;
    for packet in packets {
        for c in packet.complaints.iter().filter(|c| c.part == 1) {
            let (Some(host), Some(market)) = (&c.site, &c.market) else {
                continue;
            };
            let Some(first) = c.listings.first() else {
                continue;
            };
            let at = cell(table, first.source.row, &[Field::SiteCountry, Field::Url]);
            let how = market.how(host);
            let local: Vec<&Right> = c.rights.iter().copied().filter(|r| covers(r, market)).collect();
            match &market.country {
                None => notes.push(Diagnostic::warning(
                    at,
                    format!(
                        "where {host} trades is {how}; its notice letter relies on {}; give the country in site_country so that the letter relies on the rights registered there",
                        rights_list(&c.rights)
                    ),
                )),
                Some(country) if local.is_empty() => notes.push(Diagnostic::warning(
                    at,
                    format!(
                        "{host} trades in {} ({how}), where none of the rights its listings infringe is registered; its notice letter relies on {}; a right registered there would be far more reliable",
                        country.name.en,
                        rights_list(&c.rights)
                    ),
                )),
                Some(country) => {
                    for (listing, rights) in c.listings.iter().zip(&c.listing_rights) {
                        if rights.iter().any(|r| covers(r, market)) {
                            continue;
                        }
                        notes.push(Diagnostic::warning(
                            cell(table, listing.source.row, &[Field::RightId]),
                            format!(
                                "this listing names only {}, not registered in {} where {host} trades ({how}); the notice letter relies on it for this listing",
                                rights_list(rights),
                                country.name.en
                            ),
                        ));
                    }
                }
            }
        }
    }
    notes
}

/// The day a complaint's decision (portal) or the removal deadline (letter) is expected, at
/// the longest: from the signed power of attorney's return, every step up to that one.
fn decided_by(c: &Complaint, rules: &Rules) -> Option<Date> {
    let target = match c.profile.channel {
        Channel::Portal => StepKind::Decision,
        Channel::Letter => StepKind::Removal,
    };
    let at = c.profile.timeline.iter().position(|s| s.kind == target)?;
    let days: u32 = c.profile.timeline[..=at].iter().map(|s| s.days[1]).sum();
    let start = rules
        .calendar
        .add_working_days(rules.date, rules.poa_return_days)
        .date;
    Some(rules.calendar.add_working_days(start, days).date)
}

/// One warning per right whose protection period ends before a platform's expected decision,
/// at its protect_to cell (valid_to when the sheet has none), naming each such platform.
fn protection(packets: &[Packet], wb: &Workbook, rules: &Rules) -> Vec<Diagnostic> {
    let mut notes = Vec::new();
    for packet in packets {
        for right in &packet.rights {
            let Some(to) = right.protect_to else { continue };
            // An expiry already past is warned at valid_to (and by the right's strength).
            if right.valid_to.is_some_and(|v| v < rules.date) {
                continue;
            }
            let mut late: Vec<(String, Date)> = Vec::new();
            for c in packet
                .complaints
                .iter()
                .filter(|c| c.rights.iter().any(|r| r.id == right.id))
            {
                let Some(by) = decided_by(c, rules).filter(|by| *by > to) else {
                    continue;
                };
                let name = c.site.clone().unwrap_or_else(|| c.profile.name.en.clone());
                if !late.iter().any(|(n, _)| *n == name) {
                    late.push((name, by));
                }
            }
            if late.is_empty() {
                continue;
            }
            let list: Vec<String> = late.iter().map(|(n, by)| format!("{n} by {by}")).collect();
            let decisions = format!(
                "before the expected decision{} ({})",
                if late.len() == 1 { "" } else { "s" },
                list.join(", ")
            );
            let message = match right.valid_to {
                Some(valid) if valid > to => format!(
                    "the protection period requested ends on {to}, {decisions}; extend protect_to (the registration is valid to {valid})"
                ),
                _ => format!("the registration ends on {to}, {decisions}; renew it or rely on another right"),
            };
            notes.push(Diagnostic::warning(
                cell(
                    &wb.rights,
                    right.source.row,
                    &[Field::ProtectTo, Field::ValidTo, Field::RightId],
                ),
                message,
            ));
        }
    }
    notes
}

/// `case IPP-1002`, or `case number not recorded`: how a warning names a ledger case.
fn case_number(case: &crate::ledger::Case) -> String {
    case.case_no
        .as_ref()
        .map_or_else(|| "case number not recorded".to_owned(), |n| format!("case {n}"))
}
