//! Holiday files (`templates/holidays/<year>.yaml`): one State Council notice each, its days
//! off and its make-up working days, checked on load with the file and line of a mistake.

use serde::Deserialize;

use crate::model::{parse_date, Date};

/// The built-in holiday files: (file name, YAML).
pub const BUILTIN: [(&str, &str); 2] = [
    ("2025.yaml", include_str!("../../templates/holidays/2025.yaml")),
    ("2026.yaml", include_str!("../../templates/holidays/2026.yaml")),
];

/// The holiday arrangements of one year, as the State Council published them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HolidayYear {
    /// The year.
    pub year: u16,
    /// The notice the data comes from.
    pub source: String,
    /// Days off: (name, first day, last day), weekends inside a range included.
    pub off: Vec<(String, Date, Date)>,
    /// Saturdays and Sundays that are working days (调休上班).
    pub work: Vec<Date>,
}

impl HolidayYear {
    /// True when the notice makes `date` a day off.
    pub fn is_off(&self, date: Date) -> bool {
        self.off.iter().any(|(_, from, to)| (*from..=*to).contains(&date))
    }

    /// True when the notice makes the weekend day `date` a working day.
    pub fn is_make_up_day(&self, date: Date) -> bool {
        self.work.contains(&date)
    }
}

/// Why a holiday file was refused: the file, the line (1-based, when known) and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}: {message}", place(.file, *.line))]
pub struct HolidayError {
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
}

fn place(file: &str, line: Option<usize>) -> String {
    match line {
        Some(line) => format!("{file}:{line}"),
        None => file.to_owned(),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    year: u16,
    source: String,
    #[serde(default)]
    off: Vec<Off>,
    #[serde(default)]
    work: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Off {
    name: String,
    from: String,
    to: String,
}

/// Parses one holiday file. `name` is the path shown in messages; its stem, when it is a
/// number, must be the file's `year`.
pub fn parse(name: &str, text: &str) -> Result<HolidayYear, HolidayError> {
    let fail = |line: Option<usize>, message: String| HolidayError {
        file: name.to_owned(),
        line,
        message,
    };
    let file: File = serde_yaml::from_str(text).map_err(|e| {
        let line = e.location().map(|l| l.line());
        // serde_yaml puts "at line N column M" in the text too: keep only the cause.
        let message = e.to_string();
        let message = match message.find(" at line ") {
            Some(at) => message[..at].to_owned(),
            None => message,
        };
        fail(line, message)
    })?;
    let line_of = |needle: &str| text.lines().position(|l| l.contains(needle)).map(|n| n + 1);
    let stem = name
        .rsplit(['/', '\\'])
        .next()
        .and_then(|n| n.strip_suffix(".yaml"))
        .unwrap_or("");
    if let Ok(year) = stem.parse::<u16>() {
        if year != file.year {
            return Err(fail(
                line_of("year:"),
                format!("year {} in a file named {stem}.yaml", file.year),
            ));
        }
    }
    let date = |text: &str| -> Result<Date, HolidayError> {
        let date = parse_date(text).ok_or_else(|| {
            fail(
                line_of(text),
                format!("\"{text}\" is not a date (expected e.g. {}-10-01)", file.year),
            )
        })?;
        if date.ymd().0 != file.year {
            return Err(fail(line_of(text), format!("{date} is not in {}", file.year)));
        }
        Ok(date)
    };
    let mut off = Vec::with_capacity(file.off.len());
    for range in &file.off {
        let (from, to) = (date(&range.from)?, date(&range.to)?);
        if from > to {
            return Err(fail(
                line_of(&range.to),
                format!("\"{}\" ends on {to}, before it starts on {from}", range.name),
            ));
        }
        off.push((range.name.clone(), from, to));
    }
    let mut work = Vec::with_capacity(file.work.len());
    for text in &file.work {
        let day = date(text)?;
        if !day.is_weekend() {
            return Err(fail(
                line_of(text),
                format!("make-up working day {day} is not a Saturday or Sunday"),
            ));
        }
        if let Some((name, ..)) = off.iter().find(|(_, from, to)| (*from..=*to).contains(&day)) {
            return Err(fail(
                line_of(text),
                format!("make-up working day {day} is inside \"{name}\""),
            ));
        }
        work.push(day);
    }
    Ok(HolidayYear {
        year: file.year,
        source: file.source,
        off,
        work,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_files_parse() {
        for (name, text) in BUILTIN {
            let year = parse(name, text).unwrap();
            assert_eq!(format!("{}.yaml", year.year), name);
        }
        let year = parse("2026.yaml", BUILTIN[1].1).unwrap();
        assert_eq!(year.off.len(), 7);
        assert_eq!(year.work.len(), 6);
        assert!(year.is_off(Date::new(2026, 2, 23).unwrap()));
        assert!(year.is_make_up_day(Date::new(2026, 2, 28).unwrap()));
    }

    #[test]
    fn mistakes_are_named_with_their_line() {
        let text = "year: 2027\nsource: x\noff:\n  - {name: 元旦, from: 2027-01-01, to: 2027-01-01}\nwork: [2027-01-04]\n";
        let err = parse("templates/holidays/2027.yaml", text).unwrap_err();
        assert_eq!(
            err.to_string(),
            "templates/holidays/2027.yaml:5: make-up working day 2027-01-04 is not a Saturday or Sunday"
        );
        let err = parse("2027.yaml", "year: 2027\nsource: x\nof: []\n").unwrap_err();
        assert_eq!(err.line, Some(3));
        assert!(err.message.starts_with("unknown field `of`"), "{err}");
        let err = parse("2028.yaml", "year: 2027\nsource: x\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "2028.yaml:1: year 2027 in a file named 2028.yaml"
        );
    }
}
