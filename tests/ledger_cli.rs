//! The ledger commands as a user runs them (`ingest`, `events`, `event`,
//! `correct`, `history`, `export`, `series`, `reextract`), and crash safety: a
//! real child `swapledger ingest` killed mid-way leaves a consistent database
//! that a rerun completes with nothing lost or doubled.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use serde_json::Value;
use swapledger_ledger::{EventFilter, Ledger};

const BIN: &str = env!("CARGO_BIN_EXE_swapledger");

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("crates/ledger/tests/data/reports")
}

fn run(db: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .arg("--db")
        .arg(db)
        .env_remove("SWAPLEDGER_DB")
        .output()
        .expect("runs")
}

fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "status {:?}\nstderr: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

#[test]
fn ingest_query_correct_history_export() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("l.db");
    let fx = fixtures();
    let out = run(&db, &["ingest", fx.to_str().unwrap()]);
    ok(&out);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("11 new document(s)"), "{err}");
    assert!(err.contains("4 event(s), 1 with conflicts"), "{err}");
    // Idempotent.
    let again = run(&db, &["ingest", fx.to_str().unwrap()]);
    ok(&again);
    assert!(String::from_utf8_lossy(&again.stderr)
        .contains("0 new document(s), 0 new sighting(s), 11 unchanged"));

    let events: Value =
        serde_json::from_str(&ok(&run(&db, &["events", "--format", "json"]))).unwrap();
    assert_eq!(events.as_array().unwrap().len(), 4);
    let table = ok(&run(&db, &["events", "--conflicts"]));
    assert!(
        table.contains("2024-01-31-exchange") && table.contains("207!"),
        "{table}"
    );
    let csv = ok(&run(
        &db,
        &["events", "--format", "csv", "--kind", "repatriation"],
    ));
    assert_eq!(csv.lines().count(), 2, "{csv}");

    let ev: Value = serde_json::from_str(&ok(&run(
        &db,
        &["event", "2024-01-31-exchange", "--format", "json"],
    )))
    .unwrap();
    assert_eq!(ev["figures"]["to_ukraine"]["best"], 207);
    assert_eq!(ev["figures"]["to_ukraine"]["conflict"], true);
    let text = ok(&run(&db, &["event", "2024-01-31-exchange"]));
    assert!(
        text.contains("CONFLICT") && text.contains("cites coordination_hq"),
        "{text}"
    );
    let missing = run(&db, &["event", "1999-01-01-exchange"]);
    assert_eq!(missing.status.code(), Some(1));

    // As of: the note on stderr says how many undated documents were left out.
    let asof = run(
        &db,
        &["events", "--as-of", "2024-01-31", "--format", "json"],
    );
    let v: Value = serde_json::from_str(&ok(&asof)).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2);
    assert!(String::from_utf8_lossy(&asof.stderr)
        .contains("1 document(s) without a publication date left out"));

    // Correct, then history.
    let c = ok(&run(
        &db,
        &[
            "correct",
            "2024-01-31-exchange",
            "to_ukraine",
            "over 205",
            "--note",
            "official list pending",
            "--by",
            "tester",
        ],
    ));
    assert!(c.contains("207 -> over 205"), "{c}");
    let ev: Value = serde_json::from_str(&ok(&run(
        &db,
        &["event", "2024-01-31-exchange", "--format", "json"],
    )))
    .unwrap();
    assert_eq!(ev["figures"]["to_ukraine"]["best"], 205);
    assert_eq!(ev["figures"]["to_ukraine"]["approx"], "over");
    assert_eq!(ev["figures"]["to_ukraine"]["corrected"], true);
    let h = ok(&run(&db, &["history", "2024-01-31-exchange"]));
    assert!(
        h.contains("tester")
            && h.contains("official list pending")
            && h.contains("207 -> over 205"),
        "{h}"
    );
    let bad = run(
        &db,
        &[
            "correct",
            "2024-01-31-exchange",
            "to_ukraine",
            "lots",
            "--note",
            "x",
        ],
    );
    assert_eq!(bad.status.code(), Some(2));

    // Exports and the series.
    let jsonl = ok(&run(&db, &["export", "--format", "jsonl"]));
    assert_eq!(jsonl.lines().count(), 4);
    let csv = ok(&run(&db, &["export", "--format", "csv"]));
    assert!(csv.lines().count() > 10 && csv.starts_with("event,kind,date,field"));
    let series = ok(&run(&db, &["series"]));
    assert_eq!(
        series.lines().last().unwrap(),
        "2024-05-31-exchange,2024-05-31,exchange,75,0,280,195"
    );
    let re = run(&db, &["reextract"]);
    ok(&re);
    assert!(String::from_utf8_lossy(&re.stderr).contains("re-extracted 0 document(s)"));
}

fn write_corpus(dir: &Path, n: usize) {
    let base = chrono::NaiveDate::from_ymd_opt(2023, 1, 1).unwrap();
    for i in 0..n {
        let day = base + chrono::Days::new((i % 150) as u64 * 3);
        let people = 50 + (i % 150) as u64;
        let body = match i % 3 {
            0 => format!("Today Ukraine and Russia exchanged prisoners of war. {people} Ukrainians returned home. Report {i}."),
            1 => format!("Сьогодні відбувся обмін полоненими. Додому повернулися {people} українців. Допис {i}."),
            _ => format!("Сегодня состоялся обмен пленными: домой вернулись {people} украинцев. Заметка {i}."),
        };
        let lang = ["en", "uk", "ru"][i % 3];
        std::fs::write(
            dir.join(format!("{i:05}.txt")),
            format!(
                "---\nlanguage: {lang}\npublished: {day}\nsource: Outlet {}\n---\n{body}\n",
                i % 7
            ),
        )
        .unwrap();
    }
}

#[test]
fn a_killed_ingest_leaves_a_consistent_ledger_and_a_rerun_completes() {
    const N: usize = 3000;
    const BATCH: usize = 100;
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    write_corpus(&corpus, N);
    let corpus = corpus.to_str().unwrap();

    // Reference: one uninterrupted run.
    let reference = dir.path().join("ref.db");
    ok(&run(
        &reference,
        &["ingest", corpus, "--batch", &BATCH.to_string()],
    ));

    // Kill a run after its first batch has committed.
    let db = dir.path().join("crash.db");
    let mut child = Command::new(BIN)
        .args(["ingest", corpus, "--batch", &BATCH.to_string(), "--db"])
        .arg(&db)
        .spawn()
        .unwrap();
    let start = Instant::now();
    let killed_at = loop {
        if db.exists() {
            if let Ok(l) = Ledger::open(&db) {
                if let Ok(s) = l.stats() {
                    if s.documents >= BATCH {
                        child.kill().unwrap();
                        break s.documents;
                    }
                }
            }
        }
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "no batch committed in time"
        );
        std::thread::sleep(Duration::from_millis(5));
    };
    let status = child.wait().unwrap();
    assert!(!status.success(), "the child was killed, not finished");
    assert!(killed_at < N, "killed before the end ({killed_at} of {N})");

    // The database opens and is consistent: whole batches only, no half document.
    let l = Ledger::open(&db).unwrap();
    assert_eq!(l.check_integrity().unwrap(), Vec::<String>::new());
    let s = l.stats().unwrap();
    assert!(s.documents >= killed_at && s.documents < N, "{s:?}");
    assert_eq!(
        s.documents % BATCH,
        0,
        "only whole batches are committed: {s:?}"
    );
    assert_eq!((s.sightings, s.reports), (s.documents, s.documents));
    assert!(l.is_dirty().unwrap(), "killed before reconciling");
    assert!(!l
        .events(&EventFilter::default(), None)
        .unwrap()
        .value
        .is_empty());
    drop(l);

    // A rerun completes: nothing lost, nothing doubled.
    ok(&run(
        &db,
        &["ingest", corpus, "--batch", &BATCH.to_string()],
    ));
    let l = Ledger::open(&db).unwrap();
    let r = Ledger::open(&reference).unwrap();
    assert_eq!(l.check_integrity().unwrap(), Vec::<String>::new());
    let (a, b) = (l.stats().unwrap(), r.stats().unwrap());
    assert_eq!(a, b);
    assert_eq!(a.documents, N);
    assert_eq!(
        l.events(&EventFilter::default(), None).unwrap().value,
        r.events(&EventFilter::default(), None).unwrap().value
    );
    assert!(!l.is_dirty().unwrap());
}
