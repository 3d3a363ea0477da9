//! Ledger throughput and query latency on a generated corpus.
//!
//! * `ingest/N`: store + reconcile of N documents whose reports are extracted
//!   beforehand (extraction excluded), into a fresh WAL file ledger, in batches
//!   of 500 as `swapledger ingest` does. Throughput is in documents.
//! * `query/*`: on a 100,000-document ledger (`LEDGER_BENCH_DOCS` overrides),
//!   built once before timing: `event(id)`, `events(from..to)` over a month,
//!   `events` with conflicts (with and without claims), `series`, FTS5 `search`,
//!   and as of a date (a month after the middle event): `event(id)`, a month of
//!   `events`, `series`, and the whole timeline (`event_list`, `events`).
//!
//! `cargo bench -p swapledger-ledger --bench ingest`; `LEDGER_BENCH_DB=FILE`
//! keeps the big ledger in FILE (built when missing, reused otherwise: delete
//! it after a schema or corpus change), e.g. `-- query/` to time only queries.

use std::hint::black_box;
use std::time::Instant;

use chrono::{Days, NaiveDate};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use swapledger_ingest::{Document, Metadata};
use swapledger_ledger::{extract_document, EventFilter, IngestItem, Ledger};

/// N documents about ~N/100 exchanges in three languages, with disagreeing
/// figures, late reports and background mentions.
fn corpus(n: usize) -> Vec<IngestItem> {
    let base = NaiveDate::from_ymd_opt(2022, 3, 1).unwrap();
    let events = (n / 100).max(1);
    (0..n)
        .map(|i| {
            let e = (i * 7919) % events;
            let day = base + Days::new(e as u64 * 2);
            let late = i % 10 == 0;
            let published = if late { day + Days::new(1) } else { day };
            let people = 50 + (e as u64 * 37) % 400;
            let said = if i % 13 == 0 { people - 1 } else { people };
            let body = match i % 3 {
                0 => format!(
                    "{} Ukraine and Russia exchanged prisoners of war. {said} Ukrainians returned home, the Coordination Headquarters said. Russia received {people}. It was the {}th exchange. Earlier, on {}, 20 people returned. Note {i}.",
                    if late { "Yesterday" } else { "Today" },
                    e + 10,
                    (day - Days::new(30)).format("%B %-d, %Y")
                ),
                1 => format!(
                    "{} відбувся обмін полоненими. Додому повернулися {said} українців, серед них 12 офіцерів. Посередником виступили ОАЕ, повідомив Координаційний штаб. Допис {i}.",
                    if late { "Вчора" } else { "Сьогодні" }
                ),
                _ => format!(
                    "{} состоялся обмен пленными: домой вернулись более {} украинцев, сообщили в Минобороны. Заметка {i}.",
                    if late { "Вчера" } else { "Сегодня" },
                    people - 20
                ),
            };
            let document = Document {
                path: format!("gen/{i:06}.txt"),
                body,
                meta: Metadata {
                    language: Some(["en", "uk", "ru"][i % 3].into()),
                    published: Some(published),
                    source: Some(format!("Outlet {}", i % 17)),
                    ..Metadata::default()
                },
            };
            let report = Some(extract_document(&document));
            IngestItem { document, report }
        })
        .collect()
}

fn ingest_all(path: &std::path::Path, items: &[IngestItem]) -> Ledger {
    let mut l = Ledger::open(path).unwrap();
    for chunk in items.chunks(500) {
        l.ingest_batch(chunk).unwrap();
    }
    l.reconcile().unwrap();
    l
}

fn bench_ingest(c: &mut Criterion) {
    let mut group = c.benchmark_group("ingest");
    group.sample_size(10);
    for n in [2_000usize, 20_000] {
        let items = corpus(n);
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::from_parameter(n), &items, |b, items| {
            b.iter_with_setup(
                || tempfile::tempdir().unwrap(),
                |dir| {
                    let l = ingest_all(&dir.path().join("bench.db"), items);
                    black_box(l);
                    dir
                },
            )
        });
    }
    group.finish();
}

fn bench_queries(c: &mut Criterion) {
    let n: usize = std::env::var("LEDGER_BENCH_DOCS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(100_000);
    let dir = tempfile::tempdir().unwrap();
    let kept = std::env::var_os("LEDGER_BENCH_DB").map(std::path::PathBuf::from);
    let l = match &kept {
        Some(p) if p.exists() => {
            eprintln!("reusing {}", p.display());
            Ledger::open(p).unwrap()
        }
        _ => {
            let items = corpus(n);
            let path = kept.unwrap_or_else(|| dir.path().join("big.db"));
            let t = Instant::now();
            let mut l = Ledger::open(&path).unwrap();
            for chunk in items.chunks(500) {
                l.ingest_batch(chunk).unwrap();
            }
            let stored = t.elapsed();
            l.reconcile().unwrap();
            let took = t.elapsed();
            eprintln!(
                "built a {n}-document ledger in {:.1} s ({:.0} documents/s, store {:.1} s + reconcile {:.1} s)",
                took.as_secs_f64(),
                n as f64 / took.as_secs_f64(),
                stored.as_secs_f64(),
                (took - stored).as_secs_f64()
            );
            l
        }
    };
    eprintln!("{:?}", l.stats().unwrap());
    let all = l.events(&EventFilter::default(), None).unwrap().value;
    let mid = &all[all.len() / 2];
    let id = mid.id.clone();
    let from = mid.date;
    let to = from + Days::new(30);
    let mut group = c.benchmark_group("query");
    group.sample_size(10);
    group.bench_function("event", |b| {
        b.iter(|| black_box(l.event(&id, None).unwrap()))
    });
    group.bench_function("events_month", |b| {
        let f = EventFilter {
            from: Some(from),
            to: Some(to),
            ..Default::default()
        };
        b.iter(|| black_box(l.events(&f, None).unwrap()))
    });
    group.bench_function("events_conflicts_only", |b| {
        let f = EventFilter {
            conflicts_only: true,
            ..Default::default()
        };
        b.iter(|| black_box(l.events(&f, None).unwrap()))
    });
    group.bench_function("series", |b| b.iter(|| black_box(l.series(None).unwrap())));
    group.bench_function("search", |b| {
        b.iter(|| black_box(l.search("Coordination", 20).unwrap()))
    });
    group.bench_function("event_list_conflicts_only", |b| {
        let f = EventFilter {
            conflicts_only: true,
            ..Default::default()
        };
        b.iter(|| black_box(l.event_list(&f, None).unwrap()))
    });
    group.bench_function("event_as_of", |b| {
        b.iter(|| black_box(l.event(&id, Some(to)).unwrap()))
    });
    group.bench_function("events_month_as_of", |b| {
        let f = EventFilter {
            from: Some(from),
            to: Some(to),
            ..Default::default()
        };
        b.iter(|| black_box(l.events(&f, Some(to)).unwrap()))
    });
    group.bench_function("series_as_of", |b| {
        b.iter(|| black_box(l.series(Some(to)).unwrap()))
    });
    group.bench_function("event_list_as_of", |b| {
        b.iter(|| black_box(l.event_list(&EventFilter::default(), Some(to)).unwrap()))
    });
    group.bench_function("events_all_as_of", |b| {
        b.iter(|| black_box(l.events(&EventFilter::default(), Some(to)).unwrap()))
    });
    group.finish();
}

criterion_group!(benches, bench_ingest, bench_queries);
criterion_main!(benches);
