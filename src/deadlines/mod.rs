//! Deadlines: every date a packet and its counter-notices set running, each with its legal or
//! platform basis, and `deadlines.ics` (iCalendar, RFC 5545) for a firm's calendar.
//!
//! Working-day periods (the platforms' timelines, our reply to a counter-notice) are counted
//! with the [`Calendar`]; the 15 days of E-Commerce Law art. 43 are calendar days, and a
//! period whose last day is a day off ends on the next working day (Civil Code art. 203).
//! Each deadline has a UID derived from what it is (client, kind, complaint or listing), so
//! importing the file again updates the events instead of adding copies. A deadline passed
//! or due within [`URGENT_WORKING_DAYS`] working days of the issue date is flagged.

use sha2::{Digest, Sha256};

mod ics;
pub use ics::{events, to_ics};

use crate::calendar::Calendar;
use crate::model::{Bilingual, Date};
use crate::platform::{Profile, StepKind};

/// Working days before a deadline that its reminder goes off.
pub const REMINDER_WORKING_DAYS: u32 = 2;

/// The calendar days of E-Commerce Law art. 43.
pub const ART_43_DAYS: i64 = 15;

/// A deadline due within this many working days of the issue date is urgent.
pub const URGENT_WORKING_DAYS: u32 = 2;

/// How pressing a deadline is on the issue date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum Urgency {
    #[default]
    Later,
    /// Due on the issue date or within [`URGENT_WORKING_DAYS`] working days of it.
    Urgent,
    /// Passed before the issue date.
    Overdue,
}

impl Urgency {
    /// The flag a summary starts with: `URGENT / 紧急: `, `OVERDUE / 已逾期: `, or nothing.
    pub fn flag(self) -> &'static str {
        match self {
            Urgency::Later => "",
            Urgency::Urgent => "URGENT / 紧急: ",
            Urgency::Overdue => "OVERDUE / 已逾期: ",
        }
    }

    /// The id used in data: `later`, `urgent`, `overdue`.
    pub fn id(self) -> &'static str {
        match self {
            Urgency::Later => "later",
            Urgency::Urgent => "urgent",
            Urgency::Overdue => "overdue",
        }
    }

    /// How pressing `date` is on `today`.
    pub fn of(calendar: &Calendar, today: Date, date: Date) -> Urgency {
        if date < today {
            Urgency::Overdue
        } else if date <= calendar.add_working_days(today, URGENT_WORKING_DAYS).date {
            Urgency::Urgent
        } else {
            Urgency::Later
        }
    }
}

/// What a deadline is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// The signed power of attorney is expected back.
    PoaReturn,
    /// The platform has verified the rights holder, the agent and the rights.
    Verification,
    /// The platform has decided the complaint.
    Decision,
    /// The seller's time to delete the listing or counter-notify ends.
    SellerWindow,
    /// A notice letter has reached the site's operator.
    Delivery,
    /// The time given to a site's operator to remove the listings ends.
    Removal,
    /// Our reply to a seller's counter-notice is due.
    Reply,
    /// The platform's decision on the counter-notice is expected (the profile's dispute step,
    /// counted from our reply's due date).
    DisputeDecision,
    /// The 15 days of E-Commerce Law art. 43 end: a complaint to the authorities or a suit
    /// must have been notified to the platform, or the listing comes back.
    Art43,
    /// The firm's own date to have the art. 43 notice out: working days before [`Kind::Art43`]
    /// (config `docket_margin_working_days`); never the legal date.
    Art43Docket,
}

impl Kind {
    /// The id used in UIDs and data: `poa-return`, `art-43`…
    pub fn id(self) -> &'static str {
        match self {
            Kind::PoaReturn => "poa-return",
            Kind::Verification => "verification",
            Kind::Decision => "decision",
            Kind::SellerWindow => "seller-window",
            Kind::Delivery => "delivery",
            Kind::Removal => "removal",
            Kind::Reply => "reply",
            Kind::DisputeDecision => "dispute-decision",
            Kind::Art43 => "art-43",
            Kind::Art43Docket => "art-43-docket",
        }
    }

    fn of_step(kind: StepKind) -> Option<Kind> {
        match kind {
            StepKind::Verification => Some(Kind::Verification),
            StepKind::Decision => Some(Kind::Decision),
            StepKind::SellerWindow => Some(Kind::SellerWindow),
            StepKind::Delivery => Some(Kind::Delivery),
            StepKind::Removal => Some(Kind::Removal),
            // Runs only after a counter-notice and our reply: no date to hold.
            StepKind::Dispute => None,
        }
    }
}

/// One deadline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    /// Stable identifier: the same client, kind and subject give the same UID.
    pub uid: String,
    /// The day it falls on (never a day off).
    pub date: Date,
    pub kind: Kind,
    /// What happens or must be done, e.g. "JD: complaint decision expected (complaint-jd-R1)".
    pub title: Bilingual,
    /// The legal or platform basis of the date.
    pub source: Bilingual,
    /// The client it belongs to.
    pub client_id: String,
    /// The complaint, listing or platform it concerns.
    pub subject: String,
    /// The reminder day: [`REMINDER_WORKING_DAYS`] working days before `date`.
    pub remind_on: Date,
    /// True when a day counted fell in a year without a holiday notice.
    pub estimated: bool,
    /// How pressing it is on the issue date.
    pub urgency: Urgency,
}

/// A complaint of a packet: its id (as in its file name, `complaint-jd-R1`) and its platform.
#[derive(Debug, Clone, Copy)]
pub struct Complaint<'a> {
    pub id: &'a str,
    /// How its deadlines name it: `trademark No. 28374615` / `第28374615号注册商标`.
    pub name: &'a Bilingual,
    pub profile: &'a Profile,
}

/// A seller's counter-notice: the listing it answers (its canonical link or item id), when it
/// reached us, and when the platform forwarded it (default: `received_on`).
#[derive(Debug, Clone, Copy)]
pub struct CounterNotice<'a> {
    pub listing: &'a str,
    /// How its deadlines name it: `listing https://…` / `链接https://…`.
    pub name: &'a Bilingual,
    pub received_on: Date,
    pub forwarded_on: Option<Date>,
    pub profile: &'a Profile,
    /// Under the PRC E-Commerce Law (art. 43's 15 days apply).
    pub prc: bool,
    /// Working days before the art. 43 date that the firm's docket date falls.
    pub docket_margin: u32,
}

impl<'a> CounterNotice<'a> {
    /// The counter-notice a rebuttal answers, named `name`.
    pub fn of(rebuttal: &'a crate::plan::Rebuttal<'_>, name: &'a Bilingual, docket_margin: u32) -> Self {
        CounterNotice {
            listing: rebuttal.id(),
            name,
            received_on: rebuttal.notice.received_on,
            forwarded_on: rebuttal.notice.forwarded_on,
            profile: rebuttal.profile,
            prc: rebuttal.prc,
            docket_margin,
        }
    }
}

/// The deadlines of one client's packet issued on `issue_date`: the power of attorney back
/// after `poa_return_days` working days; from then, per platform the verification and per
/// complaint each later step of the platform's timeline at its longest.
pub fn for_packet(
    calendar: &Calendar,
    client_id: &str,
    issue_date: Date,
    poa_return_days: u32,
    complaints: &[Complaint<'_>],
) -> Vec<Deadline> {
    let mut out = Vec::new();
    let poa = calendar.add_working_days(issue_date, poa_return_days);
    out.push(deadline(
        calendar,
        client_id,
        Kind::PoaReturn,
        "poa",
        (poa.date, poa.estimated),
        Bilingual::new(
            "Signed power of attorney expected back",
            "预计收回签署的授权委托书",
        ),
        Bilingual::new(
            format!("Our estimate: {poa_return_days} working days from the issue date for the signed power of attorney to come back"),
            format!("我方估计：自出具之日起{poa_return_days}个工作日内收回签署的授权委托书"),
        ),
    ));
    let mut verified: Vec<&str> = Vec::new();
    for complaint in complaints {
        let profile = complaint.profile;
        let mut total = 0u32;
        for step in &profile.timeline {
            total += step.days[1];
            let Some(kind) = Kind::of_step(step.kind) else {
                continue;
            };
            // The rights holder and agent are verified once per platform, not per complaint.
            let (subject, name) = if kind == Kind::Verification {
                if verified.contains(&profile.id.as_str()) {
                    continue;
                }
                verified.push(&profile.id);
                (profile.id.as_str(), None)
            } else {
                (complaint.id, Some(complaint.name))
            };
            let reached = calendar.add_working_days(poa.date, total);
            let days = if step.days[0] == step.days[1] {
                (step.days[0].to_string(), step.days[0].to_string())
            } else {
                (
                    format!("{}–{}", step.days[0], step.days[1]),
                    format!("{}至{}", step.days[0], step.days[1]),
                )
            };
            out.push(deadline(
                calendar,
                client_id,
                kind,
                subject,
                (reached.date, reached.estimated || poa.estimated),
                title(kind, profile, name),
                Bilingual::new(
                    format!(
                        "{}, timeline: {} ({} working days), counted from the power of attorney's return",
                        profile.name.en, step.step.en, days.0
                    ),
                    format!(
                        "{}流程：{}（{}个工作日），自收回授权委托书之日起算",
                        profile.name.zh, step.step.zh, days.1
                    ),
                ),
            ));
        }
    }
    out
}

/// Every deadline of a planned packet issued on `issue_date`: the packet's (its complaints
/// named by their file names) and each rebuttal's counter-notice (named by the rebuttal's
/// file name, so a second notice against the same listing has deadlines of its own).
pub fn of_packet(
    calendar: &Calendar,
    issue_date: Date,
    (poa_return_days, docket_margin): (u32, u32),
    packet: &crate::plan::Packet<'_>,
) -> Vec<Deadline> {
    let client = packet.client.id.as_str();
    let names: Vec<Bilingual> = packet.complaints.iter().map(|c| c.name()).collect();
    let complaints: Vec<Complaint> = packet
        .complaints
        .iter()
        .zip(&names)
        .map(|(c, name)| Complaint {
            id: c.file.trim_end_matches(".pdf"),
            name,
            profile: c.profile,
        })
        .collect();
    let mut out = for_packet(calendar, client, issue_date, poa_return_days, &complaints);
    for rebuttal in &packet.rebuttals {
        let name = rebuttal.name();
        let notice = CounterNotice::of(rebuttal, &name, docket_margin);
        out.extend(for_counter_notice(calendar, client, &notice));
    }
    for d in &mut out {
        d.urgency = Urgency::of(calendar, issue_date, d.date);
    }
    out
}

/// One warning per counter-notice whose reply or art. 43 deadline fell before `today`, at the
/// counter-notice's link cell: the rebuttal is still written, but may come too late.
pub fn lapsed_notes(
    calendar: &Calendar,
    today: Date,
    packets: &[crate::plan::Packet<'_>],
) -> Vec<crate::diag::Diagnostic> {
    let mut notes = Vec::new();
    for rebuttal in packets.iter().flat_map(|p| &p.rebuttals) {
        let name = rebuttal.name();
        let notice = CounterNotice::of(rebuttal, &name, 0);
        let all = for_counter_notice(calendar, "", &notice);
        let past = |kind: Kind| all.iter().find(|d| d.kind == kind && d.date < today);
        let message = match (past(Kind::Reply), past(Kind::Art43)) {
            (_, Some(end)) => format!(
                "the 15 days of E-Commerce Law art. 43 ended on {}: unless a complaint to the authorities or a suit was notified to {} by then, it may already have ended its measures",
                end.date, rebuttal.profile.name.en
            ),
            (Some(reply), None) => format!(
                "our reply was due on {} ({} working days after forwarding); {} may decide without it",
                reply.date, rebuttal.profile.reply_days, rebuttal.profile.name.en
            ),
            (None, None) => continue,
        };
        notes.push(crate::diag::Diagnostic::warning(
            rebuttal.notice.location.clone(),
            message,
        ));
    }
    notes
}

/// The deadlines of one counter-notice: our reply, `reply_days` working days of its platform
/// after forwarding; the platform's decision, the profile's dispute step after that (when it
/// has one); and, under PRC law, the end of the 15 days of E-Commerce Law art. 43 from the
/// statement's receipt (`received_on`: the day it reached the rights holder; the forwarding
/// date is informative only), and the firm's docket date before it.
pub fn for_counter_notice(calendar: &Calendar, client_id: &str, notice: &CounterNotice<'_>) -> Vec<Deadline> {
    let profile = notice.profile;
    let forwarded = notice.forwarded_on.unwrap_or(notice.received_on);
    let reply = calendar.add_working_days(forwarded, profile.reply_days);
    let days = profile.reply_days;
    // The figure's source or basis, as the profile gives it.
    let basis = crate::platform::basis_text(&profile.reply_days_source, &profile.reply_days_basis);
    let mut out = vec![deadline(
        calendar,
        client_id,
        Kind::Reply,
        notice.listing,
        (reply.date, reply.estimated),
        title(Kind::Reply, profile, Some(notice.name)),
        Bilingual::new(
            format!("{}: the rights holder's reply to a seller's statement within {days} working days of its forwarding ({})", profile.name.en, basis.en),
            format!("{}：权利人应于平台内经营者声明转送后{days}个工作日内答复（{}）", profile.name.zh, basis.zh),
        ),
    )];
    if let Some(step) = profile.timeline.iter().find(|s| s.kind == StepKind::Dispute) {
        let decided = calendar.add_working_days(reply.date, step.days[1]);
        let (lo, hi) = (step.days[0], step.days[1]);
        out.push(deadline(
            calendar,
            client_id,
            Kind::DisputeDecision,
            notice.listing,
            (decided.date, decided.estimated || reply.estimated),
            title(Kind::DisputeDecision, profile, Some(notice.name)),
            Bilingual::new(
                format!(
                    "{}, timeline: {} ({lo}–{hi} working days), counted from our reply's due date",
                    profile.name.en, step.step.en
                ),
                format!(
                    "{}流程：{}（{lo}至{hi}个工作日），自我方答复期限届满之日起算",
                    profile.name.zh, step.step.zh
                ),
            ),
        ));
    }
    if !notice.prc {
        return out;
    }
    let mut source = Bilingual::new(
        "E-Commerce Law art. 43: the platform ends its measures unless, within 15 days of the seller's statement reaching the rights holder, it is notified that the rights holder has complained to the authorities or sued",
        "《中华人民共和国电子商务法》第四十三条：电子商务平台经营者在转送声明到达知识产权权利人后十五日内，未收到权利人已经投诉或者起诉通知的，应当及时终止所采取的措施",
    );
    let (end, last) = art43_end(calendar, notice.received_on);
    if end.date != last {
        let (en, zh) = (last.english(), last.chinese());
        source.en.push_str(&format!("; the 15th day, {en}, is a day off, so the period ends on the next working day (Civil Code art. 203)"));
        source.zh.push_str(&format!("；第十五日（{zh}）为法定休假日，以休假日结束的次日为期间的最后一日（《中华人民共和国民法典》第二百零三条）"));
    }
    out.push(deadline(
        calendar,
        client_id,
        Kind::Art43,
        notice.listing,
        (end.date, end.estimated),
        title(Kind::Art43, profile, Some(notice.name)),
        source,
    ));
    if notice.docket_margin > 0 {
        let margin = notice.docket_margin;
        let docket = calendar.working_days_before(end.date, margin);
        out.push(deadline(
            calendar,
            client_id,
            Kind::Art43Docket,
            notice.listing,
            (docket, end.estimated),
            title(Kind::Art43Docket, profile, Some(notice.name)),
            Bilingual::new(
                format!("Firm practice: {margin} working days before the legal art. 43 date, {}; not a legal deadline", end.date.english()),
                format!("本所内部期限：第四十三条法定期限（{}）前{margin}个工作日；并非法定期限", end.date.chinese()),
            ),
        ));
    }
    out
}

/// The end of the 15 calendar days of E-Commerce Law art. 43 counted from `received` (the
/// day after it is the first), moved to the next working day when the 15th is a day off
/// (Civil Code art. 203): the end and the 15th day.
pub fn art43_end(calendar: &Calendar, received: Date) -> (crate::calendar::WorkingDays, Date) {
    let last = received.add_days(ART_43_DAYS).unwrap_or(Date::MAX);
    (calendar.on_or_after(last), last)
}

fn title(kind: Kind, profile: &Profile, subject: Option<&Bilingual>) -> Bilingual {
    let (en, zh) = match kind {
        Kind::PoaReturn => (
            "signed power of attorney expected back",
            "预计收回签署的授权委托书",
        ),
        Kind::Verification => (
            "verification of the rights holder and the rights expected",
            "预计完成权利人及权利审核",
        ),
        Kind::Decision => ("complaint decision expected", "预计作出投诉处理决定"),
        Kind::SellerWindow => (
            "seller's time to delete or counter-notify ends",
            "平台内经营者删除链接或提交声明的期限届满",
        ),
        Kind::Delivery => ("notice letter delivered", "通知函预计送达"),
        Kind::Removal => ("time given to remove the listings ends", "给予删除链接的期限届满"),
        Kind::Reply => (
            "our reply to the seller's statement due",
            "我方对平台内经营者声明的回复期限",
        ),
        Kind::DisputeDecision => (
            "platform's decision on the seller's statement expected",
            "预计平台对平台内经营者声明作出处理",
        ),
        Kind::Art43 => (
            "art. 43 period ends: notify the platform of a complaint to the authorities or a suit",
            "第四十三条期间届满：须已将投诉或起诉情况通知平台",
        ),
        Kind::Art43Docket => (
            "internal docket date: send the art. 43 notice (the legal date is later)",
            "本所内部期限：发出第四十三条通知（法定期限在后）",
        ),
    };
    match subject {
        Some(s) => Bilingual::new(
            format!("{}: {en} ({})", profile.name.en, s.en),
            format!("{}：{zh}（{}）", profile.name.zh, s.zh),
        ),
        None => Bilingual::new(
            format!("{}: {en}", profile.name.en),
            format!("{}：{zh}", profile.name.zh),
        ),
    }
}

fn deadline(
    calendar: &Calendar,
    client_id: &str,
    kind: Kind,
    subject: &str,
    (date, estimated): (Date, bool),
    title: Bilingual,
    source: Bilingual,
) -> Deadline {
    Deadline {
        uid: uid(client_id, kind, subject),
        date,
        kind,
        title,
        source,
        client_id: client_id.to_owned(),
        subject: subject.to_owned(),
        remind_on: calendar.working_days_before(date, REMINDER_WORKING_DAYS),
        estimated,
        urgency: Urgency::Later,
    }
}

/// `<32 hex digits>@takedown`, from the client id, the kind and the subject.
pub fn uid(client_id: &str, kind: Kind, subject: &str) -> String {
    let mut hash = Sha256::new();
    for part in [client_id, kind.id(), subject] {
        hash.update(part.as_bytes());
        hash.update([0]);
    }
    let digest = hash.finalize();
    let hex: String = digest.iter().take(16).map(|b| format!("{b:02x}")).collect();
    format!("{hex}@takedown")
}
