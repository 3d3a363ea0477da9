//! The ledger's event as a summary's input: `From<&LedgerEvent> for SummaryEvent`.
//!
//! Figures map one to one (same keys: report-v1 field names and
//! `branches.<key>`); each claim keeps its value, qualifier, the outlet of its
//! document and the source keys it cites. The cumulative figures become the
//! running total. The outlets are those named by the claims' documents. The
//! previous exchange is not part of a ledger event: the caller that holds the
//! store sets [`SummaryEvent::previous`].

use swapledger_ledger::{Figure, LedgerEvent};

use crate::event::{
    FigureClaim, Origin, PreviousExchange, Quantity, RunningTotal, SummaryEvent, SummaryFigure,
};

/// The summary input of `event`, with the previous exchange taken from
/// `timeline` (the ledger's events, in any order): the latest `exchange`
/// before the event's day. The CLI and the server both build summaries here.
pub fn summary_of(event: &LedgerEvent, timeline: &[LedgerEvent]) -> SummaryEvent {
    let mut out = SummaryEvent::from(event);
    out.previous = timeline
        .iter()
        .filter(|e| e.kind == swapledger_extract::Kind::Exchange && e.date < event.date)
        .max_by_key(|e| (e.date, e.id.clone()))
        .map(|e| PreviousExchange {
            date: e.date,
            to_ukraine: e.figures.get("to_ukraine").and_then(|f| {
                f.best.map(|value| Quantity {
                    value,
                    approx: f.approx,
                })
            }),
        });
    out
}

fn figure(f: &Figure) -> Option<SummaryFigure> {
    let best = f.best?;
    Some(SummaryFigure {
        best,
        approx: f.approx,
        low: f.low,
        high: f.high,
        conflict: f.conflict,
        corrected: f.corrected,
        claims: f
            .claims
            .iter()
            .map(|c| FigureClaim {
                value: c.value.value(),
                approx: c.value.qualifier(),
                origin: Origin::Reported {
                    outlet: c.source.clone().unwrap_or_default(),
                    cited: c.cited.clone(),
                },
            })
            .collect(),
    })
}

impl From<&LedgerEvent> for SummaryEvent {
    fn from(e: &LedgerEvent) -> SummaryEvent {
        let mut out = SummaryEvent::new(e.id.clone(), e.kind, e.date);
        out.ordinal = e.ordinal;
        for (key, f) in &e.figures {
            if key == "ordinal" || key.starts_with("cumulative_") {
                continue;
            }
            if let Some(sf) = figure(f) {
                out.figures.insert(key.clone(), sf);
            }
        }
        let quantity = |key: &str| {
            e.figures.get(key).and_then(|f| {
                f.best.map(|value| Quantity {
                    value,
                    approx: f.approx,
                })
            })
        };
        let total = RunningTotal {
            exchanges: quantity("cumulative_exchanges"),
            to_ukraine: quantity("cumulative_to_ukraine"),
        };
        if total.exchanges.is_some() || total.to_ukraine.is_some() {
            out.running_total = Some(total);
        }
        out.mediators = e.mediators.iter().map(|i| i.value.clone()).collect();
        out.sources = e.sources.iter().map(|i| i.value.clone()).collect();
        out.branches_mentioned = e
            .branches_mentioned
            .iter()
            .map(|i| i.value.clone())
            .collect();
        let mut outlets: Vec<String> = e
            .figures
            .values()
            .flat_map(|f| f.claims.iter().filter_map(|c| c.source.clone()))
            .filter(|s| !s.trim().is_empty())
            .collect();
        outlets.sort();
        outlets.dedup();
        out.outlets = outlets;
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bare(id: &str, kind: &str, date: &str, to_ukraine: Option<u64>) -> LedgerEvent {
        let figures = match to_ukraine {
            Some(v) => serde_json::json!({"to_ukraine": {
                "best": v, "low": v, "high": v, "approx": null,
                "conflict": false, "corrected": false, "claims": []}}),
            None => serde_json::json!({}),
        };
        serde_json::from_value(serde_json::json!({
            "id": id, "kind": kind, "date": date, "ordinal": null, "agreement": null,
            "documents": [], "checks": [], "figures": figures, "mediators": [],
            "sources": [], "branches_mentioned": [], "dates": [], "conflict": false
        }))
        .expect("a ledger event")
    }

    #[test]
    fn the_previous_exchange_is_the_latest_exchange_before() {
        let timeline = vec![
            bare("2024-01-03-exchange", "exchange", "2024-01-03", Some(230)),
            bare("2024-01-24-disrupted", "disrupted", "2024-01-24", None),
            bare("2023-08-07-exchange", "exchange", "2023-08-07", Some(22)),
            bare("2024-01-31-exchange", "exchange", "2024-01-31", Some(207)),
        ];
        let s = summary_of(&timeline[3], &timeline);
        let p = s.previous.expect("a previous exchange");
        assert_eq!(p.date, chrono::NaiveDate::from_ymd_opt(2024, 1, 3).unwrap());
        assert_eq!(p.to_ukraine.map(|q| q.value), Some(230));
        assert!(summary_of(&timeline[2], &timeline).previous.is_none());
    }
    use crate::{summarize, Format, Lang};

    #[test]
    fn a_ledger_event_in_its_documented_json_becomes_a_summary() {
        let json = serde_json::json!({
            "id": "2024-01-31-exchange",
            "kind": "exchange",
            "date": "2024-01-31",
            "ordinal": 50,
            "agreement": null,
            "documents": ["a", "b"],
            "checks": [],
            "figures": {
                "to_ukraine": {
                    "best": 207, "low": 206, "high": 207, "approx": null,
                    "conflict": true, "corrected": false,
                    "claims": [
                        {"value": 207, "document": "a", "source": "Укрінформ",
                         "cited": ["coordination_hq"], "language": "uk", "role": "main",
                         "published": "2024-01-31", "evidence": []},
                        {"value": 206, "document": "b", "source": "Kyiv Post",
                         "cited": [], "language": "en", "role": "main",
                         "published": "2024-01-31", "evidence": []}
                    ]
                },
                "cumulative_to_ukraine": {
                    "best": 3035, "low": 3035, "high": 3035, "approx": null,
                    "conflict": false, "corrected": false, "claims": []
                }
            },
            "mediators": [{"value": "AE", "documents": ["a"]}],
            "sources": [{"value": "coordination_hq", "documents": ["a"]}],
            "branches_mentioned": [],
            "dates": [],
            "conflict": true
        });
        let ledger: LedgerEvent = match serde_json::from_value(json) {
            Ok(e) => e,
            Err(e) => panic!("the documented event shape: {e}"),
        };
        let ev = SummaryEvent::from(&ledger);
        assert_eq!(ev.figure("to_ukraine").map(|f| f.best), Some(207));
        assert_eq!(ev.outlets, ["Kyiv Post", "Укрінформ"]);
        assert_eq!(
            ev.running_total.and_then(|t| t.to_ukraine),
            Some(Quantity::exact(3035))
        );
        let uk = summarize(&ev, Lang::Uk, Format::Text);
        assert!(uk.contains(
            "розходяться: 207 за даними Координаційного штабу, 206 за даними видання «Kyiv Post»."
        ), "{uk}");
    }
}
