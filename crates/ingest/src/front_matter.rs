//! Plain text documents with optional front matter (spec, "Input document").
//!
//! The text opens with `---` on a line of its own; the first later line that
//! is exactly `---` closes the block. Without that opening line, the body is the
//! whole text. A leading byte-order mark is dropped; line endings are kept.

use chrono::NaiveDate;

use crate::{Document, IngestError, Metadata};

/// Split `text` into its front matter block (without the fences) and its body.
///
/// Returns `(None, text)` when the text does not open with front matter, or when
/// the block is never closed.
pub fn split_front_matter(text: &str) -> (Option<&str>, &str) {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut pos = 0;
    let mut first = true;
    let mut block_start = 0;
    while let Some(nl) = text[pos..].find('\n').map(|i| pos + i) {
        let line = text[pos..nl].strip_suffix('\r').unwrap_or(&text[pos..nl]);
        if first {
            if line != "---" {
                return (None, text);
            }
            first = false;
            block_start = nl + 1;
        } else if line == "---" {
            return (Some(&text[block_start..pos]), &text[nl + 1..]);
        }
        pos = nl + 1;
    }
    (None, text)
}

/// Parse a date or timestamp value into a date (a time with a clock is read in Kyiv time).
pub fn parse_published(value: &str) -> Option<NaiveDate> {
    let v = value.trim().trim_matches('"').trim_matches('\'');
    if let Ok(d) = NaiveDate::parse_from_str(v, "%Y-%m-%d") {
        return Some(d);
    }
    if let Ok(dt) = chrono::DateTime::parse_from_rfc3339(v) {
        return Some(kyiv_date(dt.naive_utc()));
    }
    v.get(..10)
        .and_then(|p| NaiveDate::parse_from_str(p, "%Y-%m-%d").ok())
}

/// The Kyiv calendar date of a UTC time (EET, UTC+2; EEST, UTC+3 from the last
/// Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC).
///
/// Never panics: at the very end of chrono's range, where the Kyiv time is
/// not representable, the UTC date is returned.
pub fn kyiv_date(utc: chrono::NaiveDateTime) -> NaiveDate {
    use chrono::{Datelike, Duration, Weekday};
    let year = utc.date().year();
    let last_sunday = |month: u32| {
        let mut d = NaiveDate::from_ymd_opt(year, month, 31).unwrap_or_default();
        while d.weekday() != Weekday::Sun {
            d = d.pred_opt().unwrap_or(d);
        }
        d.and_hms_opt(1, 0, 0).unwrap_or_default()
    };
    let summer = utc >= last_sunday(3) && utc < last_sunday(10);
    utc.checked_add_signed(Duration::hours(if summer { 3 } else { 2 }))
        .unwrap_or(utc)
        .date()
}

fn parse_metadata(block: &str) -> Metadata {
    let mut meta = Metadata::default();
    for line in block.lines() {
        let line = line.trim_end_matches('\r');
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let key = key.trim();
        // A trailing "# comment" is dropped when separated by whitespace.
        let value = match value.find(" #") {
            Some(i) => &value[..i],
            None => value,
        };
        let value = value.trim().trim_matches('"').to_string();
        if value.is_empty() {
            continue;
        }
        match key {
            "language" | "lang" => meta.language = Some(value.to_ascii_lowercase()),
            "published" | "date" => meta.published = parse_published(&value),
            "source" => meta.source = Some(value),
            "url" => meta.url = Some(value),
            _ => meta.extra.push((key.to_string(), value)),
        }
    }
    meta
}

/// Read a plain text document (UTF-8, optional BOM, optional front matter).
pub fn parse_text_document(bytes: &[u8], path: &str) -> Result<Document, IngestError> {
    let text = std::str::from_utf8(bytes).map_err(|e| IngestError::InvalidUtf8 {
        offset: e.valid_up_to(),
    })?;
    let (block, body) = split_front_matter(text);
    Ok(Document {
        path: path.to_string(),
        body: body.to_string(),
        meta: block.map(parse_metadata).unwrap_or_default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_split_and_read() {
        let doc = parse_text_document(
            "\u{feff}---\r\nlanguage: uk   # comment\r\npublished: 2025-10-02\r\nsource: Укрінформ\r\n---\r\nТіло\r\n".as_bytes(),
            "a.txt",
        )
        .unwrap();
        assert_eq!(doc.body, "Тіло\r\n");
        assert_eq!(doc.meta.language.as_deref(), Some("uk"));
        assert_eq!(doc.meta.published, NaiveDate::from_ymd_opt(2025, 10, 2));
        assert_eq!(doc.meta.source.as_deref(), Some("Укрінформ"));
    }

    #[test]
    fn no_front_matter_means_whole_text() {
        let (fm, body) = split_front_matter("Просто текст\n---\nще\n");
        assert!(fm.is_none());
        assert_eq!(body, "Просто текст\n---\nще\n");
    }

    #[test]
    fn unclosed_front_matter_is_body() {
        let (fm, body) = split_front_matter("---\nlanguage: ru\nтекст");
        assert!(fm.is_none());
        assert_eq!(body, "---\nlanguage: ru\nтекст");
    }

    #[test]
    fn timestamps_become_kyiv_dates() {
        // 22:30 UTC in winter is 00:30 next day in Kyiv.
        assert_eq!(
            parse_published("2024-01-30T22:30:00Z"),
            NaiveDate::from_ymd_opt(2024, 1, 31)
        );
        // 20:30 UTC in summer is 23:30 same day.
        assert_eq!(
            parse_published("2024-06-14T20:30:00+00:00"),
            NaiveDate::from_ymd_opt(2024, 6, 14)
        );
    }

    #[test]
    fn invalid_utf8_is_reported_with_offset() {
        let err = parse_text_document(b"ok\xff", "x").unwrap_err();
        assert!(matches!(err, IngestError::InvalidUtf8 { offset: 2 }));
    }
}
