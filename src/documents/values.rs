//! Values shared by the documents' data: dates, periods, parties and rights as templates
//! see them (every bilingual value as `{"en": …, "zh": …}`).

use serde_json::{json, Value};

use crate::config::Firm;
use crate::model::{Bilingual, Client, Date, Right, RightType, Salutation};
use crate::plan::Packet;
use crate::platform::Profiles;

/// `28 November 2026` / `2026年11月28日`.
pub fn date_text(date: Date) -> Bilingual {
    Bilingual::new(date.english(), date.chinese())
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
    let mut title_en = client.signatory_title.clone();
    let mut title_zh = client.signatory_title_zh.clone();
    // The legal representative signing without a stated title signs as such.
    if title_en.is_none() && title_zh.is_none() && signatory.is_some() && signatory == client.representative {
        title_en = Some("Legal Representative".to_owned());
        title_zh = Some("法定代表人".to_owned());
    }
    // The Chinese text names a title only when the workbook gives it in Chinese.
    let with_title = signatory.as_ref().map(|s| {
        json!({
            "en": title_en.as_ref().map_or_else(
                || s.clone(),
                // No brackets inside brackets: "Name, Managing Director (Geschäftsführer)".
                |t| if t.contains('(') { format!("{s}, {t}") } else { format!("{s} ({t})") },
            ),
            "zh": title_zh.as_ref().map_or_else(|| s.clone(), |t| format!("{s}（{t}）")),
        })
    });
    // The execution block's title line: the Chinese title, else the title as written.
    let title = title_en
        .as_ref()
        .or(title_zh.as_ref())
        .map(|en| json!({"en": en, "zh": title_zh.as_ref().unwrap_or(en)}));
    let dear = signatory.as_deref().map(|s| {
        bi(&Salutation::address(
            s,
            client.salutation,
            client.surname.as_deref(),
        ))
    });
    json!({
        "id": client.id,
        "name": bi(&client.name),
        "country": client.country.as_ref().map(|c| bi(&c.name)),
        "company_no": client.company_no,
        "prc": client.is_prc(),
        // Hong Kong, Macao and Taiwan certify documents for the mainland their own way
        // (no apostille between them and the mainland).
        "greater_china": client
            .country
            .as_ref()
            .is_some_and(|c| matches!(c.code(), "HK" | "MO" | "TW")),
        "seal": client.seals(),
        "address": bi(&client.address),
        "representative": client.representative,
        "signatory": signatory,
        "signatory_title": title,
        "signatory_with_title": with_title,
        "signs_for_representative": client.representative.is_some()
            && client.signatory.is_some()
            && client.representative != client.signatory,
        "dear": dear,
        "email": client.email,
        "phone": client.phone,
        "extra": client.extra,
    })
}

/// The right in its statutory name (注册商标专用权, 外观设计专利权 …), and the label of its
/// number: 注册号 (trademarks), 专利号 (patents), 登记号 (copyright).
fn right_names(kind: RightType) -> (Value, Value, Value) {
    let (en, zh) = match kind {
        RightType::Trademark => ("registered trademark", "注册商标专用权"),
        RightType::Copyright => ("copyright", "著作权"),
        RightType::InventionPatent => ("invention patent", "发明专利权"),
        RightType::UtilityModel => ("utility model patent", "实用新型专利权"),
        RightType::DesignPatent => ("design patent", "外观设计专利权"),
    };
    let label = match kind {
        RightType::Trademark => ("Registration No.", "注册号"),
        RightType::Copyright => ("Registration No.", "登记号"),
        _ => ("Patent No.", "专利号"),
    };
    // What an infringer does with the right: uses a mark or a work, exploits a patent.
    let act = match kind {
        RightType::Trademark => ("use of the trademark", "使用涉案商标"),
        RightType::Copyright => ("use of the work", "使用涉案作品"),
        _ => ("exploitation of the patent", "实施涉案专利"),
    };
    (
        json!({"en": en, "zh": zh}),
        json!({"en": label.0, "zh": label.1}),
        json!({"en": act.0, "zh": act.1}),
    )
}

/// What a right's period is called: a copyright is protected for a term (保护期), a
/// registration or patent is valid for a period (有效期).
fn validity_label(kind: RightType) -> Value {
    match kind {
        RightType::Copyright => json!({"en": "Term of protection", "zh": "保护期"}),
        _ => json!({"en": "Period of validity", "zh": "有效期"}),
    }
}

pub(crate) fn right_value(n: usize, right: &Right) -> Value {
    let (type_name, kind) = type_names(right.kind);
    let (statutory, number_label, act) = right_names(right.kind);
    let classes: Vec<String> = right.classes.iter().map(u8::to_string).collect();
    json!({
        "n": n,
        "id": right.id,
        "type": type_name,
        "kind": kind,
        "statutory": statutory,
        "number_label": number_label,
        "act": act,
        "number": right.number,
        "title": bi(&right.title),
        "owner": bi(&right.owner),
        "country": bi(&right.country.name),
        "classes": classes.join(", "),
        "classes_bi": {"en": classes.join(", "), "zh": classes.join("、")},
        // As a table shows them: `18, 25, 28` / `第18、25、28类` (GB/T 15834: 、 in a series).
        "classes_cell": {"en": classes.join(", "), "zh": format!("第{}类", classes.join("、"))},
        "validity": period(right.valid_from, right.valid_to),
        "validity_label": validity_label(right.kind),
        // A patent's two dates (the review's 申请日 and 授权公告日; valid_from is the grant).
        "filed_on": right.filed_on.map(|d| bi(&date_text(d))),
        "granted_on": right.valid_from.filter(|_| right.kind.is_patent()).map(|d| bi(&date_text(d))),
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
    // Sites reached by letter are named by their host, not as "other site".
    let mut hosts: Vec<&str> = packet
        .complaints
        .iter()
        .filter_map(|c| c.site.as_deref())
        .collect();
    hosts.sort_unstable();
    hosts.dedup();
    let sites: Vec<_> = platforms
        .iter()
        .filter(|&&p| p != crate::model::Platform::Other || hosts.is_empty())
        .filter_map(|&p| profiles.site(p))
        .collect();
    let join = |names: Vec<&str>, sep: &str, last: &str| match names.len() {
        0 => String::new(),
        1 => names[0].to_owned(),
        n => format!("{}{last}{}", names[..n - 1].join(sep), names[n - 1]),
    };
    if sites.is_empty() && hosts.is_empty() {
        return json!({"en": "the e-commerce platforms concerned", "zh": "相关电子商务平台"});
    }
    let names = |zh: bool| -> Vec<&str> {
        let named = sites
            .iter()
            .map(|s| if zh { s.zh.as_str() } else { s.en.as_str() });
        named.chain(hosts.iter().copied()).collect()
    };
    json!({
        "en": join(names(false), ", ", " and "),
        "zh": join(names(true), "、", "及"),
    })
}

/// The firm acting as agent.
pub(crate) fn firm_value(firm: &Firm) -> Value {
    json!({
        "name": bi(&firm.name), "address": bi(&firm.address), "company_no": firm.company_no,
        "signatory": bi(&firm.signatory), "signatory_title": bi(&firm.signatory_title),
        "email": firm.email, "phone": firm.phone, "sample": firm.is_sample(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rights_have_their_statutory_names_and_number_labels() {
        let zh = |kind| {
            let (name, label, act) = right_names(kind);
            (name["zh"].clone(), label["zh"].clone(), act["zh"].clone())
        };
        assert_eq!(
            zh(RightType::DesignPatent),
            (json!("外观设计专利权"), json!("专利号"), json!("实施涉案专利"))
        );
        assert_eq!(zh(RightType::UtilityModel).0, json!("实用新型专利权"));
        assert_eq!(
            zh(RightType::Trademark),
            (json!("注册商标专用权"), json!("注册号"), json!("使用涉案商标"))
        );
        assert_eq!(
            zh(RightType::Copyright),
            (json!("著作权"), json!("登记号"), json!("使用涉案作品"))
        );
        assert_eq!(type_names(RightType::DesignPatent).0["zh"], json!("外观设计专利"));
        assert_eq!(type_names(RightType::UtilityModel).0["zh"], json!("实用新型专利"));
    }
}
