//! The report as a document: a summary beside the platforms' good-faith thresholds, the
//! charts each with a caption in both languages and a table of the numbers it shows, the
//! operators with most listings, the re-listed links, and the open disputes.

use super::figures::{platform_names, Counts, Figures, OUTCOMES};
use crate::document::{Bi, Block, Chart, ColumnWidth, Document, Meta, Series, Table};
use crate::ledger::report::ClientSummary;
use crate::ledger::{ListingStatus, Operator};

/// What the report is about.
pub struct About<'a> {
    pub client: &'a str,
    pub name: Bi,
    pub from: &'a str,
    pub to: &'a str,
    pub date: String,
    pub batches: i64,
}

fn heading(level: u8, en: &str, zh: &str) -> Block {
    Block::Heading {
        level,
        text: Bi::new(en, zh),
    }
}

fn table(columns: Vec<ColumnWidth>, rows: Vec<Vec<Bi>>) -> Block {
    Block::Table(Table {
        columns,
        header_rows: 1,
        rows,
    })
}

fn n(v: usize) -> Bi {
    Bi::same(v.to_string())
}

fn status_names(status: &str) -> Bi {
    let zh = match status {
        "held" => "暂缓",
        "drafted" => "已起草未提交",
        "filed" => "待处理",
        "removed" => "已删除",
        "rejected" => "驳回",
        "counter-noticed" => "已申诉",
        "restored" => "已恢复",
        "withdrawn" => "已撤回",
        other => other,
    };
    let en = match status {
        "held" => "Held",
        "drafted" => "Drafted, not filed",
        "filed" => "Pending",
        "removed" => "Removed",
        "rejected" => "Rejected",
        "counter-noticed" => "Counter-noticed",
        "restored" => "Restored",
        "withdrawn" => "Withdrawn",
        other => other,
    };
    Bi::new(en, zh)
}

fn platform(id: &str) -> Bi {
    let (en, zh) = platform_names(id);
    Bi::new(en, zh)
}

/// A caption: `Figure N. …` / `图N …`.
fn caption(k: usize, en: &str, zh: &str) -> Block {
    Block::Paragraph(Bi::new(format!("Figure {k}. {en}"), format!("图{k} {zh}")))
}

/// A stacked chart of `counts` (rows: the categories `rows`; series: `series`) and its table.
fn counts_chart(
    counts: &Counts,
    rows: &[String],
    series: &[String],
    label: impl Fn(&str) -> Bi,
    row_label: impl Fn(&str) -> Bi,
    unit: Bi,
) -> (Block, Block) {
    let value = |r: &str, s: &str| counts.get(r).and_then(|m| m.get(s)).copied().unwrap_or(0);
    // Only the series with a number to show: a legend of empty series helps no one.
    let series: Vec<&String> = series
        .iter()
        .filter(|s| rows.iter().any(|r| value(r, s) > 0))
        .collect();
    let chart = Chart {
        categories: rows.iter().map(|r| row_label(r)).collect(),
        series: series
            .iter()
            .map(|s| Series {
                label: label(s),
                values: rows.iter().map(|r| value(r, s) as f64).collect(),
            })
            .collect(),
        stacked: true,
        unit,
    };
    let mut head = vec![Bi::new("", "")];
    head.extend(series.iter().map(|s| label(s)));
    head.push(Bi::new("Total", "合计"));
    let mut body = vec![head];
    for r in rows {
        let mut row = vec![row_label(r)];
        row.extend(series.iter().map(|s| n(value(r, s))));
        row.push(n(series.iter().map(|s| value(r, s)).sum()));
        body.push(row);
    }
    let mut columns = vec![ColumnWidth::Relative(1.4)];
    columns.extend(std::iter::repeat_n(ColumnWidth::Relative(1.0), series.len() + 1));
    (Block::Chart(chart), table(columns, body))
}

/// The whole report.
pub fn report(
    about: &About,
    summary: Option<&ClientSummary>,
    figures: &Figures,
    listings: &[&ListingStatus],
    operators: &[&Operator],
) -> Document {
    let mut blocks = vec![
        heading(1, "Enforcement report", "维权报告"),
        Block::KeyValue(vec![
            (Bi::new("Client", "客户"), about.name.clone()),
            (
                Bi::new("Period", "期间"),
                Bi::same(format!("{} – {}", about.from, about.to)),
            ),
            (
                Bi::new("Date of report", "报告日期"),
                Bi::same(about.date.clone()),
            ),
            (
                Bi::new("Source", "数据来源"),
                Bi::new(
                    format!(
                        "the case ledger ({} batches); listings counted by the batch that first held them",
                        about.batches
                    ),
                    format!(
                        "案件台账，共 {} 个批次；链接按首次收录的批次计入期间",
                        about.batches
                    ),
                ),
            ),
        ]),
    ];
    let Some(summary) = summary.filter(|s| s.listings > 0) else {
        blocks.push(Block::Paragraph(Bi::new(
            format!(
                "The ledger holds no listing of {} first found in this period.",
                about.client
            ),
            format!("案件台账中没有该客户（{}）在本期间首次发现的链接。", about.client),
        )));
        return finish(about, blocks);
    };
    let count = |s: &str| summary.by_status.get(s).copied().unwrap_or(0);
    let filed: usize = summary.platforms.iter().map(|p| p.filed).sum();
    blocks.push(heading(2, "1. Summary", "一、概要"));
    let mut rows = vec![vec![Bi::new("", ""), Bi::new("Number", "数量")]];
    rows.push(vec![Bi::new("Listings found", "发现链接"), n(summary.listings)]);
    rows.push(vec![Bi::new("Complaints filed", "已提交投诉"), n(filed)]);
    for s in [
        "removed",
        "rejected",
        "counter-noticed",
        "restored",
        "filed",
        "drafted",
        "held",
    ] {
        rows.push(vec![status_names(s), n(count(s))]);
    }
    rows.push(vec![Bi::new("Re-listed", "重新上架"), n(summary.relisted)]);
    rows.push(vec![
        Bi::new("Open disputes", "未结争议"),
        n(summary.open_disputes),
    ]);
    blocks.push(table(
        vec![ColumnWidth::Relative(3.0), ColumnWidth::Relative(1.0)],
        rows,
    ));

    let pct = |v: Option<f64>| Bi::same(v.map_or_else(|| "–".to_owned(), |v| format!("{v}%")));
    let mut rows = vec![vec![
        Bi::new("Platform", "平台"),
        Bi::new("Filed", "已提交"),
        Bi::new("Decided", "已处理"),
        Bi::new("Removed", "已删除"),
        Bi::new("Success", "成功率"),
        Bi::new("Restored", "申诉恢复"),
        Bi::new("Good-faith threshold", "善意投诉标准"),
    ]];
    for p in &summary.platforms {
        let threshold = match &p.good_faith {
            Some(g) => Bi::new(
                format!(
                    "≥ {}% success, ≤ {}% restored{}",
                    g["min_success_percent"],
                    g["max_restored_percent"],
                    if p.below_threshold { " (not met)" } else { "" }
                ),
                format!(
                    "成功率不低于 {}%，恢复率不高于 {}%{}",
                    g["min_success_percent"],
                    g["max_restored_percent"],
                    if p.below_threshold { "（未达到）" } else { "" }
                ),
            ),
            None => Bi::new("none published", "未公布"),
        };
        rows.push(vec![
            Bi::same(p.profile.clone()),
            n(p.filed),
            n(p.decided),
            n(p.removed),
            pct(p.success_percent),
            pct(p.restored_percent),
            threshold,
        ]);
    }
    let mut columns = vec![ColumnWidth::Relative(1.6)];
    columns.extend(std::iter::repeat_n(ColumnWidth::Relative(1.0), 5));
    columns.push(ColumnWidth::Relative(2.6));
    blocks.push(table(columns, rows));

    let month = |m: &str| Bi::same(m.to_owned());
    let unit = Bi::new("complaints", "投诉数");
    blocks.push(heading(
        2,
        "2. Complaints and removals by month",
        "二、每月投诉与删除",
    ));
    let (chart, numbers) = counts_chart(
        &figures.filed,
        &figures.months,
        &figures.platforms,
        platform,
        month,
        unit,
    );
    blocks.extend([
        chart,
        caption(
            1,
            "Complaints filed per month, by platform.",
            "各平台每月提交的投诉。",
        ),
        numbers,
    ]);
    let (chart, numbers) = counts_chart(
        &figures.removed,
        &figures.months,
        &figures.platforms,
        platform,
        month,
        Bi::new("listings removed", "删除链接数"),
    );
    blocks.extend([
        chart,
        caption(
            2,
            "Listings removed per month, by platform.",
            "各平台每月删除的链接。",
        ),
        numbers,
    ]);

    blocks.push(heading(
        2,
        "3. Time from filing to removal",
        "三、自投诉至删除的时间",
    ));
    let timed: Vec<&String> = figures
        .platforms
        .iter()
        .filter(|p| figures.days.contains_key(*p))
        .collect();
    let days = |p: &str, k: usize| {
        figures
            .days
            .get(p)
            .map_or(0.0, |d| if k == 0 { d.1 } else { d.2 })
    };
    blocks.push(Block::Chart(Chart {
        categories: timed.iter().map(|p| platform(p)).collect(),
        series: vec![
            Series {
                label: Bi::new("median", "中位数"),
                values: timed.iter().map(|p| days(p, 0)).collect(),
            },
            Series {
                label: Bi::new("90th percentile", "第90百分位"),
                values: timed.iter().map(|p| days(p, 1)).collect(),
            },
        ],
        stacked: false,
        unit: Bi::new("working days", "工作日"),
    }));
    blocks.push(caption(
        3,
        "Working days from filing to removal, per platform: median and 90th percentile.",
        "各平台自投诉至删除的工作日数：中位数与第90百分位。",
    ));
    let mut rows = vec![vec![
        Bi::new("Platform", "平台"),
        Bi::new("Removals timed", "计时删除数"),
        Bi::new("Median (working days)", "中位数（工作日）"),
        Bi::new("90th percentile", "第90百分位"),
    ]];
    for p in &timed {
        let (k, median, p90) = figures.days[*p];
        rows.push(vec![
            platform(p),
            n(k),
            Bi::same(format!("{median}")),
            Bi::same(format!("{p90}")),
        ]);
    }
    blocks.push(table(vec![ColumnWidth::Relative(1.5); 4], rows));

    blocks.push(heading(2, "4. Outcomes by platform", "四、各平台处理结果"));
    let statuses: Vec<String> = OUTCOMES
        .iter()
        .filter(|s| figures.outcomes.values().any(|m| m.contains_key(**s)))
        .map(|s| (*s).to_owned())
        .collect();
    let (chart, numbers) = counts_chart(
        &figures.outcomes,
        &figures.platforms,
        &statuses,
        status_names,
        platform,
        Bi::new("listings", "链接数"),
    );
    blocks.extend([
        chart,
        caption(
            4,
            "Listings by their latest status, per platform.",
            "各平台链接的最新状态。",
        ),
        numbers,
    ]);

    blocks.push(heading(2, "5. Re-listings", "五、重新上架"));
    blocks.push(Block::Chart(Chart {
        categories: figures.months.iter().map(|m| month(m)).collect(),
        series: vec![Series {
            label: Bi::new("re-listed links found", "发现的重新上架链接"),
            values: figures
                .months
                .iter()
                .map(|m| figures.relisted.get(m).copied().unwrap_or(0) as f64)
                .collect(),
        }],
        stacked: true,
        unit: Bi::new("links", "链接数"),
    }));
    blocks.push(caption(
        5,
        "Re-listed links found per month.",
        "每月发现的重新上架链接。",
    ));
    let mut rows = vec![vec![Bi::new("Month", "月份"), Bi::new("Re-listed", "重新上架")]];
    for m in &figures.months {
        rows.push(vec![month(m), n(figures.relisted.get(m).copied().unwrap_or(0))]);
    }
    blocks.push(table(vec![ColumnWidth::Relative(1.0); 2], rows));
    let relisted: Vec<&&ListingStatus> = listings.iter().filter(|l| l.relisted).collect();
    if !relisted.is_empty() {
        let mut rows = vec![vec![
            Bi::new("Re-listed link", "重新上架链接"),
            Bi::new("Store", "店铺"),
            Bi::new("Status", "状态"),
        ]];
        for l in relisted {
            rows.push(vec![
                Bi::same(l.url.clone()),
                Bi::same(l.store.clone().unwrap_or_default()),
                status_names(&l.status),
            ]);
        }
        blocks.push(table(
            vec![
                ColumnWidth::Relative(3.0),
                ColumnWidth::Relative(1.2),
                ColumnWidth::Relative(1.0),
            ],
            rows,
        ));
    }

    blocks.push(heading(
        2,
        "6. Operators with most listings",
        "六、链接最多的经营者",
    ));
    if operators.is_empty() {
        blocks.push(Block::Paragraph(Bi::new(
            "No licence number or contact is shared by two stores of this client's listings.",
            "该客户的链接中没有两个店铺共用同一营业执照号或联系方式。",
        )));
    } else {
        let mut rows = vec![vec![
            Bi::new("Licence / contact", "营业执照号／联系方式"),
            Bi::new("Stores", "店铺"),
            Bi::new("Listings", "链接数"),
        ]];
        for o in operators {
            rows.push(vec![
                Bi::same(
                    o.licences
                        .iter()
                        .chain(&o.contacts)
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
                Bi::same(o.stores.join(", ")),
                n(o.listings as usize),
            ]);
        }
        blocks.push(table(
            vec![
                ColumnWidth::Relative(1.5),
                ColumnWidth::Relative(3.0),
                ColumnWidth::Relative(0.8),
            ],
            rows,
        ));
    }

    blocks.push(heading(2, "7. Open disputes and deadlines", "七、未结争议与期限"));
    if summary.deadlines.is_empty() {
        blocks.push(Block::Paragraph(Bi::new("None.", "无。")));
    } else {
        let mut rows = vec![vec![
            Bi::new("Date", "日期"),
            Bi::new("Deadline", "期限"),
            Bi::new("Link", "链接"),
        ]];
        for d in &summary.deadlines {
            let what = match (d.kind, d.overdue) {
                ("reply", false) => Bi::new("our reply due", "答复截止"),
                ("reply", true) => Bi::new("our reply due: OVERDUE", "答复截止：已逾期"),
                (_, false) => Bi::new("art. 43 period ends", "第四十三条期限届满"),
                (_, true) => Bi::new("art. 43 period ended: OVERDUE", "第四十三条期限已届满：已逾期"),
            };
            rows.push(vec![Bi::same(d.date.clone()), what, Bi::same(d.url.clone())]);
        }
        blocks.push(table(
            vec![
                ColumnWidth::Relative(1.0),
                ColumnWidth::Relative(1.6),
                ColumnWidth::Relative(3.0),
            ],
            rows,
        ));
    }
    finish(about, blocks)
}

fn finish(about: &About, blocks: Vec<Block>) -> Document {
    Document {
        meta: Meta {
            title: Bi::new("Enforcement report", "维权报告"),
            subject: Bi::new(
                format!("{} – {}", about.from, about.to),
                format!("{} – {}", about.from, about.to),
            ),
            client: about.name.clone(),
            continued: Bi::new("(cont.)", "（续）"),
            ..Meta::default()
        },
        blocks,
        attachments: Vec::new(),
    }
}
