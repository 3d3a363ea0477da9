//! `/search?q=`: full-text search over the reports. The query is tried as
//! FTS5 syntax first; when FTS5 rejects it, each word is searched as a quoted
//! term instead, so any text a reader types works.

use askama::Template;
use axum::extract::State;
use axum::http::Uri;
use axum::response::Response;
use serde::Deserialize;
use swapledger_ledger::LedgerError;

use crate::api::search::run;
use crate::error::ServerError;
use crate::i18n::{PageLang, Tr};
use crate::pages::{encode_path, render, Chrome, InLang, PageError};
use crate::params::{date, Params};
use crate::state::AppState;

/// One piece of a snippet: matched or not.
#[derive(Debug, Clone)]
pub struct Piece {
    /// The text (escaped by the template).
    pub text: String,
    /// Part of the match.
    pub hit: bool,
}

/// One result.
#[derive(Debug, Clone)]
pub struct HitView {
    /// Document page.
    pub href: String,
    /// Outlet.
    pub source: String,
    /// Publication day.
    pub published: String,
    /// Language in words.
    pub language: String,
    /// The snippet.
    pub pieces: Vec<Piece>,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage {
    chrome: Chrome,
    tr: Tr,
    q: String,
    searched: bool,
    count_label: String,
    hits: Vec<HitView>,
    error: Option<String>,
}

/// The query of the search page.
#[derive(Debug, Default, Deserialize)]
pub struct PageQuery {
    /// The words.
    pub q: Option<String>,
    /// As known on this day.
    pub as_of: Option<String>,
}

/// Cut an FTS5 snippet at its `[`/`]` markers.
pub fn pieces(snippet: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut hit = false;
    for c in snippet.chars() {
        match c {
            '[' if !hit => {
                if !cur.is_empty() {
                    out.push(Piece {
                        text: std::mem::take(&mut cur),
                        hit,
                    });
                }
                hit = true;
            }
            ']' if hit => {
                out.push(Piece {
                    text: std::mem::take(&mut cur),
                    hit,
                });
                hit = false;
            }
            c => cur.push(c),
        }
    }
    if !cur.is_empty() {
        out.push(Piece { text: cur, hit });
    }
    out
}

/// Each word as a quoted FTS5 term.
pub fn quoted_terms(q: &str) -> String {
    q.split_whitespace()
        .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(" ")
}

/// `GET /search?q=&as_of=`.
pub async fn page(
    State(st): State<AppState>,
    lang: PageLang,
    uri: Uri,
) -> Result<Response, PageError> {
    let tr = lang.tr();
    let p: PageQuery = Params::<PageQuery>::parse(uri.query()).in_lang(lang.lang)?;
    let as_of = date("as_of", p.as_of.as_deref()).in_lang(lang.lang)?;
    let q = p.q.unwrap_or_default();
    let mut hits = Vec::new();
    let mut error = None;
    let searched = !q.trim().is_empty();
    if searched {
        let query = q.clone();
        let found = st
            .pool
            .read(move |l| match run(l, &query, 50, as_of) {
                Err(ServerError::Ledger(LedgerError::Search(_))) => {
                    run(l, &quoted_terms(&query), 50, as_of)
                }
                other => other,
            })
            .await;
        match found {
            Ok(h) => hits = h,
            Err(e @ ServerError::Ledger(LedgerError::Search(_))) => {
                error = Some(e.public_message())
            }
            Err(e) => return Err(e).in_lang(lang.lang),
        }
    }
    let none = tr.t("none");
    let views: Vec<HitView> = hits
        .into_iter()
        .map(|h| HitView {
            href: format!("/documents/{}", encode_path(&h.document)),
            source: h.source.unwrap_or_else(|| none.clone()),
            published: h.published.unwrap_or_default(),
            language: tr.doc_lang(h.language.as_deref()),
            pieces: pieces(&h.snippet),
        })
        .collect();
    let page = SearchPage {
        chrome: Chrome::new(lang.lang, &uri, tr.t("search-title")),
        tr,
        count_label: tr.tn("search-results", "count", views.len() as u64),
        q,
        searched,
        hits: views,
        error,
    };
    render(&page, lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_split_at_markers_and_terms_are_quoted() {
        let p = pieces("…повернулися [207] <b>захисників[x]");
        assert_eq!(p.len(), 4);
        assert!(p[1].hit && p[1].text == "207");
        assert_eq!(p[2].text, " <b>захисників");
        assert_eq!(quoted_terms("a-b \"c"), "\"a-b\" \"\"\"c\"");
    }
}
