//! The facts a document gave the ledger, and its text cut into segments for
//! highlighting.
//!
//! A fact is one claim of one ledger event whose document is this one: the
//! figure, the value, the role and the evidence spans (Unicode scalar offsets
//! into the body, end exclusive). The events are found without reading the
//! whole ledger: the document is extracted again (pure and fast) for the days
//! its events are on, plus its publication day, and only events within a day
//! of those are read; an as-of answer reads every event (it reconciles in
//! memory anyway).
//!
//! [`segments`] cuts a body at every span boundary, so a page can wrap each
//! evidenced stretch in a mark while the template escapes every piece of text.

use std::collections::BTreeSet;

use chrono::{Days, NaiveDate};
use serde::Serialize;
use swapledger_ingest::{Document, Metadata};
use swapledger_ledger::{
    extract_document, ClaimRole, CountValue, EventFilter, Ledger, LedgerEvent, StoredDocument,
};

use crate::error::Result;

/// One figure of one event, as this document states it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocFact {
    /// The ledger event id.
    pub event: String,
    /// The event's kind (`exchange`, ...).
    pub kind: String,
    /// The event's day.
    pub date: NaiveDate,
    /// The figure (`to_ukraine`, `branches.sbu`, ...).
    pub field: String,
    /// The value this document gives.
    pub value: CountValue,
    /// Main event of the document, or a background mention.
    pub role: ClaimRole,
    /// Where in the body, with the quoted text.
    pub evidence: Vec<Quote>,
}

/// A span of evidence and the text it covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// First character (Unicode scalar offset).
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// The body's characters in the span.
    pub text: String,
}

/// The events of the ledger that a document speaks of, with corrections
/// applied, as of a date.
pub fn events_of_document(
    ledger: &Ledger,
    doc: &StoredDocument,
    as_of: Option<NaiveDate>,
) -> Result<Vec<LedgerEvent>> {
    // `documents` is sorted.
    let mine = |e: &LedgerEvent| e.documents.binary_search(&doc.id).is_ok();
    if as_of.is_some() {
        let all = ledger.events(&EventFilter::default(), as_of)?.value;
        return Ok(all.into_iter().filter(mine).collect());
    }
    let report = extract_document(&Document {
        path: doc
            .sightings
            .first()
            .map(|s| s.path.clone())
            .unwrap_or_default(),
        body: doc.body.clone(),
        meta: Metadata {
            language: doc.language.clone(),
            published: doc.published,
            source: doc.source.clone(),
            url: doc.url.clone(),
            extra: Vec::new(),
        },
    });
    let mut days: BTreeSet<NaiveDate> = report
        .events
        .iter()
        .filter_map(|e| e.date.as_ref().map(|d| d.value))
        .collect();
    days.extend(doc.published);
    // Merge the windows [d - 1, d + 1] that touch.
    let mut windows: Vec<(NaiveDate, NaiveDate)> = Vec::new();
    for d in days {
        let lo = d.checked_sub_days(Days::new(1)).unwrap_or(d);
        let hi = d.checked_add_days(Days::new(1)).unwrap_or(d);
        match windows.last_mut() {
            Some(w) if lo <= w.1.checked_add_days(Days::new(1)).unwrap_or(w.1) => w.1 = hi,
            _ => windows.push((lo, hi)),
        }
    }
    let mut out: Vec<LedgerEvent> = Vec::new();
    for (from, to) in windows {
        let filter = EventFilter {
            from: Some(from),
            to: Some(to),
            ..EventFilter::default()
        };
        for e in ledger.events(&filter, None)?.value {
            if mine(&e) && !out.iter().any(|o| o.id == e.id) {
                out.push(e);
            }
        }
    }
    out.sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
    Ok(out)
}

/// The characters `[start, end)` of `body` (clamped to the body).
pub fn quote(body: &str, start: usize, end: usize) -> String {
    body.chars()
        .skip(start)
        .take(end.saturating_sub(start))
        .collect()
}

/// Every figure the document gives to the events, in event then field order.
pub fn facts(body: &str, doc_id: &str, events: &[LedgerEvent]) -> Vec<DocFact> {
    let mut out = Vec::new();
    for e in events {
        for (field, fig) in &e.figures {
            for c in fig.claims.iter().filter(|c| c.document == doc_id) {
                out.push(DocFact {
                    event: e.id.clone(),
                    kind: e.kind.as_str().to_string(),
                    date: e.date,
                    field: field.clone(),
                    value: c.value,
                    role: c.role,
                    evidence: c
                        .evidence
                        .iter()
                        .map(|s| Quote {
                            start: s.start,
                            end: s.end,
                            text: quote(body, s.start, s.end),
                        })
                        .collect(),
                });
            }
        }
    }
    out
}

/// A stretch of the body and the facts whose evidence covers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// The text (shown escaped).
    pub text: String,
    /// Indices into the facts passed to [`segments`]; empty: plain text.
    pub facts: Vec<usize>,
}

/// Cut `body` at every evidence boundary of `facts`.
pub fn segments(body: &str, facts: &[DocFact]) -> Vec<Segment> {
    let len = body.chars().count();
    let mut cuts: BTreeSet<usize> = BTreeSet::from([0, len]);
    for f in facts {
        for q in &f.evidence {
            cuts.insert(q.start.min(len));
            cuts.insert(q.end.min(len));
        }
    }
    let cuts: Vec<usize> = cuts.into_iter().collect();
    let chars: Vec<char> = body.chars().collect();
    let mut out: Vec<Segment> = Vec::new();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        if a >= b {
            continue;
        }
        let covering: Vec<usize> = facts
            .iter()
            .enumerate()
            .filter(|(_, f)| f.evidence.iter().any(|q| q.start <= a && b <= q.end))
            .map(|(i, _)| i)
            .collect();
        let text: String = chars[a..b].iter().collect();
        match out.last_mut() {
            Some(last) if last.facts == covering => last.text.push_str(&text),
            _ => out.push(Segment {
                text,
                facts: covering,
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fact(event: &str, start: usize, end: usize) -> DocFact {
        DocFact {
            event: event.into(),
            kind: "exchange".into(),
            date: NaiveDate::from_ymd_opt(2024, 1, 31).unwrap(),
            field: "to_ukraine".into(),
            value: CountValue::exact(1),
            role: ClaimRole::Main,
            evidence: vec![Quote {
                start,
                end,
                text: String::new(),
            }],
        }
    }

    #[test]
    fn segments_cover_the_body_in_order_with_overlaps() {
        let body = "Обмін: 207 людей. Ще <b>.";
        let f = vec![fact("a", 7, 17), fact("b", 11, 25)];
        let s = segments(body, &f);
        let joined: String = s.iter().map(|x| x.text.as_str()).collect();
        assert_eq!(joined, body);
        assert_eq!(s[0].facts, Vec::<usize>::new());
        assert_eq!(s[1].facts, vec![0]);
        assert_eq!(s[2].facts, vec![0, 1]);
        assert_eq!(s[3].facts, vec![1]);
    }

    #[test]
    fn spans_past_the_end_are_clamped() {
        let s = segments("abc", &[fact("a", 1, 99)]);
        assert_eq!(s.len(), 2);
        assert_eq!(s[1].text, "bc");
        assert_eq!(quote("abc", 2, 99), "c");
    }
}
