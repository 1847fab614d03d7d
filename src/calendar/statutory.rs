//! The statutory public holidays of mainland China (全国年节及纪念日放假办法), computed for any
//! year: the days off that every State Council notice contains, before its bridging days and
//! make-up working days (调休) are known.
//!
//! Lunar dates come from ICU4X's Chinese calendar (`icu_calendar`: GB/T 33661-2017, with
//! tables checked against the Purple Mountain and Hong Kong observatories for 1912–2102).
//! Qingming is a solar term (the sun's apparent longitude reaching 15°), dated in Beijing
//! time by `tyme4rs` (the 寿星天文历 algorithms of the Chinese almanacs), for the years
//! 1900–2999; ICU4X does not give solar terms.

use icu_calendar::types::Month;
use icu_calendar::Date as IcuDate;
use tyme4rs::tyme::solar::SolarTerm;

use crate::model::Date;

/// A statutory holiday of one year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Statutory {
    /// The holiday's name, Chinese and English.
    pub name: &'static str,
    /// Its days off (one to four consecutive days).
    pub from: Date,
    pub to: Date,
}

/// The statutory holidays of `year`, in date order. From 2025 (the amendment of November
/// 2024): Spring Festival eve and days 1–3, 1–2 May; from 2008 to 2024: Spring Festival days
/// 1–3 and 1 May. A holiday that cannot be computed (years beyond the astronomy's range) is
/// left out.
pub fn holidays(year: u16) -> Vec<Statutory> {
    let y = i32::from(year);
    let amended = year >= 2025;
    let mut days = Vec::with_capacity(7);
    let mut push = |name, from: Option<Date>, len: i64| {
        if let Some(from) = from {
            if let Some(to) = from.add_days(len - 1) {
                days.push(Statutory { name, from, to });
            }
        }
    };
    push("元旦 New Year's Day", Date::new(y as u32, 1, 1), 1);
    let new_year = lunar(y, 1, 1);
    if amended {
        push("春节 Spring Festival", new_year.and_then(|d| d.add_days(-1)), 4);
    } else {
        push("春节 Spring Festival", new_year, 3);
    }
    push("清明节 Qingming", qingming(y), 1);
    push(
        "劳动节 Labour Day",
        Date::new(y as u32, 5, 1),
        if amended { 2 } else { 1 },
    );
    push("端午节 Dragon Boat Festival", lunar(y, 5, 5), 1);
    push("中秋节 Mid-Autumn Festival", lunar(y, 8, 15), 1);
    push("国庆节 National Day", Date::new(y as u32, 10, 1), 3);
    // A Spring Festival eve in the previous Gregorian year (never so far, but possible in
    // principle) and holidays that meet are kept as computed: they are days off either way.
    days.sort_by_key(|h| h.from);
    days
}

/// The Gregorian date of day `day` of (non-leap) month `month` of the Chinese year that
/// begins in Gregorian year `year`.
fn lunar(year: i32, month: u8, day: u8) -> Option<Date> {
    let date = IcuDate::try_new_chinese_traditional(year, Month::new(month), day).ok()?;
    let iso = date.to_calendar(icu_calendar::cal::Iso);
    let year = u32::try_from(iso.era_year().year).ok()?;
    Date::new(year, iso.month().ordinal.into(), iso.day_of_month().0.into())
}

/// The day of Qingming (清明) in Beijing time, for the years the almanac algorithms cover.
fn qingming(year: i32) -> Option<Date> {
    if !(1900..=2999).contains(&year) {
        return None;
    }
    let day = SolarTerm::new(year as isize, "清明").ok()?.get_solar_day();
    let (y, m, d) = (day.get_year(), day.get_month(), day.get_day());
    Date::new(
        u32::try_from(y).ok()?,
        u32::try_from(m).ok()?,
        u32::try_from(d).ok()?,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: u32, m: u32, day: u32) -> Date {
        Date::new(y, m, day).unwrap()
    }

    fn find(year: u16, prefix: &str) -> Statutory {
        holidays(year)
            .into_iter()
            .find(|h| h.name.starts_with(prefix))
            .unwrap_or_else(|| panic!("{year}: no {prefix}"))
    }

    #[test]
    fn the_computed_holidays_are_inside_the_notices_2025_and_2026() {
        // The notices' ranges (templates/holidays) contain every statutory day.
        let spring = find(2025, "春节");
        assert_eq!((spring.from, spring.to), (d(2025, 1, 28), d(2025, 1, 31)));
        assert_eq!(find(2025, "清明节").from, d(2025, 4, 4));
        assert_eq!(find(2025, "劳动节").to, d(2025, 5, 2));
        assert_eq!(find(2025, "端午节").from, d(2025, 5, 31));
        assert_eq!(find(2025, "中秋节").from, d(2025, 10, 6));
        let spring = find(2026, "春节");
        assert_eq!((spring.from, spring.to), (d(2026, 2, 16), d(2026, 2, 19)));
        assert_eq!(find(2026, "清明节").from, d(2026, 4, 5));
        assert_eq!(find(2026, "端午节").from, d(2026, 6, 19));
        assert_eq!(find(2026, "中秋节").from, d(2026, 9, 25));
    }

    #[test]
    fn holidays_2027() {
        let spring = find(2027, "春节");
        assert_eq!((spring.from, spring.to), (d(2027, 2, 5), d(2027, 2, 8)));
        assert_eq!(find(2027, "清明节").from, d(2027, 4, 5));
        assert_eq!(find(2027, "端午节").from, d(2027, 6, 9));
        assert_eq!(find(2027, "中秋节").from, d(2027, 9, 15));
        assert_eq!(holidays(2027).len(), 7);
    }

    #[test]
    fn qingming_every_year_to_2100_matches_the_almanac_rule() {
        // The almanacs' rule for the 21st century: day = ⌊Y·0.2422 + 4.81⌋ − ⌊Y/4⌋ of April,
        // Y = year − 2000.
        for year in 2001..=2099 {
            let y = f64::from(year - 2000);
            let rule = (y * 0.2422 + 4.81).floor() as u32 - (year - 2000) / 4;
            assert_eq!(qingming(year as i32), Date::new(year, 4, rule), "{year}");
        }
    }

    #[test]
    fn every_year_to_2100_has_seven_holidays_in_their_seasons() {
        for year in 2025..=2100u16 {
            let days = holidays(year);
            assert_eq!(days.len(), 7, "{year}");
            let spring = find(year, "春节").from;
            assert!(
                (d(year.into(), 1, 20)..=d(year.into(), 2, 19)).contains(&spring),
                "{year}: Spring Festival eve {spring}"
            );
            let dragon = find(year, "端午节").from;
            assert!(
                (d(year.into(), 5, 26)..=d(year.into(), 6, 26)).contains(&dragon),
                "{year}"
            );
            let moon = find(year, "中秋节").from;
            assert!(
                (d(year.into(), 9, 7)..=d(year.into(), 10, 8)).contains(&moon),
                "{year}"
            );
        }
    }

    #[test]
    fn before_2025_the_old_rules() {
        let spring = find(2024, "春节");
        assert_eq!((spring.from, spring.to), (d(2024, 2, 10), d(2024, 2, 12)));
        let labour = find(2024, "劳动节");
        assert_eq!(labour.from, labour.to);
    }
}
