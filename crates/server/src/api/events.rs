//! `/api/events`: the event list, one event, its summary, and corrections.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::{json, Value};
use swapledger_extract::Kind;
use swapledger_ledger::{CountValue, Ledger, LedgerEvent, NewCorrection};
use swapledger_publish::{headline, summarize, summary_of, Format};

use crate::error::{Result, ServerError};
use crate::i18n::UiLang;
use crate::params::{date, AsOfQuery, EventsQuery, Params};
use crate::state::AppState;

/// The most events one page of `/api/events` gives.
pub const MAX_PAGE: usize = 1000;
/// Events per page when `limit` is not given.
pub const DEFAULT_PAGE: usize = 100;

/// The page of a list: `limit` (1..=1000, default 100) and `offset` (default 0).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct PageQuery {
    /// Most events in the answer.
    pub limit: Option<String>,
    /// Events of the whole (filtered) list to skip, oldest first.
    pub offset: Option<String>,
}

impl PageQuery {
    /// `(limit, offset)`, or a 400 naming the parameter.
    pub fn page(&self) -> Result<(usize, usize)> {
        let limit = match self.limit.as_deref().map(str::trim) {
            None | Some("") => DEFAULT_PAGE,
            Some(s) => s
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=MAX_PAGE).contains(n))
                .ok_or_else(|| {
                    ServerError::BadRequest(format!("limit: {s:?} is not 1..{MAX_PAGE}"))
                })?,
        };
        let offset = match self.offset.as_deref().map(str::trim) {
            None | Some("") => 0,
            Some(s) => s.parse::<usize>().map_err(|_| {
                ServerError::BadRequest(format!("offset: {s:?} is not a whole number"))
            })?,
        };
        Ok((limit, offset))
    }
}

/// An event as lists give it: the ledger's event JSON without each figure's
/// `claims` and without the `documents` of the members of `mediators`,
/// `sources`, `branches_mentioned` and `dates` (the ledger's `event_list`
/// leaves them empty; they are dropped rather than sent empty, so that no
/// client reads "no claims"). `/api/events/{id}` has them.
pub fn brief_json(e: &LedgerEvent) -> Value {
    let mut v = serde_json::to_value(e).unwrap_or(Value::Null);
    if let Some(figures) = v.get_mut("figures").and_then(Value::as_object_mut) {
        for f in figures.values_mut() {
            if let Some(f) = f.as_object_mut() {
                f.remove("claims");
            }
        }
    }
    for set in ["mediators", "sources", "branches_mentioned", "dates"] {
        if let Some(items) = v.get_mut(set).and_then(Value::as_array_mut) {
            for m in items {
                if let Some(m) = m.as_object_mut() {
                    m.remove("documents");
                }
            }
        }
    }
    v
}

/// The URL of the page at `offset` with the same filters.
fn page_url(q: &EventsQuery, limit: usize, offset: usize) -> Result<String> {
    let filter = q.filter()?;
    let mut url = String::from("/api/events?");
    if let Some(d) = filter.from {
        url.push_str(&format!("from={d}&"));
    }
    if let Some(d) = filter.to {
        url.push_str(&format!("to={d}&"));
    }
    if let Some(k) = filter.kind {
        url.push_str(&format!("kind={}&", k.as_str()));
    }
    if filter.conflicts_only {
        url.push_str("conflicts=true&");
    }
    if let Some(d) = q.as_of()? {
        url.push_str(&format!("as_of={d}&"));
    }
    url.push_str(&format!("limit={limit}&offset={offset}"));
    Ok(url)
}

/// `GET /api/events?from&to&kind&conflicts&as_of&limit&offset`: one page of
/// the events, oldest first, each without its claims ([`brief_json`]), with
/// the total and the URL of the next page (also in a `Link: rel="next"`
/// header).
pub async fn list(
    State(st): State<AppState>,
    Params(q): Params<EventsQuery>,
    Params(p): Params<PageQuery>,
) -> Result<Response> {
    let filter = q.filter()?;
    let as_of = q.as_of()?;
    let (limit, offset) = p.page()?;
    let ans = st
        .pool
        .read(move |l| Ok(l.event_list(&filter, as_of)?))
        .await?;
    let total = ans.value.len();
    let events: Vec<Value> = ans
        .value
        .iter()
        .skip(offset)
        .take(limit)
        .map(brief_json)
        .collect();
    let end = offset.saturating_add(events.len());
    let next = if end < total {
        Some(page_url(&q, limit, end)?)
    } else {
        None
    };
    let mut headers = HeaderMap::new();
    if let Some(n) = &next {
        if let Ok(v) = HeaderValue::from_str(&format!("<{n}>; rel=\"next\"")) {
            headers.insert(axum::http::header::LINK, v);
        }
    }
    let body = json!({
        "as_of": ans.as_of.map(|d| d.to_string()),
        "undated_left_out": ans.undated_left_out,
        "total": total,
        "offset": offset,
        "limit": limit,
        "count": events.len(),
        "next": next,
        "events": events,
    });
    Ok((headers, Json(body)).into_response())
}

/// Headers telling what an as-of answer left out.
fn as_of_headers(as_of: Option<NaiveDate>, undated: usize) -> HeaderMap {
    let mut h = HeaderMap::new();
    if let Some(d) = as_of {
        if let Ok(v) = HeaderValue::from_str(&d.to_string()) {
            h.insert("x-as-of", v);
        }
        h.insert("x-undated-left-out", HeaderValue::from(undated));
    }
    h
}

/// `GET /api/events/{id}?as_of`: the ledger's event JSON.
pub async fn get(
    State(st): State<AppState>,
    Path(id): Path<String>,
    Params(q): Params<AsOfQuery>,
) -> Result<Response> {
    let as_of = q.as_of()?;
    let wanted = id.clone();
    let ans = st.pool.read(move |l| Ok(l.event(&wanted, as_of)?)).await?;
    let headers = as_of_headers(ans.as_of, ans.undated_left_out);
    match ans.value {
        Some(e) => Ok((headers, Json(e)).into_response()),
        None => Err(ServerError::NotFound(format!("no event {id:?}"))),
    }
}

/// An event with the exchange before it (the summary's context) and how
/// many undated documents an as-of answer left out.
#[derive(Debug, Clone)]
pub struct WithPrevious {
    /// The event.
    pub event: LedgerEvent,
    /// The latest exchange before its day.
    pub previous: Option<LedgerEvent>,
    /// Documents without a date left out (as-of answers).
    pub undated_left_out: usize,
}

/// The event and the exchange before it (for the summary's context).
pub fn event_with_previous(
    l: &Ledger,
    id: &str,
    as_of: Option<NaiveDate>,
) -> Result<Option<WithPrevious>> {
    let ans = l.event(id, as_of)?;
    let undated_left_out = ans.undated_left_out;
    let Some(event) = ans.value else {
        return Ok(None);
    };
    let prev_id = l
        .series(as_of)?
        .value
        .into_iter()
        .filter(|p| p.kind == Kind::Exchange && p.date < event.date)
        .max_by(|a, b| (a.date, &a.event).cmp(&(b.date, &b.event)))
        .map(|p| p.event);
    let prev = match prev_id {
        Some(p) => l.event(&p, as_of)?.value,
        None => None,
    };
    Ok(Some(WithPrevious {
        event,
        previous: prev,
        undated_left_out,
    }))
}

/// The query of a summary.
#[derive(Debug, Default, Deserialize)]
pub struct SummaryQuery {
    /// `uk`, `en` or `ru` (default `en`).
    pub lang: Option<String>,
    /// `text`, `markdown` or `html` (default `text`).
    pub format: Option<String>,
    /// As known on this day.
    pub as_of: Option<String>,
}

/// `GET /api/events/{id}/summary?lang&format&as_of`.
pub async fn summary(
    State(st): State<AppState>,
    Path(id): Path<String>,
    Params(q): Params<SummaryQuery>,
) -> Result<Json<Value>> {
    let lang = match q.lang.as_deref() {
        None | Some("") => UiLang::En,
        Some(s) => match s {
            "uk" | "en" | "ru" => UiLang::parse(s).unwrap_or(UiLang::En),
            _ => {
                return Err(ServerError::BadRequest(format!(
                    "lang: {s:?} is not uk, en or ru"
                )))
            }
        },
    };
    let format_name = q.format.clone().unwrap_or_else(|| "text".into());
    let format = Format::parse(&format_name).ok_or_else(|| {
        ServerError::BadRequest(format!(
            "format: {format_name:?} is not text, markdown or html"
        ))
    })?;
    let as_of = date("as_of", q.as_of.as_deref())?;
    let wanted = id.clone();
    let found = st
        .pool
        .read(move |l| event_with_previous(l, &wanted, as_of))
        .await?;
    let Some(WithPrevious {
        event, previous, ..
    }) = found
    else {
        return Err(ServerError::NotFound(format!("no event {id:?}")));
    };
    let input = summary_of(&event, previous.as_slice());
    let canonical = match format {
        Format::Text => "text",
        Format::Markdown => "markdown",
        Format::Html => "html",
    };
    Ok(Json(json!({
        "event": event.id,
        "lang": lang.code(),
        "format": canonical,
        "headline": headline(&input, lang.publish()),
        "summary": summarize(&input, lang.publish(), format),
    })))
}

/// The body of `POST /api/events/{id}/corrections`.
#[derive(Debug, Deserialize)]
pub struct CorrectionBody {
    /// The figure (`to_ukraine`, `branches.sbu`, ...).
    pub field: String,
    /// `207`, `"over 200"`, or `{"value": 200, "approx": "over"}`.
    pub value: Value,
    /// Why (required).
    pub note: String,
    /// Who (default `api`).
    pub by: Option<String>,
}

fn count_value(v: &Value) -> Result<CountValue> {
    let bad = || {
        ServerError::Unprocessable(format!(
            "value: {v} is not a count (207, \"over 200\", or {{\"value\": 200, \"approx\": \"over\"}})"
        ))
    };
    match v {
        Value::String(s) => CountValue::parse(s).ok_or_else(bad),
        other => serde_json::from_value(other.clone()).map_err(|_| bad()),
    }
}

/// `POST /api/events/{id}/corrections` (token): an analyst's value for one figure.
pub async fn correct(
    State(st): State<AppState>,
    Path(id): Path<String>,
    body: std::result::Result<Json<CorrectionBody>, axum::extract::rejection::JsonRejection>,
) -> Result<Response> {
    let Json(body) = body.map_err(|e| crate::api::json_rejection(e, st.limits.body_bytes))?;
    let value = count_value(&body.value)?;
    let c = NewCorrection {
        event: id,
        field: body.field,
        value,
        note: body.note,
        by: body
            .by
            .filter(|b| !b.trim().is_empty())
            .unwrap_or_else(|| "api".into()),
    };
    let made = st.pool.write(move |l| Ok(l.correct(c)?)).await?;
    Ok((StatusCode::CREATED, Json(made)).into_response())
}
