//! `swapledger export --format csv|json|jsonl [--as-of DATE]`: the whole ledger.
//! JSON is an array of events and JSON Lines one event per line (the
//! documented event shape); CSV has one row per claim of every figure.

use std::io::{BufWriter, Write};
use std::process::ExitCode;

use anyhow::Result;
use chrono::NaiveDate;
use swapledger_ledger::EventFilter;

use crate::commands::db::{csv_cell, note_as_of, opt, DbArgs};

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One row per claim of every figure.
    Csv,
    /// A JSON array of events.
    Json,
    /// One event per line.
    Jsonl,
}

/// Arguments of `export`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum)]
    pub format: Format,
    /// The ledger as known from documents published up to this day.
    #[arg(long)]
    pub as_of: Option<NaiveDate>,
    #[command(flatten)]
    pub db: DbArgs,
}

/// Run `export`.
pub fn run(args: Args) -> Result<ExitCode> {
    let ledger = args.db.open_existing()?;
    let ans = ledger.events(&EventFilter::default(), args.as_of)?;
    let mut out = BufWriter::new(std::io::stdout().lock());
    match args.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &ans.value)?;
            writeln!(out)?;
        }
        Format::Jsonl => {
            for e in &ans.value {
                serde_json::to_writer(&mut out, e)?;
                writeln!(out)?;
            }
        }
        Format::Csv => {
            writeln!(out, "event,kind,date,field,best,low,high,approx,conflict,corrected,claim_value,claim_approx,document,source,cited,language,role,published")?;
            for e in &ans.value {
                for (name, f) in &e.figures {
                    for c in &f.claims {
                        writeln!(
                            out,
                            "{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}",
                            csv_cell(&e.id),
                            e.kind.as_str(),
                            e.date,
                            csv_cell(name),
                            opt(f.best),
                            opt(f.low),
                            opt(f.high),
                            f.approx.map(|a| a.as_str()).unwrap_or(""),
                            f.conflict,
                            f.corrected,
                            c.value.value(),
                            c.value.qualifier().map(|a| a.as_str()).unwrap_or(""),
                            c.document,
                            csv_cell(c.source.as_deref().unwrap_or("")),
                            csv_cell(&c.cited.join(" ")),
                            c.language.as_deref().unwrap_or(""),
                            c.role.as_str(),
                            opt(c.published)
                        )?;
                    }
                }
            }
        }
    }
    out.flush()?;
    note_as_of(ans.as_of, ans.undated_left_out);
    Ok(ExitCode::SUCCESS)
}
