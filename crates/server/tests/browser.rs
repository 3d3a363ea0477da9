//! One browser test in headless Chromium, driven over WebDriver (fantoccini +
//! chromedriver): open the timeline, follow an event, follow a claim to its
//! document, and see the highlighted evidence; a hostile report raises no
//! alert and adds no script.
//!
//! Without Chromium and chromedriver the test is skipped and says why (the
//! build marks it ignored with the reason, and it also returns early at run
//! time). With `CI=true` a missing browser is a failure: `.ci/run` installs
//! Debian's `chromium` and `chromium-driver`. `CHROME` and `CHROMEDRIVER`
//! override the programs' paths.

mod common;

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::*;
use fantoccini::{ClientBuilder, Locator};

fn in_path(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    names.iter().find_map(|n| {
        std::env::split_paths(&path)
            .map(|d| d.join(n))
            .find(|p| p.is_file())
    })
}

fn tool(var: &str, names: &[&str]) -> Option<PathBuf> {
    match std::env::var_os(var) {
        Some(p) => Some(PathBuf::from(p)).filter(|p| p.is_file()),
        None => in_path(names),
    }
}

/// Kills chromedriver (our child) when the test ends, however it ends.
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[tokio::test]
#[cfg_attr(
    swapledger_no_browser,
    ignore = "skipped: Chromium or chromedriver is not installed (Debian: apt-get install chromium chromium-driver); under CI=true it runs and a missing browser fails"
)]
async fn browser_follows_an_event_to_its_highlighted_evidence() {
    let chrome = tool("CHROME", &["chromium", "chromium-browser", "google-chrome"]);
    let driver = tool("CHROMEDRIVER", &["chromedriver"]);
    let (chrome, driver) = match (chrome, driver) {
        (Some(c), Some(d)) => (c, d),
        (c, d) => {
            let why = format!(
                "{} not found (install Debian's chromium and chromium-driver, or set CHROME and CHROMEDRIVER)",
                [("Chromium", c.is_none()), ("chromedriver", d.is_none())]
                    .iter()
                    .filter(|(_, missing)| *missing)
                    .map(|(n, _)| *n)
                    .collect::<Vec<_>>()
                    .join(" and ")
            );
            if std::env::var("CI").as_deref() == Ok("true") {
                panic!("browser test cannot run under CI=true: {why}");
            }
            eprintln!("browser test SKIPPED: {why}");
            return;
        }
    };

    let mut docs = exchange_docs();
    docs.push(("hostile.txt", HOSTILE));
    let server = TestServer::start(&docs).await;

    // chromedriver on a free loopback port.
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let _driver = Driver(
        Command::new(&driver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("starting chromedriver"),
    );
    let start = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "chromedriver did not start"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    let profile = tempfile::tempdir().expect("profile dir");
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "binary": chrome,
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage",
                format!("--user-data-dir={}", profile.path().display()),
                "--window-size=1280,1000"
            ]
        }),
    );
    let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .expect("a WebDriver session");

    let run = async {
        // The timeline: a chart and the event list.
        client.goto(&server.url("/?lang=en")).await?;
        let chart = client
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Css("svg.chart"))
            .await?;
        assert!(chart.is_displayed().await?);
        let row = client.find(Locator::Css(&format!("#row-{EVENT}"))).await?;
        assert!(row.text().await?.contains("conflict"));
        // Follow the event.
        row.find(Locator::Css("a.event-link"))
            .await?
            .click()
            .await?;
        let fig = client
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Css("section#fig-to_ukraine"))
            .await?;
        assert!(client
            .current_url()
            .await?
            .path()
            .ends_with(&format!("/events/{EVENT}")));
        let h1 = client.find(Locator::Css("h1")).await?.text().await?;
        assert!(h1.contains("2024-05-31"), "{h1}");
        // Follow the claim that disagrees to its document.
        let claim = fig.find(Locator::Css("tr.claim.differs")).await?;
        assert!(claim.text().await?.contains("74"));
        claim
            .find(Locator::Css("a.evidence-link"))
            .await?
            .click()
            .await?;
        let mark = client
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Css("mark#focus"))
            .await?;
        assert!(client
            .current_url()
            .await?
            .path()
            .starts_with("/documents/"));
        assert!(mark.is_displayed().await?);
        let text = mark.text().await?;
        assert!(text.contains("74"), "highlighted evidence: {text}");
        let class = mark.attr("class").await?.unwrap_or_default();
        assert!(class.contains("focus"), "{class}");
        let bg = client
            .execute(
                "return getComputedStyle(document.getElementById('focus')).backgroundColor",
                vec![],
            )
            .await?;
        assert_ne!(
            bg.as_str(),
            Some("rgba(0, 0, 0, 0)"),
            "the evidence is highlighted"
        );
        // The highlight leads back to the event.
        mark.find(Locator::Css("a")).await?.click().await?;
        client
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Css("section#fig-to_ukraine"))
            .await?;

        // A hostile report: no alert, no script element, the markup shown as text.
        client
            .goto(&server.url(&format!("/events/{HOSTILE_EVENT}")))
            .await?;
        let link = client
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Css("ul.documents a"))
            .await?;
        link.click().await?;
        let body = client
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Css(".doc-text"))
            .await?;
        assert!(body.text().await?.contains("<img src=x onerror=alert(1)>"));
        assert!(client
            .find_all(Locator::Css("script, img"))
            .await?
            .is_empty());
        assert!(
            client.get_alert_text().await.is_err(),
            "no alert was raised"
        );
        Ok::<(), fantoccini::error::CmdError>(())
    };
    let result = run.await;
    let _ = client.close().await;
    result.expect("the browser walk");
}
