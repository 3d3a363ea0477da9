//! Reconciliation: claims grouped by report in, ledger events out. Pure: no SQL,
//! no clock, no I/O.
//!
//! # Rules
//!
//! 1. Every event of every report is a *report event* (its kind, role, date,
//!    figures and set members). The input is put in a canonical order (document
//!    id, event index) first, so the output never depends on the input order.
//! 2. Report events are grouped by kind. Within a kind, each day's *support* is
//!    the number of distinct documents dating an event to it. A day is an
//!    *anchor* when its support beats both neighbours' (ties go to the earlier
//!    day). A report event dated on an anchor belongs to it; one dated a day
//!    next to an anchor joins that anchor when it is *compatible* (same ordinal
//!    when both give one; `to_ukraine` and `to_russia`, where both give them,
//!    within 25 %), the stronger anchor first; otherwise it stays on its own
//!    day. Everything depends on at most two days either side: the rule is
//!    local, so a "yesterday" or a late publication moves a report by a day and
//!    no chain of days merges distinct exchanges.
//! 3. Within a day and kind, report events giving different ordinals are
//!    different events; those without an ordinal go with the ordinal group that
//!    most documents support (ties: the smaller ordinal).
//! 4. An undated report event joins the single event of its kind with the same
//!    ordinal; otherwise it is *unplaced* (counted, not shown).
//! 5. Each figure's low / best / high, approx and conflict are computed as the
//!    crate root describes; sets keep their documents; checks compare best
//!    figures.
//!
//! [`apply_corrections`] then lays analysts' corrections over the figures.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet};

use chrono::{Days, NaiveDate};
use swapledger_extract::report::{BRANCHES, COUNT_FIELDS};
use swapledger_extract::{Count, Kind, Report};
use swapledger_text::Approx;

use crate::model::{
    ClaimRef, ClaimRole, Correction, CountValue, EventCheck, Figure, LedgerEvent, ListItem, SpanRef,
};

/// The document a report was made from, as reconciliation needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocMeta {
    /// Document id.
    pub id: String,
    /// Outlet or channel.
    pub source: Option<String>,
    /// `uk`, `ru`, `en`.
    pub language: Option<String>,
    /// Publication date.
    pub published: Option<NaiveDate>,
}

/// Which set a [`ListClaim`] belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ListName {
    /// `mediators`.
    Mediators,
    /// `sources`.
    Sources,
    /// `branches_mentioned`.
    BranchesMentioned,
}

impl ListName {
    /// The report-v1 field name.
    pub fn as_str(self) -> &'static str {
        match self {
            ListName::Mediators => "mediators",
            ListName::Sources => "sources",
            ListName::BranchesMentioned => "branches_mentioned",
        }
    }

    /// Parse the field name.
    pub fn parse(s: &str) -> Option<ListName> {
        Some(match s {
            "mediators" => ListName::Mediators,
            "sources" => ListName::Sources,
            "branches_mentioned" => ListName::BranchesMentioned,
            _ => return None,
        })
    }
}

/// A claimed figure: field, value, evidence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureClaim {
    /// Report-v1 field name (`to_ukraine`, `branches.sbu`, `ordinal`, ...).
    pub field: String,
    /// The value.
    pub value: CountValue,
    /// Where it was read.
    pub evidence: Vec<SpanRef>,
}

/// A claimed member of a set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListClaim {
    /// Which set.
    pub list: ListName,
    /// The key.
    pub value: String,
}

/// One event of one report, as claims.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportEvent {
    /// Its index in the report.
    pub index: u32,
    /// Main or background.
    pub role: ClaimRole,
    /// The kind.
    pub kind: Kind,
    /// The date, if the report gives one.
    pub date: Option<NaiveDate>,
    /// Figures.
    pub figures: Vec<FigureClaim>,
    /// Set members.
    pub lists: Vec<ListClaim>,
}

impl ReportEvent {
    fn ordinal(&self) -> Option<u64> {
        self.figure("ordinal").map(CountValue::value)
    }

    fn figure(&self, field: &str) -> Option<CountValue> {
        self.figures
            .iter()
            .find(|f| f.field == field)
            .map(|f| f.value)
    }

    fn cited(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .lists
            .iter()
            .filter(|l| l.list == ListName::Sources)
            .map(|l| l.value.clone())
            .collect();
        v.sort();
        v.dedup();
        v
    }
}

/// The claims of one report, grouped by event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportClaims {
    /// Its document.
    pub document: DocMeta,
    /// Its events.
    pub events: Vec<ReportEvent>,
}

fn spans(s: &[swapledger_text::Span]) -> Vec<SpanRef> {
    s.iter()
        .map(|s| SpanRef {
            start: s.start,
            end: s.end,
        })
        .collect()
}

/// The claims of an extracted report.
pub fn from_report(report: &Report) -> ReportClaims {
    let d = &report.document;
    let events = report
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let mut figures = Vec::new();
            for name in COUNT_FIELDS {
                if let Some(c) = e.counts.get(name) {
                    figures.push(FigureClaim {
                        field: (*name).to_string(),
                        value: CountValue(c.value),
                        evidence: spans(&c.evidence),
                    });
                }
            }
            for (b, c) in &e.branches {
                figures.push(FigureClaim {
                    field: format!("branches.{b}"),
                    value: CountValue(c.value),
                    evidence: spans(&c.evidence),
                });
            }
            // A stage of a deal carried out in stages: the deal's formula (each side's
            // number) and the stage, kept as figures so every report's claim is seen.
            for (name, f) in [
                ("ordinal", &e.ordinal),
                ("oldest", &e.oldest),
                ("youngest", &e.youngest),
                ("agreement", &e.agreement),
                ("stage", &e.stage),
            ] {
                if let Some(f) = f {
                    figures.push(FigureClaim {
                        field: name.to_string(),
                        value: CountValue::exact(f.value),
                        evidence: spans(&f.evidence),
                    });
                }
            }
            let mut lists = Vec::new();
            for (list, set) in [
                (ListName::Mediators, &e.mediators),
                (ListName::Sources, &e.sources),
                (ListName::BranchesMentioned, &e.branches_mentioned),
            ] {
                for k in set.keys() {
                    lists.push(ListClaim {
                        list,
                        value: (*k).to_string(),
                    });
                }
            }
            ReportEvent {
                index: i as u32,
                role: e.role.into(),
                kind: e.kind.value,
                date: e.date.as_ref().map(|d| d.value),
                figures,
                lists,
            }
        })
        .collect();
    ReportClaims {
        document: DocMeta {
            id: d.id.clone(),
            source: d.source.clone(),
            language: d.language.clone(),
            published: d.published,
        },
        events,
    }
}

/// What reconciliation made of a set of reports.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Reconciled {
    /// Events, sorted by date, kind, id.
    pub events: Vec<LedgerEvent>,
    /// Report events with no date and no matching ordinal.
    pub unplaced: usize,
}

type Item<'a> = (&'a DocMeta, &'a ReportEvent);

/// Interval of a claim for the conflict test ("about" widened by 10 %).
fn conflict_interval(c: CountValue) -> (f64, f64) {
    let v = c.value() as f64;
    match c.qualifier() {
        None => (v, v),
        Some(Approx::Over) => (v, f64::INFINITY),
        Some(Approx::Under) => (0.0, v),
        Some(Approx::About) => (v * 0.9, v * 1.1),
    }
}

/// UCDP bounds of a claim.
fn bounds(c: CountValue) -> (Option<u64>, Option<u64>) {
    let v = c.value();
    match c.qualifier() {
        None | Some(Approx::About) => (Some(v), Some(v)),
        Some(Approx::Over) => (Some(v), None),
        Some(Approx::Under) => (None, Some(v)),
    }
}

/// Two values that may describe the same event (bounds overlap once widened by 25 %).
fn near(a: CountValue, b: CountValue) -> bool {
    let (alo, ahi) = conflict_interval(a);
    let (blo, bhi) = conflict_interval(b);
    alo * 0.75 <= bhi * 1.25 && blo * 0.75 <= ahi * 1.25
}

fn compatible(item: &ReportEvent, anchor: &[Item<'_>]) -> bool {
    // Different stages of one deal are different events.
    if let Some(s) = item.figure("stage").map(CountValue::value) {
        let stages: BTreeSet<u64> = anchor
            .iter()
            .filter_map(|(_, e)| e.figure("stage").map(CountValue::value))
            .collect();
        if !stages.is_empty() && !stages.contains(&s) {
            return false;
        }
    }
    if let Some(o) = item.ordinal() {
        let ords: BTreeSet<u64> = anchor.iter().filter_map(|(_, e)| e.ordinal()).collect();
        if !ords.is_empty() && !ords.contains(&o) {
            return false;
        }
    }
    for field in ["to_ukraine", "to_russia"] {
        if let Some(v) = item.figure(field) {
            let theirs: Vec<CountValue> =
                anchor.iter().filter_map(|(_, e)| e.figure(field)).collect();
            if !theirs.is_empty() && !theirs.iter().any(|t| near(v, *t)) {
                return false;
            }
        }
    }
    true
}

/// Tier of a claim for the best figure: lower is preferred.
fn tier(role: ClaimRole, cited: bool) -> u8 {
    match (role, cited) {
        (ClaimRole::Main, true) => 0,
        (ClaimRole::Main, false) => 1,
        (ClaimRole::Background, true) => 2,
        (ClaimRole::Background, false) => 3,
    }
}

/// A figure from its claims (sorted here).
pub fn figure_of(mut claims: Vec<ClaimRef>) -> Figure {
    claims.sort_by(|a, b| {
        (&a.document, a.value.value(), a.value.qualifier(), a.role).cmp(&(
            &b.document,
            b.value.value(),
            b.value.qualifier(),
            b.role,
        ))
    });
    let mut low: Option<u64> = None;
    let mut high: Option<u64> = None;
    let mut low_open = false;
    let mut high_open = false;
    let mut max_lo = f64::NEG_INFINITY;
    let mut min_hi = f64::INFINITY;
    let mut support: BTreeMap<CountValue, BTreeSet<&str>> = BTreeMap::new();
    for c in &claims {
        let (lo, hi) = bounds(c.value);
        match lo {
            None => low_open = true,
            Some(l) => low = Some(low.map_or(l, |x: u64| x.min(l))),
        }
        match hi {
            None => high_open = true,
            Some(h) => high = Some(high.map_or(h, |x: u64| x.max(h))),
        }
        let (clo, chi) = conflict_interval(c.value);
        max_lo = max_lo.max(clo);
        min_hi = min_hi.min(chi);
        support.entry(c.value).or_default().insert(&c.document);
    }
    let conflict = claims.len() > 1 && max_lo > min_hi;
    let best = claims
        .iter()
        .min_by_key(|c| {
            (
                tier(c.role, !c.cited.is_empty()),
                c.value.qualifier().is_some(),
                Reverse(support.get(&c.value).map_or(0, BTreeSet::len)),
                c.value.value(),
                c.value.qualifier(),
            )
        })
        .map(|c| c.value);
    Figure {
        best: best.map(CountValue::value),
        low: if low_open { None } else { low },
        high: if high_open { None } else { high },
        approx: best.and_then(CountValue::qualifier),
        conflict,
        corrected: false,
        claims,
    }
}

/// Breakdown checks on the best figures.
pub fn checks_of(figures: &BTreeMap<String, Figure>) -> Vec<EventCheck> {
    let best = |f: &str| figures.get(f).and_then(|f| f.best);
    let mut out = Vec::new();
    let whole = best("military")
        .map(|m| ("military", m))
        .or_else(|| best("to_ukraine").map(|t| ("to_ukraine", t)));
    let branch_sum: Option<u64> = {
        let parts: Vec<u64> = BRANCHES
            .iter()
            .filter_map(|b| best(&format!("branches.{b}")))
            .collect();
        (!parts.is_empty()).then(|| parts.iter().sum())
    };
    if let (Some(sum), Some((name, total))) = (branch_sum, whole) {
        out.push(EventCheck {
            check: "branches_sum".into(),
            ok: sum <= total,
            detail: format!("branches add to {sum}, {name} {total}"),
        });
    }
    if let (Some(o), Some(e), Some((name, total))) = (best("officers"), best("enlisted"), whole) {
        out.push(EventCheck {
            check: "ranks_sum".into(),
            ok: o + e == total,
            detail: format!("officers {o} + enlisted {e} = {}, {name} {total}", o + e),
        });
    }
    if let (Some(m), Some(c), Some(t)) = (best("military"), best("civilians"), best("to_ukraine")) {
        out.push(EventCheck {
            check: "military_civilians_sum".into(),
            ok: m + c == t,
            detail: format!("military {m} + civilians {c} = {}, to_ukraine {t}", m + c),
        });
    }
    out
}

fn list_items(map: BTreeMap<String, BTreeSet<String>>) -> Vec<ListItem> {
    map.into_iter()
        .map(|(value, docs)| ListItem {
            value,
            documents: docs.into_iter().collect(),
        })
        .collect()
}

fn build_event(kind: Kind, date: NaiveDate, items: &[Item<'_>]) -> LedgerEvent {
    let mut figure_claims: BTreeMap<String, Vec<ClaimRef>> = BTreeMap::new();
    let mut lists: [BTreeMap<String, BTreeSet<String>>; 3] = Default::default();
    let mut dates: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut documents: BTreeSet<&str> = BTreeSet::new();
    for (doc, e) in items {
        documents.insert(&doc.id);
        if let Some(d) = e.date {
            dates
                .entry(d.format("%Y-%m-%d").to_string())
                .or_default()
                .insert(doc.id.clone());
        }
        let cited = e.cited();
        for f in &e.figures {
            figure_claims
                .entry(f.field.clone())
                .or_default()
                .push(ClaimRef {
                    value: f.value,
                    document: doc.id.clone(),
                    source: doc.source.clone(),
                    cited: cited.clone(),
                    language: doc.language.clone(),
                    role: e.role,
                    published: doc.published,
                    evidence: f.evidence.clone(),
                });
        }
        for l in &e.lists {
            let i = match l.list {
                ListName::Mediators => 0,
                ListName::Sources => 1,
                ListName::BranchesMentioned => 2,
            };
            lists[i]
                .entry(l.value.clone())
                .or_default()
                .insert(doc.id.clone());
        }
    }
    let figures: BTreeMap<String, Figure> = figure_claims
        .into_iter()
        .map(|(k, v)| (k, figure_of(v)))
        .collect();
    let [mediators, sources, branches_mentioned] = lists;
    let mut ev = LedgerEvent {
        id: String::new(),
        kind,
        date,
        ordinal: None,
        agreement: None,
        documents: documents.into_iter().map(str::to_string).collect(),
        checks: Vec::new(),
        figures,
        mediators: list_items(mediators),
        sources: list_items(sources),
        branches_mentioned: list_items(branches_mentioned),
        dates: list_items(dates),
        conflict: false,
    };
    refresh(&mut ev);
    ev
}

/// Recompute the derived parts of an event (ordinal, checks, conflict) from its figures.
fn refresh(ev: &mut LedgerEvent) {
    ev.ordinal = ev.best("ordinal");
    // Stages of one deal share its formula: "1000-for-1000" links them.
    ev.agreement = ev.best("agreement").map(|n| format!("{n}-for-{n}"));
    ev.checks = checks_of(&ev.figures);
    ev.conflict = ev.figures.values().any(|f| f.conflict);
}

/// The event id: `YYYY-MM-DD-kind`, with `-N` for the N-th event of that kind that day.
pub fn event_id(date: NaiveDate, kind: Kind, n: usize) -> String {
    let base = format!("{}-{}", date.format("%Y-%m-%d"), kind.as_str());
    if n <= 1 {
        base
    } else {
        format!("{base}-{n}")
    }
}

fn day_before(d: NaiveDate) -> Option<NaiveDate> {
    d.checked_sub_days(Days::new(1))
}

fn day_after(d: NaiveDate) -> Option<NaiveDate> {
    d.checked_add_days(Days::new(1))
}

/// Reconcile the claims of every report into ledger events. Deterministic and
/// independent of the order of `reports` and of their events.
pub fn reconcile(reports: &[ReportClaims]) -> Reconciled {
    let mut items: Vec<Item<'_>> = reports
        .iter()
        .flat_map(|r| r.events.iter().map(move |e| (&r.document, e)))
        .collect();
    items.sort_by(|a, b| (&a.0.id, a.1.index).cmp(&(&b.0.id, b.1.index)));
    items.dedup_by(|a, b| a.0.id == b.0.id && a.1.index == b.1.index);

    let mut by_kind: BTreeMap<Kind, Vec<Item<'_>>> = BTreeMap::new();
    for it in items {
        by_kind.entry(it.1.kind).or_default().push(it);
    }
    let mut out = Reconciled::default();
    for (kind, items) in by_kind {
        let (dated, undated): (Vec<Item<'_>>, Vec<Item<'_>>) =
            items.into_iter().partition(|(_, e)| e.date.is_some());
        // Items per day, and each day's support (distinct documents).
        let mut per_day: BTreeMap<NaiveDate, Vec<Item<'_>>> = BTreeMap::new();
        for it in dated {
            per_day
                .entry(it.1.date.expect("dated"))
                .or_default()
                .push(it);
        }
        let support: BTreeMap<NaiveDate, usize> = per_day
            .iter()
            .map(|(d, v)| {
                let docs: BTreeSet<&str> = v.iter().map(|(doc, _)| doc.id.as_str()).collect();
                (*d, docs.len())
            })
            .collect();
        let key = |d: Option<NaiveDate>| -> (usize, Reverse<NaiveDate>) {
            match d.and_then(|d| support.get(&d).map(|s| (*s, Reverse(d)))) {
                Some(k) => k,
                None => (0, Reverse(NaiveDate::MAX)),
            }
        };
        let is_anchor =
            |d: NaiveDate| key(Some(d)) > key(day_before(d)) && key(Some(d)) > key(day_after(d));
        // Place every dated item on a cluster day.
        let mut clusters: BTreeMap<NaiveDate, Vec<Item<'_>>> = BTreeMap::new();
        for (day, day_items) in &per_day {
            if is_anchor(*day) {
                clusters
                    .entry(*day)
                    .or_default()
                    .extend(day_items.iter().copied());
                continue;
            }
            let mut anchors: Vec<NaiveDate> = [day_before(*day), day_after(*day)]
                .into_iter()
                .flatten()
                .filter(|d| support.contains_key(d) && is_anchor(*d))
                .collect();
            anchors.sort_by_key(|d| Reverse(key(Some(*d))));
            for it in day_items {
                let target = anchors
                    .iter()
                    .find(|a| compatible(it.1, &per_day[a]))
                    .copied()
                    .unwrap_or(*day);
                clusters.entry(target).or_default().push(*it);
            }
        }
        // Split each day by ordinal.
        let mut built: Vec<(LedgerEvent, Vec<Item<'_>>)> = Vec::new();
        for (day, mut cl) in clusters {
            cl.sort_by(|a, b| (&a.0.id, a.1.index).cmp(&(&b.0.id, b.1.index)));
            let mut groups: BTreeMap<Option<u64>, Vec<Item<'_>>> = BTreeMap::new();
            for it in &cl {
                groups.entry(it.1.ordinal()).or_default().push(*it);
            }
            if groups.len() > 1 {
                if let Some(loose) = groups.remove(&None) {
                    let target = *groups
                        .iter()
                        .max_by_key(|(o, v)| {
                            let docs: BTreeSet<&str> =
                                v.iter().map(|(d, _)| d.id.as_str()).collect();
                            (docs.len(), Reverse(**o))
                        })
                        .expect("another group")
                        .0;
                    groups.get_mut(&target).expect("group").extend(loose);
                }
            }
            let mut evs: Vec<(Option<u64>, String, LedgerEvent, Vec<Item<'_>>)> = groups
                .into_iter()
                .map(|(o, mut v)| {
                    v.sort_by(|a, b| (&a.0.id, a.1.index).cmp(&(&b.0.id, b.1.index)));
                    let ev = build_event(kind, day, &v);
                    let first = ev.documents.first().cloned().unwrap_or_default();
                    (o, first, ev, v)
                })
                .collect();
            evs.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
            for (n, (_, _, mut ev, v)) in evs.into_iter().enumerate() {
                ev.id = event_id(day, kind, n + 1);
                built.push((ev, v));
            }
        }
        // Undated report events join the one event with their ordinal.
        let mut grown: BTreeSet<usize> = BTreeSet::new();
        for it in undated {
            let target = it.1.ordinal().and_then(|o| {
                let mut m = built
                    .iter()
                    .enumerate()
                    .filter(|(_, (e, _))| e.ordinal == Some(o));
                match (m.next(), m.next()) {
                    (Some((i, _)), None) => Some(i),
                    _ => None,
                }
            });
            match target {
                Some(i) => {
                    built[i].1.push(it);
                    grown.insert(i);
                }
                None => out.unplaced += 1,
            }
        }
        for i in grown {
            let (ev, items) = &mut built[i];
            items.sort_by(|a, b| (&a.0.id, a.1.index).cmp(&(&b.0.id, b.1.index)));
            let mut rebuilt = build_event(kind, ev.date, items);
            rebuilt.id = std::mem::take(&mut ev.id);
            *ev = rebuilt;
        }
        out.events.extend(built.into_iter().map(|(e, _)| e));
    }
    out.events
        .sort_by(|a, b| (a.date, a.kind, &a.id).cmp(&(b.date, b.kind, &b.id)));
    out
}

/// Lay corrections (oldest first) over an event's figures: the last one per
/// field wins, sets `best`, `approx` and `corrected`, and widens low/high when
/// outside them. Conflict flags stay as the claims make them.
pub fn apply_corrections(ev: &mut LedgerEvent, corrections: &[Correction]) {
    let mut touched = false;
    for c in corrections.iter().filter(|c| c.event == ev.id) {
        let f = ev.figures.entry(c.field.clone()).or_insert_with(|| Figure {
            best: None,
            low: Some(c.new.value()),
            high: Some(c.new.value()),
            approx: None,
            conflict: false,
            corrected: false,
            claims: Vec::new(),
        });
        let v = c.new.value();
        f.best = Some(v);
        f.approx = c.new.qualifier();
        f.corrected = true;
        if f.low.is_some_and(|l| v < l) {
            f.low = Some(v);
        }
        if f.high.is_some_and(|h| v > h) {
            f.high = Some(v);
        }
        touched = true;
    }
    if touched {
        refresh(ev);
    }
}

/// The count of a [`Count`] as a [`CountValue`] (convenience).
pub fn count_value(c: Count) -> CountValue {
    CountValue(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn doc(id: &str, published: &str) -> DocMeta {
        DocMeta {
            id: id.to_string(),
            source: Some(format!("outlet {id}")),
            language: Some("uk".into()),
            published: Some(d(published)),
        }
    }

    fn ev(
        kind: Kind,
        role: ClaimRole,
        date: Option<&str>,
        figs: &[(&str, CountValue)],
    ) -> ReportEvent {
        ReportEvent {
            index: 0,
            role,
            kind,
            date: date.map(d),
            figures: figs
                .iter()
                .map(|(f, v)| FigureClaim {
                    field: f.to_string(),
                    value: *v,
                    evidence: vec![SpanRef { start: 0, end: 1 }],
                })
                .collect(),
            lists: Vec::new(),
        }
    }

    fn report(id: &str, date: &str, figs: &[(&str, CountValue)]) -> ReportClaims {
        ReportClaims {
            document: doc(id, date),
            events: vec![ev(Kind::Exchange, ClaimRole::Main, Some(date), figs)],
        }
    }

    fn x(v: u64) -> CountValue {
        CountValue::exact(v)
    }

    fn over(v: u64) -> CountValue {
        CountValue::approx(v, Approx::Over)
    }

    fn conflict_of(values: &[CountValue]) -> bool {
        let reports: Vec<ReportClaims> = values
            .iter()
            .enumerate()
            .map(|(i, v)| report(&format!("d{i}"), "2024-01-31", &[("to_ukraine", *v)]))
            .collect();
        let rec = reconcile(&reports);
        assert_eq!(rec.events.len(), 1, "one event: {:?}", rec.events);
        rec.events[0].figures["to_ukraine"].conflict
    }

    #[test]
    fn conflicts_as_issue_5_defines_them() {
        assert!(!conflict_of(&[over(200), x(207)]), "over 200 and 207 agree");
        assert!(conflict_of(&[x(207), x(206)]), "207 and 206 conflict");
        assert!(
            conflict_of(&[over(300), x(207)]),
            "over 300 and 207 conflict"
        );
        assert!(!conflict_of(&[x(207), x(207)]));
        assert!(!conflict_of(&[
            CountValue::approx(200, Approx::About),
            x(207)
        ]));
        assert!(conflict_of(&[
            CountValue::approx(50, Approx::Under),
            x(207)
        ]));
    }

    #[test]
    fn low_best_high_are_ucdp_style() {
        let rec = reconcile(&[
            report("a", "2024-01-31", &[("to_ukraine", over(200))]),
            report("b", "2024-01-31", &[("to_ukraine", x(207))]),
        ]);
        let f = &rec.events[0].figures["to_ukraine"];
        assert_eq!(
            (f.low, f.best, f.high, f.approx),
            (Some(200), Some(207), None, None)
        );
        let rec = reconcile(&[
            report(
                "a",
                "2024-01-31",
                &[("to_ukraine", CountValue::approx(50, Approx::Under))],
            ),
            report("b", "2024-01-31", &[("to_ukraine", x(40))]),
        ]);
        let f = &rec.events[0].figures["to_ukraine"];
        assert_eq!((f.low, f.best, f.high), (None, Some(40), Some(50)));
        let rec = reconcile(&[report("a", "2024-01-31", &[("to_ukraine", over(200))])]);
        let f = &rec.events[0].figures["to_ukraine"];
        assert_eq!(
            (f.low, f.best, f.high, f.approx),
            (Some(200), Some(200), None, Some(Approx::Over))
        );
    }

    #[test]
    fn best_prefers_main_cited_then_exact_then_support() {
        // A background mention with an exact figure loses to a main report that cites an official source.
        let mut bg = report("a", "2024-01-31", &[("to_ukraine", x(300))]);
        bg.events[0].role = ClaimRole::Background;
        let mut official = report("b", "2024-01-31", &[("to_ukraine", x(207))]);
        official.events[0].lists.push(ListClaim {
            list: ListName::Sources,
            value: "zelensky".into(),
        });
        let plain = report("c", "2024-01-31", &[("to_ukraine", x(206))]);
        let plain2 = report("d", "2024-01-31", &[("to_ukraine", x(206))]);
        let rec = reconcile(&[bg.clone(), official.clone(), plain.clone(), plain2.clone()]);
        assert_eq!(rec.events[0].best("to_ukraine"), Some(207));
        // Without the official report: main over background, then the value more documents give.
        let rec = reconcile(&[
            bg.clone(),
            plain.clone(),
            plain2.clone(),
            report("e", "2024-01-31", &[("to_ukraine", x(205))]),
        ]);
        assert_eq!(rec.events[0].best("to_ukraine"), Some(206));
        // Exact over approximate within a tier.
        let rec = reconcile(&[
            report("a", "2024-01-31", &[("to_ukraine", over(300))]),
            report("b", "2024-01-31", &[("to_ukraine", x(207))]),
        ]);
        assert_eq!(rec.events[0].best("to_ukraine"), Some(207));
        // The official claim's sources are its `cited`.
        let rec = reconcile(&[official]);
        assert_eq!(
            rec.events[0].figures["to_ukraine"].claims[0].cited,
            vec!["zelensky".to_string()]
        );
    }

    #[test]
    fn a_day_late_joins_when_compatible_and_not_otherwise() {
        let rec = reconcile(&[
            report(
                "a",
                "2024-01-31",
                &[("to_ukraine", x(207)), ("ordinal", x(50))],
            ),
            report("b", "2024-01-31", &[("to_ukraine", x(207))]),
            report(
                "c",
                "2024-02-01",
                &[("to_ukraine", x(206)), ("ordinal", x(50))],
            ),
        ]);
        assert_eq!(rec.events.len(), 1);
        assert_eq!(rec.events[0].id, "2024-01-31-exchange");
        assert_eq!(rec.events[0].documents.len(), 3);
        assert_eq!(rec.events[0].dates.len(), 2);
        // Another ordinal the next day is another exchange.
        let rec = reconcile(&[
            report(
                "a",
                "2024-01-31",
                &[("to_ukraine", x(207)), ("ordinal", x(50))],
            ),
            report("b", "2024-01-31", &[("to_ukraine", x(207))]),
            report(
                "c",
                "2024-02-01",
                &[("to_ukraine", x(100)), ("ordinal", x(51))],
            ),
        ]);
        let ids: Vec<&str> = rec.events.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["2024-01-31-exchange", "2024-02-01-exchange"]);
        // Two days apart never merge.
        let rec = reconcile(&[
            report("a", "2024-01-31", &[("to_ukraine", x(207))]),
            report("c", "2024-02-02", &[("to_ukraine", x(207))]),
        ]);
        assert_eq!(rec.events.len(), 2);
        // Figures far apart a day later do not join.
        let rec = reconcile(&[
            report("a", "2024-01-31", &[("to_ukraine", x(207))]),
            report("c", "2024-02-01", &[("to_ukraine", x(12))]),
        ]);
        assert_eq!(rec.events.len(), 2);
    }

    #[test]
    fn same_day_different_ordinals_get_suffixes_and_kinds_stay_apart() {
        let mut rep = report("z", "2024-01-31", &[("to_ukraine", x(100))]);
        rep.events[0].kind = Kind::Repatriation;
        let rec = reconcile(&[
            report(
                "a",
                "2024-01-31",
                &[("to_ukraine", x(207)), ("ordinal", x(50))],
            ),
            report(
                "b",
                "2024-01-31",
                &[("to_ukraine", x(10)), ("ordinal", x(51))],
            ),
            report("c", "2024-01-31", &[("to_ukraine", x(207))]),
            rep,
        ]);
        let ids: Vec<(&str, Option<u64>)> = rec
            .events
            .iter()
            .map(|e| (e.id.as_str(), e.ordinal))
            .collect();
        assert_eq!(
            ids,
            [
                ("2024-01-31-exchange", Some(50)),
                ("2024-01-31-exchange-2", Some(51)),
                ("2024-01-31-repatriation", None)
            ]
        );
        assert_eq!(rec.events[0].documents, ["a", "c"]);
    }

    #[test]
    fn undated_mentions_join_by_ordinal_or_stay_unplaced() {
        let mut bg = ReportClaims {
            document: doc("u", "2024-03-01"),
            events: vec![
                ev(
                    Kind::Exchange,
                    ClaimRole::Background,
                    None,
                    &[("ordinal", x(50)), ("to_ukraine", x(207))],
                ),
                ev(
                    Kind::Exchange,
                    ClaimRole::Background,
                    None,
                    &[("to_ukraine", x(5))],
                ),
            ],
        };
        bg.events[1].index = 1;
        let rec = reconcile(&[report("a", "2024-01-31", &[("ordinal", x(50))]), bg]);
        assert_eq!(rec.events.len(), 1);
        assert_eq!(rec.events[0].documents, ["a", "u"]);
        assert_eq!(rec.unplaced, 1);
    }

    /// A small seeded generator (xorshift), so shuffles are reproducible.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn shuffle<T>(&mut self, v: &mut [T]) {
            for i in (1..v.len()).rev() {
                let j = (self.next() % (i as u64 + 1)) as usize;
                v.swap(i, j);
            }
        }
    }

    fn corpus(rng: &mut Rng) -> Vec<ReportClaims> {
        let kinds = [
            Kind::Exchange,
            Kind::Repatriation,
            Kind::Release,
            Kind::Disrupted,
        ];
        let base = d("2024-01-01");
        let mut out = Vec::new();
        for i in 0..300u64 {
            let day = base + Days::new(rng.next() % 40);
            let kind = kinds[(rng.next() % 4) as usize];
            let v = 100 + rng.next() % 20;
            let value = match rng.next() % 4 {
                0 => over(v - 10),
                _ => x(v),
            };
            let mut figs = vec![("to_ukraine", value)];
            if rng.next().is_multiple_of(3) {
                figs.push(("ordinal", x(40 + rng.next() % 3)));
            }
            let date = if rng.next().is_multiple_of(10) {
                None
            } else {
                Some(day.format("%Y-%m-%d").to_string())
            };
            let mut e = ev(
                kind,
                if i % 5 == 0 {
                    ClaimRole::Background
                } else {
                    ClaimRole::Main
                },
                date.as_deref(),
                &figs,
            );
            if rng.next().is_multiple_of(2) {
                e.lists.push(ListClaim {
                    list: ListName::Sources,
                    value: "hur".into(),
                });
                e.lists.push(ListClaim {
                    list: ListName::Mediators,
                    value: "AE".into(),
                });
            }
            let mut e2 = e.clone();
            e2.index = 1;
            e2.date = e.date.map(|d| d + Days::new(1));
            out.push(ReportClaims {
                document: doc(&format!("{:016x}", rng.next()), "2024-03-01"),
                events: if i % 7 == 0 { vec![e, e2] } else { vec![e] },
            });
        }
        out
    }

    #[test]
    fn order_independent_under_seeded_shuffles() {
        let mut rng = Rng(0x5eed_1234_abcd_0001);
        let reports = corpus(&mut rng);
        let expected = reconcile(&reports);
        assert!(expected.events.len() > 20);
        for _ in 0..25 {
            let mut shuffled = reports.clone();
            rng.shuffle(&mut shuffled);
            for r in &mut shuffled {
                rng.shuffle(&mut r.events);
                for e in &mut r.events {
                    rng.shuffle(&mut e.figures);
                    rng.shuffle(&mut e.lists);
                }
            }
            assert_eq!(reconcile(&shuffled), expected);
        }
    }

    #[test]
    fn corrections_win_and_keep_the_conflict_visible() {
        let mut e = reconcile(&[
            report("a", "2024-01-31", &[("to_ukraine", x(207))]),
            report("b", "2024-01-31", &[("to_ukraine", x(206))]),
        ])
        .events
        .remove(0);
        let c = Correction {
            seq: 1,
            event: e.id.clone(),
            field: "to_ukraine".into(),
            old: Some(x(206)),
            new: x(230),
            note: "official list".into(),
            by: "t".into(),
            at: "2024-02-02T00:00:00Z".into(),
            orphaned: false,
        };
        apply_corrections(&mut e, &[c]);
        let f = &e.figures["to_ukraine"];
        assert_eq!(
            (f.best, f.low, f.high, f.corrected, f.conflict),
            (Some(230), Some(206), Some(230), true, true)
        );
    }
}
