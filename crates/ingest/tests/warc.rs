//! WARC archives built in the test: plain, per-record gzip, through a stream, truncated.

use std::io::Write;
use std::path::PathBuf;

use swapledger_ingest::{
    read_inputs, read_stream, Document, IngestError, InputError, ReaderConfig, SkipReason,
};

fn fixture(rel: &str) -> Vec<u8> {
    std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data")
            .join(rel),
    )
    .unwrap()
}

fn record(kind: &str, n: usize, uri: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{n:012}>\r\nWARC-Date: 2025-10-03T08:00:00Z\r\nWARC-Target-URI: {uri}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn http(status: &str, headers: &str, body: &[u8]) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {status}\r\n{headers}Server: test\r\n\r\n").into_bytes();
    out.extend_from_slice(body);
    out
}

fn chunked(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for part in body.chunks(700) {
        out.extend_from_slice(format!("{:x}\r\n", part.len()).as_bytes());
        out.extend_from_slice(part);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"0\r\n\r\n");
    out
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

const HTTP: &str = "application/http; msgtype=response";

/// The records of the test archive, each as its own byte vector.
fn records() -> Vec<Vec<u8>> {
    let big = format!(
        "<html><body><p>{}</p></body></html>",
        "обмін полоненими ".repeat(6000)
    );
    vec![
        record(
            "warcinfo",
            1,
            "",
            "application/warc-fields",
            b"software: test\r\n",
        ),
        record(
            "request",
            2,
            "https://www.ukrinform.ua/1",
            "application/http; msgtype=request",
            b"GET /1 HTTP/1.1\r\nHost: www.ukrinform.ua\r\n\r\n",
        ),
        record(
            "response",
            3,
            "https://www.ukrinform.ua/1",
            HTTP,
            &http(
                "200 OK",
                "Content-Type: text/html; charset=UTF-8\r\n",
                &fixture("html/uk_article.html"),
            ),
        ),
        record(
            "response",
            4,
            "http://old.example.ru/news/90",
            HTTP,
            &http(
                "200 OK",
                "Content-Type: text/html; charset=windows-1251\r\nTransfer-Encoding: chunked\r\n",
                &chunked(&fixture("html/ru_windows1251.html")),
            ),
        ),
        record(
            "response",
            5,
            "https://www.ukrinform.ua/old",
            HTTP,
            &http(
                "301 Moved Permanently",
                "Location: https://www.ukrinform.ua/1\r\n",
                b"",
            ),
        ),
        record(
            "response",
            6,
            "https://www.ukrinform.ua/logo.png",
            HTTP,
            &http(
                "200 OK",
                "Content-Type: image/png\r\n",
                b"\x89PNG\r\n\x1a\n",
            ),
        ),
        record(
            "response",
            7,
            "https://kyivindependent.com/pows",
            HTTP,
            &http(
                "200 OK",
                "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
                &gzip(&fixture("html/en_article.html")),
            ),
        ),
        record(
            "response",
            8,
            "https://example.org/huge",
            HTTP,
            &http("200 OK", "Content-Type: text/html\r\n", big.as_bytes()),
        ),
        record(
            "metadata",
            9,
            "https://kyivindependent.com/pows",
            "application/warc-fields",
            b"fetchTimeMs: 120\r\n",
        ),
        record(
            "response",
            10,
            "https://example.org/hostile",
            HTTP,
            &http("200 OK", "", &fixture("html/hostile.html")),
        ),
    ]
}

fn cfg() -> ReaderConfig {
    ReaderConfig {
        max_bytes: 64 * 1024,
        ..ReaderConfig::default()
    }
}

fn collect(
    r: impl Iterator<Item = Result<Document, InputError>>,
) -> (Vec<Document>, Vec<InputError>) {
    let (mut d, mut e) = (Vec::new(), Vec::new());
    for item in r {
        match item {
            Ok(x) => d.push(x),
            Err(x) => e.push(x),
        }
    }
    (d, e)
}

fn check(label: &str, docs: &[Document], errs: &[InputError]) {
    let paths: Vec<&str> = docs.iter().map(|d| d.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            format!("{label}#3"),
            format!("{label}#4"),
            format!("{label}#7"),
            format!("{label}#10")
        ]
    );
    assert_eq!(
        docs[0].meta.url.as_deref(),
        Some("https://www.ukrinform.ua/1")
    );
    assert!(docs[0]
        .body
        .starts_with("Україна повернула додому 185 захисників"));
    assert!(!docs[0].body.contains("Читайте також"));
    // og:url differs from the crawled URI: kept as canonical_url.
    assert!(docs[0]
        .meta
        .extra
        .iter()
        .any(|(k, v)| k == "canonical_url" && v.contains("4001234")));
    assert!(docs[0]
        .meta
        .extra
        .iter()
        .any(|(k, v)| k == "warc_date" && v == "2025-10-03T08:00:00Z"));
    // HTTP charset + chunked transfer encoding.
    assert!(
        docs[1].body.starts_with("Состоялся обмен пленными"),
        "{}",
        docs[1].body
    );
    // gzip content encoding.
    assert!(docs[2].body.starts_with("Ukraine brings home 150 POWs"));
    // No Content-Type: sniffed as HTML; scripts dropped.
    assert!(!docs[3].body.contains("inline-script"));
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0].path, format!("{label}#8"));
    assert!(matches!(
        errs[0].reason,
        IngestError::TooLarge { limit: 65536 }
    ));
}

#[test]
fn plain_warc_file() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("crawl.warc");
    std::fs::write(&path, records().concat()).unwrap();
    let label = path.display().to_string();
    let mut r = read_inputs(std::slice::from_ref(&label), &cfg());
    let (docs, errs) = collect(r.by_ref());
    check(&label, &docs, &errs);
    let s = r.summary();
    assert_eq!(s.skipped.get(&SkipReason::WarcNotResponse), Some(&3));
    assert_eq!(s.skipped.get(&SkipReason::WarcHttpStatus), Some(&1));
    assert_eq!(s.skipped.get(&SkipReason::WarcNotHtml), Some(&1));
    assert_eq!(s.documents, 4);
}

#[test]
fn gzipped_warc_through_a_stream() {
    // One gzip member per record, as Common Crawl writes them.
    let gz: Vec<u8> = records().iter().flat_map(|r| gzip(r)).collect();
    let (docs, errs) = collect(read_stream("-", std::io::Cursor::new(gz), &cfg()));
    check("-", &docs, &errs);
}

#[test]
fn truncated_archives_keep_the_records_before_the_damage() {
    let mut plain = records().concat();
    let mut last = record(
        "response",
        11,
        "https://example.org/cut",
        HTTP,
        &http(
            "200 OK",
            "Content-Type: text/html\r\n",
            b"<p>never complete</p>",
        ),
    );
    last.truncate(last.len() - 12);
    plain.extend(last);
    let (docs, errs) = collect(read_stream("cut.warc", std::io::Cursor::new(plain), &cfg()));
    assert_eq!(docs.len(), 4);
    assert_eq!(errs.len(), 2);
    assert_eq!(errs[1].path, "cut.warc#11");
    assert!(
        errs[1].to_string().contains("record truncated"),
        "{}",
        errs[1]
    );

    let mut gz: Vec<u8> = records().iter().flat_map(|r| gzip(r)).collect();
    gz.truncate(gz.len() - 200);
    let (docs, errs) = collect(read_stream("cut.warc.gz", std::io::Cursor::new(gz), &cfg()));
    assert_eq!(docs.len(), 3, "records 3, 4 and 7 came before the damage");
    let last = errs.last().unwrap();
    assert_eq!(last.path, "cut.warc.gz#10");
    assert!(matches!(last.reason, IngestError::Gzip(_)), "{last}");
}

#[test]
fn garbage_after_a_record_is_reported() {
    let mut plain = records()[2].clone();
    plain.extend_from_slice(b"this is not a WARC header\r\n\r\n");
    let (docs, errs) = collect(read_stream("x.warc", std::io::Cursor::new(plain), &cfg()));
    assert_eq!(docs.len(), 1);
    assert_eq!(errs[0].path, "x.warc#2");
    assert!(errs[0]
        .to_string()
        .contains("expected a record starting with \"WARC/\""));
}
