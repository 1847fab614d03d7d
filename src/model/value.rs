//! Cell values as the model needs them: dates in every form people type, numbers turned back
//! into identifiers, and text cleaned of what a cell should not hold.

use std::borrow::Cow;
use std::fmt;

use serde::{Serialize, Serializer};

use crate::ingest::{fold_width, format_number, Value};

/// The most characters a cell may hold.
pub const MAX_CELL_CHARS: usize = 10_000;

/// The hint every bad date gets.
pub const DATE_HINT: &str = "expected e.g. 2026-11-28 or 2026年11月28日";

/// A calendar date (proleptic Gregorian), serialised as `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// The last date there is: 9999-12-31.
    pub const MAX: Date = Date {
        year: 9999,
        month: 12,
        day: 31,
    };

    /// A valid date, or `None` (month 13, 30 February, year 0…).
    pub fn new(year: u32, month: u32, day: u32) -> Option<Date> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) || day == 0 {
            return None;
        }
        let year = u16::try_from(year).ok()?;
        let month = u8::try_from(month).ok()?;
        let day = u8::try_from(day).ok()?;
        (day <= days_in_month(year, month)).then_some(Date { year, month, day })
    }

    /// `12 October 2026`, as documents and messages print it.
    pub fn english(self) -> String {
        let month = MONTHS[usize::from(self.month) - 1];
        let mut chars = month.chars();
        let first = chars.next().map(|c| c.to_ascii_uppercase()).unwrap_or_default();
        format!("{} {first}{} {}", self.day, chars.as_str(), self.year)
    }

    /// `2026年10月12日`, as documents and messages print it.
    pub fn chinese(self) -> String {
        format!("{}年{}月{}日", self.year, self.month, self.day)
    }

    /// Year, month, day.
    pub fn ymd(self) -> (u16, u8, u8) {
        (self.year, self.month, self.day)
    }

    /// The date of an Excel serial number (1900 date system; the time of day is dropped).
    pub fn from_excel_serial(serial: f64) -> Option<Date> {
        if !serial.is_finite() || !(1.0..2_958_466.0).contains(&serial) {
            return None;
        }
        let days = serial.floor() as i64;
        // Excel counts 1900-02-29 (serial 60), a day that never was.
        let offset = match days {
            60 => return None,
            ..60 => days + 1,
            _ => days,
        };
        Date::from_days(offset + days_from_civil(1899, 12, 30))
    }

    /// Today in UTC (good enough for "has this registration expired").
    pub fn today() -> Date {
        let seconds = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let days = i64::try_from(seconds / 86_400).unwrap_or(0);
        Date::from_days(days).unwrap_or(Date {
            year: 1970,
            month: 1,
            day: 1,
        })
    }

    /// The date `days` days later (earlier when negative), or `None` outside years 1–9999.
    pub fn add_days(self, days: i64) -> Option<Date> {
        Date::from_days(self.days().checked_add(days)?)
    }

    /// The ISO 8601 day of the week: 1 = Monday … 7 = Sunday.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday.
        (self.days() + 3).rem_euclid(7) as u8 + 1
    }

    /// Saturday or Sunday.
    pub fn is_weekend(self) -> bool {
        self.weekday() >= 6
    }

    /// Days since 1970-01-01.
    fn days(self) -> i64 {
        days_from_civil(i64::from(self.year), i64::from(self.month), i64::from(self.day))
    }

    fn from_days(days: i64) -> Option<Date> {
        let (y, m, d) = civil_from_days(days);
        Date::new(u32::try_from(y).ok()?, m, d)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's civil-from-days and days-from-civil (days since 1970-01-01).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// The date a cell holds: a date cell, an Excel serial number, `20261128`, or text in any form
/// [`parse_date`] knows.
pub fn date_of(value: &Value) -> Option<Date> {
    match value {
        Value::Date(text) | Value::Text(text) => parse_date(text),
        Value::Number(number) => date_of_number(*number),
        Value::Int(number) => date_of_number(*number as f64),
        Value::Bool(_) | Value::Error(_) => None,
    }
}

fn date_of_number(number: f64) -> Option<Date> {
    if number.fract() == 0.0 && (10_000_101.0..=99_991_231.0).contains(&number) {
        let n = number as u32;
        return Date::new(n / 10_000, n / 100 % 100, n % 100);
    }
    Date::from_excel_serial(number)
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Parses `2026-11-28`, `2026/11/28`, `2026.11.28`, `2026年11月28日`, `28 Nov 2026`,
/// `28 November 2026`, `Nov 28, 2026`, `28-Nov-2026`, `20261128`, `28/11/2026` (when the day is
/// over 12) and an Excel serial number typed as text; a time after the date is ignored.
pub fn parse_date(text: &str) -> Option<Date> {
    let folded: Cow<'_, str> = if text.is_ascii() {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.chars().map(fold_width).collect())
    };
    let text = folded.trim();
    if text.contains('年') {
        return parse_chinese(text);
    }
    let first = text
        .split(|c: char| c.is_whitespace() || c == 'T')
        .next()
        .unwrap_or("");
    if let Some(date) = parse_numeric(first) {
        return Some(date);
    }
    if text.chars().any(|c| c.is_ascii_alphabetic()) {
        return parse_month_name(text);
    }
    None
}

fn number(part: &str, max_len: usize) -> Option<u32> {
    if part.is_empty() || part.len() > max_len || !part.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    part.parse().ok()
}

fn parse_numeric(text: &str) -> Option<Date> {
    if let Some(separator) = ['-', '/', '.'].into_iter().find(|s| text.contains(*s)) {
        let mut parts = text.split(separator);
        let (Some(a), Some(b), Some(c), None) = (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return None;
        };
        if a.len() == 4 {
            return Date::new(number(a, 4)?, number(b, 2)?, number(c, 2)?);
        }
        if c.len() == 4 {
            let (x, y, year) = (number(a, 2)?, number(b, 2)?, number(c, 4)?);
            return match (x > 12, y > 12) {
                (true, false) => Date::new(year, y, x),
                (false, true) => Date::new(year, x, y),
                // 05.05.2026 is 5 May whichever is the day.
                (false, false) if x == y => Date::new(year, x, y),
                _ => None,
            };
        }
        return None;
    }
    if text.len() == 8 {
        let n = number(text, 8)?;
        return Date::new(n / 10_000, n / 100 % 100, n % 100);
    }
    if text.len() == 5 {
        return Date::from_excel_serial(f64::from(number(text, 5)?));
    }
    None
}

/// The two dates a text such as `12.10.2026` or `03/04/2026` may mean (day first, then
/// month first), when both numbers could be the month.
pub fn ambiguous_date(text: &str) -> Option<(Date, Date)> {
    let text = text.trim();
    let separator = ['-', '/', '.'].into_iter().find(|s| text.contains(*s))?;
    let parts: Vec<&str> = text.split(separator).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    if c.len() != 4 {
        return None;
    }
    let (x, y, year) = (number(a, 2)?, number(b, 2)?, number(c, 4)?);
    if x == y || x > 12 || y > 12 {
        return None;
    }
    Some((Date::new(year, y, x)?, Date::new(year, x, y)?))
}

fn parse_chinese(text: &str) -> Option<Date> {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let (year, rest) = compact.split_once('年')?;
    let (month, rest) = rest.split_once('月')?;
    let day = rest
        .strip_suffix('日')
        .or_else(|| rest.strip_suffix('号'))
        .unwrap_or(rest);
    Date::new(number(year, 4)?, number(month, 2)?, number(day, 2)?)
}

fn parse_month_name(text: &str) -> Option<Date> {
    let (mut day, mut month, mut year) = (None, None, None);
    for token in text
        .split(|c: char| c.is_whitespace() || c == ',' || c == '-' || c == '.' || c == '/')
        .filter(|t| !t.is_empty())
    {
        let lower = token.to_ascii_lowercase();
        if lower.bytes().all(|b| b.is_ascii_alphabetic()) {
            if month.is_some() || lower.len() < 3 {
                return None;
            }
            let index = MONTHS.iter().position(|m| {
                *m == lower || (m.starts_with(&lower) && (lower.len() == 3 || lower == "sept"))
            })?;
            month = Some(index as u32 + 1);
            continue;
        }
        let digits = lower.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &lower[digits.len()..];
        if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
            return None;
        }
        match digits.len() {
            4 if year.is_none() && suffix.is_empty() => year = number(digits, 4),
            1 | 2 if day.is_none() => day = number(digits, 2),
            _ => return None,
        }
    }
    Date::new(year?, month?, day?)
}

/// A cell's text as a person reads it: numbers without `.0` (so `12345678.0` is `12345678`),
/// dates as `YYYY-MM-DD`.
pub fn cell_text(value: &Value) -> String {
    match value {
        Value::Number(number) => format_number(*number),
        other => other.display(),
    }
}

/// What is wrong with a cell's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextProblem {
    /// A formula error value such as `#N/A`.
    FormulaError(String),
    /// Longer than [`MAX_CELL_CHARS`].
    TooLong(usize),
    /// Holds U+FFFD: bytes that were not valid text in the file's encoding (an unpaired UTF-16
    /// surrogate, a damaged file), so what the cell said is lost.
    Undecodable,
}

impl fmt::Display for TextProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TextProblem::FormulaError(code) => write!(
                f,
                "formula error {code} in this cell (fix the formula or type the value)"
            ),
            TextProblem::TooLong(chars) => write!(
                f,
                "the cell holds {chars} characters, more than the {MAX_CELL_CHARS} allowed"
            ),
            TextProblem::Undecodable => f.write_str(
                "the text has a character that could not be decoded (U+FFFD: the file's bytes are not valid text here); retype it in the workbook, or save the file as UTF-8 CSV again",
            ),
        }
    }
}

/// Cleaned text and the invisible characters taken out of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cleaned<'a> {
    /// Trimmed text without control characters; empty when the cell was blank.
    pub text: Cow<'a, str>,
    /// The first control character removed, and how many were.
    pub removed: Option<(char, usize)>,
    /// Whether every character removed was a control character (not a formatting one).
    pub all_control: bool,
}

const FORMULA_ERRORS: [&str; 8] = [
    "#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!", "#DATA!",
];

/// The name of an invisible formatting character removed from cells: the bidirectional
/// controls (which make a reviewer read the text in another order than the platform gets it),
/// zero-width characters and the soft hyphen. `None` for every other character.
pub fn invisible_name(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{00AD}' => "soft hyphen",
        '\u{061C}' => "Arabic letter mark",
        '\u{200B}' => "zero-width space",
        '\u{200C}' => "zero-width non-joiner",
        '\u{200D}' => "zero-width joiner",
        '\u{200E}' => "left-to-right mark",
        '\u{200F}' => "right-to-left mark",
        '\u{202A}' => "left-to-right embedding",
        '\u{202B}' => "right-to-left embedding",
        '\u{202C}' => "pop directional formatting",
        '\u{202D}' => "left-to-right override",
        '\u{202E}' => "right-to-left override",
        '\u{2060}' => "word joiner",
        '\u{2066}' => "left-to-right isolate",
        '\u{2067}' => "right-to-left isolate",
        '\u{2068}' => "first-strong isolate",
        '\u{2069}' => "pop directional isolate",
        '\u{FEFF}' => "zero-width no-break space",
        // Reserved for a program's own use (takedown marks printed values with them).
        c if crate::fact::is_mark_char(c) || (c as u32) & 0xFFFE == 0xFFFE => "noncharacter",
        _ => return None,
    })
}

/// The warning for characters [`clean`] removed: `removed an invisible control character
/// (U+0007)`, `removed 2 invisible characters (the first is U+202E, right-to-left override)`.
pub fn removed_message(first: char, count: usize, all_control: bool) -> String {
    let what = if all_control {
        "invisible control character"
    } else {
        "invisible character"
    };
    let code = match invisible_name(first) {
        Some(name) => format!("U+{:04X}, {name}", first as u32),
        None => format!("U+{:04X}", first as u32),
    };
    if count == 1 {
        format!("removed an {what} ({code})")
    } else {
        format!("removed {count} {what}s (the first is {code})")
    }
}

/// A cell's text, trimmed, with control characters (other than tab and line breaks) and the
/// invisible formatting characters of [`invisible_name`] removed; U+FFFD (undecodable bytes),
/// formula errors (also as exported text) and over-long cells are problems.
pub fn clean(value: &Value) -> Result<Cleaned<'_>, TextProblem> {
    let raw: Cow<'_, str> = match value {
        Value::Error(code) => return Err(TextProblem::FormulaError(code.clone())),
        Value::Text(text) => {
            let trimmed = text.trim();
            if FORMULA_ERRORS.contains(&trimmed) {
                return Err(TextProblem::FormulaError(trimmed.to_owned()));
            }
            Cow::Borrowed(text.as_str())
        }
        other => Cow::Owned(cell_text(other)),
    };
    if raw.len() > MAX_CELL_CHARS {
        let chars = raw.chars().count();
        if chars > MAX_CELL_CHARS {
            return Err(TextProblem::TooLong(chars));
        }
    }
    let unwanted =
        |c: char| (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || invisible_name(c).is_some();
    let clean_already = if raw.is_ascii() {
        !raw.bytes()
            .any(|b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || b == 0x7F)
    } else {
        !raw.chars().any(unwanted)
    };
    if !raw.is_ascii() && raw.contains('\u{FFFD}') {
        return Err(TextProblem::Undecodable);
    }
    if clean_already {
        let text = match raw {
            Cow::Borrowed(text) => Cow::Borrowed(text.trim()),
            Cow::Owned(text) if text.trim().len() == text.len() => Cow::Owned(text),
            Cow::Owned(text) => Cow::Owned(text.trim().to_owned()),
        };
        return Ok(Cleaned {
            text,
            removed: None,
            all_control: true,
        });
    }
    let mut first = None;
    let mut count = 0;
    let mut all_control = true;
    for c in raw.chars().filter(|c| unwanted(*c)) {
        first.get_or_insert(c);
        count += 1;
        all_control &= c.is_control();
    }
    let text: String = raw.chars().filter(|c| !unwanted(*c)).collect();
    Ok(Cleaned {
        text: Cow::Owned(text.trim().to_owned()),
        removed: first.map(|c| (c, count)),
        all_control,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_either_number_of_which_could_be_the_month_is_ambiguous() {
        let (a, b) = ambiguous_date("12.10.2026").unwrap();
        assert_eq!(
            (a.to_string(), b.to_string()),
            ("2026-10-12".into(), "2026-12-10".into())
        );
        assert_eq!(
            (a.english(), b.chinese()),
            ("12 October 2026".into(), "2026年12月10日".into())
        );
        assert_eq!(parse_date("12.10.2026"), None);
        assert_eq!(ambiguous_date("28.11.2026"), None);
        assert_eq!(
            parse_date("28.11.2026").map(|d| d.to_string()),
            Some("2026-11-28".into())
        );
        assert_eq!(ambiguous_date("05/05/2026"), None);
        assert_eq!(
            parse_date("05/05/2026").map(|d| d.to_string()),
            Some("2026-05-05".into())
        );
        assert_eq!(ambiguous_date("2026.10.12"), None);
    }

    #[test]
    fn days_and_weekdays() {
        let date = Date::new(2026, 11, 28).expect("valid date");
        assert_eq!(date.weekday(), 6, "a Saturday");
        assert!(date.is_weekend());
        assert_eq!(Date::new(1970, 1, 1).map(Date::weekday), Some(4));
        assert_eq!(
            date.add_days(34).map(|d| d.to_string()).as_deref(),
            Some("2027-01-01")
        );
        assert_eq!(
            date.add_days(-332).map(|d| d.to_string()).as_deref(),
            Some("2025-12-31")
        );
        assert_eq!(Date::MAX.add_days(1), None);
        assert_eq!(Date::new(1, 1, 1).and_then(|d| d.add_days(-1)), None);
        assert_eq!(Date::MAX.add_days(0), Some(Date::MAX));
    }
}
