//! One row of the Listings / 侵权链接 sheet → a [`Listing`] with its canonical link.

use super::fast_hash::FastMap;
use super::listing_url::{canonicalize, LinkKind, ListingKey};
use super::row::RowReader;
use super::{Country, Listing, Platform, Purchase, PurchaseKind};
use crate::ingest::Field;

/// What a listing row needs to know about the rest of the workbook.
pub(crate) struct ListingContext<'a> {
    /// Every right id in the Rights sheet → its row.
    pub rights: &'a FastMap<String, u32>,
    /// The Rights sheet's name, for messages.
    pub rights_sheet: &'a str,
    /// Relative evidence paths start here.
    pub base_dir: &'a std::path::Path,
    /// The issue date: no capture can be later.
    pub today: crate::model::Date,
}

/// A listing and the key that tells duplicates.
pub(crate) struct ReadListing {
    pub listing: Listing,
    pub key: ListingKey,
}

/// Reads a listing row.
pub(crate) fn read_listing(r: &mut RowReader, cx: &ListingContext) -> Option<ReadListing> {
    let written = r.required(Field::Url);
    let canonical = written.as_ref().and_then(|text| match canonicalize(text) {
        Ok(canonical) => Some(canonical),
        Err(_) => {
            r.error(
                Field::Url,
                format!(
                    "\"{text}\" is not a link (expected e.g. https://item.taobao.com/item.htm?id=123456)"
                ),
            );
            None
        }
    });
    if let Some(canonical) = &canonical {
        if canonical.extracted {
            r.warning(
                Field::Url,
                format!("used the link {} found in the text of this cell", canonical.url),
            );
        }
        match canonical.kind {
            LinkKind::Short => r.warning(
                Field::Url,
                format!(
                    "short link {} cannot be resolved offline; kept as given (paste the item's full link so duplicates can be merged)",
                    canonical.url
                ),
            ),
            LinkKind::NoItemId => r.warning(
                Field::Url,
                format!("no item id in this {} link; kept as given", canonical.platform),
            ),
            LinkKind::Item | LinkKind::OtherSite => {}
        }
    }

    let right_ids = read_right_ids(r, cx);

    let mut platform = canonical.as_ref().map_or(Platform::Other, |c| c.platform);
    if let Some(text) = r.text_ref(Field::Platform) {
        match Platform::from_text(&text) {
            None => r.warning(
                Field::Platform,
                format!(
                    "\"{text}\" is not a platform takedown knows (taobao, tmall, 1688, aliexpress, alibaba, jd, pinduoduo, douyin, other); the link decides"
                ),
            ),
            Some(named) => {
                let known_host = canonical
                    .as_ref()
                    .is_some_and(|c| matches!(c.kind, LinkKind::Item | LinkKind::NoItemId));
                let same_family = matches!(
                    (named, platform),
                    (Platform::Taobao | Platform::Tmall, Platform::Taobao | Platform::Tmall)
                );
                if !known_host || same_family || named == platform {
                    platform = named;
                } else if canonical.is_some() {
                    r.warning(
                        Field::Platform,
                        format!(
                            "the platform column says {named}, but the link is a {platform} link; using {platform}"
                        ),
                    );
                }
            }
        }
    }

    let store = r.text(Field::Store);
    let seller_id = r.text(Field::SellerId);
    let seller_licence = r.text(Field::SellerLicence).map(|text| {
        if let Some(why) = super::uscc_warning(&text) {
            r.warning(Field::SellerLicence, why);
        }
        licence_key(&text)
    });
    let seller_contact = r.text(Field::SellerContact);
    if let Some(contact) = seller_contact.as_ref().filter(|c| contact_key(c).is_none()) {
        r.warning(
            Field::SellerContact,
            format!(
                "\"{contact}\" is neither a telephone number nor an email address: stores are not \
                 matched by it"
            ),
        );
    }
    let title = r.text(Field::Title);
    let price = r.text(Field::Price);
    let found_on = r.date(Field::FoundOn);
    let evidence = r.files(Field::Evidence, cx.base_dir);
    // The capture date is printed only as the cell gives it: never the date it was found.
    let captured_on = r.date(Field::CapturedOn);
    match captured_on {
        None if !evidence.is_empty() && r.is_blank(Field::CapturedOn) => r.warning(
            Field::CapturedOn,
            format!(
                "{} is empty: the complaint says the capture date of this listing's evidence is not \
                 recorded; give the date the screenshots were taken",
                r.header(Field::CapturedOn)
            ),
        ),
        Some(date) if date > cx.today => r.error(
            Field::CapturedOn,
            format!(
                "the capture date {date} is after the issue date {}: a capture cannot postdate the complaint",
                cx.today
            ),
        ),
        _ => {}
    }
    let comparison = r.files(Field::Comparison, cx.base_dir);
    let purchase = read_purchase(r, cx);
    let notes = r.text(Field::Notes);
    let shows = r.text(Field::Shows);
    let goods_class = r.text(Field::GoodsClass).and_then(|text| {
        let digits = text.trim().trim_start_matches('第').trim_end_matches('类');
        match digits.parse::<u8>() {
            Ok(n @ 1..=45) => Some(n),
            _ => {
                r.warning(
                    Field::GoodsClass,
                    format!("\"{text}\" is not a Nice class (1 to 45); the complaint says nothing about the class of the goods"),
                );
                None
            }
        }
    });
    let mark_use = read_mark_use(r);
    let site_country = r.text(Field::SiteCountry).map(|text| {
        Country::lookup(&text).unwrap_or_else(|| {
            r.warning(
                Field::SiteCountry,
                format!("\"{text}\" is not a country or region takedown knows; kept as written"),
            );
            Country::unknown(&text)
        })
    });
    let extra = r.extra();
    if r.failed {
        return None;
    }
    let canonical = canonical?;
    Some(ReadListing {
        key: canonical.key,
        listing: Listing {
            url: canonical.url,
            url_as_written: written?,
            platform,
            item_id: canonical.item_id,
            short_link: canonical.kind == LinkKind::Short,
            right_ids,
            store,
            seller_id,
            seller_licence,
            seller_contact,
            title,
            price,
            found_on,
            evidence,
            captured_on,
            comparison,
            purchase,
            notes,
            merged_notes: Vec::new(),
            shows,
            goods_class,
            mark_use,
            site_country,
            extra,
            source: r.source(),
            merged_from: Vec::new(),
        },
    })
}

/// The mark_use cell: the item of Trademark Law art. 57 (1 identical, 2 similar, 3 sale);
/// an unknown word is a warning and reads as not said.
pub(super) fn read_mark_use(r: &mut RowReader) -> Option<u8> {
    r.text(Field::MarkUse).and_then(|text| {
        let key = crate::ingest::normalize(&text);
        match key.as_str() {
            "identical" | "same" | "1" | "相同" | "相同商标" => Some(1),
            "similar" | "2" | "近似" | "近似商标" | "类似" => Some(2),
            "sale" | "selling" | "3" | "销售" | "销售侵权商品" => Some(3),
            _ => {
                r.warning(
                    Field::MarkUse,
                    format!("\"{text}\" is not a use takedown knows (identical / 相同, similar / 近似, sale / 销售); the complaint cites the sale of the goods (Trademark Law art. 57(3))"),
                );
                None
            }
        }
    })
}

/// `R1, R2；R3、R4` → the ids, each checked against the Rights sheet.
fn read_right_ids(r: &mut RowReader, cx: &ListingContext) -> Vec<String> {
    let Some(text) = r.required_ref(Field::RightId) else {
        return Vec::new();
    };
    let mut ids: Vec<String> = Vec::new();
    for id in text
        .split([',', '，', ';', '；', '、', '\n', '\r'])
        .map(str::trim)
        .filter(|id| !id.is_empty())
    {
        if !cx.rights.contains_key(id) {
            r.error(
                Field::RightId,
                format!("right \"{id}\" is not in sheet {}", cx.rights_sheet),
            );
        } else if !ids.iter().any(|known| known == id) {
            ids.push(id.to_owned());
        }
    }
    if ids.is_empty() && !r.failed {
        let header = r.header(Field::RightId);
        r.error(Field::RightId, format!("{header} is empty (required)"));
    }
    ids
}

/// The test purchase of a row: an order number or purchase evidence makes one; a purchase
/// date alone does not.
fn read_purchase(r: &mut RowReader, cx: &ListingContext) -> Option<Purchase> {
    let order = r.text(Field::PurchaseOrder);
    let date = r.date(Field::PurchaseDate);
    let evidence = r.files(Field::PurchaseEvidence, cx.base_dir);
    if order.is_none() && evidence.is_empty() {
        if date.is_some() {
            r.warning(
                Field::PurchaseDate,
                "a purchase date without an order number or purchase evidence; no test purchase is claimed",
            );
        }
        return None;
    }
    let kind = r.text(Field::PurchaseEvidenceKind).and_then(|text| {
        let kind = PurchaseKind::parse(&text);
        if kind.is_none() {
            r.warning(
                Field::PurchaseEvidenceKind,
                format!(
                    "\"{text}\" is not a kind of purchase evidence (order 订单截图, payment 付款记录, \
                     delivery 物流签收记录, unboxing 开箱照片, notarised 公证购买); it is described as a \
                     test-purchase record"
                ),
            );
        }
        kind
    });
    Some(Purchase {
        order,
        date,
        evidence,
        kind,
    })
}

/// A store's contact as operators are matched by: an email address folded to lower case; a
/// telephone number as its digits, without the country code 86 (`+86 20 3888 1808`,
/// `(020) 3888-1808` and `0086-20-38881808` are one: 2038881808, the leading 0 of a
/// trunk prefix dropped too). `None` when it is neither.
pub fn contact_key(text: &str) -> Option<String> {
    let folded: String = text
        .chars()
        .map(crate::ingest::fold_width)
        .filter(|c| !c.is_whitespace())
        .collect();
    if let Some((user, host)) = folded.split_once('@') {
        let ok = !user.is_empty() && host.contains('.') && !host.contains('@');
        return ok.then(|| folded.to_lowercase());
    }
    let phone = folded.chars().all(|c| c.is_ascii_digit() || "+-().".contains(c));
    let digits: String = folded.chars().filter(char::is_ascii_digit).collect();
    let digits = match digits.strip_prefix("0086") {
        Some(rest) => rest,
        // A mobile number is 11 digits from 1: with 86 before it, that is the country code.
        None if folded.starts_with('+') || (digits.len() == 13 && digits.starts_with("861")) => {
            digits.strip_prefix("86").unwrap_or(&digits)
        }
        None => &digits,
    };
    let digits = digits.strip_prefix('0').unwrap_or(digits);
    (phone && (7..=15).contains(&digits.len())).then(|| digits.to_owned())
}

/// A licence number as operators are matched by: full-width forms folded, no spaces, upper
/// case (`91330100 mA27xxxx` and `91330100MA27XXXX` are one operator).
pub(crate) fn licence_key(text: &str) -> String {
    text.chars()
        .map(crate::ingest::fold_width)
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_uppercase()
}

#[cfg(test)]
mod tests {
    use super::contact_key;

    #[test]
    fn one_telephone_number_or_email_written_several_ways_is_one_contact() {
        for written in [
            "+86 20 3888 1808",
            "(020) 3888-1808",
            "0086-20-38881808",
            "２０３８８８１８０８",
        ] {
            assert_eq!(contact_key(written).as_deref(), Some("2038881808"), "{written}");
        }
        for written in ["13912345678", "+86 139 1234 5678", "86 13912345678"] {
            assert_eq!(contact_key(written).as_deref(), Some("13912345678"), "{written}");
        }
        assert_eq!(
            contact_key(" Sales@F-Shop.Example ").as_deref(),
            Some("sales@f-shop.example")
        );
        for neither in ["call us", "123", "a@b", "@shop.cn", "x@y@z.cn", "wechat: abc"] {
            assert_eq!(contact_key(neither), None, "{neither}");
        }
    }
}
