//! One row of the Rights / 知识产权 sheet → a [`Right`]: type, number check, dates, owner.

use std::path::Path;

use super::fast_hash::FastMap;
use super::ident::check_number;
use super::row::RowReader;
use super::{Bilingual, Country, Date, Platform, Right, RightType};
use crate::diag::Severity;
use crate::ingest::Field;

/// What a right row needs to know about the rest of the workbook.
pub(crate) struct RightContext<'a> {
    /// Every client id in the Clients sheet → the client's name (`None` if that row failed).
    pub clients: &'a FastMap<String, Option<Bilingual>>,
    /// The Clients sheet's name, for messages.
    pub clients_sheet: &'a str,
    /// Relative certificate paths start here.
    pub base_dir: &'a Path,
    /// "Expired" means before this day.
    pub today: Date,
}

/// Reads a right row; `seen` maps the ids of earlier rows to their row numbers.
pub(crate) fn read_right(
    r: &mut RowReader,
    seen: &mut FastMap<String, u32>,
    cx: &RightContext,
) -> Option<Right> {
    let id = r.required(Field::RightId);
    if let Some(id) = &id {
        if let Some(first) = seen.get(id) {
            let header = r.header(Field::RightId);
            r.error(
                Field::RightId,
                format!("{header} \"{id}\" is already used in row {first}"),
            );
        } else {
            seen.insert(id.clone(), r.number());
        }
    }
    let client_id = r.required(Field::ClientId);
    let mut client_name = None;
    if let Some(client_id) = &client_id {
        match cx.clients.get(client_id) {
            Some(name) => client_name = name.clone(),
            None => r.error(
                Field::ClientId,
                format!("client \"{client_id}\" is not in sheet {}", cx.clients_sheet),
            ),
        }
    }
    let kind = r.required(Field::Type).and_then(|text| {
        let kind = RightType::from_text(&text);
        if kind.is_none() {
            r.error(
                Field::Type,
                format!(
                    "\"{text}\" is not a type of IP right (expected trademark, copyright, invention patent, utility model or design patent / 商标, 著作权, 发明专利, 实用新型, 外观设计)"
                ),
            );
        }
        kind
    });
    let country = match r.text(Field::Country) {
        None => Country::china(),
        Some(text) => Country::lookup(&text).unwrap_or_else(|| {
            r.warning(
                Field::Country,
                format!("\"{text}\" is not a country or region takedown knows; kept as written"),
            );
            Country::unknown(&text)
        }),
    };
    let written = r.required(Field::Number);
    let mut number = None;
    if let (Some(written), Some(kind)) = (&written, kind) {
        let checked = check_number(kind, country.code(), written);
        for (severity, message) in checked.problems {
            match severity {
                Severity::Error => r.error(Field::Number, message),
                Severity::Warning => r.warning(Field::Number, message),
            }
        }
        number = Some(checked.number);
    }
    let title = Bilingual::or_either(r.text(Field::TitleEn), r.text(Field::TitleZh));
    if title.en.is_empty() && (r.has_column(Field::TitleEn) || r.has_column(Field::TitleZh)) {
        let (en, zh) = (r.header(Field::TitleEn), r.header(Field::TitleZh));
        r.warning(
            Field::TitleEn,
            format!("no title (mark, work or invention): {en} and {zh} are empty"),
        );
    }
    let owner = match r.text(Field::Owner) {
        Some(owner) => match &client_name {
            Some(name) if name.en == owner || name.zh == owner => name.clone(),
            _ => Bilingual::new(owner.clone(), owner),
        },
        None => {
            let name = client_name.clone().unwrap_or_default();
            // The sheet without the column gets one note for all its rights.
            if r.has_column(Field::Owner) && !name.en.is_empty() {
                let zh = if name.zh != name.en {
                    format!(" / \"{}\"", name.zh)
                } else {
                    String::new()
                };
                r.warning(
                    Field::Owner,
                    format!(
                        "owner is empty: the documents print the client's name, \"{}\"{zh}, as the owner; it must be the registrant's name exactly as on the certificate",
                        name.en
                    ),
                );
            }
            name
        }
    };
    let classes = r
        .text(Field::Classes)
        .and_then(|text| match parse_classes(&text) {
            Some(classes) => Some(classes),
            None => {
                r.error(
                    Field::Classes,
                    format!("\"{text}\" is not a list of Nice classes (numbers 1 to 45, e.g. 9, 25, 28)"),
                );
                None
            }
        })
        .unwrap_or_default();
    let (valid_from, valid_to, protect_from, protect_to) = read_periods(r, cx.today);
    let certificate = r.files(Field::Certificate, cx.base_dir);
    let evaluation_report = r.files(Field::EvaluationReport, cx.base_dir);
    let comparison = r.files(Field::Comparison, cx.base_dir);
    let comparison_listing = r.text(Field::ComparisonListing).and_then(|text| {
        match super::listing_url::canonicalize(&text) {
            Ok(canonical) => Some(canonical.url),
            Err(_) => {
                r.warning(
                    Field::ComparisonListing,
                    format!("\"{text}\" is not a link; the comparison is described as made for no listing in particular"),
                );
                None
            }
        }
    });
    let on_file = read_on_file(r);
    let filed_on = r.date(Field::FiledOn);
    let (created_on, published_on, registered_on) = (
        r.date(Field::CreatedOn),
        r.date(Field::PublishedOn),
        r.date(Field::RegisteredOn),
    );
    let notes = r.text(Field::Notes);
    if let Some(kind) = kind {
        if !evaluation_report.is_empty() && !matches!(kind, RightType::UtilityModel | RightType::DesignPatent)
        {
            r.warning(
                Field::EvaluationReport,
                format!("CNIPA issues evaluation reports for utility models and designs only, not for a {}; not annexed", kind.name_en()),
            );
        }
        if !comparison.is_empty() && !kind.is_patent() {
            r.warning(
                Field::Comparison,
                format!(
                    "a comparison is annexed to patent complaints only, not for a {}; not annexed",
                    kind.name_en()
                ),
            );
        }
    }
    let extra = r.extra();
    if r.failed {
        return None;
    }
    let right = Right {
        id: id?,
        client_id: client_id?,
        kind: kind?,
        number: number?,
        number_as_written: written?,
        title,
        owner,
        country,
        classes,
        valid_from,
        valid_to,
        // Protection is asked for from the issue date (not before the registration is valid).
        // Blank: from the date of filing (a registration granted later: from its grant).
        protect_from: protect_from.or_else(|| valid_from.filter(|from| *from > cx.today)),
        protect_to: protect_to.or(valid_to),
        certificate,
        evaluation_report,
        comparison,
        comparison_listing,
        on_file,
        filed_on,
        created_on,
        published_on,
        registered_on,
        notes,
        extra,
        source: r.source(),
    };
    super::rights_checks::check(r, &right, cx.today);
    Some(right)
}

/// `taobao, jd` / `淘宝、京东` / `all` → the platforms the right is on file with; an unknown
/// word is a warning (that platform is not counted).
fn read_on_file(r: &mut RowReader) -> Vec<Platform> {
    let Some(text) = r.text(Field::OnFile) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for word in text
        .split([',', '，', ';', '；', '、', '/', '\n'])
        .map(str::trim)
        .filter(|w| !w.is_empty())
    {
        let key = crate::ingest::normalize(word);
        if matches!(
            key.as_str(),
            "all" | "allplatforms" | "所有平台" | "全部平台" | "全部"
        ) {
            out.extend(Platform::ALL.into_iter().filter(|p| *p != Platform::Other));
            continue;
        }
        match Platform::from_text(word) {
            Some(p) if p != Platform::Other => out.push(p),
            _ => r.warning(
                Field::OnFile,
                format!(
                    "\"{word}\" is not a platform takedown knows; the right is not counted as on file there"
                ),
            ),
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

type Periods = (Option<Date>, Option<Date>, Option<Date>, Option<Date>);

/// The validity and protection dates, with their checks.
fn read_periods(r: &mut RowReader, today: Date) -> Periods {
    let valid_from = r.date(Field::ValidFrom);
    let valid_to = r.date(Field::ValidTo);
    let protect_from = r.date(Field::ProtectFrom);
    let protect_to = r.date(Field::ProtectTo);
    let header = |r: &RowReader, field| r.header(field);
    if let (Some(from), Some(to)) = (valid_from, valid_to) {
        if to < from {
            let (h_to, h_from) = (header(r, Field::ValidTo), header(r, Field::ValidFrom));
            r.error(Field::ValidTo, format!("{h_to} {to} is before {h_from} {from}"));
        }
    }
    if let Some(to) = valid_to.filter(|to| valid_from.is_none_or(|from| from <= *to)) {
        if to < today {
            r.warning(Field::ValidTo, format!("the registration expired on {to}"));
        }
    }
    if let (Some(from), Some(to)) = (protect_from, protect_to) {
        if to < from {
            let (h_to, h_from) = (header(r, Field::ProtectTo), header(r, Field::ProtectFrom));
            r.error(Field::ProtectTo, format!("{h_to} {to} is before {h_from} {from}"));
        }
    }
    if let Some(start) = protect_from {
        if let Some(from) = valid_from.filter(|from| start < *from) {
            r.warning(
                Field::ProtectFrom,
                format!("protection from {start} starts before the registration is valid ({from})"),
            );
        } else if let Some(to) = valid_to.filter(|to| start > *to) {
            r.warning(
                Field::ProtectFrom,
                format!("protection from {start} starts after the registration expires ({to})"),
            );
        }
    }
    if let Some(end) = protect_to {
        if let Some(to) = valid_to.filter(|to| end > *to) {
            r.warning(
                Field::ProtectTo,
                format!("protection to {end} ends after the registration expires ({to})"),
            );
        } else if let Some(from) = valid_from.filter(|from| end < *from) {
            r.warning(
                Field::ProtectTo,
                format!("protection to {end} ends before the registration is valid ({from})"),
            );
        }
    }
    (valid_from, valid_to, protect_from, protect_to)
}

/// `9, 25, 28` / `9，25、28` / `第9类` → `[9, 25, 28]`; `None` unless every item is 1–45.
fn parse_classes(text: &str) -> Option<Vec<u8>> {
    let mut classes = Vec::new();
    for item in text
        .split(|c: char| matches!(c, ',' | '，' | '、' | ';' | '；' | '/') || c.is_whitespace())
        .filter(|item| !item.is_empty())
    {
        let item = item.strip_prefix('第').unwrap_or(item);
        let item = item.strip_suffix('类').unwrap_or(item);
        let class: u8 = item.parse().ok().filter(|n| (1..=45).contains(n))?;
        if !classes.contains(&class) {
            classes.push(class);
        }
    }
    (!classes.is_empty()).then_some(classes)
}
