//! Sanity checks on a right's dates (review A.9), each a warning at the cell to fix: a
//! protection period starting before the packet's date, a US registration past its Section 8
//! or Section 9 window without a note, a patent granted before it was applied for, an
//! application date or grant date that the patent number contradicts, and a utility model or
//! design whose validity runs past its statutory term, and a Chinese copyright valid from
//! before the year of its registration number.
//!
//! The protection period against the platforms' expected decisions needs the plan and the
//! calendar, so it is checked in [`crate::plan`].

use super::row::RowReader;
use super::{Date, Right, RightType};
use crate::ingest::Field;

/// Months of the USPTO's grace period after a Section 8 or 9 window closes.
const US_GRACE_MONTHS: u32 = 6;

/// Adds the checks' warnings for `right` (read from `r`'s row) as of `today`.
pub(crate) fn check(r: &mut RowReader, right: &Right, today: Date) {
    if let Some(start) = right.protect_from.filter(|from| *from < today) {
        if !r.is_blank(Field::ProtectFrom) {
            r.warning(
                Field::ProtectFrom,
                format!(
                    "protection from {start} starts before this packet's date; the power of attorney and the complaints act from their signature on: leave protect_from blank or give a later date"
                ),
            );
        }
    }
    if right.kind == RightType::Trademark && right.country.code() == "US" {
        if let Some(message) = us_maintenance(right, today) {
            r.warning(Field::ValidTo, message);
        }
    }
    if right.kind.is_patent() {
        patent_dates(r, right);
    }
    if right.kind == RightType::Copyright && right.country.code() == "CN" {
        copyright_dates(r, right);
    }
}

/// The year a Chinese copyright registration number gives: `国作登字-2021-F-00123456` and
/// `2021SR0123456` → 2021.
fn registration_year(number: &str) -> Option<u32> {
    let rest = number
        .strip_prefix("国作登字")
        .map_or(number, |r| r.trim_start_matches(['-', '－']));
    let digits: String = rest.chars().take_while(char::is_ascii_digit).take(5).collect();
    (digits.len() == 4).then(|| digits.parse().ok()).flatten()
}

/// A Chinese copyright registered in one year whose valid_from is earlier: the documents print
/// valid_from as the start of the registration's validity.
fn copyright_dates(r: &mut RowReader, right: &Right) {
    let Some(year) = registration_year(&right.number) else {
        return;
    };
    // With created_on given, the term is printed from the creation and valid_from is not used.
    if let Some(from) = right
        .valid_from
        .filter(|f| u32::from(f.ymd().0) < year && right.created_on.is_none())
    {
        r.warning(
            Field::ValidFrom,
            format!(
                "valid_from {from} is before {year}, the year of registration {}; the documents print it as the start of the term of protection (保护期): give the dates of creation, first publication and registration in created_on, published_on and registered_on",
                right.number
            ),
        );
    }
}

/// `date` plus `months` calendar months, the day clamped to the month's end.
fn add_months(date: Date, months: u32) -> Date {
    let (y, m, d) = date.ymd();
    let index = u32::from(m) - 1 + months;
    let (year, month) = (u32::from(y) + index / 12, index % 12 + 1);
    (0..4)
        .find_map(|back| Date::new(year, month, u32::from(d).saturating_sub(back)))
        .unwrap_or(date)
}

/// Whether a note says a declaration or renewal was filed.
fn notes_maintenance(notes: Option<&str>) -> bool {
    let Some(notes) = notes else { return false };
    let lower = notes.to_lowercase();
    [
        "§8",
        "§ 8",
        "§9",
        "§ 9",
        "section 8",
        "section 9",
        "sec. 8",
        "sec. 9",
        "declaration",
        "renew",
        "续展",
        "宣誓",
    ]
    .iter()
    .any(|key| lower.contains(key))
}

/// The warning for a US registration whose Section 8 declaration (between the 5th and 6th
/// years) or Section 8 and 9 renewal (in the year before each 10th anniversary) is due now or
/// was due, counted from the registration date (valid_from), unless notes say it was filed.
fn us_maintenance(right: &Right, today: Date) -> Option<String> {
    let registered = right.valid_from?;
    if notes_maintenance(right.notes.as_deref()) {
        return None;
    }
    // Windows as (opens, closes, what) in order; the last one opened by today is the one.
    let mut windows = vec![(
        add_months(registered, 60),
        add_months(registered, 72),
        "the Section 8 declaration of use",
    )];
    for decade in 1..=10 {
        windows.push((
            add_months(registered, 120 * decade - 12),
            add_months(registered, 120 * decade),
            "the renewal (Sections 8 and 9)",
        ));
    }
    let (opens, closes, what) = windows.into_iter().take_while(|w| w.0 <= today).last()?;
    let grace = add_months(closes, US_GRACE_MONTHS);
    let check = "check the registration on the USPTO's TSDR and say in notes that it was filed (e.g. \"§8 accepted 2025-06-02\")";
    Some(if today <= closes {
        format!("{what} for this US registration is due between {opens} and {closes}; {check}")
    } else if today <= grace {
        format!(
            "{what} for this US registration was due between {opens} and {closes}; it can still be filed in the grace period to {grace}; {check}"
        )
    } else {
        format!(
            "{what} for this US registration was due between {opens} and {closes} (grace period to {grace}); unless it was filed, the registration is cancelled or expired: {check}"
        )
    })
}

/// The year a Chinese patent number gives for the application: `ZL202130287615.8` → 2021,
/// `ZL95115608.X` → 1995.
fn application_year(number: &str) -> Option<u32> {
    let digits: String = number
        .trim_start_matches("ZL")
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    match digits.len() {
        12 => digits[..4].parse().ok(),
        8 => digits[..2].parse::<u32>().ok().map(|yy| 1900 + yy),
        _ => None,
    }
}

/// The application date against the grant date (valid_from), the number's year and the
/// statutory term of a Chinese utility model or design.
fn patent_dates(r: &mut RowReader, right: &Right) {
    let filed = right.filed_on;
    if let (Some(filed), Some(granted)) = (filed, right.valid_from) {
        if filed > granted {
            r.warning(
                Field::FiledOn,
                format!(
                    "application date {filed} is after valid_from {granted}: a patent is granted (授权公告日) after it is applied for (申请日); one of the two dates is wrong"
                ),
            );
        }
    }
    if right.country.code() != "CN" {
        return;
    }
    let Some(year) = application_year(&right.number) else {
        return;
    };
    if let Some(filed) = filed.filter(|f| u32::from(f.ymd().0) != year) {
        r.warning(
            Field::FiledOn,
            format!(
                "application date {filed} is not in {year}, the year patent number {} was applied for",
                right.number
            ),
        );
    }
    if let Some(from) = right.valid_from.filter(|f| u32::from(f.ymd().0) < year) {
        r.warning(
            Field::ValidFrom,
            format!(
                "valid_from {from} is before {year}, the year patent number {} was applied for; give the grant date (授权公告日)",
                right.number
            ),
        );
    }
    // The term runs from the application date: 10 years for a utility model, 10 for a
    // design applied for before 1 June 2021 and 15 after (Patent Law art. 42).
    let years = match (right.kind, filed) {
        (RightType::UtilityModel, Some(_)) => 10,
        (RightType::DesignPatent, Some(f)) if Date::new(2021, 6, 1).is_some_and(|cut| f < cut) => 10,
        (RightType::DesignPatent, Some(_)) => 15,
        _ => return,
    };
    let (Some(filed), Some(to)) = (filed, right.valid_to) else {
        return;
    };
    let end = add_months(filed, years * 12);
    if to > end {
        r.warning(
            Field::ValidTo,
            format!(
                "valid_to {to} is after the end of the {years}-year term of a {} applied for on {filed} ({end}, Patent Law art. 42)",
                right.kind.name_en()
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_clamp_to_the_month_end_and_years_from_numbers() {
        let d = |y, m, d| Date::new(y, m, d).unwrap();
        assert_eq!(add_months(d(2019, 12, 17), 72), d(2025, 12, 17));
        assert_eq!(add_months(d(2020, 2, 29), 12), d(2021, 2, 28));
        assert_eq!(add_months(d(2020, 8, 31), 6), d(2021, 2, 28));
        assert_eq!(application_year("ZL202130287615.8"), Some(2021));
        assert_eq!(application_year("ZL95115608.X"), Some(1995));
        assert_eq!(application_year("5937214"), None);
        assert_eq!(registration_year("国作登字-2021-F-00123456"), Some(2021));
        assert_eq!(registration_year("2021SR0123456"), Some(2021));
        assert_eq!(registration_year("ABC-123"), None);
    }
}
