//! Model: the sheets of a [`Workbook`] → a typed [`Docket`] (clients, rights, listings,
//! counter-notices) and
//! [`Diagnostic`]s pointing at the cells to fix.
//!
//! Entry point: [`build_docket`]. Errors keep a record out of the docket, warnings do not; every
//! problem of a workbook is reported in one run.

mod clients;
mod counter_notices;
mod country;
mod docket;
mod evidence_checks;
mod fast_hash;
mod files;
mod ident;
mod listing_url;
mod listings;
mod locate;
mod operators;
mod outcomes;
mod rights;
mod rights_checks;
mod row;
mod salutation;
mod validate;
mod value;

pub use counter_notices::{Action, CounterNotice, Ground};
pub use country::Country;
pub use docket::{
    Bilingual, Client, Docket, FileRef, Listing, Purchase, PurchaseKind, Right, RightType, Source,
};
pub use ident::{check_number, patent_check_digit, uscc_check_char, uscc_warning, Checked};
pub use listing_url::{canonicalize, Canonical, LinkKind, ListingKey, NotALink, Platform};
pub use listings::contact_key;
pub use operators::operator_groups;
pub use outcomes::{Outcome, Status};
pub use salutation::{Salutation, SALUTATION_HINT};
pub use validate::sort_by_place;
pub use value::{date_of, parse_date, Date, DATE_HINT, MAX_CELL_CHARS};

use crate::diag::Diagnostic;
use crate::evidence::Limits;
use crate::fonts::FontSet;
use crate::ingest::Workbook;

/// Builds the docket of a workbook, as of today (for "registration expired").
pub fn build_docket(wb: &Workbook) -> (Docket, Vec<Diagnostic>) {
    build_docket_on(wb, Date::today())
}

/// Builds the docket of a workbook as of the given day (the build's `--date`, or tests).
pub fn build_docket_on(wb: &Workbook, today: Date) -> (Docket, Vec<Diagnostic>) {
    validate::validate(wb, today, None, &Limits::default())
}

/// Like [`build_docket_on`], and every character that no font of `fonts` has is an error at
/// its cell, found before anything is typeset.
/// Evidence files are checked against `limits`.
pub fn build_docket_for(
    wb: &Workbook,
    today: Date,
    fonts: &FontSet,
    limits: &Limits,
) -> (Docket, Vec<Diagnostic>) {
    validate::validate(wb, today, Some(fonts), limits)
}
