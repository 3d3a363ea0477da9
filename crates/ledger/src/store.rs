//! The SQLite store: opening (WAL, migrations), ingesting documents in
//! batched transactions, reconciling, queries with as-of, corrections.
//!
//! Ingest writes documents, sightings, reports and claims and marks the store
//! *dirty*; [`Ledger::reconcile`] rebuilds the `events` table from the claims
//! of current reports in one transaction and clears the mark. A query on a
//! dirty store (an ingest that was interrupted, or a caller that did not
//! reconcile yet) reconciles in memory instead of reading `events`, so answers
//! are never stale. Corrections are laid over events when they are read.

use std::collections::HashSet;
use std::path::Path;

use chrono::{Days, NaiveDate, Utc};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use swapledger_extract::report::COUNT_FIELDS;
use swapledger_extract::{extract, Input, Kind, Report, EXTRACTOR_VERSION};
use swapledger_ingest::Document;
use swapledger_text::{Lang, Span};

use crate::error::{LedgerError, Result};
use crate::model::{
    parse_approx, Answer, BatchSummary, Correction, CountValue, EventFilter, IngestOutcome,
    LedgerEvent, ReconcileSummary, SearchHit, SeriesPoint, Stats, StoredDocument, StoredSighting,
};
use crate::model::{ClaimRole, SpanRef};
use crate::reconcile::{
    self, apply_corrections, DocMeta, FigureClaim, ListClaim, ListName, ReportClaims, ReportEvent,
};
use crate::schema;
use crate::window::{brief_of, parse_event_id, strip_claims, Detail};

/// The current time as stored in the audit log (UTC, RFC 3339, microseconds).
pub(crate) fn now() -> String {
    Utc::now().format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string()
}

pub(crate) fn date_str(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

pub(crate) fn parse_date(s: Option<String>) -> Option<NaiveDate> {
    s.and_then(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok())
}

/// One document to ingest, with its report when the caller already extracted it.
#[derive(Debug, Clone)]
pub struct IngestItem {
    /// The document.
    pub document: Document,
    /// Its report; `None` to let the ledger extract it (only done for a new document).
    pub report: Option<Report>,
}

/// An analyst's correction to make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCorrection {
    /// Event id.
    pub event: String,
    /// Figure (report-v1 field name).
    pub field: String,
    /// The value.
    pub value: CountValue,
    /// Why (required).
    pub note: String,
    /// Who.
    pub by: String,
}

/// Extract a document's report with its own metadata (what ingest does).
pub fn extract_document(doc: &Document) -> Report {
    extract(&Input {
        body: &doc.body,
        language: doc.meta.language.as_deref().and_then(Lang::from_code),
        published: doc.meta.published,
        source: doc.meta.source.as_deref(),
        url: doc.meta.url.as_deref(),
        path: Some(&doc.path),
    })
}

/// The ledger: one SQLite connection.
#[derive(Debug)]
pub struct Ledger {
    pub(crate) conn: Connection,
}

fn spans_text(s: &[Span]) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(2 + s.len() * 12);
    out.push('[');
    for (i, s) in s.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let _ = write!(out, "[{},{}]", s.start, s.end);
    }
    out.push(']');
    out
}

fn parse_spans(s: &str) -> Vec<SpanRef> {
    let mut nums = Vec::new();
    let mut cur: Option<usize> = None;
    for b in s.bytes() {
        if b.is_ascii_digit() {
            cur = Some(cur.unwrap_or(0) * 10 + (b - b'0') as usize);
        } else if let Some(n) = cur.take() {
            nums.push(n);
        }
    }
    if let Some(n) = cur {
        nums.push(n);
    }
    nums.chunks_exact(2)
        .map(|p| SpanRef {
            start: p[0],
            end: p[1],
        })
        .collect()
}

/// Write a report (current; the document's other reports no longer are,
/// unless `new_document`, which has none) and its claims; returns the number
/// of claims.
fn insert_report(
    tx: &Transaction<'_>,
    doc_id: &str,
    doc: DocKeys<'_>,
    report: &Report,
    new_document: bool,
    at: &str,
) -> Result<(i64, usize)> {
    if !new_document {
        tx.prepare_cached("UPDATE reports SET current = 0 WHERE document_id = ?1 AND current = 1")?
            .execute([doc_id])?;
    }
    tx.prepare_cached(
        "INSERT INTO reports (document_id, extractor_version, current, json, created_at)
         VALUES (?1, ?2, 1, ?3, ?4)",
    )?
    .execute(params![
        doc_id,
        EXTRACTOR_VERSION,
        report.to_json().to_string(),
        at
    ])?;
    let rid = tx.last_insert_rowid();
    let n = insert_claims(tx, rid, doc, report)?;
    Ok((rid, n))
}

/// The publication date an undated document counts as in `event_days`.
const UNDATED_LATEST: &str = "9999-12-31";

/// What `report_events` copies from a report's document.
#[derive(Debug, Clone, Copy)]
struct DocKeys<'a> {
    /// `documents.rowid`.
    rowid: i64,
    /// `documents.published`.
    published: Option<&'a str>,
}

fn insert_claims(
    tx: &Transaction<'_>,
    rid: i64,
    doc: DocKeys<'_>,
    report: &Report,
) -> Result<usize> {
    let published = doc.published;
    let mut st = tx.prepare_cached(
        "INSERT INTO claims (report_id, event_index, role, field, value, approx, text, evidence)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    let mut re = tx.prepare_cached(
        "INSERT INTO report_events (report_id, event_index, kind, event_date, ordinal, published,
                                    doc_rowid, first_claim, last_claim)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    let mut day = tx.prepare_cached(
        "INSERT INTO event_days (kind, day, latest, earliest) VALUES (?1, ?2, ?3, ?3)
         ON CONFLICT(kind, day) DO UPDATE SET latest = MAX(latest, excluded.latest),
                                              earliest = MIN(earliest, excluded.earliest)",
    )?;
    let mut n = 0;
    for (i, e) in report.events.iter().enumerate() {
        let role = e.role.as_str();
        let event_date = e.date.as_ref().map(|d| date_str(d.value));
        if let Some(d) = &event_date {
            day.execute(params![
                e.kind.value.as_str(),
                d,
                published.unwrap_or(UNDATED_LATEST)
            ])?;
        }
        let (mut first, mut last): (Option<i64>, Option<i64>) = (None, None);
        let mut put = |field: &str,
                       value: Option<u64>,
                       approx: Option<&str>,
                       text: Option<&str>,
                       ev: &[Span]|
         -> Result<()> {
            st.execute(params![
                rid,
                i as i64,
                role,
                field,
                value.map(|v| v as i64),
                approx,
                text,
                spans_text(ev)
            ])?;
            let id = tx.last_insert_rowid();
            first.get_or_insert(id);
            last = Some(id);
            n += 1;
            Ok(())
        };
        put(
            "kind",
            None,
            None,
            Some(e.kind.value.as_str()),
            &e.kind.evidence,
        )?;
        if let (Some(d), Some(ds)) = (&e.date, &event_date) {
            put("date", None, None, Some(ds), &d.evidence)?;
        }
        if let Some(o) = &e.ordinal {
            put("ordinal", Some(o.value), None, None, &o.evidence)?;
        }
        for name in COUNT_FIELDS {
            if let Some(c) = e.counts.get(name) {
                put(
                    name,
                    Some(c.value.value),
                    c.value.approx.map(|a| a.as_str()),
                    None,
                    &c.evidence,
                )?;
            }
        }
        for (b, c) in &e.branches {
            put(
                &format!("branches.{b}"),
                Some(c.value.value),
                c.value.approx.map(|a| a.as_str()),
                None,
                &c.evidence,
            )?;
        }
        if let Some(o) = &e.oldest {
            put("oldest", Some(o.value), None, None, &o.evidence)?;
        }
        if let Some(y) = &e.youngest {
            put("youngest", Some(y.value), None, None, &y.evidence)?;
        }
        // A stage of a deal carried out in stages (report extension `agreement`).
        if let Some(a) = &e.agreement {
            put("agreement", Some(a.value), None, None, &a.evidence)?;
        }
        if let Some(s) = &e.stage {
            put("stage", Some(s.value), None, None, &s.evidence)?;
        }
        for (name, set) in [
            ("mediators", &e.mediators),
            ("sources", &e.sources),
            ("branches_mentioned", &e.branches_mentioned),
        ] {
            for (k, f) in set {
                put(name, None, None, Some(k), &f.evidence)?;
            }
        }
        re.execute(params![
            rid,
            i as i64,
            e.kind.value.as_str(),
            event_date,
            e.ordinal.as_ref().map(|o| o.value as i64),
            published,
            doc.rowid,
            first,
            last
        ])?;
    }
    Ok(n)
}

/// The claim columns (7: field, 8: value, 9: approx, 10: text, 11: evidence) of
/// a row of [`CLAIM_COLUMNS`] laid into its report event.
pub(crate) fn apply_claim_row(ev: &mut ReportEvent, r: &rusqlite::Row<'_>) -> Result<()> {
    let field: String = r.get(7)?;
    match field.as_str() {
        "kind" => {
            let t: Option<String> = r.get(10)?;
            let t = t.unwrap_or_default();
            ev.kind = Kind::parse(&t)
                .ok_or_else(|| LedgerError::Corrupt(format!("unknown kind {t:?}")))?;
        }
        "date" => ev.date = parse_date(r.get(10)?),
        _ => {
            if let Some(list) = ListName::parse(&field) {
                let text: Option<String> = r.get(10)?;
                ev.lists.push(ListClaim {
                    list,
                    value: text.unwrap_or_default(),
                });
            } else {
                let value: Option<i64> = r.get(8)?;
                let v = value.ok_or_else(|| {
                    LedgerError::Corrupt(format!("claim {field} without a value"))
                })?;
                let approx: Option<String> = r.get(9)?;
                let ev_text: String = r.get(11)?;
                ev.figures.push(FigureClaim {
                    field,
                    value: CountValue(swapledger_extract::Count {
                        value: v as u64,
                        approx: approx.as_deref().and_then(parse_approx),
                    }),
                    evidence: parse_spans(&ev_text),
                });
            }
        }
    }
    Ok(())
}

/// The columns every claim loader selects, in the order [`apply_claim_row`] reads.
pub(crate) const CLAIM_COLUMNS: &str =
    "d.id, d.source, d.language, d.published, c.report_id, c.event_index,
     c.role, c.field, c.value, c.approx, c.text, c.evidence";

fn set_dirty(tx: &Transaction<'_>, dirty: bool) -> Result<()> {
    tx.execute(
        "INSERT INTO meta (key, value) VALUES ('dirty', ?1)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [if dirty { "1" } else { "0" }],
    )?;
    Ok(())
}

fn end_of_day(d: NaiveDate) -> String {
    // Corrections made up to the end of the day (UTC): strictly before the next midnight.
    let next = d.checked_add_days(Days::new(1)).unwrap_or(d);
    format!("{}T00:00:00", date_str(next))
}

impl Ledger {
    /// Open (or create) a ledger file: WAL, foreign keys, migrations to [`crate::SCHEMA_VERSION`].
    pub fn open(path: impl AsRef<Path>) -> Result<Ledger> {
        let conn = Connection::open(path)?;
        Self::setup(conn)
    }

    /// A ledger in memory (tests, examples).
    pub fn open_in_memory() -> Result<Ledger> {
        Self::setup(Connection::open_in_memory()?)
    }

    fn setup(mut conn: Connection) -> Result<Ledger> {
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        // Switching a new file to WAL takes an exclusive lock and SQLite
        // answers BUSY at once (not through the busy handler) while another
        // connection opens the same new file: retry for the busy timeout.
        let start = std::time::Instant::now();
        loop {
            match conn.pragma_update(None, "journal_mode", "WAL") {
                Err(rusqlite::Error::SqliteFailure(e, _))
                    if e.code == rusqlite::ErrorCode::DatabaseBusy
                        && start.elapsed() < std::time::Duration::from_secs(30) =>
                {
                    std::thread::sleep(std::time::Duration::from_millis(5));
                }
                r => break r?,
            }
        }
        // NORMAL under WAL: a commit is durable once the WAL is synced at a
        // checkpoint; a crash (or power loss) can lose the last transactions
        // but never corrupts the file or leaves half a batch (each batch is one
        // transaction, and a rerun re-ingests what was lost).
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        // 64 MiB of page cache per connection and reads through mmap: the
        // random-key indexes (document ids) and window queries stop paging
        // through read(2) on a big ledger.
        conn.pragma_update(None, "cache_size", -65536)?;
        conn.pragma_update(None, "mmap_size", 1i64 << 30)?;
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        // Checkpoint every ~32 MiB of WAL instead of 4 MiB: pages rewritten by
        // consecutive batches (index interiors, FTS segments) are copied back
        // to the database once, not each time.
        conn.pragma_update(None, "wal_autocheckpoint", 8192)?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        schema::migrate(&mut conn)?;
        Ok(Ledger { conn })
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<u32> {
        schema::version(&self.conn)
    }

    /// Run SQLite's integrity check and the ledger's own invariants (every
    /// document has one current report, every claim a report, every report
    /// event a `report_events` row, FTS rows match documents). Returns the
    /// problems found (empty when consistent).
    pub fn check_integrity(&self) -> Result<Vec<String>> {
        let mut problems = Vec::new();
        let ic: String = self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        if ic != "ok" {
            problems.push(format!("integrity_check: {ic}"));
        }
        let q = |sql: &str| -> Result<i64> { Ok(self.conn.query_row(sql, [], |r| r.get(0))?) };
        let n = q("SELECT COUNT(*) FROM documents d WHERE (SELECT COUNT(*) FROM reports r WHERE r.document_id = d.id AND r.current = 1) != 1")?;
        if n > 0 {
            problems.push(format!("{n} documents without exactly one current report"));
        }
        let n = q("SELECT COUNT(*) FROM claims c WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.id = c.report_id)")?;
        if n > 0 {
            problems.push(format!("{n} claims without a report"));
        }
        let n = q("SELECT COUNT(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM sightings s WHERE s.document_id = d.id)")?;
        if n > 0 {
            problems.push(format!("{n} documents without a sighting"));
        }
        let n = q("SELECT COUNT(*) FROM (SELECT DISTINCT report_id, event_index FROM claims) c
                   WHERE NOT EXISTS (SELECT 1 FROM report_events e
                                     WHERE e.report_id = c.report_id AND e.event_index = c.event_index)")?;
        if n > 0 {
            problems.push(format!("{n} report events missing from report_events"));
        }
        let docs = q("SELECT COUNT(*) FROM documents")?;
        let fts = q("SELECT COUNT(*) FROM documents_fts")?;
        if docs != fts {
            problems.push(format!("{docs} documents but {fts} indexed bodies"));
        }
        Ok(problems)
    }

    /// Whether a document (by body id) is stored.
    pub fn contains(&self, document_id: &str) -> Result<bool> {
        Ok(self
            .conn
            .prepare_cached("SELECT 1 FROM documents WHERE id = ?1")?
            .exists([document_id])?)
    }

    /// Ingest one document (extracted here when new) in its own transaction.
    /// Call [`Ledger::reconcile`] afterwards (queries stay right meanwhile).
    pub fn ingest_document(&mut self, doc: &Document) -> Result<IngestOutcome> {
        let mut outcome = IngestOutcome::Unchanged;
        self.ingest_batch_with(
            &[IngestItem {
                document: doc.clone(),
                report: None,
            }],
            |o| outcome = o,
        )?;
        Ok(outcome)
    }

    /// Ingest a batch in one transaction: a new body is stored with its report
    /// (extracted here when the item has none) and claims; a known body gets a
    /// sighting when seen at a new path; nothing else changes (idempotent).
    pub fn ingest_batch(&mut self, items: &[IngestItem]) -> Result<BatchSummary> {
        self.ingest_batch_with(items, |_| {})
    }

    /// As [`Ledger::ingest_batch`], telling the outcome of each item in order.
    pub fn ingest_batch_with(
        &mut self,
        items: &[IngestItem],
        mut each: impl FnMut(IngestOutcome),
    ) -> Result<BatchSummary> {
        let mut sum = BatchSummary::default();
        let at = now();
        let tx = self.conn.transaction()?;
        for item in items {
            let doc = &item.document;
            let id = doc.id();
            let known = tx
                .prepare_cached("SELECT 1 FROM documents WHERE id = ?1")?
                .exists([&id])?;
            let meta = &doc.meta;
            let published = meta.published.map(date_str);
            let outcome = if known {
                let n = tx
                    .prepare_cached(
                        "INSERT OR IGNORE INTO sightings (document_id, path, url, source, published)
                         VALUES (?1, ?2, ?3, ?4, ?5)",
                    )?
                    .execute(params![id, doc.path, meta.url, meta.source, published])?;
                if n > 0 {
                    IngestOutcome::NewSighting
                } else {
                    IngestOutcome::Unchanged
                }
            } else {
                tx.prepare_cached(
                    "INSERT INTO documents (id, body, language, published, source, url, first_path, ingested_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                )?
                .execute(params![
                    id,
                    doc.body,
                    meta.language,
                    published,
                    meta.source,
                    meta.url,
                    doc.path,
                    at
                ])?;
                let rowid = tx.last_insert_rowid();
                tx.prepare_cached("INSERT INTO documents_fts (rowid, body) VALUES (?1, ?2)")?
                    .execute(params![rowid, doc.body])?;
                tx.prepare_cached(
                    "INSERT INTO sightings (document_id, path, url, source, published)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                )?
                .execute(params![
                    id,
                    doc.path,
                    meta.url,
                    meta.source,
                    published
                ])?;
                let owned;
                let report = match &item.report {
                    Some(r) => r,
                    None => {
                        owned = extract_document(doc);
                        &owned
                    }
                };
                let keys = DocKeys {
                    rowid,
                    published: published.as_deref(),
                };
                let (_, n) = insert_report(&tx, &id, keys, report, true, &at)?;
                sum.claims += n;
                IngestOutcome::New
            };
            sum.add(outcome);
            each(outcome);
        }
        if sum.new > 0 {
            set_dirty(&tx, true)?;
        }
        tx.commit()?;
        Ok(sum)
    }

    /// Whether claims changed since the last reconciliation.
    pub fn is_dirty(&self) -> Result<bool> {
        let v: Option<String> = self
            .conn
            .query_row("SELECT value FROM meta WHERE key = 'dirty'", [], |r| {
                r.get(0)
            })
            .optional()?;
        Ok(v.as_deref() == Some("1"))
    }

    /// Load the claims of current reports, grouped by report; with `as_of`, only
    /// documents published up to that day. Also returns how many undated
    /// documents were left out.
    pub fn load_claims(&self, as_of: Option<NaiveDate>) -> Result<(Vec<ReportClaims>, usize)> {
        let base = "SELECT d.id, d.source, d.language, d.published, c.report_id, c.event_index,
                           c.role, c.field, c.value, c.approx, c.text, c.evidence
                    FROM claims c
                    JOIN reports r ON r.id = c.report_id AND r.current = 1
                    JOIN documents d ON d.id = r.document_id";
        let sql = match as_of {
            None => format!("{base} ORDER BY c.report_id, c.event_index, c.id"),
            Some(_) => format!(
                "{base} WHERE d.published IS NOT NULL AND d.published <= ?1
                 ORDER BY c.report_id, c.event_index, c.id"
            ),
        };
        let mut st = self.conn.prepare(&sql)?;
        let mut rows = match as_of {
            None => st.query([])?,
            Some(d) => st.query([date_str(d)])?,
        };
        let mut out: Vec<ReportClaims> = Vec::new();
        let mut last_report: Option<i64> = None;
        let mut last_event: Option<i64> = None;
        while let Some(r) = rows.next()? {
            let rid: i64 = r.get(4)?;
            let idx: i64 = r.get(5)?;
            if last_report != Some(rid) {
                out.push(ReportClaims {
                    document: DocMeta {
                        id: r.get(0)?,
                        source: r.get(1)?,
                        language: r.get(2)?,
                        published: parse_date(r.get(3)?),
                    },
                    events: Vec::new(),
                });
                last_report = Some(rid);
                last_event = None;
            }
            let rc = out.last_mut().expect("pushed");
            if last_event != Some(idx) {
                let role: String = r.get(6)?;
                rc.events.push(ReportEvent {
                    index: idx as u32,
                    role: if role == "main" {
                        ClaimRole::Main
                    } else {
                        ClaimRole::Background
                    },
                    kind: Kind::Exchange,
                    date: None,
                    figures: Vec::new(),
                    lists: Vec::new(),
                });
                last_event = Some(idx);
            }
            let ev = rc.events.last_mut().expect("pushed");
            apply_claim_row(ev, r)?;
        }
        let undated = match as_of {
            None => 0,
            Some(_) => self.conn.query_row(
                "SELECT COUNT(*) FROM documents WHERE published IS NULL",
                [],
                |r| r.get::<_, i64>(0),
            )? as usize,
        };
        Ok((out, undated))
    }

    /// Rebuild the `events` table from the claims of current reports, in one
    /// transaction, and clear the dirty mark.
    pub fn reconcile(&mut self) -> Result<ReconcileSummary> {
        let (claims, _) = self.load_claims(None)?;
        let rec = reconcile::reconcile(&claims);
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM events", [])?;
        {
            let mut st = tx.prepare_cached(
                "INSERT INTO events (id, kind, date, ordinal, conflict, to_ukraine, to_russia, documents, json, brief)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?;
            for e in &rec.events {
                let brief = brief_of(e);
                st.execute(params![
                    e.id,
                    e.kind.as_str(),
                    date_str(e.date),
                    e.ordinal.map(|o| o as i64),
                    e.conflict,
                    e.best("to_ukraine").map(|v| v as i64),
                    e.best("to_russia").map(|v| v as i64),
                    e.documents.len() as i64,
                    serde_json::to_string(e)?,
                    serde_json::to_string(&brief)?
                ])?;
            }
        }
        set_dirty(&tx, false)?;
        tx.commit()?;
        let orphaned = self.orphaned_corrections()?.len();
        Ok(ReconcileSummary {
            events: rec.events.len(),
            conflicts: rec.events.iter().filter(|e| e.conflict).count(),
            unplaced: rec.unplaced,
            orphaned_corrections: orphaned,
        })
    }

    pub(crate) fn corrections_up_to(&self, as_of: Option<NaiveDate>) -> Result<Vec<Correction>> {
        let all = self.corrections()?;
        Ok(match as_of {
            None => all,
            Some(d) => {
                let end = end_of_day(d);
                all.into_iter().filter(|c| c.at < end).collect()
            }
        })
    }

    /// How many documents have no publication date (left out of as-of answers).
    fn undated_documents(&self) -> Result<usize> {
        Ok(self
            .conn
            .prepare_cached("SELECT COUNT(*) FROM documents WHERE published IS NULL")?
            .query_row([], |r| r.get::<_, i64>(0))? as usize)
    }

    /// Events without corrections: from the table, or, as of a date or on a
    /// store not reconciled yet, reconciled from the windows that decide them
    /// (see `window.rs`).
    fn raw_events(
        &self,
        filter: &EventFilter,
        as_of: Option<NaiveDate>,
        detail: Detail,
    ) -> Result<(Vec<LedgerEvent>, usize)> {
        let dirty = self.is_dirty()?;
        if as_of.is_some() || dirty {
            let events = self.windowed_events(filter, as_of, dirty, detail)?;
            let undated = match as_of {
                None => 0,
                Some(_) => self.undated_documents()?,
            };
            return Ok((events, undated));
        }
        let col = match detail {
            Detail::Full => "json",
            Detail::Brief => "COALESCE(brief, json)",
        };
        let mut sql = format!("SELECT {col} FROM events WHERE 1 = 1");
        let mut args: Vec<String> = Vec::new();
        if let Some(f) = filter.from {
            args.push(date_str(f));
            sql.push_str(&format!(" AND date >= ?{}", args.len()));
        }
        if let Some(t) = filter.to {
            args.push(date_str(t));
            sql.push_str(&format!(" AND date <= ?{}", args.len()));
        }
        if let Some(k) = filter.kind {
            args.push(k.as_str().to_string());
            sql.push_str(&format!(" AND kind = ?{}", args.len()));
        }
        if filter.conflicts_only {
            sql.push_str(" AND conflict = 1");
        }
        sql.push_str(" ORDER BY date, kind, id");
        let mut st = self.conn.prepare_cached(&sql)?;
        let mut rows = st.query(rusqlite::params_from_iter(args.iter()))?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let j = r.get_ref(0)?.as_str().map_err(rusqlite::Error::from)?;
            let mut e: LedgerEvent = serde_json::from_str(j)?;
            if detail == Detail::Brief {
                strip_claims(&mut e);
            }
            out.push(e);
        }
        Ok((out, 0))
    }

    /// The events that pass `filter`, as known from documents published up to
    /// `as_of` (and corrections made up to its end), corrections applied.
    pub fn events(
        &self,
        filter: &EventFilter,
        as_of: Option<NaiveDate>,
    ) -> Result<Answer<Vec<LedgerEvent>>> {
        self.events_with(filter, as_of, Detail::Full)
    }

    /// As [`Ledger::events`], for lists and tables: every figure's `claims`
    /// and the `documents` of each member of `mediators`, `sources`,
    /// `branches_mentioned` and `dates` are left empty; everything else (the
    /// event's `documents`, each figure's best, low, high, approx, conflict and
    /// corrected, checks) is as `events` gives it. Much faster on a big
    /// ledger; [`Ledger::event`] and [`Ledger::events`] give the claims.
    pub fn event_list(
        &self,
        filter: &EventFilter,
        as_of: Option<NaiveDate>,
    ) -> Result<Answer<Vec<LedgerEvent>>> {
        self.events_with(filter, as_of, Detail::Brief)
    }

    fn events_with(
        &self,
        filter: &EventFilter,
        as_of: Option<NaiveDate>,
        detail: Detail,
    ) -> Result<Answer<Vec<LedgerEvent>>> {
        let (mut events, undated) = self.raw_events(filter, as_of, detail)?;
        let corrections = self.corrections_up_to(as_of)?;
        if !corrections.is_empty() {
            for e in &mut events {
                apply_corrections(e, &corrections);
            }
        }
        Ok(Answer {
            value: events,
            as_of,
            undated_left_out: undated,
        })
    }

    /// One event by id (as of a date), corrections applied; `None` when there is no such event.
    pub fn event(&self, id: &str, as_of: Option<NaiveDate>) -> Result<Answer<Option<LedgerEvent>>> {
        let (found, undated) = if as_of.is_none() && !self.is_dirty()? {
            let j: Option<String> = self
                .conn
                .prepare_cached("SELECT json FROM events WHERE id = ?1")?
                .query_row([id], |r| r.get(0))
                .optional()?;
            (j.map(|j| serde_json::from_str(&j)).transpose()?, 0)
        } else if let Some((date, kind)) = parse_event_id(id) {
            let filter = EventFilter {
                from: Some(date),
                to: Some(date),
                kind: Some(kind),
                conflicts_only: false,
            };
            let (events, undated) = self.raw_events(&filter, as_of, Detail::Full)?;
            (events.into_iter().find(|e| e.id == id), undated)
        } else {
            let undated = match as_of {
                None => 0,
                Some(_) => self.undated_documents()?,
            };
            (None, undated)
        };
        let found = match found {
            None => None,
            Some(mut e) => {
                let cs: Vec<Correction> = self
                    .history(id)?
                    .into_iter()
                    .filter(|c| as_of.is_none_or(|d| c.at < end_of_day(d)))
                    .collect();
                apply_corrections(&mut e, &cs);
                Some(e)
            }
        };
        Ok(Answer {
            value: found,
            as_of,
            undated_left_out: undated,
        })
    }

    /// People returned per exchange or release, with running totals, by date.
    pub fn series(&self, as_of: Option<NaiveDate>) -> Result<Answer<Vec<SeriesPoint>>> {
        let dirty = self.is_dirty()?;
        if as_of.is_none() && !dirty {
            return self.series_from_table();
        }
        if let (Some(a), false) = (as_of, dirty) {
            let corrections = self.corrections_up_to(as_of)?;
            return Ok(Answer {
                value: self.series_as_of(a, &corrections)?,
                as_of,
                undated_left_out: self.undated_documents()?,
            });
        }
        let ans = self.event_list(&EventFilter::default(), as_of)?;
        let mut cu = 0;
        let mut cr = 0;
        let mut points = Vec::new();
        for e in &ans.value {
            if !matches!(e.kind, Kind::Exchange | Kind::Release) {
                continue;
            }
            let u = e.best("to_ukraine").unwrap_or(0);
            let r = e.best("to_russia").unwrap_or(0);
            cu += u;
            cr += r;
            points.push(SeriesPoint {
                event: e.id.clone(),
                date: e.date,
                kind: e.kind,
                to_ukraine: u,
                to_russia: r,
                cumulative_to_ukraine: cu,
                cumulative_to_russia: cr,
            });
        }
        Ok(Answer {
            value: points,
            as_of: ans.as_of,
            undated_left_out: ans.undated_left_out,
        })
    }

    /// The series from the events table's best-figure columns (no JSON parsed),
    /// with the latest correction of `to_ukraine` / `to_russia` laid over.
    fn series_from_table(&self) -> Result<Answer<Vec<SeriesPoint>>> {
        let mut corrected: std::collections::HashMap<(String, String), u64> =
            std::collections::HashMap::new();
        for c in self.corrections()? {
            if c.field == "to_ukraine" || c.field == "to_russia" {
                corrected.insert((c.event, c.field), c.new.value());
            }
        }
        let mut st = self.conn.prepare_cached(
            "SELECT id, kind, date, to_ukraine, to_russia FROM events
             WHERE kind IN ('exchange', 'release') ORDER BY date, kind, id",
        )?;
        let rows = st.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<i64>>(3)?,
                r.get::<_, Option<i64>>(4)?,
            ))
        })?;
        let (mut cu, mut cr) = (0, 0);
        let mut points = Vec::new();
        for row in rows {
            let (id, kind, date, u, r) = row?;
            let pick = |field: &str, v: Option<i64>| {
                corrected
                    .get(&(id.clone(), field.to_string()))
                    .copied()
                    .unwrap_or(v.unwrap_or(0) as u64)
            };
            let u = pick("to_ukraine", u);
            let r = pick("to_russia", r);
            cu += u;
            cr += r;
            points.push(SeriesPoint {
                date: parse_date(Some(date))
                    .ok_or_else(|| LedgerError::Corrupt(format!("event {id} without a date")))?,
                kind: Kind::parse(&kind)
                    .ok_or_else(|| LedgerError::Corrupt(format!("unknown kind {kind:?}")))?,
                event: id,
                to_ukraine: u,
                to_russia: r,
                cumulative_to_ukraine: cu,
                cumulative_to_russia: cr,
            });
        }
        Ok(Answer {
            value: points,
            as_of: None,
            undated_left_out: 0,
        })
    }

    /// A stored document with every sighting.
    pub fn document(&self, id: &str) -> Result<Option<StoredDocument>> {
        let doc = self
            .conn
            .prepare_cached(
                "SELECT id, body, language, published, source, url FROM documents WHERE id = ?1",
            )?
            .query_row([id], |r| {
                Ok(StoredDocument {
                    id: r.get(0)?,
                    body: r.get(1)?,
                    language: r.get(2)?,
                    published: parse_date(r.get(3)?),
                    source: r.get(4)?,
                    url: r.get(5)?,
                    sightings: Vec::new(),
                })
            })
            .optional()?;
        let Some(mut doc) = doc else { return Ok(None) };
        let mut st = self.conn.prepare_cached(
            "SELECT path, url, source, published FROM sightings WHERE document_id = ?1 ORDER BY path",
        )?;
        let rows = st.query_map([id], |r| {
            Ok(StoredSighting {
                path: r.get(0)?,
                url: r.get(1)?,
                source: r.get(2)?,
                published: parse_date(r.get(3)?),
            })
        })?;
        for s in rows {
            doc.sightings.push(s?);
        }
        Ok(Some(doc))
    }

    /// Full-text search over document bodies (FTS5 query syntax), best first.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>> {
        let mut st = self.conn.prepare_cached(
            "SELECT d.id, snippet(documents_fts, 0, '[', ']', '…', 12), documents_fts.rank
             FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
             WHERE documents_fts MATCH ?1 ORDER BY documents_fts.rank LIMIT ?2",
        )?;
        let rows = st.query_map(params![query, limit as i64], |r| {
            Ok(SearchHit {
                document: r.get(0)?,
                snippet: r.get(1)?,
                rank: r.get(2)?,
            })
        });
        let map = |e: rusqlite::Error| match &e {
            // A query FTS5 cannot parse is SQLITE_ERROR with a message.
            rusqlite::Error::SqliteFailure(f, Some(m)) if f.extended_code == 1 => {
                LedgerError::Search(m.clone())
            }
            _ => LedgerError::Sqlite(e),
        };
        let mut out = Vec::new();
        for h in rows.map_err(map)? {
            out.push(h.map_err(map)?);
        }
        Ok(out)
    }

    /// Record an analyst's value for one figure of an existing event. It goes
    /// into the append-only audit log with the figure's best value before it.
    pub fn correct(&mut self, c: NewCorrection) -> Result<Correction> {
        if !crate::is_figure_field(&c.field) {
            return Err(LedgerError::UnknownField(c.field));
        }
        if c.note.trim().is_empty() {
            return Err(LedgerError::EmptyNote);
        }
        let ev = self
            .event(&c.event, None)?
            .value
            .ok_or_else(|| LedgerError::NoSuchEvent(c.event.clone()))?;
        let old = ev.figures.get(&c.field).and_then(|f| {
            f.best.map(|b| {
                CountValue(swapledger_extract::Count {
                    value: b,
                    approx: f.approx,
                })
            })
        });
        let at = now();
        self.conn.execute(
            "INSERT INTO corrections (event_id, field, value, old, note, by, at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                c.event,
                c.field,
                serde_json::to_string(&c.value)?,
                old.map(|o| serde_json::to_string(&o)).transpose()?,
                c.note,
                c.by,
                at
            ],
        )?;
        Ok(Correction {
            seq: self.conn.last_insert_rowid(),
            event: c.event,
            field: c.field,
            old,
            new: c.value,
            note: c.note,
            by: c.by,
            at,
            orphaned: false,
        })
    }

    fn current_event_ids(&self) -> Result<HashSet<String>> {
        if self.is_dirty()? {
            let (claims, _) = self.load_claims(None)?;
            return Ok(reconcile::reconcile(&claims)
                .events
                .into_iter()
                .map(|e| e.id)
                .collect());
        }
        let mut st = self.conn.prepare_cached("SELECT id FROM events")?;
        let ids = st.query_map([], |r| r.get::<_, String>(0))?;
        let mut out = HashSet::new();
        for id in ids {
            out.insert(id?);
        }
        Ok(out)
    }

    fn read_corrections(&self, event: Option<&str>) -> Result<Vec<Correction>> {
        let sql = "SELECT seq, event_id, field, value, old, note, by, at FROM corrections";
        let mut st = match event {
            None => self.conn.prepare_cached(&format!("{sql} ORDER BY seq"))?,
            Some(_) => self
                .conn
                .prepare_cached(&format!("{sql} WHERE event_id = ?1 ORDER BY seq"))?,
        };
        let map = |r: &rusqlite::Row<'_>| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, Option<String>>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, String>(6)?,
                r.get::<_, String>(7)?,
            ))
        };
        let rows: Vec<_> = match event {
            None => st.query_map([], map)?.collect::<rusqlite::Result<_>>()?,
            Some(e) => st.query_map([e], map)?.collect::<rusqlite::Result<_>>()?,
        };
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let ids = self.current_event_ids()?;
        let mut out = Vec::with_capacity(rows.len());
        for (seq, event, field, value, old, note, by, at) in rows {
            out.push(Correction {
                seq,
                orphaned: !ids.contains(&event),
                event,
                field,
                old: old.map(|o| serde_json::from_str(&o)).transpose()?,
                new: serde_json::from_str(&value)?,
                note,
                by,
                at,
            });
        }
        Ok(out)
    }

    /// The audit log of one event (oldest first), including corrections made
    /// to an id that no longer exists (then `orphaned`).
    pub fn history(&self, event: &str) -> Result<Vec<Correction>> {
        self.read_corrections(Some(event))
    }

    /// The whole audit log, oldest first.
    pub fn corrections(&self) -> Result<Vec<Correction>> {
        self.read_corrections(None)
    }

    /// Corrections whose event no longer exists (kept, never dropped).
    pub fn orphaned_corrections(&self) -> Result<Vec<Correction>> {
        Ok(self
            .corrections()?
            .into_iter()
            .filter(|c| c.orphaned)
            .collect())
    }

    /// Documents whose current report is not by this build's extractor
    /// (all documents with `force`), as ids in storage order.
    pub fn stale_documents(&self, force: bool) -> Result<Vec<String>> {
        let sql = if force {
            "SELECT id FROM documents ORDER BY rowid"
        } else {
            "SELECT d.id FROM documents d JOIN reports r ON r.document_id = d.id AND r.current = 1
             WHERE r.extractor_version != ?1 ORDER BY d.rowid"
        };
        let mut st = self.conn.prepare(sql)?;
        let rows = if force {
            st.query_map([], |r| r.get::<_, String>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()?
        } else {
            st.query_map([EXTRACTOR_VERSION], |r| r.get::<_, String>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()?
        };
        Ok(rows)
    }

    /// Re-extract the given documents with this build's extractor, in one
    /// transaction: a new current report (or, for the same version, the
    /// report's claims replaced); older reports are kept, not current.
    /// Returns how many were re-extracted. Reconcile afterwards.
    pub fn reextract(&mut self, ids: &[String]) -> Result<usize> {
        let tx = self.conn.transaction()?;
        let mut n = 0;
        for id in ids {
            let doc: Option<(i64, Document)> = tx
                .prepare_cached(
                    "SELECT body, first_path, language, published, source, url, rowid
                     FROM documents WHERE id = ?1",
                )?
                .query_row([id], |r| {
                    Ok((
                        r.get(6)?,
                        Document {
                            body: r.get(0)?,
                            path: r.get(1)?,
                            meta: swapledger_ingest::Metadata {
                                language: r.get(2)?,
                                published: parse_date(r.get(3)?),
                                source: r.get(4)?,
                                url: r.get(5)?,
                                extra: Vec::new(),
                            },
                        },
                    ))
                })
                .optional()?;
            let Some((rowid, doc)) = doc else {
                continue;
            };
            let report = extract_document(&doc);
            let published = doc.meta.published.map(date_str);
            let keys = DocKeys {
                rowid,
                published: published.as_deref(),
            };
            let same: Option<i64> = tx
                .prepare_cached(
                    "SELECT id FROM reports WHERE document_id = ?1 AND extractor_version = ?2",
                )?
                .query_row(params![id, EXTRACTOR_VERSION], |r| r.get(0))
                .optional()?;
            match same {
                Some(rid) => {
                    tx.execute("DELETE FROM claims WHERE report_id = ?1", [rid])?;
                    tx.execute("DELETE FROM report_events WHERE report_id = ?1", [rid])?;
                    tx.execute(
                        "UPDATE reports SET current = CASE id WHEN ?1 THEN 1 ELSE 0 END, json = CASE id WHEN ?1 THEN ?3 ELSE json END WHERE document_id = ?2",
                        params![rid, id, report.to_json().to_string()],
                    )?;
                    insert_claims(&tx, rid, keys, &report)?;
                }
                None => {
                    insert_report(&tx, id, keys, &report, false, &now())?;
                }
            }
            n += 1;
        }
        if n > 0 {
            set_dirty(&tx, true)?;
        }
        tx.commit()?;
        Ok(n)
    }

    /// Sizes of the store.
    pub fn stats(&self) -> Result<Stats> {
        let q = |sql: &str| -> Result<usize> {
            Ok(self.conn.query_row(sql, [], |r| r.get::<_, i64>(0))? as usize)
        };
        Ok(Stats {
            documents: q("SELECT COUNT(*) FROM documents")?,
            sightings: q("SELECT COUNT(*) FROM sightings")?,
            reports: q("SELECT COUNT(*) FROM reports")?,
            claims: q("SELECT COUNT(*) FROM claims c JOIN reports r ON r.id = c.report_id AND r.current = 1")?,
            events: q("SELECT COUNT(*) FROM events")?,
            corrections: q("SELECT COUNT(*) FROM corrections")?,
        })
    }
}
