//! Identifiers that a line must not break inside: e-mail addresses, links and domain
//! names, phone numbers, registration, patent and item numbers, USCCs and dates in both
//! languages.
//!
//! [`find`] scans a text's characters and returns each identifier's range with the points
//! where it may still break when it is wider than the whole measure (after `/ ? & =` in a
//! link's path, never inside a host name; at the spaces of an English date). E-mail
//! addresses and phone numbers break only as a last resort, registration numbers never.

/// An identifier: chars `start..end` of the text, and the char indices inside it before
/// which a line may break when nothing else fits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ident {
    pub start: usize,
    pub end: usize,
    pub fallback: Vec<usize>,
    /// Places inside where a line may break as in Chinese text: after 年 and 月 of a date.
    pub open: Vec<usize>,
    /// A link, which wraps at its `fallback` points whenever it is wider than the measure
    /// (a table column need only hold its widest piece); any other identifier breaks there
    /// only as a last resort (a column is sized to hold it whole).
    pub wraps: bool,
}

/// English month names, as dates are written in the English text.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn is_alnum(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3FFFF)
}

/// Characters of a host name.
fn is_host(c: char) -> bool {
    is_alnum(c) || c == '-' || c == '.'
}

/// Characters of a link's path, query and fragment.
fn is_path(c: char) -> bool {
    c.is_ascii_graphic() && !matches!(c, '"' | '<' | '>' | '`' | '{' | '}' | '|' | '\\' | '^')
}

/// Every identifier of `chars`, in order, not overlapping.
pub fn find(chars: &[char]) -> Vec<Ident> {
    let mut out = Vec::new();
    let n = chars.len();
    let mut i = 0;
    while i < n {
        let boundary = i == 0
            || !(is_alnum(chars[i - 1]) || matches!(chars[i - 1], '.' | '-' | '_' | '@' | '/'))
            || (i >= 2 && chars[i - 1] == '-' && is_han(chars[i - 2]));
        // Every identifier starts with a Latin letter, a digit or a plus sign; a plain word
        // (no digit, no @, no dot or colon inside) is none unless it names a month.
        let plain_word = boundary && chars[i].is_ascii_alphabetic() && {
            let mut j = i;
            let mut plain = true;
            while j < n && (is_alnum(chars[j]) || matches!(chars[j], '.' | '-' | '_' | '@' | ':' | '%' | '+'))
            {
                let c = chars[j];
                if c.is_ascii_digit()
                    || c == '@'
                    || c == ':'
                    || (c == '.' && chars.get(j + 1).copied().is_some_and(is_alnum))
                {
                    plain = false;
                    break;
                }
                j += 1;
            }
            plain
        };
        let found = if plain_word {
            english_date(chars, i)
        } else if boundary && (is_alnum(chars[i]) || chars[i] == '+') {
            link_or_email(chars, i)
                .or_else(|| phone(chars, i))
                .or_else(|| english_date(chars, i))
                .or_else(|| number(chars, i))
        } else {
            None
        };
        match found {
            Some(mut id) if id.end > id.start + 1 => {
                // A registration prefix in hanzi joined by a hyphen (国作登字-2021-F-00012345).
                if id.start >= 2 && chars[id.start - 1] == '-' && is_han(chars[id.start - 2]) {
                    let mut s = id.start - 1;
                    while s > 0 && is_han(chars[s - 1]) && id.start - s <= 4 {
                        s -= 1;
                    }
                    id.start = s;
                    if let Some(prev) = out.last() {
                        let prev: &Ident = prev;
                        id.start = id.start.max(prev.end);
                    }
                }
                i = id.end;
                out.push(id);
            }
            _ => i += 1,
        }
    }
    out
}

/// A link (`https://…`, `www.…`, `name.example/…`) or an e-mail address at `i`.
fn link_or_email(chars: &[char], i: usize) -> Option<Ident> {
    let n = chars.len();
    let rest: String = chars[i..n.min(i + 8)].iter().collect();
    let scheme = ["https://", "http://"]
        .iter()
        .find(|s| rest.starts_with(*s))
        .map(|s| s.len());
    let mut j = i + scheme.unwrap_or(0);
    // Local part of an e-mail address.
    let mut k = j;
    while k < n && (is_alnum(chars[k]) || matches!(chars[k], '.' | '_' | '%' | '+' | '-')) {
        k += 1;
    }
    let email = scheme.is_none() && k > j && k < n && chars[k] == '@';
    let host_start = if email { k + 1 } else { j };
    j = host_start;
    while j < n && is_host(chars[j]) {
        j += 1;
    }
    while j > host_start && matches!(chars[j - 1], '.' | '-') {
        j -= 1;
    }
    let host: String = chars[host_start..j].iter().collect();
    let labels: Vec<&str> = host.split('.').collect();
    let tld_ok = labels.len() >= 2
        && labels.iter().all(|l| !l.is_empty())
        && labels
            .last()
            .is_some_and(|t| t.len() >= 2 && t.chars().all(|c| c.is_ascii_alphabetic()));
    if !tld_ok {
        return None;
    }
    let mut fallback = Vec::new();
    // An e-mail address breaks only when wider than the measure: after its @ or before a
    // dot of its domain.
    if email {
        let dots = (host_start + 1..j).filter(|&p| chars[p] == '.');
        return Some(Ident {
            start: i,
            end: j,
            fallback: std::iter::once(host_start).chain(dots).collect(),
            open: Vec::new(),
            wraps: false,
        });
    }
    if let Some(len) = scheme {
        fallback.push(i + len);
    }
    if j < n && matches!(chars[j], '/' | '?' | '#' | ':') {
        let mut end = j;
        while end < n && is_path(chars[end]) {
            end += 1;
        }
        // Closing punctuation after a link belongs to the sentence.
        while end > j + 1
            && matches!(
                chars[end - 1],
                '.' | ',' | ';' | ':' | ')' | ']' | '!' | '?' | '\''
            )
        {
            end -= 1;
        }
        // After `/ ? & =`; never after a dot (item.|htm, .pn|g).
        for (p, c) in chars.iter().enumerate().take(end).skip(j) {
            if matches!(c, '/' | '?' | '&' | '=') && p + 1 < end {
                fallback.push(p + 1);
            }
        }
        j = end;
    }
    Some(Ident {
        start: i,
        end: j,
        fallback,
        open: Vec::new(),
        wraps: true,
    })
}

/// A phone number written with a country code: `+86 20 3888 1808`, `+1 (415) 555-0100`;
/// it breaks at a space only when wider than the measure.
fn phone(chars: &[char], i: usize) -> Option<Ident> {
    let n = chars.len();
    if chars[i] != '+' || !chars.get(i + 1).is_some_and(char::is_ascii_digit) {
        return None;
    }
    let mut j = i + 1;
    let mut fallback = Vec::new();
    while j < n {
        let c = chars[j];
        if c.is_ascii_digit() || c == '-' || c == '(' || c == ')' {
            j += 1;
        } else if c == ' ' && chars.get(j + 1).is_some_and(|d| d.is_ascii_digit() || *d == '(') {
            fallback.push(j + 1);
            j += 1;
        } else {
            break;
        }
    }
    while j > i && !chars[j - 1].is_ascii_digit() {
        j -= 1;
    }
    fallback.retain(|&p| p < j);
    Some(Ident {
        start: i,
        end: j,
        fallback,
        open: Vec::new(),
        wraps: false,
    })
}

fn digits(chars: &[char], i: usize) -> usize {
    chars[i..].iter().take_while(|c| c.is_ascii_digit()).count()
}

/// Whether the ASCII `word` stands at `i`, not followed by another letter.
fn word_at(chars: &[char], i: usize, word: &str) -> bool {
    let len = word.len();
    chars.len() >= i + len
        && chars[i..i + len].iter().copied().eq(word.chars())
        && !chars.get(i + len).is_some_and(|c| c.is_ascii_alphabetic())
}

/// The month name (full or three-letter) at `i`, by its length in chars.
fn month(chars: &[char], i: usize) -> Option<usize> {
    if !matches!(chars.get(i), Some('A' | 'D' | 'F' | 'J' | 'M' | 'N' | 'O' | 'S')) {
        return None;
    }
    MONTHS.iter().find_map(|m| {
        if word_at(chars, i, m) {
            Some(m.len())
        } else if word_at(chars, i, &m[..3]) {
            Some(if chars.get(i + 3) == Some(&'.') { 4 } else { 3 })
        } else {
            None
        }
    })
}

/// `8 December 2026`, `December 8, 2026`.
fn english_date(chars: &[char], i: usize) -> Option<Ident> {
    let day = digits(chars, i);
    if (1..=2).contains(&day) && chars.get(i + day) == Some(&' ') {
        let m = month(chars, i + day + 1)?;
        let after = i + day + 1 + m;
        let mut end = after;
        let mut fallback = vec![i + day + 1];
        if chars.get(after) == Some(&' ') && digits(chars, after + 1) == 4 {
            fallback.push(after + 1);
            end = after + 5;
        }
        return Some(Ident {
            start: i,
            end,
            fallback,
            open: Vec::new(),
            wraps: false,
        });
    }
    let m = month(chars, i)?;
    let mut j = i + m;
    if chars.get(j) != Some(&' ') {
        return None;
    }
    let day = digits(chars, j + 1);
    if !(1..=2).contains(&day) {
        return None;
    }
    let mut fallback = vec![j + 1];
    j += 1 + day;
    if chars.get(j) == Some(&',') && chars.get(j + 1) == Some(&' ') && digits(chars, j + 2) == 4 {
        fallback.push(j + 2);
        j += 6;
    }
    Some(Ident {
        start: i,
        end: j,
        fallback,
        open: Vec::new(),
        wraps: false,
    })
}

/// A run of letters and digits with inner joiners, holding a digit (`ZL202130287615.8`,
/// `31440000MD0123456L`, `R01`, `1,280.00`, `2026-12-08`), or a Chinese date
/// (`2026年12月8日`, `12月8日`).
fn number(chars: &[char], i: usize) -> Option<Ident> {
    let n = chars.len();
    if !is_alnum(chars[i]) {
        return None;
    }
    let mut j = i;
    let mut has_digit = false;
    while j < n {
        let c = chars[j];
        if is_alnum(c) {
            has_digit |= c.is_ascii_digit();
            j += 1;
        } else if matches!(c, '-' | '.' | '/' | '_' | ':' | '#' | ',')
            && chars.get(j + 1).copied().is_some_and(is_alnum)
            && (c != ',' || (chars[j - 1].is_ascii_digit() && chars[j + 1].is_ascii_digit()))
        {
            j += 1;
        } else {
            break;
        }
    }
    if !has_digit {
        return None;
    }
    // A Chinese date: digits followed by 年, 月 or 日, continuing with the next part; a line
    // may break after its 年 and 月, never inside a number.
    let mut end = j;
    let mut k = i;
    let mut open = Vec::new();
    loop {
        let d = digits(chars, k);
        if d == 0 || !matches!(chars.get(k + d), Some('年' | '月' | '日')) {
            break;
        }
        end = end.max(k + d + 1);
        if chars[k + d] == '日' {
            break;
        }
        k += d + 1;
        open.push(k);
    }
    open.retain(|&p| p < end);
    Some(Ident {
        start: i,
        end,
        fallback: Vec::new(),
        open,
        wraps: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(s: &str) -> Vec<String> {
        let chars: Vec<char> = s.chars().collect();
        find(&chars)
            .into_iter()
            .map(|id| chars[id.start..id.end].iter().collect())
            .collect()
    }

    #[test]
    fn finds_each_kind_whole() {
        assert_eq!(
            spans("电子邮箱：ipp@lumen-ip.example。"),
            ["ipp@lumen-ip.example"]
        );
        assert_eq!(spans("Phone +86 20 3888 1808, fax"), ["+86 20 3888 1808"]);
        assert_eq!(spans("专利号ZL202130287615.8，"), ["ZL202130287615.8"]);
        assert_eq!(
            spans("登记号国作登字-2021-F-00012345"),
            ["国作登字-2021-F-00012345"]
        );
        assert_eq!(spans("于2026年12月8日前"), ["2026年12月8日"]);
        assert_eq!(spans("by 8 December 2026."), ["8 December 2026"]);
        assert_eq!(spans("on December 8, 2026 at"), ["December 8, 2026"]);
        assert_eq!(
            spans("see https://shop.example/item?id=1&x=2."),
            ["https://shop.example/item?id=1&x=2"]
        );
        assert_eq!(spans("tools-direct-example.net"), ["tools-direct-example.net"]);
        assert_eq!(spans("USCC 31440000MD0123456L"), ["31440000MD0123456L"]);
        assert_eq!(spans("the Principal, Inc. of Delaware"), Vec::<String>::new());
    }

    #[test]
    fn links_break_only_in_their_path() {
        let s: Vec<char> = "https://www.shop.example/a/b?x=1&y=2".chars().collect();
        let id = &find(&s)[0];
        let at: Vec<String> = id.fallback.iter().map(|&p| s[p..].iter().collect()).collect();
        assert_eq!(at[0], "www.shop.example/a/b?x=1&y=2");
        assert_eq!(
            &at[1..],
            ["a/b?x=1&y=2", "b?x=1&y=2", "x=1&y=2", "1&y=2", "y=2", "2"]
        );
    }
}
