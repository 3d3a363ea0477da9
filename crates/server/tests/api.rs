//! The JSON API against a real server on a loopback port with a real SQLite
//! file (fresh per test): reads, filters, as-of, errors, writes and the token.

mod common;

use common::*;
use serde_json::{json, Value};
use swapledger_server::Limits;

fn error_code(v: &Value) -> &str {
    v["error"]["code"].as_str().unwrap_or("")
}

#[tokio::test]
async fn events_are_listed_filtered_and_answered_as_of_a_day() {
    let mut docs = exchange_docs();
    docs.push(("hostile.txt", HOSTILE));
    let s = TestServer::start(&docs).await;

    let (st, v) = get_json(&s, "/api/events").await;
    assert_eq!(st, 200);
    let ids: Vec<&str> = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [EVENT, HOSTILE_EVENT]);
    assert_eq!(v["count"], 2);

    let (_, v) = get_json(&s, "/api/events?from=2024-06-01").await;
    assert_eq!(v["count"], 1);
    let (_, v) = get_json(&s, "/api/events?to=2024-06-01&kind=exchange").await;
    assert_eq!(v["events"][0]["id"], EVENT);
    let (_, v) = get_json(&s, "/api/events?kind=repatriation").await;
    assert_eq!(v["count"], 0);
    let (_, v) = get_json(&s, "/api/events?conflicts=true").await;
    assert_eq!(
        v["count"], 1,
        "only the 75-against-74 exchange is in conflict"
    );
    assert_eq!(v["events"][0]["figures"]["to_ukraine"]["conflict"], true);

    let (_, v) = get_json(&s, "/api/events?as_of=2024-06-01").await;
    assert_eq!(v["count"], 1);
    assert_eq!(v["as_of"], "2024-06-01");
    assert_eq!(v["undated_left_out"], 0);
    let (_, v) = get_json(&s, "/api/events?as_of=2024-05-30").await;
    assert_eq!(v["count"], 0);

    for bad in [
        "/api/events?from=31.05.2024",
        "/api/events?kind=swap",
        "/api/events?conflicts=maybe",
        "/api/events?as_of=yesterday",
    ] {
        let (st, v) = get_json(&s, bad).await;
        assert_eq!(st, 400, "{bad}");
        assert_eq!(error_code(&v), "bad_request", "{bad}");
        assert!(!v["error"]["message"].as_str().unwrap().is_empty());
    }
}

#[tokio::test]
async fn the_event_list_is_paged_and_gives_figures_without_claims() {
    let s = TestServer::demo().await;
    let (st, all) = get_json(&s, "/api/events").await;
    assert_eq!(st, 200);
    let total = all["total"].as_u64().unwrap() as usize;
    assert!(total >= 5, "{total}");
    assert_eq!(all["count"], total);
    assert_eq!(all["offset"], 0);
    assert_eq!(all["limit"], 100);
    assert_eq!(all["next"], Value::Null);
    let all_ids: Vec<String> = all["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap().to_string())
        .collect();

    // No claims in the list; the figures and the event's documents are there,
    // and they equal the full event's.
    for e in all["events"].as_array().unwrap() {
        let id = e["id"].as_str().unwrap();
        let (_, full) = get_json(&s, &format!("/api/events/{id}")).await;
        assert_eq!(e["documents"], full["documents"], "{id}");
        assert_eq!(e["conflict"], full["conflict"], "{id}");
        assert_eq!(
            e["figures"].as_object().unwrap().len(),
            full["figures"].as_object().unwrap().len(),
            "{id}"
        );
        for (name, f) in e["figures"].as_object().unwrap() {
            assert!(f.get("claims").is_none(), "{id} {name}: claims in the list");
            let g = &full["figures"][name];
            for k in ["best", "low", "high", "approx", "conflict", "corrected"] {
                assert_eq!(f[k], g[k], "{id} {name} {k}");
            }
            assert!(!g["claims"].as_array().unwrap().is_empty(), "{id} {name}");
        }
        for set in ["mediators", "sources", "branches_mentioned", "dates"] {
            for m in e[set].as_array().unwrap() {
                assert!(m.get("documents").is_none(), "{id} {set}");
            }
        }
    }

    // Pages of 2, followed through `next` (and the Link header), give the same
    // events in the same order.
    let mut url = "/api/events?limit=2".to_string();
    let mut seen = Vec::new();
    let mut pages = 0;
    loop {
        let r = reqwest::get(s.url(&url)).await.unwrap();
        assert_eq!(r.status(), 200, "{url}");
        let link = r
            .headers()
            .get("link")
            .map(|h| h.to_str().unwrap().to_string());
        let v: Value = r.json().await.unwrap();
        pages += 1;
        assert_eq!(v["total"], total, "{url}");
        assert_eq!(v["limit"], 2);
        assert!(v["count"].as_u64().unwrap() <= 2);
        for e in v["events"].as_array().unwrap() {
            seen.push(e["id"].as_str().unwrap().to_string());
        }
        match v["next"].as_str() {
            Some(n) => {
                assert_eq!(link, Some(format!("<{n}>; rel=\"next\"")));
                url = n.to_string();
            }
            None => {
                assert_eq!(link, None);
                break;
            }
        }
    }
    assert_eq!(seen, all_ids);
    assert_eq!(pages, total.div_ceil(2));

    // The filters are kept in `next`.
    let (_, v) = get_json(&s, "/api/events?kind=exchange&conflicts=1&limit=1").await;
    let n = v["total"].as_u64().unwrap();
    assert!(n >= 2, "the demo has several exchanges in conflict: {n}");
    let next = v["next"].as_str().unwrap();
    assert_eq!(
        next,
        "/api/events?kind=exchange&conflicts=true&limit=1&offset=1"
    );
    let (_, w) = get_json(&s, next).await;
    assert_eq!(w["offset"], 1);
    assert_eq!(w["events"][0]["kind"], "exchange");
    assert_eq!(w["events"][0]["conflict"], true);
    assert_ne!(w["events"][0]["id"], v["events"][0]["id"]);

    // Past the end: an empty page, no next.
    let (st, v) = get_json(&s, &format!("/api/events?offset={total}")).await;
    assert_eq!(st, 200);
    assert_eq!(v["count"], 0);
    assert_eq!(v["total"], total);
    assert_eq!(v["next"], Value::Null);
    let (_, v) = get_json(&s, "/api/events?limit=1000").await;
    assert_eq!(v["count"], total);

    for bad in [
        "/api/events?limit=0",
        "/api/events?limit=1001",
        "/api/events?limit=ten",
        "/api/events?offset=-1",
    ] {
        let (st, v) = get_json(&s, bad).await;
        assert_eq!(st, 400, "{bad}");
        let msg = v["error"]["message"].as_str().unwrap();
        assert!(
            msg.starts_with("limit:") || msg.starts_with("offset:"),
            "{bad}: {msg}"
        );
    }
}

#[tokio::test]
async fn one_event_is_the_ledger_json_and_a_missing_one_is_404() {
    let s = TestServer::start(&exchange_docs()).await;
    let (st, e) = get_json(&s, &format!("/api/events/{EVENT}")).await;
    assert_eq!(st, 200);
    assert_eq!(e["id"], EVENT);
    assert_eq!(e["kind"], "exchange");
    let f = &e["figures"]["to_ukraine"];
    assert_eq!(f["best"], 75);
    assert_eq!(f["low"], 74);
    assert_eq!(f["high"], 75);
    assert_eq!(f["conflict"], true);
    assert_eq!(f["claims"].as_array().unwrap().len(), 3);
    let langs: Vec<&str> = f["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["language"].as_str().unwrap())
        .collect();
    for l in ["uk", "en", "ru"] {
        assert!(langs.contains(&l), "{langs:?}");
    }
    assert_eq!(e["documents"].as_array().unwrap().len(), 3);

    let r = reqwest::get(s.url(&format!("/api/events/{EVENT}?as_of=2024-06-01")))
        .await
        .unwrap();
    assert_eq!(r.headers()["x-as-of"], "2024-06-01");
    assert_eq!(r.headers()["x-undated-left-out"], "0");

    let (st, v) = get_json(&s, "/api/events/2020-01-01-exchange").await;
    assert_eq!(st, 404);
    assert_eq!(error_code(&v), "not_found");
    let (st, _) = get_json(&s, &format!("/api/events/{EVENT}?as_of=2024-05-01")).await;
    assert_eq!(st, 404, "the event is not known yet on 1 May");
    // Ids go to SQLite as bound parameters: quotes are just characters.
    let (st, _) = get_json(&s, "/api/events/x'%20OR%20'1'='1").await;
    assert_eq!(st, 404);
}

#[tokio::test]
async fn summaries_in_three_languages_and_three_formats() {
    let s = TestServer::start(&exchange_docs()).await;
    for (lang, word) in [("uk", "75"), ("en", "75"), ("ru", "75")] {
        for format in ["text", "markdown", "html"] {
            let (st, v) = get_json(
                &s,
                &format!("/api/events/{EVENT}/summary?lang={lang}&format={format}"),
            )
            .await;
            assert_eq!(st, 200, "{lang} {format}: {v}");
            assert_eq!(v["lang"], lang);
            assert_eq!(v["format"], format);
            let text = v["summary"].as_str().unwrap();
            assert!(text.contains(word), "{lang} {format}: {text}");
            assert!(!v["headline"].as_str().unwrap().is_empty());
        }
    }
    let (_, v) = get_json(&s, &format!("/api/events/{EVENT}/summary?lang=uk")).await;
    assert!(v["summary"].as_str().unwrap().contains("обмін"), "{v}");
    let (_, v) = get_json(&s, &format!("/api/events/{EVENT}/summary?format=html")).await;
    assert!(
        v["summary"]
            .as_str()
            .unwrap()
            .starts_with("<article lang=\"en\""),
        "{v}"
    );
    let (st, v) = get_json(&s, &format!("/api/events/{EVENT}/summary?lang=de")).await;
    assert_eq!((st, error_code(&v)), (400, "bad_request"));
    let (st, _) = get_json(&s, &format!("/api/events/{EVENT}/summary?format=pdf")).await;
    assert_eq!(st, 400);
    let (st, _) = get_json(&s, "/api/events/nope/summary").await;
    assert_eq!(st, 404);
}

#[tokio::test]
async fn a_document_has_its_text_metadata_and_fact_spans() {
    let s = TestServer::start(&exchange_docs()).await;
    let (_, e) = get_json(&s, &format!("/api/events/{EVENT}")).await;
    let uk_claim = e["figures"]["to_ukraine"]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["language"] == "uk")
        .unwrap()
        .clone();
    let id = uk_claim["document"].as_str().unwrap();
    let (st, d) = get_json(&s, &format!("/api/documents/{id}")).await;
    assert_eq!(st, 200);
    assert_eq!(d["id"], id);
    assert_eq!(d["language"], "uk");
    assert_eq!(d["published"], "2024-05-31");
    assert_eq!(d["source"], "Координаційний штаб");
    assert!(d["text"]
        .as_str()
        .unwrap()
        .starts_with("Сьогодні відбувся обмін"));
    assert_eq!(d["sightings"][0]["path"], "uk.txt");
    assert_eq!(d["events"], json!([EVENT]));
    let fact = d["facts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["field"] == "to_ukraine")
        .expect("a to_ukraine fact");
    assert_eq!(fact["event"], EVENT);
    assert_eq!(fact["value"], 75);
    assert_eq!(fact["role"], "main");
    let ev = &fact["evidence"][0];
    assert_eq!(ev["start"], uk_claim["evidence"][0]["start"]);
    assert!(ev["text"].as_str().unwrap().contains("75"), "{ev}");
    let text: Vec<char> = d["text"].as_str().unwrap().chars().collect();
    let (a, b) = (
        ev["start"].as_u64().unwrap() as usize,
        ev["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        text[a..b].iter().collect::<String>(),
        ev["text"].as_str().unwrap()
    );

    let (st, v) = get_json(&s, &format!("/api/documents/{}", "0".repeat(64))).await;
    assert_eq!((st, error_code(&v)), (404, "not_found"));
    let (st, _) = get_json(&s, "/api/documents/not-an-id").await;
    assert_eq!(st, 404);
}

#[tokio::test]
async fn search_series_and_openapi() {
    let mut docs = exchange_docs();
    docs.push(("hostile.txt", HOSTILE));
    let s = TestServer::start(&docs).await;

    let (st, v) = get_json(&s, "/api/search?q=%D0%BE%D0%B1%D0%BC%D1%96%D0%BD").await; // обмін
    assert_eq!(st, 200, "{v}");
    assert_eq!(v["count"], 1);
    assert_eq!(v["hits"][0]["language"], "uk");
    assert!(v["hits"][0]["snippet"]
        .as_str()
        .unwrap()
        .contains("[обмін]"));
    let (_, v) = get_json(&s, "/api/search?q=exchange&as_of=2024-06-01").await;
    assert_eq!(
        v["count"], 0,
        "the English exchange report of June is later: {v}"
    );
    let (_, v) = get_json(&s, "/api/search?q=exchange").await;
    assert_eq!(v["count"], 1);
    let (st, v) = get_json(&s, "/api/search?q=%22unclosed").await;
    assert_eq!((st, error_code(&v)), (400, "bad_request"));
    let (st, _) = get_json(&s, "/api/search?q=").await;
    assert_eq!(st, 400);
    let (st, _) = get_json(&s, "/api/search?q=a&limit=1000").await;
    assert_eq!(st, 400);

    let (st, v) = get_json(&s, "/api/series").await;
    assert_eq!(st, 200);
    let pts = v["points"].as_array().unwrap();
    assert_eq!(pts.len(), 2);
    assert_eq!(pts[0]["to_ukraine"], 75);
    assert_eq!(pts[1]["cumulative_to_ukraine"], 165);
    let (_, v) = get_json(&s, "/api/series?as_of=2024-06-01").await;
    assert_eq!(v["points"].as_array().unwrap().len(), 1);

    let (st, v) = get_json(&s, "/api/openapi.json").await;
    assert_eq!(st, 200);
    assert_eq!(v["openapi"], "3.1.0");
    assert!(v["paths"]["/api/events/{id}/corrections"]["post"]["security"].is_array());

    let r = reqwest::Client::new()
        .delete(s.url("/api/events"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 405);
    assert_eq!(
        error_code(&r.json::<Value>().await.unwrap()),
        "method_not_allowed"
    );
    let (st, v) = get_json(&s, "/api/nothing-here").await;
    assert_eq!((st, error_code(&v)), (404, "not_found"));
}

async fn post_doc(s: &TestServer, body: &str, auth: Option<&str>, ct: &str) -> reqwest::Response {
    let mut rq = reqwest::Client::new()
        .post(s.url("/api/documents"))
        .header("content-type", ct)
        .body(body.to_string());
    if let Some(a) = auth {
        rq = rq.header("authorization", a);
    }
    rq.send().await.unwrap()
}

async fn post_correction(
    s: &TestServer,
    event: &str,
    body: Value,
    auth: Option<&str>,
) -> reqwest::Response {
    let mut rq = reqwest::Client::new()
        .post(s.url(&format!("/api/events/{event}/corrections")))
        .json(&body);
    if let Some(a) = auth {
        rq = rq.header("authorization", a);
    }
    rq.send().await.unwrap()
}

#[tokio::test]
async fn a_read_only_server_refuses_every_write() {
    let s = TestServer::start(&exchange_docs()).await;
    let bearer = format!("Bearer {TOKEN}");
    for auth in [None, Some(bearer.as_str())] {
        let r = post_doc(&s, HOSTILE, auth, "text/plain").await;
        assert_eq!(r.status(), 403);
        let v: Value = r.json().await.unwrap();
        assert_eq!(error_code(&v), "read_only");
        let r = post_correction(
            &s,
            EVENT,
            json!({"field": "to_ukraine", "value": 75, "note": "n"}),
            auth,
        )
        .await;
        assert_eq!(r.status(), 403);
    }
    let (_, v) = get_json(&s, "/api/events").await;
    assert_eq!(v["count"], 1, "nothing was written");
}

#[tokio::test]
async fn writes_need_the_token() {
    let s = TestServer::with(
        &exchange_docs(),
        Options {
            token: Some(TOKEN),
            ..Options::default()
        },
    )
    .await;
    let good = format!("Bearer {TOKEN}");
    for auth in [
        None,
        Some("Bearer wrong-token-0123456789"),
        Some(TOKEN),
        Some("Basic dGVzdA=="),
    ] {
        let r = post_doc(&s, HOSTILE, auth, "text/plain").await;
        assert_eq!(r.status(), 401, "{auth:?}");
        assert_eq!(
            r.headers()["www-authenticate"],
            "Bearer realm=\"swapledger\""
        );
        let v: Value = r.json().await.unwrap();
        assert_eq!(error_code(&v), "unauthorized");
        assert!(!v.to_string().contains(TOKEN), "the token is never echoed");
        let r = post_correction(
            &s,
            EVENT,
            json!({"field": "to_ukraine", "value": 74, "note": "n"}),
            auth,
        )
        .await;
        assert_eq!(r.status(), 401);
    }
    let (_, v) = get_json(&s, "/api/events").await;
    assert_eq!(v["count"], 1, "nothing was written");

    // With the token: a new document is stored, reconciled and listed.
    let r = post_doc(&s, HOSTILE, Some(&good), "text/plain; charset=utf-8").await;
    assert_eq!(r.status(), 201);
    let loc = r.headers()["location"].to_str().unwrap().to_string();
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["outcome"], "new");
    assert_eq!(v["events"], json!([HOSTILE_EVENT]));
    assert_eq!(loc, format!("/api/documents/{}", v["id"].as_str().unwrap()));
    let (st, _) = get_json(&s, &loc).await;
    assert_eq!(st, 200);
    let (_, v) = get_json(&s, "/api/events").await;
    assert_eq!(v["count"], 2);
    // The same body again changes nothing.
    let r = post_doc(&s, HOSTILE, Some(&good), "text/plain").await;
    assert_eq!(r.status(), 200);
    assert_eq!(r.json::<Value>().await.unwrap()["outcome"], "unchanged");
    // HTML is read as HTML.
    let html = "<html><head><title>t</title></head><body><article><p>Сьогодні, 20 липня 2024 року, відбувся обмін полоненими. Додому повернулися 95 наших захисників.</p></article></body></html>";
    let r = post_doc(&s, html, Some(&good), "text/html").await;
    assert_eq!(r.status(), 201);
    let id = r.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let (_, d) = get_json(&s, &format!("/api/documents/{id}")).await;
    assert!(!d["text"].as_str().unwrap().contains("<p>"), "{d}");
    // Bad bodies.
    assert_eq!(
        post_doc(&s, "   ", Some(&good), "text/plain")
            .await
            .status(),
        400
    );
    assert_eq!(
        post_doc(&s, "{}", Some(&good), "application/json")
            .await
            .status(),
        415
    );

    // A correction is logged and laid over the event.
    let r = post_correction(
        &s,
        EVENT,
        json!({"field": "to_ukraine", "value": "over 70", "note": "checked", "by": "tester"}),
        Some(&good),
    )
    .await;
    assert_eq!(r.status(), 201);
    let c: Value = r.json().await.unwrap();
    assert_eq!(
        (c["seq"].as_i64(), c["by"].as_str(), c["old"].as_u64()),
        (Some(1), Some("tester"), Some(75))
    );
    let (_, e) = get_json(&s, &format!("/api/events/{EVENT}")).await;
    assert_eq!(e["figures"]["to_ukraine"]["best"], 70);
    assert_eq!(e["figures"]["to_ukraine"]["approx"], "over");
    assert_eq!(e["figures"]["to_ukraine"]["corrected"], true);
    // Refused corrections, each with a fitting status.
    let r = post_correction(
        &s,
        EVENT,
        json!({"field": "nonsense", "value": 1, "note": "n"}),
        Some(&good),
    )
    .await;
    assert_eq!(r.status(), 422);
    let r = post_correction(
        &s,
        EVENT,
        json!({"field": "to_ukraine", "value": "lots", "note": "n"}),
        Some(&good),
    )
    .await;
    assert_eq!(r.status(), 422);
    let r = post_correction(
        &s,
        EVENT,
        json!({"field": "to_ukraine", "value": 1, "note": " "}),
        Some(&good),
    )
    .await;
    assert_eq!(r.status(), 422);
    let r = post_correction(
        &s,
        "2020-01-01-exchange",
        json!({"field": "to_ukraine", "value": 1, "note": "n"}),
        Some(&good),
    )
    .await;
    assert_eq!(r.status(), 404);
    let r = reqwest::Client::new()
        .post(s.url(&format!("/api/events/{EVENT}/corrections")))
        .header("authorization", &good)
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    let v: Value = r.json().await.unwrap();
    assert_eq!(error_code(&v), "bad_request");
}

#[tokio::test]
async fn bodies_over_the_limit_are_refused_with_json() {
    let limits = Limits {
        body_bytes: 1024,
        ..Limits::default()
    };
    let s = TestServer::with(
        &exchange_docs(),
        Options {
            token: Some(TOKEN),
            limits: Some(limits),
        },
    )
    .await;
    let big = format!(
        "---\nlanguage: en\n---\n{}",
        "Ukraine brought home 75 people. ".repeat(100)
    );
    let r = post_doc(&s, &big, Some(&format!("Bearer {TOKEN}")), "text/plain").await;
    assert_eq!(r.status(), 413);
    let v: Value = r.json().await.unwrap();
    assert_eq!(error_code(&v), "payload_too_large");
}

#[tokio::test]
async fn the_server_shuts_down_gracefully() {
    let s = TestServer::start(&exchange_docs()).await;
    let url = s.url("/api/events");
    assert_eq!(reqwest::get(&url).await.unwrap().status(), 200);
    s.stop().await;
    assert!(
        reqwest::get(&url).await.is_err(),
        "nothing listens any more"
    );
}

/// Read until the server closes the connection (EOF or reset), at most `wait`;
/// what was read and when it closed, or `None` when it stayed open.
async fn closed_within(
    stream: &mut tokio::net::TcpStream,
    wait: std::time::Duration,
) -> Option<Vec<u8>> {
    use tokio::io::AsyncReadExt;
    let mut got = Vec::new();
    let read = async {
        let mut buf = [0u8; 1024];
        loop {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => got.extend_from_slice(&buf[..n]),
            }
        }
    };
    tokio::time::timeout(wait, read).await.ok()?;
    Some(got)
}

#[tokio::test]
async fn slow_clients_are_disconnected_after_the_header_read_limit() {
    use std::time::{Duration, Instant};
    use tokio::io::AsyncWriteExt;
    use tokio::net::TcpStream;

    let limit = Duration::from_millis(800);
    let s = TestServer::with(
        &exchange_docs(),
        Options {
            limits: Some(Limits {
                header_read: limit,
                ..Limits::default()
            }),
            ..Options::default()
        },
    )
    .await;
    let addr = s.base.trim_start_matches("http://").to_string();
    let started = Instant::now();

    // Half a request, then nothing.
    let mut stalled = TcpStream::connect(&addr).await.unwrap();
    stalled
        .write_all(b"GET /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: app")
        .await
        .unwrap();
    // A slowloris: one byte of headers every 100 ms, never finishing.
    let mut trickle = TcpStream::connect(&addr).await.unwrap();
    trickle
        .write_all(b"GET /api/series HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        .await
        .unwrap();
    let (mut trickle_read, mut trickle_write) = trickle.into_split();
    let trickler = tokio::spawn(async move {
        for _ in 0..100 {
            if trickle_write.write_all(b"X").await.is_err() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    });

    // Meanwhile other clients are served, promptly.
    let client = reqwest::Client::new();
    for _ in 0..5 {
        let t = Instant::now();
        let r = client.get(s.url("/api/events")).send().await.unwrap();
        assert_eq!(r.status(), 200);
        assert!(
            t.elapsed() < Duration::from_millis(500),
            "{:?}",
            t.elapsed()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    // The stalled connection is closed once the limit has passed (not before),
    // without an answer to its half request.
    let got = closed_within(&mut stalled, limit * 3)
        .await
        .expect("the stalled connection is closed");
    let closed_after = started.elapsed();
    assert!(
        closed_after >= limit.mul_f32(0.9) && closed_after < limit * 2,
        "closed after {closed_after:?} (limit {limit:?})"
    );
    assert!(
        !String::from_utf8_lossy(&got).contains("200 OK"),
        "{}",
        String::from_utf8_lossy(&got)
    );

    // The trickling one too, though it kept sending.
    use tokio::io::AsyncReadExt;
    let mut buf = Vec::new();
    let trickle_closed = tokio::time::timeout(limit * 2, trickle_read.read_to_end(&mut buf)).await;
    assert!(
        trickle_closed.is_ok(),
        "the trickling client is still connected after {:?}",
        started.elapsed()
    );
    assert!(started.elapsed() < limit * 3, "{:?}", started.elapsed());
    trickler.abort();

    // And the server still answers.
    let r = client.get(s.url("/api/series")).send().await.unwrap();
    assert_eq!(r.status(), 200);
}
