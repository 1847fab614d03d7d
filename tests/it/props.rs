//! Property tests for everything that parses user text: no input makes a parser panic, and
//! what is formatted parses back. Cases per property: proptest's default (256), more with
//! `PROPTEST_CASES=100000 cargo test --release --test props`.

use proptest::prelude::*;
use takedown::ingest::{normalize, CellRef, SheetKind};
use takedown::model::{
    canonicalize, check_number, parse_date, patent_check_digit, uscc_check_char, uscc_warning, Date,
    RightType,
};
use takedown::render::markup;

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const USCC_CHARSET: &str = "0123456789ABCDEFGHJKLMNPQRTUWXY";

fn right_type() -> impl Strategy<Value = RightType> {
    prop_oneof![
        Just(RightType::Trademark),
        Just(RightType::Copyright),
        Just(RightType::InventionPatent),
        Just(RightType::UtilityModel),
        Just(RightType::DesignPatent),
    ]
}

/// Text a person might type: digits, letters, CJK, punctuation, spaces, full-width forms.
fn typed() -> impl Strategy<Value = String> {
    prop::string::string_regex("[0-9A-Za-z年月日 ./\\-:,ZL专利第号（）０-９\u{3000}\u{202E}\u{200B}]{0,24}")
        .expect("regex")
}

/// Column letters → 0-based index (`A` → 0, `AA` → 26).
fn column_index(letters: &str) -> Option<u32> {
    let mut n: u64 = 0;
    for c in letters.chars() {
        let digit = u64::from(c as u32).checked_sub(u64::from('A'))? + 1;
        if digit > 26 {
            return None;
        }
        n = n * 26 + digit;
    }
    u32::try_from(n.checked_sub(1)?).ok()
}

proptest! {
    #[test]
    fn dates_never_panic(text in any::<String>(), typed in typed()) {
        let _ = parse_date(&text);
        let _ = parse_date(&typed);
    }

    #[test]
    fn a_formatted_date_parses_back_in_every_written_form(year in 1900u32..2200, month in 1u32..=12, day in 1u32..=31) {
        let Some(date) = Date::new(year, month, day) else {
            return Ok(());
        };
        let name = MONTHS[month as usize - 1];
        for written in [
            date.to_string(),
            format!("{year}/{month:02}/{day:02}"),
            format!("{year}.{month}.{day}"),
            format!("{year}年{month}月{day}日"),
            format!("{day} {name} {year}"),
            format!("{name} {day}, {year}"),
            format!("{day}-{name}-{year}"),
            format!("{year}{month:02}{day:02}"),
        ] {
            prop_assert_eq!(parse_date(&written), Some(date), "{}", written);
        }
    }

    #[test]
    fn registration_numbers_never_panic(kind in right_type(), country in "(|CN|US|EU|GB|JP|[A-Z]{2})", text in typed(), any_text in any::<String>()) {
        let _ = check_number(kind, &country, &text);
        let _ = check_number(kind, &country, &any_text);
    }

    #[test]
    fn the_patent_check_digit_is_a_digit_or_x(digits in "[0-9]{1,12}", junk in any::<String>()) {
        let check = patent_check_digit(&digits);
        prop_assert!(check.is_some_and(|c| c.is_ascii_digit() || c == 'X'), "{:?}", check);
        let _ = patent_check_digit(&junk);
    }

    #[test]
    fn a_uscc_with_its_check_character_passes_and_any_other_fails(first17 in "[0-9A-HJ-NP-RT-UW-Y]{17}", other in 0usize..31) {
        let check = uscc_check_char(&first17).expect("17 characters of the charset");
        prop_assert_eq!(uscc_warning(&format!("{first17}{check}")), None);
        let wrong = USCC_CHARSET.chars().nth(other).unwrap_or('0');
        if wrong != check {
            let written = format!("{first17}{wrong}");
            prop_assert!(uscc_warning(&written).is_some(), "{}", written);
        }
    }

    #[test]
    fn uscc_checks_never_panic(text in any::<String>(), typed in typed()) {
        let _ = uscc_check_char(&text);
        let _ = uscc_warning(&text);
        let _ = uscc_warning(&typed);
    }

    #[test]
    fn a_canonical_link_is_its_own_canonical_form(
        host in "(item\\.taobao\\.com|detail\\.tmall\\.com|item\\.jd\\.com|m\\.tb\\.cn|www\\.aliexpress\\.com|detail\\.1688\\.com|shop\\.example\\.com)",
        path in "(/[a-z0-9._%-]{0,12}){0,3}",
        query in "(\\?([a-z_]{1,6}=[a-zA-Z0-9%]{0,8}&?){0,4})?",
        before in "(|【淘宝】 |look: )",
    ) {
        let link = format!("{before}https://{host}{path}{query}");
        if let Ok(first) = canonicalize(&link) {
            let again = canonicalize(&first.url).expect("a canonical link is a link");
            prop_assert_eq!(&again.url, &first.url);
            prop_assert_eq!(again.key, first.key);
        }
    }

    #[test]
    fn links_never_panic(text in any::<String>(), typed in "[a-zA-Z0-9:/.?=&%#@\\[\\] 淘宝-]{0,40}") {
        if let Ok(first) = canonicalize(&text) {
            prop_assert_eq!(canonicalize(&first.url).map(|c| c.url), Ok(first.url.clone()));
        }
        let _ = canonicalize(&typed);
    }

    #[test]
    fn markup_never_panics(text in any::<String>(), tags in "(<(/?)(h1|p|ol|li|kv|k|v|table|tr|td|sign|pagebreak/|b|i)( [a-z]{1,4}=\"[^\"]{0,4}\")?>|[a-z &;<>\"]{0,4}){0,12}") {
        let _ = markup::parse(&text);
        let _ = markup::parse(&tags);
    }

    #[test]
    fn headers_match_whatever_their_case_and_spacing(kind_index in 0usize..4, pick in any::<prop::sample::Index>(), left in "[ \t\u{3000}]{0,3}", right in "[ \t]{0,3}", upper in any::<bool>()) {
        let kind = SheetKind::ALL[kind_index];
        let fields = kind.fields();
        let field = fields[pick.index(fields.len())];
        for alias in field.aliases(kind) {
            let written = if upper { alias.to_uppercase() } else { alias.to_string() };
            let header = format!("{left}{written}{right}");
            prop_assert_eq!(kind.field_for_header(&header), Some(field), "{:?}", header);
        }
    }

    #[test]
    fn headers_never_panic(text in any::<String>()) {
        for kind in SheetKind::ALL {
            let _ = kind.field_for_header(&text);
            let _ = SheetKind::from_name(&text);
        }
        let once = normalize(&text);
        prop_assert_eq!(normalize(&once), once.clone());
    }

    #[test]
    fn cell_references_read_back(row in 1u32..=1_048_576, col in 0u32..=u32::MAX) {
        let at = CellRef::new(row, col);
        let letters = CellRef::column_name(col);
        prop_assert!(letters.chars().all(|c| c.is_ascii_uppercase()), "{}", letters);
        prop_assert_eq!(column_index(&letters), Some(col));
        prop_assert_eq!(at.to_string(), format!("{letters}{row}"));
    }
}
