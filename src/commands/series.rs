//! `swapledger series [--format csv|json] [--as-of DATE]`: people returned per
//! exchange or release (best figures) and the running totals.

use std::io::{BufWriter, Write};
use std::process::ExitCode;

use anyhow::Result;
use chrono::NaiveDate;

use crate::commands::db::{note_as_of, DbArgs};

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One row per event.
    Csv,
    /// A JSON array of points.
    Json,
}

/// Arguments of `series`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Csv)]
    pub format: Format,
    /// As known from documents published up to this day.
    #[arg(long)]
    pub as_of: Option<NaiveDate>,
    #[command(flatten)]
    pub db: DbArgs,
}

/// Run `series`.
pub fn run(args: Args) -> Result<ExitCode> {
    let ledger = args.db.open_existing()?;
    let ans = ledger.series(args.as_of)?;
    let mut out = BufWriter::new(std::io::stdout().lock());
    match args.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &ans.value)?;
            writeln!(out)?;
        }
        Format::Csv => {
            writeln!(
                out,
                "event,date,kind,to_ukraine,to_russia,cumulative_to_ukraine,cumulative_to_russia"
            )?;
            for p in &ans.value {
                writeln!(
                    out,
                    "{},{},{},{},{},{},{}",
                    p.event,
                    p.date,
                    p.kind.as_str(),
                    p.to_ukraine,
                    p.to_russia,
                    p.cumulative_to_ukraine,
                    p.cumulative_to_russia
                )?;
            }
        }
    }
    out.flush()?;
    note_as_of(ans.as_of, ans.undated_left_out);
    Ok(ExitCode::SUCCESS)
}
