//! `filing-<platform>-<client>.xlsx`: for each complaint of the client's latest batch, its
//! links with what a platform's batch complaint form asks (the right relied on, the link,
//! the item, the store, the reason), a row each, for a paralegal to paste.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, XlsxError};

use crate::ledger::Filed;
use crate::model::Date;

/// The columns, as the sheet heads them.
pub const COLUMNS: [&str; 9] = [
    "complaint 投诉文件",
    "right_kind 权利类型",
    "right_number 权利编号",
    "url 链接",
    "item_id 商品编号",
    "store 店铺",
    "reason 投诉理由",
    "reason_zh 投诉理由（中文）",
    "issued_on 出具日期",
];

/// The reason a form asks for, in English and Chinese, by the kind of right.
pub fn reason(kind: Option<&str>) -> (&'static str, &'static str) {
    match kind {
        Some("trademark") => (
            "Trademark infringement: the listing uses the registered trademark without authorisation",
            "商标侵权：未经许可使用注册商标",
        ),
        Some("copyright") => (
            "Copyright infringement: the listing reproduces the work without authorisation",
            "著作权侵权：未经许可使用作品",
        ),
        Some("invention patent" | "utility model" | "design patent") => (
            "Patent infringement: the product falls within the scope of protection of the patent",
            "专利侵权：产品落入专利权保护范围",
        ),
        _ => (
            "Infringement of the right named in the complaint",
            "侵犯投诉书所列权利",
        ),
    }
}

/// The filing list of one platform's complaints.
pub fn workbook(rows: &[&Filed], date: Date) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let (y, m, d) = date.ymd();
    book.set_properties(
        &DocProperties::new()
            .set_title("takedown filing list")
            .set_creation_datetime(&ExcelDateTime::from_ymd(y, m, d)?),
    );
    let bold = Format::new().set_bold();
    let sheet = book.add_worksheet().set_name("Filing")?;
    for (c, name) in COLUMNS.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, *name, &bold)?;
    }
    for (i, f) in rows.iter().enumerate() {
        let r = i as u32 + 1;
        let (en, zh) = reason(f.right_kind.as_deref());
        let cells = [
            Some(f.file.as_str()),
            f.right_kind.as_deref(),
            f.right_number.as_deref(),
            Some(f.url.as_str()),
            f.item_id.as_deref(),
            f.store.as_deref(),
            Some(en),
            Some(zh),
            Some(f.batch_issued_on.as_str()),
        ];
        for (c, v) in cells.iter().enumerate() {
            if let Some(v) = v {
                sheet.write_string(r, c as u16, *v)?;
            }
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, rows.len() as u32, COLUMNS.len() as u16 - 1)?;
    sheet.set_column_width(3, 60)?;
    book.save_to_buffer()
}
