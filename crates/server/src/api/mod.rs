//! The JSON API under `/api`: reads for everyone, writes with the bearer
//! token, an OpenAPI document at `/api/openapi.json`, and JSON errors for
//! everything that fails (including unknown routes and bad bodies).

pub mod documents;
pub mod events;
pub mod openapi;
pub mod search;
pub mod series;

use axum::extract::rejection::JsonRejection;
use axum::extract::{Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;

use crate::error::ServerError;
use crate::state::AppState;

/// Every route of the API as (method, path): the OpenAPI test checks that the
/// document describes each one.
pub const ROUTES: &[(&str, &str)] = &[
    ("get", "/api/events"),
    ("get", "/api/events/{id}"),
    ("get", "/api/events/{id}/summary"),
    ("post", "/api/events/{id}/corrections"),
    ("get", "/api/documents/{id}"),
    ("post", "/api/documents"),
    ("get", "/api/search"),
    ("get", "/api/series"),
    ("get", "/api/openapi.json"),
];

/// The API router (paths include `/api`).
pub fn router(state: AppState) -> Router<AppState> {
    let writes = Router::new()
        .route("/api/documents", post(documents::post))
        .route("/api/events/{id}/corrections", post(events::correct))
        .route_layer(middleware::from_fn_with_state(state, require_token));
    Router::new()
        .route("/api/events", get(events::list))
        .route("/api/events/{id}", get(events::get))
        .route("/api/events/{id}/summary", get(events::summary))
        .route("/api/documents/{id}", get(documents::get))
        .route("/api/search", get(search::search))
        .route("/api/series", get(series::series))
        .route("/api/openapi.json", get(openapi::document))
        .merge(writes)
}

/// Refuse a write before its body is read: 403 on a read-only server, 401
/// without the right `Authorization: Bearer` token.
async fn require_token(
    State(st): State<AppState>,
    req: Request,
    next: Next,
) -> Result<Response, ServerError> {
    let Some(token) = &st.token else {
        return Err(ServerError::ReadOnly);
    };
    let presented = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    match presented {
        Some(p) if token.matches(p) => Ok(next.run(req).await),
        _ => Err(ServerError::Unauthorized),
    }
}

/// A JSON body that could not be read, as a JSON error.
pub fn json_rejection(e: JsonRejection, limit: usize) -> ServerError {
    match e.status() {
        StatusCode::PAYLOAD_TOO_LARGE => ServerError::PayloadTooLarge(limit),
        StatusCode::UNSUPPORTED_MEDIA_TYPE => {
            ServerError::UnsupportedMediaType("send the body as application/json".into())
        }
        StatusCode::UNPROCESSABLE_ENTITY => ServerError::Unprocessable(e.body_text()),
        _ => ServerError::BadRequest(e.body_text()),
    }
}
