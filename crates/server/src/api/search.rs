//! `/api/search?q=`: full text over document bodies (the ledger's FTS5 index).

use axum::extract::State;
use axum::Json;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use swapledger_ledger::{Ledger, SearchHit};

use crate::error::{Result, ServerError};
use crate::params::{date, Params};
use crate::state::AppState;

/// The query of a search.
#[derive(Debug, Default, Deserialize)]
pub struct SearchQuery {
    /// FTS5 query (words, `"phrases"`, `OR`, `prefix*`).
    pub q: Option<String>,
    /// Most hits (1..=100, default 20).
    pub limit: Option<String>,
    /// Only documents published up to this day.
    pub as_of: Option<String>,
}

/// A hit with its document's metadata.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    /// Document id.
    pub document: String,
    /// A snippet with the match between `[` and `]`.
    pub snippet: String,
    /// FTS5 rank (lower is better).
    pub rank: f64,
    /// Outlet or channel.
    pub source: Option<String>,
    /// Publication date.
    pub published: Option<String>,
    /// `uk`, `ru`, `en`.
    pub language: Option<String>,
}

/// Run a search on one connection: the hits with metadata, filtered by as-of.
pub fn run(
    l: &Ledger,
    q: &str,
    limit: usize,
    as_of: Option<chrono::NaiveDate>,
) -> Result<Vec<Hit>> {
    // With as-of, ask for more and drop the later ones.
    let ask = if as_of.is_some() { limit * 5 } else { limit };
    let hits: Vec<SearchHit> = l.search(q, ask)?;
    let mut out = Vec::new();
    for h in hits {
        let doc = l.document(&h.document)?;
        let (source, published, language) = match doc {
            Some(d) => (d.source, d.published, d.language),
            None => (None, None, None),
        };
        if let Some(a) = as_of {
            if published.is_none_or(|p| p > a) {
                continue;
            }
        }
        out.push(Hit {
            document: h.document,
            snippet: h.snippet,
            rank: h.rank,
            source,
            published: published.map(|d| d.to_string()),
            language,
        });
        if out.len() == limit {
            break;
        }
    }
    Ok(out)
}

/// `GET /api/search?q=&limit=&as_of=`.
pub async fn search(
    State(st): State<AppState>,
    Params(p): Params<SearchQuery>,
) -> Result<Json<Value>> {
    let q = p.q.unwrap_or_default();
    if q.trim().is_empty() {
        return Err(ServerError::BadRequest(
            "q: give the words to search for".into(),
        ));
    }
    let limit = match p.limit.as_deref() {
        None | Some("") => 20,
        Some(s) => s
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=100).contains(n))
            .ok_or_else(|| ServerError::BadRequest(format!("limit: {s:?} is not 1..100")))?,
    };
    let as_of = date("as_of", p.as_of.as_deref())?;
    let query = q.clone();
    let hits = st.pool.read(move |l| run(l, &query, limit, as_of)).await?;
    Ok(Json(json!({
        "query": q,
        "as_of": as_of.map(|d| d.to_string()),
        "count": hits.len(),
        "hits": hits,
    })))
}
