//! The ledger's public types: events, figures, claims, checks, corrections,
//! answers with their as-of note, and the series.
//!
//! Every type here serializes to the JSON documented in the crate root (the
//! event shape of issue 5), and deserializes back: the store keeps reconciled
//! events as that JSON.

use std::collections::BTreeMap;
use std::fmt;

use chrono::NaiveDate;
use serde::de::{self, Deserializer};
use serde::ser::Serializer;
use serde::{Deserialize, Serialize};
use swapledger_extract::{Count, Kind};
use swapledger_text::Approx;

/// A report-v1 Count: a plain integer, or `{"value": N, "approx": "over"|"about"|"under"}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CountValue(pub Count);

impl CountValue {
    /// An exact count.
    pub fn exact(v: u64) -> CountValue {
        CountValue(Count::exact(v))
    }

    /// A qualified count.
    pub fn approx(v: u64, a: Approx) -> CountValue {
        CountValue(Count {
            value: v,
            approx: Some(a),
        })
    }

    /// The number.
    pub fn value(self) -> u64 {
        self.0.value
    }

    /// The qualifier, `None` when exact.
    pub fn qualifier(self) -> Option<Approx> {
        self.0.approx
    }

    /// Parse `207`, `over 200`, `about 300`, `under 50` (also `>200`, `~300`, `<50`).
    pub fn parse(s: &str) -> Option<CountValue> {
        let s = s.trim();
        let (approx, rest) = if let Some(r) = s.strip_prefix("over ") {
            (Some(Approx::Over), r)
        } else if let Some(r) = s.strip_prefix("about ") {
            (Some(Approx::About), r)
        } else if let Some(r) = s.strip_prefix("under ") {
            (Some(Approx::Under), r)
        } else if let Some(r) = s.strip_prefix('>') {
            (Some(Approx::Over), r)
        } else if let Some(r) = s.strip_prefix('~') {
            (Some(Approx::About), r)
        } else if let Some(r) = s.strip_prefix('<') {
            (Some(Approx::Under), r)
        } else {
            (None, s)
        };
        let value: u64 = rest.trim().parse().ok()?;
        Some(CountValue(Count { value, approx }))
    }
}

impl PartialOrd for CountValue {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for CountValue {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.0.value, self.0.approx).cmp(&(other.0.value, other.0.approx))
    }
}

impl fmt::Display for CountValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.approx {
            None => write!(f, "{}", self.0.value),
            Some(a) => write!(f, "{} {}", a.as_str(), self.0.value),
        }
    }
}

/// Parse the spec's qualifier name.
pub fn parse_approx(s: &str) -> Option<Approx> {
    match s {
        "over" => Some(Approx::Over),
        "about" => Some(Approx::About),
        "under" => Some(Approx::Under),
        _ => None,
    }
}

impl Serialize for CountValue {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.to_json().serialize(s)
    }
}

impl<'de> Deserialize<'de> for CountValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = serde_json::Value::deserialize(d)?;
        match &v {
            serde_json::Value::Number(n) => n
                .as_u64()
                .map(CountValue::exact)
                .ok_or_else(|| de::Error::custom("a count is a non-negative integer")),
            serde_json::Value::Object(m) => {
                let value = m
                    .get("value")
                    .and_then(serde_json::Value::as_u64)
                    .ok_or_else(|| de::Error::custom("a count object needs an integer value"))?;
                let approx = match m.get("approx").and_then(serde_json::Value::as_str) {
                    None => None,
                    Some(a) => Some(
                        parse_approx(a)
                            .ok_or_else(|| de::Error::custom(format!("unknown approx {a:?}")))?,
                    ),
                };
                Ok(CountValue(Count { value, approx }))
            }
            _ => Err(de::Error::custom("a count is an integer or an object")),
        }
    }
}

/// Serde helpers for [`Kind`] as its spec name.
pub(crate) mod kind_serde {
    use super::*;

    pub fn serialize<S: Serializer>(k: &Kind, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(k.as_str())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Kind, D::Error> {
        let s = String::deserialize(d)?;
        Kind::parse(&s).ok_or_else(|| de::Error::custom(format!("unknown kind {s:?}")))
    }
}

/// Serde helpers for an optional [`Approx`] as its spec name.
pub(crate) mod approx_serde {
    use super::*;

    pub fn serialize<S: Serializer>(a: &Option<Approx>, s: S) -> Result<S::Ok, S::Error> {
        match a {
            None => s.serialize_none(),
            Some(a) => s.serialize_str(a.as_str()),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Approx>, D::Error> {
        let s = Option::<String>::deserialize(d)?;
        match s {
            None => Ok(None),
            Some(s) => parse_approx(&s)
                .map(Some)
                .ok_or_else(|| de::Error::custom(format!("unknown approx {s:?}"))),
        }
    }
}

/// Main or background, as in report-v1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimRole {
    /// The event the document reports.
    Main,
    /// An event the document mentions.
    Background,
}

impl ClaimRole {
    /// `main` or `background`.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimRole::Main => "main",
            ClaimRole::Background => "background",
        }
    }
}

impl From<swapledger_extract::Role> for ClaimRole {
    fn from(r: swapledger_extract::Role) -> Self {
        match r {
            swapledger_extract::Role::Main => ClaimRole::Main,
            swapledger_extract::Role::Background => ClaimRole::Background,
        }
    }
}

/// A character span of evidence in a document body (Unicode scalars, end exclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct SpanRef {
    /// First character.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
}

/// One claimed value behind a figure: who said what, where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimRef {
    /// The value as a report-v1 Count.
    pub value: CountValue,
    /// Document id (SHA-256 of the body).
    pub document: String,
    /// The outlet or channel of the document (front matter `source`).
    pub source: Option<String>,
    /// The report-v1 source keys the document cites for this event.
    pub cited: Vec<String>,
    /// `uk`, `ru`, `en` or null.
    pub language: Option<String>,
    /// Whether the event is the document's main event or a background mention.
    pub role: ClaimRole,
    /// Publication date of the document (extra field).
    pub published: Option<NaiveDate>,
    /// Where in the body the value was read (extra field).
    pub evidence: Vec<SpanRef>,
}

/// One figure of an event: every claim, a low / best / high, conflict and correction flags.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figure {
    /// The preferred value (an analyst's correction when there is one).
    pub best: Option<u64>,
    /// The lowest value the claims allow (null: unbounded, an "under N" claim).
    pub low: Option<u64>,
    /// The highest value the claims allow (null: unbounded, an "over N" claim).
    pub high: Option<u64>,
    /// The qualifier of the best value (`over`, `about`, `under`), null when exact.
    #[serde(with = "approx_serde")]
    pub approx: Option<Approx>,
    /// Exact claims disagree, or a claim falls outside another's bound.
    pub conflict: bool,
    /// The best value is an analyst's correction.
    pub corrected: bool,
    /// Every claim, sorted by document id then value.
    pub claims: Vec<ClaimRef>,
}

/// A member of a set-valued field (`mediators`, `sources`, `branches_mentioned`, `dates`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListItem {
    /// The key (ISO code, source key, branch key, or a date).
    pub value: String,
    /// The documents that state it, sorted.
    pub documents: Vec<String>,
}

/// A breakdown check of an event's best figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventCheck {
    /// `branches_sum`, `ranks_sum` or `military_civilians_sum`.
    pub check: String,
    /// Whether the parts agree with the whole.
    pub ok: bool,
    /// What was compared.
    pub detail: String,
}

/// One real event of the ledger, reconciled from every report that describes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LedgerEvent {
    /// Deterministic id: `YYYY-MM-DD-kind`, then `-2`, `-3` for further events of that kind that day.
    pub id: String,
    /// Exchange, repatriation, release or disrupted.
    #[serde(with = "kind_serde")]
    pub kind: Kind,
    /// The day (the date most documents give; ties go to the earlier day).
    pub date: NaiveDate,
    /// The best ordinal, if any report gives one.
    pub ordinal: Option<u64>,
    /// The deal this event is a stage of, named by its formula ("1000-for-1000"),
    /// when a report says so (report extension `agreement`); its figures
    /// `agreement` and `stage` hold the claims. Events with the same value are
    /// stages of one deal (two deals with the same formula are told apart by date).
    pub agreement: Option<String>,
    /// Every document with a claim about this event, sorted.
    pub documents: Vec<String>,
    /// Breakdown checks on the best figures.
    pub checks: Vec<EventCheck>,
    /// Figures keyed by report-v1 field name (`to_ukraine`, `branches.sbu`, `ordinal`, ...).
    pub figures: BTreeMap<String, Figure>,
    /// Mediating states, each with its documents.
    pub mediators: Vec<ListItem>,
    /// Cited sources, each with its documents.
    pub sources: Vec<ListItem>,
    /// Branches named among those returned, each with its documents.
    pub branches_mentioned: Vec<ListItem>,
    /// Dates the reports give for this event (within a day of `date`), each with its documents.
    pub dates: Vec<ListItem>,
    /// Any figure is in conflict.
    pub conflict: bool,
}

impl LedgerEvent {
    /// The best value of a figure.
    pub fn best(&self, field: &str) -> Option<u64> {
        self.figures.get(field).and_then(|f| f.best)
    }

    /// The event as JSON (the documented shape).
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
    }
}

/// An answer to a query, with what the as-of date left out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer<T> {
    /// The answer.
    pub value: T,
    /// The as-of date asked for, if any.
    pub as_of: Option<NaiveDate>,
    /// Documents without a publication date, left out of an as-of answer (0 without as-of).
    pub undated_left_out: usize,
}

/// What [`crate::Ledger::events`] selects.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventFilter {
    /// Events on or after this day.
    pub from: Option<NaiveDate>,
    /// Events on or before this day.
    pub to: Option<NaiveDate>,
    /// Only this kind.
    pub kind: Option<Kind>,
    /// Only events with a conflict.
    pub conflicts_only: bool,
}

impl EventFilter {
    /// Whether an event passes.
    pub fn accepts(&self, e: &LedgerEvent) -> bool {
        self.from.is_none_or(|f| e.date >= f)
            && self.to.is_none_or(|t| e.date <= t)
            && self.kind.is_none_or(|k| e.kind == k)
            && (!self.conflicts_only || e.conflict)
    }
}

/// One entry of the audit log of corrections.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Correction {
    /// Sequence number in the log (1, 2, ...).
    pub seq: i64,
    /// The event id it was made on.
    pub event: String,
    /// The figure (report-v1 field name).
    pub field: String,
    /// The figure's best value before (null when the figure had none).
    pub old: Option<CountValue>,
    /// The analyst's value.
    pub new: CountValue,
    /// Why.
    pub note: String,
    /// Who.
    pub by: String,
    /// When (UTC, RFC 3339).
    pub at: String,
    /// The event no longer exists after a re-reconciliation (kept, never dropped).
    pub orphaned: bool,
}

/// One point of the series of people returned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeriesPoint {
    /// Event id.
    pub event: String,
    /// Event day.
    pub date: NaiveDate,
    /// Exchange or release (repatriations of bodies are not people returned).
    #[serde(with = "kind_serde")]
    pub kind: Kind,
    /// Best figure of people received by Ukraine (0 when unknown).
    pub to_ukraine: u64,
    /// Best figure of people received by Russia (0 when unknown).
    pub to_russia: u64,
    /// Running total of `to_ukraine`.
    pub cumulative_to_ukraine: u64,
    /// Running total of `to_russia`.
    pub cumulative_to_russia: u64,
}

/// A stored document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredDocument {
    /// SHA-256 of the body.
    pub id: String,
    /// The body.
    pub body: String,
    /// `uk`, `ru`, `en`.
    pub language: Option<String>,
    /// Publication date.
    pub published: Option<NaiveDate>,
    /// Outlet or channel.
    pub source: Option<String>,
    /// Where it came from.
    pub url: Option<String>,
    /// Every place it was seen.
    pub sightings: Vec<StoredSighting>,
}

/// One place a document was seen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredSighting {
    /// Path as given (`PATH#N` for a record).
    pub path: String,
    /// Its url.
    pub url: Option<String>,
    /// Its source.
    pub source: Option<String>,
    /// Its publication date.
    pub published: Option<NaiveDate>,
}

/// A full-text search hit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchHit {
    /// Document id.
    pub document: String,
    /// A snippet with the match in `[` `]`.
    pub snippet: String,
    /// FTS5 rank (lower is better).
    pub rank: f64,
}

/// What one document did to the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IngestOutcome {
    /// A new document with its report and claims.
    New,
    /// A known document seen at a new place (a sighting was added).
    NewSighting,
    /// Known document, known place: nothing changed.
    Unchanged,
}

/// Counts of a batch.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BatchSummary {
    /// New documents.
    pub new: usize,
    /// New sightings of known documents.
    pub new_sightings: usize,
    /// Nothing changed.
    pub unchanged: usize,
    /// Claims stored.
    pub claims: usize,
}

impl BatchSummary {
    /// Add one outcome.
    pub fn add(&mut self, o: IngestOutcome) {
        match o {
            IngestOutcome::New => self.new += 1,
            IngestOutcome::NewSighting => self.new_sightings += 1,
            IngestOutcome::Unchanged => self.unchanged += 1,
        }
    }
}

/// What a reconciliation produced.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReconcileSummary {
    /// Events in the ledger.
    pub events: usize,
    /// Events with a conflict.
    pub conflicts: usize,
    /// Report events that could not be placed (no date, no matching ordinal).
    pub unplaced: usize,
    /// Corrections whose event no longer exists.
    pub orphaned_corrections: usize,
}

/// Sizes of the store.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stats {
    /// Documents.
    pub documents: usize,
    /// Sightings.
    pub sightings: usize,
    /// Reports (all extractor versions).
    pub reports: usize,
    /// Claims of current reports.
    pub claims: usize,
    /// Reconciled events.
    pub events: usize,
    /// Corrections in the audit log.
    pub corrections: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn count_value_round_trips_and_parses() {
        for s in ["207", "over 200", "about 300", "under 50"] {
            let c = CountValue::parse(s).unwrap();
            assert_eq!(c.to_string(), s);
            let j = serde_json::to_string(&c).unwrap();
            let back: CountValue = serde_json::from_str(&j).unwrap();
            assert_eq!(back, c);
        }
        assert_eq!(serde_json::to_string(&CountValue::exact(5)).unwrap(), "5");
        assert_eq!(CountValue::parse(">200"), CountValue::parse("over 200"));
        assert!(CountValue::parse("many").is_none());
    }
}
