//! The input of a summary: one event as the ledger settled it, in plain data.
//!
//! [`SummaryEvent`] is this crate's own type so that summaries do not wait for
//! the ledger's storage model: the ledger maps its event into it (see the crate
//! docs for what each field must carry). Every figure keeps what the reports
//! said about it ([`FigureClaim`]), so a summary can word an approximate,
//! conflicting or corrected figure honestly.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use swapledger_extract::Kind;
use swapledger_text::Approx;

/// One event to summarize.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryEvent {
    /// The ledger's event id (used in export file names).
    pub id: String,
    /// Exchange, repatriation, release or disrupted.
    pub kind: Kind,
    /// The day of the event.
    pub date: NaiveDate,
    /// The exchange's number over the whole war.
    pub ordinal: Option<u64>,
    /// Figures by key: the spec's count fields (`to_ukraine`, `to_russia`,
    /// `military`, `civilians`, `officers`, `enlisted`, `women`, `wounded`),
    /// `oldest`, `youngest`, and `branches.<branch key>` for a branch's number
    /// (see [`figure_key`]). Unknown keys are ignored.
    pub figures: BTreeMap<String, SummaryFigure>,
    /// Mediating states (ISO 3166-1 alpha-2: `AE`, `TR`, `SA`, `QA`, `VA`, `US`).
    pub mediators: Vec<String>,
    /// Cited sources (the spec's source keys: `zelensky`, `coordination_hq`, ...).
    pub sources: Vec<String>,
    /// Outlets whose reports the event was built from, as the documents name
    /// them (front matter `source`). Text from documents: escaped on output.
    pub outlets: Vec<String>,
    /// Branches named among those received by Ukraine, with or without a number.
    pub branches_mentioned: Vec<String>,
    /// The previous exchange, for context.
    pub previous: Option<PreviousExchange>,
    /// Totals for the whole war up to and including this event, when known.
    pub running_total: Option<RunningTotal>,
}

/// A number and how the text qualifies it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Quantity {
    /// The number.
    pub value: u64,
    /// `None` for an exact figure.
    pub approx: Option<Approx>,
}

impl Quantity {
    /// An exact quantity.
    pub fn exact(value: u64) -> Quantity {
        Quantity {
            value,
            approx: None,
        }
    }
}

/// One settled figure of an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryFigure {
    /// The figure the ledger holds for the event (after any correction).
    pub best: u64,
    /// How the best figure is qualified (`None`: exact).
    pub approx: Option<Approx>,
    /// The lowest figure any report gave, when they differ.
    pub low: Option<u64>,
    /// The highest figure any report gave, when they differ.
    pub high: Option<u64>,
    /// The reports disagree and no correction settled it: the summary names
    /// the differing figures with their sources.
    pub conflict: bool,
    /// The best figure is a correction of an earlier one: the summary gives
    /// the corrected figure and says that it was corrected.
    pub corrected: bool,
    /// What each report said, in the order the ledger received them.
    pub claims: Vec<FigureClaim>,
}

impl SummaryFigure {
    /// An exact, undisputed figure.
    pub fn exact(value: u64) -> SummaryFigure {
        SummaryFigure {
            best: value,
            approx: None,
            low: None,
            high: None,
            conflict: false,
            corrected: false,
            claims: Vec::new(),
        }
    }

    /// An undisputed figure qualified by `approx` ("more than 3,000").
    pub fn approximate(value: u64, approx: Approx) -> SummaryFigure {
        SummaryFigure {
            approx: Some(approx),
            ..SummaryFigure::exact(value)
        }
    }

    /// The best figure as a [`Quantity`].
    pub fn quantity(&self) -> Quantity {
        Quantity {
            value: self.best,
            approx: self.approx,
        }
    }
}

/// What one report said about a figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureClaim {
    /// The number it gave.
    pub value: u64,
    /// How it qualified the number.
    pub approx: Option<Approx>,
    /// Where the number comes from.
    pub origin: Origin,
}

/// Where a claimed number comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Stated in a report.
    Reported {
        /// The outlet's name as the document gives it (escaped on output).
        outlet: String,
        /// Source keys the report cites for the number; the summary names the
        /// first one, or the outlet when there is none.
        cited: Vec<String>,
    },
    /// The sum of the breakdown by branch that the reports give.
    BreakdownSum,
}

/// The exchange before this one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PreviousExchange {
    /// Its day.
    pub date: NaiveDate,
    /// People it returned to Ukraine, when known.
    pub to_ukraine: Option<Quantity>,
}

/// Totals for the whole war, up to and including the event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RunningTotal {
    /// Exchanges so far.
    pub exchanges: Option<Quantity>,
    /// People returned to Ukraine so far.
    pub to_ukraine: Option<Quantity>,
}

/// The key of a branch's number in [`SummaryEvent::figures`]: `branches.navy`.
pub fn figure_key(branch: &str) -> String {
    format!("branches.{branch}")
}

impl SummaryEvent {
    /// An event with only its id, kind and date.
    pub fn new(id: impl Into<String>, kind: Kind, date: NaiveDate) -> SummaryEvent {
        SummaryEvent {
            id: id.into(),
            kind,
            date,
            ordinal: None,
            figures: BTreeMap::new(),
            mediators: Vec::new(),
            sources: Vec::new(),
            outlets: Vec::new(),
            branches_mentioned: Vec::new(),
            previous: None,
            running_total: None,
        }
    }

    /// The figure under `key`, if any.
    pub fn figure(&self, key: &str) -> Option<&SummaryFigure> {
        self.figures.get(key)
    }

    /// Set a figure (builder style).
    pub fn with(mut self, key: &str, figure: SummaryFigure) -> SummaryEvent {
        self.figures.insert(key.to_string(), figure);
        self
    }

    /// Branch numbers in the spec's branch order, then any unknown keys.
    pub fn branch_figures(&self) -> Vec<(&str, &SummaryFigure)> {
        let mut out: Vec<(&str, &SummaryFigure)> = self
            .figures
            .iter()
            .filter_map(|(k, f)| k.strip_prefix("branches.").map(|b| (b, f)))
            .collect();
        out.sort_by_key(|(b, _)| {
            swapledger_extract::report::BRANCHES
                .iter()
                .position(|x| x == b)
                .unwrap_or(usize::MAX)
        });
        out
    }
}
