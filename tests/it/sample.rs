//! The sample workbook `takedown init` writes: it reads without errors, holds what it promises,
//! and `fixtures/sample.xlsx` is exactly what `sample_workbook()` writes.

use crate::support;
use std::collections::BTreeSet;

use support::docket::{day, without_file};
use support::files::sample;
use takedown::diag::Severity;
use takedown::ingest::read_workbook;
use takedown::init::sample_workbook;
use takedown::model::{build_docket_on, Docket, Platform, RightType};

/// The docket and the diagnostics as `severity: Sheet!Cell: message`.
fn read() -> (Docket, Vec<String>) {
    let workbook = read_workbook(&sample()).expect("the sample reads");
    let (docket, diagnostics) = build_docket_on(&workbook, day());
    let lines = diagnostics
        .iter()
        .map(|d| {
            assert_ne!(d.severity, Severity::Error, "{d}");
            without_file(d)
        })
        .collect();
    (docket, lines)
}

#[test]
fn the_fixture_is_what_sample_workbook_writes() {
    let written = std::fs::read(sample()).expect("fixtures/sample.xlsx exists");
    assert!(
        written == sample_workbook(),
        "fixtures/sample.xlsx is out of date: run `cargo run --example make_sample`"
    );
}

#[test]
fn the_sample_validates_with_only_the_expected_warnings() {
    let (_, diagnostics) = read();
    let (evidence, other): (Vec<String>, Vec<String>) = diagnostics
        .into_iter()
        .partition(|d| d.ends_with(": no evidence for this listing (evidence, comparison and purchase_evidence are empty): it is held back from its complaint until evidence names a screenshot or capture of it"));
    let rows: Vec<&str> = evidence
        .iter()
        .map(|d| {
            d.trim_start_matches("warning: Listings!H")
                .split(':')
                .next()
                .unwrap_or("")
        })
        .collect();
    // One listing is held back for want of evidence; merged duplicates (rows 3, 7, 11, 26)
    // are covered by their first row.
    assert_eq!(rows, ["5"]);
    assert_eq!(
        other,
        [
            "warning: Clients!I3: signatory is empty; the legal representative \"Dr. Matthias Kessler\" (H3) is named to sign the power of attorney",
            "warning: Rights!G2: owner is empty: the documents print the client's name, \"Northwind Outdoor Gear, Inc.\" / \"诺斯温德户外装备股份有限公司\", as the owner; it must be the registrant's name exactly as on the certificate",
            "warning: Rights!G3: owner is empty: the documents print the client's name, \"Northwind Outdoor Gear, Inc.\" / \"诺斯温德户外装备股份有限公司\", as the owner; it must be the registrant's name exactly as on the certificate",
            "warning: Rights!G4: owner is empty: the documents print the client's name, \"Northwind Outdoor Gear, Inc.\" / \"诺斯温德户外装备股份有限公司\", as the owner; it must be the registrant's name exactly as on the certificate",
            "warning: Rights!G5: owner is empty: the documents print the client's name, \"Kessler Werkzeugtechnik GmbH\" / \"凯斯勒工具技术有限责任公司\", as the owner; it must be the registrant's name exactly as on the certificate",
            "warning: Rights!G6: owner is empty: the documents print the client's name, \"Kessler Werkzeugtechnik GmbH\" / \"凯斯勒工具技术有限责任公司\", as the owner; it must be the registrant's name exactly as on the certificate",
            "warning: Rights!G8: owner is empty: the documents print the client's name, \"Guangzhou Lingxi Smart Home Technology Co., Ltd.\" / \"广州灵犀智能家居科技有限公司\", as the owner; it must be the registrant's name exactly as on the certificate",
            "warning: Rights!G9: owner is empty: the documents print the client's name, \"Guangzhou Lingxi Smart Home Technology Co., Ltd.\" / \"广州灵犀智能家居科技有限公司\", as the owner; it must be the registrant's name exactly as on the certificate",
            "warning: Listings!A3: duplicate of Listings!A2 (same Taobao item 684512379021); merged into that row",
            "warning: Listings!A7: duplicate of Listings!A6 (same Tmall item 712098345617); merged into that row",
            "warning: Listings!A11: duplicate of Listings!A10 (same AliExpress item 1005006123456789); merged into that row",
            "warning: Listings!I23: captured_on is empty: the complaint says the capture date of this listing's evidence is not recorded; give the date the screenshots were taken",
            "warning: Listings!A26: duplicate of Listings!A25 (same JD item 100067894521); merged into that row",
        ]
    );
}

#[test]
fn every_file_the_sample_names_is_there_and_checked() {
    let (docket, _) = read();
    let named: Vec<&str> = docket
        .rights
        .iter()
        .filter(|r| !r.certificate.is_empty())
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(named, ["R01", "R04", "R06"]);
    for right in &docket.rights {
        for file in &right.certificate {
            let info = docket.file(file).expect("checked");
            assert_eq!(info.kind, takedown::evidence::FileKind::Pdf, "{}", file.written);
        }
    }
    let bought: Vec<u32> = docket
        .listings
        .iter()
        .filter(|l| l.purchase.is_some())
        .map(|l| l.source.row)
        .collect();
    assert_eq!(bought, [2, 17], "the two rows whose notes say 已试购");
    // Every file in fixtures/ is what the generator draws.
    for (relative, bytes) in takedown::sample_files::sample_files() {
        let path = sample().with_file_name(&relative);
        assert!(
            std::fs::read(&path).ok() == Some(bytes),
            "{relative} is out of date: run `cargo run --example make_sample`"
        );
    }
}

#[test]
fn duplicates_merge_into_the_first_row() {
    let (docket, _) = read();
    let jd = docket
        .listings
        .iter()
        .find(|l| l.item_id.as_deref() == Some("100067894521"))
        .expect("the JD listing");
    assert_eq!(jd.url, "https://item.jd.com/100067894521.html");
    assert_eq!(jd.right_ids, ["R05", "R06"], "rights of both rows");
    assert_eq!(jd.source.row, 25);
    let merged: Vec<u32> = jd.merged_from.iter().map(|s| s.row).collect();
    assert_eq!(merged, [26]);
    let tmall = docket
        .listings
        .iter()
        .find(|l| l.item_id.as_deref() == Some("712098345617"))
        .expect("the Tmall listing");
    assert_eq!(tmall.url, "https://detail.tmall.com/item.htm?id=712098345617");
    assert_eq!(tmall.price.as_deref(), Some("¥199.00"), "the first row's price");
}

#[test]
fn every_client_has_rights_and_listings_on_several_platforms() {
    let (docket, _) = read();
    for client in &docket.clients {
        let rights: BTreeSet<&str> = docket
            .rights
            .iter()
            .filter(|r| r.client_id == client.id)
            .map(|r| r.id.as_str())
            .collect();
        assert!(rights.len() >= 2, "{}", client.id);
        let platforms: BTreeSet<Platform> = docket
            .listings
            .iter()
            .filter(|l| l.right_ids.iter().any(|id| rights.contains(id.as_str())))
            .map(|l| l.platform)
            .collect();
        assert!(platforms.len() >= 5, "{}: {platforms:?}", client.id);
    }
}

#[test]
fn dates_are_read_from_date_cells() {
    let (docket, _) = read();
    let first = &docket.rights[0];
    assert_eq!(
        first.valid_to.map(|d| d.to_string()).as_deref(),
        Some("2028-12-13")
    );
    assert_eq!(
        first.protect_to.map(|d| d.to_string()).as_deref(),
        Some("2027-12-31")
    );
    // The patents' application dates (申请日), printed beside their grant dates.
    let filed: Vec<(&str, String)> = docket
        .rights
        .iter()
        .filter_map(|r| Some((r.id.as_str(), r.filed_on?.to_string())))
        .collect();
    assert_eq!(
        filed,
        [
            ("R03", "2021-05-14".to_owned()),
            ("R06", "2019-06-28".to_owned()),
            ("R07", "2020-10-27".to_owned())
        ]
    );
    assert!(docket
        .rights
        .iter()
        .all(|r| r.valid_to.is_some_and(|to| to >= day())));
    assert!(docket.listings.iter().all(|l| l.found_on.is_some()));
}

#[test]
fn the_sample_holds_three_clients_eight_rights_and_merged_listings() {
    let (docket, _) = read();
    assert_eq!(docket.clients.len(), 3);
    assert_eq!(docket.rights.len(), 8);
    assert_eq!(docket.listings.len(), 36);
    assert_eq!(docket.merged(), 4);

    let kinds: BTreeSet<RightType> = docket.rights.iter().map(|r| r.kind).collect();
    assert_eq!(kinds.len(), 5, "every type of right: {kinds:?}");

    let platforms: BTreeSet<&str> = docket.listings.iter().map(|l| l.platform.id()).collect();
    let expected: BTreeSet<&str> = [
        Platform::Taobao,
        Platform::Tmall,
        Platform::Alibaba1688,
        Platform::AliExpress,
        Platform::Jd,
        Platform::Pinduoduo,
        Platform::Other,
    ]
    .iter()
    .map(|p| p.id())
    .collect();
    assert_eq!(platforms, expected);
}
