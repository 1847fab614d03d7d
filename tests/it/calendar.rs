//! The working-day calendar as a firm uses it: built-in notices, statutory holidays in a year
//! without a notice, and a holiday file of its own in a templates folder.

use std::path::Path;

use takedown::calendar::{self, Calendar, WorkingDays};
use takedown::fonts::FontSet;
use takedown::model::Date;
use takedown::render::{self, Templates};

fn d(year: u32, month: u32, day: u32) -> Date {
    Date::new(year, month, day).expect("valid date")
}

/// A 2027 notice as a firm would type it: the Spring Festival running to Thursday 11 February,
/// with Saturday 20 February a make-up working day.
const NOTICE_2027: &str = "\
# 国务院办公厅关于2027年部分节假日安排的通知 (test data)
year: 2027
source: 国务院办公厅关于2027年部分节假日安排的通知
off:
  - {name: 元旦, from: 2027-01-01, to: 2027-01-03}
  - {name: 春节, from: 2027-02-05, to: 2027-02-11}
work: [2027-02-20]
";

fn folder_with(name: &str, text: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let holidays = dir.path().join("templates/holidays");
    std::fs::create_dir_all(&holidays).unwrap();
    std::fs::write(holidays.join(name), text).unwrap();
    dir
}

fn load(dir: &Path) -> Result<Templates, render::RenderError> {
    Templates::load(Some(dir), FontSet::builtin())
}

#[test]
fn a_step_that_would_end_on_new_years_day_2027_ends_on_the_next_working_day() {
    // Wednesday 30 December 2026 + 2 working days: Thursday 31 December, then Friday
    // 1 January 2027 (New Year's Day, off though no 2027 notice is known) and the weekend.
    let reached = calendar::add_working_days(d(2026, 12, 30), 2);
    assert_eq!(
        reached,
        WorkingDays {
            date: d(2027, 1, 4),
            estimated: true
        }
    );
    assert_eq!(
        calendar::add_working_days(d(2026, 12, 30), 1).date,
        d(2026, 12, 31)
    );
    // A period counted in calendar days that ends on it moves too.
    assert_eq!(Calendar::builtin().on_or_after(d(2027, 1, 1)).date, d(2027, 1, 4));
}

#[test]
fn the_2027_spring_festival_is_off_without_a_2027_file() {
    assert!(!calendar::has_data(2027));
    // Eve (Friday 5 February) and days 1–3 (6–8 February).
    for day in 5..=8 {
        assert!(!calendar::is_working_day(d(2027, 2, day)), "2027-02-{day:02}");
    }
    let reached = calendar::add_working_days(d(2027, 2, 4), 1);
    assert_eq!(
        reached,
        WorkingDays {
            date: d(2027, 2, 9),
            estimated: true
        }
    );
}

#[test]
fn a_2027_file_from_a_templates_folder_is_used_with_its_make_up_saturday() {
    let dir = folder_with("2027.yaml", NOTICE_2027);
    let templates = load(dir.path()).unwrap();
    let calendar = &templates.calendar;
    assert!(calendar.has_data(2025) && calendar.has_data(2026) && calendar.has_data(2027));
    assert!(calendar.is_working_day(d(2027, 2, 20)), "the make-up Saturday");
    assert!(
        !calendar.is_working_day(d(2027, 2, 10)),
        "a bridging day of the notice"
    );
    // Thursday 4 February + 1: the notice's Spring Festival runs to Thursday 11 February.
    assert_eq!(
        calendar.add_working_days(d(2027, 2, 4), 1),
        WorkingDays {
            date: d(2027, 2, 12),
            estimated: false
        }
    );
    // Friday 19 February + 1 lands on the make-up Saturday; without the file, on Monday.
    assert_eq!(
        calendar.add_working_days(d(2027, 2, 19), 1),
        WorkingDays {
            date: d(2027, 2, 20),
            estimated: false
        }
    );
    assert_eq!(
        Calendar::builtin().add_working_days(d(2027, 2, 19), 1),
        WorkingDays {
            date: d(2027, 2, 22),
            estimated: true
        }
    );
}

#[test]
fn a_folder_file_replaces_a_builtin_year() {
    let text = "year: 2026\nsource: a firm's own reading\noff: []\nwork: []\n";
    let dir = folder_with("2026.yaml", text);
    let templates = load(dir.path()).unwrap();
    assert_eq!(
        templates.calendar.notice(2026).map(|n| n.source.as_str()),
        Some("a firm's own reading")
    );
    assert!(templates.calendar.is_working_day(d(2026, 10, 2)));
}

#[test]
fn a_malformed_holiday_file_is_refused_with_its_file_and_line() {
    let text = NOTICE_2027.replace("to: 2027-02-11", "to: 2027-02-30");
    let dir = folder_with("2027.yaml", &text);
    let err = load(dir.path()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "templates/holidays/2027.yaml:6: \"2027-02-30\" is not a date (expected e.g. 2027-10-01)"
    );

    let text = NOTICE_2027.replace("work: [2027-02-20]", "work: [2027-02-19]");
    let dir = folder_with("2027.yaml", &text);
    let err = load(dir.path()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "templates/holidays/2027.yaml:7: make-up working day 2027-02-19 is not a Saturday or Sunday"
    );

    let text = NOTICE_2027.replace("off:", "days_off:");
    let dir = folder_with("2027.yaml", &text);
    let err = load(dir.path()).unwrap_err();
    assert_eq!(err.place, "templates/holidays/2027.yaml:4");
    assert!(err.message.starts_with("unknown field `days_off`"), "{err}");

    let dir = folder_with("2028.yaml", NOTICE_2027);
    let err = load(dir.path()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "templates/holidays/2028.yaml:2: year 2027 in a file named 2028.yaml"
    );
}

#[test]
fn templates_export_writes_the_holiday_files_and_they_load_again() {
    let dir = tempfile::tempdir().unwrap();
    let written = render::export(dir.path()).unwrap();
    for year in ["2025", "2026"] {
        let path = Path::new("templates/holidays").join(format!("{year}.yaml"));
        assert!(written.contains(&path), "{written:?}");
    }
    let text = std::fs::read_to_string(dir.path().join("templates/holidays/2026.yaml")).unwrap();
    assert!(text.contains("- {name: 春节 Spring Festival, from: 2026-02-15, to: 2026-02-23}"));
    let templates = load(dir.path()).unwrap();
    assert_eq!(&templates.calendar, Calendar::builtin());
}
