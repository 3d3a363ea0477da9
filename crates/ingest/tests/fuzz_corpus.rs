//! Replays the committed fuzz corpora (`fuzz/corpus/<target>/`) through the
//! very harnesses the fuzz targets run (`fuzz/src/ingest.rs`, included here),
//! so every input the fuzzers found interesting, and every crash they found
//! and we fixed, is checked by an ordinary `cargo test`. Fuzzing itself stays
//! out of CI; see `fuzz/README.md`.
//!
//! Errors are fine; a panic (or a broken invariant the harness asserts) fails
//! the test, naming every file that failed.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

#[path = "../../../fuzz/src/ingest.rs"]
mod harness;

fn corpus(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/corpus")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{}: empty corpus", dir.display());
    files
}

fn replay(target: &str, run: fn(&[u8])) {
    let mut failed = Vec::new();
    let files = corpus(target);
    for path in &files {
        let data = std::fs::read(path).expect("read corpus file");
        if catch_unwind(AssertUnwindSafe(|| run(&data))).is_err() {
            failed.push(path.display().to_string());
        }
    }
    assert!(
        failed.is_empty(),
        "{target}: {} of {} corpus files panicked:\n{}",
        failed.len(),
        files.len(),
        failed.join("\n")
    );
}

#[test]
fn text_corpus() {
    replay("text", harness::text);
}

#[test]
fn html_corpus() {
    replay("html", harness::html);
}

#[test]
fn telegram_corpus() {
    replay("telegram", harness::telegram);
}

#[test]
fn feed_corpus() {
    replay("feed", harness::feed);
}

#[test]
fn warc_corpus() {
    replay("warc", harness::warc);
}

#[test]
fn warc_gz_corpus() {
    replay("warc_gz", harness::warc_gz);
}

#[test]
fn read_stream_corpus() {
    replay("read_stream", harness::read_stream_any);
}
