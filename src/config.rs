//! `takedown.yaml`: the firm acting as agent, layout and language choices, fonts and template
//! folders. Unknown keys are rejected with the key named; every key has a default.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::layout::{Mode, Paper};
use crate::model::{parse_date, Bilingual, Date};

/// The file name looked for beside the workbook and in the current folder.
pub const FILE_NAME: &str = "takedown.yaml";

/// The commented configuration `takedown init` writes.
pub const SAMPLE: &str = include_str!("../templates/takedown.yaml");

/// The whole configuration.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// The law firm acting as agent.
    pub firm: Firm,
    /// Language arrangement of every document.
    pub layout: Mode,
    /// Paper size.
    pub paper: Paper,
    /// Justify English text as well as Chinese.
    pub justify_english: bool,
    /// Which text prevails: both equal, or the Chinese.
    pub governing_language: Governing,
    /// Term of the power of attorney in months from the issue date.
    pub poa_term_months: u32,
    /// Working days after the issue date by which the signed power of attorney is expected
    /// back; the platforms' timelines are counted from then.
    pub poa_return_days: u32,
    /// The date printed on the documents (`2026-11-28`); default: the build's `--date`, or today.
    pub issue_date: Option<String>,
    /// Extra font files.
    pub fonts: Fonts,
    /// A folder holding `templates/` and `locales/` to use instead of the built-in ones (as
    /// `takedown templates export` writes them).
    pub templates: Option<PathBuf>,
    /// Limits on reading each workbook (memory, processor time, output, stale lock files).
    pub limits: crate::ingest::Limits,
    /// Checks on the evidence files a workbook names.
    pub evidence: EvidenceConfig,
    /// The power of attorney: `litigation: true` adds the special authority (特别授权) to
    /// sue and to complain to the authorities, which a rebuttal's undertaking to act needs.
    pub poa: PoaConfig,
    /// Working days before the legal art. 43 date that the firm's own docket date falls.
    pub docket_margin_working_days: u32,
    /// Independent sites' terms of use, by host (`shoes-outlet.example: https://…/terms`): a
    /// notice letter asks a site to apply its terms only when their address is given here.
    pub site_terms: std::collections::BTreeMap<String, String>,
    /// The case ledger: `sqlite:PATH` (relative to this file's folder) or `postgres://…`;
    /// default: `ledger.sqlite` in the build's output folder (the drop folder for `watch`).
    pub ledger: Option<String>,
    /// Every build a draft for review (as `build --review`): highlights naming each value's
    /// source, warnings as notes on their pages, a watermark and a review sheet.
    pub review: bool,
    /// `monthly`: a watch folder writes the month before's report of every client
    /// (`takedown report`) into `DIR/reports/YYYY-MM/` on the first build of each month.
    pub report: Option<ReportSchedule>,
}

/// When a watch folder writes the clients' reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReportSchedule {
    Monthly,
}

/// What the power of attorney authorises beyond the complaints.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PoaConfig {
    /// Special authority to sue and to complain to the authorities (特别授权).
    pub litigation: bool,
}

/// How large an evidence file may be.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct EvidenceConfig {
    /// The largest file, in MiB (1 to 200).
    pub max_file_mib: u32,
}

impl Default for EvidenceConfig {
    fn default() -> Self {
        EvidenceConfig { max_file_mib: 20 }
    }
}

impl EvidenceConfig {
    /// The limits evidence files are checked against.
    pub fn limits(&self) -> crate::evidence::Limits {
        crate::evidence::Limits {
            max_bytes: u64::from(self.max_file_mib.clamp(1, 200)) * 1024 * 1024,
            ..crate::evidence::Limits::default()
        }
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            firm: Firm::default(),
            layout: Mode::SideBySide,
            paper: Paper::A4,
            justify_english: false,
            governing_language: Governing::Chinese,
            poa_term_months: 12,
            poa_return_days: 10,
            issue_date: None,
            fonts: Fonts::default(),
            templates: None,
            evidence: EvidenceConfig::default(),
            limits: crate::ingest::Limits::default(),
            site_terms: Default::default(),
            ledger: None,
            review: false,
            report: None,
            poa: PoaConfig::default(),
            docket_margin_working_days: 2,
        }
    }
}

/// Which language prevails if the two texts differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Governing {
    /// Both texts are equally authentic.
    Equal,
    /// The Chinese text prevails.
    Chinese,
}

/// The agent: a law firm or IP agency.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Firm {
    pub name: Bilingual,
    pub address: Bilingual,
    /// Unified social credit code or other registration number.
    pub company_no: String,
    /// The lawyer in charge, who signs for the firm.
    pub signatory: Bilingual,
    pub signatory_title: Bilingual,
    pub email: String,
    pub phone: String,
}

impl Firm {
    /// Whether this is (or still names) the sample firm of the bundled examples: its
    /// name, registration number or e-mail. Such a build is a draft until the firm's own
    /// details are set.
    pub fn is_sample(&self) -> bool {
        let sample = Firm::default();
        self.name.en == sample.name.en
            || self.name.zh == sample.name.zh
            || self.company_no == sample.company_no
            || self.email == sample.email
    }

    /// The warning a build with the sample firm gives (on the console and in the report).
    pub fn sample_warning(&self) -> Option<String> {
        self.is_sample().then(|| {
            format!(
                "warning: the agent is the sample firm \"{}\": every cover letter is marked as a \
                 draft; set your firm's own details under `firm:` in takedown.yaml (`takedown \
                 init DIR` writes one to edit) before anything is signed or filed",
                self.name.en
            )
        })
    }
}

impl Default for Firm {
    /// The sample firm of the bundled examples; the report says so when it is used.
    fn default() -> Self {
        Firm {
            name: Bilingual::new("Guangzhou Lumen IP Law Firm", "广州明律知识产权律师事务所"),
            address: Bilingual::new(
                "Room 1808, 18/F, 88 Huacheng Avenue, Tianhe District, Guangzhou 510623, China",
                "中国广州市天河区花城大道88号18楼1808室，邮编510623",
            ),
            company_no: "31440000MD0123456L".to_owned(),
            signatory: Bilingual::new("Chen Wei", "陈伟"),
            signatory_title: Bilingual::new("Partner, Attorney at Law", "合伙人、律师"),
            email: "ipp@lumen-ip.example".to_owned(),
            phone: "+86 20 3888 1808".to_owned(),
        }
    }
}

/// Extra fonts: a Latin face set before the CJK face, fallbacks after it for rare characters.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Fonts {
    pub latin: Option<PathBuf>,
    pub fallback: Vec<PathBuf>,
}

/// Why the configuration cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{path}: {message}")]
    Invalid { path: PathBuf, message: String },
}

/// A configuration and the file it came from (`None`: built-in defaults).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Loaded {
    pub config: Config,
    pub path: Option<PathBuf>,
    /// The issue date, parsed.
    pub issue_date: Option<Date>,
}

/// Finds the configuration: `explicit`, else `takedown.yaml` beside `near` (the first
/// workbook), else in the current folder, else the defaults.
pub fn find(explicit: Option<&Path>, near: Option<&Path>) -> Result<Loaded, ConfigError> {
    if let Some(path) = explicit {
        return load(path);
    }
    let beside = near
        .and_then(|workbook| {
            if workbook.is_dir() {
                Some(workbook.to_path_buf())
            } else {
                workbook.parent().map(Path::to_path_buf)
            }
        })
        .map(|dir| {
            if dir.as_os_str().is_empty() {
                PathBuf::from(".")
            } else {
                dir
            }
        });
    for dir in beside.into_iter().chain([PathBuf::from(".")]) {
        let path = dir.join(FILE_NAME);
        if path.is_file() {
            return load(&path);
        }
    }
    Ok(Loaded::default())
}

/// Reads and checks one configuration file; relative paths in it are taken from its folder.
pub fn load(path: &Path) -> Result<Loaded, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let invalid = |message: String| ConfigError::Invalid {
        path: path.to_path_buf(),
        message,
    };
    let mut config: Config = if text.trim().is_empty() {
        Config::default()
    } else {
        serde_yaml::from_str(&text).map_err(|e| invalid(e.to_string()))?
    };
    let issue_date = match &config.issue_date {
        None => None,
        Some(text) => Some(parse_date(text).ok_or_else(|| {
            invalid(format!(
                "issue_date: \"{text}\" is not a date ({})",
                crate::model::DATE_HINT
            ))
        })?),
    };
    if config.poa_term_months == 0 || config.poa_term_months > 120 {
        return Err(invalid(format!(
            "poa_term_months: {} is not a term (expected 1 to 120 months)",
            config.poa_term_months
        )));
    }
    for (host, terms) in &config.site_terms {
        if !(terms.starts_with("https://") || terms.starts_with("http://"))
            || terms.contains(char::is_whitespace)
        {
            return Err(invalid(format!(
                "site_terms.{host}: \"{terms}\" is not the address of the site's terms of use (expected https://…)"
            )));
        }
    }
    if config.docket_margin_working_days > 10 {
        return Err(invalid(format!(
            "docket_margin_working_days: {} leaves too little of the 15 days of art. 43 (expected 0 to 10)",
            config.docket_margin_working_days
        )));
    }
    if config.poa_return_days > 250 {
        return Err(invalid(format!(
            "poa_return_days: {} is more than a year of working days (expected 0 to 250)",
            config.poa_return_days
        )));
    }
    let limits = &config.limits;
    for (key, value, least) in [
        ("limits.memory_mib", limits.memory_mib, 128),
        ("limits.cpu_seconds", limits.cpu_seconds, 1),
        ("limits.output_mib", limits.output_mib, 1),
        ("limits.stale_lock_hours", limits.stale_lock_hours, 1),
    ] {
        if value < least {
            return Err(invalid(format!(
                "{key}: {value} is not a limit (expected at least {least})"
            )));
        }
    }
    let firm = &config.firm;
    for (key, value) in [("firm.name.en", &firm.name.en), ("firm.name.zh", &firm.name.zh)] {
        if value.trim().is_empty() {
            return Err(invalid(format!("{key} is empty")));
        }
    }
    let base = path.parent().unwrap_or(Path::new("."));
    let resolve = |p: &mut PathBuf| {
        if p.is_relative() {
            *p = base.join(&*p);
        }
    };
    if let Some(latin) = &mut config.fonts.latin {
        resolve(latin);
    }
    config.fonts.fallback.iter_mut().for_each(resolve);
    if let Some(templates) = &mut config.templates {
        resolve(templates);
    }
    Ok(Loaded {
        config,
        path: Some(path.to_path_buf()),
        issue_date,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Loaded, ConfigError> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, text).unwrap();
        load(&path)
    }

    #[test]
    fn the_sample_config_is_valid_and_explicit() {
        let loaded = parse(SAMPLE).unwrap();
        assert_eq!(loaded.config.layout, Mode::SideBySide);
        assert_eq!(loaded.config.governing_language, Governing::Chinese);
        assert_eq!(loaded.config.poa_term_months, 12);
        assert_eq!(loaded.config.poa_return_days, 10);
    }

    #[test]
    fn a_site_terms_entry_must_be_an_address() {
        let ok = parse("site_terms:\n  shop.example: https://shop.example/terms\n").unwrap();
        assert_eq!(ok.config.site_terms["shop.example"], "https://shop.example/terms");
        let err = parse("site_terms:\n  shop.example: see their website\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("site_terms.shop.example: \"see their website\" is not the address of the site's terms of use"),
            "{err}"
        );
    }

    #[test]
    fn unknown_keys_are_named() {
        let err = parse("firm:\n  nmae: {en: A, zh: B}\n").unwrap_err().to_string();
        assert!(err.contains("unknown field `nmae`"), "{err}");
        assert!(err.contains("firm"), "{err}");
        let err = parse("layout: sidebyside\n").unwrap_err().to_string();
        assert!(err.contains("sidebyside"), "{err}");
    }

    #[test]
    fn bad_values_are_named() {
        let err = parse("issue_date: 2026-13-01\n").unwrap_err().to_string();
        assert!(err.contains("issue_date: \"2026-13-01\" is not a date"), "{err}");
        let err = parse("poa_term_months: 0\n").unwrap_err().to_string();
        assert!(err.contains("poa_term_months: 0"), "{err}");
        let err = parse("poa_return_days: 300\n").unwrap_err().to_string();
        assert!(err.contains("poa_return_days: 300 is more than a year"), "{err}");
        assert_eq!(parse("poa_return_days: 0\n").unwrap().config.poa_return_days, 0);
    }

    #[test]
    fn relative_paths_are_taken_from_the_config_folder() {
        let loaded = parse("fonts:\n  fallback: [extra.otf]\ntemplates: mine\n").unwrap();
        let base = loaded.path.as_ref().unwrap().parent().unwrap();
        assert_eq!(loaded.config.fonts.fallback, vec![base.join("extra.otf")]);
        assert_eq!(loaded.config.templates, Some(base.join("mine")));
    }
}
