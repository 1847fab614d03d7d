//! Names made from data: file and folder name components that cannot escape their folder or
//! clash, client slugs, and the host of a link.

/// The most characters of a name taken from data into a file or folder name.
const NAME_CHARS: usize = 60;

/// The host of a link without `www.`, or the link itself when it has none.
pub(super) fn host(url: &str) -> String {
    url::Url::parse(url)
        .ok()
        .and_then(|u| u.host_str().map(|h| h.trim_start_matches("www.").to_owned()))
        .unwrap_or_else(|| url.to_owned())
}

/// `base`, or `base-2`, `base-3`… when taken (names compared ignoring ASCII case, as on
/// Windows and macOS file systems).
pub fn unique(base: &str, taken: &[String]) -> String {
    if !taken.iter().any(|t| t.eq_ignore_ascii_case(base)) {
        return base.to_owned();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|name| !taken.iter().any(|t| t.eq_ignore_ascii_case(name)))
        .unwrap_or_default()
}

/// A file-name component from data: letters (Chinese kept) and digits, `-`, `_` and `.`
/// kept, anything else (separators, `..`, control characters) a hyphen; capped in length;
/// never empty, never a Windows-reserved device name.
pub fn safe_name(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        let keep = c.is_alphanumeric() || matches!(c, '_' | '.');
        let c = if keep { c } else { '-' };
        if c == '-' && (out.is_empty() || out.ends_with('-')) {
            continue;
        }
        if c == '.' && (out.is_empty() || out.ends_with('.')) {
            continue;
        }
        out.push(c);
        if out.chars().count() >= NAME_CHARS {
            break;
        }
    }
    let out = out.trim_end_matches(['-', '.']).to_owned();
    if out.is_empty() {
        return "_".to_owned();
    }
    let stem = out.split('.').next().unwrap_or("").to_ascii_uppercase();
    let reserved = matches!(stem.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || ((stem.starts_with("COM") || stem.starts_with("LPT"))
            && stem.len() == 4
            && stem.as_bytes()[3].is_ascii_digit());
    if reserved {
        format!("_{out}")
    } else {
        out
    }
}

/// A lower-case slug of a name for folder names (`Northwind Outdoor Gear, Inc.` →
/// `northwind-outdoor-gear-inc`), Chinese kept; `None` when nothing is left.
pub(super) fn slug(name: &str) -> Option<String> {
    let lower: String = name
        .chars()
        .map(|c| if c == '.' { '-' } else { c })
        .flat_map(char::to_lowercase)
        .collect();
    let mut slug = safe_name(&lower);
    if slug.chars().count() > 40 {
        // Cut at the last word boundary within 40 characters.
        let cut: String = slug.chars().take(41).collect();
        slug = match cut.rfind('-') {
            Some(at) if at > 0 => cut[..at].to_owned(),
            _ => cut.chars().take(40).collect(),
        };
    }
    let slug = slug.trim_end_matches(['-', '.']).to_owned();
    (slug != "_" && !slug.is_empty()).then_some(slug)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_from_data_cannot_escape_or_clash() {
        assert_eq!(safe_name("../../etc/passwd"), "etc-passwd");
        assert_eq!(safe_name(".."), "_");
        assert_eq!(safe_name("a/b\\c:d*e?f\"g<h>i|j"), "a-b-c-d-e-f-g-h-i-j");
        assert_eq!(safe_name("tab\there\u{7}bell"), "tab-here-bell");
        assert_eq!(safe_name("CON"), "_CON");
        assert_eq!(safe_name("com1.txt"), "_com1.txt");
        assert_eq!(safe_name("厦门阿克米"), "厦门阿克米");
        assert_eq!(safe_name(&"x".repeat(500)).len(), NAME_CHARS);
        assert_eq!(
            slug("Northwind Outdoor Gear, Inc.").as_deref(),
            Some("northwind-outdoor-gear-inc")
        );
        assert_eq!(slug("Müller GmbH").as_deref(), Some("müller-gmbh"));
        assert_eq!(slug("!!!"), None);
        assert_eq!(
            slug("Guangzhou Lingxi Smart Home Technology Co., Ltd.").as_deref(),
            Some("guangzhou-lingxi-smart-home-technology")
        );
        assert_eq!(unique("a", &["a".into(), "a-2".into()]), "a-3");
    }

    #[test]
    fn hosts_of_other_sites() {
        assert_eq!(
            host("https://www.shoes-outlet.example/p/1"),
            "shoes-outlet.example"
        );
        assert_eq!(safe_name(&host("https://shop.example:8080/x")), "shop.example");
    }
}
