//! Listing links of the platforms added after the first five: Xiaohongshu, Kuaishou, WeChat,
//! Dewu and Meituan.

use url::Url;

use super::{cleaned, on, query, Canonical, LinkKind, ListingKey, Platform};

/// The platforms added later: Xiaohongshu (goods and notes have 24-hex-digit ids), Kuaishou
/// and Dewu (numeric item ids in the query; the link is kept, cleaned, since their item
/// pages have several forms), WeChat and Meituan (no item id in a shared link).
pub(super) fn classify(url: &Url, host: &str, path: &[&str]) -> Option<Canonical> {
    let by_key = |platform, url: String, key: Option<ListingKey>, id: Option<String>| {
        let kind = if key.is_some() {
            LinkKind::Item
        } else {
            LinkKind::NoItemId
        };
        Some(Canonical {
            platform,
            key: key.unwrap_or_else(|| ListingKey::Url(url.clone())),
            url,
            item_id: id,
            kind,
            extracted: false,
        })
    };
    if on(host, "xiaohongshu.com") {
        let hex = |id: &&str| id.len() == 24 && id.bytes().all(|b| b.is_ascii_hexdigit());
        let (space, page, id) = match path {
            ["goods-detail", id, ..] if hex(id) => ("xiaohongshu", "goods-detail", *id),
            ["explore", id, ..] | ["discovery", "item", id, ..] if hex(id) => {
                ("xiaohongshu-note", "explore", *id)
            }
            _ => return by_key(Platform::Xiaohongshu, cleaned(url), None, None),
        };
        let id = id.to_ascii_lowercase();
        let key = u128::from_str_radix(&id, 16)
            .ok()
            .map(|n| ListingKey::Item(space, n));
        let canonical = format!("https://www.xiaohongshu.com/{page}/{id}");
        return by_key(Platform::Xiaohongshu, canonical, key, Some(id));
    }
    let numbered = |platform, space: &'static str, names: &[&str]| {
        let id = query(url, names);
        let key = id
            .as_deref()
            .and_then(|id| id.parse().ok())
            .map(|n| ListingKey::Item(space, n));
        by_key(platform, cleaned(url), key, id)
    };
    if on(host, "kwaixiaodian.com") || on(host, "kuaishou.com") {
        return numbered(Platform::Kuaishou, "kuaishou", &["itemId", "item_id", "id"]);
    }
    if on(host, "dewu.com") || on(host, "poizon.com") {
        return numbered(Platform::Dewu, "dewu", &["spuId", "spu_id", "productId"]);
    }
    if on(host, "weixin.qq.com") || on(host, "wechat.com") {
        return by_key(Platform::Wechat, cleaned(url), None, None);
    }
    if on(host, "meituan.com") {
        return by_key(Platform::Meituan, cleaned(url), None, None);
    }
    None
}
