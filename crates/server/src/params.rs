//! Query parameters shared by the API and the pages, parsed into the ledger's
//! types with errors that say which parameter is wrong.
//!
//! An empty value (what an HTML form sends for an empty field) means "not
//! given". Unknown parameters are ignored (`lang` is read elsewhere).

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use swapledger_extract::Kind;
use swapledger_ledger::EventFilter;

use crate::error::{Result, ServerError};

/// Query parameters of type `T`, rejected with a JSON 400 when they do not parse.
#[derive(Debug, Clone, Default)]
pub struct Params<T>(pub T);

impl<T: DeserializeOwned> Params<T> {
    /// Parse a query string (`None`: no query).
    pub fn parse(query: Option<&str>) -> Result<T> {
        serde_urlencoded_like(query.unwrap_or(""))
    }
}

fn serde_urlencoded_like<T: DeserializeOwned>(q: &str) -> Result<T> {
    let uri: axum::http::Uri = format!("/?{q}")
        .parse()
        .map_err(|_| ServerError::BadRequest("the query string is not valid".into()))?;
    axum::extract::Query::<T>::try_from_uri(&uri)
        .map(|axum::extract::Query(t)| t)
        .map_err(|e| ServerError::BadRequest(format!("query string: {}", e.body_text())))
}

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for Params<T> {
    type Rejection = ServerError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Self::parse(parts.uri.query()).map(Params)
    }
}

/// A `YYYY-MM-DD` parameter.
pub fn date(name: &str, value: Option<&str>) -> Result<Option<NaiveDate>> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(s) => NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .map(Some)
            .map_err(|_| {
                ServerError::BadRequest(format!("{name}: {s:?} is not a date (YYYY-MM-DD)"))
            }),
    }
}

/// A boolean parameter: `true`/`1`/`on`/`yes` or `false`/`0`/`off`/`no`.
pub fn flag(name: &str, value: Option<&str>) -> Result<bool> {
    match value.map(str::trim) {
        None | Some("") => Ok(false),
        Some("true" | "1" | "on" | "yes") => Ok(true),
        Some("false" | "0" | "off" | "no") => Ok(false),
        Some(s) => Err(ServerError::BadRequest(format!(
            "{name}: {s:?} is not true or false"
        ))),
    }
}

/// `as_of`, accepted by every read.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct AsOfQuery {
    /// `YYYY-MM-DD`.
    pub as_of: Option<String>,
}

impl AsOfQuery {
    /// The day.
    pub fn as_of(&self) -> Result<Option<NaiveDate>> {
        date("as_of", self.as_of.as_deref())
    }
}

/// The filters of an event list.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct EventsQuery {
    /// Events on or after this day.
    pub from: Option<String>,
    /// Events on or before this day.
    pub to: Option<String>,
    /// `exchange`, `repatriation`, `release` or `disrupted`.
    pub kind: Option<String>,
    /// Only events with a conflict.
    pub conflicts: Option<String>,
    /// As known on this day.
    pub as_of: Option<String>,
}

impl EventsQuery {
    /// The ledger filter.
    pub fn filter(&self) -> Result<EventFilter> {
        let kind = match self.kind.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(k) => Some(Kind::parse(k).ok_or_else(|| {
                ServerError::BadRequest(format!(
                    "kind: {k:?} is not exchange, repatriation, release or disrupted"
                ))
            })?),
        };
        Ok(EventFilter {
            from: date("from", self.from.as_deref())?,
            to: date("to", self.to.as_deref())?,
            kind,
            conflicts_only: flag("conflicts", self.conflicts.as_deref())?,
        })
    }

    /// The as-of day.
    pub fn as_of(&self) -> Result<Option<NaiveDate>> {
        date("as_of", self.as_of.as_deref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_parse_and_errors_name_the_parameter() {
        let q: EventsQuery =
            Params::<EventsQuery>::parse(Some("from=2024-01-01&kind=exchange&conflicts=1&to="))
                .unwrap();
        let f = q.filter().unwrap();
        assert_eq!(f.from, NaiveDate::from_ymd_opt(2024, 1, 1));
        assert_eq!(f.to, None);
        assert_eq!(f.kind, Some(Kind::Exchange));
        assert!(f.conflicts_only);
        let bad: EventsQuery = Params::<EventsQuery>::parse(Some("from=31.01.2024")).unwrap();
        let e = bad.filter().unwrap_err().to_string();
        assert!(e.starts_with("from:"), "{e}");
        let bad: EventsQuery = Params::<EventsQuery>::parse(Some("kind=swap")).unwrap();
        assert!(bad.filter().is_err());
    }
}
