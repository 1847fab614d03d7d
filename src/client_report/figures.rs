//! The figures of a client's report, from the ledger's listings of the period: counts by
//! month and platform, times from filing to removal in working days, outcomes by platform,
//! re-listings by month.

use std::collections::BTreeMap;

use crate::calendar::Calendar;
use crate::ledger::ListingStatus;
use crate::model::{parse_date, Date, Platform};

/// A platform's names in both languages, by its ledger id.
pub fn platform_names(id: &str) -> (String, String) {
    let p = Platform::ALL.into_iter().find(|p| p.id() == id);
    let zh = match p {
        Some(Platform::Taobao) => "淘宝",
        Some(Platform::Tmall) => "天猫",
        Some(Platform::Alibaba1688) => "1688",
        Some(Platform::AliExpress) => "速卖通",
        Some(Platform::Alibaba) => "阿里巴巴国际站",
        Some(Platform::Jd) => "京东",
        Some(Platform::Pinduoduo) => "拼多多",
        Some(Platform::Douyin) => "抖音",
        Some(Platform::Xiaohongshu) => "小红书",
        Some(Platform::Kuaishou) => "快手",
        Some(Platform::Wechat) => "微信",
        Some(Platform::Dewu) => "得物",
        Some(Platform::Meituan) => "美团",
        Some(Platform::Other) => "独立站",
        None => id,
    };
    (p.map_or(id, |p| p.name()).to_owned(), zh.to_owned())
}

/// The statuses of the outcomes chart, in the order of a case's life.
pub const OUTCOMES: [&str; 8] = [
    "held",
    "drafted",
    "filed",
    "removed",
    "rejected",
    "counter-noticed",
    "restored",
    "withdrawn",
];

/// A table of counts: per row key (a month, a platform), per column key (a platform, a
/// status).
pub type Counts = BTreeMap<String, BTreeMap<String, usize>>;

/// What the report's charts and tables show.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Figures {
    /// The months of the period, `YYYY-MM`, in order.
    pub months: Vec<String>,
    /// The platforms (ledger ids) of the client's listings, in order.
    pub platforms: Vec<String>,
    /// Complaints filed per month, by platform.
    pub filed: Counts,
    /// Removals per month, by platform.
    pub removed: Counts,
    /// Per platform: how many removals have a filing date, the median and the 90th
    /// percentile of the working days from filing to removal.
    pub days: BTreeMap<String, (usize, f64, f64)>,
    /// Per platform, listings by status.
    pub outcomes: Counts,
    /// Re-listed links found per month.
    pub relisted: BTreeMap<String, usize>,
}

fn month(day: &str) -> Option<String> {
    day.get(..7).map(str::to_owned)
}

/// Every month from `from` to `to` (`YYYY-MM`), at most 120.
fn months(from: &str, to: &str) -> Vec<String> {
    let parse =
        |m: &str| -> Option<(i32, i32)> { Some((m.get(..4)?.parse().ok()?, m.get(5..7)?.parse().ok()?)) };
    let (Some((mut y, mut m)), Some(end)) = (parse(from), parse(to)) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    while (y, m) <= end && out.len() < 120 {
        out.push(format!("{y:04}-{m:02}"));
        m += 1;
        if m > 12 {
            m = 1;
            y += 1;
        }
    }
    out
}

/// Working days after `from` up to and including `to` (0 for the same day).
fn working_days(calendar: &Calendar, from: Date, to: Date) -> Option<u32> {
    let mut n = 0;
    let mut day = from;
    while day < to {
        day = day.add_days(1)?;
        if calendar.is_working_day(day) {
            n += 1;
        }
        if n > 10_000 {
            return None;
        }
    }
    Some(n)
}

/// The `p`-th percentile (0–100) of sorted values, by the nearest rank.
pub fn percentile(sorted: &[u32], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil().max(1.0) as usize;
    f64::from(sorted[rank.min(sorted.len()) - 1])
}

/// The figures of `listings` (one client's, of the period `from`–`to`).
pub fn figures(listings: &[&ListingStatus], calendar: &Calendar, from: &str, to: &str) -> Figures {
    let mut f = Figures {
        months: months(from, to),
        ..Figures::default()
    };
    let mut platforms: Vec<String> = listings.iter().map(|l| l.platform.clone()).collect();
    platforms.sort();
    platforms.dedup();
    f.platforms = platforms;
    let mut days: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    for l in listings {
        if let Some(m) = l.filed_on.as_deref().and_then(month) {
            *f.filed
                .entry(m)
                .or_default()
                .entry(l.platform.clone())
                .or_default() += 1;
        }
        if let Some(m) = l.removed_on.as_deref().and_then(month) {
            *f.removed
                .entry(m)
                .or_default()
                .entry(l.platform.clone())
                .or_default() += 1;
        }
        if let (Some(filed), Some(removed)) = (
            l.filed_on.as_deref().and_then(parse_date),
            l.removed_on.as_deref().and_then(parse_date),
        ) {
            if let Some(n) = working_days(calendar, filed, removed) {
                days.entry(l.platform.clone()).or_default().push(n);
            }
        }
        *f.outcomes
            .entry(l.platform.clone())
            .or_default()
            .entry(l.status.clone())
            .or_default() += 1;
        if l.relisted {
            if let Some(m) = l.found_on.as_deref().and_then(month) {
                *f.relisted.entry(m).or_default() += 1;
            }
        }
    }
    for (platform, mut d) in days {
        d.sort_unstable();
        f.days
            .insert(platform, (d.len(), percentile(&d, 50.0), percentile(&d, 90.0)));
    }
    // Every month from the first to the last the period or the data reaches (a filing
    // before the first listing's batch), none left out between.
    let reached = || f.filed.keys().chain(f.removed.keys()).chain(f.relisted.keys());
    let first = reached().chain(f.months.first()).min().cloned();
    let last = reached().chain(f.months.last()).max().cloned();
    if let (Some(first), Some(last)) = (first, last) {
        f.months = months(&first, &last);
    }
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_and_percentiles() {
        assert_eq!(
            months("2026-11-15", "2027-02-01"),
            ["2026-11", "2026-12", "2027-01", "2027-02"]
        );
        assert_eq!(percentile(&[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90.0), 9.0);
        assert_eq!(percentile(&[3, 5], 50.0), 3.0);
        assert_eq!(percentile(&[], 50.0), 0.0);
        // 2026-12-04 is a Friday: the Monday after is one working day later.
        let cal = Calendar::builtin();
        let d = |s| parse_date(s).unwrap();
        assert_eq!(working_days(cal, d("2026-12-04"), d("2026-12-07")), Some(1));
        assert_eq!(working_days(cal, d("2026-12-07"), d("2026-12-07")), Some(0));
    }
}
