//! News-style summaries of exchange events in Ukrainian, English and Russian.
//!
//! [`summarize`] writes one [`SummaryEvent`] as a short news item: a headline;
//! a lead (the date, the people returned to each side, the exchange's ordinal,
//! the mediators); the breakdown by branch as a list; officers and enlisted;
//! the oldest and the youngest; the wounded; civilians; who reported it; and
//! context (the running total and the previous exchange). [`export_markdown`]
//! writes the summaries of a date range as Markdown files, one per event and
//! language, without touching the file system.
//!
//! All wording is in Fluent resources, `locales/{uk,en,ru}/summary.ftl`,
//! embedded in the binary: plural forms and agreement ("1 захисник, 2
//! захисники, 5 захисників, 21 захисник"), dates ("31 січня 2024 року",
//! "31 января 2024 года", "31 January 2024") and the wording of approximate,
//! disputed and corrected figures. A translator changes a summary by editing a
//! `.ftl` file; no Rust changes.
//!
//! Figures are worded honestly: an approximate figure keeps its qualifier
//! ("понад 3000", "more than 3,000"); a disputed one is given as the ledger's
//! best figure, and a note names each differing figure with its source
//! ("207 за даними Координаційного штабу, 206 за підсумком розбивки за
//! родами військ") in words that the extractor does not take for the event's
//! own; a corrected figure is the corrected value, with a note that it was
//! corrected. The tests run `swapledger_extract::extract` on every generated
//! summary and check that it reads back the facts it was written from.
//!
//! ```
//! use chrono::NaiveDate;
//! use swapledger_extract::Kind;
//! use swapledger_publish::{summarize, Format, Lang, SummaryEvent, SummaryFigure};
//!
//! let date = NaiveDate::from_ymd_opt(2024, 1, 31).unwrap();
//! let mut ev = SummaryEvent::new("ev-50", Kind::Exchange, date)
//!     .with("to_ukraine", SummaryFigure::exact(207))
//!     .with("to_russia", SummaryFigure::exact(195));
//! ev.ordinal = Some(50);
//! ev.mediators = vec!["AE".into()];
//!
//! let uk = summarize(&ev, Lang::Uk, Format::Text);
//! assert!(uk.starts_with("З полону повернулися 207 захисників\n"));
//! assert!(uk.contains("31 січня 2024 року відбувся 50-й обмін полоненими."));
//!
//! let en = summarize(&ev, Lang::En, Format::Html);
//! assert!(en.contains("<h1>207 defenders return home from captivity</h1>"));
//! ```
//!
//! # From the ledger
//!
//! `SummaryEvent::from(&ledger_event)` converts a `swapledger_ledger::LedgerEvent`:
//! figures keep their keys (`to_ukraine`, `branches.sbu`, ...), best value,
//! qualifier, bounds, conflict and correction flags, and each claim's value,
//! outlet and cited sources; the cumulative figures become the
//! [`RunningTotal`]; outlets are collected from the claims. The previous
//! exchange is not part of a ledger event: the caller that holds the store
//! sets [`SummaryEvent::previous`].
#![deny(missing_docs)]

mod compose;
mod event;
mod export;
#[cfg(test)]
mod grammar_tests;
mod ledger;
mod locale;
mod render;

pub use event::{
    figure_key, FigureClaim, Origin, PreviousExchange, Quantity, RunningTotal, SummaryEvent,
    SummaryFigure,
};
pub use export::{export_markdown, ExportFile};
pub use ledger::summary_of;
pub use swapledger_text::{Approx, Lang};

/// The output format of a summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Plain text: headline, blank line, paragraphs; list items start with `- `.
    Text,
    /// Markdown: the headline as `# `, lists as `- ` items.
    Markdown,
    /// An HTML fragment: `<article lang="..">` with `h1`, `p` and `ul`.
    Html,
}

impl Format {
    /// Parse `text`, `markdown` (or `md`) or `html`.
    pub fn parse(s: &str) -> Option<Format> {
        Some(match s.to_ascii_lowercase().as_str() {
            "text" | "txt" => Format::Text,
            "markdown" | "md" => Format::Markdown,
            "html" => Format::Html,
            _ => return None,
        })
    }
}

/// The summary of `event` in `lang`, written in `format`.
pub fn summarize(event: &SummaryEvent, lang: Lang, format: Format) -> String {
    let summary = compose::compose(event, lang);
    render::render(&summary, format, lang.code())
}

/// The headline of `event` in `lang`, as plain text.
pub fn headline(event: &SummaryEvent, lang: Lang) -> String {
    compose::compose(event, lang)
        .headline
        .replace(['\u{E000}', '\u{E001}'], "")
}
