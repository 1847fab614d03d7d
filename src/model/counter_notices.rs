//! The Counter-notices / 反通知 sheet: a seller's statement (E-Commerce Law art. 43) against
//! one of our listings, the grounds it gives, and the evidence we answer it with.
//!
//! Each row names a listing of the workbook by its link, compared in canonical form (so a
//! mobile link finds the desktop one); a link that is not a listing of the workbook is an
//! error at its cell.

use std::collections::BTreeMap;

use serde::Serialize;

use super::fast_hash::FastMap;
use super::listing_url::{canonicalize, ListingKey};
use super::row::RowReader;
use super::{Date, FileRef, Source};
use crate::diag::Location;
use crate::ingest::{normalize, Field};

/// A ground a seller gives for its statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Ground {
    /// 已获授权: the seller says it holds a licence or authorisation.
    Licensed,
    /// 正品来源: genuine goods (parallel import, first sale).
    Genuine,
    /// 未使用: the mark or work is not used, or used only descriptively.
    NoUse,
    /// 商品不同类: the goods are of a different kind.
    DifferentGoods,
    /// 自有权利: the seller's own registration or prior use.
    OwnRight,
    /// 权利无效: invalidation requested, or prior art.
    Invalid,
    /// 设计不同: the design differs.
    DesignDiffers,
    /// 其他: anything else.
    Other,
}

impl Ground {
    /// Every ground, in the order a rebuttal answers them.
    pub const ALL: [Ground; 8] = [
        Ground::Licensed,
        Ground::Genuine,
        Ground::NoUse,
        Ground::DifferentGoods,
        Ground::OwnRight,
        Ground::Invalid,
        Ground::DesignDiffers,
        Ground::Other,
    ];

    /// The id written in the sheet and used in message ids: `different-goods`.
    pub fn id(self) -> &'static str {
        match self {
            Ground::Licensed => "licensed",
            Ground::Genuine => "genuine",
            Ground::NoUse => "no-use",
            Ground::DifferentGoods => "different-goods",
            Ground::OwnRight => "own-right",
            Ground::Invalid => "invalid",
            Ground::DesignDiffers => "design-differs",
            Ground::Other => "other",
        }
    }

    /// The English name a statement's grounds are listed by: `different goods`.
    pub fn name_en(self) -> &'static str {
        match self {
            Ground::Licensed => "licence",
            Ground::Genuine => "genuine goods",
            Ground::NoUse => "no use as a mark or work",
            Ground::DifferentGoods => "different goods",
            Ground::OwnRight => "the seller's own right",
            Ground::Invalid => "invalidity of the right",
            Ground::DesignDiffers => "a different design",
            Ground::Other => "other",
        }
    }

    /// The Chinese name written in the sheet: `商品不同类`.
    pub fn name_zh(self) -> &'static str {
        match self {
            Ground::Licensed => "已获授权",
            Ground::Genuine => "正品来源",
            Ground::NoUse => "未使用",
            Ground::DifferentGoods => "商品不同类",
            Ground::OwnRight => "自有权利",
            Ground::Invalid => "权利无效",
            Ground::DesignDiffers => "设计不同",
            Ground::Other => "其他",
        }
    }

    fn aliases(self) -> &'static [&'static str] {
        match self {
            Ground::Licensed => &["licence", "license", "authorised", "authorized", "授权", "已授权"],
            Ground::Genuine => &[
                "genuine goods",
                "parallel import",
                "first sale",
                "正品",
                "平行进口",
                "权利用尽",
            ],
            Ground::NoUse => &["not used", "descriptive use", "非商标性使用", "描述性使用"],
            Ground::DifferentGoods => &["different goods", "不同类", "非类似商品"],
            Ground::OwnRight => &["own registration", "prior use", "自有商标", "在先使用"],
            Ground::Invalid => &["invalidation", "prior art", "无效宣告", "现有技术"],
            Ground::DesignDiffers => &["design differs", "外观不同"],
            Ground::Other => &["others"],
        }
    }

    /// The ground a cell's word names, in English or Chinese.
    pub fn from_text(text: &str) -> Option<Ground> {
        // Every accepted name, normalised once.
        static KEYS: std::sync::OnceLock<Vec<(String, Ground)>> = std::sync::OnceLock::new();
        let keys = KEYS.get_or_init(|| {
            Ground::ALL
                .into_iter()
                .flat_map(|g| {
                    [g.id(), g.name_zh()]
                        .into_iter()
                        .chain(g.aliases().iter().copied())
                        .map(move |name| (normalize(name), g))
                })
                .collect()
        });
        let key = normalize(text);
        keys.iter()
            .find(|(k, _)| !key.is_empty() && *k == key)
            .map(|(_, g)| *g)
    }
}

/// What the rights holder did within the 15 days of E-Commerce Law art. 43.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    /// 起诉: a suit before a people's court.
    Court,
    /// 行政投诉: a complaint to the administration for market regulation.
    Amr,
}

impl Action {
    fn from_text(text: &str) -> Option<Action> {
        match normalize(text).as_str() {
            "court" | "suit" | "lawsuit" | "起诉" | "诉讼" | "法院" => Some(Action::Court),
            "amr" | "administrative" | "administrativecomplaint" | "行政投诉" | "投诉" | "市场监管" => {
                Some(Action::Amr)
            }
            _ => None,
        }
    }

    /// The id used in data: `court`, `amr`.
    pub fn id(self) -> &'static str {
        match self {
            Action::Court => "court",
            Action::Amr => "amr",
        }
    }
}

/// A seller's counter-notice against one listing of the workbook.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CounterNotice {
    /// The listing's canonical link.
    pub url: String,
    /// The link as written.
    pub url_as_written: String,
    /// The row of the listing it answers (its first row) in the Listings sheet.
    pub listing_row: u32,
    /// received_on / 收到日期.
    pub received_on: Date,
    /// forwarded_on / 转送日期 (when the platform forwarded it; informative only: the art. 43
    /// period runs from `received_on`).
    pub forwarded_on: Option<Date>,
    /// grounds / 理由, each once, in [`Ground::ALL`]'s order.
    pub grounds: Vec<Ground>,
    /// seller_evidence / 对方证据: what the seller submitted.
    pub seller_evidence: Option<String>,
    /// our_evidence / 我方证据: files annexed to the rebuttal.
    pub our_evidence: Vec<FileRef>,
    /// notes / 备注.
    pub notes: Option<String>,
    /// case_no / 投诉编号: the platform's number of the complaint the statement answers.
    pub case_no: Option<String>,
    /// complaint_filed_on / 投诉日期: when that complaint was filed.
    pub complaint_filed_on: Option<Date>,
    /// mark_use / 使用方式: identical (art. 57(1)) or similar (art. 57(2)) mark, as found.
    pub mark_use: Option<u8>,
    /// differences / 差异: what differs in the goods or packaging, as found.
    pub differences: Option<String>,
    /// our_response / 我方意见: the lawyer's own argument, printed as given.
    pub our_response: Option<String>,
    /// action / 后续行动: the complaint to the authorities or the suit (art. 43).
    pub action: Option<Action>,
    /// action_filed_on / 立案日期, action_case_no / 案号或受理号, action_body / 受理机关.
    pub action_filed_on: Option<Date>,
    pub action_case_no: Option<String>,
    pub action_body: Option<String>,
    /// action_evidence / 受理材料: the acceptance document, annexed to the art. 43 notice.
    pub action_evidence: Vec<FileRef>,
    /// Columns the model does not know: header as written → value.
    pub extra: BTreeMap<String, String>,
    /// Where the row is.
    pub source: Source,
    /// The link's cell, for messages about this counter-notice.
    pub location: Location,
}

impl CounterNotice {
    /// Every file the row names: our evidence and the action's acceptance document.
    pub fn files(&self) -> impl Iterator<Item = &FileRef> {
        self.our_evidence.iter().chain(&self.action_evidence)
    }
}

/// What a counter-notice row needs to know about the rest of the workbook.
pub(crate) struct NoticeContext<'a> {
    /// Every listing row's key (read or not) → its first row.
    pub listings: &'a FastMap<ListingKey, u32>,
    /// The Listings sheet's name, for messages.
    pub listings_sheet: &'a str,
    /// Relative evidence paths start here.
    pub base_dir: &'a std::path::Path,
}

/// Reads a counter-notice row.
pub(crate) fn read_counter_notice(r: &mut RowReader, cx: &NoticeContext) -> Option<CounterNotice> {
    let written = r.required(Field::Url);
    let listing = written.as_ref().and_then(|text| match canonicalize(text) {
        Err(_) => {
            r.error(
                Field::Url,
                format!(
                    "\"{text}\" is not a link (expected the link of a listing in sheet {})",
                    cx.listings_sheet
                ),
            );
            None
        }
        Ok(canonical) => match cx.listings.get(&canonical.key) {
            Some(&row) => Some((canonical.url, row)),
            None => {
                r.error(
                    Field::Url,
                    format!(
                        "{} is not a listing of sheet {}; a counter-notice answers a listing of the workbook",
                        canonical.url, cx.listings_sheet
                    ),
                );
                None
            }
        },
    });
    let received_on = r.date(Field::ReceivedOn);
    if received_on.is_none() && r.is_blank(Field::ReceivedOn) {
        let header = r.header(Field::ReceivedOn);
        r.error(Field::ReceivedOn, format!("{header} is empty (required)"));
    }
    let forwarded_on = r.date(Field::ForwardedOn);
    if let (Some(received), Some(forwarded)) = (received_on, forwarded_on) {
        if forwarded > received {
            r.warning(
                Field::ForwardedOn,
                format!(
                    "forwarded on {forwarded}, after it was received ({received}); the dates may be swapped"
                ),
            );
        }
    }
    let grounds = read_grounds(r);
    let seller_evidence = r.text(Field::SellerEvidence);
    let our_evidence = r.files(Field::OurEvidence, cx.base_dir);
    let notes = r.text(Field::Notes);
    let case_no = r.text(Field::CaseNo);
    let complaint_filed_on = r.date(Field::ComplaintFiledOn);
    if let (Some(filed), Some(received)) = (complaint_filed_on, received_on) {
        if filed > received {
            r.warning(
                Field::ComplaintFiledOn,
                format!("the complaint is said to be filed on {filed}, after the statement answering it was received ({received})"),
            );
        }
    }
    let mark_use = super::listings::read_mark_use(r).filter(|&item| item != 3);
    let differences = r.text(Field::Differences);
    let our_response = r.text(Field::OurResponse);
    let action = r.text(Field::Action).and_then(|text| {
        let action = Action::from_text(&text);
        if action.is_none() {
            r.warning(
                Field::Action,
                format!("\"{text}\" is not an action takedown knows (court / 起诉, amr / 行政投诉); no art. 43 notice is made"),
            );
        }
        action
    });
    let action_filed_on = r.date(Field::ActionFiledOn);
    let action_case_no = r.text(Field::ActionCaseNo);
    let action_body = r.text(Field::ActionBody);
    let action_evidence = r.files(Field::ActionEvidence, cx.base_dir);
    let extra = r.extra();
    if r.failed {
        return None;
    }
    let (url, listing_row) = listing?;
    Some(CounterNotice {
        url,
        url_as_written: written?,
        listing_row,
        received_on: received_on?,
        forwarded_on,
        grounds,
        seller_evidence,
        our_evidence,
        notes,
        case_no,
        complaint_filed_on,
        mark_use,
        differences,
        our_response,
        action,
        action_filed_on,
        action_case_no,
        action_body,
        action_evidence,
        extra,
        source: r.source(),
        location: r.location(Field::Url),
    })
}

/// `genuine, different-goods` / `正品来源、商品不同类` → the grounds; an unknown word is an
/// error naming the known ones.
fn read_grounds(r: &mut RowReader) -> Vec<Ground> {
    let Some(text) = r.required(Field::Grounds) else {
        return Vec::new();
    };
    let mut grounds = Vec::new();
    for word in text
        .split([',', '，', ';', '；', '、', '+', '/', '\n', '\r'])
        .map(str::trim)
        .filter(|w| !w.is_empty())
    {
        match Ground::from_text(word) {
            Some(ground) => grounds.push(ground),
            None => {
                let known: Vec<String> = Ground::ALL
                    .iter()
                    .map(|g| format!("{} {}", g.id(), g.name_zh()))
                    .collect();
                r.error(
                    Field::Grounds,
                    format!("\"{word}\" is not a ground takedown knows ({})", known.join(", ")),
                );
            }
        }
    }
    grounds.sort_unstable();
    grounds.dedup();
    grounds
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grounds_in_english_and_chinese() {
        for g in Ground::ALL {
            assert_eq!(Ground::from_text(g.id()), Some(g));
            assert_eq!(Ground::from_text(g.name_zh()), Some(g));
        }
        assert_eq!(Ground::from_text("Different goods"), Some(Ground::DifferentGoods));
        assert_eq!(Ground::from_text("平行进口"), Some(Ground::Genuine));
        assert_eq!(Ground::from_text("counterfeit"), None);
    }
}
