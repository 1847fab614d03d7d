//! The `takedown` command line.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use clap::{Parser, Subcommand};
use takedown::build::{build_workbook, out_dir_for, Engine, EngineOptions};
use takedown::check::{check_with, CheckFormat};
use takedown::fonts::FontSet;
use takedown::layout::{LayoutOptions, Mode};
use takedown::ledger::{Ledger, Location};
use takedown::watch::{Verbosity, WatchOptions};

/// A build allocates and frees many small buffers from several threads; mimalloc took
/// about a tenth off a 200-client build compared with the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Bilingual (English / Chinese) IP-takedown filing packets from a workbook.
#[derive(Parser)]
#[command(name = "takedown", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Say nothing but errors.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    quiet: bool,
    /// Say more: what is read, merged, taken, recovered and written (-vv: also the
    /// template engine's and other libraries' own detail).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    verbose: u8,
}

#[derive(Subcommand)]
enum Command {
    /// Build the filing packets of workbooks: per client a folder of PDFs and packet.pdf,
    /// with manifest.json and report.txt per workbook.
    Build {
        /// Workbooks (.xlsx .xlsm .xlsb .xls .ods), CSV files or folders of CSV files.
        #[arg(required = true, value_name = "WORKBOOK")]
        workbooks: Vec<PathBuf>,
        /// Where to write: OUT/<workbook-stem>/…
        #[arg(long, default_value = "out")]
        out: PathBuf,
        /// The configuration (default: takedown.yaml beside the first workbook or in the
        /// current folder).
        #[arg(long)]
        config: Option<PathBuf>,
        /// Issue date printed on the documents, YYYY-MM-DD (default: the config's, or today).
        #[arg(long)]
        date: Option<String>,
        /// Language arrangement: side-by-side, stacked, sequential, en or zh.
        #[arg(long)]
        layout: Option<Mode>,
        /// A folder of templates and locales, as `templates export` writes it.
        #[arg(long)]
        templates: Option<PathBuf>,
        /// text: every problem on standard error as `check` prints it, and a line per
        /// workbook; json: one JSON document on standard output (as `check --format json`,
        /// with what was written).
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
        /// The case ledger: sqlite:PATH or postgres://… (default: the config's `ledger:`,
        /// else ledger.sqlite in OUT).
        #[arg(long, value_name = "URL")]
        ledger: Option<String>,
        /// A draft for review: each printed value highlighted with its cell or rule, each
        /// warning a note on its page, a watermark, and a review sheet first in packet.pdf;
        /// not recorded in the ledger. The pages are those of the final build.
        #[arg(long)]
        review: bool,
    },
    /// Read and validate workbooks; print every problem with its cell, and a summary.
    Check {
        /// Output format.
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
        /// The issue date the workbook is checked as of, YYYY-MM-DD (default: the config's,
        /// or today): deadlines already passed are reported as of it, as `build` does.
        #[arg(long)]
        date: Option<String>,
        /// The configuration (its fonts decide which characters can be printed).
        #[arg(long)]
        config: Option<PathBuf>,
        /// Workbooks (.xlsx .xlsm .xlsb .xls .ods), CSV files or folders of CSV files.
        #[arg(required = true, value_name = "WORKBOOK")]
        workbooks: Vec<PathBuf>,
        /// The case ledger to plan with, as `build` would (default: the config's `ledger:`,
        /// else out/ledger.sqlite when it exists, else none).
        #[arg(long, value_name = "URL")]
        ledger: Option<String>,
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
        /// A folder of templates and locales, as `templates export` writes it.
        #[arg(long)]
        templates: Option<PathBuf>,
        /// The case ledger: sqlite:PATH or postgres://… (default: the config's `ledger:`,
        /// else DIR/ledger.sqlite).
        #[arg(long, value_name = "URL")]
        ledger: Option<String>,
        /// Build drafts for review, as `build --review` (or `review: true` in the config).
        #[arg(long)]
        review: bool,
    },
    /// What the ledger holds: per client, complaints by status, open disputes, deadlines
    /// due, success rates against the platforms' thresholds; every listing and operator.
    Status {
        /// Only this client.
        #[arg(long, value_name = "ID")]
        client: Option<String>,
        /// text, or json (one object: `listings`, `operators`, `clients`).
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
        #[command(flatten)]
        read: ReadLedger,
        /// The day deadlines are counted from, YYYY-MM-DD (default: today).
        #[arg(long)]
        date: Option<String>,
        /// Only listings first found from this day (the issue date of the batch that first
        /// held them), YYYY-MM-DD, as `report --from`.
        #[arg(long, value_name = "YYYY-MM-DD")]
        from: Option<String>,
        /// Only listings first found up to this day, YYYY-MM-DD.
        #[arg(long, value_name = "YYYY-MM-DD")]
        to: Option<String>,
    },
    /// A client's enforcement report from the ledger: report-<client>-<from>-<to>.pdf
    /// (summary, charts, operators, re-listed links, open disputes) and
    /// cases-<client>-<from>-<to>.xlsx (every listing of the period), per client.
    Report {
        /// Only this client (default: every client of the ledger).
        #[arg(long, value_name = "ID")]
        client: Vec<String>,
        /// Listings first found from this day, YYYY-MM-DD (default: the client's first).
        #[arg(long, value_name = "YYYY-MM-DD")]
        from: Option<String>,
        /// Up to this day, YYYY-MM-DD (default: the report's date).
        #[arg(long, value_name = "YYYY-MM-DD")]
        to: Option<String>,
        /// Where to write the files.
        #[arg(long, default_value = "out")]
        out: PathBuf,
        /// Language arrangement: side-by-side, stacked, sequential, en or zh.
        #[arg(long)]
        layout: Option<Mode>,
        /// The report's date, YYYY-MM-DD (default: today): deadlines are overdue against it.
        #[arg(long)]
        date: Option<String>,
        #[command(flatten)]
        read: ReadLedger,
    },
    /// Everything the ledger holds about one listing (its link) or store (its name or id):
    /// complaints written, outcomes, counter-notices.
    History {
        /// A listing's link, or a store's name or seller id.
        key: String,
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
        #[command(flatten)]
        read: ReadLedger,
    },
    /// List every column each sheet accepts, with all the headers it is recognised by;
    /// required columns are marked.
    Columns,
    /// Write a sample workbook and a commented takedown.yaml into DIR.
    Init { dir: PathBuf },
    /// The built-in templates, messages and platform profiles.
    Templates {
        #[command(subcommand)]
        command: TemplatesCommand,
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

/// The ledger `status` and `history` read.
#[derive(clap::Args)]
struct ReadLedger {
    /// The case ledger: sqlite:PATH or postgres://… (default: the config's `ledger:`, else
    /// out/ledger.sqlite).
    #[arg(long, value_name = "URL")]
    ledger: Option<String>,
    /// The configuration (its ledger, and for `status` its platform profiles).
    #[arg(long)]
    config: Option<PathBuf>,
}

impl ReadLedger {
    /// Opens the ledger the flags or `config` name; a SQLite file must exist.
    fn open(&self, config: &takedown::config::Loaded) -> anyhow::Result<Ledger> {
        let default = Ledger::default_for(std::path::Path::new("out"));
        open_existing(&Location::choose(self.ledger.as_deref(), config, default))
    }
}

#[derive(Subcommand)]
enum TemplatesCommand {
    /// Copy the built-in templates, locales and platform profiles into DIR to edit; use
    /// them with --templates DIR or `templates: DIR` in takedown.yaml.
    Export { dir: PathBuf },
}

fn main() -> ExitCode {
    // The child that reads one untrusted workbook within limits (see ingest::isolate).
    let mut args = std::env::args_os().skip(1);
    if args.next().is_some_and(|a| a == takedown::ingest::SUBCOMMAND) {
        let args: Vec<_> = args.collect();
        return match args.split_first() {
            Some((path, rest)) => match takedown::ingest::Bounds::parse(rest) {
                Some(bounds) => ExitCode::from(takedown::ingest::serve(std::path::Path::new(path), bounds)),
                None => ExitCode::from(2),
            },
            None => ExitCode::from(2),
        };
    }
    if let Ok(program) = std::env::current_exe() {
        takedown::ingest::use_program(program);
    }
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
    } else if cli.verbose > 0 {
        Verbosity::Verbose
    } else {
        Verbosity::Normal
    };
    init_logging(verbosity, cli.verbose > 1);
    match cli.command {
        Command::Build {
            workbooks,
            out,
            config,
            date,
            layout,
            templates,
            format,
            ledger,
            review,
        } => {
            let engine = Engine::load(&EngineOptions {
                config,
                near: workbooks.first().cloned(),
                date,
                layout,
                templates,
                review,
            })?;
            let place = Location::choose(ledger.as_deref(), &engine.config, Ledger::default_for(&out));
            let ledger = Ledger::open(&place)?;
            if let Some(warning) = engine.config.config.firm.sample_warning().filter(|_| !cli.quiet) {
                eprintln!("{warning}");
            }
            let mut code = 0;
            let mut used: Vec<String> = Vec::new();
            let mut built: Vec<serde_json::Value> = Vec::new();
            for workbook in &workbooks {
                // Two workbooks with the same name (a/x.xlsx, b/x.xlsx) go to x/ and x-2/.
                let base = out_dir_for(&out, workbook);
                let name = base
                    .file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned();
                let name = takedown::plan::unique(&name, &used);
                used.push(name.clone());
                let out_dir = base.with_file_name(name);
                let bar = progress_bar(cli.quiet);
                let outcome = build_workbook(&engine, workbook, &out_dir, Some(&ledger), &|done, total| {
                    if let Some(bar) = &bar {
                        bar.set_length(total as u64);
                        bar.set_position(done as u64);
                    }
                });
                if let Some(bar) = bar {
                    bar.finish_and_clear();
                }
                code = code.max(outcome.exit_code());
                if format == CheckFormat::Json {
                    built.push(outcome.to_json());
                    continue;
                }
                for d in &outcome.diagnostics {
                    if d.is_error() || !cli.quiet {
                        eprintln!("{}: {d}", d.severity);
                    }
                }
                let name = workbook.display();
                match (&outcome.unusable, &outcome.out_dir) {
                    (Some(why), _) => eprintln!("{name}: {why}"),
                    _ if outcome.ledger_error.is_some() => {}
                    (None, Some(dir)) if !cli.quiet || outcome.exit_code() > 0 => {
                        let failed = match outcome.failed_clients.len() {
                            0 => String::new(),
                            n => format!(", {n} clients without a packet (see report.txt)"),
                        };
                        let outcomes = match outcome.outcomes {
                            0 => String::new(),
                            1 => "1 outcome, ".to_owned(),
                            n => format!("{n} outcomes, "),
                        };
                        eprintln!(
                            "{name}: {} packets, {} PDFs, {outcomes}{} errors, {} warnings{failed} → {}/",
                            outcome.packets,
                            outcome.pdfs,
                            outcome.errors,
                            outcome.warnings,
                            dir.display()
                        );
                    }
                    _ => {}
                }
                if let Some(why) = &outcome.ledger_error {
                    eprintln!("{name}: {why}");
                }
            }
            if format == CheckFormat::Json {
                let count = |key: &str| -> u64 { built.iter().filter_map(|w| w[key].as_u64()).sum() };
                let report = serde_json::json!({
                    "errors": count("errors"), "warnings": count("warnings"),
                    "exit_code": code, "workbooks": built,
                });
                let mut text = serde_json::to_string_pretty(&report)?;
                text.push('\n');
                let _ = std::io::stdout().lock().write_all(text.as_bytes());
            }
            Ok(ExitCode::from(code))
        }
        Command::Check {
            format,
            date,
            config,
            workbooks,
            ledger,
        } => {
            let engine = Engine::load(&EngineOptions {
                config,
                near: workbooks.first().cloned(),
                date,
                ..EngineOptions::default()
            })?;
            let default = Ledger::default_for(std::path::Path::new("out"));
            let place = Location::choose(ledger.as_deref(), &engine.config, default.clone());
            let ledger = match place == default && ledger.is_none() {
                // The build's default ledger only when a build has made it.
                true if !matches!(&place, Location::Sqlite(p) if p.is_file()) => None,
                _ => Some(open_existing(&place)?),
            };
            let outcome = check_with(
                &workbooks,
                format,
                engine.fonts(),
                &engine.config.config.limits,
                &engine.config.config.evidence.limits(),
                (&engine.templates.profiles, &engine.rules(), ledger.as_ref()),
            );
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
            templates,
            ledger,
            review,
        } => {
            let opts = WatchOptions {
                ledger,
                engine: EngineOptions {
                    config,
                    near: Some(dir.join(takedown::config::FILE_NAME)),
                    date,
                    layout,
                    templates,
                    review,
                },
                dir,
                poll,
                once,
                settle: Duration::from_millis(settle_ms),
                verbosity,
            };
            Ok(ExitCode::from(takedown::watch::entry(&opts)?))
        }
        Command::Status {
            client,
            format,
            read,
            date,
            from,
            to,
        } => {
            let engine = Engine::load(&EngineOptions {
                config: read.config.clone(),
                date,
                ..EngineOptions::default()
            })?;
            let ledger = read.open(&engine.config)?;
            let status = ledger
                .status(client.as_deref())?
                .within(from.as_deref(), to.as_deref());
            let text = takedown::ledger::report::status(&status, &engine, format == CheckFormat::Json)?;
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            Ok(ExitCode::SUCCESS)
        }
        Command::Report {
            client,
            from,
            to,
            out,
            layout,
            date,
            read,
        } => {
            for day in [&from, &to].into_iter().flatten() {
                if takedown::model::parse_date(day).is_none() {
                    anyhow::bail!("\"{day}\" is not a date (expected e.g. 2026-11-28)");
                }
            }
            let engine = Engine::load(&EngineOptions {
                config: read.config.clone(),
                date,
                layout,
                ..EngineOptions::default()
            })?;
            let ledger = read.open(&engine.config)?;
            let period = (from.as_deref(), to.as_deref());
            for w in takedown::client_report::write(&engine, &ledger, &client, period, &out)? {
                if !cli.quiet {
                    eprintln!(
                        "{}: {} listings → {}, {}",
                        w.client,
                        w.listings,
                        w.pdf.display(),
                        w.xlsx.display()
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::History { key, format, read } => {
            // Only the config's ledger is needed: no fonts or templates.
            let config = takedown::config::find(read.config.as_deref(), None)?;
            let ledger = read.open(&config)?;
            let history = ledger.history(&key)?;
            let text = takedown::ledger::report::history(&history, format == CheckFormat::Json)?;
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            Ok(ExitCode::SUCCESS)
        }
        Command::Init { dir } => {
            std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
            let mut files: Vec<(String, Vec<u8>)> = vec![
                ("clients.xlsx".into(), takedown::init::sample_workbook()),
                (
                    takedown::config::FILE_NAME.into(),
                    takedown::config::SAMPLE.as_bytes().to_vec(),
                ),
            ];
            // The evidence files the sample names, beside it.
            files.extend(takedown::sample_files::sample_files());
            for (name, _) in &files {
                let path = dir.join(name);
                anyhow::ensure!(
                    !path.exists(),
                    "{} already exists; not overwritten",
                    path.display()
                );
            }
            for (name, bytes) in files {
                let path = dir.join(&name);
                if let Some(parent) = path.parent() {
                    std::fs::create_dir_all(parent)
                        .with_context(|| format!("cannot create {}", parent.display()))?;
                }
                std::fs::write(&path, bytes).with_context(|| format!("cannot write {}", path.display()))?;
                if !name.contains('/') {
                    println!("{}", path.display());
                }
            }
            println!(
                "Edit the firm in takedown.yaml, fill in the workbook, then: takedown build {}",
                dir.join("clients.xlsx").display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Columns => {
            let mut out = String::new();
            for kind in takedown::ingest::SheetKind::ALL {
                let optional = if kind.is_optional() { ", optional" } else { "" };
                out.push_str(&format!("{} ({}{optional})\n", kind.label(), kind.csv_label()));
                for (field, required, aliases) in kind.column_list() {
                    let mark = if required { " (required)" } else { "" };
                    out.push_str(&format!(
                        "  {}{mark}: {}\n",
                        field.label(kind),
                        aliases.join(", ")
                    ));
                }
                out.push('\n');
            }
            out.push_str(
                "Headers are compared without case, spaces, _ - and brackets; a header with a remark in \
                 brackets (\"Evidence (screenshots)\") is read as the column it names.\n",
            );
            let _ = std::io::stdout().lock().write_all(out.as_bytes());
            Ok(ExitCode::SUCCESS)
        }
        Command::Templates {
            command: TemplatesCommand::Export { dir },
        } => {
            for path in takedown::render::export(&dir)? {
                println!("{}", dir.join(path).display());
            }
            Ok(ExitCode::SUCCESS)
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

/// A ledger to read: a SQLite file must exist (reading never makes an empty one).
fn open_existing(place: &Location) -> anyhow::Result<Ledger> {
    if let Location::Sqlite(path) = place {
        anyhow::ensure!(
            path.is_file(),
            "no ledger at {}: a build makes one in its output folder (or give --ledger)",
            path.display()
        );
    }
    Ok(Ledger::open(place)?)
}

/// A progress bar on a terminal; nothing when quiet or when stderr is redirected.
fn progress_bar(quiet: bool) -> Option<indicatif::ProgressBar> {
    if quiet || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(0);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} documents {elapsed}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    Some(bar)
}

/// Log lines on standard error, as plain messages: errors only with `-q`, what the tool does
/// with `-v`, and with `-vv` (`libraries`) the libraries' own detail too (Handlebars logs
/// every helper and partial it resolves: thousands of lines for the sample).
fn init_logging(verbosity: Verbosity, libraries: bool) {
    let ours = match verbosity {
        Verbosity::Quiet => "error",
        Verbosity::Normal => "info",
        Verbosity::Verbose => "debug",
    };
    let others = match verbosity {
        Verbosity::Quiet => "error",
        _ if libraries => ours,
        _ => "warn",
    };
    let filter = tracing_subscriber::EnvFilter::new(format!("{others},takedown={ours}"));
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(filter)
        .without_time()
        .with_target(false)
        .with_level(false)
        .with_ansi(false)
        .init();
}
