//! `takedown` turns a workbook of clients, IP registrations and infringing listings into
//! bilingual (English / Simplified Chinese) filing packets as finished PDFs.
//!
//! Reading the input:
//! - [`ingest::read_workbook`]: a workbook (.xlsx .xlsm .xlsb .xls .ods, or CSV files) to
//!   raw tables whose every cell keeps the reference a person sees in Excel;
//! - [`model::build_docket`]: tables to the typed [`model::Docket`] of clients, rights and
//!   listings, with a [`diag::Diagnostic`] per problem pointing at its cell;
//! - [`check::check`]: the `takedown check` command over both.
//!
//! The typesetting core, stage by stage:
//! - [`document`]: the typed document model, every text leaf in both languages;
//! - [`layout::layout`]: document and [`fonts::FontSet`] to pages of positioned glyph runs,
//!   rules and boxes, in one of five language arrangements ([`layout::Mode`]);
//! - [`pdf::write_pdf`]: pages to PDF bytes (subset fonts, `/ToUnicode`, outline, metadata),
//!   the same bytes for the same input.
//!
//! [`typeset`] runs layout and PDF in one call.
//!
//! Support: [`calendar`] counts mainland China's working days (holidays and 调休) for the
//! platforms' deadlines; [`deadlines`] computes every deadline of a packet and of a seller's
//! counter-notice, with its basis, and writes them as iCalendar; [`ledger`] keeps every batch,
//! outcome and counter-notice across builds (SQLite or PostgreSQL).

pub mod build;
pub mod calendar;
pub mod cff;
pub mod check;
pub mod client_report;
pub mod config;
pub mod deadlines;
pub mod diag;
pub mod document;
pub mod documents;
pub mod evidence;
pub mod fact;
pub mod fonts;
pub mod ingest;
pub mod init;
pub mod layout;
pub mod ledger;
pub mod model;
pub mod output;
pub mod pdf;
pub mod plan;
pub mod platform;
pub mod render;
pub mod review;
pub mod sample;
pub mod sample_files;
pub mod watch;

use document::Document;
use fonts::FontSet;
use layout::{LayoutError, LayoutOptions, Mode};
use pdf::{PdfError, PdfMeta};

/// Why a document could not be typeset.
#[derive(Debug, thiserror::Error)]
pub enum TypesetError {
    #[error(transparent)]
    Layout(#[from] LayoutError),
    #[error(transparent)]
    Pdf(#[from] PdfError),
}

/// A typeset document: its PDF bytes and page count.
#[derive(Debug, Clone)]
pub struct Typeset {
    pub pdf: Vec<u8>,
    pub pages: usize,
}

/// Lays out `doc` and writes it as a PDF dated `date` (year, month, day), with title,
/// subject, author and language taken from the document for the layout mode.
pub fn typeset(
    doc: &Document,
    fonts: &FontSet,
    opts: &LayoutOptions,
    date: Option<(i32, u8, u8)>,
) -> Result<Typeset, TypesetError> {
    let pages = layout::layout(doc, fonts, opts)?;
    let pdf = pdf::write_pdf(&pages, &pdf_meta(&doc.meta, opts.mode, date), fonts)?;
    Ok(Typeset {
        pdf,
        pages: pages.len(),
    })
}

/// PDF metadata in the mode's languages: "English / 中文" when both are set, and the
/// Chinese tag for bilingual documents, whose Chinese text usually prevails.
pub(crate) fn pdf_meta(meta: &document::Meta, mode: Mode, date: Option<(i32, u8, u8)>) -> PdfMeta {
    let text = |bi: &document::Bi| {
        let (en, zh) = (bi.en.to_plain(), bi.zh.to_plain());
        match mode {
            Mode::En => en,
            Mode::Zh => zh,
            _ if en == zh || zh.is_empty() => en,
            _ if en.is_empty() => zh,
            _ => format!("{en} / {zh}"),
        }
    };
    PdfMeta {
        title: text(&meta.title),
        author: meta.author.clone(),
        subject: text(&meta.subject),
        language: if mode == Mode::En { "en-US" } else { "zh-CN" }.to_string(),
        date,
    }
}
