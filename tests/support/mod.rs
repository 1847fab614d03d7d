//! Shared test support: fixture builders.
pub mod fixtures;
pub mod xlsb;
