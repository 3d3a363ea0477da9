//! `swapledger reextract [--force]`: re-run this build's extractor over stored
//! documents whose current report is older (all with `--force`), then reconcile.

use std::process::ExitCode;

use anyhow::Result;

use crate::commands::db::DbArgs;
use crate::progress::Bar;

/// Arguments of `reextract`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub db: DbArgs,
    /// Re-extract every document, even those extracted by this version.
    #[arg(long)]
    pub force: bool,
    /// Documents per transaction.
    #[arg(long, default_value_t = 500, value_parser = clap::value_parser!(u64).range(1..))]
    pub batch: u64,
}

/// Run `reextract`.
pub fn run(args: Args) -> Result<ExitCode> {
    let mut ledger = args.db.open_existing()?;
    let ids = ledger.stale_documents(args.force)?;
    let bar = Bar::items(ids.len() as u64);
    let mut done = 0;
    for chunk in ids.chunks(args.batch as usize) {
        done += ledger.reextract(chunk)?;
        bar.inc(chunk.len() as u64);
    }
    bar.set_message("reconciling");
    let rec = ledger.reconcile()?;
    bar.finish();
    eprintln!(
        "swapledger: re-extracted {done} document(s) with {}; {} event(s), {} with conflicts, {} orphaned correction(s)",
        swapledger_extract::EXTRACTOR_VERSION,
        rec.events,
        rec.conflicts,
        rec.orphaned_corrections
    );
    Ok(ExitCode::SUCCESS)
}
