//! `/api/series`: people returned per exchange or release, and the running totals.

use axum::extract::State;
use axum::Json;
use serde_json::{json, Value};

use crate::error::Result;
use crate::params::{AsOfQuery, Params};
use crate::state::AppState;

/// `GET /api/series?as_of`.
pub async fn series(
    State(st): State<AppState>,
    Params(q): Params<AsOfQuery>,
) -> Result<Json<Value>> {
    let as_of = q.as_of()?;
    let ans = st.pool.read(move |l| Ok(l.series(as_of)?)).await?;
    Ok(Json(json!({
        "as_of": ans.as_of.map(|d| d.to_string()),
        "undated_left_out": ans.undated_left_out,
        "points": ans.value,
    })))
}
