//! `deadlines.ics` (iCalendar, RFC 5545): one all-day event per distinct deadline, with a
//! reminder. Deadlines of one client falling on the same day for the same step (two
//! complaints' decisions, say) are one event listing both; a passed or urgent one says so
//! first in its summary.

use chrono::{Duration, NaiveDate};
use icalendar::{Alarm, Component, Event, EventLike, Trigger};

use super::{Deadline, Kind};
use crate::model::Date;

fn naive(date: Date) -> NaiveDate {
    let (y, m, d) = date.ymd();
    NaiveDate::from_ymd_opt(i32::from(y), u32::from(m), u32::from(d)).unwrap_or(NaiveDate::MAX)
}

/// What makes deadlines one event: the client, the day and the step.
type EventKey<'a> = (&'a str, Date, Kind);

/// The deadlines as events: those of one client on the same day for the same step are one
/// (a deadline given twice, once), in the order first given.
pub fn events(deadlines: &[Deadline]) -> Vec<Vec<&Deadline>> {
    let mut events: Vec<(EventKey, Vec<&Deadline>)> = Vec::new();
    for d in deadlines {
        let key = (d.client_id.as_str(), d.date, d.kind);
        match events.iter_mut().find(|(k, _)| *k == key) {
            Some((_, same)) => {
                if !same.iter().any(|s| s.uid == d.uid) {
                    same.push(d);
                }
            }
            None => events.push((key, vec![d])),
        }
    }
    events.into_iter().map(|(_, same)| same).collect()
}

/// The deadlines as an iCalendar file: one all-day event per distinct deadline (client, day
/// and step), each summary naming the client and what is due, with a reminder at 09:00 on
/// its [`Deadline::remind_on`] day. `stamp` is the DTSTAMP of every event (the build's date,
/// so the same input gives the same bytes); a merged event's UID is that of its first
/// deadline, so it stays the same from build to build.
pub fn to_ics(deadlines: &[Deadline], stamp: Date) -> String {
    let stamp = naive(stamp).and_hms_opt(0, 0, 0).unwrap_or_default().and_utc();
    let mut calendar = icalendar::Calendar::empty();
    calendar.append_property(("VERSION", "2.0"));
    calendar.append_property(("PRODID", "-//takedown//deadlines//EN"));
    calendar.append_property(("CALSCALE", "GREGORIAN"));
    calendar.name("takedown deadlines / 期限");
    for same in events(deadlines) {
        let first = same[0];
        let (client, start) = (first.client_id.as_str(), naive(first.date));
        let urgency = same.iter().map(|d| d.urgency).max().unwrap_or_default();
        let titles: Vec<String> = same
            .iter()
            .map(|d| format!("{} / {}", d.title.en, d.title.zh))
            .collect();
        let summary = format!("{}[{client}] {}", urgency.flag(), titles.join("; "));
        let mut description = String::new();
        for d in &same {
            description.push_str(&format!(
                "{}\n{}\n{}\n{}\n",
                d.title.en, d.title.zh, d.source.en, d.source.zh
            ));
        }
        if same.iter().any(|d| d.estimated) {
            description.push_str("(Estimated: a year without a State Council holiday notice was counted. 含尚无国务院节假日安排通知的年份，日期为估算。)");
        }
        // Relative to the event's start (00:00 of its day): 09:00 on the reminder day.
        let before = start.signed_duration_since(naive(first.remind_on));
        let trigger = Trigger::before_start(before - Duration::hours(9));
        let mut alarm = Alarm::display(&summary, trigger);
        // Without them the writer adds the current time and a random UID.
        alarm.append_property(("UID", format!("alarm-{}", first.uid).as_str()));
        alarm.timestamp(stamp);
        let event = Event::new()
            .uid(&first.uid)
            .timestamp(stamp)
            .summary(&summary)
            .description(description.trim_end())
            .starts(start)
            .ends(start.succ_opt().unwrap_or(start))
            .alarm(alarm)
            .done();
        calendar.push(event);
    }
    calendar.done().to_string()
}
