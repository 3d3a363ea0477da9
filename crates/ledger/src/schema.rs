//! Versioned migrations of the SQLite schema.
//!
//! `schema_version` holds one row per applied migration. Migration N is the
//! SQL constant `MIGRATIONS[N - 1]`; the pending ones are applied, each with
//! its row, in one transaction.
//! A database whose version is newer than [`SCHEMA_VERSION`] is refused; an
//! older one is migrated forward on open. A released version's SQL is never
//! edited: a change is a new migration (the frozen v1 fixture under
//! `tests/data/` checks that v1 files stay readable).

use rusqlite::{Connection, OptionalExtension, TransactionBehavior};

use crate::error::{LedgerError, Result};

/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = 3;

/// Migration 1: documents, sightings, FTS5, reports, claims, events, corrections.
const V1: &str = r#"
CREATE TABLE documents (
    id          TEXT PRIMARY KEY,      -- SHA-256 hex of the body
    body        TEXT NOT NULL,
    language    TEXT,
    published   TEXT,                  -- YYYY-MM-DD
    source      TEXT,
    url         TEXT,
    first_path  TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX documents_published ON documents(published);

CREATE TABLE sightings (
    document_id TEXT NOT NULL REFERENCES documents(id),
    path        TEXT NOT NULL,
    url         TEXT,
    source      TEXT,
    published   TEXT,
    PRIMARY KEY (document_id, path)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE documents_fts USING fts5(
    body, content='documents', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2'
);

CREATE TABLE reports (
    id                INTEGER PRIMARY KEY,
    document_id       TEXT NOT NULL REFERENCES documents(id),
    extractor_version TEXT NOT NULL,
    current           INTEGER NOT NULL,
    json              TEXT NOT NULL,   -- the swapledger.report/1 JSON
    created_at        TEXT NOT NULL,
    UNIQUE (document_id, extractor_version)
);
CREATE INDEX reports_current ON reports(document_id) WHERE current = 1;

-- One fact of one event of one report. Counts, ordinals and ages are in
-- value/approx; kind, date and set members (mediators, sources,
-- branches_mentioned) in text.
CREATE TABLE claims (
    id          INTEGER PRIMARY KEY,
    report_id   INTEGER NOT NULL REFERENCES reports(id),
    event_index INTEGER NOT NULL,
    role        TEXT NOT NULL,         -- main | background
    field       TEXT NOT NULL,         -- kind, date, to_ukraine, branches.sbu, mediators, ...
    value       INTEGER,
    approx      TEXT,                  -- over | about | under | NULL
    text        TEXT,
    evidence    TEXT NOT NULL          -- JSON [[start, end], ...]
);
CREATE INDEX claims_report ON claims(report_id, event_index);

-- Reconciled events (derived: rebuilt by reconciliation, corrections applied on read).
CREATE TABLE events (
    id         TEXT PRIMARY KEY,
    kind       TEXT NOT NULL,
    date       TEXT NOT NULL,
    ordinal    INTEGER,
    conflict   INTEGER NOT NULL,
    to_ukraine INTEGER,
    to_russia  INTEGER,
    documents  INTEGER NOT NULL,
    json       TEXT NOT NULL
);
CREATE INDEX events_date ON events(date);

-- The audit log: append-only.
CREATE TABLE corrections (
    seq      INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL,
    field    TEXT NOT NULL,
    value    TEXT NOT NULL,            -- report-v1 Count JSON
    old      TEXT,                     -- Count JSON of the best value before, or NULL
    note     TEXT NOT NULL,
    by       TEXT NOT NULL,
    at       TEXT NOT NULL             -- UTC RFC 3339
);
CREATE INDEX corrections_event ON corrections(event_id);
CREATE TRIGGER corrections_no_update BEFORE UPDATE ON corrections
BEGIN SELECT RAISE(ABORT, 'corrections are append-only'); END;
CREATE TRIGGER corrections_no_delete BEFORE DELETE ON corrections
BEGIN SELECT RAISE(ABORT, 'corrections are append-only'); END;

-- Flags: 'dirty' = claims changed since the last reconciliation.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"#;

/// Migration 2: the window keys of as-of and date-filtered queries, and the
/// events' JSON without claims for list queries.
///
/// * `report_events`: one row per event of a report (kind, the date the
///   report gives, its ordinal, the document's publication date), so a query
///   loads only the claims of report events dated within a few days of the
///   events it answers for, published by the as-of date.
/// * `event_days`: per kind and day, the latest and the earliest publication
///   date of any report event dated that day (`9999-12-31` for an undated
///   document): the days an as-of answer may differ from the reconciled
///   `events` table on, and the last day with anything published by a date.
///   Only ever widened (a superset: a day wrongly marked is recomputed, not
///   changed).
/// * `reports_current` is dropped (the unique index on `document_id` serves).
/// * `events.brief`: the event JSON for lists: every figure's `claims` and
///   the set members' `documents` empty.
const V2: &str = r#"
CREATE TABLE report_events (
    report_id   INTEGER NOT NULL REFERENCES reports(id),
    event_index INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    event_date  TEXT,                  -- YYYY-MM-DD, NULL when the report gives none
    ordinal     INTEGER,
    published   TEXT,                  -- the document's publication date
    PRIMARY KEY (report_id, event_index)
) WITHOUT ROWID;
CREATE INDEX report_events_date ON report_events(kind, event_date, published);
CREATE INDEX report_events_ordinal ON report_events(ordinal, kind) WHERE ordinal IS NOT NULL;
CREATE INDEX report_events_undated ON report_events(kind, ordinal) WHERE event_date IS NULL;

CREATE TABLE event_days (
    kind   TEXT NOT NULL,
    day    TEXT NOT NULL,
    latest   TEXT NOT NULL,            -- max publication date ('9999-12-31': undated)
    earliest TEXT NOT NULL,            -- min publication date ('9999-12-31': undated)
    PRIMARY KEY (kind, day)
) WITHOUT ROWID;

INSERT INTO report_events (report_id, event_index, kind, event_date, ordinal, published)
SELECT c.report_id, c.event_index,
       COALESCE(MAX(CASE WHEN c.field = 'kind' THEN c.text END), 'exchange'),
       MAX(CASE WHEN c.field = 'date' THEN c.text END),
       MAX(CASE WHEN c.field = 'ordinal' THEN c.value END),
       d.published
FROM claims c
JOIN reports r ON r.id = c.report_id
JOIN documents d ON d.id = r.document_id
GROUP BY c.report_id, c.event_index;

INSERT INTO event_days (kind, day, latest, earliest)
SELECT kind, event_date, MAX(COALESCE(published, '9999-12-31')), MIN(COALESCE(published, '9999-12-31'))
FROM report_events WHERE event_date IS NOT NULL
GROUP BY kind, event_date;

-- Lookups by document use the UNIQUE (document_id, extractor_version) index;
-- this one only cost a random-key insert per document.
DROP INDEX reports_current;

ALTER TABLE events ADD COLUMN brief TEXT;  -- NULL until the next reconciliation: read the json then
"#;

/// Migration 3: a report event's claims without index lookups. `doc_rowid`
/// is its document's rowid; `first_claim ..= last_claim` the range of claim
/// ids holding its claims (they are written together, so the range is tight;
/// readers still check `report_id` and `event_index`).
const V3: &str = r#"
ALTER TABLE report_events ADD COLUMN doc_rowid INTEGER;
ALTER TABLE report_events ADD COLUMN first_claim INTEGER;
ALTER TABLE report_events ADD COLUMN last_claim INTEGER;
UPDATE report_events SET
    doc_rowid = (SELECT d.rowid FROM reports r JOIN documents d ON d.id = r.document_id
                 WHERE r.id = report_events.report_id),
    first_claim = (SELECT MIN(c.id) FROM claims c WHERE c.report_id = report_events.report_id
                   AND c.event_index = report_events.event_index),
    last_claim = (SELECT MAX(c.id) FROM claims c WHERE c.report_id = report_events.report_id
                  AND c.event_index = report_events.event_index);
"#;

/// Every migration, in order: index 0 is version 1.
const MIGRATIONS: &[&str] = &[V1, V2, V3];

/// The version of an open database (0 for a new file).
pub(crate) fn version(conn: &Connection) -> Result<u32> {
    let has: Option<String> = conn
        .query_row(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'",
            [],
            |r| r.get(0),
        )
        .optional()?;
    if has.is_none() {
        return Ok(0);
    }
    let v: Option<u32> =
        conn.query_row("SELECT MAX(version) FROM schema_version", [], |r| r.get(0))?;
    Ok(v.unwrap_or(0))
}

/// Bring the database to [`SCHEMA_VERSION`]: every pending migration in one
/// IMMEDIATE transaction, the version read again once the write lock is held,
/// so two processes opening a new file at once never both migrate it (the
/// second waits, then finds it current).
pub(crate) fn migrate(conn: &mut Connection) -> Result<u32> {
    let found = version(conn)?;
    if found > SCHEMA_VERSION {
        return Err(LedgerError::SchemaTooNew {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    if found == SCHEMA_VERSION {
        return Ok(SCHEMA_VERSION);
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let found = version(&tx)?;
    if found > SCHEMA_VERSION {
        return Err(LedgerError::SchemaTooNew {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    for v in found + 1..=SCHEMA_VERSION {
        tx.execute_batch(
            "CREATE TABLE IF NOT EXISTS schema_version (
                version    INTEGER PRIMARY KEY,
                applied_at TEXT NOT NULL
            );",
        )?;
        tx.execute_batch(MIGRATIONS[(v - 1) as usize])?;
        tx.execute(
            "INSERT INTO schema_version (version, applied_at) VALUES (?1, ?2)",
            rusqlite::params![v, crate::store::now()],
        )?;
    }
    tx.commit()?;
    Ok(SCHEMA_VERSION)
}
