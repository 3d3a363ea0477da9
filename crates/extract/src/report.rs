//! The report of `report-v1`: events and their facts, each fact with its evidence.
//!
//! Types make a fact impossible to build without a span: every field of an
//! [`Event`] is a [`Fact`], which holds the value and the spans it was read from.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde_json::{json, Map, Value};
use swapledger_text::{Approx, Span};

/// The schema tag of every report.
pub const SCHEMA: &str = "swapledger.report/1";

/// What happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// People returned in a swap.
    Exchange,
    /// Bodies of the fallen returned.
    Repatriation,
    /// A one-sided return of people.
    Release,
    /// A planned exchange that did not take place.
    Disrupted,
}

impl Kind {
    /// The spec's name.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Exchange => "exchange",
            Kind::Repatriation => "repatriation",
            Kind::Release => "release",
            Kind::Disrupted => "disrupted",
        }
    }

    /// Parse the spec's name.
    pub fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "exchange" => Kind::Exchange,
            "repatriation" => Kind::Repatriation,
            "release" => Kind::Release,
            "disrupted" => Kind::Disrupted,
            _ => return None,
        })
    }
}

/// Whether the event is what the document is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// The event the document reports.
    Main,
    /// An earlier, later or secondary event it mentions.
    Background,
}

impl Role {
    /// The spec's name.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Main => "main",
            Role::Background => "background",
        }
    }
}

/// A count: a value and how the text qualifies it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Count {
    /// The number.
    pub value: u64,
    /// `None` for an exact figure.
    pub approx: Option<Approx>,
}

impl Count {
    /// An exact count.
    pub fn exact(value: u64) -> Count {
        Count {
            value,
            approx: None,
        }
    }

    /// The spec's JSON: a plain integer, or `{"value", "approx"}`.
    pub fn to_json(self) -> Value {
        match self.approx {
            None => json!(self.value),
            Some(a) => json!({"value": self.value, "approx": a.as_str()}),
        }
    }
}

/// A value with the spans of text it was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact<T> {
    /// The value.
    pub value: T,
    /// Where it was read (never empty).
    pub evidence: Vec<Span>,
}

impl<T> Fact<T> {
    /// A fact read from one span.
    pub fn new(value: T, span: Span) -> Fact<T> {
        Fact {
            value,
            evidence: vec![span],
        }
    }

    /// Add a span, keeping spans sorted and unique (a binary search, so adding
    /// many spans stays cheap).
    pub fn add_evidence(&mut self, span: Span) {
        if let Err(at) = self.evidence.binary_search(&span) {
            self.evidence.insert(at, span);
        }
    }
}

/// Branch keys of the spec, in the spec's order.
pub const BRANCHES: &[&str] = &[
    "armed_forces",
    "navy",
    "marines",
    "land_forces",
    "air_force",
    "air_assault",
    "territorial_defense",
    "unmanned_systems",
    "national_guard",
    "border_guard",
    "national_police",
    "special_transport",
    "sbu",
    "special_operations",
    "emergency_service",
];

/// Source keys of the spec.
pub const SOURCES: &[&str] = &[
    "zelensky",
    "yermak",
    "budanov",
    "lubinets",
    "umerov",
    "coordination_hq",
    "hur",
    "ombudsman_ru",
    "mod_ru",
    "mediator",
];

/// A check of a breakdown against its total (not scored).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    /// `branches_sum`, `ranks_sum` or `military_civilians_sum`.
    pub check: &'static str,
    /// Whether the parts agree with the whole.
    pub ok: bool,
    /// What was compared.
    pub detail: String,
}

/// Count fields of an event, in the order they are written.
pub const COUNT_FIELDS: &[&str] = &[
    "to_ukraine",
    "to_russia",
    "military",
    "civilians",
    "officers",
    "enlisted",
    "women",
    "wounded",
    "cumulative_exchanges",
    "cumulative_to_ukraine",
];

/// One event of a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// Exchange, repatriation, release or disrupted.
    pub kind: Fact<Kind>,
    /// Main or background.
    pub role: Role,
    /// The day of the event.
    pub date: Option<Fact<NaiveDate>>,
    /// The exchange's number over the whole war.
    pub ordinal: Option<Fact<u64>>,
    /// Count fields by name (see [`COUNT_FIELDS`]).
    pub counts: BTreeMap<&'static str, Fact<Count>>,
    /// Numbers per branch key.
    pub branches: BTreeMap<&'static str, Fact<Count>>,
    /// Branches named among those received by Ukraine.
    pub branches_mentioned: BTreeMap<&'static str, Fact<()>>,
    /// Age of the oldest person received by Ukraine.
    pub oldest: Option<Fact<u64>>,
    /// Age of the youngest.
    pub youngest: Option<Fact<u64>>,
    /// Mediating states (ISO 3166-1 alpha-2).
    pub mediators: BTreeMap<&'static str, Fact<()>>,
    /// Cited sources (source keys).
    pub sources: BTreeMap<&'static str, Fact<()>>,
    /// Breakdown checks.
    pub checks: Vec<Check>,
    /// For a stage of a deal carried out in stages: each side's number in the
    /// deal's formula ("1000 на 1000" gives 1000). Not part of report-v1's scored
    /// fields; written as `agreement: {"formula": "1000-for-1000", "stage": 2}`.
    pub agreement: Option<Fact<u64>>,
    /// The stage number of that deal, when the text gives one.
    pub stage: Option<Fact<u64>>,
}

impl Event {
    /// An event with only kind and role.
    pub fn new(kind: Fact<Kind>, role: Role) -> Event {
        Event {
            kind,
            role,
            date: None,
            ordinal: None,
            counts: BTreeMap::new(),
            branches: BTreeMap::new(),
            branches_mentioned: BTreeMap::new(),
            oldest: None,
            youngest: None,
            mediators: BTreeMap::new(),
            sources: BTreeMap::new(),
            checks: Vec::new(),
            agreement: None,
            stage: None,
        }
    }

    /// The value of a count field, if filled.
    pub fn count(&self, field: &str) -> Option<Count> {
        self.counts.get(field).map(|f| f.value)
    }

    /// The spec's JSON for this event, with `evidence` and `checks`.
    pub fn to_json(&self) -> Value {
        let mut m = Map::new();
        let mut ev = Map::new();
        let spans = |s: &[Span]| -> Value {
            Value::Array(
                s.iter()
                    .map(|s| json!({"start": s.start, "end": s.end}))
                    .collect(),
            )
        };
        m.insert("kind".into(), json!(self.kind.value.as_str()));
        ev.insert("kind".into(), spans(&self.kind.evidence));
        m.insert("role".into(), json!(self.role.as_str()));
        if let Some(d) = &self.date {
            m.insert("date".into(), json!(d.value.format("%Y-%m-%d").to_string()));
            ev.insert("date".into(), spans(&d.evidence));
        }
        if let Some(o) = &self.ordinal {
            m.insert("ordinal".into(), json!(o.value));
            ev.insert("ordinal".into(), spans(&o.evidence));
        }
        for name in COUNT_FIELDS {
            if let Some(c) = self.counts.get(name) {
                m.insert((*name).into(), c.value.to_json());
                ev.insert((*name).into(), spans(&c.evidence));
            }
        }
        if !self.branches.is_empty() {
            let mut b = Map::new();
            let mut all = Vec::new();
            for (k, c) in &self.branches {
                b.insert((*k).into(), c.value.to_json());
                all.extend(c.evidence.iter().copied());
            }
            all.sort();
            all.dedup();
            m.insert("branches".into(), Value::Object(b));
            ev.insert("branches".into(), spans(&all));
        }
        let mut list = |name: &str, set: &BTreeMap<&'static str, Fact<()>>| {
            if set.is_empty() {
                return;
            }
            let mut all: Vec<Span> = set
                .values()
                .flat_map(|f| f.evidence.iter().copied())
                .collect();
            all.sort();
            all.dedup();
            m.insert(name.into(), json!(set.keys().collect::<Vec<_>>()));
            ev.insert(name.into(), spans(&all));
        };
        list("branches_mentioned", &self.branches_mentioned);
        list("mediators", &self.mediators);
        list("sources", &self.sources);
        if let Some(o) = &self.oldest {
            m.insert("oldest".into(), json!(o.value));
            ev.insert("oldest".into(), spans(&o.evidence));
        }
        if let Some(y) = &self.youngest {
            m.insert("youngest".into(), json!(y.value));
            ev.insert("youngest".into(), spans(&y.evidence));
        }
        if let Some(a) = &self.agreement {
            let mut agreement = Map::new();
            agreement.insert(
                "formula".into(),
                json!(format!("{}-for-{}", a.value, a.value)),
            );
            let mut spans_all = a.evidence.clone();
            if let Some(s) = &self.stage {
                agreement.insert("stage".into(), json!(s.value));
                spans_all.extend(s.evidence.iter().copied());
            }
            spans_all.sort();
            spans_all.dedup();
            m.insert("agreement".into(), Value::Object(agreement));
            ev.insert("agreement".into(), spans(&spans_all));
        }
        m.insert("evidence".into(), Value::Object(ev));
        if !self.checks.is_empty() {
            m.insert(
                "checks".into(),
                Value::Array(
                    self.checks
                        .iter()
                        .map(|c| json!({"check": c.check, "ok": c.ok, "detail": c.detail}))
                        .collect(),
                ),
            );
        }
        Value::Object(m)
    }
}

/// What the report says about its document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocumentInfo {
    /// SHA-256 hex of the body.
    pub id: String,
    /// Input path as given (`-` for stdin, `PATH#N` for a record).
    pub path: Option<String>,
    /// `uk`, `ru`, `en`, or none.
    pub language: Option<String>,
    /// Publication date.
    pub published: Option<NaiveDate>,
    /// Outlet or channel.
    pub source: Option<String>,
    /// Where it came from.
    pub url: Option<String>,
}

/// Something the extractor noticed and could not settle (not part of the scored report).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// What was noticed.
    pub message: String,
    /// Where, when it has a place.
    pub span: Option<Span>,
}

/// The report of one document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// The document.
    pub document: DocumentInfo,
    /// Every event, main first.
    pub events: Vec<Event>,
    /// Notes from extraction.
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    /// The spec's JSON for the report.
    pub fn to_json(&self) -> Value {
        let d = &self.document;
        let mut doc = Map::new();
        doc.insert("id".into(), json!(d.id));
        if let Some(p) = &d.path {
            doc.insert("path".into(), json!(p));
        }
        doc.insert("language".into(), json!(d.language));
        doc.insert(
            "published".into(),
            json!(d.published.map(|p| p.format("%Y-%m-%d").to_string())),
        );
        doc.insert("source".into(), json!(d.source));
        doc.insert("url".into(), json!(d.url));
        let mut m = Map::new();
        m.insert("schema".into(), json!(SCHEMA));
        m.insert("document".into(), Value::Object(doc));
        m.insert(
            "events".into(),
            Value::Array(self.events.iter().map(Event::to_json).collect()),
        );
        if !self.diagnostics.is_empty() {
            m.insert(
                "diagnostics".into(),
                Value::Array(
                    self.diagnostics
                        .iter()
                        .map(|d| match d.span {
                            Some(s) => {
                                json!({"message": d.message, "start": s.start, "end": s.end})
                            }
                            None => json!({"message": d.message}),
                        })
                        .collect(),
                ),
            );
        }
        Value::Object(m)
    }
}
