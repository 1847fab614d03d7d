//! The `takedown` command line.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use clap::{Parser, Subcommand};
use takedown::build::EngineOptions;
use takedown::check::{check, CheckFormat};
use takedown::fonts::FontSet;
use takedown::layout::{LayoutOptions, Mode};
use takedown::watch::{Verbosity, WatchOptions};

/// Bilingual (English / Chinese) IP-takedown filing packets from a workbook.
#[derive(Parser)]
#[command(name = "takedown", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Say nothing but errors.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    quiet: bool,
    /// Say more: what is taken, recovered and skipped.
    #[arg(short, long, global = true)]
    verbose: bool,
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
    /// Watch a drop folder: build each workbook dropped into DIR/inbox into DIR/out, then move
    /// it to DIR/processed (or DIR/failed, with a report).
    Watch {
        /// The drop folder; inbox, out, processed and failed are created in it if missing.
        dir: PathBuf,
        /// Rescan the inbox instead of waiting for file events (for network shares).
        #[arg(long)]
        poll: bool,
        /// Process what is in the inbox, then exit (status 1 if anything failed).
        #[arg(long)]
        once: bool,
        /// How long (milliseconds) a dropped file must stay unchanged before it is taken.
        #[arg(long, value_name = "MS", default_value_t = 1000)]
        settle_ms: u64,
        /// Config file (default: takedown.yaml in DIR or the current folder).
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
        /// Issue date of every document (YYYY-MM-DD); default today.
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        /// Language arrangement: side-by-side, stacked, sequential, en or zh.
        #[arg(long)]
        layout: Option<Mode>,
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
    let verbosity = if cli.quiet {
        Verbosity::Quiet
    } else if cli.verbose {
        Verbosity::Verbose
    } else {
        Verbosity::Normal
    };
    init_logging(verbosity);
    match cli.command {
        Command::Check { format, workbooks } => {
            let outcome = check(&workbooks, format);
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (`takedown check … | head`) is not an error worth reporting.
            let _ = stdout.write_all(outcome.output.as_bytes());
            let _ = stdout.flush();
            Ok(ExitCode::from(outcome.exit_code))
        }
        Command::Watch {
            dir,
            poll,
            once,
            settle_ms,
            config,
            date,
            layout,
        } => {
            let opts = WatchOptions {
                engine: EngineOptions {
                    config,
                    near: Some(dir.join("takedown.yaml")),
                    date,
                    layout,
                },
                dir,
                poll,
                once,
                settle: Duration::from_millis(settle_ms),
                verbosity,
            };
            Ok(ExitCode::from(takedown::watch::entry(&opts)?))
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

/// Log lines on standard error, as plain messages: errors only with `-q`, detail with `-v`.
fn init_logging(verbosity: Verbosity) {
    let level = match verbosity {
        Verbosity::Quiet => tracing::Level::ERROR,
        Verbosity::Normal => tracing::Level::INFO,
        Verbosity::Verbose => tracing::Level::DEBUG,
    };
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_max_level(level)
        .without_time()
        .with_target(false)
        .with_level(false)
        .with_ansi(false)
        .init();
}
