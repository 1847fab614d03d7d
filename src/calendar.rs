//! Working days in mainland China: weekends, public holidays and the weekend days the State
//! Council makes working days (调休), for counting platform deadlines ("3 working days").
//!
//! The holiday data is the table [`HOLIDAYS`], one entry per year, taken from the State
//! Council General Office's annual notice on holiday arrangements (国务院办公厅关于部分节假日
//! 安排的通知). A year without data counts Monday to Friday as working days, and results that
//! depend on such a year are marked as estimated.

use crate::model::Date;

/// (month, day).
pub type MonthDay = (u8, u8);

/// The holiday arrangements of one year, as the State Council published them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HolidayYear {
    /// The year.
    pub year: u16,
    /// The notice the data comes from.
    pub source: &'static str,
    /// Days off, as inclusive ranges; weekends inside a range included.
    pub off: &'static [(MonthDay, MonthDay)],
    /// Saturdays and Sundays that are working days (调休上班).
    pub work: &'static [MonthDay],
}

/// Every year with data, in order.
pub const HOLIDAYS: &[HolidayYear] = &[
    HolidayYear {
        year: 2025,
        source: "国务院办公厅关于2025年部分节假日安排的通知",
        off: &[
            ((1, 1), (1, 1)),   // 元旦 New Year's Day
            ((1, 28), (2, 4)),  // 春节 Spring Festival
            ((4, 4), (4, 6)),   // 清明节 Qingming
            ((5, 1), (5, 5)),   // 劳动节 Labour Day
            ((5, 31), (6, 2)),  // 端午节 Dragon Boat Festival
            ((10, 1), (10, 8)), // 国庆节、中秋节 National Day and Mid-Autumn Festival
        ],
        work: &[(1, 26), (2, 8), (4, 27), (9, 28), (10, 11)],
    },
    HolidayYear {
        year: 2026,
        source: "国务院办公厅关于2026年部分节假日安排的通知",
        off: &[
            ((1, 1), (1, 3)),   // 元旦 New Year's Day
            ((2, 15), (2, 23)), // 春节 Spring Festival
            ((4, 4), (4, 6)),   // 清明节 Qingming
            ((5, 1), (5, 5)),   // 劳动节 Labour Day
            ((6, 19), (6, 21)), // 端午节 Dragon Boat Festival
            ((9, 25), (9, 27)), // 中秋节 Mid-Autumn Festival
            ((10, 1), (10, 7)), // 国庆节 National Day
        ],
        work: &[(1, 4), (2, 14), (2, 28), (5, 9), (9, 20), (10, 10)],
    },
];

/// A date reached by counting working days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WorkingDays {
    /// The day reached.
    pub date: Date,
    /// True when some day passed over fell in a year without holiday data (only weekends were
    /// skipped there), so the date may be off by the holidays of that year.
    pub estimated: bool,
}

fn year_data(year: u16) -> Option<&'static HolidayYear> {
    HOLIDAYS.iter().find(|data| data.year == year)
}

/// True when the holiday arrangements of `year` are known.
pub fn has_data(year: u16) -> bool {
    year_data(year).is_some()
}

/// True for a working day: Monday to Friday unless a public holiday, and the weekend days made
/// working days. Years without data: Monday to Friday.
pub fn is_working_day(date: Date) -> bool {
    let (year, month, day) = date.ymd();
    let Some(data) = year_data(year) else {
        return !date.is_weekend();
    };
    let md = (month, day);
    if data.work.contains(&md) {
        return true;
    }
    if data.off.iter().any(|(from, to)| (*from..=*to).contains(&md)) {
        return false;
    }
    !date.is_weekend()
}

/// The date `n` working days after `start` (`start` itself not counted; `n = 0` gives `start`),
/// and whether every day passed over fell in a year with holiday data. Past 9999-12-31 the
/// count stops there.
pub fn add_working_days(start: Date, n: u32) -> WorkingDays {
    let last_data_year = HOLIDAYS.iter().map(|data| data.year).max().unwrap_or(0);
    let mut date = start;
    let mut left = n;
    let mut estimated = false;
    while left > 0 {
        let (year, _, _) = date.ymd();
        // Beyond the data every week has five working days: skip whole weeks at once. `date` is
        // a working day here (a weekday) unless nothing has been counted yet.
        if year > last_data_year && left >= 5 && !date.is_weekend() {
            let weeks = left / 5;
            match date.add_days(7 * i64::from(weeks)) {
                Some(later) => {
                    date = later;
                    left -= 5 * weeks;
                    estimated = true;
                    continue;
                }
                None => return end_of_time(),
            }
        }
        let Some(next) = date.add_days(1) else {
            return end_of_time();
        };
        date = next;
        estimated |= !has_data(date.ymd().0);
        if is_working_day(date) {
            left -= 1;
        }
    }
    WorkingDays { date, estimated }
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
    fn the_data_is_consistent() {
        let mut years: Vec<u16> = HOLIDAYS.iter().map(|data| data.year).collect();
        years.dedup();
        assert_eq!(years.len(), HOLIDAYS.len(), "one entry per year");
        assert!(years.windows(2).all(|w| w[0] < w[1]), "years in order");
        for data in HOLIDAYS {
            let year = u32::from(data.year);
            for &((m1, d1), (m2, d2)) in data.off {
                let from = d(year, m1.into(), d1.into());
                let to = d(year, m2.into(), d2.into());
                assert!(from <= to, "{} off {from}..{to}", data.year);
            }
            for &(month, day) in data.work {
                let date = d(year, month.into(), day.into());
                assert!(date.is_weekend(), "make-up day {date} is not a weekend day");
                assert!(is_working_day(date), "make-up day {date} inside a holiday");
            }
        }
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
    fn years_without_data_have_weekends_only() {
        assert!(has_data(2025) && has_data(2026));
        assert!(!has_data(2024) && !has_data(2027));
        assert!(!is_working_day(d(2027, 1, 2)), "a Saturday");
        assert!(is_working_day(d(2027, 1, 1)), "New Year's Day, not known yet");
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
        assert_eq!(add(d(2026, 12, 31), 1), ("2027-01-01".into(), true));
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
    fn counting_stops_at_the_last_date() {
        let reached = add_working_days(d(9999, 12, 30), u32::MAX);
        assert_eq!(reached.date, d(9999, 12, 31));
        assert!(reached.estimated);
        let reached = add_working_days(d(2026, 1, 5), u32::MAX);
        assert_eq!(reached.date, d(9999, 12, 31));
    }
}
