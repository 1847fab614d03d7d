//! Values shared by the documents' data: dates, periods, parties and rights as templates
//! see them (every bilingual value as `{"en": …, "zh": …}`).

use serde_json::{json, Value};

use crate::config::Firm;
use crate::model::{Bilingual, Client, Date, Right, RightType};
use crate::plan::Packet;
use crate::platform::Profiles;

/// `28 November 2026` / `2026年11月28日`.
pub fn date_text(date: Date) -> Bilingual {
    let (y, m, d) = date.ymd();
    Bilingual::new(
        format!(
            "{d} {} {y}",
            crate::layout::ident::MONTHS[usize::from(m.clamp(1, 12)) - 1]
        ),
        format!("{y}年{m}月{d}日"),
    )
}

pub(crate) fn period(from: Option<Date>, to: Option<Date>) -> Value {
    let (f, t) = (from.map(date_text), to.map(date_text));
    match (f, t) {
        (Some(f), Some(t)) => {
            json!({"en": format!("{} to {}", f.en, t.en), "zh": format!("{}至{}", f.zh, t.zh)})
        }
        (None, Some(t)) => json!({"en": format!("until {}", t.en), "zh": format!("至{}止", t.zh)}),
        (Some(f), None) => json!({"en": format!("from {}", f.en), "zh": format!("自{}起", f.zh)}),
        (None, None) => Value::Null,
    }
}

/// The date `months` months after `date`, less one day (the end of a term).
pub(crate) fn term_end(date: Date, months: u32) -> Date {
    let (y, m, d) = date.ymd();
    let total = u32::from(m) - 1 + months;
    let (year, month) = (u32::from(y) + total / 12, total % 12 + 1);
    let mut day = u32::from(d);
    loop {
        if let Some(end) = Date::new(year, month, day) {
            return end.add_days(-1).unwrap_or(end);
        }
        day -= 1;
    }
}

pub(crate) fn bi(b: &Bilingual) -> Value {
    json!({"en": b.en, "zh": b.zh})
}

pub(crate) fn type_names(kind: RightType) -> (Value, Value) {
    let en = kind.name_en();
    let mut capital = en.to_owned();
    if let Some(first) = capital.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    (
        json!({"en": capital, "zh": kind.name_zh()}),
        json!({"en": en, "zh": kind.name_zh()}),
    )
}

pub(crate) fn client_value(client: &Client) -> Value {
    let signatory = client.signatory.clone();
    let with_title = match (&client.signatory, &client.signatory_title) {
        (Some(s), Some(t)) => Some(format!("{s} ({t})")),
        (Some(s), None) => Some(s.clone()),
        _ => None,
    };
    json!({
        "id": client.id,
        "name": bi(&client.name),
        "country": client.country.as_ref().map(|c| bi(&c.name)),
        "company_no": client.company_no,
        "address": bi(&client.address),
        "representative": client.representative,
        "signatory": signatory,
        "signatory_title": client.signatory_title,
        "signatory_with_title": with_title,
        "email": client.email,
        "phone": client.phone,
        "extra": client.extra,
    })
}

pub(crate) fn right_value(n: usize, right: &Right) -> Value {
    let (type_name, kind) = type_names(right.kind);
    let classes: Vec<String> = right.classes.iter().map(u8::to_string).collect();
    json!({
        "n": n,
        "id": right.id,
        "type": type_name,
        "kind": kind,
        "number": right.number,
        "title": bi(&right.title),
        "owner": bi(&right.owner),
        "country": bi(&right.country.name),
        "classes": classes.join(", "),
        "classes_bi": {"en": classes.join(", "), "zh": classes.join("、")},
        "validity": period(right.valid_from, right.valid_to),
        "protect": period(right.protect_from, right.protect_to),
        "certificate": right.certificate.iter().map(|f| f.written.as_str()).collect::<Vec<_>>().join("; "),
        "certificate_found": !right.certificate.is_empty(),
        "patent": right.kind.is_patent(),
        "design": right.kind == RightType::DesignPatent,
        "utility_model": right.kind == RightType::UtilityModel,
        "extra": right.extra,
    })
}

/// "Taobao, Tmall and JD" / "淘宝、天猫及京东": the sites of the packet's listings.
pub(crate) fn platform_names(profiles: &Profiles, packet: &Packet) -> Value {
    let mut platforms: Vec<_> = packet
        .complaints
        .iter()
        .flat_map(|c| c.platforms.iter().copied())
        .collect();
    platforms.sort();
    platforms.dedup();
    let sites: Vec<_> = platforms.iter().filter_map(|&p| profiles.site(p)).collect();
    let join = |names: Vec<&str>, sep: &str, last: &str| match names.len() {
        0 => String::new(),
        1 => names[0].to_owned(),
        n => format!("{}{last}{}", names[..n - 1].join(sep), names[n - 1]),
    };
    if sites.is_empty() {
        return json!({"en": "the e-commerce platforms concerned", "zh": "相关电子商务平台"});
    }
    json!({
        "en": join(sites.iter().map(|s| s.en.as_str()).collect(), ", ", " and "),
        "zh": join(sites.iter().map(|s| s.zh.as_str()).collect(), "、", "及"),
    })
}

/// The firm acting as agent.
pub(crate) fn firm_value(firm: &Firm) -> Value {
    json!({
        "name": bi(&firm.name), "address": bi(&firm.address), "company_no": firm.company_no,
        "signatory": bi(&firm.signatory), "signatory_title": bi(&firm.signatory_title),
        "email": firm.email, "phone": firm.phone,
    })
}
