//! `/documents/{id}`: one report. Its metadata, its text with the evidence of
//! every fact highlighted (each highlight links to its event's figure; the
//! fact the reader came from, `?event=&field=`, is emphasised and scrolled to),
//! and the list of facts with the sentence each was read from.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::Response;
use serde::Deserialize;

use crate::api::documents::valid_id;
use crate::error::ServerError;
use crate::evidence::{events_of_document, facts, segments, DocFact};
use crate::i18n::{PageLang, Tr};
use crate::pages::{count_text, encode_path, event_href, render, Chrome, InLang, PageError};
use crate::params::{date, Params};
use crate::state::AppState;

/// A stretch of the text.
#[derive(Debug, Clone)]
pub struct SegmentView {
    /// The text (escaped by the template).
    pub text: String,
    /// Evidence of some fact.
    pub marked: bool,
    /// Evidence of the fact the reader came from.
    pub focus: bool,
    /// The first stretch of that fact (gets `id="focus"`).
    pub first_focus: bool,
    /// Link to the event's figure.
    pub href: String,
    /// The facts it is evidence of, in words.
    pub title: String,
}

/// One fact in the list.
#[derive(Debug, Clone)]
pub struct FactView {
    /// Link to the event's figure.
    pub href: String,
    /// Event id.
    pub event: String,
    /// Event kind and day in words.
    pub event_label: String,
    /// The figure in words.
    pub field: String,
    /// The value in words.
    pub value: String,
    /// Main or background.
    pub role: String,
    /// The sentence(s).
    pub quote: String,
    /// The fact the reader came from.
    pub focus: bool,
}

#[derive(Template)]
#[template(path = "document.html")]
struct DocumentPage {
    chrome: Chrome,
    tr: Tr,
    id: String,
    source: String,
    published: String,
    language: String,
    text_lang: String,
    url: Option<String>,
    sightings: Vec<String>,
    segments: Vec<SegmentView>,
    facts: Vec<FactView>,
    json_href: String,
}

/// The query of a document page.
#[derive(Debug, Default, Deserialize)]
pub struct DocQuery {
    /// The event of the fact to emphasise.
    pub event: Option<String>,
    /// The figure of the fact to emphasise.
    pub field: Option<String>,
    /// As known on this day.
    pub as_of: Option<String>,
}

fn figure_href(f: &DocFact) -> String {
    format!("{}#fig-{}", event_href(&f.event), f.field.replace('.', "-"))
}

/// Only `http(s)` addresses become links; anything else is shown as text.
fn safe_url(u: &str) -> bool {
    let l = u.trim_start().to_ascii_lowercase();
    l.starts_with("http://") || l.starts_with("https://")
}

/// `GET /documents/{id}?event&field&as_of`.
pub async fn page(
    State(st): State<AppState>,
    Path(id): Path<String>,
    lang: PageLang,
    uri: Uri,
) -> Result<Response, PageError> {
    let tr = lang.tr();
    let q: DocQuery = Params::<DocQuery>::parse(uri.query()).in_lang(lang.lang)?;
    let as_of = date("as_of", q.as_of.as_deref()).in_lang(lang.lang)?;
    let not_found = || ServerError::NotFound(tr.t("document-not-found"));
    if !valid_id(&id) {
        return Err(not_found()).in_lang(lang.lang);
    }
    let wanted = id.clone();
    let (doc, events) = st
        .pool
        .read(move |l| {
            let Some(doc) = l.document(&wanted)? else {
                return Ok(None);
            };
            let events = events_of_document(l, &doc, as_of)?;
            Ok(Some((doc, events)))
        })
        .await
        .in_lang(lang.lang)?
        .ok_or_else(not_found)
        .in_lang(lang.lang)?;
    let facts = facts(&doc.body, &doc.id, &events);
    let is_focus = |f: &DocFact| {
        q.event.as_deref() == Some(f.event.as_str()) && q.field.as_deref() == Some(f.field.as_str())
    };
    let mut seen_focus = false;
    let segs = segments(&doc.body, &facts)
        .into_iter()
        .map(|s| {
            let covering: Vec<&DocFact> = s.facts.iter().map(|&i| &facts[i]).collect();
            let focus = covering.iter().any(|f| is_focus(f));
            let first_focus = focus && !seen_focus;
            seen_focus |= focus;
            let lead = covering
                .iter()
                .find(|f| is_focus(f))
                .or_else(|| covering.first());
            SegmentView {
                marked: !covering.is_empty(),
                focus,
                first_focus,
                href: lead.map(|f| figure_href(f)).unwrap_or_default(),
                title: covering
                    .iter()
                    .map(|f| {
                        format!(
                            "{}: {} ({})",
                            tr.field(&f.field),
                            count_text(&tr, f.value),
                            f.event
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("; "),
                text: s.text,
            }
        })
        .collect();
    let fact_views = facts
        .iter()
        .map(|f| FactView {
            href: figure_href(f),
            event: f.event.clone(),
            event_label: format!(
                "{}, {}",
                swapledger_extract::Kind::parse(&f.kind)
                    .map(|k| tr.kind(k))
                    .unwrap_or_else(|| f.kind.clone()),
                f.date
            ),
            field: tr.field(&f.field),
            value: count_text(&tr, f.value),
            role: tr.t(&format!("role-{}", f.role.as_str())),
            quote: f
                .evidence
                .iter()
                .map(|q| q.text.as_str())
                .collect::<Vec<_>>()
                .join(" … "),
            focus: is_focus(f),
        })
        .collect();
    let none = tr.t("none");
    let title = format!(
        "{} · {}",
        tr.t("document-title"),
        doc.source
            .clone()
            .unwrap_or_else(|| doc.id[..12].to_string())
    );
    let page = DocumentPage {
        chrome: Chrome::new(lang.lang, &uri, title),
        tr,
        id: doc.id.clone(),
        source: doc.source.clone().unwrap_or_else(|| none.clone()),
        published: doc
            .published
            .map(|d| d.to_string())
            .unwrap_or_else(|| none.clone()),
        language: tr.doc_lang(doc.language.as_deref()),
        text_lang: doc.language.clone().unwrap_or_default(),
        url: doc.url.clone().filter(|u| safe_url(u)),
        sightings: doc.sightings.iter().map(|s| s.path.clone()).collect(),
        segments: segs,
        facts: fact_views,
        json_href: format!("/api/documents/{}", encode_path(&doc.id)),
    };
    render(&page, lang)
}

#[cfg(test)]
mod tests {
    use super::safe_url;

    #[test]
    fn only_web_addresses_are_links() {
        assert!(safe_url("https://example.org/a"));
        assert!(!safe_url("javascript:alert(1)"));
        assert!(!safe_url(" JAVASCRIPT:alert(1)"));
        assert!(!safe_url("data:text/html,<script>"));
    }
}
