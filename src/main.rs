//! The `takedown` command line.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};
use takedown::check::{check, CheckFormat};
use takedown::fonts::FontSet;
use takedown::layout::{LayoutOptions, Mode};

/// Bilingual (English / Chinese) IP-takedown filing packets from a workbook.
#[derive(Parser)]
#[command(name = "takedown", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read and validate workbooks; print every problem with its cell, and a summary.
    Check {
        /// Output format.
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
        /// Workbooks (.xlsx .xlsm .xlsb .xls .ods), CSV files or folders of CSV files.
        #[arg(required = true, value_name = "WORKBOOK")]
        workbooks: Vec<PathBuf>,
    },
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
        Command::Check { format, workbooks } => {
            let outcome = check(&workbooks, format);
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (`takedown check … | head`) is not an error worth reporting.
            let _ = stdout.write_all(outcome.output.as_bytes());
            let _ = stdout.flush();
            Ok(ExitCode::from(outcome.exit_code))
        }
        Command::Sample { out, layout } => {
            let doc = takedown::sample::power_of_attorney();
            let opts = LayoutOptions {
                mode: layout,
                ..LayoutOptions::default()
            };
            let typeset = takedown::typeset(&doc, FontSet::builtin(), &opts, None)?;
            std::fs::write(&out, &typeset.pdf)
                .with_context(|| format!("failed to write {}", out.display()))?;
            println!("{}: {} pages", out.display(), typeset.pages);
            Ok(ExitCode::SUCCESS)
        }
    }
}
