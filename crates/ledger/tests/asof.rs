//! The windowed as-of and date-filtered answers (`window.rs`) against the
//! straightforward one (every claim published by the date, reconciled in
//! memory) on generated ledgers: dense days, late and undated documents,
//! background mentions weeks back, undated mentions joining by ordinal (and
//! ambiguous ordinals), conflicting and far-apart figures, every kind.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};
use swapledger_extract::{Count, Fact, Kind, Report, Role};
use swapledger_ingest::{Document, Metadata};
use swapledger_ledger::{
    extract_document, reconcile, Answer, EventFilter, IngestItem, Ledger, LedgerEvent, SeriesPoint,
};
use swapledger_text::{Approx, Span};

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn one_in(&mut self, n: u64) -> bool {
        self.below(n) == 0
    }
}

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn fact<T>(value: T) -> Fact<T> {
    Fact {
        value,
        evidence: vec![Span { start: 0, end: 5 }],
    }
}

/// A template event from a real extraction (so fields the extractor adds
/// later keep a valid value), emptied.
fn template() -> swapledger_extract::Event {
    let doc = Document {
        path: "t.txt".into(),
        body: "Сьогодні відбувся обмін полоненими. Додому повернулися 75 наших людей.".into(),
        meta: Metadata {
            published: Some(d("2024-05-31")),
            ..Metadata::default()
        },
    };
    let mut e = extract_document(&doc).events.remove(0);
    e.date = None;
    e.ordinal = None;
    e.counts.clear();
    e.branches.clear();
    e.branches_mentioned.clear();
    e.oldest = None;
    e.youngest = None;
    e.mediators.clear();
    e.sources.clear();
    e.checks.clear();
    e
}

const KINDS: [Kind; 4] = [
    Kind::Exchange,
    Kind::Repatriation,
    Kind::Release,
    Kind::Disrupted,
];

fn count(rng: &mut Rng, v: u64) -> Fact<Count> {
    let approx = match rng.below(8) {
        0 => Some(Approx::Over),
        1 => Some(Approx::About),
        2 => Some(Approx::Under),
        _ => None,
    };
    fact(Count { value: v, approx })
}

/// `n` documents over ~`days` days from 2024-01-01; with `undated`, some
/// documents have no publication date and some events no date.
fn corpus(seed: u64, n: usize, days: u64, undated: bool) -> Vec<IngestItem> {
    let mut rng = Rng(seed);
    let tpl = template();
    let base = d("2024-01-01");
    (0..n)
        .map(|i| {
            let day = base + Days::new(rng.below(days));
            let published = if undated && rng.one_in(15) {
                None
            } else {
                Some(day + Days::new(rng.below(3)))
            };
            let mut events = Vec::new();
            let n_events = 1 + rng.below(3) as usize;
            for j in 0..n_events {
                let mut e = tpl.clone();
                e.kind = fact(if rng.one_in(2) {
                    Kind::Exchange
                } else {
                    KINDS[rng.below(4) as usize]
                });
                e.role = if j == 0 { Role::Main } else { Role::Background };
                let when = if j == 0 {
                    day
                } else {
                    day - Days::new(rng.below(30))
                };
                if !(undated && rng.one_in(8)) {
                    e.date = Some(fact(when));
                }
                if rng.one_in(3) {
                    e.ordinal = Some(fact(40 + rng.below(6)));
                }
                let size = 100 + (when - base).num_days() as u64 % 7 * 3;
                let v = if rng.one_in(10) {
                    5 + rng.below(10)
                } else {
                    size + rng.below(4)
                };
                e.counts.insert("to_ukraine", count(&mut rng, v));
                if rng.one_in(2) {
                    e.counts.insert("to_russia", count(&mut rng, size));
                }
                if rng.one_in(4) {
                    let v = 10 + rng.below(3);
                    e.counts.insert("officers", count(&mut rng, v));
                }
                if rng.one_in(5) {
                    let v = 5 + rng.below(2);
                    e.branches.insert("navy", count(&mut rng, v));
                }
                if rng.one_in(3) {
                    e.sources.insert("zelensky", fact(()));
                }
                if rng.one_in(4) {
                    e.mediators.insert("AE", fact(()));
                }
                if rng.one_in(6) {
                    e.oldest = Some(fact(60 + rng.below(5)));
                }
                events.push(e);
            }
            let document = Document {
                path: format!("gen/{i}.txt"),
                body: format!("generated document {seed} {i}"),
                meta: Metadata {
                    language: Some(["uk", "ru", "en"][i % 3].into()),
                    published,
                    source: Some(format!("Outlet {}", i % 5)),
                    ..Metadata::default()
                },
            };
            let mut report = extract_document(&document);
            report.events = events;
            IngestItem {
                document,
                report: Some(report),
            }
        })
        .collect()
}

/// The straightforward answer: every claim published by `as_of`, reconciled in memory.
fn reference(l: &Ledger, filter: &EventFilter, as_of: Option<NaiveDate>) -> Vec<LedgerEvent> {
    let (claims, _) = l.load_claims(as_of).unwrap();
    reconcile::reconcile(&claims)
        .events
        .into_iter()
        .filter(|e| filter.accepts(e))
        .collect()
}

fn series_of(events: &[LedgerEvent]) -> Vec<SeriesPoint> {
    let (mut cu, mut cr) = (0, 0);
    events
        .iter()
        .filter(|e| matches!(e.kind, Kind::Exchange | Kind::Release))
        .map(|e| {
            let (u, r) = (
                e.best("to_ukraine").unwrap_or(0),
                e.best("to_russia").unwrap_or(0),
            );
            cu += u;
            cr += r;
            SeriesPoint {
                event: e.id.clone(),
                date: e.date,
                kind: e.kind,
                to_ukraine: u,
                to_russia: r,
                cumulative_to_ukraine: cu,
                cumulative_to_russia: cr,
            }
        })
        .collect()
}

fn brief(mut events: Vec<LedgerEvent>) -> Vec<LedgerEvent> {
    for e in &mut events {
        for f in e.figures.values_mut() {
            f.claims.clear();
        }
        for set in [
            &mut e.mediators,
            &mut e.sources,
            &mut e.branches_mentioned,
            &mut e.dates,
        ] {
            for m in set.iter_mut() {
                m.documents.clear();
            }
        }
    }
    events
}

fn ids(v: &Answer<Vec<LedgerEvent>>) -> Vec<&str> {
    v.value.iter().map(|e| e.id.as_str()).collect()
}

/// Every as-of query against the reference, on one store state.
fn check(l: &Ledger, label: &str) {
    let as_ofs = [
        None,
        Some(d("2023-12-01")),
        Some(d("2024-01-05")),
        Some(d("2024-01-20")),
        Some(d("2024-02-03")),
        Some(d("2024-02-17")),
        Some(d("2024-03-10")),
        Some(d("2030-01-01")),
    ];
    let filters = [
        EventFilter::default(),
        EventFilter {
            from: Some(d("2024-01-15")),
            to: Some(d("2024-02-14")),
            ..Default::default()
        },
        EventFilter {
            from: Some(d("2024-02-01")),
            ..Default::default()
        },
        EventFilter {
            to: Some(d("2024-01-20")),
            kind: Some(Kind::Exchange),
            ..Default::default()
        },
        EventFilter {
            conflicts_only: true,
            ..Default::default()
        },
    ];
    let mut compared = 0;
    for as_of in as_ofs {
        if as_of.is_none() {
            // Without a date the reference is the whole ledger (dirty store) or the table.
            let all = reference(l, &EventFilter::default(), None);
            let got = l.events(&EventFilter::default(), None).unwrap();
            assert_eq!(got.value.len(), all.len(), "{label}: events now");
            continue;
        }
        let all = reference(l, &EventFilter::default(), as_of);
        for f in &filters {
            let want: Vec<LedgerEvent> = all.iter().filter(|e| f.accepts(e)).cloned().collect();
            let got = l.events(f, as_of).unwrap();
            assert_eq!(
                ids(&got),
                want.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(),
                "{label}: ids as of {as_of:?}, {f:?}"
            );
            assert!(got.value == want, "{label}: events as of {as_of:?}, {f:?}");
            let list = l.event_list(f, as_of).unwrap();
            assert!(
                list.value == brief(want.clone()),
                "{label}: list as of {as_of:?}, {f:?}"
            );
            compared += want.len();
        }
        for e in all.iter().step_by(7) {
            let one = l.event(&e.id, as_of).unwrap().value;
            assert!(
                one.as_ref() == Some(e),
                "{label}: event {} as of {as_of:?}",
                e.id
            );
        }
        for missing in ["2024-01-10-exchange-9", "nonsense", "2019-01-01-release"] {
            assert_eq!(l.event(missing, as_of).unwrap().value, None);
        }
        assert_eq!(
            l.series(as_of).unwrap().value,
            series_of(&all),
            "{label}: series as of {as_of:?}"
        );
    }
    assert!(compared > 100, "{label}: compared {compared} events");
}

#[test]
fn windowed_as_of_answers_equal_the_full_reconciliation() {
    for (seed, undated) in [(0x5eed_0001u64, true), (0x1234_5678_9abc, false)] {
        let items = corpus(seed, 500, 60, undated);
        let (first, late) = items.split_at(420);
        let mut l = Ledger::open_in_memory().unwrap();
        for chunk in first.chunks(100) {
            l.ingest_batch(chunk).unwrap();
        }
        // Not reconciled yet: every answer is windowed.
        check(&l, "dirty");
        l.reconcile().unwrap();
        // Reconciled: the table away from the dirty days, windows on them.
        check(&l, "reconciled");
        l.ingest_batch(late).unwrap();
        l.reconcile().unwrap();
        check(&l, "reconciled after a late batch");
    }
}

/// Undated mentions join by ordinal anywhere in time; the windows must see
/// every event with that ordinal (here two exchanges share ordinal 7 until a
/// later document makes one of them 8).
#[test]
fn an_undated_mention_joins_only_a_unique_ordinal_far_away() {
    let tpl = template();
    let mut n = 0;
    let mut item = |published: &str, events: Vec<(Option<&str>, Option<u64>, u64)>| {
        n += 1;
        let document = Document {
            path: format!("o/{n}.txt"),
            body: format!("ordinal document {n}"),
            meta: Metadata {
                published: Some(d(published)),
                ..Metadata::default()
            },
        };
        let mut report: Report = extract_document(&document);
        report.events = events
            .into_iter()
            .enumerate()
            .map(|(i, (date, ordinal, v))| {
                let mut e = tpl.clone();
                e.kind = fact(Kind::Exchange);
                e.role = if i == 0 { Role::Main } else { Role::Background };
                e.date = date.map(|s| fact(d(s)));
                e.ordinal = ordinal.map(fact);
                e.counts.insert("to_ukraine", fact(Count::exact(v)));
                e
            })
            .collect();
        IngestItem {
            document,
            report: Some(report),
        }
    };
    let items = vec![
        item("2024-01-10", vec![(Some("2024-01-10"), Some(7), 100)]),
        item("2024-03-01", vec![(Some("2024-03-01"), None, 50)]),
        item("2024-03-01", vec![(Some("2024-03-01"), None, 50)]),
        // An undated mention of the 7th, far from both.
        item(
            "2024-03-05",
            vec![(Some("2024-03-05"), None, 9), (None, Some(7), 101)],
        ),
        // Then someone calls the March exchange the 7th too: ambiguous.
        item("2024-03-20", vec![(Some("2024-03-01"), Some(7), 50)]),
        // And later the 8th.
        item(
            "2024-04-01",
            vec![
                (Some("2024-03-01"), Some(8), 50),
                (Some("2024-03-01"), Some(8), 50),
            ],
        ),
        item("2024-04-01", vec![(Some("2024-03-01"), Some(8), 50)]),
    ];
    let mut l = Ledger::open_in_memory().unwrap();
    l.ingest_batch(&items).unwrap();
    l.reconcile().unwrap();
    let jan = |as_of: &str| -> Vec<String> {
        l.event("2024-01-10-exchange", Some(d(as_of)))
            .unwrap()
            .value
            .unwrap()
            .documents
    };
    assert_eq!(jan("2024-03-04").len(), 1);
    assert_eq!(jan("2024-03-05").len(), 2, "the undated 7th joins");
    assert_eq!(jan("2024-03-20").len(), 1, "two 7ths: it stays unplaced");
    for as_of in ["2024-03-04", "2024-03-05", "2024-03-20", "2024-04-01"] {
        let a = Some(d(as_of));
        let f = EventFilter {
            from: Some(d("2024-01-01")),
            to: Some(d("2024-01-31")),
            ..Default::default()
        };
        assert!(
            l.events(&f, a).unwrap().value == reference(&l, &f, a),
            "{as_of}"
        );
        let all = reference(&l, &EventFilter::default(), a);
        assert!(l.events(&EventFilter::default(), a).unwrap().value == all);
    }
    let by_id: BTreeMap<String, usize> = reference(&l, &EventFilter::default(), None)
        .into_iter()
        .map(|e| (e.id, e.documents.len()))
        .collect();
    assert!(by_id.contains_key("2024-01-10-exchange"));
}
