//! Rights data checks (review A.9) and the strength warning, through `takedown check`: each
//! a warning at its cell with its exact text, as of the config's issue date.

use crate::{run, support};
use std::path::Path;

use support::fixtures::csv_workbook_shown;

const CLIENTS: &str = "client_id,name_en,name_zh,country,company_no,signatory\nC1,Alpha Brands Inc.,阿尔法品牌公司,US,5551234,Ann Lee\n";

/// R1: a US mark in its Section 8 window; R2 the same past it, with a note; R3 past it, in the
/// grace period; R4 past its renewal (and expired); R5 a design applied for after its grant
/// and valid past its 10-year term; R6 a utility model whose dates contradict its number; R7
/// a Chinese mark whose protection period starts before the date and ends before JD decides;
/// R8 a Chinese copyright valid from before the year of its registration number.
const RIGHTS: &str = "right_id,client_id,type,number,title_en,title_zh,country,valid_from,valid_to,protect_from,protect_to,filed_on,notes\n\
    R1,C1,trademark,6234567,ALPHA,阿尔法,US,2020-12-10,2030-12-10,,,,\n\
    R2,C1,trademark,5937214,ALPHA,阿尔法,US,2019-12-17,2029-12-17,,,,§8 accepted 2025-06-02\n\
    R3,C1,trademark,6071234,ALPHA FOX,阿尔法狐狸,US,2020-06-20,2030-06-20,,,,\n\
    R4,C1,trademark,5101234,ALPHA,阿尔法,US,2016-11-01,2026-11-01,,,,\n\
    R5,C1,design patent,ZL202130287615.8,Backpack,背包,CN,2021-05-01,2036-05-13,,,2021-05-14,\n\
    R6,C1,utility model,ZL202022416958.2,Socket,插座,CN,2019-01-01,2030-10-26,,,2022-01-05,\n\
    R7,C1,trademark,28374615,ALPHA,阿尔法,CN,2018-12-14,2028-12-13,2026-01-01,2026-12-31,,\n\
    R8,C1,copyright,国作登字-2021-F-00123456,Alpha Fox,阿尔法狐狸,CN,2020-03-15,2070-12-31,,,,\n";

const LISTINGS: &str = "url,right_id\n\
    https://item.taobao.com/item.htm?id=684512379021,\"R1, R2, R3, R4\"\n\
    https://item.jd.com/100067894521.html,R7\n";

fn check(dir: &Path) -> (String, String, i32) {
    csv_workbook_shown(dir, "batch", CLIENTS, RIGHTS, LISTINGS);
    std::fs::write(dir.join("takedown.yaml"), "issue_date: 2026-11-28\n").unwrap();
    run::takedown(dir, &["check", "batch", "--config", "takedown.yaml"])
}

#[test]
fn each_rights_problem_is_a_warning_at_its_cell() {
    let dir = tempfile::tempdir().unwrap();
    let (out, err, code) = check(dir.path());
    assert_eq!((err.as_str(), code), ("", 0), "{out}");
    let tsdr = "check the registration on the USPTO's TSDR and say in notes that it was filed (e.g. \"§8 accepted 2025-06-02\")";
    let at = |cell: &str, message: &str| format!("warning: batch/rights.csv: rights!{cell}: {message}");
    let expected = [
        at("G2", "a US registration; Taobao may refuse it; a Chinese registration (CNIPA) is far more reliable"),
        at("I2", &format!("the Section 8 declaration of use for this US registration is due between 2025-12-10 and 2026-12-10; {tsdr}")),
        at("G3", "a US registration; Taobao may refuse it; a Chinese registration (CNIPA) is far more reliable"),
        at("G4", "a US registration; Taobao may refuse it; a Chinese registration (CNIPA) is far more reliable"),
        at("I4", &format!("the Section 8 declaration of use for this US registration was due between 2025-06-20 and 2026-06-20; it can still be filed in the grace period to 2026-12-20; {tsdr}")),
        at("G5", "expired on 2026-11-01; Taobao will refuse it; renew it or rely on another right"),
        at("I5", "the registration expired on 2026-11-01"),
        at("I5", &format!("the renewal (Sections 8 and 9) for this US registration was due between 2025-11-01 and 2026-11-01; it can still be filed in the grace period to 2027-05-01; {tsdr}")),
        at("I6", "valid_to 2036-05-13 is after the end of the 10-year term of a design patent applied for on 2021-05-14 (2031-05-14, Patent Law art. 42)"),
        at("L6", "application date 2021-05-14 is after valid_from 2021-05-01: a patent is granted (授权公告日) after it is applied for (申请日); one of the two dates is wrong"),
        at("H7", "valid_from 2019-01-01 is before 2020, the year patent number ZL202022416958.2 was applied for; give the grant date (授权公告日)"),
        at("L7", "application date 2022-01-05 is after valid_from 2019-01-01: a patent is granted (授权公告日) after it is applied for (申请日); one of the two dates is wrong"),
        at("L7", "application date 2022-01-05 is not in 2020, the year patent number ZL202022416958.2 was applied for"),
        at("J8", "protection from 2026-01-01 starts before this packet's date; the power of attorney and the complaints act from their signature on: leave protect_from blank or give a later date"),
        // The signed power of attorney back 10 working days later (11 December 2026), then JD's
        // verification and decision at their longest (5 + 10 working days, 1 January off).
        at("K8", "the protection period requested ends on 2026-12-31, before the expected decision (JD Intellectual Property Protection Platform by 2027-01-04); extend protect_to (the registration is valid to 2028-12-13)"),
        at("H9", "valid_from 2020-03-15 is before 2021, the year of registration 国作登字-2021-F-00123456; the documents print it as the start of the term of protection (保护期): give the dates of creation, first publication and registration in created_on, published_on and registered_on"),
    ];
    let lines: Vec<&str> = out.lines().filter(|l| l.contains("rights.csv")).collect();
    assert_eq!(lines, expected);
    // The mark whose Section 8 declaration is noted (R2) gets only its strength warning.
    assert!(!out.contains("rights!I3"), "{out}");
    // The US marks stand in for the client's Chinese ALPHA (R7), which the listing does not
    // name (review N23): one warning at its right cell.
    let listings: Vec<&str> = out.lines().filter(|l| l.contains("listings.csv")).collect();
    assert_eq!(
        listings,
        ["warning: batch/listings.csv: listings!B2: this listing names R1 (US), R2 (US) and R4 (US), but not R7 (CN), the same mark registered in China; platforms act on a Chinese registration far more readily: name R7 too if its goods cover the listing's"]
    );
    assert!(
        out.ends_with("1 client, 8 rights, 2 listings; 0 errors, 17 warnings\n"),
        "{out}"
    );
}
