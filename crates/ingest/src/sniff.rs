//! Format detection from the first bytes of an input (content, not extension).
//!
//! The reader looks at up to [`SNIFF_LEN`] bytes. Order of the checks: empty,
//! UTF-16 byte-order mark, gzip magic, `WARC/`, known binary signatures, NUL or
//! control bytes, then the first non-blank character: `{`/`[` is JSON, `<` is
//! a feed when an `<rss`, `<feed` or `<rdf:RDF` root appears before any `<html`,
//! otherwise HTML when an HTML tag is seen; anything else is plain text (which
//! includes text with front matter).

/// How many leading bytes [`sniff`] needs at most.
pub const SNIFF_LEN: usize = 8192;

/// A detected input format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Format {
    /// No bytes, or only a byte-order mark and white space.
    Empty,
    /// gzip-compressed data (decompressed, then sniffed again).
    Gzip,
    /// A WARC archive (read record by record).
    Warc,
    /// JSON (a Telegram Desktop export is expected).
    Json,
    /// An RSS or Atom feed.
    Feed,
    /// An HTML page.
    Html,
    /// Plain text, optionally with front matter.
    Text,
    /// Text with a UTF-16 byte-order mark (decoded, then sniffed again).
    Utf16,
    /// Binary data; the string names what it looks like.
    Binary(String),
}

const MAGIC: &[(&[u8], &str)] = &[
    (b"%PDF-", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"\xFF\xD8\xFF", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"7z\xBC\xAF\x27\x1C", "7-Zip archive"),
    (b"BZh", "bzip2 data"),
    (b"\xFD7zXZ\x00", "xz data"),
    (b"\x28\xB5\x2F\xFD", "zstd data"),
    (b"\x7FELF", "ELF executable"),
    (b"RIFF", "RIFF media (WebP/WAV/AVI)"),
    (b"OggS", "Ogg media"),
    (b"\x1A\x45\xDF\xA3", "Matroska/WebM media"),
    (b"SQLite format 3\x00", "SQLite database"),
];

/// Detect the format of an input from its first bytes (pass up to [`SNIFF_LEN`]).
pub fn sniff(head: &[u8]) -> Format {
    if head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF") {
        return Format::Utf16;
    }
    let body = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    if body.iter().all(|b| b.is_ascii_whitespace()) {
        return Format::Empty;
    }
    if body.starts_with(b"\x1F\x8B") {
        return Format::Gzip;
    }
    if body.starts_with(b"WARC/") {
        return Format::Warc;
    }
    for (magic, what) in MAGIC {
        if body.starts_with(magic) {
            return Format::Binary((*what).to_string());
        }
    }
    if body.len() >= 8 && &body[4..8] == b"ftyp" {
        return Format::Binary("MP4/QuickTime media".into());
    }
    if let Some(pos) = body.iter().position(|&b| b == 0) {
        return Format::Binary(format!("NUL byte at offset {pos}"));
    }
    let controls = body
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B))
        .count();
    if controls * 20 > body.len() {
        return Format::Binary(format!(
            "{controls} control bytes in the first {}",
            body.len()
        ));
    }
    let start = body
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(0);
    let rest = &body[start..];
    match rest.first() {
        Some(b'{') | Some(b'[') => Format::Json,
        Some(b'<') => {
            let lower = String::from_utf8_lossy(rest).to_ascii_lowercase();
            let html_at = ["<html", "<!doctype html", "<head", "<body"]
                .iter()
                .filter_map(|t| lower.find(t))
                .min();
            let feed_at = ["<rss", "<feed", "<rdf:rdf"]
                .iter()
                .filter_map(|t| lower.find(t))
                .min();
            match (feed_at, html_at) {
                (Some(f), Some(h)) if f < h => Format::Feed,
                (Some(_), None) => Format::Feed,
                // XML that is neither HTML nor a known feed: feed-rs names the problem.
                (None, None) if lower.starts_with("<?xml") => Format::Feed,
                _ => Format::Html,
            }
        }
        _ => Format::Text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_by_content() {
        assert_eq!(sniff(b""), Format::Empty);
        assert_eq!(sniff(b"\xEF\xBB\xBF \n"), Format::Empty);
        assert_eq!(sniff(b"\x1F\x8B\x08\x00"), Format::Gzip);
        assert_eq!(sniff(b"WARC/1.1\r\n"), Format::Warc);
        assert_eq!(sniff(b"  {\"name\": 1}"), Format::Json);
        assert_eq!(
            sniff(b"<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"),
            Format::Feed
        );
        assert_eq!(
            sniff(b"<feed xmlns=\"http://www.w3.org/2005/Atom\">"),
            Format::Feed
        );
        assert_eq!(sniff(b"<!DOCTYPE html><html lang=uk>"), Format::Html);
        assert_eq!(sniff(b"<p>fragment</p>"), Format::Html);
        assert_eq!(
            sniff("---\nlanguage: uk\n---\nТекст".as_bytes()),
            Format::Text
        );
        assert_eq!(sniff(b"%PDF-1.7"), Format::Binary("PDF document".into()));
        assert!(matches!(sniff(b"abc\x00def"), Format::Binary(_)));
        assert_eq!(sniff(b"\xFF\xFEa\x00"), Format::Utf16);
    }
}
