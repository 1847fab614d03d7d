//! How much a right can be relied on before a Chinese platform, and the warning for a profile
//! that does not (or only sometimes) act on it. The seed's advice: a right registered in
//! China gets listings removed easily; one registered only abroad "can be accomplished, but
//! not always"; an unregistered one should be registered first.

use super::{Acceptance, Profile};
use crate::model::{Bilingual, Country, Date, RightType};

/// A right's standing before a platform in mainland China.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Strength {
    /// Registered (or, for copyright, recorded) in mainland China and in force.
    ChinaRegistered,
    /// Registered outside mainland China only (Hong Kong, Macao and Taiwan included), or
    /// an international (Madrid) registration whose designation of China is not shown.
    ForeignRegistered,
    /// A copyright registered nowhere: protected under the Berne Convention, but platforms
    /// want a registration certificate.
    Unregistered,
    /// Expired before, or not yet in force on, the date looked at.
    Lapsed,
}

impl Strength {
    /// The right's strength on `on`: from its type, country of registration, number and
    /// period of validity.
    pub fn of(
        kind: RightType,
        country: &Country,
        number: &str,
        valid: (Option<Date>, Option<Date>),
        on: Date,
    ) -> Strength {
        let (from, to) = valid;
        if to.is_some_and(|to| to < on) || from.is_some_and(|from| from > on) {
            return Strength::Lapsed;
        }
        if kind == RightType::Copyright && is_unregistered(number) {
            return Strength::Unregistered;
        }
        if country.code() == "CN" {
            Strength::ChinaRegistered
        } else {
            Strength::ForeignRegistered
        }
    }

    /// Short label, for the cover letter's list of rights.
    pub fn label(self) -> Bilingual {
        match self {
            Strength::ChinaRegistered => Bilingual::new("registered in China", "已在中国注册"),
            Strength::ForeignRegistered => {
                Bilingual::new("registered outside mainland China only", "仅在中国大陆以外注册")
            }
            Strength::Unregistered => Bilingual::new("not registered", "未登记"),
            Strength::Lapsed => Bilingual::new("not in force", "不在有效期内"),
        }
    }
}

/// A copyright "number" that says there is none.
fn is_unregistered(number: &str) -> bool {
    let key: String = number
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect();
    matches!(
        key.as_str(),
        "" | "-"
            | "—"
            | "none"
            | "n/a"
            | "na"
            | "unregistered"
            | "notregistered"
            | "无"
            | "未登记"
            | "未登记作品"
    )
}

/// "a US registration", "an EU registration", "an international (Madrid) registration", "a
/// registration in Ruritania".
fn registration(country: &Country) -> String {
    match country.code.as_deref() {
        Some("WO") => "an international (Madrid) registration".to_owned(),
        Some(code) => {
            // Letters whose English names begin with a vowel sound: "an FR", "an HK", "an SG".
            let article = match code.chars().next() {
                Some('A' | 'E' | 'F' | 'H' | 'I' | 'L' | 'M' | 'N' | 'O' | 'R' | 'S' | 'X') => "an",
                _ => "a",
            };
            format!("{article} {code} registration")
        }
        None => format!("a registration in {}", country.name.en),
    }
}

/// What the registering office in China is for a type of right.
fn chinese_office(kind: RightType) -> &'static str {
    match kind {
        RightType::Copyright => "a Chinese copyright registration (Copyright Protection Center of China)",
        _ => "a Chinese registration (CNIPA)",
    }
}

/// The warning for relying on a right of `strength` before `site` (a site of `profile`) on
/// `on`, or `None` when the platform acts on it; `valid` as given to [`Strength::of`].
pub fn warning(
    strength: Strength,
    kind: RightType,
    country: &Country,
    valid: (Option<Date>, Option<Date>),
    on: Date,
    profile: &Profile,
    site: &str,
) -> Option<String> {
    match strength {
        Strength::ChinaRegistered => None,
        Strength::Lapsed => Some(match valid {
            (_, Some(to)) if to < on => {
                format!("expired on {to}; {site} will refuse it; renew it or rely on another right")
            }
            (Some(from), _) => {
                format!("not in force until {from} (not yet granted); {site} will refuse it until then")
            }
            _ => format!("not in force; {site} will refuse it"),
        }),
        Strength::Unregistered => Some(format!(
            "a copyright registered nowhere; {site} asks for a registration certificate; register it with the Copyright Protection Center of China first"
        )),
        Strength::ForeignRegistered => {
            let what = registration(country);
            let madrid = if country.code() == "WO" {
                " unless it shows the designation of China"
            } else {
                ""
            };
            match profile.accepts_foreign_rights {
                Acceptance::Yes => None,
                Acceptance::Sometimes => Some(format!(
                    "{what}; {site} may refuse it{madrid}; {} is far more reliable",
                    chinese_office(kind)
                )),
                Acceptance::No => Some(format!(
                    "{what}; {site} accepts only rights registered in China; {} is needed",
                    chinese_office(kind)
                )),
            }
        }
    }
}
