//! Platform profiles: per-platform facts as data (`templates/platforms/*.yaml`): names, sites,
//! channel, links per complaint, documents required, the timeline in working days, and what
//! rights each accepts ([`strength`]).

pub mod strength;

use serde::{Deserialize, Serialize};

use crate::model::{Bilingual, Platform};

/// The built-in profiles: (file name, YAML).
pub const BUILTIN: [(&str, &str); 10] = [
    (
        "alibaba-ipp.yaml",
        include_str!("../../templates/platforms/alibaba-ipp.yaml"),
    ),
    ("jd.yaml", include_str!("../../templates/platforms/jd.yaml")),
    (
        "pinduoduo.yaml",
        include_str!("../../templates/platforms/pinduoduo.yaml"),
    ),
    (
        "douyin.yaml",
        include_str!("../../templates/platforms/douyin.yaml"),
    ),
    (
        "xiaohongshu.yaml",
        include_str!("../../templates/platforms/xiaohongshu.yaml"),
    ),
    (
        "kuaishou.yaml",
        include_str!("../../templates/platforms/kuaishou.yaml"),
    ),
    (
        "wechat.yaml",
        include_str!("../../templates/platforms/wechat.yaml"),
    ),
    ("dewu.yaml", include_str!("../../templates/platforms/dewu.yaml")),
    (
        "meituan.yaml",
        include_str!("../../templates/platforms/meituan.yaml"),
    ),
    (
        "letter.yaml",
        include_str!("../../templates/platforms/letter.yaml"),
    ),
];

/// How complaints reach the platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    /// Filed on the platform's IP-protection portal.
    Portal,
    /// A stand-alone notice letter to the site's operator.
    Letter,
}

/// A site of a platform group, e.g. Taobao in Alibaba IPP.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Site {
    /// The id listings use: `taobao`, `1688`, `other`…
    pub id: String,
    pub en: String,
    pub zh: String,
}

/// What a step of the process is, for the deadline it sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepKind {
    /// The platform verifies the rights holder, the agent and the rights.
    Verification,
    /// The platform reviews and decides the complaint.
    Decision,
    /// The seller may delete the listing or file a statement (counter-notice).
    SellerWindow,
    /// After a counter-notice: our reply and the platform's decision.
    Dispute,
    /// A notice letter reaches the site's operator.
    Delivery,
    /// The time given to a site's operator to remove the listings.
    Removal,
}

/// One step of the process and how many working days it takes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub step: Bilingual,
    /// What the step is.
    pub kind: StepKind,
    /// Fewest and most working days.
    pub days: [u32; 2],
    /// Where the figure was read (the platform's rules), or
    #[serde(default)]
    pub source: Option<Cited>,
    /// why it is used without one (`firm practice`): every figure has one or the other.
    #[serde(default)]
    pub basis: Option<String>,
}

/// A document a platform asks for, and what it asks more of a rights holder outside
/// mainland China (`foreign`, appended to it: a translation, a legalisation).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Required {
    pub en: String,
    pub zh: String,
    #[serde(default)]
    pub foreign: Option<Bilingual>,
}

impl Required {
    /// The document as a rights holder in mainland China (`prc`) or outside it is asked for.
    pub fn asked_of(&self, prc: bool) -> Bilingual {
        match (&self.foreign, prc) {
            (Some(more), false) => Bilingual::new(
                format!("{}{}", self.en, more.en),
                format!("{}{}", self.zh, more.zh),
            ),
            _ => Bilingual::new(self.en.clone(), self.zh.clone()),
        }
    }
}

/// A figure's published source: its address and the day it was read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cited {
    pub url: String,
    pub read_on: String,
}

/// How documents state where a figure comes from: `source: https://…, read on 2 November
/// 2026` / `来源：https://…（2026年11月2日查阅）`, or `basis: firm practice` / `依据：本所实务经验`.
pub fn basis_text(source: &Option<Cited>, basis: &Option<String>) -> Bilingual {
    match (source, basis) {
        (Some(c), _) => {
            let date = crate::model::parse_date(&c.read_on);
            let (en, zh) = date.map_or_else(
                || (c.read_on.clone(), c.read_on.clone()),
                |d| (d.english(), d.chinese()),
            );
            Bilingual::new(
                format!("source: {}, read on {en}", c.url),
                format!("来源：{}（{zh}查阅）", c.url),
            )
        }
        (None, Some(b)) if b.trim().eq_ignore_ascii_case("firm practice") => {
            Bilingual::new("basis: firm practice", "依据：本所实务经验")
        }
        (None, Some(b)) => Bilingual::new(format!("basis: {b}"), format!("依据：{b}")),
        (None, None) => Bilingual::new("", ""),
    }
}

/// `Err(why)` unless a figure has a source (an http(s) address and a date read) or a basis.
fn check_cited(source: &Option<Cited>, basis: &Option<String>) -> Result<(), String> {
    match (source, basis) {
        (Some(c), _) => {
            if !(c.url.starts_with("https://") || c.url.starts_with("http://")) {
                return Err(format!("source.url \"{}\" is not an address", c.url));
            }
            if crate::model::parse_date(&c.read_on).is_none() {
                return Err(format!("source.read_on \"{}\" is not a date", c.read_on));
            }
            Ok(())
        }
        (None, Some(b)) if !b.trim().is_empty() => Ok(()),
        _ => Err("has no source: give source: {url, read_on} (where and when the figure was read) or basis: firm practice".to_owned()),
    }
}

/// Whether a platform acts on rights registered outside mainland China.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Acceptance {
    Yes,
    /// Accepted case by case; a Chinese registration is far more reliable.
    Sometimes,
    /// Only rights registered in China.
    No,
}

/// Whether a patent complaint needs the CNIPA patent evaluation report (专利权评价报告) for
/// utility models and designs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EvaluationReport {
    /// Asked for with every utility-model or design complaint.
    Required,
    /// Asked for when the platform or the seller asks.
    OnRequest,
}

/// A platform group's profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// Used in file names: `complaint-<id>-<right>.pdf`.
    pub id: String,
    pub name: Bilingual,
    /// Who runs it, as the addressee of complaints: the operator's legal entity where it is
    /// known, else empty (documents then name the platform only).
    #[serde(default)]
    pub operator: Bilingual,
    pub sites: Vec<Site>,
    /// Host names of the sites (informative).
    #[serde(default)]
    pub hosts: Vec<String>,
    pub channel: Channel,
    /// The portal's address (portal channel).
    #[serde(default)]
    pub portal: Option<String>,
    /// Most links in one complaint; longer lists are split into numbered parts.
    pub links_per_complaint: usize,
    /// Documents the platform asks for.
    pub documents: Vec<Required>,
    /// The steps after filing, in order.
    pub timeline: Vec<Step>,
    /// Working days we have to answer a seller's counter-notice once it is forwarded.
    pub reply_days: u32,
    /// Where reply_days was read, or why it is used without a source.
    #[serde(default)]
    pub reply_days_source: Option<Cited>,
    #[serde(default)]
    pub reply_days_basis: Option<String>,
    /// Whether rights registered only outside mainland China are acted on.
    pub accepts_foreign_rights: Acceptance,
    /// Whether utility-model and design complaints need the CNIPA evaluation report.
    pub evaluation_report: EvaluationReport,
    /// Everything submitted with a complaint is forwarded to the seller (Dewu): confidential
    /// material (client contact details, test-purchase records) stays out of the complaint.
    #[serde(default)]
    pub forwards_all_to_seller: bool,
    /// Letter channel: hosts of independent sites known to be run from mainland China (their
    /// letters rest on the E-Commerce Law); a subdomain matches too.
    #[serde(default)]
    pub china_hosts: Vec<String>,
    /// The platform's good-faith thresholds for a complainant, when it has them.
    #[serde(default)]
    pub good_faith: Option<GoodFaith>,
}

/// A platform's good-faith thresholds: below the takedown success rate, or above the share of
/// complaints a counter-notice overturns, a complainant loses its fast track.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoodFaith {
    /// Lowest share of decided complaints that end in a removal, in percent.
    pub min_success_percent: u32,
    /// Highest share of complaints restored after a counter-notice, in percent.
    pub max_restored_percent: u32,
    /// The period the platform counts over, in months.
    pub months: u32,
    #[serde(default)]
    pub source: Option<Cited>,
    #[serde(default)]
    pub basis: Option<String>,
}

/// Every profile, and which one each platform belongs to.
#[derive(Debug, Clone, PartialEq)]
pub struct Profiles {
    profiles: Vec<Profile>,
    /// Indexed like [`Platform::ALL`].
    of_platform: Vec<usize>,
}

impl Profiles {
    /// Parses profiles given as (file name, YAML) and checks that every platform belongs to
    /// exactly one of them.
    pub fn parse<'a>(files: impl IntoIterator<Item = (String, &'a str)>) -> Result<Profiles, String> {
        let mut profiles: Vec<Profile> = Vec::new();
        for (name, text) in files {
            let profile: Profile = serde_yaml::from_str(text).map_err(|e| format!("{name}: {e}"))?;
            if profile.links_per_complaint == 0 {
                return Err(format!("{name}: links_per_complaint must be at least 1"));
            }
            if !is_file_safe(&profile.id) {
                return Err(format!(
                    "{name}: id \"{}\" must be lower-case letters, digits and hyphens",
                    profile.id
                ));
            }
            for (i, step) in profile.timeline.iter().enumerate() {
                check_cited(&step.source, &step.basis)
                    .map_err(|why| format!("{name}: timeline[{i}].days (\"{}\") {why}", step.step.en))?;
            }
            check_cited(&profile.reply_days_source, &profile.reply_days_basis)
                .map_err(|why| format!("{name}: reply_days {why}"))?;
            if let Some(g) = &profile.good_faith {
                check_cited(&g.source, &g.basis).map_err(|why| format!("{name}: good_faith {why}"))?;
            }
            if let Some(step) = profile.timeline.iter().find(|s| s.days[0] > s.days[1]) {
                return Err(format!(
                    "{name}: timeline step \"{}\" has days {:?} (fewest first)",
                    step.step.en, step.days
                ));
            }
            profiles.push(profile);
        }
        let mut of_platform = Vec::new();
        for platform in Platform::ALL {
            let owners: Vec<usize> = (0..profiles.len())
                .filter(|&i| profiles[i].sites.iter().any(|s| s.id == platform.id()))
                .collect();
            match owners.as_slice() {
                [one] => of_platform.push(*one),
                [] => {
                    return Err(format!(
                        "no platform profile lists the site \"{}\"",
                        platform.id()
                    ))
                }
                [a, b, ..] => {
                    return Err(format!(
                        "site \"{}\" is in two platform profiles ({} and {})",
                        platform.id(),
                        profiles[*a].id,
                        profiles[*b].id
                    ))
                }
            }
        }
        Ok(Profiles {
            profiles,
            of_platform,
        })
    }

    /// The built-in profiles.
    pub fn builtin() -> Profiles {
        Profiles::parse(BUILTIN.iter().map(|(name, text)| ((*name).to_owned(), *text)))
            .expect("built-in platform profiles are valid")
    }

    /// The profile a platform belongs to.
    pub fn of(&self, platform: Platform) -> &Profile {
        let index = Platform::ALL.iter().position(|&p| p == platform).unwrap_or(0);
        &self.profiles[self.of_platform[index]]
    }

    /// The site entry of a platform (names in both languages).
    pub fn site(&self, platform: Platform) -> Option<&Site> {
        self.of(platform).sites.iter().find(|s| s.id == platform.id())
    }

    /// Every profile, in file order.
    pub fn all(&self) -> &[Profile] {
        &self.profiles
    }
}

/// Lower-case ASCII letters, digits and inner hyphens.
fn is_file_safe(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_platform_has_one_builtin_profile() {
        let profiles = Profiles::builtin();
        assert_eq!(profiles.of(Platform::Tmall).id, "alibaba-ipp");
        assert_eq!(profiles.of(Platform::AliExpress).links_per_complaint, 300);
        assert_eq!(profiles.of(Platform::Jd).id, "jd");
        assert_eq!(profiles.of(Platform::Other).channel, Channel::Letter);
        assert_eq!(profiles.site(Platform::Alibaba1688).unwrap().zh, "1688");
    }

    #[test]
    fn a_platform_in_no_profile_or_two_is_refused() {
        let jd = BUILTIN[1];
        let err = Profiles::parse([(jd.0.to_owned(), jd.1)]).unwrap_err();
        assert_eq!(err, "no platform profile lists the site \"taobao\"");
        let files = BUILTIN
            .iter()
            .chain([&BUILTIN[1]])
            .map(|(n, t)| ((*n).to_owned(), *t));
        let err = Profiles::parse(files).unwrap_err();
        assert_eq!(err, "site \"jd\" is in two platform profiles (jd and jd)");
    }

    #[test]
    fn unknown_keys_are_named() {
        let text = BUILTIN[1].1.replace("links_per_complaint", "links_per_complain");
        let err = Profiles::parse([("jd.yaml".to_owned(), text.as_str())]).unwrap_err();
        assert!(
            err.starts_with("jd.yaml: unknown field `links_per_complain`"),
            "{err}"
        );
    }
}
