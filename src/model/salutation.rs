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
    /// Chinese script keeps its full name: `Mr 陈志明` / `陈志明先生`); without one, the full
    /// name as written, without a title.
    pub fn address(name: &str, salutation: Option<Salutation>) -> Bilingual {
        let (own, bare) = Salutation::split_name(name);
        let Some(s) = salutation.or(own) else {
            return Bilingual::new(bare, bare);
        };
        let chinese_script = bare.chars().any(crate::layout::text::is_cjk);
        let surname = if chinese_script {
            bare
        } else {
            bare.rsplit(' ').next().unwrap_or(bare)
        };
        Bilingual::new(format!("{} {surname}", s.en()), format!("{surname}{}", s.zh()))
    }
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
    }

    #[test]
    fn addresses_by_surname() {
        let b = Salutation::address("Daniel R. Brooks", Some(Salutation::Mr));
        assert_eq!((b.en.as_str(), b.zh.as_str()), ("Mr Brooks", "Brooks先生"));
        let k = Salutation::address("Dr. Matthias Kessler", None);
        assert_eq!((k.en.as_str(), k.zh.as_str()), ("Dr Kessler", "Kessler博士"));
        let c = Salutation::address("陈志明", Some(Salutation::Mr));
        assert_eq!((c.en.as_str(), c.zh.as_str()), ("Mr 陈志明", "陈志明先生"));
        let n = Salutation::address("Daniel R. Brooks", None);
        assert_eq!(
            (n.en.as_str(), n.zh.as_str()),
            ("Daniel R. Brooks", "Daniel R. Brooks")
        );
    }
}
