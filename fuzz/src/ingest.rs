//! Fuzz harnesses for `swapledger-ingest`, shared by the fuzz targets and by
//! `crates/ingest/tests/fuzz_corpus.rs` (which includes this file by path).
//!
//! Each harness feeds bytes to a public entry point and checks what must hold
//! whatever the input: no panic, errors that display, a summary that agrees
//! with what the iterator yielded, documents whose path names the input.
//! The Telegram, feed and WARC readers are private to the crate, so their
//! harnesses go through [`read_stream`] and return early when the bytes do
//! not sniff as their format (libFuzzer learns quickly to stay in it).

use std::io::{Cursor, Write};

use flate2::write::GzEncoder;
use flate2::Compression;
use swapledger_ingest::html::{html_to_text, parse_html};
use swapledger_ingest::{
    parse_published, parse_text_document, read_stream, sniff, split_front_matter, Format,
    ReaderConfig,
};

/// Bytes the sniffer looks at (the reader's `SNIFF_LEN`).
const HEAD: usize = 8192;

/// Small limits, so that the limit paths are reached and a gzip bomb stays cheap.
fn config() -> ReaderConfig {
    ReaderConfig {
        max_bytes: 256 << 10,
        max_export_bytes: 1 << 20,
    }
}

fn head(data: &[u8]) -> &[u8] {
    &data[..data.len().min(HEAD)]
}

/// Read everything `read_stream` yields from `data` and check the summary.
/// Returns the number of documents.
pub fn drain(data: Vec<u8>) -> u64 {
    let mut reader = read_stream("fuzz", Cursor::new(data), &config());
    let (mut docs, mut errors) = (0u64, 0usize);
    for item in reader.by_ref() {
        match item {
            Ok(doc) => {
                docs += 1;
                assert!(doc.path.starts_with("fuzz"), "document path {:?}", doc.path);
                assert_eq!(doc.id().len(), 64);
            }
            Err(e) => {
                errors += 1;
                assert!(e.path.starts_with("fuzz"), "error path {:?}", e.path);
                let _ = e.to_string();
            }
        }
    }
    let summary = reader.summary();
    assert_eq!(summary.documents, docs, "summary documents");
    assert_eq!(summary.failures.len(), errors, "summary failures");
    assert_eq!(summary.inputs, 1, "summary inputs");
    let _ = summary.to_string();
    docs
}

/// Text with front matter: `parse_text_document`, `split_front_matter`,
/// `parse_published` on every front-matter value, and the reader's text path.
pub fn text(data: &[u8]) {
    if let Ok(doc) = parse_text_document(data, "fuzz") {
        let text = std::str::from_utf8(data).expect("parsed, so UTF-8");
        assert!(text.ends_with(&doc.body), "body is the end of the text");
        let (block, body) = split_front_matter(text);
        assert_eq!(body, doc.body);
        if let Some(block) = block {
            for line in block.lines() {
                if let Some((_, v)) = line.split_once(':') {
                    let _ = parse_published(v);
                }
            }
        }
    }
    if let Ok(s) = std::str::from_utf8(data) {
        let _ = parse_published(s);
    }
    if matches!(sniff(head(data)), Format::Text | Format::Utf16) {
        drain(data.to_vec());
    }
}

/// HTTP `Content-Type` values tried with a page (chosen by the first byte).
const CONTENT_TYPES: &[Option<&str>] = &[
    None,
    None,
    None,
    Some("text/html; charset=utf-8"),
    Some("text/html; charset=windows-1251"),
    Some("text/html; charset=koi8-u"),
    Some("text/html; charset=\"x-no-such-charset\""),
    Some("text/html"),
];

/// HTML: `parse_html` (with a `Content-Type` chosen by the first byte) and
/// `html_to_text` on the same bytes read as UTF-8.
pub fn html(data: &[u8]) {
    let ct = data
        .first()
        .map(|b| CONTENT_TYPES[*b as usize % CONTENT_TYPES.len()])
        .unwrap_or(None);
    if let Err(e) = parse_html(data, "fuzz", ct) {
        let _ = e.to_string();
    }
    let _ = html_to_text(&String::from_utf8_lossy(data));
}

/// Telegram Desktop exports (JSON) through the reader.
pub fn telegram(data: &[u8]) {
    if sniff(head(data)) == Format::Json {
        drain(data.to_vec());
    }
}

/// RSS / Atom feeds through the reader.
pub fn feed(data: &[u8]) {
    if sniff(head(data)) == Format::Feed {
        drain(data.to_vec());
    }
}

/// Plain WARC archives through the reader.
pub fn warc(data: &[u8]) {
    if sniff(head(data)) == Format::Warc {
        drain(data.to_vec());
    }
}

/// Compress `data` as gzip, one member per WARC record (as Common Crawl does):
/// a member starts at each line that starts with `WARC/`.
pub fn gzip_per_record(data: &[u8]) -> Vec<u8> {
    let mut starts = vec![0];
    for i in 1..data.len() {
        if data[i - 1] == b'\n' && data[i..].starts_with(b"WARC/") {
            starts.push(i);
        }
    }
    starts.push(data.len());
    let mut out = Vec::new();
    for w in starts.windows(2) {
        let mut gz = GzEncoder::new(Vec::new(), Compression::fast());
        gz.write_all(&data[w[0]..w[1]]).expect("write to memory");
        out.extend(gz.finish().expect("finish in memory"));
    }
    out
}

/// WARC archives compressed per record (`.warc.gz`), whole and truncated at
/// two thirds of the compressed bytes.
pub fn warc_gz(data: &[u8]) {
    if sniff(head(data)) != Format::Warc {
        return;
    }
    let gz = gzip_per_record(data);
    let cut = gz.len() * 2 / 3;
    drain(gz[..cut].to_vec());
    drain(gz);
}

/// Any bytes: the sniffer and the whole reader.
pub fn read_stream_any(data: &[u8]) {
    let _ = sniff(data);
    drain(data.to_vec());
}
