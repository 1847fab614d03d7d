//! Shared test support: fixture builders and paths, reading PDFs.
pub mod files;
pub mod fixtures;
pub mod pdf;
pub mod xlsb;
