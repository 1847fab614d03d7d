//! Countries and regions (and the EU and WIPO as registration offices), by ISO code or by name
//! in English or Chinese.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Serialize;

use super::Bilingual;
use crate::ingest::normalize;

/// A country or region: its code (ISO 3166 alpha-2; `EU`, `WO` for the EU and WIPO/Madrid) and
/// its name in both languages. A name the table does not know has no code and is kept as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Country {
    /// `CN`, `US`, `EU`, `WO`…; `None` when the name was not recognised.
    pub code: Option<String>,
    /// `{en: "China", zh: "中国"}`.
    pub name: Bilingual,
}

/// code, English name, Chinese name, more aliases.
const COUNTRIES: &[(&str, &str, &str, &[&str])] = &[
    (
        "CN",
        "China",
        "中国",
        &[
            "CHN",
            "PRC",
            "People's Republic of China",
            "P.R. China",
            "Mainland China",
            "中华人民共和国",
            "中国大陆",
            "大陆",
        ],
    ),
    (
        "HK",
        "Hong Kong, China",
        "中国香港",
        &["HKG", "Hong Kong", "Hong Kong SAR", "香港"],
    ),
    (
        "MO",
        "Macao, China",
        "中国澳门",
        &["MAC", "Macao", "Macau", "澳门"],
    ),
    ("TW", "Taiwan, China", "中国台湾", &["TWN", "Taiwan", "台湾"]),
    (
        "US",
        "United States",
        "美国",
        &[
            "USA",
            "U.S.",
            "U.S.A.",
            "United States of America",
            "America",
            "美利坚合众国",
        ],
    ),
    (
        "GB",
        "United Kingdom",
        "英国",
        &[
            "GBR",
            "UK",
            "U.K.",
            "Great Britain",
            "Britain",
            "England",
            "大不列颠",
        ],
    ),
    ("DE", "Germany", "德国", &["DEU", "Deutschland"]),
    ("FR", "France", "法国", &["FRA"]),
    ("IT", "Italy", "意大利", &["ITA"]),
    ("ES", "Spain", "西班牙", &["ESP"]),
    (
        "NL",
        "Netherlands",
        "荷兰",
        &["NLD", "Holland", "The Netherlands"],
    ),
    ("BE", "Belgium", "比利时", &["BEL"]),
    ("LU", "Luxembourg", "卢森堡", &["LUX"]),
    ("CH", "Switzerland", "瑞士", &["CHE"]),
    ("AT", "Austria", "奥地利", &["AUT"]),
    ("SE", "Sweden", "瑞典", &["SWE"]),
    ("DK", "Denmark", "丹麦", &["DNK"]),
    ("FI", "Finland", "芬兰", &["FIN"]),
    ("NO", "Norway", "挪威", &["NOR"]),
    ("IE", "Ireland", "爱尔兰", &["IRL"]),
    ("PT", "Portugal", "葡萄牙", &["PRT"]),
    ("PL", "Poland", "波兰", &["POL"]),
    ("CZ", "Czechia", "捷克", &["CZE", "Czech Republic"]),
    ("GR", "Greece", "希腊", &["GRC"]),
    ("JP", "Japan", "日本", &["JPN"]),
    (
        "KR",
        "South Korea",
        "韩国",
        &["KOR", "Korea", "Republic of Korea", "大韩民国"],
    ),
    ("SG", "Singapore", "新加坡", &["SGP"]),
    ("MY", "Malaysia", "马来西亚", &["MYS"]),
    ("TH", "Thailand", "泰国", &["THA"]),
    ("VN", "Vietnam", "越南", &["VNM", "Viet Nam"]),
    ("ID", "Indonesia", "印度尼西亚", &["IDN", "印尼"]),
    ("PH", "Philippines", "菲律宾", &["PHL"]),
    ("IN", "India", "印度", &["IND"]),
    ("AU", "Australia", "澳大利亚", &["AUS", "澳洲"]),
    ("NZ", "New Zealand", "新西兰", &["NZL"]),
    ("CA", "Canada", "加拿大", &["CAN"]),
    ("MX", "Mexico", "墨西哥", &["MEX"]),
    ("BR", "Brazil", "巴西", &["BRA"]),
    ("AR", "Argentina", "阿根廷", &["ARG"]),
    ("CL", "Chile", "智利", &["CHL"]),
    ("ZA", "South Africa", "南非", &["ZAF"]),
    (
        "AE",
        "United Arab Emirates",
        "阿联酋",
        &["ARE", "UAE", "阿拉伯联合酋长国"],
    ),
    ("SA", "Saudi Arabia", "沙特阿拉伯", &["SAU", "沙特"]),
    ("TR", "Türkiye", "土耳其", &["TUR", "Turkey"]),
    ("RU", "Russia", "俄罗斯", &["RUS", "Russian Federation"]),
    ("IL", "Israel", "以色列", &["ISR"]),
    ("EG", "Egypt", "埃及", &["EGY"]),
    (
        "EU",
        "European Union",
        "欧盟",
        &["EUIPO", "EUTM", "European Union (EUIPO)", "欧洲联盟"],
    ),
    (
        "WO",
        "WIPO (Madrid System)",
        "世界知识产权组织（马德里体系）",
        &[
            "WIPO",
            "Madrid",
            "International",
            "International Registration",
            "马德里",
            "国际注册",
            "世界知识产权组织",
        ],
    ),
];

impl Country {
    /// The country a code or name stands for, if the table knows it.
    pub fn lookup(text: &str) -> Option<Country> {
        let key = normalize(text);
        let index = *index().get(&key)?;
        let (code, en, zh, _) = COUNTRIES.get(index)?;
        Some(Country {
            code: Some((*code).to_owned()),
            name: Bilingual::new(*en, *zh),
        })
    }

    /// A name kept as written because the table does not know it.
    pub fn unknown(text: &str) -> Country {
        Country {
            code: None,
            name: Bilingual::new(text, text),
        }
    }

    /// China, the default country of registration.
    pub fn china() -> Country {
        Country {
            code: Some("CN".to_owned()),
            name: Bilingual::new("China", "中国"),
        }
    }

    /// The ISO code, or `""` when unknown.
    pub fn code(&self) -> &str {
        self.code.as_deref().unwrap_or("")
    }

    /// Whether its companies have no legal representative in the Chinese sense (法定代表人)
    /// and sign by an authorised signatory: the common-law countries.
    pub fn is_common_law(&self) -> bool {
        const COMMON_LAW: [&str; 12] = [
            "US", "GB", "IE", "AU", "NZ", "CA", "SG", "HK", "IN", "MY", "ZA", "IL",
        ];
        COMMON_LAW.contains(&self.code())
    }
}

/// Normalised code, name or alias → index into [`COUNTRIES`].
fn index() -> &'static HashMap<String, usize> {
    static INDEX: OnceLock<HashMap<String, usize>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut map = HashMap::new();
        for (index, (code, en, zh, aliases)) in COUNTRIES.iter().enumerate() {
            for name in [*code, *en, *zh].iter().chain(aliases.iter()) {
                map.entry(normalize(name)).or_insert(index);
            }
        }
        map
    })
}
