//! Listing links → `(platform, item id)` and one canonical link per item, per DOMAIN.md:
//! tracking parameters dropped, mobile and desktop forms merged, short links kept as given.

use std::fmt;

use serde::Serialize;
use url::Url;

use crate::ingest::{fold_width, normalize};

mod more;

/// The site a listing is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Platform {
    /// taobao.com
    #[serde(rename = "taobao")]
    Taobao,
    /// tmall.com, tmall.hk (Tmall Global)
    #[serde(rename = "tmall")]
    Tmall,
    /// 1688.com
    #[serde(rename = "1688")]
    Alibaba1688,
    /// aliexpress.com
    #[serde(rename = "aliexpress")]
    AliExpress,
    /// alibaba.com
    #[serde(rename = "alibaba")]
    Alibaba,
    /// jd.com
    #[serde(rename = "jd")]
    Jd,
    /// pinduoduo.com, yangkeduo.com
    #[serde(rename = "pinduoduo")]
    Pinduoduo,
    /// douyin.com, jinritemai.com
    #[serde(rename = "douyin")]
    Douyin,
    /// xiaohongshu.com, xhslink.com
    #[serde(rename = "xiaohongshu")]
    Xiaohongshu,
    /// kuaishou.com, kwaixiaodian.com
    #[serde(rename = "kuaishou")]
    Kuaishou,
    /// weixin.qq.com, wechat.com (Mini Programs, Channels shops)
    #[serde(rename = "wechat")]
    Wechat,
    /// dewu.com, poizon.com
    #[serde(rename = "dewu")]
    Dewu,
    /// meituan.com
    #[serde(rename = "meituan")]
    Meituan,
    /// Any other site (a stand-alone notice letter).
    #[serde(rename = "other")]
    Other,
}

impl Platform {
    /// Every platform, in the order above.
    pub const ALL: [Platform; 14] = [
        Platform::Taobao,
        Platform::Tmall,
        Platform::Alibaba1688,
        Platform::AliExpress,
        Platform::Alibaba,
        Platform::Jd,
        Platform::Pinduoduo,
        Platform::Douyin,
        Platform::Xiaohongshu,
        Platform::Kuaishou,
        Platform::Wechat,
        Platform::Dewu,
        Platform::Meituan,
        Platform::Other,
    ];

    /// The id used in data and file names: `taobao`, `1688`, `other`…
    pub fn id(self) -> &'static str {
        match self {
            Platform::Taobao => "taobao",
            Platform::Tmall => "tmall",
            Platform::Alibaba1688 => "1688",
            Platform::AliExpress => "aliexpress",
            Platform::Alibaba => "alibaba",
            Platform::Jd => "jd",
            Platform::Pinduoduo => "pinduoduo",
            Platform::Douyin => "douyin",
            Platform::Xiaohongshu => "xiaohongshu",
            Platform::Kuaishou => "kuaishou",
            Platform::Wechat => "wechat",
            Platform::Dewu => "dewu",
            Platform::Meituan => "meituan",
            Platform::Other => "other",
        }
    }

    /// The name messages use: `Taobao`, `JD`, `other site`…
    pub fn name(self) -> &'static str {
        match self {
            Platform::Taobao => "Taobao",
            Platform::Tmall => "Tmall",
            Platform::Alibaba1688 => "1688",
            Platform::AliExpress => "AliExpress",
            Platform::Alibaba => "Alibaba.com",
            Platform::Jd => "JD",
            Platform::Pinduoduo => "Pinduoduo",
            Platform::Douyin => "Douyin",
            Platform::Xiaohongshu => "Xiaohongshu",
            Platform::Kuaishou => "Kuaishou",
            Platform::Wechat => "WeChat",
            Platform::Dewu => "Dewu",
            Platform::Meituan => "Meituan",
            Platform::Other => "other site",
        }
    }

    /// The platform a cell of the platform column names (English or Chinese), if known.
    pub fn from_text(text: &str) -> Option<Platform> {
        let key = normalize(text);
        let platform = match key.as_str() {
            "taobao" | "淘宝" | "淘宝网" => Platform::Taobao,
            "tmall" | "tmallglobal" | "天猫" | "天猫国际" | "天猫商城" => Platform::Tmall,
            "1688" | "1688com" | "alibaba1688" | "阿里巴巴1688" => Platform::Alibaba1688,
            "aliexpress" | "速卖通" | "全球速卖通" => Platform::AliExpress,
            "alibaba" | "alibabacom" | "阿里巴巴国际站" | "阿里国际站" => Platform::Alibaba,
            "jd" | "jdcom" | "京东" | "京东商城" => Platform::Jd,
            "pinduoduo" | "pdd" | "yangkeduo" | "拼多多" => Platform::Pinduoduo,
            "douyin" | "tiktokchina" | "抖音" | "抖店" | "抖音电商" | "抖音小店" => {
                Platform::Douyin
            }
            "xiaohongshu" | "xhs" | "rednote" | "小红书" => Platform::Xiaohongshu,
            "kuaishou" | "kwai" | "快手" | "快手小店" | "快手电商" => Platform::Kuaishou,
            "wechat" | "weixin" | "微信" | "微信小程序" | "小程序" | "视频号" | "微信小店" | "视频号小店" => {
                Platform::Wechat
            }
            "dewu" | "poizon" | "得物" => Platform::Dewu,
            "meituan" | "美团" => Platform::Meituan,
            "other" | "othersite" | "其他" | "其它" => Platform::Other,
            _ => return None,
        };
        Some(platform)
    }
}

impl fmt::Display for Platform {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A listing link made canonical.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Canonical {
    /// The platform the host belongs to (`Other` for an unknown host).
    pub platform: Platform,
    /// The canonical link: the platform's desktop item page, or the link cleaned of tracking
    /// parameters (other sites), or as given (short links, links without an item id).
    pub url: String,
    /// The item id, when the link names one.
    pub item_id: Option<String>,
    /// What the link is: an item, a short link, a link without an item id.
    pub kind: LinkKind,
    /// Two links with the same key are the same listing.
    pub key: ListingKey,
    /// The link was taken out of surrounding text (e.g. a shared message).
    pub extracted: bool,
}

/// What makes two links the same listing: the platform's id space and item id, or the link.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ListingKey {
    /// An item: id space (`taobao` covers Tmall too) and the numeric id.
    Item(&'static str, u128),
    /// Any other link, by its canonical form.
    Url(String),
}

/// What kind of link a listing link is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    /// A platform's item page, with the item id.
    Item,
    /// A short link (`m.tb.cn`, `v.douyin.com`, `3.cn`, …) that cannot be resolved offline.
    Short,
    /// A known platform's page without an item id (a shop, a search).
    NoItemId,
    /// A page on another site.
    OtherSite,
}

/// Hosts of short links, and the platform they belong to.
const SHORT_HOSTS: [(&str, Platform); 8] = [
    ("tb.cn", Platform::Taobao),
    ("v.douyin.com", Platform::Douyin),
    ("xhslink.com", Platform::Xiaohongshu),
    ("v.kuaishou.com", Platform::Kuaishou),
    ("3.cn", Platform::Jd),
    ("u.jd.com", Platform::Jd),
    ("t.cn", Platform::Other),
    ("dwz.cn", Platform::Other),
];

/// Query parameters that only track where a click came from.
fn is_tracking(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    name.starts_with("utm_")
        || matches!(
            name.as_str(),
            "spm"
                | "scm"
                | "fbclid"
                | "gclid"
                | "yclid"
                | "msclkid"
                | "mc_cid"
                | "mc_eid"
                | "_ga"
                | "ref"
                | "ref_src"
                | "share_from"
                | "share_token"
                | "shareid"
                | "sharetype"
                | "tracelog"
                | "abbucket"
                | "ali_refid"
                | "ali_trackid"
                | "pvid"
                | "ns"
                | "ut_sk"
                | "sourcetype"
                | "suid"
                | "un"
                | "tk"
                | "sp_tk"
                | "cpp"
                | "shareurl"
                | "short_name"
                | "app"
                | "bxsign"
                | "wxsign"
        )
}

/// Why a cell is not a link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotALink;

/// Makes a listing link canonical. Text around a link (as in messages shared from a phone) is
/// dropped; a missing `https://` is supplied.
pub fn canonicalize(text: &str) -> Result<Canonical, NotALink> {
    let folded: std::borrow::Cow<str> = if text.is_ascii() {
        text.into()
    } else {
        text.chars().map(fold_width).collect::<String>().into()
    };
    let trimmed = folded.trim();
    let (candidate, extracted) =
        match find_ignore_case(trimmed, "http://").or_else(|| find_ignore_case(trimmed, "https://")) {
            Some(0) => (trimmed.split_whitespace().next().unwrap_or(trimmed), false),
            Some(start) => {
                let rest = trimmed.get(start..).unwrap_or("");
                let end = rest
                    .find(|c: char| c.is_whitespace() || (!c.is_ascii() && c != '%'))
                    .unwrap_or(rest.len());
                (rest.get(..end).unwrap_or(rest), true)
            }
            None if looks_like_host(trimmed) => (trimmed, false),
            None => return Err(NotALink),
        };
    let with_scheme = if candidate.contains("://") {
        candidate.to_owned()
    } else {
        format!("https://{candidate}")
    };
    let url = Url::parse(&with_scheme).map_err(|_| NotALink)?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(NotALink);
    }
    let host = url.host_str().ok_or(NotALink)?;
    if !host.contains('.') {
        return Err(NotALink);
    }
    let mut canonical = classify(&url, host);
    canonical.extracted = extracted;
    Ok(canonical)
}

/// Where `needle` (ASCII, lower case) first occurs in `text`, ignoring ASCII case.
fn find_ignore_case(text: &str, needle: &str) -> Option<usize> {
    text.as_bytes()
        .windows(needle.len())
        .position(|window| window.eq_ignore_ascii_case(needle.as_bytes()))
}

/// `item.taobao.com/…` without a scheme: a dotted host name before any `/`, `?` or `#`.
fn looks_like_host(text: &str) -> bool {
    let host = text.split(['/', '?', '#']).next().unwrap_or("");
    host.contains('.')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
}

fn on(host: &str, domain: &str) -> bool {
    host == domain || host.strip_suffix(domain).is_some_and(|head| head.ends_with('.'))
}

fn query(url: &Url, names: &[&str]) -> Option<String> {
    url.query_pairs()
        .find(|(name, value)| names.iter().any(|n| name.eq_ignore_ascii_case(n)) && is_id(value))
        .map(|(_, value)| value.into_owned())
}

fn is_id(value: &str) -> bool {
    !value.is_empty() && value.len() <= 24 && value.bytes().all(|b| b.is_ascii_digit())
}

/// The digits of a path segment `N.html` / `N.htm` / `iN.htm` / `…_N.html` after `prefix`.
fn segment_id(segment: &str, prefix: &str) -> Option<String> {
    let stem = segment
        .strip_suffix(".html")
        .or_else(|| segment.strip_suffix(".htm"))?;
    let id = stem.strip_prefix(prefix)?;
    is_id(id).then(|| id.to_owned())
}

/// The path's non-empty segments.
fn segments(url: &Url) -> Vec<&str> {
    let mut segments = Vec::with_capacity(8);
    if let Some(parts) = url.path_segments() {
        segments.extend(parts.filter(|s| !s.is_empty()));
    }
    segments
}

fn classify(url: &Url, host: &str) -> Canonical {
    for (domain, platform) in SHORT_HOSTS {
        if on(host, domain) {
            return Canonical {
                platform,
                url: url.to_string(),
                item_id: None,
                kind: LinkKind::Short,
                key: ListingKey::Url(url.to_string()),
                extracted: false,
            };
        }
    }
    let path = segments(url);
    let last = path.last().copied().unwrap_or("");
    let item = |platform: Platform, namespace: &'static str, id: Option<String>, page: fn(&str) -> String| {
        match id {
            Some(id) => {
                let url = page(&id);
                let key = id.parse().map_or_else(
                    |_| ListingKey::Url(url.clone()),
                    |number| ListingKey::Item(namespace, number),
                );
                Canonical {
                    platform,
                    url,
                    key,
                    item_id: Some(id),
                    kind: LinkKind::Item,
                    extracted: false,
                }
            }
            None => Canonical {
                platform,
                url: cleaned(url),
                item_id: None,
                kind: LinkKind::NoItemId,
                key: ListingKey::Url(cleaned(url)),
                extracted: false,
            },
        }
    };
    if on(host, "taobao.com") {
        let id = query(url, &["id", "itemId", "item_id"])
            .or_else(|| segment_id(last, ""))
            .or_else(|| segment_id(last, "i"));
        return item(Platform::Taobao, "taobao", id, |id| {
            format!("https://item.taobao.com/item.htm?id={id}")
        });
    }
    if on(host, "tmall.com") || on(host, "tmall.hk") {
        let id = query(url, &["id", "itemId", "item_id"]);
        // Taobao and Tmall share one id space.
        return item(Platform::Tmall, "taobao", id, |id| {
            format!("https://detail.tmall.com/item.htm?id={id}")
        });
    }
    if on(host, "jd.com") || on(host, "jd.hk") {
        let id = segment_id(last, "")
            .filter(|_| {
                host.starts_with("item") || host.starts_with("npcitem") || path.first() == Some(&"product")
            })
            .or_else(|| query(url, &["wareId", "sku", "skuId"]));
        return item(Platform::Jd, "jd", id, |id| {
            format!("https://item.jd.com/{id}.html")
        });
    }
    if on(host, "yangkeduo.com") || on(host, "pinduoduo.com") {
        let id = query(url, &["goods_id", "goodsId"]);
        return item(Platform::Pinduoduo, "pinduoduo", id, |id| {
            format!("https://mobile.yangkeduo.com/goods.html?goods_id={id}")
        });
    }
    if on(host, "aliexpress.com") || on(host, "aliexpress.us") || on(host, "aliexpress.ru") {
        let id = match path.first() {
            Some(&"item") | Some(&"i") => segment_id(last, ""),
            _ => None,
        }
        .or_else(|| query(url, &["productId"]));
        return item(Platform::AliExpress, "aliexpress", id, |id| {
            format!("https://www.aliexpress.com/item/{id}.html")
        });
    }
    if on(host, "1688.com") {
        let id = match path.first() {
            Some(&"offer") => segment_id(last, ""),
            _ => None,
        }
        .or_else(|| query(url, &["offerId", "offer_id"]));
        return item(Platform::Alibaba1688, "1688", id, |id| {
            format!("https://detail.1688.com/offer/{id}.html")
        });
    }
    if on(host, "alibaba.com") {
        let id = match path.as_slice() {
            ["product-detail", .., page] => page.rsplit_once('_').and_then(|(_, tail)| segment_id(tail, "")),
            ["product", id, ..] if is_id(id) => Some((*id).to_owned()),
            _ => None,
        };
        return item(Platform::Alibaba, "alibaba", id, |id| {
            format!("https://www.alibaba.com/product-detail/_{id}.html")
        });
    }
    if on(host, "jinritemai.com") {
        let id = query(url, &["id", "product_id", "goods_id"]);
        return item(Platform::Douyin, "douyin", id, |id| {
            format!("https://haohuo.jinritemai.com/ecommerce/trade/detail/index.html?id={id}")
        });
    }
    if on(host, "douyin.com") {
        let id = query(url, &["product_id", "goods_id"]);
        return item(Platform::Douyin, "douyin", id, |id| {
            format!("https://haohuo.jinritemai.com/ecommerce/trade/detail/index.html?id={id}")
        });
    }
    if let Some(canonical) = more::classify(url, host, &path) {
        return canonical;
    }
    let url = cleaned(url);
    Canonical {
        platform: Platform::Other,
        key: ListingKey::Url(url.clone()),
        url,
        item_id: None,
        kind: LinkKind::OtherSite,
        extracted: false,
    }
}

/// The link without its fragment and tracking parameters.
fn cleaned(url: &Url) -> String {
    let mut url = url.clone();
    url.set_fragment(None);
    let kept: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(name, _)| !is_tracking(name))
        .map(|(name, value)| (name.into_owned(), value.into_owned()))
        .collect();
    if kept.is_empty() {
        url.set_query(None);
    } else {
        url.query_pairs_mut().clear().extend_pairs(kept);
    }
    url.to_string()
}
