//! Extraction throughput: whole reports in, reports out, bytes per second.
//!
//! The corpus is the project's own annotated fixtures (`tests/data`), repeated
//! to sizes from 64 KB to 4 MB of body text, so linearity in input size shows as
//! a flat MB/s line. Run with `cargo bench -p swapledger-extract`.

use std::path::Path;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use swapledger_extract::{extract, Input};

fn bodies() -> Vec<(String, Option<chrono::NaiveDate>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data");
    let mut out = Vec::new();
    for lang in ["uk", "ru", "en"] {
        let mut files: Vec<_> = std::fs::read_dir(root.join(lang))
            .expect("tests/data is part of the repository")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        for f in files {
            let text = std::fs::read_to_string(&f).expect("fixture is UTF-8");
            let body = match text
                .strip_prefix("---\n")
                .and_then(|t| t.split_once("\n---\n"))
            {
                Some((_, body)) => body.to_string(),
                None => text,
            };
            out.push((body, chrono::NaiveDate::from_ymd_opt(2024, 6, 1)));
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let docs = bodies();
    let one_pass: usize = docs.iter().map(|(b, _)| b.len()).sum();
    let mut group = c.benchmark_group("extract");
    group.sample_size(10);
    for target in [64 * 1024, 1024 * 1024, 4 * 1024 * 1024] {
        let repeats = (target / one_pass.max(1)).max(1);
        let bytes = (one_pass * repeats) as u64;
        group.throughput(Throughput::Bytes(bytes));
        group.bench_with_input(
            BenchmarkId::new("reports", bytes),
            &repeats,
            |b, &repeats| {
                b.iter(|| {
                    let mut events = 0;
                    for _ in 0..repeats {
                        for (body, published) in &docs {
                            let r = extract(&Input {
                                body,
                                published: *published,
                                ..Input::default()
                            });
                            events += r.events.len();
                        }
                    }
                    events
                })
            },
        );
    }
    // One long document: cost must stay linear in its length.
    let long: String = docs
        .iter()
        .map(|(b, _)| b.as_str())
        .collect::<Vec<_>>()
        .join("\n\n")
        .repeat(8);
    group.throughput(Throughput::Bytes(long.len() as u64));
    group.bench_function("one long document", |b| {
        b.iter(|| {
            extract(&Input {
                body: &long,
                published: chrono::NaiveDate::from_ymd_opt(2024, 6, 1),
                ..Input::default()
            })
            .events
            .len()
        })
    });
    // One sentence of 1.6 MB, many numbers and cues: per-sentence work must not be
    // quadratic in the sentence's length.
    let sentence = "Серед звільнених 95 захисників ЗСУ та найстаршому 61 рік, з них 5 поранених, \
                    понад 3 тис. українців з початку війни, "
        .repeat(8000);
    group.throughput(Throughput::Bytes(sentence.len() as u64));
    group.bench_function("one long sentence", |b| {
        b.iter(|| {
            extract(&Input {
                body: &sentence,
                published: chrono::NaiveDate::from_ymd_opt(2024, 6, 1),
                ..Input::default()
            })
            .events
            .len()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
