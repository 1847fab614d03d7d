//! The counter-notice workbook of tests/rebuttal.rs and tests/counter_notices.rs (included
//! by path: it runs the binary, which the examples sharing `support` cannot): one client
//! with a trademark and a design, one listing per ground, one counter-notice per listing;
//! and running the binary on it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

pub use crate::run::takedown;
use crate::support::fixtures::{row, s, write_xlsx, Sheet, C};
use takedown::model::patent_check_digit;

pub const TM: &str = "28374615";

/// clients.csv of the CSV workbooks: C1, a company in China.
pub const CLIENTS_CSV: &str = "client_id,name_en,company_no,country\nC1,Acme,91440101MA5CJQ4N59,CN\n";

/// rights.csv of the CSV workbooks: R1, C1's trademark [`TM`].
pub const RIGHTS_CSV: &str = "right_id,client_id,type,number\nR1,C1,trademark,28374615\n";

pub fn design_number() -> String {
    let digits = "201930123456";
    format!("ZL{digits}.{}", patent_check_digit(digits).unwrap())
}

pub fn taobao(n: u32) -> String {
    format!(
        "https://item.taobao.com/item.htm?id={}",
        600_000_000_000u64 + u64::from(n)
    )
}

pub const DOUYIN: &str =
    "https://haohuo.jinritemai.com/ecommerce/trade/detail/index.html?id=3612345678901234567";

/// A date cell's year, month and day.
pub type Ymd = (u16, u8, u8);

/// (ground, link, forwarded_on, received_on) of each counter-notice row, from row 2.
pub fn notices() -> Vec<(&'static str, String, Option<Ymd>, Ymd)> {
    vec![
        ("licensed", taobao(1), Some((2026, 12, 1)), (2026, 12, 2)),
        // 29 December: our 3 working days skip 1 January 2027 and the weekend.
        ("genuine", taobao(2), Some((2026, 12, 29)), (2026, 12, 29)),
        // 30 September: the National Day holiday, then Saturday 10 October (a make-up day).
        ("no-use", taobao(3), Some((2026, 9, 30)), (2026, 10, 8)),
        // 13 February: Saturday the 14th is a working day, the Spring Festival is not.
        ("different-goods", taobao(4), Some((2026, 2, 13)), (2026, 2, 24)),
        ("own-right", taobao(5), None, (2026, 12, 1)),
        ("invalid", taobao(6), Some((2026, 12, 1)), (2026, 12, 3)),
        ("other", taobao(7), Some((2026, 12, 1)), (2026, 12, 3)),
        (
            "design-differs",
            DOUYIN.to_owned(),
            Some((2026, 12, 1)),
            (2026, 12, 2),
        ),
    ]
}

/// A workbook with only the rows the counter-notices refer to: one client, a trademark and a
/// design, one listing per counter-notice, and `extra` counter-notice rows at the end.
pub fn workbook(dir: &Path, extra: &[Vec<C>]) -> PathBuf {
    let clients = Sheet::new(
        "Clients",
        vec![
            row(&[
                "client_id",
                "name_en",
                "name_zh",
                "country",
                "company_no",
                "address_en",
                "address_zh",
                "signatory",
                "email",
            ]),
            row(&[
                "C1",
                "Guangzhou Lingxi Smart Home Technology Co., Ltd.",
                "广州灵犀智能家居科技有限公司",
                "CN",
                "91440101MA5CJQ4N59",
                "18 Kexue Avenue, Huangpu District, Guangzhou",
                "广州市黄埔区科学大道18号",
                "Li Na",
                "ip@lingxi.example",
            ]),
        ],
    );
    let rights = Sheet::new(
        "Rights",
        vec![
            row(&[
                "right_id",
                "client_id",
                "type",
                "number",
                "title_en",
                "title_zh",
                "country",
                "classes",
                "valid_from",
                "valid_to",
                "on_file",
            ]),
            row(&[
                "R1",
                "C1",
                "trademark",
                TM,
                "LINGXI",
                "灵犀",
                "CN",
                "25",
                "2019-01-07",
                "2029-01-06",
                "all",
            ]),
            row(&[
                "R2",
                "C1",
                "design patent",
                &design_number(),
                "Smart plug",
                "智能插座",
                "CN",
                "",
                "2020-03-10",
                "2034-08-01",
                "all",
            ]),
        ],
    );
    let mut listings = vec![row(&[
        "url",
        "right_id",
        "store",
        "title",
        "found_on",
        "evidence",
        "captured_on",
    ])];
    let mut counter = vec![row(&[
        "url",
        "received_on",
        "forwarded_on",
        "grounds",
        "seller_evidence",
        "our_evidence",
        "notes",
    ])];
    for (i, (ground, link, forwarded, received)) in notices().into_iter().enumerate() {
        let right = if ground == "design-differs" { "R2" } else { "R1" };
        listings.push(row(&[
            &link,
            right,
            &format!("Store {i}"),
            &format!("Product {i}"),
            "2026-10-01",
            &format!("shots/listing-{i}.png"),
            "2026-10-01",
        ]));
        let date = |d: Ymd| C::D(d.0, d.1, d.2);
        counter.push(vec![
            s(&link),
            date(received),
            forwarded.map_or(C::E, date),
            s(ground),
            s(&format!("seller document {i}")),
            s(if i == 0 { "ours/no-licence.png" } else { "" }),
            C::E,
        ]);
    }
    counter.extend(extra.iter().cloned());
    std::fs::create_dir_all(dir.join("ours")).unwrap();
    let png =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/evidence/C001/comparison-100045678912.png");
    std::fs::copy(png, dir.join("ours/no-licence.png")).unwrap();
    for i in 0..notices().len() {
        crate::support::fixtures::shot(&dir.join(format!("shots/listing-{i}.png")));
    }
    let path = dir.join("notices.xlsx");
    write_xlsx(
        &path,
        &[
            clients,
            rights,
            Sheet::new("Listings", listings),
            Sheet::new("Counter-notices", counter),
        ],
    )
    .unwrap();
    path
}

pub fn build(dir: &Path, workbook: &Path, out: &str) -> PathBuf {
    let (_, err, code) = takedown(
        dir,
        &[
            "build",
            workbook.to_str().unwrap(),
            "--out",
            out,
            "--date",
            "2026-11-28",
        ],
    );
    assert_eq!(code, 0, "{err}");
    dir.join(out).join("notices")
}

/// The rebuttal file of each counter-notice row.
pub fn file_of(ground: &str, link: &str) -> String {
    if ground == "design-differs" {
        "rebuttal-douyin-3612345678901234567.pdf".to_owned()
    } else {
        format!("rebuttal-taobao-{}.pdf", link.rsplit('=').next().unwrap())
    }
}
