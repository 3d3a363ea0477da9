//! Exchange reports (`swapledger.report/1`) from Ukrainian, Russian and English text.
//!
//! [`extract`] reads one document's body and metadata and returns its
//! [`Report`]: every exchange, repatriation, release or disrupted exchange the
//! text mentions, each fact with the character spans it was read from. It never
//! fails and never panics on input: what it cannot settle goes into the report's
//! diagnostics.
//!
//! ```
//! use swapledger_extract::{extract, Input};
//!
//! let body = "Сьогодні відбувся обмін полоненими. Додому повернулися 75 наших людей.";
//! let report = extract(&Input {
//!     body,
//!     published: chrono::NaiveDate::from_ymd_opt(2024, 5, 31),
//!     ..Input::default()
//! });
//! let main = &report.events[0];
//! assert_eq!(main.count("to_ukraine").map(|c| c.value), Some(75));
//! ```
#![deny(missing_docs)]

mod analysis;
mod assemble;
mod claims;
mod lexicon;
pub mod report;
mod sentences;

use chrono::NaiveDate;
use swapledger_text::{lang, Lang};

pub use report::{Count, Diagnostic, DocumentInfo, Event, Fact, Kind, Report, Role};

use crate::claims::Side;
use crate::lexicon::{find_hits, Concept};

/// The version of the extraction rules, stored with every report in the ledger.
pub const EXTRACTOR_VERSION: &str = concat!("swapledger-extract ", env!("CARGO_PKG_VERSION"));

/// One document to extract from.
#[derive(Debug, Clone, Default)]
pub struct Input<'a> {
    /// The body: all offsets refer to it.
    pub body: &'a str,
    /// Declared language; detected from the body when absent.
    pub language: Option<Lang>,
    /// Publication date: anchors "today", weekdays and years.
    pub published: Option<NaiveDate>,
    /// Outlet or channel name (front matter `source`).
    pub source: Option<&'a str>,
    /// Where it came from.
    pub url: Option<&'a str>,
    /// The input path as given.
    pub path: Option<&'a str>,
}

/// Extract the report of one document. Never fails.
pub fn extract(input: &Input) -> Report {
    let body = input.body;
    // The opening of a long document is enough to tell its language.
    let lang = input
        .language
        .or_else(|| lang::detect(opening(body, 16 * 1024)));
    let mut diagnostics = Vec::new();
    if input.published.is_none() {
        diagnostics.push(Diagnostic {
            message: "no publication date: relative dates and years cannot be resolved".into(),
            span: None,
        });
    }
    let analysis = analysis::Analysis::new(body, lang.unwrap_or(Lang::Uk));
    // The front matter's source names the author of a first-person post.
    let mut front_sources: Vec<&'static str> = Vec::new();
    let mut author = Side::Ukraine;
    if let Some(src) = input.source {
        let tokens = swapledger_text::tokenize(src);
        for h in find_hits(&tokens) {
            if let Concept::Source(k) = h.concept {
                if !front_sources.contains(&k) {
                    front_sources.push(k);
                }
                if matches!(k, "mod_ru" | "ombudsman_ru") {
                    author = Side::Russia;
                }
            }
        }
    }
    let events = assemble::assemble(&analysis, input.published, &front_sources, author);
    Report {
        document: DocumentInfo {
            id: swapledger_text::body_id(body),
            path: input.path.map(str::to_string),
            language: lang.map(|l| l.code().to_string()),
            published: input.published,
            source: input.source.map(str::to_string),
            url: input.url.map(str::to_string),
        },
        events,
        diagnostics,
    }
}

/// The first `max` bytes of `text`, cut at a character boundary.
fn opening(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}
