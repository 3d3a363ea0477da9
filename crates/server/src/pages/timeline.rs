//! `/`: the timeline. A chart of people returned to Ukraine per event and in
//! total, a filter form (from, to, kind, conflicts, as of), and the events
//! with their key figures and conflict markers.

use askama::Template;
use axum::extract::State;
use axum::http::Uri;
use axum::response::Response;
use swapledger_extract::Kind;

use crate::chart::{timeline_svg, ChartText};
use crate::i18n::{PageLang, Tr};
use crate::pages::{best_text, event_href, render, Chrome, InLang, PageError};
use crate::params::{EventsQuery, Params};
use crate::state::AppState;

/// One row of the event list.
#[derive(Debug, Clone)]
pub struct Row {
    /// Event id.
    pub id: String,
    /// Link to the event page.
    pub href: String,
    /// ISO day.
    pub date: String,
    /// Kind, in words.
    pub kind: String,
    /// Ordinal or empty.
    pub ordinal: String,
    /// People to Ukraine.
    pub to_ukraine: String,
    /// People to Russia.
    pub to_russia: String,
    /// Number of reports.
    pub documents: usize,
    /// Some figure is disputed.
    pub conflict: bool,
    /// The disputed figures, in words.
    pub conflict_fields: String,
}

/// An option of the kind filter.
#[derive(Debug, Clone)]
pub struct KindOption {
    /// `exchange`...
    pub value: &'static str,
    /// In words.
    pub label: String,
    /// Chosen.
    pub selected: bool,
}

/// The filter form as submitted.
#[derive(Debug, Clone, Default)]
pub struct Form {
    /// From day.
    pub from: String,
    /// To day.
    pub to: String,
    /// Only conflicts.
    pub conflicts: bool,
    /// As-of day.
    pub as_of: String,
}

#[derive(Template)]
#[template(path = "timeline.html")]
struct TimelinePage {
    chrome: Chrome,
    tr: Tr,
    chart: String,
    has_chart: bool,
    as_of_note: Option<String>,
    form: Form,
    kinds: Vec<KindOption>,
    count_label: String,
    rows: Vec<Row>,
}

/// `GET /`.
pub async fn page(
    State(st): State<AppState>,
    lang: PageLang,
    uri: Uri,
) -> Result<Response, PageError> {
    let tr = lang.tr();
    let q: EventsQuery = Params::<EventsQuery>::parse(uri.query()).in_lang(lang.lang)?;
    let filter = q.filter().in_lang(lang.lang)?;
    let as_of = q.as_of().in_lang(lang.lang)?;
    let wanted = filter.clone();
    let (events, series) = st
        .pool
        .read(move |l| Ok((l.event_list(&wanted, as_of)?, l.series(as_of)?)))
        .await
        .in_lang(lang.lang)?;
    let chart_text = ChartText {
        title: tr.t("chart-title"),
        desc: tr.t("chart-desc"),
        per_event: tr.t("chart-per-event"),
        cumulative: tr.t("chart-cumulative"),
        axis_left: tr.t("chart-axis-people"),
        axis_right: tr.t("chart-axis-cumulative"),
    };
    let points = series.value;
    let has_chart = points.iter().any(|p| p.to_ukraine > 0);
    let chart = timeline_svg(&points, &chart_text, event_href);
    let rows: Vec<Row> = events
        .value
        .iter()
        .map(|e| Row {
            id: e.id.clone(),
            href: event_href(&e.id),
            date: e.date.to_string(),
            kind: tr.kind(e.kind),
            ordinal: e.ordinal.map(|o| o.to_string()).unwrap_or_default(),
            to_ukraine: best_text(&tr, e.figures.get("to_ukraine")),
            to_russia: best_text(&tr, e.figures.get("to_russia")),
            documents: e.documents.len(),
            conflict: e.conflict,
            conflict_fields: e
                .figures
                .iter()
                .filter(|(_, f)| f.conflict)
                .map(|(k, _)| tr.field(k))
                .collect::<Vec<_>>()
                .join(", "),
        })
        .collect();
    let kinds = [
        Kind::Exchange,
        Kind::Repatriation,
        Kind::Release,
        Kind::Disrupted,
    ]
    .into_iter()
    .map(|k| KindOption {
        value: k.as_str(),
        label: tr.kind(k),
        selected: filter.kind == Some(k),
    })
    .collect();
    let page = TimelinePage {
        chrome: Chrome::new(lang.lang, &uri, tr.t("timeline-title")),
        tr,
        chart,
        has_chart,
        as_of_note: as_of.map(|d| {
            tr.tsn(
                "as-of-note",
                ("date", &d.to_string()),
                ("count", events.undated_left_out as u64),
            )
        }),
        form: Form {
            from: filter.from.map(|d| d.to_string()).unwrap_or_default(),
            to: filter.to.map(|d| d.to_string()).unwrap_or_default(),
            conflicts: filter.conflicts_only,
            as_of: as_of.map(|d| d.to_string()).unwrap_or_default(),
        },
        kinds,
        count_label: tr.tn("events-count", "count", rows.len() as u64),
        rows,
    };
    render(&page, lang)
}
