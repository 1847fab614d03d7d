//! The `takedown` command line.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};
use takedown::fonts::FontSet;
use takedown::layout::{LayoutOptions, Mode};
use takedown::pdf::PdfMeta;

/// Bilingual (English / Chinese) IP-takedown filing packets from a workbook.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Write the sample bilingual power of attorney as a PDF.
    Sample {
        /// Where to write the PDF.
        out: PathBuf,
        /// Language arrangement: side-by-side, stacked, sequential, en or zh.
        #[arg(long, default_value = "side-by-side")]
        layout: Mode,
    },
}

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(e) => {
            eprintln!("takedown: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run() -> anyhow::Result<ExitCode> {
    let cli = Cli::parse();
    match cli.command {
        Command::Sample { out, layout } => {
            let doc = takedown::sample::power_of_attorney();
            let opts = LayoutOptions {
                mode: layout,
                ..LayoutOptions::default()
            };
            let meta = PdfMeta {
                title: "Power of Attorney / 授权委托书".to_string(),
                author: doc.meta.author.clone(),
                subject: "Power of attorney for IP complaints / 知识产权投诉授权委托书".to_string(),
                language: "zh-CN".to_string(),
                date: None,
            };
            let typeset = takedown::typeset(&doc, FontSet::builtin(), &opts, &meta)?;
            std::fs::write(&out, &typeset.pdf)
                .with_context(|| format!("failed to write {}", out.display()))?;
            println!("{}: {} pages", out.display(), typeset.pages);
            Ok(ExitCode::SUCCESS)
        }
    }
}
