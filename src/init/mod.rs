//! The sample workbook `takedown init` hands out: three sheets (Clients, Rights, Listings) and
//! the optional fourth (Counter-notices), with
//! the column names the reader knows, a bold frozen header, dropdowns for the type and platform
//! columns, and realistic data for three clients that validates without errors.
//!
//! Entry point: [`sample_workbook`]. The same bytes every time (fixed creation date).

use rust_xlsxwriter::{
    Color, DataValidation, DocProperties, ExcelDateTime, Format, FormatBorder, Workbook, Worksheet, XlsxError,
};

/// A cell of the sample: text, a date, or nothing.
#[derive(Debug, Clone, Copy)]
enum Cell {
    Text(&'static str),
    Date(u16, u8, u8),
    Blank,
}

use Cell::{Blank, Date, Text};

/// A sheet: its name, its columns (header and width in characters) and its rows.
struct Sheet {
    name: &'static str,
    columns: &'static [(&'static str, f64)],
    rows: &'static [&'static [Cell]],
    /// Columns with a dropdown list: (header, choices).
    lists: &'static [(&'static str, &'static [&'static str])],
}

/// The rows data validation covers below the header (room for the user's own rows).
const LIST_ROWS: u32 = 1000;

const RIGHT_TYPES: &[&str] = &[
    "trademark",
    "copyright",
    "invention patent",
    "utility model",
    "design patent",
];

const PLATFORMS: &[&str] = &[
    "taobao",
    "tmall",
    "1688",
    "aliexpress",
    "alibaba",
    "jd",
    "pinduoduo",
    "douyin",
    "xiaohongshu",
    "kuaishou",
    "wechat",
    "dewu",
    "meituan",
    "other",
];

mod listings;
mod parties;

use listings::LISTINGS;
use parties::{CLIENTS, COUNTER_NOTICES, RIGHTS};

/// The sample workbook as .xlsx bytes, the same every time.
pub fn sample_workbook() -> Vec<u8> {
    // Every input is fixed above and checked by the tests: a failure here is a bug.
    write(&[CLIENTS, RIGHTS, LISTINGS, COUNTER_NOTICES]).expect("the sample workbook can be written")
}

fn write(sheets: &[Sheet]) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let properties = DocProperties::new()
        .set_title("takedown sample workbook")
        .set_subject("Clients, IP rights and infringing listings")
        .set_author("takedown")
        .set_creation_datetime(&ExcelDateTime::from_ymd(2026, 1, 1)?);
    workbook.set_properties(&properties);
    let header = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xDD_EB_F7))
        .set_border_bottom(FormatBorder::Thin);
    let date = Format::new().set_num_format("yyyy-mm-dd");
    for sheet in sheets {
        let worksheet = workbook.add_worksheet();
        write_sheet(worksheet, sheet, &header, &date)?;
    }
    workbook.save_to_buffer()
}

fn write_sheet(
    worksheet: &mut Worksheet,
    sheet: &Sheet,
    header: &Format,
    date: &Format,
) -> Result<(), XlsxError> {
    worksheet.set_name(sheet.name)?;
    for (col, (name, width)) in sheet.columns.iter().enumerate() {
        let col = col as u16;
        worksheet.write_string_with_format(0, col, *name, header)?;
        worksheet.set_column_width(col, *width)?;
    }
    worksheet.set_freeze_panes(1, 0)?;
    for (row, cells) in sheet.rows.iter().enumerate() {
        let row = row as u32 + 1;
        for (col, cell) in cells.iter().enumerate() {
            let col = col as u16;
            match *cell {
                Text(text) => {
                    worksheet.write_string(row, col, text)?;
                }
                Date(y, m, d) => {
                    worksheet.write_datetime_with_format(
                        row,
                        col,
                        ExcelDateTime::from_ymd(y, m, d)?,
                        date,
                    )?;
                }
                Blank => {}
            }
        }
    }
    for (name, choices) in sheet.lists {
        let Some(col) = sheet.columns.iter().position(|(header, _)| header == name) else {
            continue;
        };
        let validation = DataValidation::new()
            .allow_list_strings(choices)?
            .ignore_blank(true);
        let col = col as u16;
        worksheet.add_data_validation(1, col, LIST_ROWS, col, &validation)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{check_number, patent_check_digit, uscc_warning, RightType};

    #[test]
    fn every_row_fills_every_column() {
        for sheet in [CLIENTS, RIGHTS, LISTINGS, COUNTER_NOTICES] {
            for (index, row) in sheet.rows.iter().enumerate() {
                assert_eq!(row.len(), sheet.columns.len(), "{} row {}", sheet.name, index + 2);
            }
        }
    }

    fn column(sheet: &Sheet, name: &str) -> Vec<Option<&'static str>> {
        let col = sheet
            .columns
            .iter()
            .position(|(header, _)| *header == name)
            .expect("column exists");
        sheet
            .rows
            .iter()
            .map(|row| match row[col] {
                Text(text) => Some(text),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn the_chinese_company_has_a_valid_credit_code() {
        let countries = column(&CLIENTS, "country");
        let numbers = column(&CLIENTS, "company_no");
        let chinese: Vec<&str> = countries
            .iter()
            .zip(&numbers)
            .filter(|(country, _)| **country == Some("CN"))
            .filter_map(|(_, number)| *number)
            .collect();
        assert_eq!(chinese, ["91440101MA5CJQ4N59"]);
        assert_eq!(uscc_warning(chinese[0]), None);
    }

    #[test]
    fn registration_numbers_pass_their_checks() {
        let types = column(&RIGHTS, "type");
        let numbers = column(&RIGHTS, "number");
        let countries = column(&RIGHTS, "country");
        for ((kind, number), country) in types.iter().zip(&numbers).zip(&countries) {
            let (kind, number) = (kind.expect("type"), number.expect("number"));
            let kind = RightType::from_text(kind).expect("a known type");
            let checked = check_number(kind, country.unwrap_or(""), number);
            assert!(checked.problems.is_empty(), "{number}: {:?}", checked.problems);
            assert_eq!(checked.number, number, "written in the usual form");
            if kind.is_patent() {
                let digits = &number[2..14];
                let check = number.chars().last();
                assert_eq!(patent_check_digit(digits), check, "{number}");
            }
        }
    }

    #[test]
    fn dropdowns_name_every_right_type_and_platform() {
        for name in RIGHT_TYPES {
            assert!(RightType::from_text(name).is_some(), "{name}");
        }
        let platforms: Vec<&str> = crate::model::Platform::ALL.iter().map(|p| p.id()).collect();
        assert_eq!(PLATFORMS, platforms.as_slice());
    }

    #[test]
    fn the_bytes_are_the_same_every_time() {
        let first = sample_workbook();
        assert!(first.starts_with(b"PK\x03\x04"));
        assert_eq!(first, sample_workbook());
    }
}
