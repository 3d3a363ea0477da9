//! Events the tests summarize, built in code (the tests read no files), and the
//! round-trip check: extract the generated summary and compare facts.
#![allow(dead_code)]

use std::collections::BTreeMap;

use chrono::NaiveDate;
use swapledger_extract::{extract, Event, Input, Kind, Role};
use swapledger_publish::{
    figure_key, summarize, Approx, FigureClaim, Format, Lang, Origin, PreviousExchange, Quantity,
    RunningTotal, SummaryEvent, SummaryFigure,
};

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

fn exact(v: u64) -> SummaryFigure {
    SummaryFigure::exact(v)
}

fn outlet(name: &str, cited: &[&str]) -> Origin {
    Origin::Reported {
        outlet: name.into(),
        cited: cited.iter().map(|s| s.to_string()).collect(),
    }
}

/// An exchange with everything: ordinal, both sides, branches, ranks, ages,
/// wounded, mediators, sources, outlets, running total and previous exchange.
pub fn exchange_full() -> SummaryEvent {
    let mut e = SummaryEvent::new("ev-2024-01-31", Kind::Exchange, day(2024, 1, 31))
        .with("to_ukraine", exact(207))
        .with("to_russia", exact(195))
        .with(&figure_key("armed_forces"), exact(120))
        .with(&figure_key("national_guard"), exact(50))
        .with(&figure_key("border_guard"), exact(30))
        .with(&figure_key("navy"), exact(7))
        .with("officers", exact(20))
        .with("enlisted", exact(187))
        .with("youngest", exact(19))
        .with("oldest", exact(61))
        .with("wounded", exact(12));
    e.ordinal = Some(50);
    e.mediators = vec!["AE".into()];
    e.sources = vec!["coordination_hq".into(), "zelensky".into()];
    e.outlets = vec!["Укрінформ".into(), "Суспільне Новини".into()];
    e.branches_mentioned = vec![
        "armed_forces".into(),
        "national_guard".into(),
        "border_guard".into(),
        "navy".into(),
    ];
    e.previous = Some(PreviousExchange {
        date: day(2024, 1, 3),
        to_ukraine: Some(Quantity::exact(230)),
    });
    e.running_total = Some(RunningTotal {
        exchanges: Some(Quantity::exact(50)),
        to_ukraine: Some(Quantity::exact(3035)),
    });
    e
}

/// Servicemen and civilians, branches named without numbers, two mediators, women.
pub fn exchange_with_civilians() -> SummaryEvent {
    let mut e = SummaryEvent::new("ev-2025-10-02", Kind::Exchange, day(2025, 10, 2))
        .with("to_ukraine", exact(205))
        .with("to_russia", exact(185))
        .with("military", exact(185))
        .with("civilians", exact(20))
        .with("women", exact(8));
    e.ordinal = Some(69);
    e.mediators = vec!["AE".into(), "US".into()];
    e.sources = vec!["zelensky".into()];
    e.branches_mentioned = vec!["national_guard".into(), "territorial_defense".into()];
    e
}

/// Civilians brought home without a swap.
pub fn release_of_civilians() -> SummaryEvent {
    let mut e = SummaryEvent::new("ev-2024-06-28", Kind::Release, day(2024, 6, 28))
        .with("to_ukraine", exact(10))
        .with("civilians", exact(10));
    e.mediators = vec!["VA".into()];
    e.sources = vec!["lubinets".into()];
    e
}

/// Bodies of the fallen returned to each side.
pub fn repatriation() -> SummaryEvent {
    let mut e = SummaryEvent::new("ev-2025-02-28", Kind::Repatriation, day(2025, 2, 28))
        .with("to_ukraine", exact(757))
        .with("to_russia", exact(43));
    e.sources = vec!["coordination_hq".into()];
    e
}

/// A planned exchange that did not take place.
pub fn disrupted() -> SummaryEvent {
    let mut e = SummaryEvent::new("ev-2024-01-24", Kind::Disrupted, day(2024, 1, 24))
        .with("to_ukraine", exact(192))
        .with("to_russia", exact(192));
    e.sources = vec!["coordination_hq".into()];
    e
}

/// Approximate figures, and an approximate running total.
pub fn approximate() -> SummaryEvent {
    let mut e = SummaryEvent::new("ev-2025-05-25", Kind::Exchange, day(2025, 5, 25))
        .with("to_ukraine", SummaryFigure::approximate(300, Approx::Over))
        .with("wounded", SummaryFigure::approximate(40, Approx::About));
    e.sources = vec!["zelensky".into()];
    e.running_total = Some(RunningTotal {
        exchanges: None,
        to_ukraine: Some(Quantity {
            value: 5000,
            approx: Some(Approx::Over),
        }),
    });
    e
}

/// A disputed figure: the Coordination Headquarters says 207, the branches add up to 206.
pub fn conflict() -> SummaryEvent {
    let mut to_ukraine = exact(207);
    to_ukraine.conflict = true;
    to_ukraine.low = Some(206);
    to_ukraine.high = Some(207);
    to_ukraine.claims = vec![
        FigureClaim {
            value: 207,
            approx: None,
            origin: outlet("Укрінформ", &["coordination_hq"]),
        },
        FigureClaim {
            value: 206,
            approx: None,
            origin: Origin::BreakdownSum,
        },
    ];
    let mut e = SummaryEvent::new("ev-2024-02-08", Kind::Exchange, day(2024, 2, 8))
        .with("to_ukraine", to_ukraine)
        .with("to_russia", exact(195))
        .with(&figure_key("armed_forces"), exact(156))
        .with(&figure_key("national_guard"), exact(50));
    e.ordinal = Some(51);
    e.sources = vec!["coordination_hq".into()];
    e.mediators = vec!["AE".into()];
    e.branches_mentioned = vec!["armed_forces".into(), "national_guard".into()];
    e
}

/// A corrected figure: first reported as 74, corrected to 75.
pub fn corrected() -> SummaryEvent {
    let mut to_ukraine = exact(75);
    to_ukraine.corrected = true;
    to_ukraine.claims = vec![
        FigureClaim {
            value: 74,
            approx: None,
            origin: outlet("Телеграм-канал «Новини <24/7> & Co»", &[]),
        },
        FigureClaim {
            value: 75,
            approx: None,
            origin: outlet("Укрінформ", &["coordination_hq"]),
        },
    ];
    let mut e = SummaryEvent::new("ev-2024-05-31", Kind::Exchange, day(2024, 5, 31))
        .with("to_ukraine", to_ukraine)
        .with("to_russia", exact(75))
        .with("officers", exact(12))
        .with("youngest", exact(22));
    e.sources = vec!["coordination_hq".into(), "yermak".into()];
    e.outlets = vec!["Новини <24/7> & Co".into()];
    e
}

/// Only officers, only the oldest, a running total of exchanges only.
pub fn exchange_partial() -> SummaryEvent {
    let mut e = SummaryEvent::new("ev-2024-10-18", Kind::Exchange, day(2024, 10, 18))
        .with("to_ukraine", exact(95))
        .with("to_russia", exact(95))
        .with("officers", exact(3))
        .with("oldest", exact(58));
    e.ordinal = Some(58);
    e.sources = vec!["lubinets".into()];
    e.previous = Some(PreviousExchange {
        date: day(2024, 9, 14),
        to_ukraine: None,
    });
    e.running_total = Some(RunningTotal {
        exchanges: Some(Quantity::exact(58)),
        to_ukraine: None,
    });
    e
}

/// Every fixture, by name.
pub fn fixtures() -> Vec<(&'static str, SummaryEvent)> {
    vec![
        ("exchange_full", exchange_full()),
        ("exchange_with_civilians", exchange_with_civilians()),
        ("release_of_civilians", release_of_civilians()),
        ("repatriation", repatriation()),
        ("disrupted", disrupted()),
        ("approximate", approximate()),
        ("conflict", conflict()),
        ("corrected", corrected()),
        ("exchange_partial", exchange_partial()),
    ]
}

pub const LANGS: [Lang; 3] = [Lang::Uk, Lang::En, Lang::Ru];

/// Extract `body` as a document of `lang` published on `published`.
pub fn main_event(body: &str, lang: Lang, published: NaiveDate) -> (Event, usize) {
    let report = extract(&Input {
        body,
        language: Some(lang),
        published: Some(published),
        ..Input::default()
    });
    let main = report
        .events
        .iter()
        .find(|e| e.role == Role::Main)
        .cloned()
        .expect("a main event");
    (main, report.events.len())
}

fn count_str(c: Option<(u64, Option<Approx>)>) -> String {
    match c {
        None => "-".into(),
        Some((v, None)) => v.to_string(),
        Some((v, Some(a))) => format!("{} {v}", a.as_str()),
    }
}

const COUNTS: &[&str] = &[
    "to_ukraine",
    "to_russia",
    "civilians",
    "officers",
    "enlisted",
    "women",
    "wounded",
];

/// The facts of the round trip, as comparable lines: what the event holds.
pub fn expected_facts(ev: &SummaryEvent) -> BTreeMap<String, String> {
    let mut m = BTreeMap::new();
    m.insert("kind".into(), ev.kind.as_str().to_string());
    m.insert("date".into(), ev.date.to_string());
    m.insert(
        "ordinal".into(),
        ev.ordinal.map_or("-".into(), |o| o.to_string()),
    );
    for f in COUNTS {
        m.insert(
            f.to_string(),
            count_str(ev.figure(f).map(|f| (f.best, f.approx))),
        );
    }
    // `military` only where civilians are separated from it (the spec).
    let military = ev
        .figure("civilians")
        .and(ev.figure("military"))
        .map(|f| (f.best, f.approx));
    m.insert("military".into(), count_str(military));
    for f in ["oldest", "youngest"] {
        m.insert(
            f.into(),
            ev.figure(f).map_or("-".into(), |f| f.best.to_string()),
        );
    }
    let branches: Vec<String> = ev
        .branch_figures()
        .iter()
        .map(|(b, f)| format!("{b}={}", count_str(Some((f.best, f.approx)))))
        .collect();
    m.insert("branches".into(), sorted(branches));
    let mut mentioned: Vec<String> = ev.branches_mentioned.clone();
    mentioned.extend(ev.branch_figures().iter().map(|(b, _)| b.to_string()));
    m.insert("branches_mentioned".into(), sorted(mentioned));
    m.insert("mediators".into(), sorted(ev.mediators.clone()));
    m.insert("sources".into(), sorted(ev.sources.clone()));
    let t = ev.running_total.unwrap_or_default();
    m.insert(
        "cumulative_exchanges".into(),
        count_str(t.exchanges.map(|q| (q.value, q.approx))),
    );
    m.insert(
        "cumulative_to_ukraine".into(),
        count_str(t.to_ukraine.map(|q| (q.value, q.approx))),
    );
    m
}

fn sorted(mut v: Vec<String>) -> String {
    v.sort();
    v.dedup();
    v.join(",")
}

/// The same facts as the extractor read them.
pub fn extracted_facts(e: &Event) -> BTreeMap<String, String> {
    let mut m = BTreeMap::new();
    m.insert("kind".into(), e.kind.value.as_str().to_string());
    m.insert(
        "date".into(),
        e.date.as_ref().map_or("-".into(), |d| d.value.to_string()),
    );
    m.insert(
        "ordinal".into(),
        e.ordinal
            .as_ref()
            .map_or("-".into(), |o| o.value.to_string()),
    );
    for f in COUNTS
        .iter()
        .chain(&["military", "cumulative_exchanges", "cumulative_to_ukraine"])
    {
        m.insert(
            f.to_string(),
            count_str(e.count(f).map(|c| (c.value, c.approx))),
        );
    }
    m.insert(
        "oldest".into(),
        e.oldest
            .as_ref()
            .map_or("-".into(), |o| o.value.to_string()),
    );
    m.insert(
        "youngest".into(),
        e.youngest
            .as_ref()
            .map_or("-".into(), |o| o.value.to_string()),
    );
    m.insert(
        "branches".into(),
        sorted(
            e.branches
                .iter()
                .map(|(b, c)| format!("{b}={}", count_str(Some((c.value.value, c.value.approx)))))
                .collect(),
        ),
    );
    let keys = |s: &BTreeMap<&'static str, swapledger_extract::Fact<()>>| {
        sorted(s.keys().map(|k| k.to_string()).collect())
    };
    m.insert("branches_mentioned".into(), keys(&e.branches_mentioned));
    m.insert("mediators".into(), keys(&e.mediators));
    m.insert("sources".into(), keys(&e.sources));
    m
}

/// Summarize `ev`, extract the summary, and return (summary, differences).
pub fn round_trip(ev: &SummaryEvent, lang: Lang, format: Format) -> (String, Vec<String>) {
    let text = summarize(ev, lang, format);
    let body = match format {
        Format::Html => swapledger_ingest::html::html_to_text(&text),
        _ => text.clone(),
    };
    let (main, _) = main_event(&body, lang, ev.date);
    let want = expected_facts(ev);
    let got = extracted_facts(&main);
    let mut diffs = Vec::new();
    for (k, w) in &want {
        let g = got.get(k).cloned().unwrap_or_else(|| "-".into());
        if &g != w {
            diffs.push(format!("{k}: wrote {w}, read {g}"));
        }
    }
    (body, diffs)
}
