//! `swapledger correct EVENT FIELD VALUE --note TEXT [--by NAME]`: an analyst's
//! value for one figure, appended to the audit log.

use std::process::ExitCode;

use anyhow::{bail, Result};
use swapledger_ledger::{CountValue, NewCorrection};

use crate::commands::db::DbArgs;

/// Arguments of `correct`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Event id (`2024-01-31-exchange`).
    pub event: String,
    /// Figure: a report-v1 count field, `branches.<branch>`, `ordinal`, `oldest` or `youngest`.
    pub field: String,
    /// Value: `207`, `"over 200"`, `"about 300"` or `"under 50"`.
    pub value: String,
    /// Why (required).
    #[arg(long)]
    pub note: String,
    /// Who (default: $USER).
    #[arg(long)]
    pub by: Option<String>,
    #[command(flatten)]
    pub db: DbArgs,
}

/// Run `correct`.
pub fn run(args: Args) -> Result<ExitCode> {
    let Some(value) = CountValue::parse(&args.value) else {
        bail!(
            "invalid value {:?}: use 207, \"over 200\", \"about 300\" or \"under 50\"",
            args.value
        );
    };
    let mut ledger = args.db.open_existing()?;
    let by = args
        .by
        .or_else(|| std::env::var("USER").ok())
        .unwrap_or_else(|| "analyst".into());
    let c = ledger.correct(NewCorrection {
        event: args.event,
        field: args.field,
        value,
        note: args.note,
        by,
    })?;
    println!(
        "#{} {} {}: {} -> {} by {} at {} ({})",
        c.seq,
        c.event,
        c.field,
        c.old
            .map(|o| o.to_string())
            .unwrap_or_else(|| "none".into()),
        c.new,
        c.by,
        c.at,
        c.note
    );
    Ok(ExitCode::SUCCESS)
}
