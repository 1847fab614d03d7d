//! Shared test support: fixture builders and paths, reading dockets and PDFs.
pub mod docket;
pub mod files;
pub mod fixtures;
pub mod pdf;
pub mod xlsb;
