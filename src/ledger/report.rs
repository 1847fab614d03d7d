//! How `status` and `history` print what the ledger holds: a summary per client (complaints
//! by status, open disputes, deadlines due, success rates against the platforms' good-faith
//! thresholds), then every listing and operator; as text, or as one JSON object.

use std::collections::BTreeMap;

use serde::Serialize;

use super::query::{History, ListingStatus, Status};
use crate::build::Engine;
use crate::model::Platform;

/// One platform's figures for one client.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlatformFigures {
    /// The platform profile (`alibaba-ipp`).
    pub profile: String,
    /// Complaints the platforms received (a case with a status other than drafted or held).
    pub filed: usize,
    /// Of them decided: removed, rejected or restored.
    pub decided: usize,
    pub removed: usize,
    pub restored: usize,
    /// removed / decided, in percent (`None` before a decision).
    pub success_percent: Option<f64>,
    /// restored / filed, in percent.
    pub restored_percent: Option<f64>,
    /// The profile's thresholds and whether the client is on the wrong side of one.
    pub good_faith: Option<serde_json::Value>,
    pub below_threshold: bool,
}

/// A deadline of an open dispute.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Due {
    pub url: String,
    /// `reply` (our answer to the counter-notice) or `art-43` (the 15 days end).
    pub kind: &'static str,
    pub date: String,
    pub overdue: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClientSummary {
    pub client: String,
    pub listings: usize,
    pub by_status: BTreeMap<String, usize>,
    pub open_disputes: usize,
    pub relisted: usize,
    pub deadlines: Vec<Due>,
    pub platforms: Vec<PlatformFigures>,
}

fn percent(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| (part as f64 * 1000.0 / whole as f64).round() / 10.0)
}

/// Per client, its figures as `status` gives them.
pub fn summaries(status: &Status, engine: &Engine) -> Vec<ClientSummary> {
    let today = engine.date.to_string();
    let mut by_client: BTreeMap<&str, Vec<&ListingStatus>> = BTreeMap::new();
    for l in &status.listings {
        by_client.entry(&l.client).or_default().push(l);
    }
    let profiles = &engine.templates.profiles;
    by_client
        .into_iter()
        .map(|(client, listings)| {
            let mut by_status = BTreeMap::new();
            for l in &listings {
                *by_status.entry(l.status.clone()).or_insert(0) += 1;
            }
            let mut deadlines: Vec<Due> = listings
                .iter()
                .flat_map(|l| {
                    [("reply", &l.reply_by), ("art-43", &l.art43_by)]
                        .into_iter()
                        .filter_map(|(kind, date)| {
                            date.as_ref().map(|d| Due {
                                url: l.url.clone(),
                                kind,
                                date: d.clone(),
                                overdue: *d < today,
                            })
                        })
                })
                .collect();
            deadlines.sort_by(|a, b| (&a.date, &a.url, a.kind).cmp(&(&b.date, &b.url, b.kind)));
            let mut per_profile: BTreeMap<String, Vec<&ListingStatus>> = BTreeMap::new();
            for l in &listings {
                let profile = Platform::ALL
                    .into_iter()
                    .find(|p| p.id() == l.platform)
                    .map_or_else(|| l.platform.clone(), |p| profiles.of(p).id.clone());
                per_profile.entry(profile).or_default().push(l);
            }
            let platforms = per_profile
                .into_iter()
                .filter_map(|(id, ls)| {
                    let count = |s: &str| ls.iter().filter(|l| l.status == s).count();
                    let filed = ls
                        .iter()
                        .filter(|l| !matches!(l.status.as_str(), "drafted" | "held" | "withdrawn"))
                        .count();
                    if filed == 0 {
                        return None;
                    }
                    let (removed, rejected, restored) =
                        (count("removed"), count("rejected"), count("restored"));
                    let decided = removed + rejected + restored;
                    let success = percent(removed, decided);
                    let restored_share = percent(restored, filed);
                    let threshold = profiles
                        .all()
                        .iter()
                        .find(|p| p.id == id)
                        .and_then(|p| p.good_faith.as_ref());
                    let below = threshold.is_some_and(|g| {
                        success.is_some_and(|s| s < f64::from(g.min_success_percent))
                            || restored_share.is_some_and(|r| r > f64::from(g.max_restored_percent))
                    });
                    Some(PlatformFigures {
                        profile: id,
                        filed,
                        decided,
                        removed,
                        restored,
                        success_percent: success,
                        restored_percent: restored_share,
                        good_faith: threshold.map(|g| {
                            serde_json::json!({
                                "min_success_percent": g.min_success_percent,
                                "max_restored_percent": g.max_restored_percent,
                                "months": g.months,
                                "basis": crate::platform::basis_text(&g.source, &g.basis).en,
                            })
                        }),
                        below_threshold: below,
                    })
                })
                .collect();
            ClientSummary {
                client: client.to_owned(),
                listings: listings.len(),
                open_disputes: count_status(&listings, "counter-noticed"),
                relisted: listings.iter().filter(|l| l.relisted).count(),
                by_status,
                deadlines,
                platforms,
            }
        })
        .collect()
}

fn count_status(listings: &[&ListingStatus], status: &str) -> usize {
    listings.iter().filter(|l| l.status == status).count()
}

/// `status`'s output.
pub fn status(status: &Status, engine: &Engine, json: bool) -> anyhow::Result<String> {
    let clients = summaries(status, engine);
    if json {
        let value = serde_json::json!({
            "date": engine.date.to_string(),
            "batches": status.batches,
            "clients": clients,
            "listings": status.listings,
            "operators": status.operators,
        });
        return Ok(serde_json::to_string_pretty(&value)? + "\n");
    }
    let mut out = format!("{} batches in the ledger\n", status.batches);
    for c in &clients {
        let counts: Vec<String> = c.by_status.iter().map(|(s, n)| format!("{n} {s}")).collect();
        out.push_str(&format!(
            "\n{}: {} listings ({}); {} open disputes; {} re-listed\n",
            c.client,
            c.listings,
            counts.join(", "),
            c.open_disputes,
            c.relisted
        ));
        for d in &c.deadlines {
            let flag = if d.overdue { " OVERDUE" } else { "" };
            out.push_str(&format!("  {} {} due {}{flag}\n", d.url, d.kind, d.date));
        }
        for p in &c.platforms {
            let pct = |v: Option<f64>| v.map_or_else(|| "–".to_owned(), |v| format!("{v}%"));
            let mut line = format!(
                "  {}: {} filed, {} decided, success {}, restored after counter-notice {}",
                p.profile,
                p.filed,
                p.decided,
                pct(p.success_percent),
                pct(p.restored_percent)
            );
            if let Some(g) = &p.good_faith {
                line.push_str(&format!(
                    " (good-faith threshold: at least {}% success, at most {}% restored{})",
                    g["min_success_percent"],
                    g["max_restored_percent"],
                    if p.below_threshold { "; BELOW IT" } else { "" }
                ));
            }
            out.push_str(&line);
            out.push('\n');
        }
    }
    if !status.listings.is_empty() {
        out.push_str("\nListings\n");
        for l in &status.listings {
            out.push_str(&format!(
                "  {} {} {} [{}]{}{} complaints: {}\n",
                l.client,
                l.url,
                l.store.as_deref().unwrap_or("-"),
                l.status,
                l.case_no
                    .as_ref()
                    .map_or_else(String::new, |n| format!(" case {n}")),
                if l.relisted { " re-listed;" } else { "" },
                l.complaints
            ));
        }
    }
    if !status.operators.is_empty() {
        out.push_str("\nOperators (stores under one licence number or contact)\n");
        for o in &status.operators {
            let keys: Vec<&str> = o.licences.iter().chain(&o.contacts).map(String::as_str).collect();
            out.push_str(&format!(
                "  {}: {} listings in {} stores ({}) for {}\n",
                keys.join(", "),
                o.listings,
                o.stores.len(),
                o.stores.join(", "),
                o.clients.join(", ")
            ));
        }
    }
    Ok(out)
}

/// `history`'s output.
pub fn history(history: &History, json: bool) -> anyhow::Result<String> {
    if json {
        return Ok(serde_json::to_string_pretty(history)? + "\n");
    }
    if history.listings.is_empty() {
        return Ok(format!("{}: not in the ledger\n", history.key));
    }
    let mut out = String::new();
    for l in &history.listings {
        out.push_str(&format!(
            "{} {} ({}, {}): {}{}\n",
            l.client,
            l.url,
            l.platform,
            l.store.as_deref().unwrap_or("store not recorded"),
            l.status,
            if l.relisted { ", re-listed" } else { "" }
        ));
        for c in history
            .complaints
            .iter()
            .filter(|c| c.client == l.client && c.url == l.url)
        {
            out.push_str(&format!(
                "  {} {} written ({})\n",
                c.issued_on, c.file, c.workbook
            ));
        }
        for e in history
            .events
            .iter()
            .filter(|e| e.client == l.client && e.url == l.url)
        {
            out.push_str(&format!(
                "  {} {}{}{}{}\n",
                e.on.as_deref().unwrap_or("undated"),
                e.status,
                e.case_no
                    .as_ref()
                    .map_or_else(String::new, |n| format!(" case {n}")),
                e.filed_on
                    .as_ref()
                    .map_or_else(String::new, |d| format!(", filed {d}")),
                e.reason.as_ref().map_or_else(String::new, |r| format!(": {r}"))
            ));
        }
    }
    Ok(out)
}
