//! The workbook's expected shape: the three sheets (and the optional fourth, Counter-notices),
//! their columns and the aliases (English and Chinese) by which a sheet or a header is
//! recognised.

mod aliases;
mod field;

use serde::{Deserialize, Serialize};

pub use field::Field;

/// One of the sheets of a workbook: three required, Counter-notices optional.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SheetKind {
    /// Clients / 客户.
    Clients,
    /// Rights / 知识产权.
    Rights,
    /// Listings / 侵权链接.
    Listings,
    /// Counter-notices / 反通知 (optional): sellers' statements and our answers.
    CounterNotices,
    /// Outcomes / 处理结果 (optional, alone or beside the others): what the platforms decided,
    /// for the ledger.
    Outcomes,
}

impl SheetKind {
    /// Every sheet, in the order the model reads them.
    pub const ALL: [SheetKind; 5] = [
        SheetKind::Clients,
        SheetKind::Rights,
        SheetKind::Listings,
        SheetKind::CounterNotices,
        SheetKind::Outcomes,
    ];

    /// The sheets a workbook must have.
    pub const REQUIRED: [SheetKind; 3] = [SheetKind::Clients, SheetKind::Rights, SheetKind::Listings];

    /// True for a sheet a workbook may leave out (Counter-notices, Outcomes).
    pub fn is_optional(self) -> bool {
        matches!(self, SheetKind::CounterNotices | SheetKind::Outcomes)
    }

    /// The sheets missing from a workbook whose sheets are `present`: none when it has the
    /// three required ones, or when it is an Outcomes sheet alone.
    pub fn missing(present: impl Fn(SheetKind) -> bool) -> Vec<SheetKind> {
        let required = SheetKind::REQUIRED;
        if present(SheetKind::Outcomes) && !required.iter().any(|&k| present(k)) {
            return Vec::new();
        }
        required.into_iter().filter(|&k| !present(k)).collect()
    }

    /// `Clients / 客户`: how messages name a sheet that is missing.
    pub fn label(self) -> &'static str {
        match self {
            SheetKind::Clients => "Clients / 客户",
            SheetKind::Rights => "Rights / 知识产权",
            SheetKind::Listings => "Listings / 侵权链接",
            SheetKind::CounterNotices => "Counter-notices / 反通知",
            SheetKind::Outcomes => "Outcomes / 处理结果",
        }
    }

    /// The CSV file names that hold this sheet, for messages.
    pub fn csv_label(self) -> &'static str {
        match self {
            SheetKind::Clients => "clients.csv / 客户.csv",
            SheetKind::Rights => "rights.csv / 知识产权.csv",
            SheetKind::Listings => "listings.csv / 侵权链接.csv",
            SheetKind::CounterNotices => "counter-notices.csv / 反通知.csv",
            SheetKind::Outcomes => "outcomes.csv / 处理结果.csv",
        }
    }

    fn aliases(self) -> &'static [&'static str] {
        match self {
            SheetKind::Clients => &["clients", "client", "客户", "客户信息", "客户列表", "客户名单"],
            SheetKind::Rights => &[
                "rights",
                "ip rights",
                "ip",
                "registrations",
                "ip registrations",
                "知识产权",
                "权利",
                "知识产权信息",
                "权利信息",
            ],
            SheetKind::Listings => &[
                "listings",
                "listing",
                "links",
                "infringing listings",
                "侵权链接",
                "链接",
                "侵权商品",
                "侵权链接列表",
            ],
            SheetKind::CounterNotices => &[
                "counter-notices",
                "counter notices",
                "counter-notice",
                "counternotices",
                "seller statements",
                "反通知",
                "反通知书",
                "卖家声明",
                "平台内经营者声明",
                "申诉",
            ],
            SheetKind::Outcomes => &[
                "outcomes",
                "outcome",
                "results",
                "decisions",
                "case status",
                "处理结果",
                "投诉结果",
                "结果",
            ],
        }
    }

    /// The sheet a name (sheet tab or CSV file stem) stands for, if any.
    pub fn from_name(name: &str) -> Option<SheetKind> {
        let key = normalize(name);
        SheetKind::ALL
            .into_iter()
            .find(|kind| kind.aliases().iter().any(|alias| normalize(alias) == key))
    }

    /// The columns of this sheet.
    pub fn fields(self) -> &'static [Field] {
        use Field::*;
        match self {
            SheetKind::Clients => &[
                ClientId,
                NameEn,
                NameZh,
                Country,
                CompanyNo,
                AddressEn,
                AddressZh,
                Representative,
                Signatory,
                Salutation,
                SignatoryTitle,
                SignatoryTitleZh,
                Seal,
                Email,
                Phone,
                Licence,
                LicenceTranslation,
                PoaSignedOn,
            ],
            SheetKind::Rights => &[
                RightId,
                ClientId,
                Type,
                Number,
                TitleEn,
                TitleZh,
                Owner,
                Country,
                Classes,
                ValidFrom,
                ValidTo,
                ProtectFrom,
                ProtectTo,
                Certificate,
                EvaluationReport,
                Comparison,
                FiledOn,
                Notes,
                CreatedOn,
                PublishedOn,
                RegisteredOn,
                ComparisonListing,
                OnFile,
            ],
            SheetKind::Listings => &[
                Url,
                RightId,
                Platform,
                Store,
                Title,
                Price,
                FoundOn,
                Evidence,
                CapturedOn,
                PurchaseOrder,
                PurchaseDate,
                PurchaseEvidence,
                PurchaseEvidenceKind,
                Notes,
                SiteCountry,
                Shows,
                GoodsClass,
                MarkUse,
                Comparison,
                SellerId,
                SellerLicence,
                SellerContact,
            ],
            SheetKind::CounterNotices => &[
                Url,
                ReceivedOn,
                ForwardedOn,
                Grounds,
                SellerEvidence,
                OurEvidence,
                Notes,
                CaseNo,
                ComplaintFiledOn,
                MarkUse,
                Differences,
                OurResponse,
                Action,
                ActionFiledOn,
                ActionCaseNo,
                ActionBody,
                ActionEvidence,
            ],
            SheetKind::Outcomes => &[Url, CaseNo, FiledOn, Status, DecidedOn, Reason],
        }
    }

    /// The columns without which the sheet cannot be used.
    pub fn required(self) -> &'static [Field] {
        use Field::*;
        match self {
            SheetKind::Clients => &[ClientId, NameEn, CompanyNo],
            SheetKind::Rights => &[RightId, ClientId, Type, Number],
            SheetKind::Listings => &[Url, RightId],
            SheetKind::CounterNotices => &[Url, ReceivedOn, Grounds],
            SheetKind::Outcomes => &[Url, Status],
        }
    }

    /// The column a header names in this sheet, if any.
    pub fn field_for_header(self, header: &str) -> Option<Field> {
        let key = normalize(header);
        if key.is_empty() {
            return None;
        }
        self.fields()
            .iter()
            .copied()
            .find(|field| field.aliases(self).iter().any(|alias| normalize(alias) == key))
    }
}

/// How a header that names no column exactly relates to a known one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NearHeader {
    /// The header without its bracketed remark (`Evidence (screenshots)`, `证据（截图）`)
    /// names the column: it is read as that column.
    Remark(Field),
    /// The header is a small edit away from an alias (`evidense`, `captured date`): it is
    /// not read, and the message suggests the column.
    Suggest(Field),
}

impl SheetKind {
    /// What a header that [`SheetKind::field_for_header`] does not know is close to, if
    /// anything.
    pub fn near_header(self, header: &str) -> Option<NearHeader> {
        let bare = without_remarks(header);
        if bare != header {
            if let Some(field) = self.field_for_header(&bare) {
                return Some(NearHeader::Remark(field));
            }
        }
        let key = normalize(header);
        // Short keys are too easily near something (`no`, `id`); Chinese headers are compared
        // by characters, two of which already make a word.
        let room = |alias: &str| match alias.is_ascii() {
            true if key.chars().count() >= 5 => 2,
            true if key.chars().count() >= 4 => 1,
            false if key.chars().count() >= 3 => 1,
            _ => 0,
        };
        let mut best: Option<(usize, Field)> = None;
        for &field in self.fields() {
            for alias in field.aliases(self) {
                let distance = strsim::levenshtein(&normalize(alias), &key);
                if distance <= room(alias) && best.is_none_or(|(d, _)| distance < d) {
                    best = Some((distance, field));
                }
            }
        }
        best.map(|(_, field)| NearHeader::Suggest(field))
    }

    /// Every column of this sheet with all its accepted headers, required ones first as the
    /// sheet lists them; for `takedown columns`.
    pub fn column_list(self) -> Vec<(Field, bool, &'static [&'static str])> {
        self.fields()
            .iter()
            .map(|&field| (field, self.required().contains(&field), field.aliases(self)))
            .collect()
    }
}

/// A header without its bracketed parts (ASCII and full-width round and square brackets,
/// 【】), trimmed.
fn without_remarks(header: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in header.chars() {
        match c {
            '(' | '[' | '（' | '【' | '［' => depth += 1,
            ')' | ']' | '）' | '】' | '］' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out.trim().to_owned()
}

/// The key two names are compared by: full-width forms folded to ASCII, lower case, and only
/// letters and digits kept (so spaces, `_`, `-`, brackets and `*` marks do not matter).
pub fn normalize(text: &str) -> String {
    text.chars()
        .map(fold_width)
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Full-width ASCII forms (`ＡＢＣ１２３（）`) and the ideographic space to their ASCII forms.
pub fn fold_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}
