//! Shared test support: fixture builders, reading PDFs.
pub mod fixtures;
pub mod pdf;
pub mod xlsb;
