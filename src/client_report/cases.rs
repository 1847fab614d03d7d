//! `cases-<client>-<from>-<to>.xlsx`: a row per listing of the report with every field the
//! ledger keeps, dates as date cells, the header frozen and filters on; a sheet of the
//! operators. The same ledger gives the same bytes (the workbook's dates are the report's).

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, XlsxError};

use crate::ledger::{ListingStatus, Operator};
use crate::model::Date;

/// The columns of the listings sheet.
pub const COLUMNS: [&str; 15] = [
    "url",
    "platform",
    "store",
    "licence",
    "status",
    "case_no",
    "found_on",
    "filed_on",
    "decided_on",
    "removed_on",
    "complaints",
    "relisted",
    "reply_by",
    "art43_by",
    "client",
];

pub fn workbook(
    listings: &[&ListingStatus],
    operators: &[&Operator],
    date: Date,
) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let (y, m, d) = date.ymd();
    book.set_properties(
        &DocProperties::new()
            .set_title("takedown cases")
            .set_creation_datetime(&ExcelDateTime::from_ymd(y, m, d)?),
    );
    let bold = Format::new().set_bold();
    let day = Format::new().set_num_format("yyyy-mm-dd");
    let sheet = book.add_worksheet().set_name("Cases")?;
    for (c, name) in COLUMNS.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, *name, &bold)?;
    }
    for (i, l) in listings.iter().enumerate() {
        let r = i as u32 + 1;
        let texts = [
            Some(&l.url),
            Some(&l.platform),
            l.store.as_ref(),
            l.licence.as_ref(),
            Some(&l.status),
            l.case_no.as_ref(),
        ];
        for (c, t) in texts.iter().enumerate() {
            if let Some(t) = t {
                sheet.write_string(r, c as u16, t.as_str())?;
            }
        }
        let decided = l.happened_on.as_ref().filter(|_| {
            matches!(
                l.status.as_str(),
                "removed" | "rejected" | "restored" | "withdrawn"
            )
        });
        for (c, d) in [
            (6, &l.found_on),
            (7, &l.filed_on),
            (8, &decided.cloned()),
            (9, &l.removed_on),
        ] {
            if let Some(d) = d.as_deref().and_then(crate::model::parse_date) {
                let (y, m, dd) = d.ymd();
                sheet.write_date_with_format(r, c, &ExcelDateTime::from_ymd(y, m, dd)?, &day)?;
            }
        }
        sheet.write_number(r, 10, l.complaints as f64)?;
        sheet.write_boolean(r, 11, l.relisted)?;
        for (c, d) in [(12, &l.reply_by), (13, &l.art43_by)] {
            if let Some(d) = d.as_deref().and_then(crate::model::parse_date) {
                let (y, m, dd) = d.ymd();
                sheet.write_date_with_format(r, c, &ExcelDateTime::from_ymd(y, m, dd)?, &day)?;
            }
        }
        sheet.write_string(r, 14, &l.client)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, listings.len() as u32, COLUMNS.len() as u16 - 1)?;
    sheet.set_column_width(0, 60)?;

    let ops = book.add_worksheet().set_name("Operators")?;
    for (c, name) in ["licences", "contacts", "stores", "listings", "clients"]
        .iter()
        .enumerate()
    {
        ops.write_string_with_format(0, c as u16, *name, &bold)?;
    }
    for (i, o) in operators.iter().enumerate() {
        let r = i as u32 + 1;
        ops.write_string(r, 0, o.licences.join(", "))?;
        ops.write_string(r, 1, o.contacts.join(", "))?;
        ops.write_string(r, 2, o.stores.join(", "))?;
        ops.write_number(r, 3, o.listings as f64)?;
        ops.write_string(r, 4, o.clients.join(", "))?;
    }
    ops.set_freeze_panes(1, 0)?;
    ops.autofilter(0, 0, operators.len() as u32, 4)?;
    book.save_to_buffer()
}
