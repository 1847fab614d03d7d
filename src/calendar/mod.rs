//! Working days in mainland China: weekends, public holidays and the weekend days the State
//! Council makes working days (调休), for counting platform deadlines ("3 working days").
//!
//! A year's days off come from its State Council notice (国务院办公厅关于部分节假日安排的通知),
//! kept as a holiday file (`templates/holidays/<year>.yaml`, [`holidays`]): 2025 and 2026 are
//! built in, and a templates folder can add or replace years. A year without a notice still
//! has its statutory holidays off ([`statutory`]: New Year's Day, Spring Festival eve and days
//! 1–3, Qingming, 1–2 May, Dragon Boat, Mid-Autumn, 1–3 October); only its bridging days and
//! make-up working days are unknown, so results that depend on such a year are marked
//! estimated.

pub mod holidays;
pub mod statutory;

use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::model::Date;

pub use holidays::{HolidayError, HolidayYear};

/// A date reached by counting working days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WorkingDays {
    /// The day reached.
    pub date: Date,
    /// True when some day passed over fell in a year without a holiday notice (its statutory
    /// holidays and weekends were skipped, but its bridging days and 调休 are not known), so
    /// the date may be off by a few days.
    pub estimated: bool,
}

/// The working-day calendar: the holiday notices known, by year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calendar {
    years: BTreeMap<u16, HolidayYear>,
}

/// The days off of one year as counting needs them.
enum YearDays<'a> {
    Notice(&'a HolidayYear),
    Statutory(Vec<(Date, Date)>),
}

impl YearDays<'_> {
    fn is_working_day(&self, date: Date) -> bool {
        match self {
            YearDays::Notice(notice) => {
                notice.is_make_up_day(date) || (!date.is_weekend() && !notice.is_off(date))
            }
            YearDays::Statutory(off) => {
                !date.is_weekend() && !off.iter().any(|(from, to)| (*from..=*to).contains(&date))
            }
        }
    }
}

impl Calendar {
    /// The calendar of the given holiday files, (name shown in messages, YAML); a later file
    /// for the same year replaces an earlier one.
    pub fn parse<'a>(files: impl IntoIterator<Item = (String, &'a str)>) -> Result<Calendar, HolidayError> {
        let mut years = BTreeMap::new();
        for (name, text) in files {
            let year = holidays::parse(&name, text)?;
            years.insert(year.year, year);
        }
        Ok(Calendar { years })
    }

    /// The built-in notices (2025, 2026).
    pub fn builtin() -> &'static Calendar {
        static BUILTIN: OnceLock<Calendar> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            Calendar::parse(
                holidays::BUILTIN
                    .iter()
                    .map(|(name, text)| (format!("templates/holidays/{name}"), *text)),
            )
            .expect("the built-in holiday files are valid")
        })
    }

    /// The notice of `year`, if known.
    pub fn notice(&self, year: u16) -> Option<&HolidayYear> {
        self.years.get(&year)
    }

    /// True when the holiday notice of `year` is known.
    pub fn has_data(&self, year: u16) -> bool {
        self.years.contains_key(&year)
    }

    /// Every year with a notice, in order.
    pub fn years(&self) -> impl Iterator<Item = u16> + '_ {
        self.years.keys().copied()
    }

    fn year_days(&self, year: u16) -> YearDays<'_> {
        match self.years.get(&year) {
            Some(notice) => YearDays::Notice(notice),
            None => YearDays::Statutory(
                statutory::holidays(year)
                    .into_iter()
                    .map(|h| (h.from, h.to))
                    .collect(),
            ),
        }
    }

    /// True for a working day: Monday to Friday unless a day off, and the weekend days made
    /// working days. Years without a notice: Monday to Friday except the statutory holidays.
    pub fn is_working_day(&self, date: Date) -> bool {
        self.year_days(date.ymd().0).is_working_day(date)
    }

    /// The date `n` working days after `start` (`start` itself not counted; `n = 0` gives
    /// `start`), and whether a day passed over fell in a year without a notice. Past
    /// 9999-12-31 the count stops there.
    pub fn add_working_days(&self, start: Date, n: u32) -> WorkingDays {
        let mut date = start;
        let mut left = n;
        let mut estimated = false;
        let mut year = start.ymd().0;
        let mut days = self.year_days(year);
        while left > 0 {
            let Some(next) = date.add_days(1) else {
                return end_of_time();
            };
            date = next;
            if date.ymd().0 != year {
                year = date.ymd().0;
                days = self.year_days(year);
            }
            estimated |= matches!(days, YearDays::Statutory(_));
            if days.is_working_day(date) {
                left -= 1;
            }
        }
        WorkingDays { date, estimated }
    }

    /// `date` if it is a working day, else the first working day after it (a period whose
    /// last day is a day off ends on the next working day: Civil Code art. 203), and whether
    /// a day looked at fell in a year without a notice.
    pub fn on_or_after(&self, date: Date) -> WorkingDays {
        let mut estimated = !self.has_data(date.ymd().0);
        let mut day = date;
        while !self.is_working_day(day) {
            let Some(next) = day.add_days(1) else {
                return end_of_time();
            };
            day = next;
            estimated |= !self.has_data(day.ymd().0);
        }
        WorkingDays { date: day, estimated }
    }

    /// The working day `n` working days before `date` (`n = 0`: `date`); stops at 0001-01-01.
    pub fn working_days_before(&self, date: Date, n: u32) -> Date {
        let mut day = date;
        let mut left = n;
        while left > 0 {
            let Some(previous) = day.add_days(-1) else {
                return day;
            };
            day = previous;
            if self.is_working_day(day) {
                left -= 1;
            }
        }
        day
    }
}

/// True when the built-in holiday notice of `year` is known.
pub fn has_data(year: u16) -> bool {
    Calendar::builtin().has_data(year)
}

/// [`Calendar::is_working_day`] with the built-in notices.
pub fn is_working_day(date: Date) -> bool {
    Calendar::builtin().is_working_day(date)
}

/// [`Calendar::add_working_days`] with the built-in notices.
pub fn add_working_days(start: Date, n: u32) -> WorkingDays {
    Calendar::builtin().add_working_days(start, n)
}

fn end_of_time() -> WorkingDays {
    WorkingDays {
        date: Date::MAX,
        estimated: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(year: u32, month: u32, day: u32) -> Date {
        Date::new(year, month, day).expect("valid date")
    }

    fn add(start: Date, n: u32) -> (String, bool) {
        let reached = add_working_days(start, n);
        (reached.date.to_string(), reached.estimated)
    }

    #[test]
    fn holidays_and_make_up_days_2026() {
        assert!(!is_working_day(d(2026, 1, 1)));
        assert!(is_working_day(d(2026, 1, 4)), "Sunday make-up day");
        assert!(!is_working_day(d(2026, 2, 16)), "Spring Festival, a Monday");
        assert!(is_working_day(d(2026, 2, 14)), "Saturday make-up day");
        assert!(is_working_day(d(2026, 2, 28)), "Saturday make-up day");
        assert!(!is_working_day(d(2026, 6, 19)), "Dragon Boat Festival, a Friday");
        assert!(!is_working_day(d(2026, 10, 7)));
        assert!(is_working_day(d(2026, 10, 8)));
        assert!(is_working_day(d(2026, 11, 27)), "an ordinary Friday");
        assert!(!is_working_day(d(2026, 11, 28)), "an ordinary Saturday");
    }

    #[test]
    fn holidays_and_make_up_days_2025() {
        assert!(!is_working_day(d(2025, 1, 1)));
        assert!(is_working_day(d(2025, 1, 26)), "Sunday make-up day");
        assert!(!is_working_day(d(2025, 2, 4)), "last day of the Spring Festival");
        assert!(is_working_day(d(2025, 2, 5)));
        assert!(!is_working_day(d(2025, 6, 2)), "Dragon Boat Festival, a Monday");
        assert!(is_working_day(d(2025, 9, 28)), "Sunday make-up day");
        assert!(!is_working_day(d(2025, 10, 8)));
        assert!(is_working_day(d(2025, 10, 11)), "Saturday make-up day");
    }

    #[test]
    fn years_without_a_notice_have_their_statutory_holidays() {
        assert!(has_data(2025) && has_data(2026));
        assert!(!has_data(2024) && !has_data(2027));
        assert!(!is_working_day(d(2027, 1, 2)), "a Saturday");
        assert!(!is_working_day(d(2027, 1, 1)), "New Year's Day, a Friday");
        assert!(is_working_day(d(2027, 1, 4)));
        for day in 5..=8 {
            assert!(
                !is_working_day(d(2027, 2, day)),
                "Spring Festival 2027-02-{day:02}"
            );
        }
        assert!(is_working_day(d(2027, 2, 9)));
        assert!(!is_working_day(d(2027, 4, 5)), "Qingming, a Monday");
        assert!(
            !is_working_day(d(2027, 6, 9)),
            "Dragon Boat Festival, a Wednesday"
        );
        assert!(
            !is_working_day(d(2027, 9, 15)),
            "Mid-Autumn Festival, a Wednesday"
        );
        assert!(!is_working_day(d(2027, 10, 1)) && !is_working_day(d(2027, 10, 3)));
        assert!(is_working_day(d(2027, 10, 4)), "bridging days are not known");
    }

    #[test]
    fn counting_skips_the_national_day_week() {
        // Wednesday 30 September 2026; 1–7 October off.
        assert_eq!(add(d(2026, 9, 30), 1), ("2026-10-08".into(), false));
        assert_eq!(add(d(2026, 9, 30), 3), ("2026-10-10".into(), false));
        assert_eq!(add(d(2026, 9, 30), 4), ("2026-10-12".into(), false));
    }

    #[test]
    fn counting_lands_on_make_up_saturdays() {
        assert_eq!(add(d(2026, 10, 9), 1), ("2026-10-10".into(), false));
        assert_eq!(add(d(2026, 2, 13), 1), ("2026-02-14".into(), false));
        // Saturday 14 February + 1: the Spring Festival runs to Monday 23 February.
        assert_eq!(add(d(2026, 2, 14), 1), ("2026-02-24".into(), false));
        // Friday 26 September 2025 + 1: Sunday 28 September is a working day.
        assert_eq!(add(d(2025, 9, 26), 1), ("2025-09-28".into(), false));
    }

    #[test]
    fn platform_deadlines() {
        // A complaint filed Friday 27 November 2026, seven working days to decide.
        assert_eq!(add(d(2026, 11, 27), 7), ("2026-12-08".into(), false));
        // Counted across the 2025 Spring Festival: Monday 27 January + 3.
        assert_eq!(add(d(2025, 1, 27), 3), ("2025-02-07".into(), false));
        assert_eq!(add(d(2026, 11, 28), 0), ("2026-11-28".into(), false));
    }

    #[test]
    fn counting_into_a_year_without_data_is_estimated() {
        // Friday 1 January 2027 is New Year's Day even without the 2027 notice.
        assert_eq!(add(d(2026, 12, 31), 1), ("2027-01-04".into(), true));
        assert_eq!(add(d(2026, 12, 30), 1), ("2026-12-31".into(), false));
        assert_eq!(add(d(2024, 12, 31), 1), ("2025-01-02".into(), false));
        assert_eq!(add(d(2024, 12, 30), 1), ("2024-12-31".into(), true));
    }

    #[test]
    fn long_counts_past_the_data_match_a_day_by_day_count() {
        for start in [d(2026, 12, 25), d(2026, 12, 26), d(2027, 3, 3), d(2031, 6, 7)] {
            for n in [4, 5, 6, 11, 23, 260] {
                let mut date = start;
                for _ in 0..n {
                    date = date.add_days(1).expect("in range");
                    while !is_working_day(date) {
                        date = date.add_days(1).expect("in range");
                    }
                }
                assert_eq!(add_working_days(start, n).date, date, "{start} + {n}");
            }
        }
    }

    #[test]
    fn a_day_off_moves_to_the_next_working_day() {
        let calendar = Calendar::builtin();
        assert_eq!(calendar.on_or_after(d(2026, 10, 1)).date, d(2026, 10, 8));
        assert_eq!(calendar.on_or_after(d(2026, 10, 10)).date, d(2026, 10, 10));
        let new_year = calendar.on_or_after(d(2027, 1, 1));
        assert_eq!(
            new_year,
            WorkingDays {
                date: d(2027, 1, 4),
                estimated: true
            }
        );
        assert_eq!(calendar.working_days_before(d(2026, 10, 8), 2), d(2026, 9, 29));
        assert_eq!(calendar.working_days_before(d(2026, 10, 12), 2), d(2026, 10, 9));
    }

    #[test]
    fn counting_stops_at_the_last_date() {
        let reached = add_working_days(d(9999, 12, 30), u32::MAX);
        assert_eq!(reached.date, d(9999, 12, 31));
        assert!(reached.estimated);
        let reached = add_working_days(d(2026, 1, 5), u32::MAX);
        assert_eq!(reached.date, d(9999, 12, 31));
    }
}
