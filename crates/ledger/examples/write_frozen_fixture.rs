//! Writes `tests/data/ledger-v{SCHEMA_VERSION}.db` (now `ledger-v3.db`), the
//! frozen database that a test `frozen_vN_database_stays_readable` opens: the
//! fixture reports plus one correction. Run it once per released schema version
//! and add a test that reads the new file; never rewrite an older one
//! (`ledger-v1.db`, `ledger-v2.db` were written by the v1 and v2 builds).
//!
//! ```sh
//! cargo run -p swapledger-ledger --example write_frozen_fixture
//! ```

use std::path::PathBuf;

use swapledger_ingest::{read_inputs, ReaderConfig};
use swapledger_ledger::{CountValue, IngestItem, Ledger, NewCorrection, SCHEMA_VERSION};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let path = data.join(format!("ledger-v{SCHEMA_VERSION}.db"));
    let _ = std::fs::remove_file(&path);
    let reports = data.join("reports").to_string_lossy().into_owned();
    let mut items = Vec::new();
    for doc in read_inputs(&[reports], &ReaderConfig::default()) {
        items.push(IngestItem {
            document: doc?,
            report: None,
        });
    }
    let mut l = Ledger::open(&path)?;
    l.ingest_batch(&items)?;
    l.reconcile()?;
    l.correct(NewCorrection {
        event: "2024-01-31-exchange".into(),
        field: "to_ukraine".into(),
        value: CountValue::exact(207),
        note: "frozen fixture correction".into(),
        by: "fixture".into(),
    })?;
    drop(l);
    // One self-contained file: no WAL beside it.
    let raw = rusqlite::Connection::open(&path)?;
    raw.pragma_update(None, "journal_mode", "DELETE")?;
    raw.execute_batch("VACUUM")?;
    println!("wrote {}", path.display());
    Ok(())
}
