//! The Outcomes / 处理结果 sheet: what a platform did with a complaint, row by row, for the
//! ledger. Whether a link is known (to the ledger or the workbook) is the ledger's to say.

use serde::Serialize;

use super::row::RowReader;
use super::{canonicalize, Date, Source};
use crate::diag::Location;
use crate::ingest::Field;

/// What the platform did, as the Outcomes sheet says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// The complaint was filed (已提交): the platform gave it a case number.
    Filed,
    /// The listing was removed (已删除).
    Removed,
    /// The complaint was rejected (驳回).
    Rejected,
    /// The seller filed a counter-notice (已申诉).
    CounterNoticed,
    /// The listing was restored after a counter-notice (已恢复).
    Restored,
    /// We withdrew the complaint (已撤回).
    Withdrawn,
}

impl Status {
    /// Every status, in the order of a case's life.
    pub const ALL: [Status; 6] = [
        Status::Filed,
        Status::Removed,
        Status::Rejected,
        Status::CounterNoticed,
        Status::Restored,
        Status::Withdrawn,
    ];

    /// `counter-noticed`: the word the sheet, the ledger and `status --format json` use.
    pub fn id(self) -> &'static str {
        match self {
            Status::Filed => "filed",
            Status::Removed => "removed",
            Status::Rejected => "rejected",
            Status::CounterNoticed => "counter-noticed",
            Status::Restored => "restored",
            Status::Withdrawn => "withdrawn",
        }
    }

    /// `已申诉`.
    pub fn name_zh(self) -> &'static str {
        match self {
            Status::Filed => "已提交",
            Status::Removed => "已删除",
            Status::Rejected => "驳回",
            Status::CounterNoticed => "已申诉",
            Status::Restored => "已恢复",
            Status::Withdrawn => "已撤回",
        }
    }

    /// `removed` / `已删除` (also `下架`, `删除`, `已驳回`…) → the status.
    pub fn from_text(text: &str) -> Option<Status> {
        let key = crate::ingest::normalize(text);
        let found = Status::ALL
            .into_iter()
            .find(|s| crate::ingest::normalize(s.id()) == key || s.name_zh() == key);
        found.or(match key.as_str() {
            "submitted" | "pending" | "提交" | "已受理" | "受理" => Some(Status::Filed),
            "takendown" | "deleted" | "delisted" | "删除" | "下架" | "已下架" => Some(Status::Removed),
            "已驳回" | "不予处理" => Some(Status::Rejected),
            "counternotice" | "disputed" | "申诉" | "卖家申诉" | "已反通知" => {
                Some(Status::CounterNoticed)
            }
            "reinstated" | "恢复" | "已恢复链接" => Some(Status::Restored),
            "withdrew" | "撤回" | "撤诉" => Some(Status::Withdrawn),
            _ => None,
        })
    }

    /// True for a status after which the platform has decided (a date of decision is expected).
    pub fn is_decision(self) -> bool {
        !matches!(self, Status::Filed | Status::CounterNoticed)
    }
}

/// One row of the Outcomes sheet.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outcome {
    /// The listing's canonical link.
    pub url: String,
    /// case_no / 投诉编号.
    pub case_no: Option<String>,
    /// filed_on / 提交日期.
    pub filed_on: Option<Date>,
    /// status / 状态.
    pub status: Status,
    /// decided_on / 处理日期.
    pub decided_on: Option<Date>,
    /// reason / 原因.
    pub reason: Option<String>,
    pub source: Source,
    /// The link's cell, for messages about the row.
    pub location: Location,
}

/// Reads an Outcomes row; `today` is the issue date (nothing is decided after it).
pub(crate) fn read_outcome(r: &mut RowReader, today: Date) -> Option<Outcome> {
    let written = r.required(Field::Url);
    let canonical = written.as_ref().and_then(|text| match canonicalize(text) {
        Ok(c) => Some(c),
        Err(_) => {
            r.error(
                Field::Url,
                format!("\"{text}\" is not a link (expected the link of a listing)"),
            );
            None
        }
    });
    let case_no = r.text(Field::CaseNo);
    let filed_on = r.date(Field::FiledOn);
    let status = r.required(Field::Status).and_then(|text| {
        let status = Status::from_text(&text);
        if status.is_none() {
            let known: Vec<String> = Status::ALL
                .iter()
                .map(|s| format!("{} {}", s.id(), s.name_zh()))
                .collect();
            r.error(
                Field::Status,
                format!("\"{text}\" is not a status takedown knows ({})", known.join(", ")),
            );
        }
        status
    });
    let decided_on = r.date(Field::DecidedOn);
    let reason = r.text(Field::Reason);
    for (field, date) in [(Field::FiledOn, filed_on), (Field::DecidedOn, decided_on)] {
        if let Some(date) = date.filter(|&d| d > today) {
            r.error(
                field,
                format!(
                    "{date} is after the issue date {today}: an outcome cannot be recorded before it happens"
                ),
            );
        }
    }
    if let (Some(filed), Some(decided)) = (filed_on, decided_on) {
        if decided < filed {
            let what = status.map_or("decided", Status::id);
            r.error(
                Field::DecidedOn,
                format!("{what} on {decided}, before the complaint was filed ({filed}): a platform decides after a complaint is filed"),
            );
        }
    }
    if let Some(status) = status {
        if status.is_decision() && decided_on.is_none() && r.is_blank(Field::DecidedOn) {
            let header = r.header(Field::DecidedOn);
            r.warning(
                Field::DecidedOn,
                format!(
                    "{header} is empty: the ledger records that the listing was {} but not when",
                    status.id()
                ),
            );
        }
        if status != Status::Withdrawn && case_no.is_none() {
            let header = r.header(Field::CaseNo);
            r.warning(
                Field::CaseNo,
                format!("{header} is empty: a later complaint or report cannot cite this case by its number"),
            );
        }
    }
    if r.failed {
        return None;
    }
    let canonical = canonical?;
    Some(Outcome {
        url: canonical.url,
        case_no,
        filed_on,
        status: status?,
        decided_on,
        reason,
        source: r.source(),
        location: r.location(Field::Url),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_in_english_and_chinese() {
        for s in Status::ALL {
            assert_eq!(Status::from_text(s.id()), Some(s));
            assert_eq!(Status::from_text(s.name_zh()), Some(s));
        }
        assert_eq!(Status::from_text("Counter-noticed"), Some(Status::CounterNoticed));
        assert_eq!(Status::from_text("下架"), Some(Status::Removed));
        assert_eq!(Status::from_text("lost"), None);
    }
}
