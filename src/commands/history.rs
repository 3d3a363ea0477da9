//! `swapledger history EVENT`: the audit log of one event (or `--all`),
//! orphaned corrections marked.

use std::process::ExitCode;

use anyhow::Result;

use crate::commands::db::DbArgs;

/// Arguments of `history`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Event id; omit with `--all` or `--orphaned`.
    #[arg(required_unless_present_any = ["all", "orphaned"])]
    pub event: Option<String>,
    /// The whole log.
    #[arg(long)]
    pub all: bool,
    /// Only corrections whose event no longer exists.
    #[arg(long)]
    pub orphaned: bool,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub db: DbArgs,
}

/// Run `history`.
pub fn run(args: Args) -> Result<ExitCode> {
    let ledger = args.db.open_existing()?;
    let log = match (&args.event, args.orphaned) {
        (_, true) => ledger.orphaned_corrections()?,
        (Some(e), false) if !args.all => ledger.history(e)?,
        _ => ledger.corrections()?,
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&log)?);
        return Ok(ExitCode::SUCCESS);
    }
    if log.is_empty() {
        println!("no corrections");
    }
    for c in &log {
        println!(
            "#{} {} {} {}: {} -> {} by {}{}\n    note: {}",
            c.seq,
            c.at,
            c.event,
            c.field,
            c.old
                .map(|o| o.to_string())
                .unwrap_or_else(|| "none".into()),
            c.new,
            c.by,
            if c.orphaned {
                " [orphaned: the event no longer exists]"
            } else {
                ""
            },
            c.note
        );
    }
    Ok(ExitCode::SUCCESS)
}
