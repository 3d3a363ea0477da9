//! `GET /api/openapi.json`: the API described in OpenAPI 3.1, written by hand.
//!
//! Hand-written rather than derived (utoipa) because the ledger's types live in
//! a crate that knows nothing of HTTP; a test checks that every route in
//! [`crate::api::ROUTES`] is described and that the document is valid JSON.
//! Only the document is served: no Swagger UI assets.

use axum::Json;
use serde_json::{json, Value};

/// `GET /api/openapi.json`.
pub async fn document() -> Json<Value> {
    Json(spec())
}

fn as_of() -> Value {
    json!({"name": "as_of", "in": "query", "required": false,
           "description": "Answer from the documents published up to this day (and corrections made up to its end, UTC).",
           "schema": {"type": "string", "format": "date"}})
}

fn id_param(what: &str) -> Value {
    json!({"name": "id", "in": "path", "required": true, "description": what, "schema": {"type": "string"}})
}

fn error(desc: &str) -> Value {
    json!({"description": desc, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}})
}

fn ok(desc: &str, schema: Value) -> Value {
    json!({"description": desc, "content": {"application/json": {"schema": schema}}})
}

/// The OpenAPI document.
pub fn spec() -> Value {
    let count = json!({"oneOf": [
        {"type": "integer", "minimum": 0},
        {"type": "object", "required": ["value", "approx"], "properties": {
            "value": {"type": "integer", "minimum": 0},
            "approx": {"type": "string", "enum": ["over", "about", "under"]}}}
    ]});
    let span = json!({"type": "object", "required": ["start", "end"], "properties": {
        "start": {"type": "integer", "description": "first character (Unicode scalar offset into the body)"},
        "end": {"type": "integer", "description": "one past the last character"}}});
    let list_item = json!({"type": "object", "properties": {
        "value": {"type": "string"}, "documents": {"type": "array", "items": {"type": "string"}}}});
    let auth = json!([{"bearer": []}]);
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "swapledger API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Events reconciled from reports of Ukraine–Russia prisoner exchanges and repatriations: figures with low/best/high, the claims behind them with their evidence spans, documents, full-text search, the series of people returned, and summaries in uk/en/ru. Reads are open; writes need `Authorization: Bearer <token>` and a server started with a token. Errors are JSON: `{\"error\": {\"status\", \"code\", \"message\"}}`."
        },
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                "Error": {"type": "object", "required": ["error"], "properties": {"error": {
                    "type": "object", "required": ["status", "code", "message"], "properties": {
                        "status": {"type": "integer"}, "code": {"type": "string"}, "message": {"type": "string"}}}}},
                "Count": count,
                "Span": span,
                "ListItem": list_item,
                "Claim": {"type": "object", "properties": {
                    "value": {"$ref": "#/components/schemas/Count"},
                    "document": {"type": "string", "description": "document id (SHA-256 of the body)"},
                    "source": {"type": ["string", "null"], "description": "outlet or channel"},
                    "cited": {"type": "array", "items": {"type": "string"}},
                    "language": {"type": ["string", "null"]},
                    "role": {"type": "string", "enum": ["main", "background"]},
                    "published": {"type": ["string", "null"], "format": "date"},
                    "evidence": {"type": "array", "items": {"$ref": "#/components/schemas/Span"}}}},
                "Figure": {"type": "object", "properties": {
                    "best": {"type": ["integer", "null"]}, "low": {"type": ["integer", "null"]},
                    "high": {"type": ["integer", "null"]},
                    "approx": {"type": ["string", "null"], "enum": ["over", "about", "under", null]},
                    "conflict": {"type": "boolean"}, "corrected": {"type": "boolean"},
                    "claims": {"type": "array", "items": {"$ref": "#/components/schemas/Claim"}}}},
                "Event": {"type": "object", "description": "The ledger's event JSON (see crates/ledger).", "properties": {
                    "id": {"type": "string", "example": "2024-01-31-exchange"},
                    "kind": {"type": "string", "enum": ["exchange", "repatriation", "release", "disrupted"]},
                    "date": {"type": "string", "format": "date"},
                    "ordinal": {"type": ["integer", "null"]},
                    "agreement": {"type": ["string", "null"]},
                    "documents": {"type": "array", "items": {"type": "string"}},
                    "checks": {"type": "array", "items": {"type": "object", "properties": {
                        "check": {"type": "string"}, "ok": {"type": "boolean"}, "detail": {"type": "string"}}}},
                    "figures": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/Figure"}},
                    "mediators": {"type": "array", "items": {"$ref": "#/components/schemas/ListItem"}},
                    "sources": {"type": "array", "items": {"$ref": "#/components/schemas/ListItem"}},
                    "branches_mentioned": {"type": "array", "items": {"$ref": "#/components/schemas/ListItem"}},
                    "dates": {"type": "array", "items": {"$ref": "#/components/schemas/ListItem"}},
                    "conflict": {"type": "boolean"}}},
                "EventBrief": {"type": "object", "description": "An event as `/api/events` lists it: the Event without each figure's `claims` and without the `documents` of the members of `mediators`, `sources`, `branches_mentioned` and `dates` (the event's own `documents`, every figure's best/low/high/approx/conflict/corrected, and the checks are kept). `GET /api/events/{id}` gives the claims.", "properties": {
                    "id": {"type": "string", "example": "2024-01-31-exchange"},
                    "kind": {"type": "string", "enum": ["exchange", "repatriation", "release", "disrupted"]},
                    "date": {"type": "string", "format": "date"},
                    "ordinal": {"type": ["integer", "null"]},
                    "agreement": {"type": ["string", "null"]},
                    "documents": {"type": "array", "items": {"type": "string"}},
                    "checks": {"type": "array", "items": {"type": "object", "properties": {
                        "check": {"type": "string"}, "ok": {"type": "boolean"}, "detail": {"type": "string"}}}},
                    "figures": {"type": "object", "additionalProperties": {"type": "object", "properties": {
                        "best": {"type": ["integer", "null"]}, "low": {"type": ["integer", "null"]},
                        "high": {"type": ["integer", "null"]},
                        "approx": {"type": ["string", "null"], "enum": ["over", "about", "under", null]},
                        "conflict": {"type": "boolean"}, "corrected": {"type": "boolean"}}}},
                    "mediators": {"type": "array", "items": {"type": "object", "properties": {"value": {"type": "string"}}}},
                    "sources": {"type": "array", "items": {"type": "object", "properties": {"value": {"type": "string"}}}},
                    "branches_mentioned": {"type": "array", "items": {"type": "object", "properties": {"value": {"type": "string"}}}},
                    "dates": {"type": "array", "items": {"type": "object", "properties": {"value": {"type": "string"}}}},
                    "conflict": {"type": "boolean"}}},
                "Fact": {"type": "object", "properties": {
                    "event": {"type": "string"}, "kind": {"type": "string"}, "date": {"type": "string", "format": "date"},
                    "field": {"type": "string"}, "value": {"$ref": "#/components/schemas/Count"},
                    "role": {"type": "string", "enum": ["main", "background"]},
                    "evidence": {"type": "array", "items": {"type": "object", "properties": {
                        "start": {"type": "integer"}, "end": {"type": "integer"}, "text": {"type": "string"}}}}}},
                "Document": {"type": "object", "properties": {
                    "id": {"type": "string"}, "text": {"type": "string"},
                    "language": {"type": ["string", "null"]}, "published": {"type": ["string", "null"], "format": "date"},
                    "source": {"type": ["string", "null"]}, "url": {"type": ["string", "null"]},
                    "sightings": {"type": "array", "items": {"type": "object"}},
                    "events": {"type": "array", "items": {"type": "string"}},
                    "facts": {"type": "array", "items": {"$ref": "#/components/schemas/Fact"}},
                    "as_of": {"type": ["string", "null"], "format": "date"}}},
                "SeriesPoint": {"type": "object", "properties": {
                    "event": {"type": "string"}, "date": {"type": "string", "format": "date"},
                    "kind": {"type": "string"}, "to_ukraine": {"type": "integer"}, "to_russia": {"type": "integer"},
                    "cumulative_to_ukraine": {"type": "integer"}, "cumulative_to_russia": {"type": "integer"}}},
                "Correction": {"type": "object", "properties": {
                    "seq": {"type": "integer"}, "event": {"type": "string"}, "field": {"type": "string"},
                    "old": {"oneOf": [{"$ref": "#/components/schemas/Count"}, {"type": "null"}]},
                    "new": {"$ref": "#/components/schemas/Count"}, "note": {"type": "string"},
                    "by": {"type": "string"}, "at": {"type": "string", "format": "date-time"},
                    "orphaned": {"type": "boolean"}}}
            }
        },
        "paths": {
            "/api/events": {"get": {
                "summary": "List events, a page at a time, without their claims", "operationId": "listEvents",
                "description": "The events that pass the filters, oldest first (by date, kind, id), `limit` at a time from `offset`. Each is an EventBrief (no claims); fetch `/api/events/{id}` for the claims behind a figure. `total` counts every matching event; `next` is the URL of the following page (also sent as `Link: <...>; rel=\"next\"`), null on the last. Offsets are positions in the current ledger: an ingest between two requests can shift them.",
                "parameters": [
                    {"name": "from", "in": "query", "schema": {"type": "string", "format": "date"}, "description": "events on or after this day"},
                    {"name": "to", "in": "query", "schema": {"type": "string", "format": "date"}, "description": "events on or before this day"},
                    {"name": "kind", "in": "query", "schema": {"type": "string", "enum": ["exchange", "repatriation", "release", "disrupted"]}},
                    {"name": "conflicts", "in": "query", "schema": {"type": "boolean"}, "description": "only events with a conflict"},
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": crate::api::events::MAX_PAGE, "default": crate::api::events::DEFAULT_PAGE}, "description": "most events in the answer"},
                    {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0, "default": 0}, "description": "matching events to skip"},
                    as_of()],
                "responses": {
                    "200": ok("One page of events, oldest first", json!({"type": "object",
                        "required": ["as_of", "undated_left_out", "total", "offset", "limit", "count", "next", "events"],
                        "properties": {
                        "as_of": {"type": ["string", "null"]}, "undated_left_out": {"type": "integer"},
                        "total": {"type": "integer", "description": "every event that passes the filters"},
                        "offset": {"type": "integer"}, "limit": {"type": "integer"},
                        "count": {"type": "integer", "description": "events in this page"},
                        "next": {"type": ["string", "null"], "description": "URL of the next page (same filters), null on the last page", "example": "/api/events?limit=100&offset=100"},
                        "events": {"type": "array", "items": {"$ref": "#/components/schemas/EventBrief"}}}})),
                    "400": error("A filter, limit or offset that does not parse")}}},
            "/api/events/{id}": {"get": {
                "summary": "One event", "operationId": "getEvent",
                "parameters": [id_param("event id, e.g. 2024-01-31-exchange"), as_of()],
                "responses": {
                    "200": ok("The event (as-of answers add the headers X-As-Of and X-Undated-Left-Out)", json!({"$ref": "#/components/schemas/Event"})),
                    "404": error("No such event")}}},
            "/api/events/{id}/summary": {"get": {
                "summary": "A news-style summary of the event", "operationId": "summarizeEvent",
                "parameters": [id_param("event id"),
                    {"name": "lang", "in": "query", "schema": {"type": "string", "enum": ["uk", "en", "ru"], "default": "en"}},
                    {"name": "format", "in": "query", "schema": {"type": "string", "enum": ["text", "markdown", "html"], "default": "text"}},
                    as_of()],
                "responses": {
                    "200": ok("The summary", json!({"type": "object", "properties": {
                        "event": {"type": "string"}, "lang": {"type": "string"}, "format": {"type": "string"},
                        "headline": {"type": "string"}, "summary": {"type": "string"}}})),
                    "400": error("Unknown language or format"), "404": error("No such event")}}},
            "/api/events/{id}/corrections": {"post": {
                "summary": "Correct one figure of an event (audit-logged)", "operationId": "correctEvent",
                "security": auth,
                "parameters": [id_param("event id")],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {
                    "type": "object", "required": ["field", "value", "note"], "properties": {
                        "field": {"type": "string", "example": "to_ukraine"},
                        "value": {"oneOf": [{"$ref": "#/components/schemas/Count"}, {"type": "string", "example": "over 200"}]},
                        "note": {"type": "string"}, "by": {"type": "string"}}}}}},
                "responses": {
                    "201": ok("The correction as logged", json!({"$ref": "#/components/schemas/Correction"})),
                    "401": error("Missing or wrong token"), "403": error("The server is read-only"),
                    "404": error("No such event"), "413": error("Body too large"),
                    "422": error("Unknown figure, invalid value or empty note")}}},
            "/api/documents": {"post": {
                "summary": "Ingest one document and reconcile", "operationId": "ingestDocument",
                "security": auth,
                "parameters": [{"name": "path", "in": "query", "schema": {"type": "string"}, "description": "where the document was found (default api)"}],
                "requestBody": {"required": true, "content": {
                    "text/plain": {"schema": {"type": "string"}, "example": "---\nlanguage: uk\npublished: 2024-05-31\nsource: Ukrinform\n---\nДодому повернулися 75 наших людей."},
                    "text/html": {"schema": {"type": "string"}}}},
                "responses": {
                    "201": ok("Stored (new)", json!({"type": "object", "properties": {
                        "id": {"type": "string"}, "outcome": {"type": "string", "enum": ["new", "new_sighting", "unchanged"]},
                        "events": {"type": "array", "items": {"type": "string"}}}})),
                    "200": ok("Known already", json!({"type": "object"})),
                    "400": error("Not a document (no text, bad encoding)"),
                    "401": error("Missing or wrong token"), "403": error("The server is read-only"),
                    "413": error("Body too large"), "415": error("Unsupported media type")}}},
            "/api/documents/{id}": {"get": {
                "summary": "A document: text, metadata and the spans of its facts", "operationId": "getDocument",
                "parameters": [id_param("document id (SHA-256 of the body)"), as_of()],
                "responses": {
                    "200": ok("The document", json!({"$ref": "#/components/schemas/Document"})),
                    "404": error("No such document")}}},
            "/api/search": {"get": {
                "summary": "Full-text search over documents (SQLite FTS5)", "operationId": "search",
                "parameters": [
                    {"name": "q", "in": "query", "required": true, "schema": {"type": "string"}, "description": "FTS5 query: words, \"phrases\", OR, prefix*"},
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20}},
                    as_of()],
                "responses": {
                    "200": ok("Hits, best first", json!({"type": "object", "properties": {
                        "query": {"type": "string"}, "count": {"type": "integer"},
                        "hits": {"type": "array", "items": {"type": "object", "properties": {
                            "document": {"type": "string"}, "snippet": {"type": "string"}, "rank": {"type": "number"},
                            "source": {"type": ["string", "null"]}, "published": {"type": ["string", "null"]},
                            "language": {"type": ["string", "null"]}}}}}})),
                    "400": error("Empty or invalid query")}}},
            "/api/series": {"get": {
                "summary": "People returned per exchange or release, and running totals", "operationId": "series",
                "parameters": [as_of()],
                "responses": {"200": ok("The series, oldest first", json!({"type": "object", "properties": {
                    "as_of": {"type": ["string", "null"]}, "undated_left_out": {"type": "integer"},
                    "points": {"type": "array", "items": {"$ref": "#/components/schemas/SeriesPoint"}}}}))}}},
            "/api/openapi.json": {"get": {
                "summary": "This document", "operationId": "openapi",
                "responses": {"200": ok("OpenAPI 3.1", json!({"type": "object"}))}}}
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_is_described() {
        let s = spec();
        for (method, path) in crate::api::ROUTES {
            assert!(
                s["paths"][path][method].is_object(),
                "{method} {path} is not in the OpenAPI document"
            );
        }
        let n: usize = s["paths"]
            .as_object()
            .unwrap()
            .values()
            .map(|p| p.as_object().unwrap().len())
            .sum();
        assert_eq!(
            n,
            crate::api::ROUTES.len(),
            "the document describes a route the server lacks"
        );
    }
}
