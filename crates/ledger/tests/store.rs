//! The store end to end on the uk/ru/en fixtures of `tests/data/reports`:
//! one event per exchange, conflicts, idempotent re-ingest, as-of, corrections
//! and history, orphaned corrections, append-only log, FTS5, the frozen v1 and
//! v2 files.

use std::path::PathBuf;

use chrono::NaiveDate;
use swapledger_ingest::{read_inputs, Document, Metadata, ReaderConfig};
use swapledger_ledger::{
    CountValue, EventFilter, IngestItem, Ledger, LedgerError, NewCorrection, SCHEMA_VERSION,
};

fn data(p: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(p)
}

fn fixtures() -> Vec<Document> {
    let path = data("reports").to_string_lossy().into_owned();
    read_inputs(&[path], &ReaderConfig::default())
        .map(|d| d.expect("fixture reads"))
        .collect()
}

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn ingested() -> Ledger {
    let mut l = Ledger::open_in_memory().unwrap();
    let items: Vec<IngestItem> = fixtures()
        .into_iter()
        .map(|document| IngestItem {
            document,
            report: None,
        })
        .collect();
    l.ingest_batch(&items).unwrap();
    l.reconcile().unwrap();
    l
}

fn ids(l: &Ledger, as_of: Option<NaiveDate>) -> Vec<String> {
    l.events(&EventFilter::default(), as_of)
        .unwrap()
        .value
        .into_iter()
        .map(|e| e.id)
        .collect()
}

#[test]
fn one_event_per_exchange_across_languages_with_conflicts() {
    let l = ingested();
    assert_eq!(
        ids(&l, None),
        [
            "2024-01-24-disrupted",
            "2024-01-31-exchange",
            "2024-02-09-repatriation",
            "2024-05-31-exchange"
        ]
    );
    let e = l.event("2024-01-31-exchange", None).unwrap().value.unwrap();
    assert_eq!(e.documents.len(), 5, "uk, ru, en and the late en report");
    let langs: std::collections::BTreeSet<_> = e.figures["to_ukraine"]
        .claims
        .iter()
        .filter_map(|c| c.language.clone())
        .collect();
    assert_eq!(langs.into_iter().collect::<Vec<_>>(), ["en", "ru", "uk"]);
    let f = &e.figures["to_ukraine"];
    assert!(f.conflict, "207, 206 and over 300 disagree");
    assert_eq!((f.best, f.low, f.high), (Some(207), Some(200), None));
    assert_eq!(e.ordinal, Some(50));
    assert!(!e.figures["to_russia"].conflict);
    assert_eq!(e.mediators[0].value, "AE");
    assert_eq!(e.mediators[0].documents.len(), 3);
    assert!(e.checks.iter().all(|c| c.ok));
    let rep = l
        .event("2024-02-09-repatriation", None)
        .unwrap()
        .value
        .unwrap();
    assert!(!rep.conflict);
    assert_eq!(rep.best("to_ukraine"), Some(100));
    // The JSON has the keys.
    let j = e.to_json();
    for k in [
        "id",
        "kind",
        "date",
        "ordinal",
        "agreement",
        "documents",
        "checks",
        "figures",
    ] {
        assert!(j.get(k).is_some(), "{k}");
    }
    let claim = &j["figures"]["to_ukraine"]["claims"][0];
    for k in ["value", "document", "source", "cited", "language", "role"] {
        assert!(claim.get(k).is_some(), "{k}");
    }
    for k in [
        "best",
        "low",
        "high",
        "approx",
        "conflict",
        "corrected",
        "claims",
    ] {
        assert!(j["figures"]["to_ukraine"].get(k).is_some(), "{k}");
    }
    // Filters.
    let conflicts = l
        .events(
            &EventFilter {
                conflicts_only: true,
                ..Default::default()
            },
            None,
        )
        .unwrap()
        .value;
    assert_eq!(conflicts.len(), 1);
    let kind = l
        .events(
            &EventFilter {
                kind: swapledger_extract::Kind::parse("repatriation"),
                ..Default::default()
            },
            None,
        )
        .unwrap()
        .value;
    assert_eq!(kind.len(), 1);
    let range = l
        .events(
            &EventFilter {
                from: Some(d("2024-02-01")),
                to: Some(d("2024-03-01")),
                ..Default::default()
            },
            None,
        )
        .unwrap()
        .value;
    assert_eq!(range.len(), 1);
}

#[test]
fn the_same_documents_again_change_nothing() {
    let mut l = ingested();
    let before = l.stats().unwrap();
    let events_before = l.events(&EventFilter::default(), None).unwrap().value;
    let items: Vec<IngestItem> = fixtures()
        .into_iter()
        .map(|document| IngestItem {
            document,
            report: None,
        })
        .collect();
    let s = l.ingest_batch(&items).unwrap();
    assert_eq!((s.new, s.new_sightings, s.unchanged), (0, 0, items.len()));
    assert!(
        !l.is_dirty().unwrap(),
        "nothing new: no reconciliation needed"
    );
    l.reconcile().unwrap();
    assert_eq!(l.stats().unwrap(), before);
    assert_eq!(
        l.events(&EventFilter::default(), None).unwrap().value,
        events_before
    );
    // The same body at another path is a sighting, not a new document.
    let mut copy = items[0].document.clone();
    copy.path = "mirror/copy.txt".into();
    let s = l
        .ingest_batch(&[IngestItem {
            document: copy.clone(),
            report: None,
        }])
        .unwrap();
    assert_eq!((s.new, s.new_sightings), (0, 1));
    let stored = l.document(&copy.id()).unwrap().unwrap();
    assert_eq!(stored.sightings.len(), 2);
    assert_eq!(l.stats().unwrap().documents, before.documents);
}

#[test]
fn as_of_uses_documents_published_by_then_and_counts_undated() {
    let l = ingested();
    let a = l
        .events(&EventFilter::default(), Some(d("2024-01-31")))
        .unwrap();
    assert_eq!(a.undated_left_out, 1);
    assert_eq!(
        a.value.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(),
        ["2024-01-24-disrupted", "2024-01-31-exchange"]
    );
    let e = &a.value[1];
    assert_eq!(
        e.documents.len(),
        3,
        "the two reports of 1 February are not known yet"
    );
    let before = l
        .events(&EventFilter::default(), Some(d("2024-01-30")))
        .unwrap();
    assert_eq!(before.value.len(), 1);
    // Without as-of, the undated document counts.
    let now = l.event("2024-05-31-exchange", None).unwrap();
    assert_eq!(now.undated_left_out, 0);
    assert_eq!(now.value.unwrap().documents.len(), 3);
    let then = l
        .event("2024-05-31-exchange", Some(d("2024-06-30")))
        .unwrap();
    assert_eq!(then.undated_left_out, 1);
    assert_eq!(then.value.unwrap().documents.len(), 2);
    // The series as of a date.
    let s = l.series(Some(d("2024-01-31"))).unwrap().value;
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].cumulative_to_ukraine, 207);
    let s = l.series(None).unwrap().value;
    assert_eq!(s.last().unwrap().cumulative_to_ukraine, 207 + 75);
}

#[test]
fn corrections_win_are_logged_and_append_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("l.db");
    let mut l = Ledger::open(&path).unwrap();
    let items: Vec<IngestItem> = fixtures()
        .into_iter()
        .map(|document| IngestItem {
            document,
            report: None,
        })
        .collect();
    l.ingest_batch(&items).unwrap();
    l.reconcile().unwrap();
    let c = l
        .correct(NewCorrection {
            event: "2024-01-31-exchange".into(),
            field: "to_ukraine".into(),
            value: CountValue::exact(207),
            note: "Coordination HQ list".into(),
            by: "analyst".into(),
        })
        .unwrap();
    assert_eq!(c.old, Some(CountValue::exact(207)));
    let c2 = l
        .correct(NewCorrection {
            event: "2024-01-31-exchange".into(),
            field: "wounded".into(),
            value: CountValue::parse("about 20").unwrap(),
            note: "hospital".into(),
            by: "b".into(),
        })
        .unwrap();
    assert_eq!(c2.old, None);
    let e = l.event("2024-01-31-exchange", None).unwrap().value.unwrap();
    let f = &e.figures["to_ukraine"];
    assert!(
        f.corrected && f.conflict,
        "corrected, and the disagreement stays visible"
    );
    assert_eq!(e.figures["wounded"].best, Some(20));
    assert_eq!(
        e.figures["wounded"].approx,
        Some(swapledger_text::Approx::About)
    );
    let h = l.history("2024-01-31-exchange").unwrap();
    assert_eq!(h.len(), 2);
    assert_eq!(
        (h[0].seq, h[0].by.as_str(), h[0].note.as_str()),
        (1, "analyst", "Coordination HQ list")
    );
    assert!(!h[0].orphaned);
    // Made today: not part of the ledger as of 2024.
    let then = l
        .event("2024-01-31-exchange", Some(d("2024-12-31")))
        .unwrap()
        .value
        .unwrap();
    assert!(!then.figures["to_ukraine"].corrected);
    // Refusals.
    assert!(matches!(
        l.correct(NewCorrection {
            event: "2030-01-01-exchange".into(),
            field: "to_ukraine".into(),
            value: CountValue::exact(1),
            note: "x".into(),
            by: "a".into()
        }),
        Err(LedgerError::NoSuchEvent(_))
    ));
    assert!(matches!(
        l.correct(NewCorrection {
            event: "2024-01-31-exchange".into(),
            field: "colour".into(),
            value: CountValue::exact(1),
            note: "x".into(),
            by: "a".into()
        }),
        Err(LedgerError::UnknownField(_))
    ));
    assert!(matches!(
        l.correct(NewCorrection {
            event: "2024-01-31-exchange".into(),
            field: "to_russia".into(),
            value: CountValue::exact(1),
            note: " ".into(),
            by: "a".into()
        }),
        Err(LedgerError::EmptyNote)
    ));
    drop(l);
    // The log refuses UPDATE and DELETE.
    let raw = rusqlite::Connection::open(&path).unwrap();
    assert!(raw
        .execute("UPDATE corrections SET note = 'x'", [])
        .is_err());
    assert!(raw.execute("DELETE FROM corrections", []).is_err());
    let n: i64 = raw
        .query_row("SELECT COUNT(*) FROM corrections", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 2);
}

fn doc(path: &str, published: &str, body: &str) -> IngestItem {
    IngestItem {
        document: Document {
            path: path.into(),
            body: body.into(),
            meta: Metadata {
                language: Some("en".into()),
                published: Some(d(published)),
                ..Metadata::default()
            },
        },
        report: None,
    }
}

#[test]
fn a_correction_whose_event_moves_is_kept_as_orphaned() {
    let mut l = Ledger::open_in_memory().unwrap();
    l.ingest_batch(&[doc(
        "a.txt",
        "2024-03-01",
        "Today Ukraine and Russia exchanged prisoners of war. 90 Ukrainians returned home.",
    )])
    .unwrap();
    l.reconcile().unwrap();
    assert_eq!(ids(&l, None), ["2024-03-01-exchange"]);
    l.correct(NewCorrection {
        event: "2024-03-01-exchange".into(),
        field: "to_ukraine".into(),
        value: CountValue::exact(91),
        note: "list".into(),
        by: "a".into(),
    })
    .unwrap();
    // Two later reports date it a day later: the day with more support wins, the id moves.
    l.ingest_batch(&[
        doc(
            "b.txt",
            "2024-03-02",
            "Today Ukraine and Russia exchanged prisoners of war. 90 Ukrainians came home.",
        ),
        doc(
            "c.txt",
            "2024-03-02",
            "Today a prisoner exchange took place: 90 Ukrainians returned.",
        ),
    ])
    .unwrap();
    let rec = l.reconcile().unwrap();
    assert_eq!(ids(&l, None), ["2024-03-02-exchange"]);
    assert_eq!(rec.orphaned_corrections, 1);
    let orphans = l.orphaned_corrections().unwrap();
    assert_eq!(orphans.len(), 1);
    assert_eq!(orphans[0].event, "2024-03-01-exchange");
    assert!(l.history("2024-03-01-exchange").unwrap()[0].orphaned);
    // The orphan does not touch the new event.
    let e = l.event("2024-03-02-exchange", None).unwrap().value.unwrap();
    assert!(!e.figures["to_ukraine"].corrected);
}

#[test]
fn order_of_ingest_does_not_change_the_ledger() {
    let docs = fixtures();
    let json = |order: Vec<Document>| {
        let mut l = Ledger::open_in_memory().unwrap();
        for chunk in order.chunks(3) {
            let items: Vec<IngestItem> = chunk
                .iter()
                .cloned()
                .map(|document| IngestItem {
                    document,
                    report: None,
                })
                .collect();
            l.ingest_batch(&items).unwrap();
        }
        l.reconcile().unwrap();
        serde_json::to_string(&l.events(&EventFilter::default(), None).unwrap().value).unwrap()
    };
    let forward = json(docs.clone());
    let mut rev = docs.clone();
    rev.reverse();
    assert_eq!(json(rev), forward);
    let mut rot = docs;
    rot.rotate_left(4);
    assert_eq!(json(rot), forward);
}

#[test]
fn queries_on_an_unreconciled_store_are_not_stale() {
    let mut l = Ledger::open_in_memory().unwrap();
    for d in fixtures() {
        l.ingest_document(&d).unwrap();
    }
    assert!(l.is_dirty().unwrap());
    let live = ids(&l, None);
    l.reconcile().unwrap();
    assert_eq!(live, ids(&l, None));
}

#[test]
fn full_text_search_over_bodies() {
    let l = ingested();
    let hits = l.search("репатріація", 10).unwrap();
    assert_eq!(hits.len(), 1);
    assert!(hits[0].snippet.contains('['));
    assert_eq!(l.search("exchanged", 10).unwrap().len(), 2);
    let err = l.search("\"unbalanced", 10);
    assert!(matches!(err, Err(LedgerError::Search(_))), "{err:?}");
}

#[test]
fn reextract_keeps_old_reports_and_changes_no_event() {
    let mut l = ingested();
    let before = l.events(&EventFilter::default(), None).unwrap().value;
    assert!(l.stale_documents(false).unwrap().is_empty());
    let all = l.stale_documents(true).unwrap();
    assert_eq!(l.reextract(&all).unwrap(), all.len());
    l.reconcile().unwrap();
    assert_eq!(
        l.events(&EventFilter::default(), None).unwrap().value,
        before
    );
    assert!(l.check_integrity().unwrap().is_empty());
}

/// `tests/data/ledger-v1.db` was written by schema v1 (the fixtures plus one
/// correction). It must stay readable by every later build.
#[test]
fn frozen_v1_database_stays_readable() {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("v1.db");
    std::fs::copy(data("ledger-v1.db"), &copy).unwrap();
    let l = Ledger::open(&copy).unwrap();
    assert!(l.schema_version().unwrap() >= 1 && SCHEMA_VERSION >= 1);
    assert!(l.check_integrity().unwrap().is_empty());
    let s = l.stats().unwrap();
    assert_eq!((s.documents, s.events, s.corrections), (11, 4, 1));
    let e = l.event("2024-01-31-exchange", None).unwrap().value.unwrap();
    assert!(e.figures["to_ukraine"].corrected);
    assert_eq!(
        l.history("2024-01-31-exchange").unwrap()[0].note,
        "frozen fixture correction"
    );
    assert!(!l.search("обмін", 20).unwrap().is_empty());
    assert_migrated_answers_as_of(&l);
}

/// As-of answers on a migrated file (window tables backfilled by migration 2)
/// equal the full in-memory reconciliation; the list without claims works.
fn assert_migrated_answers_as_of(l: &Ledger) {
    for as_of in ["2024-01-24", "2024-02-01", "2024-06-01"] {
        let a = Some(d(as_of));
        let (claims, _) = l.load_claims(a).unwrap();
        let want = swapledger_ledger::reconcile::reconcile(&claims).events;
        let got = l.events(&EventFilter::default(), a).unwrap().value;
        assert!(got == want, "as of {as_of}");
        for e in &want {
            assert!(l.event(&e.id, a).unwrap().value.as_ref() == Some(e));
        }
    }
    let list = l.event_list(&EventFilter::default(), None).unwrap().value;
    assert_eq!(list.len(), 4);
    assert!(list
        .iter()
        .all(|e| e.figures.values().all(|f| f.claims.is_empty())));
    assert!(list[1].figures["to_ukraine"].corrected);
}

/// A frozen file of a later schema version (the fixtures plus one correction,
/// written by the example `write_frozen_fixture`): it must stay readable by
/// every later build.
fn frozen_database_stays_readable(version: u32) {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join(format!("v{version}.db"));
    std::fs::copy(data(&format!("ledger-v{version}.db")), &copy).unwrap();
    let raw = rusqlite::Connection::open(&copy).unwrap();
    let written: u32 = raw
        .query_row("SELECT MAX(version) FROM schema_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(written, version, "the file is a v{version} file");
    drop(raw);
    let l = Ledger::open(&copy).unwrap();
    assert!(l.schema_version().unwrap() >= version && SCHEMA_VERSION >= version);
    assert!(l.check_integrity().unwrap().is_empty());
    let s = l.stats().unwrap();
    assert_eq!((s.documents, s.events, s.corrections), (11, 4, 1));
    let e = l.event("2024-01-31-exchange", None).unwrap().value.unwrap();
    assert!(e.figures["to_ukraine"].corrected);
    assert_eq!(
        l.history("2024-01-31-exchange").unwrap()[0].note,
        "frozen fixture correction"
    );
    assert!(!l.search("обмін", 20).unwrap().is_empty());
    assert_migrated_answers_as_of(&l);
}

/// `tests/data/ledger-v2.db`: schema v2 (window tables, list JSON).
#[test]
fn frozen_v2_database_stays_readable() {
    frozen_database_stays_readable(2);
}

/// `tests/data/ledger-v3.db`: schema v3 (claim ranges of report events).
#[test]
fn frozen_v3_database_stays_readable() {
    frozen_database_stays_readable(3);
}

#[test]
fn the_series_from_the_table_equals_the_series_from_events() {
    let mut l = ingested();
    l.correct(NewCorrection {
        event: "2024-05-31-exchange".into(),
        field: "to_russia".into(),
        value: CountValue::exact(75),
        note: "MoD".into(),
        by: "a".into(),
    })
    .unwrap();
    let fast = l.series(None).unwrap().value;
    // A far-future as-of goes through full reconciliation with every dated document.
    let slow = l.series(Some(d("2100-01-01"))).unwrap().value;
    assert_eq!(slow.len(), fast.len());
    // The undated document changes which documents back the figures, not the best values here.
    assert_eq!(fast, slow);
    assert_eq!(fast.last().unwrap().cumulative_to_russia, 195 + 75);
}

/// Processes (here threads with their own connections) opening a new file at
/// once: one migrates, the others wait and find it current.
#[test]
fn concurrent_openers_of_a_new_file_migrate_it_once() {
    for _ in 0..10 {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new.db");
        let openers: Vec<_> = (0..4)
            .map(|_| {
                let path = path.clone();
                std::thread::spawn(move || Ledger::open(&path).map(|l| l.schema_version()))
            })
            .collect();
        for o in openers {
            assert_eq!(o.join().unwrap().unwrap().unwrap(), SCHEMA_VERSION);
        }
    }
}
