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

/// Where the value of `encoding` in the XML declaration at the start is
/// (`start..end` in `bytes`, after a UTF-8 byte-order mark if any), when
/// there is one.
fn declared_encoding_at(bytes: &[u8]) -> Option<(usize, usize)> {
    let bom = if bytes.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    let start = bom + bytes[bom..].iter().position(|b| !b.is_ascii_whitespace())?;
    let rest = &bytes[start..];
    if !rest.starts_with(b"<?xml") {
        return None;
    }
    let decl = &rest[..find(rest, b"?>")?];
    let at = find(decl, b"encoding")? + b"encoding".len();
    let eq = at + decl[at..].iter().position(|b| !b.is_ascii_whitespace())?;
    if decl[eq] != b'=' {
        return None;
    }
    let q = eq
        + 1
        + decl[eq + 1..]
            .iter()
            .position(|b| !b.is_ascii_whitespace())?;
    let quote = decl[q];
    if quote != b'"' && quote != b'\'' {
        return None;
    }
    let len = decl[q + 1..].iter().position(|&b| b == quote)?;
    Some((start + q + 1, start + q + 1 + len))
}

/// The feed as UTF-8 with its declaration saying `UTF-8`, when the
/// declaration at the start names another encoding; `Ok(None)` when nothing
/// changes. feed-rs 3.0 (quick-xml 0.42) switches decoders on the declaration
/// and panics when the declaration ends past its 64-byte prefix buffer (a
/// declaration longer than 64 bytes: found by fuzzing), so the feed is
/// decoded here, strictly, like HTML. A declared UTF-16 is only relabelled:
/// bytes that reach [`parse_feed`] are never UTF-16 (a UTF-16 feed with a
/// byte-order mark was decoded to UTF-8 by the reader; without one it is
/// binary), and feed-rs would otherwise decode the UTF-8 bytes as UTF-16.
/// A UTF-8 byte-order mark wins over the declaration, as in HTML.
///
/// A feed read as UTF-8 (declared so, or not declared) must be valid UTF-8:
/// quick-xml panicked in the same way on an invalid byte inside the
/// declaration (found by fuzzing), and strict decoding is this crate's rule.
fn as_declared_utf8(bytes: &[u8]) -> Result<Option<Vec<u8>>, IngestError> {
    let enc = declared_encoding_at(bytes)
        .and_then(|(from, to)| encoding_rs::Encoding::for_label(&bytes[from..to]));
    let Some(enc) = enc.filter(|&e| e != encoding_rs::UTF_8) else {
        std::str::from_utf8(bytes).map_err(|e| IngestError::InvalidUtf8 {
            offset: e.valid_up_to(),
        })?;
        return Ok(None);
    };
    let bom = bytes.starts_with(b"\xEF\xBB\xBF");
    let text = if bom || enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
        decode_strict(bytes, encoding_rs::UTF_8)?.into_bytes()
    } else {
        decode_strict(bytes, enc)?.into_bytes()
    };
    let Some((from, to)) = declared_encoding_at(&text) else {
        return Ok(None);
    };
    let mut out = Vec::with_capacity(text.len());
    out.extend_from_slice(&text[..from]);
    out.extend_from_slice(b"UTF-8");
    out.extend_from_slice(&text[to..]);
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
        assert_eq!(
            as_declared_utf8(b"\n<?xml version='1.0' encoding = 'utf-16' ?><rss/>")
                .unwrap()
                .as_deref(),
            Some(&b"\n<?xml version='1.0' encoding = 'UTF-8' ?><rss/>"[..])
        );
        assert_eq!(
            as_declared_utf8(b"<?xml version=\"1.0\" encoding=\"koi8-u\"?><rss>\xF7</rss>")
                .unwrap()
                .as_deref(),
            Some("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss>В</rss>".as_bytes())
        );
        assert_eq!(
            as_declared_utf8(
                "\u{feff}<?xml version=\"1.0\" encoding=\"koi8-u\"?><rss>В</rss>".as_bytes()
            )
            .unwrap()
            .as_deref(),
            Some("\u{feff}<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss>В</rss>".as_bytes())
        );
        assert_eq!(
            as_declared_utf8(b"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss/>").unwrap(),
            None
        );
        assert_eq!(
            misplaced_xml_declaration(b"<?xml version=\"1.0\"?>\n<?xml encoding=\"utf-8\"?>"),
            Some(22)
        );
    }
}
