//! `/api/documents`: one document with its facts, and ingesting a new one.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};
use swapledger_ingest::{html::parse_html, parse_text_document, Document};
use swapledger_ledger::IngestOutcome;

use crate::error::{Result, ServerError};
use crate::evidence::{events_of_document, facts};
use crate::params::{AsOfQuery, Params};
use crate::state::AppState;

/// A document id is the SHA-256 hex digest of its body.
pub fn valid_id(id: &str) -> bool {
    id.len() == 64 && id.bytes().all(|b| b.is_ascii_hexdigit())
}

/// `GET /api/documents/{id}?as_of`: text, metadata, sightings and the facts
/// read from it (each with its event and evidence spans).
pub async fn get(
    State(st): State<AppState>,
    Path(id): Path<String>,
    Params(q): Params<AsOfQuery>,
) -> Result<Json<Value>> {
    let as_of = q.as_of()?;
    if !valid_id(&id) {
        return Err(ServerError::NotFound(format!("no document {id:?}")));
    }
    let wanted = id.clone();
    let found = st
        .pool
        .read(move |l| {
            let Some(doc) = l.document(&wanted)? else {
                return Ok(None);
            };
            let events = events_of_document(l, &doc, as_of)?;
            Ok(Some((doc, events)))
        })
        .await?;
    let Some((doc, events)) = found else {
        return Err(ServerError::NotFound(format!("no document {id:?}")));
    };
    let facts = facts(&doc.body, &doc.id, &events);
    Ok(Json(json!({
        "id": doc.id,
        "text": doc.body,
        "language": doc.language,
        "published": doc.published.map(|d| d.to_string()),
        "source": doc.source,
        "url": doc.url,
        "sightings": doc.sightings,
        "events": events.iter().map(|e| e.id.clone()).collect::<Vec<_>>(),
        "facts": facts,
        "as_of": as_of.map(|d| d.to_string()),
    })))
}

/// The query of `POST /api/documents`.
#[derive(Debug, Default, Deserialize)]
pub struct PostQuery {
    /// Where the document was found (stored as its sighting; default `api`).
    pub path: Option<String>,
}

/// Parse a posted body by its media type: HTML, or text with optional front matter.
pub fn parse_posted(bytes: &[u8], content_type: Option<&str>, path: &str) -> Result<Document> {
    let media = content_type
        .and_then(|c| c.split(';').next())
        .map(|c| c.trim().to_ascii_lowercase());
    let looks_html = || {
        let head = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]).to_ascii_lowercase();
        let t = head.trim_start();
        t.starts_with("<!doctype html") || t.starts_with("<html") || t.starts_with("<body")
    };
    let html = match media.as_deref() {
        Some("text/html" | "application/xhtml+xml") => true,
        Some("text/plain" | "text/markdown") => false,
        None | Some("application/octet-stream") => looks_html(),
        Some(other) => {
            return Err(ServerError::UnsupportedMediaType(format!(
                "{other} is not accepted: send text/plain (front matter allowed), text/markdown or text/html"
            )))
        }
    };
    let doc = if html {
        parse_html(bytes, path, content_type)
    } else {
        parse_text_document(bytes, path)
    }
    .map_err(|e| ServerError::BadRequest(format!("document: {e}")))?;
    if doc.body.trim().is_empty() {
        return Err(ServerError::BadRequest("document: no text".into()));
    }
    Ok(doc)
}

/// `POST /api/documents?path=` (token): ingest one document, then reconcile.
/// 201 for a new document, 200 when it was known.
pub async fn post(
    State(st): State<AppState>,
    Params(q): Params<PostQuery>,
    headers: HeaderMap,
    body: std::result::Result<Bytes, axum::extract::rejection::BytesRejection>,
) -> Result<Response> {
    let body = body.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ServerError::PayloadTooLarge(st.limits.body_bytes)
        } else {
            ServerError::BadRequest(format!("body: {}", e.body_text()))
        }
    })?;
    let ct = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    let path = q
        .path
        .filter(|p| !p.trim().is_empty())
        .unwrap_or_else(|| "api".into());
    let doc = parse_posted(&body, ct, &path)?;
    let (outcome, id, events) = st
        .pool
        .write(move |l| {
            let outcome = l.ingest_document(&doc)?;
            if outcome == IngestOutcome::New || l.is_dirty()? {
                l.reconcile()?;
            }
            let id = doc.id();
            let stored = l
                .document(&id)?
                .ok_or_else(|| ServerError::Internal("stored document not found".into()))?;
            let events = events_of_document(l, &stored, None)?;
            Ok((outcome, id, events))
        })
        .await?;
    let status = if outcome == IngestOutcome::New {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    let location = format!("/api/documents/{id}");
    Ok((
        status,
        [(header::LOCATION, location)],
        Json(json!({
            "id": id,
            "outcome": match outcome {
                IngestOutcome::New => "new",
                IngestOutcome::NewSighting => "new_sighting",
                IngestOutcome::Unchanged => "unchanged",
            },
            "events": events.iter().map(|e| e.id.clone()).collect::<Vec<_>>(),
        })),
    )
        .into_response())
}
