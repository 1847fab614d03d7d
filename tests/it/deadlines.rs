//! Deadlines of a packet and of counter-notices, and `deadlines.ics` read back with the
//! icalendar crate's parser.

use takedown::calendar::Calendar;
use takedown::deadlines::{self, Complaint, CounterNotice, Deadline, Kind};
use takedown::model::{Bilingual, Date, Platform};
use takedown::platform::Profiles;

fn r1() -> Bilingual {
    Bilingual::new("trademark No. 1", "第1号注册商标")
}

fn jd_listing() -> Bilingual {
    Bilingual::new(
        "listing https://item.jd.com/100012043978.html",
        "链接https://item.jd.com/100012043978.html",
    )
}

fn d(year: u32, month: u32, day: u32) -> Date {
    Date::new(year, month, day).expect("valid date")
}

fn packet(profiles: &Profiles) -> Vec<Deadline> {
    let jd = profiles.of(Platform::Jd);
    let complaints = [
        Complaint {
            id: "complaint-jd-R1",
            name: &r1(),
            profile: jd,
        },
        Complaint {
            id: "complaint-jd-R2",
            name: &Bilingual::new("trademark No. 2", "第2号注册商标"),
            profile: jd,
        },
    ];
    // Issued Tuesday 1 December 2026; the POA back 10 working days later.
    deadlines::for_packet(Calendar::builtin(), "C001", d(2026, 12, 1), 10, &complaints)
}

fn summary(deadlines: &[Deadline]) -> Vec<(Kind, &str, String, bool)> {
    deadlines
        .iter()
        .map(|d| (d.kind, d.subject.as_str(), d.date.to_string(), d.estimated))
        .collect()
}

#[test]
fn a_packets_deadlines_follow_the_poa_and_the_platforms_timeline() {
    let profiles = Profiles::builtin();
    let deadlines = packet(&profiles);
    assert_eq!(
        summary(&deadlines),
        [
            (Kind::PoaReturn, "poa", "2026-12-15".to_owned(), false),
            (Kind::Verification, "jd", "2026-12-22".to_owned(), false),
            // 15 working days after 15 December: 1 January 2027 is skipped.
            (Kind::Decision, "complaint-jd-R1", "2027-01-06".to_owned(), true),
            (
                Kind::SellerWindow,
                "complaint-jd-R1",
                "2027-01-11".to_owned(),
                true
            ),
            (Kind::Decision, "complaint-jd-R2", "2027-01-06".to_owned(), true),
            (
                Kind::SellerWindow,
                "complaint-jd-R2",
                "2027-01-11".to_owned(),
                true
            ),
        ]
    );
    let decision = &deadlines[2];
    assert_eq!(
        decision.title.en,
        "JD Intellectual Property Protection Platform: complaint decision expected (trademark No. 1)"
    );
    assert_eq!(
        decision.title.zh,
        "京东知识产权保护平台：预计作出投诉处理决定（第1号注册商标）"
    );
    assert_eq!(
        decision.source.en,
        "JD Intellectual Property Protection Platform, timeline: Review of the complaint and JD's decision (5–10 working days), counted from the power of attorney's return"
    );
    assert_eq!(decision.remind_on, d(2027, 1, 4));
    assert_eq!(
        deadlines[0].source.en,
        "Our estimate: 10 working days from the issue date for the signed power of attorney to come back"
    );
    // Reminders two working days before: Monday 4 January 2027 ← Wednesday 30 December.
    assert_eq!(deadlines[3].remind_on, d(2027, 1, 7));
    assert_eq!(deadlines[1].remind_on, d(2026, 12, 18));
}

#[test]
fn a_letter_sets_delivery_and_removal() {
    let profiles = Profiles::builtin();
    let letter = profiles.of(Platform::Other);
    let complaints = [Complaint {
        id: "letter-other-R1",
        name: &r1(),
        profile: letter,
    }];
    let deadlines = deadlines::for_packet(Calendar::builtin(), "C002", d(2026, 11, 2), 0, &complaints);
    assert_eq!(
        summary(&deadlines),
        [
            (Kind::PoaReturn, "poa", "2026-11-02".to_owned(), false),
            (Kind::Delivery, "letter-other-R1", "2026-11-05".to_owned(), false),
            (Kind::Removal, "letter-other-R1", "2026-11-12".to_owned(), false),
        ]
    );
}

#[test]
fn a_counter_notice_sets_our_reply_and_the_art_43_period() {
    let profiles = Profiles::builtin();
    let notice = CounterNotice {
        listing: "https://item.jd.com/100012043978.html",
        name: &jd_listing(),
        received_on: d(2026, 12, 3),
        forwarded_on: Some(d(2026, 12, 2)),
        profile: profiles.of(Platform::Jd),
        prc: true,
        docket_margin: 2,
    };
    let deadlines = deadlines::for_counter_notice(Calendar::builtin(), "C001", &notice);
    assert_eq!(
        summary(&deadlines),
        [
            (
                Kind::Reply,
                "https://item.jd.com/100012043978.html",
                "2026-12-07".to_owned(),
                false
            ),
            // JD's dispute step: at most 5 working days after our reply.
            (
                Kind::DisputeDecision,
                "https://item.jd.com/100012043978.html",
                "2026-12-14".to_owned(),
                false
            ),
            // received_on + 15 calendar days: the statement reaching the rights holder, not
            // its forwarding (review N6).
            (
                Kind::Art43,
                "https://item.jd.com/100012043978.html",
                "2026-12-18".to_owned(),
                false
            ),
            // The firm's docket date, 2 working days earlier, apart and labelled.
            (
                Kind::Art43Docket,
                "https://item.jd.com/100012043978.html",
                "2026-12-16".to_owned(),
                false
            ),
        ]
    );
    let docket = &deadlines[3];
    assert_eq!(
        docket.source.en,
        "Firm practice: 2 working days before the legal art. 43 date, 18 December 2026; not a legal deadline"
    );
    assert!(
        docket.title.en.contains("internal docket date"),
        "{}",
        docket.title.en
    );
    assert!(docket.title.zh.contains("本所内部期限"), "{}", docket.title.zh);
    assert_eq!(
        deadlines[1].source.en,
        "JD Intellectual Property Protection Platform, timeline: Our reply to a counter-notice and the platform's decision (2–5 working days), counted from our reply's due date"
    );
    let art43 = &deadlines[2];
    assert!(art43
        .source
        .zh
        .starts_with("《中华人民共和国电子商务法》第四十三条："));
    assert!(!art43.source.en.contains("Civil Code"), "{}", art43.source.en);
    assert_eq!(
        art43.title.en,
        "JD Intellectual Property Protection Platform: art. 43 period ends: notify the platform of a complaint to the authorities or a suit (listing https://item.jd.com/100012043978.html)"
    );
}

#[test]
fn an_art_43_period_ending_on_a_day_off_ends_on_the_next_working_day() {
    let profiles = Profiles::builtin();
    let jd = profiles.of(Platform::Jd);
    let name = jd_listing();
    let notice = |forwarded: Date| CounterNotice {
        listing: "https://item.jd.com/1.html",
        name: &name,
        received_on: forwarded,
        forwarded_on: None,
        profile: jd,
        prc: true,
        docket_margin: 0,
    };
    // Wednesday 16 September 2026 + 15 = 1 October, National Day: the week off runs to the 7th.
    let deadlines = deadlines::for_counter_notice(Calendar::builtin(), "C001", &notice(d(2026, 9, 16)));
    let art43 = &deadlines[2];
    assert_eq!(art43.kind, Kind::Art43);
    assert_eq!(art43.date, d(2026, 10, 8));
    assert!(
        art43.source.en.ends_with("; the 15th day, 1 October 2026, is a day off, so the period ends on the next working day (Civil Code art. 203)"),
        "{}",
        art43.source.en
    );
    assert!(
        art43
            .source
            .zh
            .contains("；第十五日（2026年10月1日）为法定休假日"),
        "{}",
        art43.source.zh
    );
    // Thursday 17 December 2026 + 15 = Friday 1 January 2027.
    let deadlines = deadlines::for_counter_notice(Calendar::builtin(), "C001", &notice(d(2026, 12, 17)));
    assert_eq!((deadlines[2].date, deadlines[2].estimated), (d(2027, 1, 4), true));
    assert_eq!(deadlines[0].date, d(2026, 12, 22), "reply: 3 working days");
}

#[test]
fn uids_depend_on_client_kind_and_subject_only() {
    let profiles = Profiles::builtin();
    let first = packet(&profiles);
    let again = packet(&profiles);
    let uids: Vec<&str> = first.iter().map(|d| d.uid.as_str()).collect();
    assert_eq!(uids, again.iter().map(|d| d.uid.as_str()).collect::<Vec<_>>());
    let mut unique = uids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), uids.len(), "{uids:?}");
    // A later issue date moves the dates, not the UIDs.
    let jd = profiles.of(Platform::Jd);
    let later = deadlines::for_packet(
        Calendar::builtin(),
        "C001",
        d(2026, 12, 8),
        10,
        &[Complaint {
            id: "complaint-jd-R1",
            name: &r1(),
            profile: jd,
        }],
    );
    assert_eq!(later[2].uid, first[2].uid);
    assert_ne!(later[2].date, first[2].date);
    assert_eq!(
        first[2].uid,
        deadlines::uid("C001", Kind::Decision, "complaint-jd-R1")
    );
    assert!(first[2].uid.ends_with("@takedown") && first[2].uid.len() == 32 + 9);
}

#[test]
fn the_ics_file_parses_with_one_all_day_event_and_reminder_per_deadline() {
    let profiles = Profiles::builtin();
    let mut all = packet(&profiles);
    all.extend(deadlines::for_counter_notice(
        Calendar::builtin(),
        "C001",
        &CounterNotice {
            listing: "https://item.jd.com/100012043978.html",
            name: &jd_listing(),
            received_on: d(2026, 12, 3),
            forwarded_on: None,
            profile: profiles.of(Platform::Jd),
            prc: true,
            docket_margin: 0,
        },
    ));
    let text = deadlines::to_ics(&all, d(2026, 12, 1));
    assert_eq!(
        text,
        deadlines::to_ics(&all, d(2026, 12, 1)),
        "the same bytes twice"
    );
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"), "{text}");

    let unfolded = icalendar::parser::unfold(&text);
    let calendar = icalendar::parser::read_calendar(&unfolded).expect("a valid iCalendar file");
    let names: Vec<&str> = calendar.properties.iter().map(|p| p.name.as_str()).collect();
    for name in ["VERSION", "PRODID", "CALSCALE"] {
        assert_eq!(
            names.iter().filter(|n| **n == name).count(),
            1,
            "one {name}: {names:?}"
        );
    }
    let prodid = calendar
        .properties
        .iter()
        .find(|p| p.name.as_str() == "PRODID")
        .unwrap();
    assert_eq!(prodid.val.as_str(), "-//takedown//deadlines//EN");
    let events: Vec<_> = calendar
        .components
        .iter()
        .filter(|c| c.name.as_str() == "VEVENT")
        .collect();
    // Two complaints' decisions on the same day are one event listing both.
    let grouped = deadlines::events(&all);
    assert_eq!(events.len(), grouped.len());
    assert_eq!(
        all.len() - grouped.len(),
        2,
        "R1 and R2: decision and seller's window"
    );
    assert_eq!(grouped[2].len(), 2);
    let prop = |c: &icalendar::parser::Component, name: &str| -> String {
        c.find_prop(name)
            .map(|p| p.val.as_str().to_owned())
            .unwrap_or_else(|| panic!("no {name}"))
    };
    for (event, same) in events.iter().zip(&grouped) {
        let deadline = same[0];
        assert_eq!(prop(event, "UID"), deadline.uid);
        assert_eq!(prop(event, "DTSTAMP"), "20261201T000000Z");
        let (y, m, day) = deadline.date.ymd();
        assert_eq!(prop(event, "DTSTART"), format!("{y:04}{m:02}{day:02}"));
        let start = event.find_prop("DTSTART").unwrap();
        assert!(
            start
                .params
                .iter()
                .any(|p| p.key.as_str() == "VALUE" && p.val.as_ref().map(|v| v.as_str()) == Some("DATE")),
            "an all-day event"
        );
        let titles: Vec<String> = same
            .iter()
            .map(|d| format!("{} / {}", d.title.en, d.title.zh))
            .collect();
        // Every summary names the client first.
        assert_eq!(prop(event, "SUMMARY"), format!("[C001] {}", titles.join("; ")));
        let alarms: Vec<_> = event
            .components
            .iter()
            .filter(|c| c.name.as_str() == "VALARM")
            .collect();
        assert_eq!(alarms.len(), 1);
        assert_eq!(prop(alarms[0], "ACTION"), "DISPLAY");
    }
    // The decision on Wednesday 6 January 2027: reminder at 09:00 on Monday 4 January, 39
    // hours before the day starts.
    let decision = events[2];
    assert_eq!(prop(decision, "DTEND"), "20270107");
    let alarm = decision
        .components
        .iter()
        .find(|c| c.name.as_str() == "VALARM")
        .unwrap();
    assert_eq!(prop(alarm, "TRIGGER"), "-PT140400S");
    // The seller's window on Monday 11 January: reminder on Thursday 7 January.
    let alarm = events[3]
        .components
        .iter()
        .find(|c| c.name.as_str() == "VALARM")
        .unwrap();
    assert_eq!(prop(alarm, "TRIGGER"), "-PT313200S");
    assert!(text.replace("\r\n ", "").contains("E-Commerce Law art. 43"));
}
