//! RSS 2.0 (also 0.9x and 1.0) and Atom feeds, parsed with `feed-rs`.
//!
//! Each item or entry becomes one [`Document`] with path `PATH#<item number>`
//! (numbered from 1 in feed order). The body is the item's `content:encoded` /
//! Atom `content`, else its `description` / `summary`, turned into text by
//! [`crate::html::html_to_text`] (plain-text summaries are taken as they are);
//! the title becomes the first line when the text does not already contain it.
//! `pubDate` / `published`, else `updated`, is the publication time (Kyiv date);
//! the item link (`rel=alternate` preferred) is the url; the feed title is the
//! source and the feed language the language. The charset of the XML
//! declaration is honoured by `feed-rs`. Items with neither title nor text are
//! skipped and counted.

use crate::charset::decode_strict;
use crate::html::html_to_text;
use crate::reader::{Event, InputError, SkipReason};
use crate::{kyiv_date, Document, IngestError, Metadata};

fn norm_lang(s: &str) -> Option<String> {
    let p = s.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    match p.as_str() {
        "" => None,
        "ua" => Some("uk".into()),
        _ => Some(p),
    }
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Byte offset of an XML declaration naming an encoding (`<?xml` followed by
/// white space or `?>`, with `encoding` before its `?>`) that is not at the
/// start of the document. Such a document is not well-formed XML, and feed-rs
/// 3.0 (through quick-xml 0.42) panics on one that names another encoding, so
/// it is rejected before feed-rs sees it. Found by fuzzing. Comments and CDATA
/// sections are deliberately not skipped: on malformed markup (the fuzzer made
/// `<language<![CDATA[uage>`) the parser does not see the section we would,
/// so a declaration with an encoding quoted inside CDATA is rejected too.
fn misplaced_xml_declaration(bytes: &[u8]) -> Option<usize> {
    let mut start = if bytes.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    start += bytes[start..]
        .iter()
        .take_while(|b| b.is_ascii_whitespace())
        .count();
    let mut i = start;
    while let Some(off) = find(&bytes[i..], b"<?xml") {
        let at = i + off;
        i = at + 5;
        let rest = &bytes[at..];
        let is_decl = rest
            .get(5)
            .is_some_and(|&b| matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b'?'));
        if at == start || !is_decl {
            continue;
        }
        let decl = &rest[..find(rest, b"?>").unwrap_or(rest.len())];
        if find(decl, b"encoding").is_some() {
            return Some(at);
        }
    }
    None
}

/// The XML declaration at the start (after a UTF-8 byte-order mark and white
/// space), as `start..end` in `bytes` with `end` after its `?>`.
fn declaration_at_start(bytes: &[u8]) -> Option<(usize, usize)> {
    let bom = if bytes.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    let start = bom + bytes[bom..].iter().position(|b| !b.is_ascii_whitespace())?;
    let rest = &bytes[start..];
    let is_decl = rest.starts_with(b"<?xml")
        && rest
            .get(5)
            .is_some_and(|&b| matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b'?'));
    if !is_decl {
        return None;
    }
    Some((start, start + find(rest, b"?>")? + 2))
}

/// The encoding named by `encoding="..."` in a declaration, when known.
fn declared_encoding(decl: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let mut from = 0;
    while let Some(i) = find(&decl[from..], b"encoding") {
        let at = from + i;
        from = at + b"encoding".len();
        if !decl[at - 1].is_ascii_whitespace() {
            continue;
        }
        let rest = decl[from..].trim_ascii_start();
        let Some(rest) = rest.strip_prefix(b"=") else {
            continue;
        };
        let rest = rest.trim_ascii_start();
        let Some(&quote) = rest.first().filter(|&&q| q == b'"' || q == b'\'') else {
            continue;
        };
        let len = rest[1..].iter().position(|&b| b == quote)?;
        return encoding_rs::Encoding::for_label(&rest[1..1 + len]);
    }
    None
}

/// The XML declaration feed-rs is given instead of the feed's own.
const UTF8_DECLARATION: &[u8] = b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

/// The feed as UTF-8 with a short declaration that says so, when it opens
/// with an XML declaration; `Ok(None)` when it has none (it is then checked
/// to be UTF-8).
///
/// feed-rs 3.0 (through quick-xml 0.42) switches decoders on the declaration
/// and panics ("set_encoding() called after prefix buffer was drained") when
/// the declaration naming another encoding ends past its 64-byte prefix
/// buffer: a long declaration, a mangled one (`encodingsion="1.0"
/// encoding="windows-1251"`), or one with an invalid
/// byte (all found by fuzzing). So the feed is decoded here, strictly, like
/// HTML (a UTF-8 byte-order mark wins; a declared UTF-16 means UTF-8, since
/// bytes that reach [`parse_feed`] are never UTF-16: a UTF-16 feed with a
/// byte-order mark was decoded by the reader, without one it is binary), and
/// its declaration is replaced by [`UTF8_DECLARATION`].
fn as_declared_utf8(bytes: &[u8]) -> Result<Option<Vec<u8>>, IngestError> {
    let Some((start, end)) = declaration_at_start(bytes) else {
        std::str::from_utf8(bytes).map_err(|e| IngestError::InvalidUtf8 {
            offset: e.valid_up_to(),
        })?;
        return Ok(None);
    };
    let enc = match declared_encoding(&bytes[start..end]) {
        _ if bytes.starts_with(b"\xEF\xBB\xBF") => encoding_rs::UTF_8,
        Some(e) if e == encoding_rs::UTF_16LE || e == encoding_rs::UTF_16BE => encoding_rs::UTF_8,
        Some(e) => e,
        None => encoding_rs::UTF_8,
    };
    let text = decode_strict(bytes, enc)?.into_bytes();
    // `<?xml` and `?>` are ASCII in every encoding encoding_rs decodes from
    // bytes like these, so the declaration is found again in the text.
    let Some((start, end)) = declaration_at_start(&text) else {
        return Ok(Some(text));
    };
    let mut out = Vec::with_capacity(text.len());
    out.extend_from_slice(&text[..start]);
    out.extend_from_slice(UTF8_DECLARATION);
    out.extend_from_slice(&text[end..]);
    Ok(Some(out))
}

/// Parse a feed into events (one document per item).
pub(crate) fn parse_feed(bytes: &[u8], path: &str) -> Vec<Event> {
    let relabelled = match as_declared_utf8(bytes) {
        Ok(r) => r,
        Err(reason) => {
            return vec![Event::Error(InputError {
                path: path.to_string(),
                reason,
            })]
        }
    };
    let bytes = relabelled.as_deref().unwrap_or(bytes);
    if let Some(at) = misplaced_xml_declaration(bytes) {
        return vec![Event::Error(InputError {
            path: path.to_string(),
            reason: IngestError::Feed(format!(
                "an XML declaration at byte {at}, not at the start of the document"
            )),
        })];
    }
    let feed = match feed_rs::parser::parse(bytes) {
        Ok(f) => f,
        Err(e) => {
            return vec![Event::Error(InputError {
                path: path.to_string(),
                reason: IngestError::Feed(e.to_string()),
            })]
        }
    };
    let source = feed.title.as_ref().map(|t| collapse(&t.content));
    let language = feed.language.as_deref().and_then(norm_lang);
    let mut events = Vec::with_capacity(feed.entries.len());
    for (i, entry) in feed.entries.iter().enumerate() {
        let item_path = format!("{path}#{}", i + 1);
        let text = if let Some(body) = entry.content.as_ref().and_then(|c| c.body.as_deref()) {
            html_to_text(body)
        } else if let Some(summary) = &entry.summary {
            if summary.content_type.to_string().starts_with("text/plain") {
                summary.content.trim().to_string()
            } else {
                html_to_text(&summary.content)
            }
        } else {
            String::new()
        };
        let title = entry
            .title
            .as_ref()
            .map(|t| collapse(&html_to_text(&t.content)))
            .filter(|t| !t.is_empty());
        let mut body = text.trim_end().to_string();
        if let Some(t) = &title {
            if !collapse(&body).contains(t.as_str()) {
                body = if body.is_empty() {
                    t.clone()
                } else {
                    format!("{t}\n\n{body}")
                };
            }
        }
        if body.trim().is_empty() {
            events.push(Event::Skip(SkipReason::FeedItemEmpty));
            continue;
        }
        body.push('\n');
        let url = entry
            .links
            .iter()
            .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
            .or(entry.links.first())
            .map(|l| l.href.clone());
        let mut meta = Metadata {
            language: language.clone(),
            published: entry
                .published
                .or(entry.updated)
                .map(|d| kyiv_date(d.naive_utc())),
            source: source.clone(),
            url,
            extra: Vec::new(),
        };
        if let Some(t) = title {
            meta.extra.push(("headline".into(), t));
        }
        if !entry.id.is_empty() {
            meta.extra.push(("feed_item_id".into(), entry.id.clone()));
        }
        events.push(Event::Doc(Document {
            path: item_path,
            body,
            meta,
        }));
    }
    events
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn misplaced_xml_declarations_are_found() {
        let ok: &[&[u8]] = &[
            b"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss/>",
            b"\xEF\xBB\xBF \n<?xml version=\"1.0\" encoding=\"koi8-u\"?><rss/>",
            b"<rss><!-- <?xml version=\"1.0\"?> --></rss>",
            b"<rss><?xml-stylesheet href=\"a.xsl\" encoding=\"x\"?></rss>",
        ];
        for doc in ok {
            assert_eq!(
                misplaced_xml_declaration(doc),
                None,
                "{:?}",
                String::from_utf8_lossy(doc)
            );
        }
        assert_eq!(
            misplaced_xml_declaration(b"<rss><?xml encoding=\"koi8-r\"?></rss>"),
            Some(5)
        );
        assert_eq!(
            misplaced_xml_declaration(b"<a<![CDATA[b><c><?xml encoding=\"koi8-r\"?>]]>"),
            Some(16)
        );
        let utf8 = |b: &[u8]| {
            as_declared_utf8(b)
                .unwrap()
                .map(|v| String::from_utf8(v).unwrap())
        };
        let canon = std::str::from_utf8(UTF8_DECLARATION).unwrap();
        assert_eq!(
            utf8(b"\n<?xml version='1.0' encoding = 'utf-16' ?><rss/>"),
            Some(format!("\n{canon}<rss/>"))
        );
        assert_eq!(
            utf8(b"<?xml version=\"1.0\" encoding=\"koi8-u\"?><rss>\xF7</rss>"),
            Some(format!("{canon}<rss>В</rss>"))
        );
        assert_eq!(
            utf8("\u{feff}<?xml version=\"1.0\" encoding=\"koi8-u\"?><rss>В</rss>".as_bytes()),
            Some(format!("\u{feff}{canon}<rss>В</rss>"))
        );
        assert_eq!(
            utf8(b"\r\r<?xml verversion=\"1.0\" encodingsion=\"1.0\" encoding=\"windows-1251\"?>\xF7"),
            Some(format!("\r\r{canon}ч"))
        );
        assert_eq!(utf8(b"<rss/>"), None);
        assert!(as_declared_utf8(b"<rss>\xF7</rss>").is_err());
        assert_eq!(
            misplaced_xml_declaration(b"<?xml version=\"1.0\"?>\n<?xml encoding=\"utf-8\"?>"),
            Some(22)
        );
    }
}
