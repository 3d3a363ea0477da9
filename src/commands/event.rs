//! `swapledger event ID [--format text|json] [--as-of DATE]`: every figure of
//! one event with its claims and sources, conflicts, checks and sets.

use std::io::{BufWriter, Write};
use std::process::ExitCode;

use anyhow::Result;
use chrono::NaiveDate;

use crate::commands::db::{note_as_of, DbArgs};
use crate::commands::events::show_best;

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// For people.
    Text,
    /// The documented event JSON.
    Json,
}

/// Arguments of `event`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Event id (`2024-01-31-exchange`).
    pub id: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// The event as known from documents published up to this day.
    #[arg(long)]
    pub as_of: Option<NaiveDate>,
    #[command(flatten)]
    pub db: DbArgs,
}

fn short(id: &str) -> &str {
    &id[..id.len().min(12)]
}

/// Run `event`.
pub fn run(args: Args) -> Result<ExitCode> {
    let ledger = args.db.open_existing()?;
    let ans = ledger.event(&args.id, args.as_of)?;
    let Some(e) = ans.value else {
        eprintln!("swapledger: no event {:?}", args.id);
        note_as_of(ans.as_of, ans.undated_left_out);
        return Ok(ExitCode::from(1));
    };
    let mut out = BufWriter::new(std::io::stdout().lock());
    if args.format == Format::Json {
        serde_json::to_writer_pretty(&mut out, &e)?;
        writeln!(out)?;
    } else {
        writeln!(out, "{}  {} on {}", e.id, e.kind.as_str(), e.date)?;
        if let Some(o) = e.ordinal {
            writeln!(out, "ordinal: {o}")?;
        }
        writeln!(out, "documents: {}", e.documents.len())?;
        for d in &e.dates {
            writeln!(
                out,
                "  dated {} by {} document(s)",
                d.value,
                d.documents.len()
            )?;
        }
        for (name, f) in &e.figures {
            writeln!(
                out,
                "{name}: best {}  low {}  high {}{}{}",
                show_best(Some(f)),
                f.low
                    .map(|v| v.to_string())
                    .unwrap_or_else(|| "none".into()),
                f.high
                    .map(|v| v.to_string())
                    .unwrap_or_else(|| "none".into()),
                if f.conflict { "  CONFLICT" } else { "" },
                if f.corrected { "  (corrected)" } else { "" },
            )?;
            for c in &f.claims {
                writeln!(
                    out,
                    "    {:>12}  {}  {}  {}  {}{}",
                    c.value.to_string(),
                    short(&c.document),
                    c.language.as_deref().unwrap_or("??"),
                    c.role.as_str(),
                    c.source.as_deref().unwrap_or("-"),
                    if c.cited.is_empty() {
                        String::new()
                    } else {
                        format!("  cites {}", c.cited.join(", "))
                    }
                )?;
            }
        }
        for (name, list) in [
            ("mediators", &e.mediators),
            ("sources", &e.sources),
            ("branches_mentioned", &e.branches_mentioned),
        ] {
            if !list.is_empty() {
                let items: Vec<String> = list
                    .iter()
                    .map(|i| format!("{} ({})", i.value, i.documents.len()))
                    .collect();
                writeln!(out, "{name}: {}", items.join(", "))?;
            }
        }
        for c in &e.checks {
            writeln!(
                out,
                "check {}: {} ({})",
                c.check,
                if c.ok { "ok" } else { "FAILED" },
                c.detail
            )?;
        }
        let history = ledger.history(&e.id)?;
        if !history.is_empty() {
            writeln!(
                out,
                "corrections: {} (see `swapledger history {}`)",
                history.len(),
                e.id
            )?;
        }
    }
    out.flush()?;
    note_as_of(ans.as_of, ans.undated_left_out);
    Ok(ExitCode::SUCCESS)
}
