//! Identifier checks from DOMAIN.md: CN patent numbers (check digit), unified social credit codes
//! (check character), CN trademark and copyright registrations, and foreign numbers.

use super::RightType;
use crate::diag::Severity;
use crate::ingest::fold_width;

/// A number after its check: the form to use, and what was wrong with the one written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    /// The number in its usual form (`ZL201710601862.3`, `12345678`, …).
    pub number: String,
    /// Problems, each an error (the right is not used) or a warning.
    pub problems: Vec<(Severity, String)>,
}

impl Checked {
    fn ok(number: String) -> Self {
        Checked {
            number,
            problems: Vec::new(),
        }
    }

    fn with(mut self, severity: Severity, message: String) -> Self {
        self.problems.push((severity, message));
        self
    }
}

/// Checks a registration number for its type of right and country (ISO code; `""` = China).
pub fn check_number(kind: RightType, country: &str, written: &str) -> Checked {
    let compact: String = written
        .chars()
        .map(fold_width)
        .filter(|c| !c.is_whitespace())
        .collect();
    let china = country.is_empty() || country == "CN";
    match kind {
        RightType::InventionPatent | RightType::UtilityModel | RightType::DesignPatent if china => {
            check_cn_patent(kind, written, &compact)
        }
        RightType::Trademark if china => check_cn_trademark(written, &compact),
        RightType::Copyright if china => check_cn_copyright(written, &compact),
        RightType::Trademark => check_foreign_trademark(country, written, &compact),
        _ => Checked::ok(compact),
    }
}

/// The check character of a CN patent application number's digits (12, or 8 before Oct 2003):
/// Σ dᵢ·wᵢ mod 11 with weights 2,3,4,5,6,7,8,9,2,3,4,5; 10 is `X`.
pub fn patent_check_digit(digits: &str) -> Option<char> {
    const WEIGHTS: [u32; 12] = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
    if digits.len() > WEIGHTS.len() || digits.is_empty() {
        return None;
    }
    let mut sum = 0;
    for (c, weight) in digits.chars().zip(WEIGHTS) {
        sum += c.to_digit(10)? * weight;
    }
    match sum % 11 {
        10 => Some('X'),
        n => char::from_digit(n, 10),
    }
}

fn patent_kind(type_digit: char) -> Option<RightType> {
    match type_digit {
        '1' | '8' => Some(RightType::InventionPatent),
        '2' | '9' => Some(RightType::UtilityModel),
        '3' => Some(RightType::DesignPatent),
        _ => None,
    }
}

fn check_cn_patent(kind: RightType, written: &str, compact: &str) -> Checked {
    let upper = compact.to_ascii_uppercase();
    let body = upper
        .strip_prefix("ZL")
        .or_else(|| upper.strip_prefix("CN"))
        .unwrap_or(&upper);
    let malformed = || {
        Checked::ok(compact.to_owned()).with(
            Severity::Error,
            format!("\"{written}\" is not a CN patent number (expected e.g. ZL201710601862.3)"),
        )
    };
    let (digits, given) = match body.split_once('.') {
        Some((digits, check)) => (digits, check.chars().next().filter(|_| check.len() == 1)),
        None if (body.len() == 13 || body.len() == 9) && body.is_ascii() => {
            let (digits, check) = body.split_at(body.len() - 1);
            (digits, check.chars().next())
        }
        None => (body, None),
    };
    if !(digits.len() == 12 || digits.len() == 8) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return malformed();
    }
    if body.contains('.') && given.is_none() {
        return malformed();
    }
    let type_digit = digits.chars().nth(if digits.len() == 12 { 4 } else { 2 });
    let Some(number_kind) = type_digit.and_then(patent_kind) else {
        return Checked::ok(compact.to_owned()).with(
            Severity::Error,
            format!(
                "\"{written}\" is not a CN patent number: its type digit {} should be 1, 2, 3, 8 or 9",
                type_digit.unwrap_or('?')
            ),
        );
    };
    let Some(expected) = patent_check_digit(digits) else {
        return malformed();
    };
    let number = format!("ZL{digits}.{expected}");
    let mut checked = match given {
        Some(given) if given == expected => Checked::ok(number),
        Some(given) => Checked::ok(number.clone()).with(
            Severity::Error,
            format!(
                "\"{written}\": the check digit should be {expected}, not {given} ({number}); please check the number"
            ),
        ),
        None => Checked::ok(number.clone()).with(
            Severity::Warning,
            format!("\"{written}\" has no check digit; using {number}"),
        ),
    };
    if number_kind != kind {
        checked = checked.with(
            Severity::Warning,
            format!(
                "\"{written}\" has type digit {} ({}), but the type column says {}",
                type_digit.unwrap_or('?'),
                number_kind.name_en(),
                kind.name_en()
            ),
        );
    }
    checked
}

fn check_cn_trademark(written: &str, compact: &str) -> Checked {
    let body = compact.strip_prefix('第').unwrap_or(compact);
    let body = body.strip_suffix('号').unwrap_or(body);
    let body = body
        .strip_prefix("No.")
        .or_else(|| body.strip_prefix("NO."))
        .unwrap_or(body);
    let digits = body.strip_prefix('G').unwrap_or(body);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Checked::ok(compact.to_owned()).with(
            Severity::Error,
            format!("\"{written}\" is not a CN trademark registration number (digits only, e.g. 12345678)"),
        );
    }
    let checked = Checked::ok(body.to_owned());
    if body.starts_with('G') || (7..=8).contains(&digits.len()) {
        return checked;
    }
    checked.with(
        Severity::Warning,
        format!(
            "\"{written}\" has {} digits; CN trademark registrations usually have 7 or 8",
            digits.len()
        ),
    )
}

fn check_cn_copyright(written: &str, compact: &str) -> Checked {
    let upper = compact.to_ascii_uppercase();
    let registration = upper.split_once("作登字").is_some_and(|(office, rest)| {
        let parts: Vec<&str> = rest.trim_start_matches('-').split('-').collect();
        !office.is_empty()
            && office.chars().count() <= 2
            && matches!(parts.as_slice(), [year, letter, serial]
                if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit())
                    && letter.len() == 1 && letter.bytes().all(|b| b.is_ascii_uppercase())
                    && serial.len() == 8 && serial.bytes().all(|b| b.is_ascii_digit()))
    });
    let software = upper.split_once("SR").is_some_and(|(year, serial)| {
        year.len() == 4
            && year.bytes().all(|b| b.is_ascii_digit())
            && (5..=7).contains(&serial.len())
            && serial.bytes().all(|b| b.is_ascii_digit())
    });
    if registration || software {
        return Checked::ok(upper);
    }
    Checked::ok(compact.to_owned()).with(
        Severity::Warning,
        format!(
            "\"{written}\" does not look like a CN copyright registration number (e.g. 国作登字-2015-F-00230629, or 2021SR0123456 for software)"
        ),
    )
}

fn check_foreign_trademark(country: &str, written: &str, compact: &str) -> Checked {
    let digits: String = compact.chars().filter(|c| *c != ',').collect();
    let all_digits = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
    match country {
        "US" if all_digits && (digits.len() == 7 || digits.len() == 8) => Checked::ok(digits),
        "US" => Checked::ok(compact.to_owned()).with(
            Severity::Warning,
            format!(
                "\"{written}\" is not a USPTO number (registration numbers have 7 digits, serial numbers 8)"
            ),
        ),
        "EU" if all_digits && digits.len() == 9 => Checked::ok(digits),
        "EU" if all_digits && digits.len() < 9 => {
            let padded = format!("{digits:0>9}");
            Checked::ok(padded.clone()).with(
                Severity::Warning,
                format!(
                    "\"{written}\" has {} digits; EU trade marks have 9, using {padded}",
                    digits.len()
                ),
            )
        }
        "EU" => Checked::ok(compact.to_owned()).with(
            Severity::Warning,
            format!("\"{written}\" is not an EU trade mark number (9 digits, e.g. 018123456)"),
        ),
        "WO" if all_digits && digits.len() <= 7 => Checked::ok(digits),
        "WO" => Checked::ok(compact.to_owned()).with(
            Severity::Warning,
            format!("\"{written}\" is not a Madrid international registration number (up to 7 digits)"),
        ),
        _ => Checked::ok(compact.to_owned()),
    }
}

const USCC_CHARSET: &str = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const USCC_WEIGHTS: [u32; 17] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/// The check character of a unified social credit code's first 17 characters (GB 32100-2015).
pub fn uscc_check_char(first17: &str) -> Option<char> {
    if first17.chars().count() != 17 {
        return None;
    }
    let mut sum = 0;
    for (c, weight) in first17.chars().zip(USCC_WEIGHTS) {
        sum += USCC_CHARSET.find(c)? as u32 * weight;
    }
    USCC_CHARSET.chars().nth(((31 - sum % 31) % 31) as usize)
}

/// A warning for an 18-character company number that fails the unified social credit code
/// check (some real codes do: warn, never reject); `None` when it passes.
pub fn uscc_warning(written: &str) -> Option<String> {
    let code: String = written
        .chars()
        .map(fold_width)
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    if code.chars().count() != 18 {
        return None;
    }
    if let Some(bad) = code.chars().find(|c| !USCC_CHARSET.contains(*c)) {
        return Some(format!(
            "\"{written}\" is not a valid unified social credit code: it never contains \"{bad}\"; please check it"
        ));
    }
    // Every character is in the (ASCII) charset here, so byte 17 is a character boundary.
    let (first17, last) = code.split_at(17);
    let expected = uscc_check_char(first17)?;
    (!last.starts_with(expected)).then(|| {
        format!(
            "\"{written}\" fails the unified social credit code check (the last character should be {expected}); please check it"
        )
    })
}
