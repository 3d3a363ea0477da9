//! The bodies of the fuzz targets, as plain functions.
//!
//! `ingest` holds the ingest-crate harnesses. It depends only on
//! `swapledger_ingest`, `flate2` and `std`, so that
//! `crates/ingest/tests/fuzz_corpus.rs` can include the very same file
//! (`#[path]`) and replay the committed corpora in an ordinary `cargo test`.
//! `nlp` holds the text- and extract-crate harnesses.

pub mod ingest;
pub mod nlp;
