//! The typed model the later stages read: clients, their IP rights and the infringing listings,
//! each record keeping where it came from and the columns the model does not know.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use serde::Serialize;

use super::{Country, Date, Platform, Salutation};
use crate::diag::Location;
use crate::evidence::FileInfo;

/// Everything a workbook says that passed validation. Records with errors are left out.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Docket {
    /// Clients / 客户.
    pub clients: Vec<Client>,
    /// Rights / 知识产权.
    pub rights: Vec<Right>,
    /// Listings / 侵权链接, duplicates merged.
    pub listings: Vec<Listing>,
    /// Counter-notices / 反通知, each naming a listing above.
    pub counter_notices: Vec<super::CounterNotice>,
    /// Outcomes / 处理结果: what the platforms did, for the ledger.
    pub outcomes: Vec<super::Outcome>,
    /// Clients that must get no packet (a power of attorney silently missing a right is worse
    /// than none): client id as written → the places of the errors in its own row, its rights
    /// and its listings.
    pub blocked: BTreeMap<String, Vec<Location>>,
    /// Every evidence file the records name that passed its checks, by resolved path (not
    /// serialised: paths are where this machine found them).
    #[serde(skip)]
    pub files: BTreeMap<PathBuf, FileInfo>,
}

impl Docket {
    /// What was found in a file a record names (`None` for a file that failed its checks,
    /// whose client is blocked).
    pub fn file(&self, file: &FileRef) -> Option<&FileInfo> {
        self.files.get(&file.path)
    }

    /// How many listing rows were merged into an earlier row.
    pub fn merged(&self) -> usize {
        self.listings.iter().map(|l| l.merged_from.len()).sum()
    }
}

/// A text in English and in Chinese.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bilingual {
    /// English.
    pub en: String,
    /// Simplified Chinese.
    pub zh: String,
}

impl Bilingual {
    /// Both texts.
    pub fn new(en: impl Into<String>, zh: impl Into<String>) -> Self {
        Bilingual {
            en: en.into(),
            zh: zh.into(),
        }
    }

    /// From two optional cells: a missing language falls back to the other one.
    pub fn or_either(en: Option<String>, zh: Option<String>) -> Self {
        match (en, zh) {
            (Some(en), Some(zh)) => Bilingual { en, zh },
            (Some(en), None) => Bilingual { zh: en.clone(), en },
            (None, Some(zh)) => Bilingual { en: zh.clone(), zh },
            (None, None) => Bilingual::default(),
        }
    }
}

/// Where a record came from. File and sheet names are shared by every record of a sheet.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Source {
    /// The file, as the user named it (for CSV: the CSV file).
    pub file: Arc<str>,
    /// The sheet's name as in the workbook.
    pub sheet: Arc<str>,
    /// The row (1-based, as Excel shows it).
    pub row: u32,
}

impl Serialize for Source {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut state = serializer.serialize_struct("Source", 3)?;
        state.serialize_field("file", &*self.file)?;
        state.serialize_field("sheet", &*self.sheet)?;
        state.serialize_field("row", &self.row)?;
        state.end()
    }
}

/// A file a cell names (evidence, a certificate, a licence); what it holds is in
/// [`Docket::files`] once checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FileRef {
    /// The path as written in the cell.
    pub written: String,
    /// Resolved against the workbook's folder (not serialised).
    #[serde(skip)]
    pub path: PathBuf,
    /// The cell that names it.
    pub location: Location,
}

impl FileRef {
    /// The cell as `Listings!H7`.
    pub fn cell(&self) -> String {
        match (&self.location.sheet, &self.location.cell) {
            (Some(sheet), Some(cell)) => format!("{sheet}!{cell}"),
            _ => self.location.to_string(),
        }
    }
}

/// A test purchase of a listing: only claimed when an order number or purchase evidence is
/// given.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Purchase {
    /// purchase_order / 订单号.
    pub order: Option<String>,
    /// purchase_date / 购买日期.
    pub date: Option<Date>,
    /// purchase_evidence / 购买证据: photos of the product received, receipts.
    pub evidence: Vec<FileRef>,
    /// purchase_evidence_kind / 购买证据类型: what that evidence is; `None`: not said.
    pub kind: Option<PurchaseKind>,
}

/// What a test purchase's evidence is: only delivery records, unboxing photographs and a
/// notarised purchase show the goods were received.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PurchaseKind {
    /// 订单截图: a screenshot of the order.
    Order,
    /// 付款记录: the payment record.
    Payment,
    /// 物流签收记录: the delivery record, signed for.
    Delivery,
    /// 开箱照片: photographs of the goods unpacked.
    Unboxing,
    /// 公证购买: a purchase made before a notary, with its notarial certificate.
    Notarised,
}

impl PurchaseKind {
    /// The kind a cell names, in English or Chinese.
    pub fn parse(text: &str) -> Option<PurchaseKind> {
        let key = crate::ingest::normalize(text);
        Some(match key.as_str() {
            "order" | "orderscreenshot" | "订单截图" | "订单" => PurchaseKind::Order,
            "payment" | "paymentrecord" | "付款记录" | "付款" | "支付记录" => PurchaseKind::Payment,
            "delivery" | "deliveryrecord" | "物流签收记录" | "签收记录" | "物流" => {
                PurchaseKind::Delivery
            }
            "unboxing" | "unboxingphotos" | "开箱照片" | "开箱" => PurchaseKind::Unboxing,
            "notarised" | "notarized" | "notarisedpurchase" | "公证购买" | "公证" => {
                PurchaseKind::Notarised
            }
            _ => return None,
        })
    }

    /// The selector the documents' messages take: `order`, `payment`, …
    pub fn id(self) -> &'static str {
        match self {
            PurchaseKind::Order => "order",
            PurchaseKind::Payment => "payment",
            PurchaseKind::Delivery => "delivery",
            PurchaseKind::Unboxing => "unboxing",
            PurchaseKind::Notarised => "notarised",
        }
    }
}

/// A rights holder the firm acts for.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Client {
    /// client_id / 客户编号.
    pub id: String,
    /// name_en / 英文名称 and name_zh / 中文名称 (Chinese falls back to English).
    pub name: Bilingual,
    /// country / 国家或地区.
    pub country: Option<Country>,
    /// company_no / 注册号 (统一社会信用代码).
    pub company_no: String,
    /// address_en / 英文地址, address_zh / 中文地址.
    pub address: Bilingual,
    /// representative / 法定代表人.
    pub representative: Option<String>,
    /// signatory / 签字人 (defaults to the representative).
    pub signatory: Option<String>,
    /// signatory_title / 职务.
    pub signatory_title: Option<String>,
    /// signatory_title_zh / 职务（中文）: the title as the Chinese text gives it.
    pub signatory_title_zh: Option<String>,
    /// salutation / 称谓 (Mr, Ms, Dr … / 先生, 女士, 博士 …), or the title the signatory's
    /// name starts with.
    pub salutation: Option<Salutation>,
    /// The surname the salutation cell gives (`Mr Chan`), for names whose surname is not
    /// their last word.
    pub surname: Option<String>,
    /// seal / 公章: whether the client has a company seal; blank: decided by the country
    /// (see [`Client::seals`]).
    pub seal: Option<bool>,
    /// email / 邮箱.
    pub email: Option<String>,
    /// phone / 电话.
    pub phone: Option<String>,
    /// licence / 营业执照: business licence or certificate of incorporation.
    pub licence: Vec<FileRef>,
    /// licence_translation / 营业执照译本.
    pub licence_translation: Vec<FileRef>,
    /// poa_signed_on / 授权委托书签署日期: when the power of attorney the complaints were
    /// filed under was signed (a rebuttal cites it; without it, it claims none).
    pub poa_signed_on: Option<Date>,
    /// Columns the model does not know: header as written → value.
    pub extra: BTreeMap<String, String>,
    /// Where the row is.
    pub source: Source,
}

impl Client {
    /// Whether the power of attorney asks for the company seal: the `seal` column when it is
    /// filled in, otherwise yes for a company of mainland China (or of no stated country,
    /// as the reader assumes a PRC company then) and no for any other, which signs with the
    /// signatory's title.
    pub fn seals(&self) -> bool {
        self.seal
            .unwrap_or_else(|| self.country.as_ref().is_none_or(|c| c.code() == "CN"))
    }

    /// Whether the client is a company of mainland China (its number is a unified social
    /// credit code).
    pub fn is_prc(&self) -> bool {
        self.country.as_ref().is_none_or(|c| c.code() == "CN")
    }
}

/// The kind of an IP right.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RightType {
    /// 注册商标.
    Trademark,
    /// 著作权.
    Copyright,
    /// 发明专利.
    InventionPatent,
    /// 实用新型.
    UtilityModel,
    /// 外观设计.
    DesignPatent,
}

impl RightType {
    /// From the type column, in English or Chinese.
    pub fn from_text(text: &str) -> Option<RightType> {
        let key = crate::ingest::normalize(text);
        Some(match key.as_str() {
            "trademark" | "trademarks" | "tm" | "mark" | "商标" | "注册商标" => RightType::Trademark,
            "copyright" | "copyrights" | "著作权" | "版权" | "作品" | "软件著作权" | "软著" => {
                RightType::Copyright
            }
            "inventionpatent" | "invention" | "patent" | "发明专利" | "发明" => {
                RightType::InventionPatent
            }
            "utilitymodel" | "utilitymodelpatent" | "实用新型" | "实用新型专利" => {
                RightType::UtilityModel
            }
            "designpatent" | "design" | "industrialdesign" | "外观设计" | "外观设计专利" | "外观专利" => {
                RightType::DesignPatent
            }
            _ => return None,
        })
    }

    /// `invention patent`.
    pub fn name_en(self) -> &'static str {
        match self {
            RightType::Trademark => "trademark",
            RightType::Copyright => "copyright",
            RightType::InventionPatent => "invention patent",
            RightType::UtilityModel => "utility model",
            RightType::DesignPatent => "design patent",
        }
    }

    /// `发明专利`.
    pub fn name_zh(self) -> &'static str {
        match self {
            RightType::Trademark => "注册商标",
            RightType::Copyright => "著作权",
            RightType::InventionPatent => "发明专利",
            RightType::UtilityModel => "实用新型专利",
            RightType::DesignPatent => "外观设计专利",
        }
    }

    /// True for utility models and designs, for which CNIPA issues evaluation reports.
    pub fn has_evaluation_report(self) -> bool {
        matches!(self, RightType::UtilityModel | RightType::DesignPatent)
    }

    /// True for the three kinds of patent.
    pub fn is_patent(self) -> bool {
        matches!(
            self,
            RightType::InventionPatent | RightType::UtilityModel | RightType::DesignPatent
        )
    }
}

/// A registered (or, for copyright, recorded) IP right of a client.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Right {
    /// right_id / 权利编号.
    pub id: String,
    /// client_id / 客户编号: the client holding it.
    pub client_id: String,
    /// type / 类型.
    #[serde(rename = "type")]
    pub kind: RightType,
    /// number / 注册号, in its usual form (`ZL201710601862.3`, `12345678`).
    pub number: String,
    /// The number as written in the cell.
    pub number_as_written: String,
    /// title_en / 名称（英文）, title_zh / 名称（中文）: mark, work or invention title.
    pub title: Bilingual,
    /// owner / 权利人 (defaults to the client's name).
    pub owner: Bilingual,
    /// country / 注册国家 (defaults to China).
    pub country: Country,
    /// classes / 类别 (trademarks: Nice classes).
    pub classes: Vec<u8>,
    /// valid_from / 有效期起.
    pub valid_from: Option<Date>,
    /// valid_to / 有效期止.
    pub valid_to: Option<Date>,
    /// protect_from / 保护期起 (blank: from the date of filing, or from valid_from when that
    /// is later than the issue date).
    pub protect_from: Option<Date>,
    /// protect_to / 保护期止 (defaults to valid_to).
    pub protect_to: Option<Date>,
    /// certificate / 证书文件 (none given: still needed).
    pub certificate: Vec<FileRef>,
    /// evaluation_report / 专利权评价报告 (utility models and designs).
    pub evaluation_report: Vec<FileRef>,
    /// comparison / 比对材料: claim chart or design comparison (patents).
    pub comparison: Vec<FileRef>,
    /// comparison_listing / 比对链接: the canonical link of the listing the comparison was
    /// made for (a comparison is never said to cover every listing).
    pub comparison_listing: Option<String>,
    /// on_file / 已备案: the platforms the right is already on file with (its certificate
    /// lodged there): a complaint to one of them needs no certificate annexed.
    pub on_file: Vec<Platform>,
    /// filed_on / 申请日: the patent application date.
    pub filed_on: Option<Date>,
    /// created_on / 创作完成日期, published_on / 首次发表日期, registered_on / 登记日期: a
    /// work's dates, each printed as what it is (a copyright arises on creation; its
    /// registration proves ownership, not the date of creation).
    pub created_on: Option<Date>,
    pub published_on: Option<Date>,
    pub registered_on: Option<Date>,
    /// notes / 备注 (e.g. a US declaration of use filed).
    pub notes: Option<String>,
    /// Columns the model does not know: header as written → value.
    pub extra: BTreeMap<String, String>,
    /// Where the row is.
    pub source: Source,
}

impl Listing {
    /// Every file the row names: its captures, comparison and test-purchase evidence.
    pub fn files(&self) -> impl Iterator<Item = &FileRef> {
        self.evidence
            .iter()
            .chain(&self.comparison)
            .chain(self.purchase.iter().flat_map(|p| &p.evidence))
    }

    /// Whether anything shows the listing: a capture of it, or test-purchase evidence. A
    /// listing nothing shows is named in no complaint.
    pub fn is_shown(&self) -> bool {
        !self.evidence.is_empty()
            || !self.comparison.is_empty()
            || self.purchase.as_ref().is_some_and(|p| !p.evidence.is_empty())
    }
}

/// An infringing listing (one or more rows of the sheet, merged when they name the same item).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Listing {
    /// The canonical link.
    pub url: String,
    /// The link as written (first row).
    pub url_as_written: String,
    /// The platform, from the link's host (or the platform column for links that do not say).
    pub platform: Platform,
    /// The platform's item id, when the link names one.
    pub item_id: Option<String>,
    /// A short link that could not be resolved offline.
    pub short_link: bool,
    /// right_id / 权利编号: the rights infringed.
    pub right_ids: Vec<String>,
    /// store / 店铺名称.
    pub store: Option<String>,
    /// seller_id / 店铺ID: the store's id on the platform.
    pub seller_id: Option<String>,
    /// seller_licence / 经营者营业执照: the licence number the store displays (E-Commerce Law
    /// art. 15), as [`licence_key`](super::listings::licence_key) folds it.
    pub seller_licence: Option<String>,
    /// seller_contact / 店铺联系方式: the telephone number or email address the store gives,
    /// as written; stores are matched by its [`contact_key`](super::listings::contact_key).
    pub seller_contact: Option<String>,
    /// title / 商品标题.
    pub title: Option<String>,
    /// price / 价格, as written.
    pub price: Option<String>,
    /// found_on / 发现日期.
    pub found_on: Option<Date>,
    /// evidence / 证据文件: screenshots of the listing, or PDFs (a notarial certificate).
    pub evidence: Vec<FileRef>,
    /// captured_on / 取证日期, as the cell gives it (no default: a blank one is printed as
    /// not recorded).
    pub captured_on: Option<Date>,
    /// comparison / 比对材料: a comparison made for this listing (a claim chart, a design or
    /// image comparison).
    pub comparison: Vec<FileRef>,
    /// The test purchase, when one was made.
    pub purchase: Option<Purchase>,
    /// notes / 备注.
    pub notes: Option<String>,
    /// The notes of the rows merged into this one, each with its row: a note is never merged
    /// away.
    pub merged_notes: Vec<(u32, String)>,
    /// site_country / 网站所在国家: where an independent site trades, when given.
    pub site_country: Option<Country>,
    /// shows / 页面显示: what the capture shows, as the cell says it (nothing is said of
    /// a capture without it).
    pub shows: Option<String>,
    /// goods_class / 商品类别: the Nice class of the goods offered.
    pub goods_class: Option<u8>,
    /// mark_use / 使用方式: the item of Trademark Law art. 57 the use falls under (1: the
    /// same mark on the same goods, 2: a similar mark or similar goods, 3: selling goods that
    /// infringe); `None`: not said, cited as item 3.
    pub mark_use: Option<u8>,
    /// Columns the model does not know: header as written → value.
    pub extra: BTreeMap<String, String>,
    /// Where the (first) row is.
    pub source: Source,
    /// Later rows merged into this one.
    pub merged_from: Vec<Source>,
}
