//! The pages against a real server: what each shows, the language switch, and
//! hostile document text (`<script>`, `<img onerror>`, a `javascript:` url)
//! shown as inert text on every page and in the highlighted document view.

mod common;

use common::*;
use scraper::{Html, Selector};
use serde_json::Value;

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

fn texts(doc: &Html, s: &str) -> Vec<String> {
    doc.select(&sel(s))
        .map(|e| e.text().collect::<String>())
        .collect()
}

async fn page(s: &TestServer, path: &str) -> (u16, Html, String) {
    let (st, body) = get(s, path).await;
    (st, Html::parse_document(&body), body)
}

/// No element that could run code or fetch anything: no script, img, iframe,
/// object, embed, style or link other than the stylesheet; no `on*` attribute;
/// no `javascript:` link.
fn assert_inert(path: &str, doc: &Html) {
    for tag in [
        "script",
        "img",
        "iframe",
        "object",
        "embed",
        "style",
        "svg script",
        "foreignObject",
    ] {
        assert_eq!(
            doc.select(&sel(tag)).count(),
            0,
            "{path}: a <{tag}> element"
        );
    }
    for el in doc.select(&sel("*")) {
        for (name, value) in el.value().attrs() {
            assert!(
                !name.to_ascii_lowercase().starts_with("on"),
                "{path}: attribute {name}={value:?}"
            );
            if name == "href" || name == "src" || name == "action" {
                let v = value.trim().to_ascii_lowercase();
                assert!(
                    !v.starts_with("javascript:") && !v.starts_with("data:"),
                    "{path}: {name}={value:?}"
                );
            }
        }
    }
    let links = doc.select(&sel("link")).count();
    assert_eq!(links, 1, "{path}: only the stylesheet is linked");
}

#[tokio::test]
async fn hostile_text_is_inert_on_every_page() {
    let mut docs = exchange_docs();
    docs.push(("hostile.txt", HOSTILE));
    let s = TestServer::start(&docs).await;
    let (_, e) = get_json(&s, &format!("/api/events/{HOSTILE_EVENT}")).await;
    let doc_id = e["documents"][0].as_str().unwrap().to_string();

    let paths = [
        "/".to_string(),
        "/?lang=uk".to_string(),
        format!("/events/{HOSTILE_EVENT}"),
        format!("/events/{HOSTILE_EVENT}?lang=ru"),
        format!("/documents/{doc_id}"),
        format!("/documents/{doc_id}?event={HOSTILE_EVENT}&field=to_ukraine#focus"),
        "/search?q=script".to_string(),
        "/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E".to_string(),
        "/search?q=%22%3Cimg".to_string(),
        "/no-such-page/%3Cscript%3E".to_string(),
        "/events/%3Cscript%3Ealert(1)%3C%2Fscript%3E".to_string(),
    ];
    for path in &paths {
        let (_, doc, raw) = page(&s, path).await;
        assert_inert(path, &doc);
        assert!(
            !raw.to_ascii_lowercase().contains("<script"),
            "{path}: raw <script in the HTML"
        );
        assert!(
            !raw.to_ascii_lowercase().contains("<img"),
            "{path}: raw <img in the HTML"
        );
    }

    // The text is shown, as text.
    let (_, doc, raw) = page(
        &s,
        &format!("/documents/{doc_id}?event={HOSTILE_EVENT}&field=to_ukraine"),
    )
    .await;
    let body: String = texts(&doc, ".doc-text").concat();
    assert!(body.contains("<script>alert(\"x\")</script>"), "{body}");
    assert!(body.contains("<img src=x onerror=alert(1)>"), "{body}");
    assert!(
        raw.contains("&#60;img src=x onerror=alert(1)&#62;"),
        "escaped as entities"
    );
    // The highlighted evidence sits among the hostile text, which stays text.
    let marks = texts(&doc, "mark.evidence");
    assert!(marks.iter().any(|m| m.contains("90")), "{marks:?}");
    assert_eq!(doc.select(&sel("mark#focus")).count(), 1);
    assert!(texts(&doc, "h1")
        .concat()
        .contains("Evil <script>alert(\"src\")</script> News"));
    // The javascript: url is shown as nothing clickable.
    assert!(doc.select(&sel("a[href^='javascript']")).next().is_none());

    let (_, doc, _) = page(&s, &format!("/events/{HOSTILE_EVENT}")).await;
    let sources = texts(&doc, "table.claims td").concat();
    assert!(
        sources.contains("Evil <script>alert(\"src\")</script> News"),
        "{sources}"
    );
    let summary = texts(&doc, ".summary").concat();
    assert!(
        summary.contains("<script>"),
        "the outlet's name is in the summary as text: {summary}"
    );
    let excerpts = texts(&doc, "ul.documents .excerpt").concat();
    assert!(
        excerpts.contains("<script>alert(\"x\")</script>"),
        "{excerpts}"
    );

    let (_, doc, _) = page(&s, "/search?q=onerror").await;
    let snippet = texts(&doc, ".snippet").concat();
    assert!(snippet.contains("<img src=x"), "{snippet}");
    let (_, doc, _) = page(&s, "/search?q=%3Cscript%3E").await;
    let value = doc
        .select(&sel("input#q"))
        .next()
        .unwrap()
        .value()
        .attr("value")
        .unwrap()
        .to_string();
    assert_eq!(value, "<script>");
}

#[tokio::test]
async fn pages_carry_a_policy_that_forbids_scripts() {
    let s = TestServer::start(&exchange_docs()).await;
    for path in ["/", "/search", &format!("/events/{EVENT}"), "/api/events"] {
        let r = reqwest::get(s.url(path)).await.unwrap();
        let csp = r.headers()["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("default-src 'none'") && !csp.contains("script-src"),
            "{path}: {csp}"
        );
        assert_eq!(r.headers()["x-content-type-options"], "nosniff");
    }
}

#[tokio::test]
async fn the_timeline_has_a_labelled_chart_and_the_events() {
    let mut docs = exchange_docs();
    docs.push(("hostile.txt", HOSTILE));
    let s = TestServer::start(&docs).await;
    let (st, doc, _) = page(&s, "/?lang=en").await;
    assert_eq!(st, 200);
    let svg = doc
        .select(&sel("figure svg.chart"))
        .next()
        .expect("a chart");
    assert_eq!(svg.value().attr("role"), Some("img"));
    assert_eq!(
        texts(&doc, "svg title#chart-title"),
        ["People returned to Ukraine"]
    );
    let bars: Vec<_> = doc.select(&sel("svg a.bar")).collect();
    assert_eq!(bars.len(), 2);
    assert_eq!(
        bars[0].value().attr("href"),
        Some(format!("/events/{EVENT}").as_str())
    );
    let svg_text = texts(&doc, "svg text").concat();
    assert!(
        svg_text.contains("people per event") && svg_text.contains("total so far"),
        "{svg_text}"
    );
    let rows: Vec<_> = doc.select(&sel("tr.event-row")).collect();
    assert_eq!(rows.len(), 2);
    assert!(rows[0].value().attr("class").unwrap().contains("conflict"));
    assert!(!rows[1].value().attr("class").unwrap().contains("conflict"));
    let first: String = rows[0].text().collect();
    assert!(
        first.contains("2024-05-31") && first.contains("75") && first.contains("conflict"),
        "{first}"
    );

    // Filters are the API's filters.
    let (_, doc, _) = page(&s, "/?conflicts=1").await;
    assert_eq!(doc.select(&sel("tr.event-row")).count(), 1);
    let (st, doc, _) = page(&s, "/?from=not-a-date").await;
    assert_eq!(st, 400);
    assert!(texts(&doc, ".error-message").concat().contains("from"));
}

#[tokio::test]
async fn the_interface_language_switches_by_query_and_cookie() {
    let s = TestServer::start(&exchange_docs()).await;
    let client = reqwest::Client::new();
    let r = client.get(s.url("/?lang=uk")).send().await.unwrap();
    assert_eq!(
        r.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .split(';')
            .next(),
        Some("lang=uk")
    );
    let doc = Html::parse_document(&r.text().await.unwrap());
    assert_eq!(
        doc.select(&sel("html"))
            .next()
            .unwrap()
            .value()
            .attr("lang"),
        Some("uk")
    );
    assert_eq!(texts(&doc, "h1"), ["Обміни в часі"]);
    let links: Vec<_> = doc
        .select(&sel("nav.langs a"))
        .map(|a| a.value().attr("href").unwrap().to_string())
        .collect();
    assert_eq!(links, ["/?lang=en", "/?lang=ru"]);

    // The cookie keeps the choice; Accept-Language is the fallback.
    let r = client
        .get(s.url(&format!("/events/{EVENT}")))
        .header("cookie", "lang=ru")
        .send()
        .await
        .unwrap();
    let doc = Html::parse_document(&r.text().await.unwrap());
    assert_eq!(
        doc.select(&sel("html"))
            .next()
            .unwrap()
            .value()
            .attr("lang"),
        Some("ru")
    );
    assert!(texts(&doc, "h2").contains(&"Цифры".to_string()));
    let r = client
        .get(s.url("/search"))
        .header("accept-language", "uk-UA,uk;q=0.9")
        .send()
        .await
        .unwrap();
    let doc = Html::parse_document(&r.text().await.unwrap());
    assert_eq!(texts(&doc, "h1"), ["Пошук у повідомленнях"]);
}

#[tokio::test]
async fn the_event_page_shows_figures_claims_conflicts_checks_corrections_and_summary() {
    let s = TestServer::with(
        &exchange_docs(),
        Options {
            token: Some(TOKEN),
            ..Options::default()
        },
    )
    .await;
    let r = reqwest::Client::new()
        .post(s.url(&format!("/api/events/{EVENT}/corrections")))
        .header("authorization", format!("Bearer {TOKEN}"))
        .json(&serde_json::json!({"field": "to_russia", "value": 76, "note": "a later official figure <b>", "by": "analyst"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);

    let (st, doc, _) = page(&s, &format!("/events/{EVENT}?lang=en")).await;
    assert_eq!(st, 200);
    let fig = doc
        .select(&sel("section#fig-to_ukraine"))
        .next()
        .expect("to_ukraine figure");
    assert!(fig.value().attr("class").unwrap().contains("conflict"));
    let bounds: Vec<String> = fig
        .select(&sel("dl.bounds dd"))
        .map(|d| d.text().collect())
        .collect();
    assert_eq!(bounds, ["75", "74", "75"]);
    let claims: Vec<_> = fig.select(&sel("tr.claim")).collect();
    assert_eq!(claims.len(), 3);
    let differing: Vec<String> = fig
        .select(&sel("tr.claim.differs"))
        .map(|r| r.text().collect())
        .collect();
    assert_eq!(differing.len(), 1);
    assert!(
        differing[0].contains("74")
            && differing[0].contains("Test Wire")
            && differing[0].contains("English"),
        "{differing:?}"
    );
    let roles = texts(&doc, "section#fig-to_ukraine tr.claim td:nth-child(5)");
    assert!(roles.iter().all(|r| r == "main event"), "{roles:?}");
    let links: Vec<_> = fig
        .select(&sel("a.evidence-link"))
        .map(|a| a.value().attr("href").unwrap().to_string())
        .collect();
    assert!(
        links
            .iter()
            .all(|l| l.starts_with("/documents/") && l.ends_with("&field=to_ukraine#focus")),
        "{links:?}"
    );

    let corrected = doc
        .select(&sel("section#fig-to_russia .badge.corrected"))
        .count();
    assert_eq!(corrected, 1);
    let log = texts(&doc, "table.corrections td").join("|");
    assert!(
        log.contains("Returned to Russia|75|76|a later official figure <b>|analyst"),
        "{log}"
    );
    assert!(
        !texts(&doc, ".summary article h1").is_empty(),
        "the summary is on the page"
    );
    assert_eq!(doc.select(&sel(".summary article[lang=en]")).count(), 1);
    let (_, doc, _) = page(&s, &format!("/events/{EVENT}?lang=uk")).await;
    assert_eq!(doc.select(&sel(".summary article[lang=uk]")).count(), 1);
    assert!(texts(&doc, "ul.documents li").len() == 3);

    let (st, doc, _) = page(&s, "/events/2020-01-01-exchange").await;
    assert_eq!(st, 404);
    assert!(!texts(&doc, ".error-message").is_empty());
}

#[tokio::test]
async fn the_document_page_highlights_each_fact_and_links_it_to_its_event() {
    let s = TestServer::start(&exchange_docs()).await;
    let (_, d): (u16, Value) = get_json(&s, &format!("/api/events/{EVENT}")).await;
    let claim = d["figures"]["to_ukraine"]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["language"] == "en")
        .unwrap()
        .clone();
    let id = claim["document"].as_str().unwrap();
    let (st, doc, _) = page(
        &s,
        &format!("/documents/{id}?event={EVENT}&field=to_ukraine"),
    )
    .await;
    assert_eq!(st, 200);
    let focus = doc
        .select(&sel("mark#focus.evidence.focus"))
        .next()
        .expect("the focused fact");
    let text: String = focus.text().collect();
    assert!(text.contains("74"), "{text}");
    let a = focus.select(&sel("a")).next().unwrap();
    assert_eq!(
        a.value().attr("href"),
        Some(format!("/events/{EVENT}#fig-to_ukraine").as_str())
    );
    // The whole body is there, in order, marks included.
    let body: String = texts(&doc, ".doc-text").concat();
    assert_eq!(body.trim_end(), "Ukraine and Russia exchanged prisoners on Friday. 74 Ukrainians returned home, and Russia received 75 of its servicemen.");
    let facts: Vec<_> = doc.select(&sel("table.facts tr.fact")).collect();
    assert!(!facts.is_empty());
    assert_eq!(doc.select(&sel("table.facts tr.fact.focus")).count(), 1);
}

#[tokio::test]
async fn the_search_page_finds_reports_and_survives_any_query() {
    let s = TestServer::start(&exchange_docs()).await;
    let (st, doc, _) = page(&s, "/search?q=%D0%BE%D0%B1%D0%BC%D0%B5%D0%BD").await; // обмен
    assert_eq!(st, 200);
    let hits = texts(&doc, "ol.hits li");
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(texts(&doc, "ol.hits mark"), ["обмен"]);
    // FTS5 syntax errors fall back to quoted words.
    for q in ["%22unclosed", "a-b", "AND", "(((", "%2A"] {
        let (st, _, _) = page(&s, &format!("/search?q={q}")).await;
        assert_eq!(st, 200, "{q}");
    }
    let (st, doc, _) = page(&s, "/search").await;
    assert_eq!(st, 200);
    assert_eq!(doc.select(&sel("ol.hits")).count(), 0);
}
