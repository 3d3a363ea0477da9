//! WARC archives (plain, or gzip with one member per record as in Common Crawl),
//! read record by record.
//!
//! Records are numbered from 1 in archive order, counting every record
//! (`warcinfo`, `request`, `metadata`...), so `PATH#N` names the N-th record.
//! Only `response` records whose HTTP status is 2xx and whose payload is HTML
//! (by `Content-Type`, or sniffed when it is missing) become documents; the
//! others are skipped and counted by reason. The HTTP header block is parsed,
//! `Transfer-Encoding: chunked` is undone, `Content-Encoding: gzip/deflate` is
//! decompressed (bounded by the record limit). The document url is the
//! `WARC-Target-URI`; a different `og:url` is kept as `canonical_url` in
//! `meta.extra`, and the crawl time as `warc_date`.
//!
//! Memory: one record block at a time, at most [`crate::ReaderConfig::max_bytes`]
//! bytes; a larger record is skipped by reading it into a sink and reported. A
//! malformed record header or a truncated record ends the archive with an error
//! (the records before it were delivered).

use std::collections::VecDeque;
use std::io::{self, BufRead, Read};

use crate::html::parse_html_page;
use crate::reader::{from_io, Event, InputError, SkipReason, Warning};
use crate::sniff::{sniff, Format};
use crate::IngestError;

const MAX_HEADER_BLOCK: u64 = 64 * 1024;

/// A streaming WARC reader producing events.
pub(crate) struct WarcSource {
    path: String,
    r: Box<dyn BufRead + Send>,
    max: u64,
    n: u64,
    done: bool,
    pending: VecDeque<Event>,
}

type Headers = Vec<(String, String)>;

fn header<'h>(h: &'h Headers, name: &str) -> Option<&'h str> {
    h.iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

/// Parse `Name: value` lines (with folded continuation lines) from `lines`.
fn parse_header_lines<'a>(lines: impl Iterator<Item = &'a str>) -> Headers {
    let mut h: Headers = Vec::new();
    for line in lines {
        if line.starts_with([' ', '\t']) {
            if let Some(last) = h.last_mut() {
                last.1.push(' ');
                last.1.push_str(line.trim());
            }
            continue;
        }
        if let Some((k, v)) = line.split_once(':') {
            h.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    h
}

/// Outcome of reading one record: an event, plus whether the archive must stop.
type RecordResult = Result<Vec<Event>, (IngestError, bool)>;

impl WarcSource {
    pub(crate) fn new(path: String, r: Box<dyn BufRead + Send>, max: u64) -> Self {
        WarcSource {
            path,
            r,
            max,
            n: 0,
            done: false,
            pending: VecDeque::new(),
        }
    }

    /// Read the next record header block; `Ok(None)` at a clean end of the archive.
    fn read_headers(&mut self) -> Result<Option<Headers>, IngestError> {
        let mut limited = (&mut self.r).take(MAX_HEADER_BLOCK);
        let mut line = Vec::new();
        // Skip blank lines between records.
        loop {
            line.clear();
            let n = limited.read_until(b'\n', &mut line).map_err(from_io)?;
            if n == 0 {
                return Ok(None);
            }
            if !line.iter().all(|b| b.is_ascii_whitespace()) {
                break;
            }
        }
        if !line.starts_with(b"WARC/") {
            let shown = String::from_utf8_lossy(&line[..line.len().min(40)]).into_owned();
            return Err(IngestError::Warc(format!(
                "expected a record starting with \"WARC/\", found {:?}",
                shown.trim_end()
            )));
        }
        let mut lines = Vec::new();
        loop {
            line.clear();
            let n = limited.read_until(b'\n', &mut line).map_err(from_io)?;
            if n == 0 {
                return Err(if limited.limit() == 0 {
                    IngestError::Warc(format!(
                        "record header block longer than {MAX_HEADER_BLOCK} bytes"
                    ))
                } else {
                    IngestError::Warc("archive ends inside a record header".into())
                });
            }
            let text = String::from_utf8_lossy(&line);
            let text = text.trim_end_matches(['\r', '\n']);
            if text.is_empty() {
                break;
            }
            lines.push(text.to_string());
        }
        Ok(Some(parse_header_lines(lines.iter().map(String::as_str))))
    }

    fn discard(&mut self, len: u64) -> Result<(), (IngestError, bool)> {
        let copied = io::copy(&mut (&mut self.r).take(len), &mut io::sink())
            .map_err(|e| (from_io(e), true))?;
        if copied < len {
            return Err((
                IngestError::Warc(format!("record truncated: {copied} of {len} bytes")),
                true,
            ));
        }
        Ok(())
    }

    fn record(&mut self, h: Headers, rec_path: &str) -> RecordResult {
        let len: u64 = header(&h, "Content-Length")
            .and_then(|v| v.trim().parse().ok())
            .ok_or_else(|| {
                (
                    IngestError::Warc("record without a valid Content-Length".into()),
                    true,
                )
            })?;
        let kind = header(&h, "WARC-Type").unwrap_or("").to_ascii_lowercase();
        if kind != "response" && kind != "resource" {
            self.discard(len)?;
            return Ok(vec![Event::Skip(SkipReason::WarcNotResponse)]);
        }
        if len > self.max {
            self.discard(len)?;
            return Err((IngestError::TooLarge { limit: self.max }, false));
        }
        let mut block = Vec::with_capacity(len as usize);
        (&mut self.r)
            .take(len)
            .read_to_end(&mut block)
            .map_err(|e| (from_io(e), true))?;
        if (block.len() as u64) < len {
            return Err((
                IngestError::Warc(format!("record truncated: {} of {len} bytes", block.len())),
                true,
            ));
        }
        let record_ct = header(&h, "Content-Type")
            .unwrap_or("")
            .to_ascii_lowercase();
        let mut events = Vec::new();
        let (payload, content_type) = if record_ct.starts_with("application/http") {
            match http_payload(&block, self.max, rec_path, &mut events) {
                Ok(Some(p)) => p,
                Ok(None) => return Ok(events),
                Err(e) => return Err((e, false)),
            }
        } else {
            (block, Some(record_ct.clone()).filter(|c| !c.is_empty()))
        };
        let is_html = match &content_type {
            Some(ct) => {
                let essence = ct
                    .split(';')
                    .next()
                    .unwrap_or("")
                    .trim()
                    .to_ascii_lowercase();
                essence == "text/html" || essence == "application/xhtml+xml"
            }
            None => sniff(&payload[..payload.len().min(crate::sniff::SNIFF_LEN)]) == Format::Html,
        };
        if !is_html {
            events.push(Event::Skip(SkipReason::WarcNotHtml));
            return Ok(events);
        }
        let (mut doc, warnings) =
            parse_html_page(&payload, rec_path, content_type.as_deref()).map_err(|e| (e, false))?;
        events.extend(warnings.into_iter().map(|message| {
            Event::Warn(Warning {
                path: rec_path.to_string(),
                message,
            })
        }));
        if let Some(uri) = header(&h, "WARC-Target-URI") {
            let uri = uri.trim_matches(['<', '>']).to_string();
            if let Some(og) = doc.meta.url.take() {
                if og != uri {
                    doc.meta.extra.push(("canonical_url".into(), og));
                }
            }
            doc.meta.url = Some(uri);
        }
        if let Some(d) = header(&h, "WARC-Date") {
            doc.meta.extra.push(("warc_date".into(), d.to_string()));
        }
        events.push(Event::Doc(doc));
        Ok(events)
    }
}

/// Split an HTTP response; `Ok(None)` when it is skipped (non-2xx).
#[allow(clippy::type_complexity)]
fn http_payload(
    block: &[u8],
    max: u64,
    rec_path: &str,
    events: &mut Vec<Event>,
) -> Result<Option<(Vec<u8>, Option<String>)>, IngestError> {
    let (head_end, body_start) = match find(block, b"\r\n\r\n") {
        Some(i) => (i, i + 4),
        None => match find(block, b"\n\n") {
            Some(i) => (i, i + 2),
            None => return Err(IngestError::Http("no end of the HTTP header block".into())),
        },
    };
    let head = String::from_utf8_lossy(&block[..head_end]);
    let mut lines = head.lines();
    let status_line = lines.next().unwrap_or("");
    let status: u16 = status_line
        .strip_prefix("HTTP/")
        .and_then(|s| s.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| IngestError::Http(format!("bad status line {status_line:?}")))?;
    if !(200..300).contains(&status) {
        events.push(Event::Skip(SkipReason::WarcHttpStatus));
        return Ok(None);
    }
    let h = parse_header_lines(lines.map(|l| l.trim_end_matches('\r')));
    let mut body = block[body_start..].to_vec();
    if header(&h, "Transfer-Encoding").is_some_and(|v| v.to_ascii_lowercase().contains("chunked")) {
        match dechunk(&body) {
            Ok(b) => body = b,
            Err(why) => events.push(Event::Warn(Warning {
                path: rec_path.to_string(),
                message: format!("Transfer-Encoding: chunked, but {why}; payload read as it is"),
            })),
        }
    }
    match header(&h, "Content-Encoding").map(|v| v.trim().to_ascii_lowercase()) {
        Some(enc) if enc == "gzip" || enc == "x-gzip" => {
            body = inflate(flate2::read::MultiGzDecoder::new(&body[..]), max)?;
        }
        Some(enc) if enc == "deflate" => {
            body = inflate(flate2::read::ZlibDecoder::new(&body[..]), max)
                .or_else(|_| inflate(flate2::read::DeflateDecoder::new(&body[..]), max))?;
        }
        Some(enc) if enc.is_empty() || enc == "identity" => {}
        Some(enc) => {
            return Err(IngestError::Unsupported(format!(
                "HTTP Content-Encoding {enc:?}"
            )))
        }
        None => {}
    }
    Ok(Some((body, header(&h, "Content-Type").map(str::to_string))))
}

fn inflate(r: impl Read, max: u64) -> Result<Vec<u8>, IngestError> {
    let mut out = Vec::new();
    r.take(max + 1)
        .read_to_end(&mut out)
        .map_err(|e| IngestError::Gzip(e.to_string()))?;
    if out.len() as u64 > max {
        return Err(IngestError::DecompressedTooLarge { limit: max });
    }
    Ok(out)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Undo HTTP chunked transfer-encoding.
pub(crate) fn dechunk(data: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(data.len());
    let mut pos = 0;
    loop {
        let nl = data[pos..]
            .iter()
            .position(|&b| b == b'\n')
            .ok_or("a chunk size line is missing")?;
        let line = String::from_utf8_lossy(&data[pos..pos + nl]);
        let size_txt = line
            .trim()
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_string();
        let size = usize::from_str_radix(&size_txt, 16)
            .map_err(|_| format!("bad chunk size {size_txt:?}"))?;
        pos += nl + 1;
        if size == 0 {
            return Ok(out);
        }
        let end = pos
            .checked_add(size)
            .filter(|&e| e <= data.len())
            .ok_or("a chunk runs past the end")?;
        out.extend_from_slice(&data[pos..end]);
        pos = end;
        if data[pos..].starts_with(b"\r\n") {
            pos += 2;
        } else if data[pos..].starts_with(b"\n") {
            pos += 1;
        }
    }
}

impl Iterator for WarcSource {
    type Item = Event;

    fn next(&mut self) -> Option<Event> {
        loop {
            if let Some(e) = self.pending.pop_front() {
                return Some(e);
            }
            if self.done {
                return None;
            }
            let rec_path = format!("{}#{}", self.path, self.n + 1);
            let headers = match self.read_headers() {
                Ok(None) => {
                    self.done = true;
                    return None;
                }
                Ok(Some(h)) => h,
                Err(reason) => {
                    self.done = true;
                    return Some(Event::Error(InputError {
                        path: rec_path,
                        reason,
                    }));
                }
            };
            self.n += 1;
            match self.record(headers, &rec_path) {
                Ok(events) => self.pending.extend(events),
                Err((reason, fatal)) => {
                    self.done |= fatal;
                    self.pending.push_back(Event::Error(InputError {
                        path: rec_path,
                        reason,
                    }));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dechunks() {
        assert_eq!(
            dechunk(b"5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\n\r\n").unwrap(),
            b"hello, world"
        );
        assert!(dechunk(b"ff\r\nshort").is_err());
    }
}
