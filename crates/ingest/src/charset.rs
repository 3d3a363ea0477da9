//! Character encodings: byte-order marks, declared charsets, and a narrow guess.
//!
//! HTML follows the order of the HTML standard: a byte-order mark, then the HTTP
//! `Content-Type` charset (WARC records), then `<meta charset>` /
//! `<meta http-equiv=Content-Type>` or an XML declaration in the first 4 KiB.
//! Undeclared HTML that is valid UTF-8 is UTF-8; otherwise a page is read as
//! windows-1251 or KOI8-U only when the bytes are *clearly* Cyrillic in that
//! encoding (see [`guess_cyrillic`]), else it is an error with the byte offset.
//!
//! Plain text is UTF-8 (BOM allowed; a UTF-16 BOM is honoured). Text that is not
//! valid UTF-8 is an error with the offset of the first bad byte, except when it
//! is clearly windows-1251 (old Ukrainian/Russian `.txt` files): then it is
//! decoded and the reader records a warning and `charset: windows-1251 (guessed)`
//! in the metadata. KOI8 is never guessed for plain text.
//!
//! Decoding is strict: a byte sequence that is invalid in the chosen encoding is
//! an error naming the encoding and offset, never silently replaced.

use encoding_rs::{DecoderResult, Encoding, KOI8_U, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1251};

use crate::IngestError;

/// How the encoding of a text was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum How {
    Bom,
    Declared,
    Default,
    Guessed,
}

/// A decoded text.
#[derive(Debug)]
pub(crate) struct Decoded {
    pub text: String,
    pub encoding: &'static Encoding,
    pub how: How,
}

impl Decoded {
    /// A `charset` metadata value when it is worth recording (not plain UTF-8).
    pub fn note(&self) -> Option<String> {
        match (self.encoding == UTF_8, self.how) {
            (true, _) => None,
            (false, How::Guessed) => Some(format!("{} (guessed)", self.encoding.name())),
            (false, _) => Some(self.encoding.name().to_string()),
        }
    }
}

/// Decode `bytes` strictly in `enc`; the error names the first malformed byte.
pub(crate) fn decode_strict(bytes: &[u8], enc: &'static Encoding) -> Result<String, IngestError> {
    let mut decoder = enc.new_decoder_without_bom_handling();
    let cap = decoder
        .max_utf8_buffer_length_without_replacement(bytes.len())
        .unwrap_or(bytes.len().saturating_mul(3));
    let mut out = String::with_capacity(cap);
    let (res, read) = decoder.decode_to_string_without_replacement(bytes, &mut out, true);
    match res {
        DecoderResult::InputEmpty => Ok(out),
        DecoderResult::Malformed(bad, after) => {
            let offset = read.saturating_sub(bad as usize + after as usize);
            if enc == UTF_8 {
                Err(IngestError::InvalidUtf8 { offset })
            } else {
                Err(IngestError::InvalidEncoding {
                    encoding: enc.name().to_string(),
                    offset,
                })
            }
        }
        DecoderResult::OutputFull => Err(IngestError::InvalidEncoding {
            encoding: enc.name().to_string(),
            offset: read,
        }),
    }
}

fn bom(bytes: &[u8]) -> Option<(&'static Encoding, usize)> {
    Encoding::for_bom(bytes)
}

/// Resolve a charset label; `utf-16` in an HTML declaration means UTF-8 (HTML standard).
pub(crate) fn for_label(label: &str, html: bool) -> Result<&'static Encoding, IngestError> {
    let enc = Encoding::for_label(label.trim().trim_matches(['"', '\'']).as_bytes())
        .ok_or_else(|| IngestError::UnknownCharset(label.to_string()))?;
    if html && (enc == UTF_16LE || enc == UTF_16BE) {
        return Ok(UTF_8);
    }
    Ok(enc)
}

/// The `charset=` parameter of a Content-Type value.
pub(crate) fn charset_param(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| v.trim().trim_matches(['"', '\'']).to_string())
    })
}

/// A charset declared in the first 4 KiB of an HTML or XML document.
pub(crate) fn prescan_declared(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: String = head
        .iter()
        .map(|&b| (b as char).to_ascii_lowercase())
        .collect();
    if lower.trim_start().starts_with("<?xml") {
        if let Some(end) = lower.find("?>") {
            if let Some(v) = attr_value(&lower[..end], "encoding") {
                return Some(v);
            }
        }
    }
    let mut pos = 0;
    while let Some(i) = lower[pos..].find("<meta") {
        let start = pos + i;
        let end = lower[start..].find('>').map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(v) = attr_value(tag, "charset") {
            return Some(v);
        }
        if tag.contains("http-equiv") {
            if let Some(c) = attr_value(tag, "content").and_then(|c| charset_param(&c)) {
                return Some(c);
            }
        }
        pos = end;
    }
    None
}

/// The value of `name=` in a tag text (quoted or not).
fn attr_value(tag: &str, name: &str) -> Option<String> {
    let mut from = 0;
    while let Some(i) = tag[from..].find(name) {
        let at = from + i;
        from = at + name.len();
        let before_ok = at == 0
            || tag[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_whitespace() || c == ';' || c == '"' || c == '\'');
        let rest = tag[from..].trim_start();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let rest = rest[1..].trim_start();
        let value: String = match rest.chars().next() {
            Some(q @ ('"' | '\'')) => rest[1..].chars().take_while(|&c| c != q).collect(),
            _ => rest
                .chars()
                .take_while(|c| !c.is_whitespace() && !matches!(c, '>' | ';' | '/' | '"' | '\''))
                .collect(),
        };
        if !value.is_empty() {
            return Some(value);
        }
    }
    None
}

/// windows-1251 or KOI8-U when the non-ASCII bytes are clearly Cyrillic letters
/// in that encoding and mostly lower case (real prose is); `None` otherwise.
///
/// At least 8 non-ASCII bytes, at least 90 % of them letters in the candidate
/// encoding, and at least 60 % of those letters lower case. The two encodings
/// swap the case ranges (0xC0–0xDF / 0xE0–0xFF), so both cannot pass.
pub(crate) fn guess_cyrillic(bytes: &[u8], allow_koi8: bool) -> Option<&'static Encoding> {
    let high = bytes.iter().filter(|&&b| b >= 0x80).count();
    if high < 8 {
        return None;
    }
    let score =
        |lower_range: (u8, u8), upper_range: (u8, u8), lower_extra: &[u8], upper_extra: &[u8]| {
            let (mut letters, mut lower) = (0usize, 0usize);
            for &b in bytes {
                if (lower_range.0..=lower_range.1).contains(&b) || lower_extra.contains(&b) {
                    letters += 1;
                    lower += 1;
                } else if (upper_range.0..=upper_range.1).contains(&b) || upper_extra.contains(&b) {
                    letters += 1;
                }
            }
            letters * 10 >= high * 9 && lower * 10 >= letters * 6
        };
    // windows-1251: і ї є ґ = B3 BF BA B4; І Ї Є Ґ = B2 AF AA A5; ё/Ё = B8/A8.
    if score(
        (0xE0, 0xFF),
        (0xC0, 0xDF),
        &[0xB3, 0xBF, 0xBA, 0xB4, 0xB8],
        &[0xB2, 0xAF, 0xAA, 0xA5, 0xA8],
    ) {
        return Some(WINDOWS_1251);
    }
    // KOI8-U: і ї є ґ ё = A6 A7 A4 AD A3; І Ї Є Ґ Ё = B6 B7 B4 BD B3.
    if allow_koi8
        && score(
            (0xC0, 0xDF),
            (0xE0, 0xFF),
            &[0xA6, 0xA7, 0xA4, 0xAD, 0xA3],
            &[0xB6, 0xB7, 0xB4, 0xBD, 0xB3],
        )
    {
        return Some(KOI8_U);
    }
    None
}

/// Decode an HTML page: BOM, HTTP charset, declared charset, UTF-8, clear Cyrillic guess.
pub(crate) fn decode_html(
    bytes: &[u8],
    http_charset: Option<&str>,
) -> Result<Decoded, IngestError> {
    if let Some((enc, len)) = bom(bytes) {
        return Ok(Decoded {
            text: decode_strict(&bytes[len..], enc)?,
            encoding: enc,
            how: How::Bom,
        });
    }
    let declared = match http_charset.map(str::to_string) {
        Some(c) => Some(c),
        None => prescan_declared(bytes),
    };
    if let Some(label) = declared {
        let enc = for_label(&label, true)?;
        return Ok(Decoded {
            text: decode_strict(bytes, enc)?,
            encoding: enc,
            how: How::Declared,
        });
    }
    match decode_strict(bytes, UTF_8) {
        Ok(text) => Ok(Decoded {
            text,
            encoding: UTF_8,
            how: How::Default,
        }),
        Err(e) => match guess_cyrillic(bytes, true) {
            Some(enc) => Ok(Decoded {
                text: decode_strict(bytes, enc)?,
                encoding: enc,
                how: How::Guessed,
            }),
            None => Err(e),
        },
    }
}

/// Decode plain text: BOM (UTF-8/UTF-16), else strict UTF-8, else clearly windows-1251.
pub(crate) fn decode_text(bytes: &[u8]) -> Result<Decoded, IngestError> {
    if let Some((enc, len)) = bom(bytes) {
        return Ok(Decoded {
            text: decode_strict(&bytes[len..], enc)?,
            encoding: enc,
            how: How::Bom,
        });
    }
    match decode_strict(bytes, UTF_8) {
        Ok(text) => Ok(Decoded {
            text,
            encoding: UTF_8,
            how: How::Default,
        }),
        Err(e) => match guess_cyrillic(bytes, false) {
            Some(enc) => Ok(Decoded {
                text: decode_strict(bytes, enc)?,
                encoding: enc,
                how: How::Guessed,
            }),
            None => Err(e),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_charsets_are_found() {
        assert_eq!(
            prescan_declared(b"<html><head><meta charset=\"windows-1251\">").as_deref(),
            Some("windows-1251")
        );
        assert_eq!(
            prescan_declared(
                b"<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=koi8-u\">"
            )
            .as_deref(),
            Some("koi8-u")
        );
        assert_eq!(
            prescan_declared(b"<?xml version=\"1.0\" encoding='windows-1251'?><rss>").as_deref(),
            Some("windows-1251")
        );
        assert_eq!(prescan_declared(b"<html><head><title>x</title>"), None);
        assert_eq!(
            charset_param("text/html; charset=\"KOI8-R\"").as_deref(),
            Some("KOI8-R")
        );
    }

    #[test]
    fn cyrillic_guess_is_narrow() {
        let (cp1251, _, _) =
            WINDOWS_1251.encode("Звільнено 205 захисників з полону, повідомив Зеленський.");
        assert_eq!(guess_cyrillic(&cp1251, false), Some(WINDOWS_1251));
        let (koi, _, _) = KOI8_U.encode("Звільнено 205 захисників з полону, повідомив Зеленський.");
        assert_eq!(guess_cyrillic(&koi, false), None);
        assert_eq!(guess_cyrillic(&koi, true), Some(KOI8_U));
        // Random high bytes are not text.
        let noise: Vec<u8> = (0u8..=255).cycle().take(600).collect();
        assert_eq!(guess_cyrillic(&noise, true), None);
    }

    #[test]
    fn strict_decoding_reports_offsets() {
        let err = decode_strict(b"abc\xC3(", UTF_8).unwrap_err();
        assert!(
            matches!(err, IngestError::InvalidUtf8 { offset: 3 }),
            "{err:?}"
        );
    }
}
