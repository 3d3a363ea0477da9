//! The demo: the sample corpus bundled with the binary, and a ledger built
//! from it.
//!
//! The corpus is `samples/demo/{uk,ru,en}/` at the repository root, embedded
//! at build time by `build.rs` (`include_str!` of every `.txt` and `.html`), so
//! the binary needs no files and no network: reports of five events of 2024 in
//! three languages with planted disagreements, a repatriation and a disrupted
//! exchange (see `samples/demo/README.md`).

use std::path::{Path, PathBuf};

use swapledger_ingest::{html::parse_html, parse_text_document, Document};
use swapledger_ledger::{extract_document, IngestItem, Ledger, LedgerError, ReconcileSummary};

/// The bundled corpus: (repository path, text), sorted by path.
pub const CORPUS: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/demo_corpus.rs"));

/// Why the demo ledger could not be built.
#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    /// The binary was built without a corpus.
    #[error("this build has no demo corpus (samples/demo was empty when it was built)")]
    NoCorpus,
    /// A bundled file is not a document (a bug in the corpus).
    #[error("bundled demo file {path}: {reason}")]
    BadFile {
        /// Its path.
        path: String,
        /// Why.
        reason: String,
    },
    /// The ledger failed.
    #[error(transparent)]
    Ledger(#[from] LedgerError),
}

/// What building the demo ledger did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoSummary {
    /// Documents stored.
    pub documents: usize,
    /// The reconciliation.
    pub reconciled: ReconcileSummary,
}

/// Where the demo ledger lives: a file in a temporary directory (removed when
/// this is dropped), or a file the user chose (kept).
#[derive(Debug)]
pub struct DemoDb {
    _dir: Option<tempfile::TempDir>,
    path: PathBuf,
}

impl DemoDb {
    /// `swapledger-demo.db` in a new temporary directory.
    pub fn temporary() -> std::io::Result<DemoDb> {
        let dir = tempfile::Builder::new()
            .prefix("swapledger-demo-")
            .tempdir()?;
        let path = dir.path().join("swapledger-demo.db");
        Ok(DemoDb {
            _dir: Some(dir),
            path,
        })
    }

    /// A file the user chose.
    pub fn at(path: PathBuf) -> DemoDb {
        DemoDb { _dir: None, path }
    }

    /// The ledger file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// The bundled documents, parsed (HTML for `.html`, text with front matter otherwise).
pub fn documents() -> Result<Vec<Document>, DemoError> {
    CORPUS
        .iter()
        .map(|(path, text)| {
            let parsed = if path.ends_with(".html") {
                parse_html(text.as_bytes(), path, Some("text/html; charset=utf-8"))
            } else {
                parse_text_document(text.as_bytes(), path)
            };
            parsed.map_err(|e| DemoError::BadFile {
                path: path.to_string(),
                reason: e.to_string(),
            })
        })
        .collect()
}

/// Build the demo ledger in `db` (a new or existing file): ingest every
/// bundled document in one transaction, then reconcile.
pub fn build_ledger(db: &Path) -> Result<DemoSummary, DemoError> {
    let docs = documents()?;
    if docs.is_empty() {
        return Err(DemoError::NoCorpus);
    }
    let mut ledger = Ledger::open(db)?;
    let items: Vec<IngestItem> = docs
        .into_iter()
        .map(|d| IngestItem {
            report: Some(extract_document(&d)),
            document: d,
        })
        .collect();
    let n = items.len();
    ledger.ingest_batch(&items)?;
    let reconciled = ledger.reconcile()?;
    Ok(DemoSummary {
        documents: n,
        reconciled,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_corpus_has_three_languages_and_parses() {
        for lang in ["uk", "ru", "en"] {
            let prefix = format!("samples/demo/{lang}/");
            assert!(
                CORPUS.iter().any(|(p, _)| p.starts_with(&prefix)),
                "no {lang} document bundled"
            );
        }
        let docs = documents().unwrap();
        assert!(docs.iter().all(|d| !d.body.trim().is_empty()));
    }

    #[test]
    fn the_demo_ledger_has_exchanges_a_repatriation_a_disrupted_one_and_conflicts() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("demo.db");
        let built = build_ledger(&db).unwrap();
        assert_eq!(built.documents, CORPUS.len());
        assert!(built.reconciled.conflicts > 0, "{built:?}");
        let ledger = Ledger::open(&db).unwrap();
        let events = ledger
            .events(&swapledger_ledger::EventFilter::default(), None)
            .unwrap()
            .value;
        use swapledger_extract::Kind;
        for kind in [Kind::Exchange, Kind::Repatriation, Kind::Disrupted] {
            assert!(
                events.iter().any(|e| e.kind == kind),
                "no {} event in the demo",
                kind.as_str()
            );
        }
        let langs: std::collections::BTreeSet<_> = events
            .iter()
            .flat_map(|e| e.figures.values())
            .flat_map(|f| f.claims.iter())
            .filter_map(|c| c.language.clone())
            .collect();
        assert_eq!(langs.len(), 3, "{langs:?}");
        // Building again is idempotent.
        let again = build_ledger(&db).unwrap();
        assert_eq!(again.reconciled.events, built.reconciled.events);
    }
}
