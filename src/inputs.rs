//! Turning command-line paths into documents, reporting each input that fails.

use std::io::Read;
use std::path::Path;

use swapledger_ingest::{parse_text_document, Document};

/// A document, or the reason an input could not be read.
pub type Item = Result<Document, (String, String)>;

/// Read every path (file, directory recursively in sorted order, or `-` for stdin).
pub fn read_all(paths: &[String]) -> Vec<Item> {
    let mut out = Vec::new();
    for p in paths {
        if p == "-" {
            let mut buf = Vec::new();
            match std::io::stdin().read_to_end(&mut buf) {
                Ok(_) => out.push(
                    parse_text_document(&buf, "-").map_err(|e| ("-".to_string(), e.to_string())),
                ),
                Err(e) => out.push(Err(("-".to_string(), e.to_string()))),
            }
            continue;
        }
        walk(Path::new(p), p, &mut out);
    }
    out
}

fn walk(path: &Path, shown: &str, out: &mut Vec<Item>) {
    if path.is_dir() {
        let mut entries: Vec<_> = match std::fs::read_dir(path) {
            Ok(rd) => rd.filter_map(Result::ok).map(|e| e.path()).collect(),
            Err(e) => {
                out.push(Err((shown.to_string(), e.to_string())));
                return;
            }
        };
        entries.sort();
        for e in entries {
            let is_doc = e.is_dir() || e.extension().is_some_and(|x| x == "txt");
            if is_doc {
                let s = e.to_string_lossy().to_string();
                walk(&e, &s, out);
            }
        }
        return;
    }
    match std::fs::read(path) {
        Ok(bytes) => out.push(
            parse_text_document(&bytes, shown).map_err(|e| (shown.to_string(), e.to_string())),
        ),
        Err(e) => out.push(Err((shown.to_string(), e.to_string()))),
    }
}
