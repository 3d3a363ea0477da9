//! Print every document (path, metadata, body) and the summary for the given paths.
//!
//! `cargo run -p swapledger-ingest --example dump -- PATH...` (`-` reads standard input).

use swapledger_ingest::{read_inputs, ReaderConfig};

fn main() {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    let mut reader = read_inputs(&paths, &ReaderConfig::default());
    for item in reader.by_ref() {
        match item {
            Ok(doc) => {
                println!("=== {} [{}]", doc.path, doc.id());
                println!("{:?}", doc.meta);
                println!("{}", doc.body);
            }
            Err(e) => println!("!!! {e}"),
        }
    }
    eprint!("{}", reader.summary());
}
