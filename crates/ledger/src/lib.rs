//! The ledger of exchanges: every document, report and claim in SQLite,
//! reconciled into one event per real exchange, with figures, conflicts,
//! corrections and as-of answers.
//!
//! # Model
//!
//! * A **document** is a body (its id is the SHA-256 of the body, as in
//!   report-v1) with metadata; every place it was seen is a **sighting**.
//!   Bodies are indexed by FTS5 ([`Ledger::search`]).
//! * A **report** is what `swapledger_extract` made of a document, stored with
//!   [`swapledger_extract::EXTRACTOR_VERSION`]; one report per document is
//!   current (the newest extractor's).
//! * A **claim** is one fact of one event of a report: the field, the value
//!   (with its approx), the document, the evidence spans, and the role (main or
//!   background).
//! * **Reconciliation** ([`reconcile`], pure: no SQL) groups the claims of
//!   every report into ledger events: same kind, same day (or a day apart when
//!   figures and ordinals are compatible), across languages. It is
//!   deterministic and independent of input order.
//! * A **correction** is an analyst's value for one figure of one event; it
//!   wins over the claims, goes into an append-only audit log, and is never
//!   dropped: when its event disappears after a re-reconciliation it is listed
//!   as orphaned.
//! * **As of** a date: every query can be answered from the documents published
//!   up to that day and the corrections made up to its end (UTC). Documents
//!   without a publication date are left out of as-of answers, and
//!   [`Answer::undated_left_out`] says how many.
//!
//! # Event ids
//!
//! `YYYY-MM-DD-kind` (`2024-01-31-exchange`), and `-2`, `-3`... for further
//! events of the same kind on the same day (ordered by ordinal, then by the
//! smallest document id). The same documents always give the same ids.
//!
//! # Event JSON
//!
//! [`LedgerEvent`] serializes to this shape (`events --format json`,
//! `event ID --format json`, exports, the API):
//!
//! ```json
//! {
//!   "id": "2024-01-31-exchange",
//!   "kind": "exchange",
//!   "date": "2024-01-31",
//!   "ordinal": 50,
//!   "agreement": null,
//!   "documents": ["3f2a…", "9c01…"],
//!   "checks": [{"check": "ranks_sum", "ok": true, "detail": "officers 12 + enlisted 195 = 207"}],
//!   "figures": {
//!     "to_ukraine": {
//!       "best": 207, "low": 200, "high": null, "approx": null,
//!       "conflict": false, "corrected": false,
//!       "claims": [
//!         {"value": 207, "document": "3f2a…", "source": "Ukrinform", "cited": ["zelensky"],
//!          "language": "uk", "role": "main", "published": "2024-01-31",
//!          "evidence": [{"start": 40, "end": 71}]},
//!         {"value": {"value": 200, "approx": "over"}, "document": "9c01…", "source": null,
//!          "cited": [], "language": "en", "role": "main", "published": "2024-02-01",
//!          "evidence": [{"start": 0, "end": 52}]}
//!       ]
//!     },
//!     "branches.national_guard": {"best": 30, "low": 30, "high": 30, "approx": null,
//!                                 "conflict": false, "corrected": false, "claims": ["…"]}
//!   },
//!   "mediators": [{"value": "AE", "documents": ["3f2a…"]}],
//!   "sources": [{"value": "zelensky", "documents": ["3f2a…"]}],
//!   "branches_mentioned": [{"value": "navy", "documents": ["9c01…"]}],
//!   "dates": [{"value": "2024-01-31", "documents": ["3f2a…", "9c01…"]}],
//!   "conflict": false
//! }
//! ```
//!
//! * `figures` is keyed by report-v1 field name: the Count fields
//!   (`to_ukraine`, `to_russia`, `military`, `civilians`, `officers`,
//!   `enlisted`, `women`, `wounded`, `cumulative_exchanges`,
//!   `cumulative_to_ukraine`), `branches.<branch>`, `ordinal`, `oldest`,
//!   `youngest`. Only figures some claim (or a correction) fills are present.
//! * `low`/`high` as UCDP: an exact `v` bounds `[v, v]`, "over N" `[N, none]`,
//!   "under N" `[none, N]`, "about N" `[N, N]`; the figure's bounds are the
//!   widest the claims allow (null = unbounded). A correction outside them
//!   widens them.
//! * `best` prefers, in order: main-role claims from reports that cite an
//!   official source (a report-v1 source key, which includes a document from
//!   such a channel: the extractor reads the channel's name from the front
//!   matter), then other main-role claims, then background ones with and
//!   without a source; within a tier an exact value over an approximate one;
//!   then the value most documents give; then the smaller value. An analyst's
//!   correction wins over all (`corrected: true`).
//! * `conflict` is true when two exact claims disagree, or any two claims'
//!   bounds do not overlap ("over 200" and 207 agree; 207 and 206 do not;
//!   "over 300" and 207 do not). "About N" counts as `[N - 10%, N + 10%]` for
//!   this test only. A correction does not clear the flag: the disagreement
//!   stays visible.
//! * Fields beyond issue 5's list: `published` and `evidence` of a claim,
//!   `mediators`/`sources`/`branches_mentioned`/`dates` as sets whose every
//!   element keeps its documents, and `conflict` of the event (any figure).
//!   `agreement` names the deal an event is a stage of ("1000-for-1000"), when a
//!   report says so; the figures `agreement` and `stage` keep the claims behind it.
//!
//! # Use
//!
//! ```
//! use swapledger_ingest::{Document, Metadata};
//! use swapledger_ledger::{EventFilter, Ledger};
//!
//! let mut ledger = Ledger::open_in_memory()?;
//! let doc = Document {
//!     path: "a.txt".into(),
//!     body: "Сьогодні відбувся обмін полоненими. Додому повернулися 75 наших людей.".into(),
//!     meta: Metadata {
//!         published: chrono::NaiveDate::from_ymd_opt(2024, 5, 31),
//!         ..Metadata::default()
//!     },
//! };
//! ledger.ingest_document(&doc)?;
//! ledger.reconcile()?;
//! let answer = ledger.events(&EventFilter::default(), None)?;
//! assert_eq!(answer.value[0].id, "2024-05-31-exchange");
//! assert_eq!(answer.value[0].best("to_ukraine"), Some(75));
//! # Ok::<(), swapledger_ledger::LedgerError>(())
//! ```
//!
//! # How queries are answered
//!
//! * Without as-of, on a reconciled store: from the `events` table (the event
//!   JSON as stored). [`Ledger::event_list`] reads a second copy without the
//!   claims (and without the set members' documents), which is what a list or
//!   table needs: ~1,000 events with ~570k claims take 13–25 ms instead of
//!   0.2–0.5 s.
//! * As of a date, or before [`Ledger::reconcile`] ran: reconciliation is
//!   local in time (an event depends on the report events dated within three
//!   days of it, and on undated ones only through its ordinal), so only the
//!   claims of those report events, published by the date, are loaded and
//!   reconciled (`report_events`, indexed by kind and date). On a reconciled
//!   store, events on days that nothing published after the date touches are
//!   read from the table (`event_days` keeps each day's latest publication).
//!   The answers equal reconciling every claim in memory (property-tested).
//!   The whole timeline as of a date therefore costs what the days touched
//!   since then cost.
//!
//! A [`Ledger`] holds one SQLite connection (WAL): it is `Send`, not `Sync`;
//! a server opens one per worker. Writers are serialized by SQLite; readers
//! see the last committed state.
#![deny(missing_docs)]

mod error;
mod model;
pub mod reconcile;
mod schema;
mod store;
mod window;

pub use error::{LedgerError, Result};
pub use model::{
    parse_approx, Answer, BatchSummary, ClaimRef, ClaimRole, Correction, CountValue, EventCheck,
    EventFilter, Figure, IngestOutcome, LedgerEvent, ListItem, ReconcileSummary, SearchHit,
    SeriesPoint, SpanRef, Stats, StoredDocument, StoredSighting,
};
pub use schema::SCHEMA_VERSION;
pub use store::{extract_document, IngestItem, Ledger, NewCorrection};

/// Whether `field` names a figure of a ledger event (report-v1 count field,
/// `branches.<branch>`, `ordinal`, `oldest`, `youngest`).
pub fn is_figure_field(field: &str) -> bool {
    swapledger_extract::report::COUNT_FIELDS.contains(&field)
        || matches!(field, "ordinal" | "oldest" | "youngest")
        || field
            .strip_prefix("branches.")
            .is_some_and(|b| swapledger_extract::report::BRANCHES.contains(&b))
}
