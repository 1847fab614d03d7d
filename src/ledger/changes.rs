//! What changed for a client since its last build the ledger holds: which links its
//! complaints name now and did not then (and the other way round), and the outcomes
//! reported since. A review build's sheet lists them.

use super::store::{Conn, DbError, Value};
use crate::model::Status;

/// A line of the list, in both languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub en: String,
    pub zh: String,
}

/// Links named one per line up to this many, then a count of the rest.
const SHOWN: usize = 10;

/// The changes for `client` since its latest build other than `batch` (this build, when it
/// is in the ledger already); empty when the ledger holds none. `now`: the links this
/// build's complaints name.
pub(super) fn changes(
    conn: &mut dyn Conn,
    client: &str,
    now: &[String],
    batch: Option<&str>,
) -> Result<Vec<Change>, DbError> {
    let this = Value::text(batch.unwrap_or(""));
    let last = conn.query(
        "SELECT id, workbook, issued_on, seq FROM batches \
         WHERE id IN (SELECT batch FROM documents WHERE client = $1) AND id <> $2 \
         ORDER BY seq DESC LIMIT 1",
        &[Value::text(client), this.clone()],
    )?;
    let Some(last) = last.first() else {
        return Ok(Vec::new());
    };
    let text = |i: usize| last.get(i).and_then(Value::as_text).unwrap_or("").to_owned();
    let (id, workbook, issued) = (text(0), text(1), text(2));
    let seq = last.get(3).and_then(Value::as_int).unwrap_or(0);
    let mut out = vec![Change {
        en: format!("Last build: {workbook}, issued {issued}."),
        zh: format!("上次生成：{workbook}，出具日期 {issued}。"),
    }];

    let then: Vec<String> = conn
        .query(
            "SELECT DISTINCT url FROM complaint_listings WHERE client = $1 AND batch = $2",
            &[Value::text(client), Value::text(&id)],
        )?
        .iter()
        .filter_map(|r| r.first().and_then(Value::as_text).map(str::to_owned))
        .collect();
    // Sets: a client's batch may name 100,000 links.
    let (then_set, now_set): (
        std::collections::HashSet<&String>,
        std::collections::HashSet<&String>,
    ) = (then.iter().collect(), now.iter().collect());
    let mut added: Vec<&String> = now.iter().filter(|u| !then_set.contains(u)).collect();
    added.sort();
    added.dedup();
    // Sorted here: the databases' collations differ (SQLite by bytes, PostgreSQL by locale).
    let mut gone: Vec<&String> = then.iter().filter(|u| !now_set.contains(u)).collect();
    gone.sort();
    for (links, en, zh) in [
        (
            &added,
            "in a complaint now, in none of that build",
            "本次投诉新增，上次未投诉",
        ),
        (
            &gone,
            "in a complaint of that build, in none now",
            "上次已投诉，本次未再投诉",
        ),
    ] {
        if links.is_empty() {
            continue;
        }
        out.push(Change {
            en: format!("{} {} {en}: {}", links.len(), plural(links.len()), named(links)),
            zh: format!("{zh}链接 {} 条：{}", links.len(), named(links)),
        });
    }

    // Outcomes reported by later batches (an Outcomes sheet), oldest first.
    let events = conn.query(
        "SELECT url, status, case_no, happened_on, source FROM events \
         WHERE client = $1 AND seq > $2 AND batch <> $3 AND status <> 'filed' \
         ORDER BY seq, url",
        &[Value::text(client), Value::int((seq << 24) | 0xFF_FFFF), this],
    )?;
    for (k, e) in events.iter().enumerate() {
        if k == SHOWN {
            let rest = events.len() - SHOWN;
            out.push(Change {
                en: format!("and {rest} more outcomes (takedown status --client {client})"),
                zh: format!("另有 {rest} 项处理结果（takedown status --client {client}）"),
            });
            break;
        }
        let get = |i: usize| e.get(i).and_then(Value::as_text).unwrap_or("").to_owned();
        let status = Status::from_text(&get(1));
        let (en_status, zh_status) =
            status.map_or((get(1), get(1)), |s| (s.id().to_owned(), s.name_zh().to_owned()));
        let case = match get(2) {
            c if c.is_empty() => String::new(),
            c => format!(" (case {c})"),
        };
        let case_zh = match get(2) {
            c if c.is_empty() => String::new(),
            c => format!("（案件编号 {c}）"),
        };
        out.push(Change {
            en: format!(
                "{}: {en_status} on {}{case}, reported at {}",
                get(0),
                get(3),
                get(4)
            ),
            zh: format!("{}：{} {zh_status}{case_zh}，见 {}", get(0), get(3), get(4)),
        });
    }
    if out.len() == 1 {
        out.push(Change {
            en: "No link added or dropped, and no outcome reported since.".to_owned(),
            zh: "此后无新增或减少的链接，亦无新的处理结果。".to_owned(),
        });
    }
    Ok(out)
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        "link"
    } else {
        "links"
    }
}

/// The first links, then how many more.
fn named(links: &[&String]) -> String {
    let mut text = links
        .iter()
        .take(SHOWN)
        .map(|s| s.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    if links.len() > SHOWN {
        text.push_str(&format!(" (+{})", links.len() - SHOWN));
    }
    text
}
