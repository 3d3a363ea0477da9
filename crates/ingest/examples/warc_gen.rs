//! Write a synthetic WARC archive to standard output, for memory and speed tests.
//!
//! `warc_gen N [--gz]`: N rounds of (request, HTML response of about 20 KB,
//! image response), Ukrainian/Russian/English pages in turn; `--gz` writes one
//! gzip member per record. Pipe it into `warc_count`; nothing touches the disk.

use std::io::{self, BufWriter, Write};

fn page(i: u64) -> String {
    let (lang, title, para) = match i % 3 {
        0 => ("uk", "Україна повернула додому захисників", "Із російського полону повернулися військовослужбовці ЗСУ, Нацгвардії та прикордонники. "),
        1 => ("ru", "Состоялся обмен пленными", "Россия и Украина провели очередной обмен военнопленными, сообщило Минобороны. "),
        _ => ("en", "Ukraine brings home POWs", "Ukraine and Russia exchanged prisoners of war, with soldiers returning home, officials said. "),
    };
    let mut body = String::new();
    for k in 0..40 {
        body.push_str(&format!("<p>{} №{i}-{k}. {}</p>\n", para.repeat(2), para));
    }
    format!(
        "<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><meta property=\"article:published_time\" content=\"2025-10-02T21:30:00Z\"><title>{title}</title></head><body><nav><a href=\"/\">Home</a><a href=\"/news\">News</a></nav><article><h1>{title} {i}</h1>{body}<p>Читайте також: <a href=\"/x\">інше</a></p></article><footer>© site</footer></body></html>"
    )
}

fn record(kind: &str, n: u64, uri: &str, ct: &str, block: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{n:032x}>\r\nWARC-Date: 2025-10-03T08:00:00Z\r\nWARC-Target-URI: {uri}\r\nContent-Type: {ct}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn main() -> io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let n: u64 = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(1000);
    let gz = args.iter().any(|a| a == "--gz");
    let mut out = BufWriter::with_capacity(1 << 20, io::stdout().lock());
    let mut write = |bytes: Vec<u8>| -> io::Result<()> {
        if gz {
            let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            e.write_all(&bytes)?;
            out.write_all(&e.finish()?)
        } else {
            out.write_all(&bytes)
        }
    };
    for i in 0..n {
        let uri = format!("https://news.example/{i}");
        write(record(
            "request",
            3 * i + 1,
            &uri,
            "application/http; msgtype=request",
            format!("GET /{i} HTTP/1.1\r\nHost: news.example\r\n\r\n").as_bytes(),
        ))?;
        let html = page(i);
        let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\r\n{html}", html.len());
        write(record(
            "response",
            3 * i + 2,
            &uri,
            "application/http; msgtype=response",
            http.as_bytes(),
        ))?;
        write(record(
            "response",
            3 * i + 3,
            &format!("{uri}.png"),
            "application/http; msgtype=response",
            b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG",
        ))?;
    }
    out.flush()
}
