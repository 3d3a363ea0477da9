//! `/events/{id}`: one event. Every figure with its low / best / high and the
//! claims behind it (value, source, cited sources, language, role, date, and
//! the sentence it was read from, linked to the highlighted document);
//! conflicting figures and the claims that differ are highlighted; breakdown
//! checks; the named mediators, sources, branches and dates; the corrections
//! history; the reports; and the generated summary in the page's language.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::Response;
use swapledger_extract::report::COUNT_FIELDS;
use swapledger_ledger::{Correction, LedgerEvent, StoredDocument};
use swapledger_publish::{summarize, summary_of, Format};

use crate::api::events::{event_with_previous, WithPrevious};
use crate::error::ServerError;
use crate::evidence::quote;
use crate::i18n::{PageLang, Tr};
use crate::pages::{approx_text, count_text, encode_path, render, Chrome, InLang, PageError};
use crate::params::{AsOfQuery, Params};
use crate::state::AppState;

/// One claim behind a figure.
#[derive(Debug, Clone)]
pub struct ClaimView {
    /// The value in words.
    pub value: String,
    /// Its value differs from the best one in a disputed figure.
    pub differs: bool,
    /// Outlet.
    pub source: String,
    /// Cited sources in words.
    pub cited: String,
    /// Document language in words.
    pub language: String,
    /// Main or background, in words.
    pub role: String,
    /// Publication day.
    pub published: String,
    /// The sentence the value was read from.
    pub quote: String,
    /// The highlighted document at this fact.
    pub href: String,
}

/// One figure.
#[derive(Debug, Clone)]
pub struct FigureView {
    /// HTML id.
    pub anchor: String,
    /// In words.
    pub label: String,
    /// Best value in words.
    pub best: String,
    /// Low bound.
    pub low: String,
    /// High bound.
    pub high: String,
    /// Claims disagree.
    pub conflict: bool,
    /// An analyst's value.
    pub corrected: bool,
    /// The claims.
    pub claims: Vec<ClaimView>,
}

/// One breakdown check.
#[derive(Debug, Clone)]
pub struct CheckView {
    /// What is checked.
    pub label: String,
    /// Whether it adds up.
    pub ok: bool,
    /// The result in words.
    pub verdict: String,
    /// The sums.
    pub detail: String,
}

/// A named set (mediators, sources...).
#[derive(Debug, Clone)]
pub struct ListView {
    /// Its name.
    pub label: String,
    /// Each member with how many reports name it.
    pub items: Vec<(String, String)>,
}

/// One correction.
#[derive(Debug, Clone)]
pub struct CorrectionView {
    /// Sequence number.
    pub seq: i64,
    /// Figure in words.
    pub field: String,
    /// Before.
    pub old: String,
    /// After.
    pub new: String,
    /// Why.
    pub note: String,
    /// Who.
    pub by: String,
    /// When.
    pub at: String,
}

/// One report of the event.
#[derive(Debug, Clone)]
pub struct DocView {
    /// Link to the document page.
    pub href: String,
    /// Outlet.
    pub source: String,
    /// Language in words.
    pub language: String,
    /// Publication day.
    pub published: String,
    /// The opening words.
    pub excerpt: String,
}

#[derive(Template)]
#[template(path = "event.html")]
struct EventPage {
    chrome: Chrome,
    tr: Tr,
    heading: String,
    id: String,
    ordinal: Option<String>,
    conflict: bool,
    summary_html: String,
    figures: Vec<FigureView>,
    checks: Vec<CheckView>,
    lists: Vec<ListView>,
    corrections: Vec<CorrectionView>,
    documents: Vec<DocView>,
    json_href: String,
    as_of_note: Option<String>,
}

/// Figures in reading order: people returned, breakdowns, branches, the rest.
fn figure_rank(key: &str) -> (usize, String) {
    if let Some(i) = COUNT_FIELDS.iter().position(|f| *f == key) {
        return (i, String::new());
    }
    if key.starts_with("branches.") {
        return (100, key.to_string());
    }
    (200, key.to_string())
}

/// The document page at a fact, scrolled to its first highlight.
pub fn fact_href(doc: &str, event: &str, field: &str) -> String {
    format!(
        "/documents/{}?event={}&field={}#focus",
        encode_path(doc),
        encode_path(event),
        encode_path(field)
    )
}

struct Loaded {
    event: LedgerEvent,
    prev: Option<LedgerEvent>,
    docs: HashMap<String, StoredDocument>,
    history: Vec<Correction>,
    undated: usize,
}

/// `GET /events/{id}?as_of`.
pub async fn page(
    State(st): State<AppState>,
    Path(id): Path<String>,
    lang: PageLang,
    uri: Uri,
) -> Result<Response, PageError> {
    let tr = lang.tr();
    let q: AsOfQuery = Params::<AsOfQuery>::parse(uri.query()).in_lang(lang.lang)?;
    let as_of = q.as_of().in_lang(lang.lang)?;
    let wanted = id.clone();
    let loaded = st
        .pool
        .read(move |l| {
            let Some(WithPrevious {
                event,
                previous: prev,
                undated_left_out: undated,
            }) = event_with_previous(l, &wanted, as_of)?
            else {
                return Ok(None);
            };
            let mut docs = HashMap::new();
            for d in &event.documents {
                if let Some(doc) = l.document(d)? {
                    docs.insert(d.clone(), doc);
                }
            }
            let history = l.history(&wanted)?;
            Ok(Some(Loaded {
                event,
                prev,
                docs,
                history,
                undated,
            }))
        })
        .await
        .in_lang(lang.lang)?
        .ok_or_else(|| ServerError::NotFound(tr.t("event-not-found")))
        .in_lang(lang.lang)?;
    let e = &loaded.event;
    let summary_html = summarize(
        &summary_of(e, loaded.prev.as_slice()),
        lang.lang.publish(),
        Format::Html,
    );
    let mut keys: Vec<&String> = e.figures.keys().collect();
    keys.sort_by_key(|k| figure_rank(k));
    let none = tr.t("none");
    let figures = keys
        .into_iter()
        .map(|key| {
            let f = &e.figures[key];
            let claims = f
                .claims
                .iter()
                .map(|c| {
                    let doc = loaded.docs.get(&c.document);
                    let quote = doc
                        .map(|d| {
                            c.evidence
                                .iter()
                                .map(|s| quote(&d.body, s.start, s.end))
                                .collect::<Vec<_>>()
                                .join(" … ")
                        })
                        .unwrap_or_default();
                    ClaimView {
                        value: count_text(&tr, c.value),
                        differs: f.conflict
                            && (Some(c.value.value()) != f.best || c.value.qualifier() != f.approx),
                        source: c.source.clone().unwrap_or_else(|| none.clone()),
                        cited: c
                            .cited
                            .iter()
                            .map(|s| tr.list_value("sources", s))
                            .collect::<Vec<_>>()
                            .join(", "),
                        language: tr.doc_lang(c.language.as_deref()),
                        role: tr.t(&format!("role-{}", c.role.as_str())),
                        published: c.published.map(|d| d.to_string()).unwrap_or_default(),
                        quote,
                        href: fact_href(&c.document, &e.id, key),
                    }
                })
                .collect();
            FigureView {
                anchor: format!("fig-{}", key.replace('.', "-")),
                label: tr.field(key),
                best: match f.best {
                    Some(b) => approx_text(&tr, b, f.approx),
                    None => none.clone(),
                },
                low: f
                    .low
                    .map(|v| v.to_string())
                    .unwrap_or_else(|| tr.t("unbounded")),
                high: f
                    .high
                    .map(|v| v.to_string())
                    .unwrap_or_else(|| tr.t("unbounded")),
                conflict: f.conflict,
                corrected: f.corrected,
                claims,
            }
        })
        .collect();
    let checks = e
        .checks
        .iter()
        .map(|c| CheckView {
            label: tr.t(&format!("check-{}", c.check)),
            ok: c.ok,
            verdict: tr.t(if c.ok { "check-ok" } else { "check-failed" }),
            detail: c.detail.clone(),
        })
        .collect();
    let lists = [
        ("mediators", &e.mediators),
        ("sources", &e.sources),
        ("branches_mentioned", &e.branches_mentioned),
        ("dates", &e.dates),
    ]
    .into_iter()
    .filter(|(_, l)| !l.is_empty())
    .map(|(name, l)| ListView {
        label: tr.t(&format!("list-{name}")),
        items: l
            .iter()
            .map(|i| {
                (
                    tr.list_value(name, &i.value),
                    tr.tn("list-documents", "count", i.documents.len() as u64),
                )
            })
            .collect(),
    })
    .collect();
    let corrections = loaded
        .history
        .iter()
        .map(|c| CorrectionView {
            seq: c.seq,
            field: tr.field(&c.field),
            old: c
                .old
                .map(|o| count_text(&tr, o))
                .unwrap_or_else(|| none.clone()),
            new: count_text(&tr, c.new),
            note: c.note.clone(),
            by: c.by.clone(),
            at: c.at.clone(),
        })
        .collect();
    let mut documents: Vec<DocView> = loaded
        .docs
        .values()
        .map(|d| DocView {
            href: format!("/documents/{}", encode_path(&d.id)),
            source: d.source.clone().unwrap_or_else(|| none.clone()),
            language: tr.doc_lang(d.language.as_deref()),
            published: d.published.map(|p| p.to_string()).unwrap_or_default(),
            excerpt: excerpt(&d.body, 120),
        })
        .collect();
    documents.sort_by(|a, b| (&a.published, &a.href).cmp(&(&b.published, &b.href)));
    let heading = tr.tss(
        "event-heading",
        &[("kind", &tr.kind(e.kind)), ("date", &e.date.to_string())],
    );
    let page = EventPage {
        chrome: Chrome::new(lang.lang, &uri, heading.clone()),
        tr,
        heading,
        id: e.id.clone(),
        ordinal: e
            .ordinal
            .map(|o| tr.ts("event-ordinal", "ordinal", &o.to_string())),
        conflict: e.conflict,
        summary_html,
        figures,
        checks,
        lists,
        corrections,
        documents,
        json_href: format!("/api/events/{}", encode_path(&e.id)),
        as_of_note: as_of.map(|d| {
            tr.tsn(
                "as-of-note",
                ("date", &d.to_string()),
                ("count", loaded.undated as u64),
            )
        }),
    };
    render(&page, lang)
}

/// The first `n` characters of a text on one line, with an ellipsis when cut.
pub fn excerpt(text: &str, n: usize) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= n {
        return flat;
    }
    let mut s: String = flat.chars().take(n).collect();
    s.push('…');
    s
}
