//! How a letter addresses the client's signatory: the `salutation` / 称谓 column (Mr, Ms, Dr …
//! or 先生, 女士, 博士 …) with the signatory's name → "Mr Brooks" / "Brooks先生".

use serde::Serialize;

use super::Bilingual;

/// A form of address for the signatory, in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Salutation {
    Mr,
    Ms,
    Mrs,
    Dr,
    Prof,
}

impl Salutation {
    const ALL: [Salutation; 5] = [
        Salutation::Mr,
        Salutation::Ms,
        Salutation::Mrs,
        Salutation::Dr,
        Salutation::Prof,
    ];

    /// `Mr` (British usage: no full stop after a contraction).
    pub fn en(self) -> &'static str {
        match self {
            Salutation::Mr => "Mr",
            Salutation::Ms => "Ms",
            Salutation::Mrs => "Mrs",
            Salutation::Dr => "Dr",
            Salutation::Prof => "Professor",
        }
    }

    /// `先生`, written after the name.
    pub fn zh(self) -> &'static str {
        match self {
            Salutation::Mr => "先生",
            Salutation::Ms | Salutation::Mrs => "女士",
            Salutation::Dr => "博士",
            Salutation::Prof => "教授",
        }
    }

    fn words(self) -> &'static [&'static str] {
        match self {
            Salutation::Mr => &["mr", "mister", "先生"],
            Salutation::Ms => &["ms", "miss", "女士", "小姐"],
            Salutation::Mrs => &["mrs", "太太", "夫人"],
            Salutation::Dr => &["dr", "doctor", "博士"],
            Salutation::Prof => &["prof", "professor", "教授"],
        }
    }

    /// The salutation a cell names (`Mr`, `Mr.`, `先生`, `Dr / 博士`), if one.
    pub fn parse(text: &str) -> Option<Salutation> {
        let key = |t: &str| t.trim().trim_end_matches('.').to_lowercase();
        let parts: Vec<String> = text
            .split(['/', '／'])
            .map(key)
            .filter(|p| !p.is_empty())
            .collect();
        let first = Salutation::ALL
            .into_iter()
            .find(|s| parts.first().is_some_and(|p| s.words().contains(&p.as_str())))?;
        parts
            .iter()
            .all(|p| first.words().contains(&p.as_str()))
            .then_some(first)
    }

    /// A salutation cell that also names the surname to use (`Mr Chan` for Chan Tai Man,
    /// whose surname comes first): the salutation and that surname.
    pub fn parse_with_surname(text: &str) -> Option<(Salutation, String)> {
        let (word, rest) = text.trim().split_once(' ')?;
        let rest = rest.trim();
        let s = Salutation::parse(word)?;
        (!rest.is_empty() && Salutation::parse(rest).is_none()).then(|| (s, rest.to_owned()))
    }

    /// The title a name starts with (`Dr. Matthias Kessler` → Dr) and the name without it.
    pub fn split_name(name: &str) -> (Option<Salutation>, &str) {
        let name = name.trim();
        if let Some((word, rest)) = name.split_once(' ') {
            if let Some(s) = Salutation::parse(word) {
                return (Some(s), rest.trim_start());
            }
        }
        (None, name)
    }

    /// How letters name the signatory: with a salutation, `Mr Brooks` / `Brooks先生` (a name in
    /// Chinese script: `Mr Chen` / `陈志明先生`); without one, the full
    /// name as written, without a title. A name in Chinese script gets its surname in Hanyu
    /// Pinyin in English (`Mr Chen`) when it is a common surname, otherwise its full name.
    pub fn address(name: &str, salutation: Option<Salutation>, surname: Option<&str>) -> Bilingual {
        let (own, bare) = Salutation::split_name(name);
        let Some(s) = salutation.or(own) else {
            return Bilingual::new(bare, bare);
        };
        if let Some(surname) = surname {
            return Bilingual::new(format!("{} {surname}", s.en()), format!("{surname}{}", s.zh()));
        }
        let chinese_script = bare.chars().any(crate::layout::text::is_cjk);
        if chinese_script {
            // Chinese text keeps the full name; English gives the surname in Hanyu Pinyin
            // when it is a common one, else the full name without a title.
            let zh = format!("{bare}{}", s.zh());
            return match pinyin_surname(bare) {
                Some(py) => Bilingual::new(format!("{} {py}", s.en()), zh),
                None => Bilingual::new(bare, zh),
            };
        }
        let surname = bare.rsplit(' ').next().unwrap_or(bare);
        Bilingual::new(format!("{} {surname}", s.en()), format!("{surname}{}", s.zh()))
    }
}

/// Common Chinese surnames (the compound ones first) in Hanyu Pinyin, with the readings
/// they take as surnames (单 Shan, 解 Xie, 曾 Zeng).
#[rustfmt::skip]
const SURNAMES: &[(&str, &str)] = &[
    ("欧阳", "Ouyang"), ("司马", "Sima"), ("诸葛", "Zhuge"), ("上官", "Shangguan"),
    ("东方", "Dongfang"), ("皇甫", "Huangfu"), ("司徒", "Situ"), ("慕容", "Murong"),
    ("令狐", "Linghu"), ("夏侯", "Xiahou"), ("尉迟", "Yuchi"), ("公孙", "Gongsun"),
    ("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"),
    ("杨", "Yang"), ("黄", "Huang"), ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"),
    ("徐", "Xu"), ("孙", "Sun"), ("马", "Ma"), ("朱", "Zhu"), ("胡", "Hu"), ("郭", "Guo"),
    ("何", "He"), ("高", "Gao"), ("林", "Lin"), ("罗", "Luo"), ("郑", "Zheng"),
    ("梁", "Liang"), ("谢", "Xie"), ("宋", "Song"), ("唐", "Tang"), ("许", "Xu"),
    ("韩", "Han"), ("冯", "Feng"), ("邓", "Deng"), ("曹", "Cao"), ("彭", "Peng"),
    ("曾", "Zeng"), ("肖", "Xiao"), ("萧", "Xiao"), ("田", "Tian"), ("董", "Dong"),
    ("袁", "Yuan"), ("潘", "Pan"), ("于", "Yu"), ("蒋", "Jiang"), ("蔡", "Cai"),
    ("余", "Yu"), ("杜", "Du"), ("叶", "Ye"), ("程", "Cheng"), ("苏", "Su"), ("魏", "Wei"),
    ("吕", "Lyu"), ("丁", "Ding"), ("任", "Ren"), ("沈", "Shen"), ("姚", "Yao"), ("卢", "Lu"),
    ("姜", "Jiang"), ("崔", "Cui"), ("钟", "Zhong"), ("谭", "Tan"), ("陆", "Lu"),
    ("汪", "Wang"), ("范", "Fan"), ("金", "Jin"), ("石", "Shi"), ("廖", "Liao"), ("贾", "Jia"),
    ("夏", "Xia"), ("韦", "Wei"), ("付", "Fu"), ("傅", "Fu"), ("方", "Fang"), ("白", "Bai"),
    ("邹", "Zou"), ("孟", "Meng"), ("熊", "Xiong"), ("秦", "Qin"), ("邱", "Qiu"),
    ("江", "Jiang"), ("尹", "Yin"), ("薛", "Xue"), ("闫", "Yan"), ("阎", "Yan"),
    ("段", "Duan"), ("雷", "Lei"), ("侯", "Hou"), ("龙", "Long"), ("史", "Shi"), ("陶", "Tao"),
    ("黎", "Li"), ("贺", "He"), ("顾", "Gu"), ("毛", "Mao"), ("郝", "Hao"), ("龚", "Gong"),
    ("邵", "Shao"), ("万", "Wan"), ("钱", "Qian"), ("严", "Yan"), ("覃", "Qin"), ("武", "Wu"),
    ("戴", "Dai"), ("莫", "Mo"), ("孔", "Kong"), ("向", "Xiang"), ("汤", "Tang"),
    ("常", "Chang"), ("温", "Wen"), ("康", "Kang"), ("施", "Shi"), ("文", "Wen"),
    ("牛", "Niu"), ("樊", "Fan"), ("葛", "Ge"), ("邢", "Xing"), ("安", "An"), ("齐", "Qi"),
    ("易", "Yi"), ("乔", "Qiao"), ("伍", "Wu"), ("庞", "Pang"), ("颜", "Yan"), ("倪", "Ni"),
    ("庄", "Zhuang"), ("聂", "Nie"), ("章", "Zhang"), ("鲁", "Lu"), ("岳", "Yue"),
    ("翟", "Zhai"), ("殷", "Yin"), ("詹", "Zhan"), ("申", "Shen"), ("欧", "Ou"), ("耿", "Geng"),
    ("关", "Guan"), ("兰", "Lan"), ("焦", "Jiao"), ("俞", "Yu"), ("左", "Zuo"), ("柳", "Liu"),
    ("甘", "Gan"), ("祝", "Zhu"), ("包", "Bao"), ("宁", "Ning"), ("尚", "Shang"), ("符", "Fu"),
    ("舒", "Shu"), ("阮", "Ruan"), ("柯", "Ke"), ("纪", "Ji"), ("梅", "Mei"), ("童", "Tong"),
    ("凌", "Ling"), ("毕", "Bi"), ("单", "Shan"), ("解", "Xie"), ("仇", "Qiu"), ("区", "Ou"),
    ("查", "Zha"), ("盛", "Sheng"), ("季", "Ji"), ("卜", "Bu"), ("华", "Hua"), ("洪", "Hong"),
];

/// The surname of a name in Chinese script, in Hanyu Pinyin, when it is a common one.
fn pinyin_surname(name: &str) -> Option<&'static str> {
    SURNAMES
        .iter()
        .find(|(zh, _)| name.starts_with(zh) && name.len() > zh.len())
        .map(|&(_, py)| py)
}

/// The forms the `salutation` column accepts, for messages.
pub const SALUTATION_HINT: &str = "Mr, Ms, Mrs, Dr or Prof / 先生, 女士, 博士 or 教授";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_both_languages() {
        assert_eq!(Salutation::parse("Mr."), Some(Salutation::Mr));
        assert_eq!(Salutation::parse("先生"), Some(Salutation::Mr));
        assert_eq!(Salutation::parse("Dr / 博士"), Some(Salutation::Dr));
        assert_eq!(Salutation::parse("Dr / 女士"), None);
        assert_eq!(Salutation::parse("Sir"), None);
        assert_eq!(
            Salutation::parse_with_surname("Mr Chan"),
            Some((Salutation::Mr, "Chan".into()))
        );
        assert_eq!(Salutation::parse_with_surname("Mr"), None);
        assert_eq!(Salutation::parse_with_surname("Herr Muster"), None);
    }

    #[test]
    fn addresses_by_surname() {
        let b = Salutation::address("Daniel R. Brooks", Some(Salutation::Mr), None);
        assert_eq!((b.en.as_str(), b.zh.as_str()), ("Mr Brooks", "Brooks先生"));
        let k = Salutation::address("Dr. Matthias Kessler", None, None);
        assert_eq!((k.en.as_str(), k.zh.as_str()), ("Dr Kessler", "Kessler博士"));
        let c = Salutation::address("陈志明", Some(Salutation::Mr), None);
        assert_eq!((c.en.as_str(), c.zh.as_str()), ("Mr Chen", "陈志明先生"));
        let o = Salutation::address("欧阳娜", Some(Salutation::Ms), None);
        assert_eq!((o.en.as_str(), o.zh.as_str()), ("Ms Ouyang", "欧阳娜女士"));
        // An uncommon surname: the full name, without a title, in English.
        let r = Salutation::address("禤志强", Some(Salutation::Mr), None);
        assert_eq!((r.en.as_str(), r.zh.as_str()), ("禤志强", "禤志强先生"));
        let h = Salutation::address("Chan Tai Man", Some(Salutation::Mr), Some("Chan"));
        assert_eq!((h.en.as_str(), h.zh.as_str()), ("Mr Chan", "Chan先生"));
        let n = Salutation::address("Daniel R. Brooks", None, None);
        assert_eq!(
            (n.en.as_str(), n.zh.as_str()),
            ("Daniel R. Brooks", "Daniel R. Brooks")
        );
    }
}
