//! Building the application and binding it: the routers, the limits
//! (body size, time, concurrent database work), security headers, JSON or
//! HTML answers for unknown routes and panics, and graceful shutdown.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{header, HeaderValue, Response as HttpResponse, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::Router;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::set_header::SetResponseHeaderLayer;

use crate::config::ServerConfig;
use crate::error::ServerError;
use crate::i18n::PageLang;
use crate::pages::PageError;
use crate::state::{AppState, Pool};

/// Why a server could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// The ledger could not be opened or reconciled.
    #[error("opening the ledger {path}: {source}")]
    Ledger {
        /// The file.
        path: String,
        /// Why.
        source: ServerError,
    },
    /// The address could not be bound.
    #[error("listening on {addr}: {source}")]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// Why.
        source: std::io::Error,
    },
}

impl StartError {
    /// Whether the address was already taken.
    pub fn addr_in_use(&self) -> bool {
        matches!(self, StartError::Bind { source, .. } if source.kind() == std::io::ErrorKind::AddrInUse)
    }
}

/// The pages' Content-Security-Policy: no scripts at all, styles and images
/// from this server only, no framing.
pub const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// The whole application over `state`.
pub fn app(state: AppState) -> Router {
    let limits = state.limits;
    Router::new()
        .merge(crate::api::router(state.clone()))
        .merge(crate::pages::router())
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(middleware::from_fn_with_state(state.clone(), time_limit))
        .layer(DefaultBodyLimit::max(limits.body_bytes))
        .layer(CatchPanicLayer::custom(panic_response))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .with_state(state)
}

/// Unknown routes: JSON under `/api`, a page elsewhere.
async fn not_found(lang: PageLang, req: Request) -> Response {
    let path = req.uri().path().to_string();
    let err = ServerError::NotFound(format!("no route {path}"));
    if path == "/api" || path.starts_with("/api/") {
        err.into_response()
    } else {
        PageError {
            error: err,
            lang: lang.lang,
        }
        .into_response()
    }
}

/// A method a route does not take: JSON under `/api`, a page elsewhere.
async fn method_not_allowed(lang: PageLang, req: Request) -> Response {
    let err = ServerError::MethodNotAllowed;
    if req.uri().path().starts_with("/api/") {
        err.into_response()
    } else {
        PageError {
            error: err,
            lang: lang.lang,
        }
        .into_response()
    }
}

/// Answer 503 (JSON) when a request takes longer than the limit.
async fn time_limit(State(st): State<AppState>, req: Request, next: Next) -> Response {
    let limit = st.limits.timeout;
    match tokio::time::timeout(limit, next.run(req)).await {
        Ok(res) => res,
        Err(_) => ServerError::Timeout(limit.as_secs()).into_response(),
    }
}

fn panic_response(_: Box<dyn std::any::Any + Send + 'static>) -> HttpResponse<Body> {
    eprintln!("swapledger-server: a handler panicked");
    let body = ServerError::Internal("a handler panicked".into()).body();
    let mut res = HttpResponse::new(Body::from(body.to_string()));
    *res.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    res
}

/// A bound server, ready to run.
#[derive(Debug)]
pub struct Server {
    listener: tokio::net::TcpListener,
    app: Router,
    addr: SocketAddr,
    read_only: bool,
    header_read: Duration,
}

impl Server {
    /// Open the ledger (reconciling it first when claims are newer than its
    /// events) and bind the address (port 0: any free port).
    pub async fn bind(config: ServerConfig) -> Result<Server, StartError> {
        let path = config.db.display().to_string();
        let ledger_err = |source| StartError::Ledger {
            path: path.clone(),
            source,
        };
        let pool =
            Arc::new(Pool::open(config.db.clone(), config.limits.connections).map_err(ledger_err)?);
        pool.write(|l| {
            if l.is_dirty()? {
                l.reconcile()?;
            }
            Ok(())
        })
        .await
        .map_err(ledger_err)?;
        let listener = tokio::net::TcpListener::bind(config.addr)
            .await
            .map_err(|source| StartError::Bind {
                addr: config.addr,
                source,
            })?;
        let addr = listener.local_addr().map_err(|source| StartError::Bind {
            addr: config.addr,
            source,
        })?;
        let read_only = config.token.is_none();
        let header_read = config.limits.header_read;
        let state = AppState {
            pool,
            token: config.token.map(Arc::new),
            limits: config.limits,
        };
        Ok(Server {
            listener,
            app: app(state),
            addr,
            read_only,
            header_read,
        })
    }

    /// The address actually bound.
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://ADDR/`.
    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    /// Whether writes are refused (no token).
    pub fn read_only(&self) -> bool {
        self.read_only
    }

    /// Serve until `shutdown` completes, then stop accepting and finish the
    /// requests in flight (for at most 10 s).
    ///
    /// HTTP/1.1 through hyper directly rather than `axum::serve`, which has no
    /// header read timeout: a client that has not sent a request's headers
    /// within [`Limits::header_read`](crate::Limits) is disconnected.
    pub async fn run_until(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        let Server {
            listener,
            app,
            header_read,
            ..
        } = self;
        let mut http = hyper::server::conn::http1::Builder::new();
        http.timer(TokioTimer::new())
            .header_read_timeout(header_read);
        let graceful = GracefulShutdown::new();
        let mut shutdown = std::pin::pin!(shutdown);
        loop {
            let (stream, _peer) = tokio::select! {
                accepted = listener.accept() => match accepted {
                    Ok(conn) => conn,
                    Err(e) => {
                        accept_error(e).await;
                        continue;
                    }
                },
                () = &mut shutdown => break,
            };
            let service = TowerToHyperService::new(app.clone());
            let conn = http.serve_connection(TokioIo::new(stream), service);
            let conn = graceful.watch(conn);
            tokio::spawn(async move {
                // A client that goes away or times out is no error of ours.
                let _ = conn.await;
            });
        }
        drop(listener);
        tokio::select! {
            () = graceful.shutdown() => {},
            () = tokio::time::sleep(Duration::from_secs(10)) => {},
        }
        Ok(())
    }
}

/// After a failed `accept`: a client that gave up is nothing; anything else
/// (out of file descriptors) is reported, and accepting pauses a moment so as
/// not to spin (as `axum::serve` does).
async fn accept_error(e: std::io::Error) {
    use std::io::ErrorKind::*;
    if matches!(
        e.kind(),
        ConnectionAborted | ConnectionRefused | ConnectionReset
    ) {
        return;
    }
    eprintln!("swapledger-server: accepting a connection: {e}");
    tokio::time::sleep(Duration::from_millis(500)).await;
}

/// Completes on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}

/// Start a server on its own Tokio runtime and serve until Ctrl-C or SIGTERM.
/// When `any_port_if_taken` and the address is in use, listen on a free port
/// of the same interface instead. `announce` is called once bound (print the
/// URL there). For the command line, which has no runtime of its own.
pub fn run_blocking(
    mut config: ServerConfig,
    any_port_if_taken: bool,
    announce: impl FnOnce(&Server),
) -> Result<(), StartError> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|source| StartError::Bind {
            addr: config.addr,
            source,
        })?;
    rt.block_on(async move {
        let server = match Server::bind(config.clone()).await {
            Err(e) if any_port_if_taken && e.addr_in_use() => {
                config.addr.set_port(0);
                Server::bind(config.clone()).await?
            }
            other => other?,
        };
        announce(&server);
        let addr = server.local_addr();
        server
            .run_until(shutdown_signal())
            .await
            .map_err(|source| StartError::Bind { addr, source })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Limits;
    use axum::routing::get;

    #[tokio::test]
    async fn a_request_over_the_time_limit_is_answered_503_in_json() {
        let dir = tempfile::tempdir().unwrap();
        let pool = Arc::new(Pool::open(dir.path().join("t.db"), 2).unwrap());
        let state = AppState {
            pool,
            token: None,
            limits: Limits {
                timeout: Duration::from_millis(50),
                ..Limits::default()
            },
        };
        let app = Router::new()
            .route(
                "/slow",
                get(|| async {
                    tokio::time::sleep(Duration::from_secs(5)).await;
                    "late"
                }),
            )
            .route("/fast", get(|| async { "ok" }))
            .layer(middleware::from_fn_with_state(state.clone(), time_limit))
            .with_state(state);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await });
        let r = reqwest::get(format!("http://{addr}/slow")).await.unwrap();
        assert_eq!(r.status(), 503);
        let v: serde_json::Value = r.json().await.unwrap();
        assert_eq!(v["error"]["code"], "timeout");
        let r = reqwest::get(format!("http://{addr}/fast")).await.unwrap();
        assert_eq!(r.status(), 200);
    }
}
