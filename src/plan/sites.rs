//! Where an independent site trades, for its notice letter: from the listings' `site_country`
//! column, else from its address (a country-code top-level domain such as `.de`), else from
//! the letter profile's list of known sites in mainland China; and which rights are
//! registered there.

use crate::model::{Country, Listing, Right};

/// Where a site trades and how that was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Market {
    /// `None` when nothing says.
    pub country: Option<Country>,
    pub from: MarketSource,
}

/// How a site's country was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarketSource {
    /// The listings' `site_country` column.
    Column,
    /// The site's top-level domain (`.de`, `.co.uk`, `.cn`).
    Domain,
    /// The letter profile's `china_hosts`.
    KnownSite,
    /// Nothing says (`.com`, `.net`…).
    Unknown,
}

impl Market {
    /// Whether the site trades in mainland China (and so the E-Commerce Law applies).
    pub fn in_china(&self) -> bool {
        self.country.as_ref().is_some_and(|c| c.code() == "CN")
    }

    /// How the country was found, for messages: `from its address (.de)`.
    pub fn how(&self, host: &str) -> String {
        match self.from {
            MarketSource::Column => "as given in site_country".to_owned(),
            MarketSource::Domain => format!("from its address (.{})", tld(host)),
            MarketSource::KnownSite => "a site known to be run from mainland China".to_owned(),
            MarketSource::Unknown => format!("not known from its address (.{})", tld(host)),
        }
    }
}

/// The members of the European Union, where an EU trade mark or design has effect.
const EU_MEMBERS: [&str; 27] = [
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT",
    "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
];

/// Country-code domains used by sites anywhere (`.io`, `.co`, `.tv`…): they say nothing
/// about where a site trades.
const GENERIC_CC: [&str; 10] = ["io", "co", "me", "tv", "ai", "cc", "ws", "fm", "to", "gg"];

/// The last label of a host: `de` for `shop.example.de`.
fn tld(host: &str) -> &str {
    host.rsplit('.').next().unwrap_or(host)
}

/// Where the site at `host` with these listings trades; `china_hosts` are sites known to be
/// run from mainland China.
pub fn market(host: &str, listings: &[&Listing], china_hosts: &[String]) -> Market {
    if let Some(country) = listings.iter().find_map(|l| l.site_country.clone()) {
        return Market {
            country: Some(country),
            from: MarketSource::Column,
        };
    }
    let host = host.to_ascii_lowercase();
    let code = match tld(&host) {
        "uk" => Some("GB".to_owned()),
        t if t.len() == 2 && t.bytes().all(|b| b.is_ascii_lowercase()) && !GENERIC_CC.contains(&t) => {
            Some(t.to_ascii_uppercase())
        }
        _ => None,
    };
    if let Some(country) = code.and_then(|c| Country::lookup(&c)) {
        return Market {
            country: Some(country),
            from: MarketSource::Domain,
        };
    }
    let known = china_hosts
        .iter()
        .any(|h| host == *h || host.ends_with(&format!(".{h}")));
    if known {
        return Market {
            country: Some(Country::china()),
            from: MarketSource::KnownSite,
        };
    }
    Market {
        country: None,
        from: MarketSource::Unknown,
    }
}

/// Whether `right` is registered where the site trades: the same country, or an EU right and
/// a site in a member state.
pub fn covers(right: &Right, market: &Market) -> bool {
    let Some(site) = &market.country else {
        return false;
    };
    let (r, s) = (right.country.code(), site.code());
    !r.is_empty() && (r == s || (r == "EU" && EU_MEMBERS.contains(&s)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domains_give_countries() {
        let china = vec!["weidian.com".to_owned()];
        let m = market("tools-direct.de", &[], &china);
        assert_eq!(m.country.as_ref().map(Country::code), Some("DE"));
        assert_eq!(m.how("tools-direct.de"), "from its address (.de)");
        assert_eq!(
            market("shop.example.co.uk", &[], &china).country.unwrap().code(),
            "GB"
        );
        assert!(market("shop.example.com.cn", &[], &china).in_china());
        let known = market("shop.weidian.com", &[], &china);
        assert_eq!(known.from, MarketSource::KnownSite);
        assert!(known.in_china());
        let unknown = market("shoes-outlet-example.com", &[], &china);
        assert_eq!(unknown.country, None);
        assert_eq!(
            unknown.how("shoes-outlet-example.com"),
            "not known from its address (.com)"
        );
    }
}
