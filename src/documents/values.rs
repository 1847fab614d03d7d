//! Values shared by the documents' data: dates, periods, parties and rights as templates
//! see them (every bilingual value as `{"en": …, "zh": …}`).

use serde_json::{json, Value};

use super::facts::{At, Facts, FileCell};
use crate::config::Firm;
use crate::ingest::Field;
use crate::model::{Bilingual, Client, Country, Date, Listing, Right, RightType, Salutation};
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

pub(crate) fn client_value(f: &Facts, client: &Client) -> Value {
    let at = At::new(&f.wb.clients, &client.source, &[]);
    let text = |name: &str, field, v: &Option<String>| f.text(name, &at, field, v.as_deref());
    // A blank signatory is the legal representative.
    let signatory_field = if at.filled(Field::Signatory) {
        Field::Signatory
    } else {
        Field::Representative
    };
    let signatory = text("client.signatory", signatory_field, &client.signatory);
    let mut title_en = text(
        "client.signatory_title.en",
        Field::SignatoryTitle,
        &client.signatory_title,
    );
    let mut title_zh = text(
        "client.signatory_title.zh",
        Field::SignatoryTitleZh,
        &client.signatory_title_zh,
    );
    // The legal representative signing without a stated title signs as such.
    if client.signatory_title.is_none()
        && client.signatory_title_zh.is_none()
        && client.signatory.is_some()
        && client.signatory == client.representative
    {
        let title = f.derived(
            "client.signatory_title",
            vec![
                at.cell_name(Field::Representative),
                at.cell_name(Field::SignatoryTitle),
            ],
            "no title given for the legal representative: Legal Representative / 法定代表人",
            "Legal Representative",
            "法定代表人",
        );
        title_en = title["en"].clone();
        title_zh = title["zh"].clone();
    }
    let s_of = |v: &Value| v.as_str().map(str::to_owned);
    let (sig, ten, tzh) = (s_of(&signatory), s_of(&title_en), s_of(&title_zh));
    // The Chinese text names a title only when the workbook gives it in Chinese.
    let with_title = sig.as_ref().map(|s| {
        json!({
            "en": ten.as_ref().map_or_else(
                || s.clone(),
                // No brackets inside brackets: "Name, Managing Director (Geschäftsführer)".
                |t| if crate::fact::strip(t).contains('(') { format!("{s}, {t}") } else { format!("{s} ({t})") },
            ),
            "zh": tzh.as_ref().map_or_else(|| s.clone(), |t| format!("{s}（{t}）")),
        })
    });
    // The execution block's title line: the Chinese title, else the title as written.
    let title = ten
        .as_ref()
        .or(tzh.as_ref())
        .map(|en| json!({"en": en, "zh": tzh.as_ref().unwrap_or(en)}));
    let dear = client.signatory.as_deref().map(|s| {
        let words = Salutation::address(s, client.salutation, client.surname.as_deref());
        f.derived(
            "client.dear",
            vec![at.cell_name(signatory_field), at.cell_name(Field::Salutation)],
            "the salutation of the signatory's name",
            &words.en,
            &words.zh,
        )
    });
    json!({
        "id": client.id,
        "name": f.bi("client.name", &at, (Field::NameEn, Field::NameZh), &client.name),
        "country": client.country.as_ref().map(|c| f.shown("client.country", &at, Field::Country, &c.name.en, &c.name.zh)),
        "company_no": match register_zh(&client.company_no) {
            Some(zh) => f.shown("client.company_no", &at, Field::CompanyNo, &client.company_no, &zh),
            None => f.text("client.company_no", &at, Field::CompanyNo, Some(&client.company_no)),
        },
        // A company of a common-law country has no legal representative (法定代表人): it
        // signs by an authorised signatory, whose authority it proves (review N12).
        "common_law": client.country.as_ref().is_some_and(Country::is_common_law),
        "prc": client.is_prc(),
        // Hong Kong, Macao and Taiwan certify documents for the mainland their own way
        // (no apostille between them and the mainland).
        "greater_china": client
            .country
            .as_ref()
            .is_some_and(|c| matches!(c.code(), "HK" | "MO" | "TW")),
        "seal": client.seals(),
        "address": f.bi("client.address", &at, (Field::AddressEn, Field::AddressZh), &client.address),
        "representative": text("client.representative", Field::Representative, &client.representative),
        "signatory": signatory,
        "signatory_title": title,
        "signatory_with_title": with_title,
        "signs_for_representative": client.signatory.is_some()
            && (client.representative.is_some() && client.representative != client.signatory
                || client.country.as_ref().is_some_and(Country::is_common_law)),
        "dear": dear,
        "email": text("client.email", Field::Email, &client.email),
        "phone": text("client.phone", Field::Phone, &client.phone),
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

/// The protection period requested: from the protect_from cell, else from the date of filing
/// (the documents act from their signature on); to the protect_to cell, else to the end of
/// the registration's validity. A default says it is one (review N22).
fn protection(f: &Facts, at: &At, right: &Right) -> Value {
    let from_given = at.filled(Field::ProtectFrom);
    let to_given = at.filled(Field::ProtectTo);
    let from = match right.protect_from {
        Some(d) => date_text(d),
        None => Bilingual::new("the date of filing", "提交之日"),
    };
    let Some(to) = right.protect_to.map(date_text) else {
        return Value::Null;
    };
    let en = if right.protect_from.is_some() {
        format!("{} to {}", from.en, to.en)
    } else {
        format!("from {} to {}", from.en, to.en)
    };
    let zh = format!("自{}起至{}", from.zh, to.zh);
    let mut rule = Vec::new();
    if !from_given {
        rule.push(if right.protect_from.is_some() {
            "protect_from blank: from valid_from, later than the issue date"
        } else {
            "protect_from blank: from the date of filing"
        });
    }
    if !to_given {
        rule.push("protect_to blank: to valid_to");
    }
    let rule = if rule.is_empty() {
        "the dates of the two cells".to_owned()
    } else {
        rule.join("; ")
    };
    let mut cells = vec![at.cell_name(Field::ProtectFrom), at.cell_name(Field::ProtectTo)];
    if !to_given || (!from_given && right.protect_from.is_some()) {
        cells.push(at.cell_name(if to_given {
            Field::ValidFrom
        } else {
            Field::ValidTo
        }));
    }
    f.derived("right.protect", cells, &rule, &en, &zh)
}

/// A right registered outside mainland China, as a complaint describes it: where and with
/// which office it is registered, and the law that grants it when takedown knows it (US and
/// EU); `None` for a Chinese right. PRC law (注册商标专用权, the Trademark Law) is never its
/// basis.
fn foreign(f: &Facts, at: &At, right: &Right) -> Option<Value> {
    let code = right.country.code.as_deref();
    if code == Some("CN") {
        return None;
    }
    let name = &right.country.name;
    // "in the United States", "in the European Union", "in Germany".
    let the = [
        "United ",
        "European ",
        "Netherlands",
        "Philippines",
        "Czech Republic",
        "Republic of",
    ]
    .iter()
    .any(|p| name.en.starts_with(p));
    let place = if the {
        format!("the {}", name.en)
    } else {
        name.en.clone()
    };
    let (office, law) = match (code, right.kind) {
        (Some("US"), kind) => (
            (
                "the United States Patent and Trademark Office (USPTO)",
                "美国专利商标局",
            ),
            match kind {
                RightType::Trademark => Some((
                    "the Lanham Act, 15 U.S.C. §1114",
                    "美国《兰哈姆法》（《美国法典》第15编第1114条）",
                )),
                RightType::Copyright => Some((
                    "the Copyright Act, 17 U.S.C. §501",
                    "美国《版权法》（《美国法典》第17编第501条）",
                )),
                _ => Some((
                    "the Patent Act, 35 U.S.C. §271",
                    "美国《专利法》（《美国法典》第35编第271条）",
                )),
            },
        ),
        (Some("EU"), RightType::Trademark) => (
            (
                "the European Union Intellectual Property Office (EUIPO)",
                "欧盟知识产权局",
            ),
            Some((
                "Article 9 of Regulation (EU) 2017/1001 on the European Union trade mark",
                "《欧盟商标条例》（第2017/1001号条例）第9条",
            )),
        ),
        (Some("EU"), _) => (
            (
                "the European Union Intellectual Property Office (EUIPO)",
                "欧盟知识产权局",
            ),
            None,
        ),
        _ => (("its national office", "当地主管机关"), None),
    };
    let (what_en, what_zh) = match right.kind {
        RightType::Trademark => ("trademark", "商标权"),
        RightType::Copyright => ("copyright", "著作权"),
        _ => ("patent", "专利权"),
    };
    // "its trademark registered in the United States with the USPTO, which the Lanham Act … protects"
    let en = match law {
        Some((law, _)) => format!(
            "{what_en} registered in {place} with {}, protected by {law}",
            office.0
        ),
        None => format!("{what_en} registered in {place} with {}", office.0),
    };
    let zh = match law {
        Some((_, law)) => format!("在{}（{}）注册并受{law}保护的{what_zh}", name.zh, office.1),
        None => format!("在{}（{}）注册的{what_zh}", name.zh, office.1),
    };
    // The country and kind are the cells'; the office and law follow from them.
    let text = f.derived(
        "right.foreign",
        vec![at.cell_name(Field::Type), at.cell_name(Field::Country)],
        "a right registered abroad: the office and law of its country of registration",
        &en,
        &zh,
    );
    Some(json!({"right": text, "law": law.is_some()}))
}

/// What a right's period is called: a copyright is protected for a term (保护期), a
/// registration or patent is valid for a period (有效期).
fn validity_label(kind: RightType) -> Value {
    match kind {
        RightType::Copyright => json!({"en": "Term of protection", "zh": "保护期"}),
        _ => json!({"en": "Period of validity", "zh": "有效期"}),
    }
}

pub(crate) fn right_value(f: &Facts, n: usize, right: &Right) -> Value {
    let at = At::new(&f.wb.rights, &right.source, &[]);
    // The right's kind as its type cell gives it (capitalised for a label, and in a sentence).
    let (type_name, kind) = type_names(right.kind);
    let type_name = f.shown(
        "right.type",
        &at,
        Field::Type,
        type_name["en"].as_str().unwrap_or(""),
        type_name["zh"].as_str().unwrap_or(""),
    );
    let kind = f.shown(
        "right.type",
        &at,
        Field::Type,
        kind["en"].as_str().unwrap_or(""),
        kind["zh"].as_str().unwrap_or(""),
    );
    let (statutory, number_label, act) = right_names(right.kind);
    let classes: Vec<String> = right.classes.iter().map(u8::to_string).collect();
    let classes_fact = |name: &str, en: String, zh: String| {
        (!classes.is_empty()).then(|| f.shown(name, &at, Field::Classes, &en, &zh))
    };
    let date = |name: &str, field, d: Option<Date>| f.date(name, &at, field, d);
    let period_of =
        |name: &str, (from, from_field): (Option<Date>, Field), (to, to_field): (Option<Date>, Field)| {
            let p = period(from, to);
            if p.is_null() {
                return p;
            }
            let cells = vec![at.cell_name(from_field), at.cell_name(to_field)];
            f.derived(
                name,
                cells,
                "the dates of the two cells",
                p["en"].as_str().unwrap_or(""),
                p["zh"].as_str().unwrap_or(""),
            )
        };
    let owner = if at.filled(Field::Owner) {
        f.shown("right.owner", &at, Field::Owner, &right.owner.en, &right.owner.zh)
    } else {
        let client = f.client_cells();
        f.derived(
            "right.owner",
            client,
            "owner left blank: the client's name",
            &right.owner.en,
            &right.owner.zh,
        )
    };
    let country = if at.filled(Field::Country) {
        f.shown(
            "right.country",
            &at,
            Field::Country,
            &right.country.name.en,
            &right.country.name.zh,
        )
    } else {
        f.derived(
            "right.country",
            vec![at.cell_name(Field::Country)],
            "country left blank: China",
            &right.country.name.en,
            &right.country.name.zh,
        )
    };
    json!({
        "n": n,
        "id": right.id,
        "type": type_name,
        "kind": kind,
        "statutory": statutory,
        "number_label": number_label,
        "act": act,
        "number": f.text("right.number", &at, Field::Number, Some(&right.number)),
        "title": f.bi("right.title", &at, (Field::TitleEn, Field::TitleZh), &right.title),
        "owner": owner,
        "country": country,
        "classes": classes_fact("right.classes", classes.join(", "), classes.join(", ")).map(|v| v["en"].clone()),
        "classes_bi": classes_fact("right.classes", classes.join(", "), classes.join("、")),
        // As a table shows them: `18, 25, 28` / `第18、25、28类` (GB/T 15834: 、 in a series).
        "classes_cell": classes_fact("right.classes", classes.join(", "), format!("第{}类", classes.join("、"))),
        // A copyright's term runs from its creation when the workbook gives it.
        "validity": if right.kind == RightType::Copyright && right.created_on.is_some() {
            period_of("right.validity", (right.created_on, Field::CreatedOn), (right.valid_to, Field::ValidTo))
        } else {
            period_of("right.validity", (right.valid_from, Field::ValidFrom), (right.valid_to, Field::ValidTo))
        },
        "created_on": date("right.created_on", Field::CreatedOn, right.created_on),
        "published_on": date("right.published_on", Field::PublishedOn, right.published_on),
        "registered_on": date("right.registered_on", Field::RegisteredOn, right.registered_on),
        "validity_label": validity_label(right.kind),
        // A patent's two dates (the review's 申请日 and 授权公告日; valid_from is the grant).
        "filed_on": date("right.filed_on", Field::FiledOn, right.filed_on),
        "granted_on": date("right.granted_on", Field::ValidFrom, right.valid_from.filter(|_| right.kind.is_patent())),
        "protect": protection(f, &at, right),
        "certificate": f.text(
            "right.certificate",
            &at,
            Field::Certificate,
            Some(&right.certificate.iter().map(|f| f.written.as_str()).collect::<Vec<_>>().join("; ")),
        ),
        "certificate_found": !right.certificate.is_empty(),
        "foreign": foreign(f, &at, right),
        "patent": right.kind.is_patent(),
        "design": right.kind == RightType::DesignPatent,
        "utility_model": right.kind == RightType::UtilityModel,
    })
}

/// "Taobao, Tmall and JD" / "淘宝、天猫及京东": the sites of the packet's listings, those
/// its rebuttals answer on included.
pub(crate) fn platform_names(profiles: &Profiles, packet: &Packet) -> Value {
    let mut platforms: Vec<_> = packet
        .complaints
        .iter()
        .flat_map(|c| c.platforms.iter().copied())
        .chain(packet.rebuttals.iter().map(|r| r.listing.platform))
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

/// A listing's printed values, each marked with its cell.
pub(crate) struct ListingValues<'f, 't> {
    facts: &'f Facts<'t>,
    at: At<'t>,
    pub url: Value,
    pub item_id: Value,
    pub store: Value,
    pub title: Value,
    pub price: Value,
    pub found_on: Value,
    /// What the capture shows, as the shows cell says it.
    pub shows: Value,
    /// For a message's `date` selector: the capture date, or `none` (the messages then say
    /// it is not recorded).
    pub captured: Value,
    /// For a table cell: the capture date, or "not recorded".
    pub captured_cell: Value,
}

impl<'f, 't> ListingValues<'f, 't> {
    pub(crate) fn new(f: &'f Facts<'t>, l: &'t Listing) -> Self {
        let at = At::new(&f.wb.listings, &l.source, &l.merged_from);
        let captured = f.date("listing.captured_on", &at, Field::CapturedOn, l.captured_on);
        ListingValues {
            facts: f,
            at,
            url: f.text("listing.url", &at, Field::Url, Some(&l.url)),
            item_id: l.item_id.as_deref().map_or(Value::Null, |id| {
                f.derived_text(
                    "listing.item_id",
                    vec![at.cell_name(Field::Url)],
                    "the item id the link names",
                    id,
                )
            }),
            store: f.text("listing.store", &at, Field::Store, l.store.as_deref()),
            title: f.text("listing.title", &at, Field::Title, l.title.as_deref()),
            price: f.text("listing.price", &at, Field::Price, l.price.as_deref()),
            found_on: f.date("listing.found_on", &at, Field::FoundOn, l.found_on),
            shows: f.text("listing.shows", &at, Field::Shows, l.shows.as_deref()),
            captured_cell: if captured.is_null() {
                json!({"en": "not recorded", "zh": "未记录"})
            } else {
                captured.clone()
            },
            captured: if captured.is_null() {
                json!({"en": "none", "zh": "none"})
            } else {
                captured
            },
        }
    }

    /// The files one of the listing's cells names (`evidence`, `purchase_evidence`).
    pub(crate) fn files(&self, field: Field, name: &'static str) -> FileCell<'f, 't> {
        FileCell {
            facts: self.facts,
            at: self.at,
            field,
            name,
        }
    }

    /// A date from one of the listing's cells, or a dash.
    pub(crate) fn date_or_dash(&self, name: &str, field: Field, date: Option<Date>) -> Value {
        let v = self.facts.date(name, &self.at, field, date);
        if v.is_null() {
            json!({"en": "—", "zh": "—"})
        } else {
            v
        }
    }

    /// The goods' Nice class from the goods_class cell, when `classes` (the right's) has it.
    pub(crate) fn goods_class(&self, l: &Listing, classes: &[u8]) -> Value {
        let class = l
            .goods_class
            .filter(|c| classes.contains(c))
            .map(|c| c.to_string());
        self.facts.text(
            "listing.goods_class",
            &self.at,
            Field::GoodsClass,
            class.as_deref(),
        )
    }

    /// A text from one of the listing's cells, or a dash.
    pub(crate) fn text_or_dash(&self, name: &str, field: Field, text: Option<&str>) -> Value {
        let v = self.facts.text(name, &self.at, field, text);
        if v.is_null() {
            json!("—")
        } else {
            v
        }
    }
}

/// The files one of a right's cells names (certificate, comparison, evaluation report).
pub(crate) fn right_files<'f, 't>(
    f: &'f Facts<'t>,
    right: &'t Right,
    field: Field,
    name: &'static str,
) -> FileCell<'f, 't> {
    FileCell {
        facts: f,
        at: At::new(&f.wb.rights, &right.source, &[]),
        field,
        name,
    }
}

/// The firm acting as agent: every value from the config's `firm` keys.
pub(crate) fn firm_value(f: &Facts, firm: &Firm) -> Value {
    let bi_at =
        |key: &str, b: &Bilingual| f.config(&format!("firm.{key}"), &format!("firm.{key}"), &b.en, &b.zh);
    json!({
        "name": bi_at("name", &firm.name), "address": bi_at("address", &firm.address),
        "company_no": f.config_text("firm.company_no", "firm.company_no", Some(&firm.company_no)),
        "signatory": bi_at("signatory", &firm.signatory),
        "signatory_title": bi_at("signatory_title", &firm.signatory_title),
        "email": f.config_text("firm.email", "firm.email", Some(&firm.email)),
        "phone": f.config_text("firm.phone", "firm.phone", Some(&firm.phone)),
        "sample": firm.is_sample(),
    })
}

/// A German commercial-register number in Chinese: `HRB 738214 (Amtsgericht Stuttgart)` →
/// `德国商业登记簿B部（Handelsregister B）第738214号（登记法院：Amtsgericht Stuttgart）`; `None`
/// for any other number (printed as written).
fn register_zh(number: &str) -> Option<String> {
    let text = number.trim();
    let (part, rest) = if let Some(rest) = text.strip_prefix("HRB") {
        ("B", rest)
    } else if let Some(rest) = text.strip_prefix("HRA") {
        ("A", rest)
    } else {
        return None;
    };
    let rest = rest.trim_start();
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() {
        return None;
    }
    let court = rest[digits.len()..]
        .trim()
        .trim_start_matches('(')
        .trim_end_matches(')')
        .trim();
    let court = if court.is_empty() {
        String::new()
    } else {
        format!("（登记法院：{court}）")
    };
    Some(format!(
        "德国商业登记簿{part}部（Handelsregister {part}）第{digits}号{court}"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_german_register_number_is_translated() {
        assert_eq!(
            register_zh("HRB 738214 (Amtsgericht Stuttgart)").as_deref(),
            Some("德国商业登记簿B部（Handelsregister B）第738214号（登记法院：Amtsgericht Stuttgart）")
        );
        assert_eq!(
            register_zh("HRA 12").as_deref(),
            Some("德国商业登记簿A部（Handelsregister A）第12号")
        );
        assert_eq!(register_zh("Delaware 7312458"), None);
        assert_eq!(register_zh("HRB"), None);
    }

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
