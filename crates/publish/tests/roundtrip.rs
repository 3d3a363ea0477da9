//! Round trip: every fixture event, in every language and format, is
//! summarized, the summary is read back by `swapledger_extract::extract` (with
//! the event date as `published` and the language set), and the main event
//! must give back the facts it was written from: kind, date, ordinal, counts,
//! branches, ranks, ages, wounded, civilians, mediators, sources and running
//! totals. A mismatch is a bug in the writer or in the extractor: it is fixed
//! there, never here (see `known_gaps.rs` for the extractor's open cases).

mod common;

use common::{fixtures, round_trip, LANGS};
use swapledger_publish::Format;

fn check(format: Format) {
    let mut failures = Vec::new();
    for (name, ev) in fixtures() {
        for lang in LANGS {
            let (body, diffs) = round_trip(&ev, lang, format);
            if !diffs.is_empty() {
                failures.push(format!(
                    "{name} [{}] {format:?}:\n  {}\n---\n{body}---",
                    lang.code(),
                    diffs.join("\n  ")
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} round trips failed:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn every_fixture_round_trips_as_text() {
    check(Format::Text);
}

#[test]
fn every_fixture_round_trips_as_markdown() {
    check(Format::Markdown);
}

#[test]
fn every_fixture_round_trips_as_html() {
    check(Format::Html);
}
