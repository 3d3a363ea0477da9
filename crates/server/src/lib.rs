//! The HTTP server of the ledger: a JSON API described by an OpenAPI document,
//! and server-rendered pages in Ukrainian, English and Russian.
//!
//! # Routes
//!
//! | route | what |
//! | --- | --- |
//! | `GET /api/events?from&to&kind&conflicts&as_of&limit&offset` | a page of events (limit 1..1000, default 100), without their claims, with `total` and `next` |
//! | `GET /api/events/{id}?as_of` | one event, with every claim (the ledger's event JSON) |
//! | `GET /api/events/{id}/summary?lang&format&as_of` | its summary (uk/en/ru; text, markdown, html) |
//! | `GET /api/documents/{id}?as_of` | text, metadata, and the facts read from it with their spans |
//! | `GET /api/search?q&limit&as_of` | FTS5 search over bodies |
//! | `GET /api/series?as_of` | people returned per event and cumulative |
//! | `GET /api/openapi.json` | the OpenAPI 3.1 document |
//! | `POST /api/documents` (token) | ingest one document (text with front matter, or HTML), reconcile |
//! | `POST /api/events/{id}/corrections` (token) | correct one figure (audit-logged) |
//! | `GET /`, `/events/{id}`, `/documents/{id}`, `/search` | pages |
//!
//! The server is read-only unless started with a [`WriteToken`]; writes then
//! need `Authorization: Bearer <token>`. Bodies are limited in size,
//! requests in time, and the time a client may take to send its headers
//! ([`Limits`]); errors are JSON with a fitting status and no
//! internals. Every piece of document text is escaped wherever it is shown.
//!
//! # Use
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use swapledger_server::{shutdown_signal, Server, ServerConfig};
//!
//! let server = Server::bind(ServerConfig::new("swapledger.db", "127.0.0.1:0".parse()?)).await?;
//! println!("{}", server.url());
//! server.run_until(shutdown_signal()).await?;
//! # Ok(()) }
//! ```
#![deny(missing_docs)]

pub mod api;
pub mod chart;
mod config;
pub mod demo;
mod error;
pub mod evidence;
pub mod i18n;
pub mod pages;
pub mod params;
mod startup;
mod state;

pub use config::{Limits, ServerConfig, TokenError, WriteToken};
pub use error::{Result, ServerError};
pub use startup::{app, run_blocking, shutdown_signal, Server, StartError, CSP};
pub use state::{AppState, Pool};
