//! Windowed answers: as-of and date-filtered queries that load only the
//! claims that can change the events they answer for.
//!
//! # Why a window is exact
//!
//! Reconciliation ([`crate::reconcile`]) is local in time. Within a kind, the
//! event(s) on a day `c` are made from the report events dated `c - 1 ..= c + 1`;
//! where each of those goes depends on whether the days next to it are anchors
//! (the support of `c - 3 ..= c + 3`) and on the report events of those anchor
//! days (`c - 2 ..= c + 2`). So reconciling every report event dated in
//! `[lo - 3, hi + 3]` gives exactly the events of `[lo, hi]` that reconciling
//! everything gives ([`MARGIN`]).
//!
//! One rule is not local: an *undated* report event joins the single event of
//! its kind with its ordinal, anywhere in time. An event with ordinal `o` holds
//! a report event that claims `o`, dated within a day of it. So when some
//! undated report event claims the ordinal of an event in range, the windows
//! also cover `[d - 4, d + 4]` around every dated report event of that kind
//! claiming `o`: every event that has ordinal `o` is then inside a window (and
//! exact), and no event at a window's edge can have it. The undated report
//! events with that ordinal are loaded, and the pure reconciliation decides.
//!
//! # As of a date, on a reconciled store
//!
//! The `events` table holds the reconciliation of every document. As of a date
//! `A` it differs only on days within [`MARGIN`] of a day some report event
//! published after `A` (or undated) is dated on, and on events an undated
//! report event could join. `event_days` keeps, per kind and day, the latest
//! publication date of a report event dated that day; the *dirty* days are the
//! ones later than `A`, plus the days of dated report events claiming an
//! ordinal that an undated report event also claims. Events away from them are
//! read from the table; the dirty ranges are reconciled from their windows.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{Days, NaiveDate};
use rusqlite::params;
use swapledger_extract::Kind;

use crate::error::{LedgerError, Result};
use crate::model::{
    ClaimRole, Correction, EventFilter, Figure, LedgerEvent, ListItem, SeriesPoint,
};
use crate::reconcile::{self, DocMeta, ReportClaims, ReportEvent};
use crate::store::{apply_claim_row, date_str, parse_date, Ledger, CLAIM_COLUMNS};

/// Days either side of a range whose report events decide the range's events.
pub(crate) const MARGIN: u64 = 3;

/// Every kind, in their order.
pub(crate) const ALL_KINDS: [Kind; 4] = [
    Kind::Exchange,
    Kind::Repatriation,
    Kind::Release,
    Kind::Disrupted,
];

/// Day ranges (inclusive, sorted, disjoint) per kind.
pub(crate) type Ranges = BTreeMap<Kind, Vec<(NaiveDate, NaiveDate)>>;

/// Date, kind, id, best `to_ukraine`, best `to_russia` of an event.
type SeriesRow = (NaiveDate, Kind, String, Option<u64>, Option<u64>);

/// How much of each event a query returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Detail {
    /// Every figure with its claims (the documented event JSON).
    Full,
    /// Every figure's `claims` left empty.
    Brief,
}

fn first_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(1, 1, 1).expect("valid")
}

fn last_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(9999, 12, 31).expect("valid")
}

/// `[d - n, d + n]`, kept within years 1..=9999.
fn widen(lo: NaiveDate, hi: NaiveDate, n: u64) -> (NaiveDate, NaiveDate) {
    let lo = lo
        .checked_sub_days(Days::new(n))
        .unwrap_or(first_day())
        .max(first_day());
    let hi = hi
        .checked_add_days(Days::new(n))
        .unwrap_or(last_day())
        .min(last_day());
    (lo, hi)
}

/// Sort and merge ranges that overlap or touch.
fn merge(mut v: Vec<(NaiveDate, NaiveDate)>) -> Vec<(NaiveDate, NaiveDate)> {
    v.sort();
    let mut out: Vec<(NaiveDate, NaiveDate)> = Vec::with_capacity(v.len());
    for (lo, hi) in v {
        match out.last_mut() {
            Some(last) if lo <= last.1.checked_add_days(Days::new(1)).unwrap_or(last.1) => {
                last.1 = last.1.max(hi);
            }
            _ => out.push((lo, hi)),
        }
    }
    out
}

/// Whether `d` lies in one of the sorted, disjoint `ranges`.
fn contains(ranges: &[(NaiveDate, NaiveDate)], d: NaiveDate) -> bool {
    let i = ranges.partition_point(|(_, hi)| *hi < d);
    ranges.get(i).is_some_and(|(lo, _)| *lo <= d)
}

fn in_ranges(ranges: &Ranges, kind: Kind, d: NaiveDate) -> bool {
    ranges.get(&kind).is_some_and(|r| contains(r, d))
}

/// The event as lists give it: every figure's claims and the set members'
/// documents dropped.
pub(crate) fn strip_claims(e: &mut LedgerEvent) {
    for f in e.figures.values_mut() {
        f.claims = Vec::new();
    }
    for set in [
        &mut e.mediators,
        &mut e.sources,
        &mut e.branches_mentioned,
        &mut e.dates,
    ] {
        for m in set.iter_mut() {
            m.documents = Vec::new();
        }
    }
}

/// The event as lists give it ([`strip_claims`]), without copying the claims.
pub(crate) fn brief_of(e: &LedgerEvent) -> LedgerEvent {
    let bare = |set: &[ListItem]| -> Vec<ListItem> {
        set.iter()
            .map(|m| ListItem {
                value: m.value.clone(),
                documents: Vec::new(),
            })
            .collect()
    };
    LedgerEvent {
        id: e.id.clone(),
        kind: e.kind,
        date: e.date,
        ordinal: e.ordinal,
        agreement: e.agreement.clone(),
        documents: e.documents.clone(),
        checks: e.checks.clone(),
        figures: e
            .figures
            .iter()
            .map(|(k, f)| {
                (
                    k.clone(),
                    Figure {
                        claims: Vec::new(),
                        ..*f
                    },
                )
            })
            .collect(),
        mediators: bare(&e.mediators),
        sources: bare(&e.sources),
        branches_mentioned: bare(&e.branches_mentioned),
        dates: bare(&e.dates),
        conflict: e.conflict,
    }
}

/// Report events gathered from several queries, one [`ReportClaims`] each.
#[derive(Default)]
struct ClaimAcc {
    reports: Vec<ReportClaims>,
    at: HashMap<(i64, i64), usize>,
}

impl ClaimAcc {
    /// Read rows of [`CLAIM_COLUMNS`].
    fn read(&mut self, rows: &mut rusqlite::Rows<'_>) -> Result<()> {
        while let Some(r) = rows.next()? {
            let key: (i64, i64) = (r.get(4)?, r.get(5)?);
            let i = match self.at.get(&key) {
                Some(i) => *i,
                None => {
                    let role: String = r.get(6)?;
                    self.reports.push(ReportClaims {
                        document: DocMeta {
                            id: r.get(0)?,
                            source: r.get(1)?,
                            language: r.get(2)?,
                            published: parse_date(r.get(3)?),
                        },
                        events: vec![ReportEvent {
                            index: key.1 as u32,
                            role: if role == "main" {
                                ClaimRole::Main
                            } else {
                                ClaimRole::Background
                            },
                            kind: Kind::Exchange,
                            date: None,
                            figures: Vec::new(),
                            lists: Vec::new(),
                        }],
                    });
                    self.at.insert(key, self.reports.len() - 1);
                    self.reports.len() - 1
                }
            };
            apply_claim_row(&mut self.reports[i].events[0], r)?;
        }
        Ok(())
    }
}

/// Report events to their document by rowid and to their claims by a range
/// of claim ids (schema v3): no lookups by text key or through `claims_report`.
const FROM_REPORT_EVENTS: &str = "FROM report_events e INDEXED BY report_events_date
     JOIN reports r ON r.id = e.report_id AND r.current = 1
     JOIN documents d ON d.rowid = e.doc_rowid
     JOIN claims c NOT INDEXED ON c.id BETWEEN e.first_claim AND e.last_claim
          AND c.report_id = e.report_id AND c.event_index = e.event_index";

const FROM_UNDATED: &str = "FROM report_events e INDEXED BY report_events_undated
     JOIN reports r ON r.id = e.report_id AND r.current = 1
     JOIN documents d ON d.rowid = e.doc_rowid
     JOIN claims c NOT INDEXED ON c.id BETWEEN e.first_claim AND e.last_claim
          AND c.report_id = e.report_id AND c.event_index = e.event_index";

impl Ledger {
    /// The claims of current report events of `kind` dated in `[lo, hi]`,
    /// published by `as_of`.
    fn load_window(
        &self,
        acc: &mut ClaimAcc,
        kind: Kind,
        (lo, hi): (NaiveDate, NaiveDate),
        as_of: Option<NaiveDate>,
    ) -> Result<()> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {CLAIM_COLUMNS} {FROM_REPORT_EVENTS}
             WHERE e.event_date BETWEEN ?1 AND ?2 AND e.kind = ?3
               AND (?4 IS NULL OR e.published <= ?4)"
        ))?;
        let mut rows = st.query(params![
            date_str(lo),
            date_str(hi),
            kind.as_str(),
            as_of.map(date_str)
        ])?;
        acc.read(&mut rows)
    }

    /// The claims of current undated report events of `kind` claiming `ordinal`.
    fn load_undated(
        &self,
        acc: &mut ClaimAcc,
        kind: Kind,
        ordinal: u64,
        as_of: Option<NaiveDate>,
    ) -> Result<()> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {CLAIM_COLUMNS} {FROM_UNDATED}
             WHERE e.event_date IS NULL AND e.kind = ?1 AND e.ordinal = ?2
               AND (?3 IS NULL OR e.published <= ?3)"
        ))?;
        let mut rows = st.query(params![kind.as_str(), ordinal as i64, as_of.map(date_str)])?;
        acc.read(&mut rows)
    }

    /// (kind, ordinal) of current undated report events published by `as_of`
    /// (all of them without `as_of`).
    fn undated_ordinals(&self, as_of: Option<NaiveDate>) -> Result<BTreeSet<(Kind, u64)>> {
        let mut st = self.conn.prepare_cached(
            "SELECT DISTINCT e.kind, e.ordinal FROM report_events e INDEXED BY report_events_undated
             JOIN reports r ON r.id = e.report_id AND r.current = 1
             WHERE e.event_date IS NULL AND e.ordinal IS NOT NULL
               AND (?1 IS NULL OR e.published <= ?1)",
        )?;
        let rows = st.query_map([as_of.map(date_str)], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
        })?;
        let mut out = BTreeSet::new();
        for row in rows {
            let (k, o) = row?;
            let kind = Kind::parse(&k)
                .ok_or_else(|| LedgerError::Corrupt(format!("unknown kind {k:?}")))?;
            out.insert((kind, o as u64));
        }
        Ok(out)
    }

    /// The days of current dated report events of `kind` claiming `ordinal`.
    fn ordinal_days(
        &self,
        kind: Kind,
        ordinal: u64,
        as_of: Option<NaiveDate>,
    ) -> Result<Vec<NaiveDate>> {
        let mut st = self.conn.prepare_cached(
            "SELECT DISTINCT e.event_date FROM report_events e INDEXED BY report_events_ordinal
             JOIN reports r ON r.id = e.report_id AND r.current = 1
             WHERE e.ordinal = ?1 AND e.kind = ?2 AND e.event_date IS NOT NULL
               AND (?3 IS NULL OR e.published <= ?3)",
        )?;
        let rows = st.query_map(
            params![ordinal as i64, kind.as_str(), as_of.map(date_str)],
            |r| r.get::<_, String>(0),
        )?;
        let mut out = Vec::new();
        for d in rows {
            if let Some(d) = parse_date(Some(d?)) {
                out.push(d);
            }
        }
        Ok(out)
    }

    /// Cut the windows after the last day (per kind) any report event
    /// published by `as_of` is dated on: nothing later can be loaded.
    fn clamp_to_published(&self, windows: &mut Ranges, as_of: NaiveDate) -> Result<()> {
        let mut st = self
            .conn
            .prepare_cached("SELECT MAX(day) FROM event_days WHERE kind = ?1 AND earliest <= ?2")?;
        for (k, ws) in windows.iter_mut() {
            let last: Option<String> =
                st.query_row(params![k.as_str(), date_str(as_of)], |r| r.get(0))?;
            match parse_date(last) {
                None => ws.clear(),
                Some(last) => {
                    ws.retain(|(lo, _)| *lo <= last);
                    for w in ws.iter_mut() {
                        w.1 = w.1.min(last);
                    }
                }
            }
        }
        windows.retain(|_, ws| !ws.is_empty());
        Ok(())
    }

    /// Exactly the events on `ranges` (per kind) that reconciling every current
    /// report published by `as_of` gives, from the windows around them only.
    pub(crate) fn reconcile_ranges(
        &self,
        ranges: &Ranges,
        as_of: Option<NaiveDate>,
    ) -> Result<Vec<LedgerEvent>> {
        let mut windows: Ranges = ranges
            .iter()
            .filter(|(_, r)| !r.is_empty())
            .map(|(k, r)| {
                let w = r.iter().map(|(lo, hi)| widen(*lo, *hi, MARGIN)).collect();
                (*k, merge(w))
            })
            .collect();
        if let Some(a) = as_of {
            self.clamp_to_published(&mut windows, a)?;
        }
        if windows.is_empty() {
            return Ok(Vec::new());
        }
        let pass = |windows: &Ranges, undated: &[(Kind, u64)]| -> Result<Vec<LedgerEvent>> {
            let mut acc = ClaimAcc::default();
            for (k, ws) in windows {
                for w in ws {
                    self.load_window(&mut acc, *k, *w, as_of)?;
                }
            }
            for (k, o) in undated {
                self.load_undated(&mut acc, *k, *o, as_of)?;
            }
            Ok(reconcile::reconcile(&acc.reports)
                .events
                .into_iter()
                .filter(|e| in_ranges(ranges, e.kind, e.date))
                .collect())
        };
        let first = pass(&windows, &[])?;
        let wanted: BTreeSet<(Kind, u64)> = first
            .iter()
            .filter_map(|e| e.ordinal.map(|o| (e.kind, o)))
            .collect();
        if wanted.is_empty() {
            return Ok(first);
        }
        let undated = self.undated_ordinals(as_of)?;
        let joining: Vec<(Kind, u64)> = wanted.intersection(&undated).copied().collect();
        if joining.is_empty() {
            return Ok(first);
        }
        for (k, o) in &joining {
            let ws = windows.entry(*k).or_default();
            for d in self.ordinal_days(*k, *o, as_of)? {
                ws.push(widen(d, d, MARGIN + 1));
            }
        }
        for ws in windows.values_mut() {
            *ws = merge(std::mem::take(ws));
        }
        if let Some(a) = as_of {
            self.clamp_to_published(&mut windows, a)?;
        }
        pass(&windows, &joining)
    }

    /// The ranges (within `[lo, hi]`, per kind) where the answer as of `as_of`
    /// may differ from the reconciled `events` table; see the module doc.
    pub(crate) fn dirty_ranges(
        &self,
        kinds: &[Kind],
        (lo, hi): (NaiveDate, NaiveDate),
        as_of: NaiveDate,
    ) -> Result<Ranges> {
        let (wlo, whi) = widen(lo, hi, MARGIN);
        let mut days: BTreeMap<Kind, Vec<NaiveDate>> = BTreeMap::new();
        {
            let mut st = self.conn.prepare_cached(
                "SELECT day FROM event_days
                 WHERE kind = ?1 AND day BETWEEN ?2 AND ?3 AND latest > ?4",
            )?;
            for k in kinds {
                let rows = st.query_map(
                    params![k.as_str(), date_str(wlo), date_str(whi), date_str(as_of)],
                    |r| r.get::<_, String>(0),
                )?;
                let v = days.entry(*k).or_default();
                for d in rows {
                    if let Some(d) = parse_date(Some(d?)) {
                        v.push(d);
                    }
                }
            }
        }
        for (k, o) in self.undated_ordinals(None)? {
            if kinds.contains(&k) {
                let v = days.entry(k).or_default();
                v.extend(
                    self.ordinal_days(k, o, None)?
                        .into_iter()
                        .filter(|d| (wlo..=whi).contains(d)),
                );
            }
        }
        Ok(days
            .into_iter()
            .map(|(k, ds)| {
                let r: Vec<(NaiveDate, NaiveDate)> = merge(
                    ds.into_iter()
                        .map(|d| widen(d, d, MARGIN))
                        .collect::<Vec<_>>(),
                )
                .into_iter()
                .filter_map(|(a, b)| {
                    let (a, b) = (a.max(lo), b.min(hi));
                    (a <= b).then_some((a, b))
                })
                .collect();
                (k, r)
            })
            .filter(|(_, r)| !r.is_empty())
            .collect())
    }

    /// Reconciled events from the `events` table of `kinds` dated in
    /// `[lo, hi]`, except those on `skip` (unsorted).
    fn table_events(
        &self,
        kinds: &[Kind],
        (lo, hi): (NaiveDate, NaiveDate),
        conflicts_only: bool,
        skip: &Ranges,
        detail: Detail,
    ) -> Result<Vec<LedgerEvent>> {
        let col = match detail {
            Detail::Full => "json",
            Detail::Brief => "COALESCE(brief, json)",
        };
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT kind, date, {col} FROM events
             WHERE date BETWEEN ?1 AND ?2 AND (?3 = 0 OR conflict = 1)"
        ))?;
        let mut rows = st.query(params![date_str(lo), date_str(hi), conflicts_only])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let k: String = r.get(0)?;
            let kind = Kind::parse(&k)
                .ok_or_else(|| LedgerError::Corrupt(format!("unknown kind {k:?}")))?;
            if !kinds.contains(&kind) {
                continue;
            }
            let date = parse_date(r.get(1)?)
                .ok_or_else(|| LedgerError::Corrupt("event without a date".into()))?;
            if in_ranges(skip, kind, date) {
                continue;
            }
            let j = r.get_ref(2)?.as_str().map_err(rusqlite::Error::from)?;
            let mut e: LedgerEvent = serde_json::from_str(j)?;
            if detail == Detail::Brief {
                strip_claims(&mut e);
            }
            out.push(e);
        }
        Ok(out)
    }

    /// Events passing `filter` as of `as_of` (or on a store not reconciled
    /// yet), without corrections, sorted by date, kind, id.
    pub(crate) fn windowed_events(
        &self,
        filter: &EventFilter,
        as_of: Option<NaiveDate>,
        dirty_store: bool,
        detail: Detail,
    ) -> Result<Vec<LedgerEvent>> {
        let kinds: Vec<Kind> = match filter.kind {
            Some(k) => vec![k],
            None => ALL_KINDS.to_vec(),
        };
        let span = (
            filter.from.unwrap_or(first_day()).max(first_day()),
            filter.to.unwrap_or(last_day()).min(last_day()),
        );
        if span.0 > span.1 {
            return Ok(Vec::new());
        }
        let mut events = match (as_of, dirty_store) {
            (Some(a), false) => {
                let dirty = self.dirty_ranges(&kinds, span, a)?;
                let mut ev = self.reconcile_ranges(&dirty, as_of)?;
                ev.extend(self.table_events(
                    &kinds,
                    span,
                    filter.conflicts_only,
                    &dirty,
                    detail,
                )?);
                ev
            }
            _ => {
                let all: Ranges = kinds.iter().map(|k| (*k, vec![span])).collect();
                self.reconcile_ranges(&all, as_of)?
            }
        };
        events.retain(|e| filter.accepts(e));
        if detail == Detail::Brief {
            events.iter_mut().for_each(strip_claims);
        }
        events.sort_by(|a, b| (a.date, a.kind, &a.id).cmp(&(b.date, b.kind, &b.id)));
        Ok(events)
    }
}

impl Ledger {
    /// The series as of `as_of` on a reconciled store: the best figures of
    /// events away from the dirty ranges from the `events` table's columns, the
    /// others reconciled from their windows; the latest correction (made by the
    /// end of `as_of`) of `to_ukraine` / `to_russia` laid over.
    pub(crate) fn series_as_of(
        &self,
        as_of: NaiveDate,
        corrections: &[Correction],
    ) -> Result<Vec<SeriesPoint>> {
        let kinds = [Kind::Exchange, Kind::Release];
        let dirty = self.dirty_ranges(&kinds, (first_day(), last_day()), as_of)?;
        let mut rows: Vec<SeriesRow> = self
            .reconcile_ranges(&dirty, Some(as_of))?
            .into_iter()
            .filter(|e| kinds.contains(&e.kind))
            .map(|e| {
                let (u, r) = (e.best("to_ukraine"), e.best("to_russia"));
                (e.date, e.kind, e.id, u, r)
            })
            .collect();
        let mut st = self.conn.prepare_cached(
            "SELECT id, kind, date, to_ukraine, to_russia FROM events
             WHERE kind IN ('exchange', 'release')",
        )?;
        let mut q = st.query([])?;
        while let Some(r) = q.next()? {
            let k: String = r.get(1)?;
            let kind = Kind::parse(&k)
                .ok_or_else(|| LedgerError::Corrupt(format!("unknown kind {k:?}")))?;
            let date = parse_date(r.get(2)?)
                .ok_or_else(|| LedgerError::Corrupt("event without a date".into()))?;
            if in_ranges(&dirty, kind, date) {
                continue;
            }
            let u: Option<i64> = r.get(3)?;
            let v: Option<i64> = r.get(4)?;
            rows.push((
                date,
                kind,
                r.get(0)?,
                u.map(|x| x as u64),
                v.map(|x| x as u64),
            ));
        }
        rows.sort();
        let mut corrected: HashMap<(&str, &str), u64> = HashMap::new();
        for c in corrections {
            if c.field == "to_ukraine" || c.field == "to_russia" {
                corrected.insert((&c.event, &c.field), c.new.value());
            }
        }
        let (mut cu, mut cr) = (0, 0);
        let mut out = Vec::with_capacity(rows.len());
        for (date, kind, id, u, r) in rows {
            let u = corrected
                .get(&(id.as_str(), "to_ukraine"))
                .copied()
                .unwrap_or(u.unwrap_or(0));
            let r = corrected
                .get(&(id.as_str(), "to_russia"))
                .copied()
                .unwrap_or(r.unwrap_or(0));
            cu += u;
            cr += r;
            out.push(SeriesPoint {
                event: id,
                date,
                kind,
                to_ukraine: u,
                to_russia: r,
                cumulative_to_ukraine: cu,
                cumulative_to_russia: cr,
            });
        }
        Ok(out)
    }
}

/// The day and kind an event id names (`YYYY-MM-DD-kind[-N]`).
pub(crate) fn parse_event_id(id: &str) -> Option<(NaiveDate, Kind)> {
    let date = NaiveDate::parse_from_str(id.get(..10)?, "%Y-%m-%d").ok()?;
    let rest = id.get(10..)?.strip_prefix('-')?;
    let kind = rest.split('-').next()?;
    Some((date, Kind::parse(kind)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn ranges_merge_and_contain() {
        let m = merge(vec![
            (d("2024-01-10"), d("2024-01-12")),
            (d("2024-01-01"), d("2024-01-03")),
            (d("2024-01-04"), d("2024-01-05")),
            (d("2024-01-11"), d("2024-01-20")),
        ]);
        assert_eq!(
            m,
            [
                (d("2024-01-01"), d("2024-01-05")),
                (d("2024-01-10"), d("2024-01-20"))
            ]
        );
        assert!(contains(&m, d("2024-01-05")));
        assert!(!contains(&m, d("2024-01-06")));
        assert!(contains(&m, d("2024-01-10")));
        assert!(!contains(&m, d("2024-01-21")));
        assert_eq!(widen(first_day(), last_day(), 3), (first_day(), last_day()));
    }

    #[test]
    fn event_ids_parse() {
        assert_eq!(
            parse_event_id("2024-01-31-exchange-2"),
            Some((d("2024-01-31"), Kind::Exchange))
        );
        assert_eq!(
            parse_event_id("2024-02-09-repatriation"),
            Some((d("2024-02-09"), Kind::Repatriation))
        );
        assert_eq!(parse_event_id("2024-02-09"), None);
        assert_eq!(parse_event_id("x"), None);
        assert_eq!(parse_event_id("2024-02-0é-exchange"), None);
    }
}
