//! `swapledger events [--from --to --kind --conflicts] [--format table|json|csv] [--as-of DATE]`.

use std::io::{BufWriter, Write};
use std::process::ExitCode;

use anyhow::{anyhow, Result};
use chrono::NaiveDate;
use swapledger_extract::Kind;
use swapledger_ledger::{EventFilter, Figure, LedgerEvent};

use crate::commands::db::{csv_cell, note_as_of, opt, DbArgs};

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns.
    Table,
    /// A JSON array of events (the documented event shape).
    Json,
    /// One row per event.
    Csv,
}

/// Arguments of `events`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Events on or after this day.
    #[arg(long)]
    pub from: Option<NaiveDate>,
    /// Events on or before this day.
    #[arg(long)]
    pub to: Option<NaiveDate>,
    /// exchange, repatriation, release or disrupted.
    #[arg(long, value_parser = parse_kind)]
    pub kind: Option<Kind>,
    /// Only events with a conflict.
    #[arg(long)]
    pub conflicts: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// The ledger as known from documents published up to this day.
    #[arg(long)]
    pub as_of: Option<NaiveDate>,
    #[command(flatten)]
    pub db: DbArgs,
}

/// Parse a kind name.
pub fn parse_kind(s: &str) -> Result<Kind> {
    Kind::parse(s).ok_or_else(|| anyhow!("use exchange, repatriation, release or disrupted"))
}

/// A figure's best value with its qualifier and flags, for tables.
pub fn show_best(f: Option<&Figure>) -> String {
    let Some(f) = f else { return "-".into() };
    let mut s = match (f.best, f.approx) {
        (None, _) => "-".to_string(),
        (Some(b), None) => b.to_string(),
        (Some(b), Some(a)) => format!("{} {b}", a.as_str()),
    };
    if f.corrected {
        s.push('*');
    }
    if f.conflict {
        s.push('!');
    }
    s
}

/// CSV header of the per-event rows.
pub const CSV_HEADER: &str = "id,kind,date,ordinal,to_ukraine,to_ukraine_low,to_ukraine_high,to_ukraine_approx,to_russia,to_russia_low,to_russia_high,to_russia_approx,documents,conflict,corrected,checks_failed";

/// One event as a CSV row.
pub fn csv_row(e: &LedgerEvent) -> String {
    let fig = |name: &str| -> [String; 4] {
        match e.figures.get(name) {
            None => Default::default(),
            Some(f) => [
                opt(f.best),
                opt(f.low),
                opt(f.high),
                f.approx.map(|a| a.as_str().to_string()).unwrap_or_default(),
            ],
        }
    };
    let mut cells = vec![
        csv_cell(&e.id),
        e.kind.as_str().to_string(),
        e.date.to_string(),
        opt(e.ordinal),
    ];
    cells.extend(fig("to_ukraine"));
    cells.extend(fig("to_russia"));
    cells.push(e.documents.len().to_string());
    cells.push(e.conflict.to_string());
    cells.push(e.figures.values().any(|f| f.corrected).to_string());
    cells.push(csv_cell(
        &e.checks
            .iter()
            .filter(|c| !c.ok)
            .map(|c| c.check.as_str())
            .collect::<Vec<_>>()
            .join(" "),
    ));
    cells.join(",")
}

/// Run `events`.
pub fn run(args: Args) -> Result<ExitCode> {
    let ledger = args.db.open_existing()?;
    let filter = EventFilter {
        from: args.from,
        to: args.to,
        kind: args.kind,
        conflicts_only: args.conflicts,
    };
    // The table and CSV show best figures only: read the claim-free list (much
    // faster on a large ledger); JSON keeps the documented event with its claims.
    let ans = match args.format {
        Format::Json => ledger.events(&filter, args.as_of)?,
        _ => ledger.event_list(&filter, args.as_of)?,
    };
    let mut out = BufWriter::new(std::io::stdout().lock());
    match args.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &ans.value)?;
            writeln!(out)?;
        }
        Format::Csv => {
            writeln!(out, "{CSV_HEADER}")?;
            for e in &ans.value {
                writeln!(out, "{}", csv_row(e))?;
            }
        }
        Format::Table => {
            writeln!(
                out,
                "{:<28} {:<12} {:>7} {:>14} {:>14} {:>5}  flags",
                "id", "kind", "ordinal", "to_ukraine", "to_russia", "docs"
            )?;
            for e in &ans.value {
                let mut flags = Vec::new();
                if e.conflict {
                    flags.push("conflict");
                }
                if e.checks.iter().any(|c| !c.ok) {
                    flags.push("check-failed");
                }
                if e.figures.values().any(|f| f.corrected) {
                    flags.push("corrected");
                }
                writeln!(
                    out,
                    "{:<28} {:<12} {:>7} {:>14} {:>14} {:>5}  {}",
                    e.id,
                    e.kind.as_str(),
                    e.ordinal
                        .map(|o| o.to_string())
                        .unwrap_or_else(|| "-".into()),
                    show_best(e.figures.get("to_ukraine")),
                    show_best(e.figures.get("to_russia")),
                    e.documents.len(),
                    flags.join(",")
                )?;
            }
            writeln!(
                out,
                "{} event(s); * corrected, ! conflicting claims",
                ans.value.len()
            )?;
        }
    }
    out.flush()?;
    note_as_of(ans.as_of, ans.undated_left_out);
    Ok(ExitCode::SUCCESS)
}
