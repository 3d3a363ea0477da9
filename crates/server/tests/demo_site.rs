//! The demo site as a reader meets it: every link reachable from the
//! timeline, in each interface language, answers 200 with HTML that runs
//! nothing, and the demo corpus's hostile reports show their markup as text.

mod common;

use std::collections::{BTreeSet, VecDeque};

use common::*;
use scraper::{Html, Selector};

#[tokio::test]
async fn every_page_of_the_demo_answers_and_is_inert_in_three_languages() {
    let s = TestServer::demo().await;
    let a = Selector::parse("a[href]").unwrap();
    let active = Selector::parse("script, img, iframe, object, embed").unwrap();
    for lang in ["uk", "en", "ru"] {
        let client = reqwest::Client::new();
        let mut seen: BTreeSet<String> = BTreeSet::new();
        let mut queue: VecDeque<String> = VecDeque::from([format!("/?lang={lang}")]);
        let mut events = 0;
        let mut documents = 0;
        while let Some(path) = queue.pop_front() {
            let path = path.split('#').next().unwrap_or("").to_string();
            if !seen.insert(path.clone()) {
                continue;
            }
            let r = client
                .get(s.url(&path))
                .header("cookie", format!("lang={lang}"))
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), 200, "{path}");
            let html = r.text().await.unwrap();
            if path.starts_with("/api/") {
                continue;
            }
            events += usize::from(path.starts_with("/events/"));
            documents += usize::from(path.starts_with("/documents/"));
            let doc = Html::parse_document(&html);
            assert_eq!(doc.select(&active).count(), 0, "{path}: an active element");
            let root = doc
                .select(&Selector::parse("html").unwrap())
                .next()
                .unwrap();
            assert_eq!(root.value().attr("lang"), Some(lang), "{path}");
            for link in doc.select(&a) {
                let href = link.value().attr("href").unwrap();
                // Stay on the site; skip the language switcher (the cookie holds the language).
                if href.starts_with('/') && !href.contains("lang=") {
                    queue.push_back(href.to_string());
                }
            }
        }
        assert!(events >= 5, "{lang}: {events} event pages reached");
        assert!(
            documents >= 20,
            "{lang}: {documents} document pages reached"
        );
    }
    // The hostile outlet of the demo corpus is shown as text on its event page.
    let (_, v) = get_json(&s, "/api/search?q=Digest").await;
    let id = v["hits"][0]["document"]
        .as_str()
        .expect("the War Digest report");
    let (st, body) = get(&s, &format!("/documents/{id}")).await;
    assert_eq!(st, 200);
    let doc = Html::parse_document(&body);
    let text: String = doc.root_element().text().collect();
    assert!(
        text.contains("<script>alert(1)</script>"),
        "the markup is shown as text"
    );
    assert!(!body.contains("<script"));
}
