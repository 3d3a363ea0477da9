//! Server-rendered pages: `/` (timeline), `/events/{id}`, `/documents/{id}`,
//! `/search`, and the stylesheet. No JavaScript.
//!
//! Templates are askama (`templates/*.html`), compiled into the binary and
//! escaping every value by default: document text, sources, urls and queries
//! are always shown as text. The only unescaped inserts are markup this crate
//! builds with its own escaping (the chart) and the summary HTML of
//! `swapledger-publish`, which escapes its inputs (both tested with hostile
//! documents). Each page sets `lang` on `<html>`, offers the other two
//! languages as links that keep the current query, and remembers a `?lang=`
//! choice in a cookie.

pub mod document;
pub mod event;
pub mod search;
pub mod timeline;

use askama::Template;
use axum::http::{header, HeaderValue, StatusCode, Uri};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use swapledger_ledger::{CountValue, Figure};
use swapledger_text::Approx;

use crate::error::ServerError;
use crate::i18n::{PageLang, Tr, UiLang};
use crate::state::AppState;

/// The page router.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(timeline::page))
        .route("/events/{id}", get(event::page))
        .route("/documents/{id}", get(document::page))
        .route("/search", get(search::page))
        .route("/static/style.css", get(stylesheet))
}

/// A link of the language switcher.
#[derive(Debug, Clone)]
pub struct LangLink {
    /// `uk`, `en`, `ru`.
    pub code: &'static str,
    /// The language's own name.
    pub name: &'static str,
    /// This URL with `lang=` set.
    pub href: String,
    /// The page's language.
    pub current: bool,
}

/// What every page's frame needs.
#[derive(Debug, Clone)]
pub struct Chrome {
    /// The page's language code.
    pub lang_code: &'static str,
    /// The page's title.
    pub title: String,
    /// The language switcher.
    pub langs: Vec<LangLink>,
}

/// `uri` with `lang=` replaced by `code`.
pub fn with_lang(uri: &Uri, code: &str) -> String {
    let mut parts: Vec<&str> = uri
        .query()
        .unwrap_or("")
        .split('&')
        .filter(|kv| !kv.is_empty() && !kv.starts_with("lang="))
        .collect();
    let lang = format!("lang={code}");
    parts.push(&lang);
    format!("{}?{}", uri.path(), parts.join("&"))
}

impl Chrome {
    /// The frame of a page at `uri` titled `title`.
    pub fn new(lang: UiLang, uri: &Uri, title: String) -> Chrome {
        Chrome {
            lang_code: lang.code(),
            title,
            langs: UiLang::ALL
                .iter()
                .map(|l| LangLink {
                    code: l.code(),
                    name: l.native_name(),
                    href: with_lang(uri, l.code()),
                    current: *l == lang,
                })
                .collect(),
        }
    }
}

/// An error shown as an HTML page with the error's status.
#[derive(Debug)]
pub struct PageError {
    /// What went wrong.
    pub error: ServerError,
    /// The language to say it in.
    pub lang: UiLang,
}

/// The error page.
#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    chrome: Chrome,
    tr: Tr,
    heading: String,
    message: String,
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let tr = Tr::new(self.lang);
        let status = self.error.status();
        let heading = match status {
            StatusCode::NOT_FOUND => tr.t("error-not-found"),
            s if s.is_server_error() => tr.t("error-internal"),
            _ => tr.t("error-bad-request"),
        };
        let page = ErrorPage {
            chrome: Chrome::new(self.lang, &Uri::from_static("/"), tr.t("error-title")),
            tr,
            heading,
            message: self.error.public_message(),
        };
        match page.render() {
            Ok(html) => (status, Html(html)).into_response(),
            Err(_) => (status, self.error.public_message()).into_response(),
        }
    }
}

/// Attach a language to an error.
pub trait InLang<T> {
    /// The error as a page in `lang`.
    fn in_lang(self, lang: UiLang) -> Result<T, PageError>;
}

impl<T> InLang<T> for Result<T, ServerError> {
    fn in_lang(self, lang: UiLang) -> Result<T, PageError> {
        self.map_err(|error| PageError { error, lang })
    }
}

/// Render a page, setting the language cookie when `?lang=` chose it.
pub fn render(t: &impl Template, lang: PageLang) -> Result<Response, PageError> {
    let html = t
        .render()
        .map_err(|e| ServerError::Internal(format!("template: {e}")))
        .in_lang(lang.lang)?;
    let mut res = Html(html).into_response();
    if lang.from_query {
        let cookie = format!(
            "lang={}; Path=/; Max-Age=31536000; SameSite=Lax",
            lang.lang.code()
        );
        if let Ok(v) = HeaderValue::from_str(&cookie) {
            res.headers_mut().insert(header::SET_COOKIE, v);
        }
    }
    Ok(res)
}

/// A count as words: "207", "over 200" in the page's language.
pub fn count_text(tr: &Tr, v: CountValue) -> String {
    approx_text(tr, v.value(), v.qualifier())
}

/// A number with its qualifier in the page's language.
pub fn approx_text(tr: &Tr, value: u64, approx: Option<Approx>) -> String {
    match approx {
        None => value.to_string(),
        Some(a) => format!("{} {value}", tr.t(&format!("approx-{}", a.as_str()))),
    }
}

/// A figure's best value as text ("—" when none).
pub fn best_text(tr: &Tr, f: Option<&Figure>) -> String {
    match f.and_then(|f| f.best.map(|b| (b, f.approx))) {
        Some((b, a)) => approx_text(tr, b, a),
        None => tr.t("none"),
    }
}

/// The event page of an id.
pub fn event_href(id: &str) -> String {
    format!("/events/{}", encode_path(id))
}

/// Percent-encode a path segment (ids are ASCII already; this is a guard).
pub fn encode_path(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

async fn stylesheet() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../../static/style.css"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lang_links_keep_the_query() {
        let uri: Uri = "/?from=2024-01-01&lang=uk".parse().unwrap();
        assert_eq!(with_lang(&uri, "ru"), "/?from=2024-01-01&lang=ru");
        assert_eq!(encode_path("a b/<"), "a%20b%2F%3C");
    }
}
