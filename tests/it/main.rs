//! The integration tests, in one binary: the library and its dependencies are linked once,
//! not once per file. Each module is one file of tests; `support` holds what they share
//! (also used by the examples and benches, so it stays in `tests/support/`).
//! `tests/isolation.rs` is a binary of its own: it changes the process's working folder.

#[path = "../support/counter_notices.rs"]
mod notices;
#[path = "../support/run.rs"]
mod run;
#[path = "../support/mod.rs"]
mod support;

mod art43;
mod build;
mod calendar;
mod check_cli;
mod client_report;
mod conventions;
mod corpus;
mod counter_notices;
mod deadlines;
mod drop_folder;
mod evidence;
mod facts;
mod fonts;
mod held;
mod ingest;
mod input_text;
mod layout;
mod ledger;
mod legal_text;
mod limits;
mod linebreak;
mod newcomer;
mod pages;
mod pdf;
mod platforms;
mod props;
mod rebuttal;
mod review;
mod rights_checks;
mod sample;
mod sites;
mod truth;
mod typography;
mod typography_sample;
mod validate;
mod watch;
mod watch_hostile;
