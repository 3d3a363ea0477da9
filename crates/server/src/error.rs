//! The server's typed errors and how each becomes an HTTP answer: a status
//! that fits and a JSON body `{"error": {"status", "code", "message"}}`.
//!
//! Messages name what the client can fix; an internal failure (a database
//! error, a worker that panicked) is logged on the server's standard error and
//! answered with a bare "internal error": no stack trace or SQL reaches the
//! client. Pages render the same errors as HTML (see `pages`).

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use swapledger_ledger::LedgerError;

/// Everything a request can fail with.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    /// No such event, document or route.
    #[error("{0}")]
    NotFound(String),
    /// A parameter that does not parse (a date, a kind, a search query).
    #[error("{0}")]
    BadRequest(String),
    /// A well-formed request the ledger refuses (an unknown figure, an empty note).
    #[error("{0}")]
    Unprocessable(String),
    /// A write without the right bearer token.
    #[error("a write needs the server's token: send `Authorization: Bearer <token>`")]
    Unauthorized,
    /// A write to a server started without a token.
    #[error("this server is read-only: start it with --token-file FILE or SWAPLEDGER_TOKEN to allow writes")]
    ReadOnly,
    /// A method the route does not take.
    #[error("method not allowed here")]
    MethodNotAllowed,
    /// A body over the limit.
    #[error("request body too large (limit {0} bytes)")]
    PayloadTooLarge(usize),
    /// A body of a type the endpoint does not take.
    #[error("{0}")]
    UnsupportedMediaType(String),
    /// The request took longer than the server's time limit.
    #[error("the request took longer than {0} s")]
    Timeout(u64),
    /// A ledger error (mapped by kind: a missing event is 404, a bad figure 422, a database error 500).
    #[error(transparent)]
    Ledger(#[from] LedgerError),
    /// Anything else that is the server's fault (logged, not shown).
    #[error("internal error: {0}")]
    Internal(String),
}

/// The server's result type.
pub type Result<T, E = ServerError> = std::result::Result<T, E>;

impl ServerError {
    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        match self {
            ServerError::NotFound(_) => StatusCode::NOT_FOUND,
            ServerError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ServerError::Unprocessable(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ServerError::Unauthorized => StatusCode::UNAUTHORIZED,
            ServerError::ReadOnly => StatusCode::FORBIDDEN,
            ServerError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            ServerError::PayloadTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            ServerError::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ServerError::Timeout(_) => StatusCode::SERVICE_UNAVAILABLE,
            ServerError::Ledger(e) => match e {
                LedgerError::NoSuchEvent(_) => StatusCode::NOT_FOUND,
                LedgerError::UnknownField(_)
                | LedgerError::InvalidValue(_)
                | LedgerError::EmptyNote => StatusCode::UNPROCESSABLE_ENTITY,
                LedgerError::Search(_) => StatusCode::BAD_REQUEST,
                _ => StatusCode::INTERNAL_SERVER_ERROR,
            },
            ServerError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// A short machine-readable code (`not_found`, `bad_request`, ...).
    pub fn code(&self) -> &'static str {
        match self.status() {
            StatusCode::NOT_FOUND => "not_found",
            StatusCode::BAD_REQUEST => "bad_request",
            StatusCode::UNPROCESSABLE_ENTITY => "unprocessable",
            StatusCode::UNAUTHORIZED => "unauthorized",
            StatusCode::FORBIDDEN => "read_only",
            StatusCode::METHOD_NOT_ALLOWED => "method_not_allowed",
            StatusCode::PAYLOAD_TOO_LARGE => "payload_too_large",
            StatusCode::UNSUPPORTED_MEDIA_TYPE => "unsupported_media_type",
            StatusCode::SERVICE_UNAVAILABLE => "timeout",
            _ => "internal",
        }
    }

    /// What the client is told: the error's own message, except for internal
    /// failures, which are logged here and answered without detail.
    pub fn public_message(&self) -> String {
        if self.status().is_server_error() && !matches!(self, ServerError::Timeout(_)) {
            eprintln!("swapledger-server: {self}");
            return "internal error (logged on the server)".to_string();
        }
        match self {
            // The ledger's FTS5 message says what is wrong with the query.
            ServerError::Ledger(LedgerError::Search(m)) => format!("search query: {m}"),
            other => other.to_string(),
        }
    }

    /// The JSON body of this error.
    pub fn body(&self) -> serde_json::Value {
        serde_json::json!({
            "error": {
                "status": self.status().as_u16(),
                "code": self.code(),
                "message": self.public_message(),
            }
        })
    }
}

impl IntoResponse for ServerError {
    fn into_response(self) -> Response {
        let mut res = (self.status(), Json(self.body())).into_response();
        if matches!(self, ServerError::Unauthorized) {
            res.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"swapledger\""),
            );
        }
        res
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_fit_and_internal_errors_say_nothing() {
        assert_eq!(
            ServerError::Ledger(LedgerError::NoSuchEvent("x".into())).status(),
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            ServerError::Ledger(LedgerError::EmptyNote).status(),
            StatusCode::UNPROCESSABLE_ENTITY
        );
        let e = ServerError::Ledger(LedgerError::Corrupt("secret path /x/y".into()));
        assert_eq!(e.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let body = e.body().to_string();
        assert!(!body.contains("secret"), "{body}");
    }
}
