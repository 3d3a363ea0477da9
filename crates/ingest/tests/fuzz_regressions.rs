//! Bugs found by fuzzing (`fuzz/`), one test each, with the input the fuzzer
//! (or its minimization) gave. The inputs are also in `fuzz/corpus/`, replayed
//! by `fuzz_corpus.rs`.

use std::io::Cursor;

use chrono::{NaiveDate, NaiveDateTime};
use swapledger_ingest::{kyiv_date, read_stream, ReaderConfig};

/// `date_unixtime` at the very end of chrono's range (262142-12-31 23:59:59
/// UTC): adding the Kyiv offset overflowed and panicked in `kyiv_date`.
#[test]
fn telegram_date_unixtime_at_the_end_of_time() {
    let export = br#"{"name":"c","messages":[{"id":1,"type":"message","date_unixtime":"8210266876799","text":"x"}]}"#;
    let docs: Vec<_> = read_stream(
        "t.json",
        Cursor::new(export.to_vec()),
        &ReaderConfig::default(),
    )
    .collect::<Result<_, _>>()
    .expect("one document");
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].body, "x");
    assert_eq!(
        docs[0].meta.published,
        NaiveDate::from_ymd_opt(262142, 12, 31)
    );
}

#[test]
fn kyiv_date_never_panics_at_the_ends_of_the_range() {
    assert_eq!(kyiv_date(NaiveDateTime::MAX), NaiveDateTime::MAX.date());
    assert_eq!(kyiv_date(NaiveDateTime::MIN), NaiveDateTime::MIN.date());
}
