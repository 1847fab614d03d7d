//! The workbook's expected shape: the three sheets (and the optional fourth, Counter-notices),
//! their columns and the aliases (English and Chinese) by which a sheet or a header is
//! recognised.

use serde::{Deserialize, Serialize};

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
}

impl SheetKind {
    /// Every sheet, in the order the model reads them.
    pub const ALL: [SheetKind; 4] = [
        SheetKind::Clients,
        SheetKind::Rights,
        SheetKind::Listings,
        SheetKind::CounterNotices,
    ];

    /// The sheets a workbook must have.
    pub const REQUIRED: [SheetKind; 3] = [SheetKind::Clients, SheetKind::Rights, SheetKind::Listings];

    /// True for a sheet a workbook may leave out (Counter-notices).
    pub fn is_optional(self) -> bool {
        self == SheetKind::CounterNotices
    }

    /// `Clients / 客户`: how messages name a sheet that is missing.
    pub fn label(self) -> &'static str {
        match self {
            SheetKind::Clients => "Clients / 客户",
            SheetKind::Rights => "Rights / 知识产权",
            SheetKind::Listings => "Listings / 侵权链接",
            SheetKind::CounterNotices => "Counter-notices / 反通知",
        }
    }

    /// The CSV file names that hold this sheet, for messages.
    pub fn csv_label(self) -> &'static str {
        match self {
            SheetKind::Clients => "clients.csv / 客户.csv",
            SheetKind::Rights => "rights.csv / 知识产权.csv",
            SheetKind::Listings => "listings.csv / 侵权链接.csv",
            SheetKind::CounterNotices => "counter-notices.csv / 反通知.csv",
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
                Notes,
                SiteCountry,
            ],
            SheetKind::CounterNotices => &[
                Url,
                ReceivedOn,
                ForwardedOn,
                Grounds,
                SellerEvidence,
                OurEvidence,
                Notes,
            ],
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

/// A known column. The same field (client_id, country) may appear in more than one sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Field {
    ClientId,
    NameEn,
    NameZh,
    Country,
    CompanyNo,
    AddressEn,
    AddressZh,
    Representative,
    Signatory,
    SignatoryTitle,
    Email,
    Phone,
    Licence,
    LicenceTranslation,
    Salutation,
    SignatoryTitleZh,
    Seal,
    RightId,
    Type,
    Number,
    TitleEn,
    TitleZh,
    Owner,
    Classes,
    ValidFrom,
    ValidTo,
    ProtectFrom,
    ProtectTo,
    Certificate,
    EvaluationReport,
    Comparison,
    Url,
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
    ReceivedOn,
    ForwardedOn,
    Grounds,
    SellerEvidence,
    OurEvidence,
    Notes,
    /// Rights: the patent application (filing) date.
    FiledOn,
    /// Listings: where an independent site trades.
    SiteCountry,
}

impl Field {
    /// `client_id / 客户编号`: how messages name a column that is missing.
    pub fn label(self, sheet: SheetKind) -> String {
        let aliases = self.aliases(sheet);
        let english = aliases.first().copied().unwrap_or_default();
        let chinese = aliases
            .iter()
            .find(|alias| !alias.is_ascii())
            .copied()
            .unwrap_or_default();
        format!("{english} / {chinese}")
    }

    /// Accepted headers; the first is the canonical English name, the first non-ASCII one the
    /// canonical Chinese name.
    pub fn aliases(self, sheet: SheetKind) -> &'static [&'static str] {
        use Field::*;
        match (self, sheet) {
            (ClientId, SheetKind::Rights) => &[
                "client_id",
                "client",
                "client no",
                "客户编号",
                "客户",
                "客户id",
                "客户代码",
            ],
            (ClientId, _) => &[
                "client_id",
                "client no",
                "client number",
                "client code",
                "客户编号",
                "客户id",
                "客户代码",
            ],
            (NameEn, _) => &[
                "name_en",
                "name",
                "english name",
                "company name",
                "client name",
                "英文名称",
                "英文名",
                "名称英文",
                "客户名称英文",
            ],
            (NameZh, _) => &[
                "name_zh",
                "chinese name",
                "name_cn",
                "中文名称",
                "中文名",
                "名称中文",
                "客户名称",
                "客户名称中文",
            ],
            (Country, SheetKind::Rights) => &[
                "country",
                "registration country",
                "country of registration",
                "注册国家",
                "注册国家或地区",
                "国家",
                "国家或地区",
                "国家地区",
            ],
            (Country, _) => &[
                "country",
                "country or region",
                "country/region",
                "国家或地区",
                "国家",
                "地区",
                "国家地区",
            ],
            (CompanyNo, _) => &[
                "company_no",
                "company number",
                "registration number",
                "business registration number",
                "registration no",
                "uscc",
                "unified social credit code",
                "注册号",
                "统一社会信用代码",
                "社会信用代码",
                "营业执照号",
                "营业执照号码",
                "公司注册号",
            ],
            (AddressEn, _) => &["address_en", "address", "english address", "英文地址"],
            (AddressZh, _) => &["address_zh", "chinese address", "address_cn", "中文地址", "地址"],
            (Representative, _) => &[
                "representative",
                "legal representative",
                "法定代表人",
                "法人代表",
                "法人",
            ],
            (Signatory, _) => &["signatory", "signer", "签字人", "签署人", "授权签字人"],
            (SignatoryTitle, _) => &[
                "signatory_title",
                "title",
                "position",
                "signatory position",
                "职务",
                "签字人职务",
                "职位",
            ],
            (Salutation, _) => &[
                "salutation",
                "honorific",
                "form of address",
                "signatory salutation",
                "称谓",
                "称呼",
                "签字人称谓",
            ],
            (SignatoryTitleZh, _) => &[
                "signatory_title_zh",
                "title_zh",
                "chinese title",
                "signatory title zh",
                "职务（中文）",
                "中文职务",
                "签字人职务（中文）",
            ],
            (Seal, _) => &[
                "seal",
                "has_seal",
                "company seal",
                "chop",
                "公章",
                "有无公章",
                "是否有公章",
            ],
            (Email, _) => &["email", "e-mail", "email address", "邮箱", "电子邮箱", "电子邮件"],
            (Phone, _) => &[
                "phone",
                "telephone",
                "tel",
                "phone number",
                "电话",
                "联系电话",
                "手机",
            ],
            (Licence, _) => &[
                "licence",
                "license",
                "business licence",
                "business license",
                "certificate of incorporation",
                "营业执照",
            ],
            (LicenceTranslation, _) => &[
                "licence_translation",
                "license_translation",
                "licence translation",
                "license translation",
                "营业执照译本",
                "营业执照翻译件",
            ],
            (RightId, _) => &[
                "right_id",
                "right ids",
                "rights",
                "ip id",
                "权利编号",
                "知识产权编号",
                "权利id",
            ],
            (Type, _) => &[
                "type",
                "ip type",
                "right type",
                "kind",
                "类型",
                "权利类型",
                "知识产权类型",
            ],
            (Number, _) => &[
                "number",
                "registration number",
                "registration no",
                "reg no",
                "patent number",
                "certificate number",
                "注册号",
                "登记号",
                "专利号",
                "证书号",
                "注册号专利号",
            ],
            (TitleEn, _) => &[
                "title_en",
                "title",
                "name",
                "mark",
                "english title",
                "名称（英文）",
                "英文名称",
                "名称英文",
            ],
            (TitleZh, _) => &[
                "title_zh",
                "chinese title",
                "title_cn",
                "名称（中文）",
                "中文名称",
                "名称",
                "商标名称",
            ],
            (Owner, _) => &[
                "owner",
                "right holder",
                "rights holder",
                "holder",
                "权利人",
                "所有人",
                "注册人",
                "专利权人",
                "著作权人",
            ],
            (Classes, _) => &[
                "classes",
                "class",
                "nice classes",
                "nice class",
                "类别",
                "商品类别",
                "类号",
            ],
            (ValidFrom, _) => &[
                "valid_from",
                "valid from",
                "registration date",
                "issue date",
                "date of registration",
                "有效期起",
                "有效期开始",
                "注册日期",
                "授权日",
                "授权公告日",
            ],
            (ValidTo, _) => &[
                "valid_to",
                "valid until",
                "expiry",
                "expiry date",
                "expires",
                "有效期止",
                "有效期至",
                "有效期结束",
                "到期日",
            ],
            (ProtectFrom, _) => &[
                "protect_from",
                "protection from",
                "protection start",
                "保护期起",
                "保护期开始",
            ],
            (ProtectTo, _) => &[
                "protect_to",
                "protection to",
                "protect until",
                "protection end",
                "保护期止",
                "保护期至",
                "保护期结束",
            ],
            (Certificate, _) => &[
                "certificate",
                "certificate file",
                "certificate path",
                "证书文件",
                "证书",
                "注册证书",
            ],
            (EvaluationReport, _) => &[
                "evaluation_report",
                "evaluation report",
                "patent evaluation report",
                "专利权评价报告",
                "评价报告",
            ],
            (Comparison, _) => &[
                "comparison",
                "claim chart",
                "comparison file",
                "比对材料",
                "比对表",
                "技术特征比对表",
            ],
            (Url, _) => &[
                "url",
                "link",
                "listing url",
                "listing",
                "链接",
                "侵权链接",
                "商品链接",
                "网址",
            ],
            (Platform, _) => &["platform", "site", "marketplace", "平台", "电商平台"],
            (Store, _) => &[
                "store",
                "shop",
                "seller",
                "store name",
                "店铺名称",
                "店铺",
                "店铺名",
                "卖家",
            ],
            (Title, _) => &[
                "title",
                "product title",
                "listing title",
                "商品标题",
                "标题",
                "商品名称",
            ],
            (Price, _) => &["price", "价格", "售价"],
            (FoundOn, _) => &[
                "found_on",
                "found",
                "date found",
                "found date",
                "发现日期",
                "发现时间",
            ],
            (Evidence, _) => &[
                "evidence",
                "evidence file",
                "screenshot",
                "证据文件",
                "证据",
                "截图",
            ],
            (CapturedOn, _) => &[
                "captured_on",
                "captured",
                "capture date",
                "evidence date",
                "取证日期",
                "截图日期",
            ],
            (PurchaseOrder, _) => &[
                "purchase_order",
                "order",
                "order no",
                "order number",
                "订单号",
                "订单编号",
            ],
            (PurchaseDate, _) => &[
                "purchase_date",
                "purchased on",
                "date purchased",
                "购买日期",
                "下单日期",
            ],
            (PurchaseEvidence, _) => &[
                "purchase_evidence",
                "purchase records",
                "purchase evidence",
                "购买证据",
                "购买记录",
            ],
            (ReceivedOn, _) => &[
                "received_on",
                "received",
                "date received",
                "received date",
                "收到日期",
                "收到时间",
                "接收日期",
            ],
            (ForwardedOn, _) => &[
                "forwarded_on",
                "forwarded",
                "date forwarded",
                "forwarded date",
                "转送日期",
                "转送时间",
                "转达日期",
            ],
            (Grounds, _) => &[
                "grounds",
                "ground",
                "reasons",
                "reason",
                "理由",
                "声明理由",
                "反通知理由",
            ],
            (SellerEvidence, _) => &[
                "seller_evidence",
                "seller's evidence",
                "sellers evidence",
                "seller evidence",
                "对方证据",
                "卖家证据",
                "对方提交的证据",
            ],
            (OurEvidence, _) => &[
                "our_evidence",
                "our evidence",
                "rebuttal evidence",
                "我方证据",
                "回复证据",
            ],
            (Notes, _) => &["notes", "note", "remarks", "comment", "comments", "备注", "说明"],
            (FiledOn, _) => &[
                "filed_on",
                "filing date",
                "application date",
                "date of application",
                "申请日",
                "申请日期",
            ],
            (SiteCountry, _) => &[
                "site_country",
                "site country",
                "market",
                "country of the site",
                "网站所在国家",
                "网站国家",
                "销售国家",
            ],
        }
    }
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
