//! The ledger file shared by the ledger commands: `--db FILE`, else
//! `$SWAPLEDGER_DB`, else `swapledger.db`; and helpers to print ledger answers.

use std::path::PathBuf;

use anyhow::{Context, Result};
use chrono::NaiveDate;
use swapledger_ledger::Ledger;

/// The `--db` option.
#[derive(Debug, Clone, clap::Args)]
pub struct DbArgs {
    /// Ledger database (default: $SWAPLEDGER_DB, else swapledger.db).
    #[arg(long, value_name = "FILE")]
    pub db: Option<PathBuf>,
}

impl DbArgs {
    /// The path to use.
    pub fn path(&self) -> PathBuf {
        self.db
            .clone()
            .or_else(|| std::env::var_os("SWAPLEDGER_DB").map(PathBuf::from))
            .unwrap_or_else(|| PathBuf::from("swapledger.db"))
    }

    /// Open (or create) the ledger.
    pub fn open(&self) -> Result<Ledger> {
        let path = self.path();
        Ledger::open(&path).with_context(|| format!("opening ledger {}", path.display()))
    }

    /// Open an existing ledger (queries do not create an empty file).
    pub fn open_existing(&self) -> Result<Ledger> {
        let path = self.path();
        if !path.exists() {
            anyhow::bail!(
                "no ledger at {} (run `swapledger ingest PATH...` first, or pass --db)",
                path.display()
            );
        }
        self.open()
    }
}

/// Tell on standard error what an as-of answer left out.
pub fn note_as_of(as_of: Option<NaiveDate>, undated: usize) {
    if let Some(d) = as_of {
        eprintln!(
            "swapledger: as of {d}: {undated} document(s) without a publication date left out"
        );
    }
}

/// Quote a CSV cell when needed.
pub fn csv_cell(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// An optional number as a CSV cell.
pub fn opt<T: std::fmt::Display>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}
