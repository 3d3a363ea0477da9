//! `swapledger ingest PATH... [--db FILE]`: read documents, extract the new
//! ones, store them in batched transactions, reconcile.

use std::collections::HashSet;
use std::process::ExitCode;

use anyhow::Result;
use swapledger_ingest::{read_inputs, ReaderConfig};
use swapledger_ledger::{extract_document, BatchSummary, IngestItem};

use crate::commands::db::DbArgs;
use crate::progress::Bar;

/// Arguments of `ingest`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files, directories (read recursively) or `-` for standard input.
    #[arg(required = true)]
    pub paths: Vec<String>,
    #[command(flatten)]
    pub db: DbArgs,
    /// Documents per transaction.
    #[arg(long, default_value_t = 500, value_parser = clap::value_parser!(u64).range(1..))]
    pub batch: u64,
}

/// Run `ingest`.
pub fn run(args: Args) -> Result<ExitCode> {
    let mut ledger = args.db.open()?;
    let reader = read_inputs(&args.paths, &ReaderConfig::default());
    let bar = Bar::bytes(reader.bytes_total());
    let mut reader = reader.with_progress(bar.reader_sink());
    let mut total = BatchSummary::default();
    let mut failed = 0usize;
    let mut batch: Vec<IngestItem> = Vec::new();
    let mut in_batch: HashSet<String> = HashSet::new();
    let flush = |batch: &mut Vec<IngestItem>,
                 in_batch: &mut HashSet<String>,
                 total: &mut BatchSummary,
                 ledger: &mut swapledger_ledger::Ledger|
     -> Result<()> {
        if batch.is_empty() {
            return Ok(());
        }
        let s = ledger.ingest_batch(batch)?;
        total.new += s.new;
        total.new_sightings += s.new_sightings;
        total.unchanged += s.unchanged;
        total.claims += s.claims;
        batch.clear();
        in_batch.clear();
        Ok(())
    };
    for item in reader.by_ref() {
        let doc = match item {
            Ok(doc) => doc,
            Err(err) => {
                failed += 1;
                bar.println(format!("swapledger: {err}"));
                continue;
            }
        };
        let id = doc.id();
        // Extract only bodies the ledger does not hold yet (idempotent, and fast on a rerun).
        let report = if in_batch.contains(&id) || ledger.contains(&id)? {
            None
        } else {
            in_batch.insert(id);
            Some(extract_document(&doc))
        };
        batch.push(IngestItem {
            document: doc,
            report,
        });
        if batch.len() as u64 >= args.batch {
            flush(&mut batch, &mut in_batch, &mut total, &mut ledger)?;
        }
    }
    flush(&mut batch, &mut in_batch, &mut total, &mut ledger)?;
    bar.set_message("reconciling");
    let rec = ledger.reconcile()?;
    bar.finish();
    let summary = reader.summary();
    eprintln!(
        "swapledger: {} new document(s), {} new sighting(s), {} unchanged; {} claim(s) stored; {} failed input(s)",
        total.new, total.new_sightings, total.unchanged, total.claims, failed
    );
    eprintln!(
        "swapledger: ledger has {} event(s), {} with conflicts, {} unplaced report event(s), {} orphaned correction(s)",
        rec.events, rec.conflicts, rec.unplaced, rec.orphaned_corrections
    );
    if failed > 0 {
        eprint!("swapledger: {summary}");
    }
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
