//! Read standard input (any format; a WARC is streamed) and count documents.
//!
//! `warc_gen 150000 | warc_count` prints documents, failures, skips, bytes and
//! body characters; run under `/usr/bin/time -v` to see the peak RSS.

use swapledger_ingest::{read_inputs, ReaderConfig};

fn main() {
    let mut reader = read_inputs(&["-".to_string()], &ReaderConfig::default());
    let (mut docs, mut errors, mut chars) = (0u64, 0u64, 0u64);
    for item in reader.by_ref() {
        match item {
            Ok(doc) => {
                docs += 1;
                chars += doc.body.chars().count() as u64;
            }
            Err(e) => {
                errors += 1;
                eprintln!("{e}");
            }
        }
    }
    println!("documents: {docs}, errors: {errors}, body chars: {chars}");
    print!("{}", reader.summary());
}
