//! The known columns ([`Field`]) and how messages name them.

use serde::{Deserialize, Serialize};

use super::SheetKind;

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
    /// Listings: what the purchase evidence is (order, payment, delivery, unboxing, notarised).
    PurchaseEvidenceKind,
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
    /// Listings: what the capture shows (the mark on the product, in the title…).
    Shows,
    /// Listings: the Nice class of the goods offered.
    GoodsClass,
    /// Listings: how the listing uses the mark (Trademark Law art. 57 items 1–3).
    MarkUse,
    /// Rights (copyright): when the work was created, first published and registered.
    CreatedOn,
    PublishedOn,
    RegisteredOn,
    /// Rights: the listing a right-level comparison was made for.
    ComparisonListing,
    /// Rights: the platforms the right is already on file with (备案).
    OnFile,
    /// Counter-notices: the platform's number of the complaint answered, and its date.
    CaseNo,
    ComplaintFiledOn,
    /// Counter-notices: what differs in the goods or packaging, as found.
    Differences,
    /// Counter-notices: the lawyer's own argument, printed as given.
    OurResponse,
    /// Counter-notices: the action taken under E-Commerce Law art. 43 (court, amr), when
    /// filed, its case number, the body it is filed with and its acceptance document.
    Action,
    ActionFiledOn,
    ActionCaseNo,
    ActionBody,
    ActionEvidence,
    /// Clients: when the power of attorney the complaints were filed under was signed.
    PoaSignedOn,
    /// Outcomes: what the platform did (filed, removed, rejected…), when it decided, and why.
    Status,
    DecidedOn,
    Reason,
    /// Listings: the store's id on the platform, the business licence number it displays
    /// (E-Commerce Law art. 15), and the contact (telephone or email) it gives.
    SellerId,
    SellerLicence,
    SellerContact,
}

impl Field {
    /// How many fields there are (an array index per field).
    pub const COUNT: usize = Field::SellerContact as usize + 1;
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
}
