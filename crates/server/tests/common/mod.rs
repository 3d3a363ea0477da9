//! A real server for the tests: a fresh SQLite file in a temporary directory,
//! filled with the given documents, served on a loopback port chosen by the
//! system (port 0), stopped (gracefully) when dropped.
#![allow(dead_code)]

use std::time::Duration;

use swapledger_ingest::parse_text_document;
use swapledger_ledger::{IngestItem, Ledger};
use swapledger_server::{Limits, Server, ServerConfig, WriteToken};

/// The token the write tests use.
pub const TOKEN: &str = "test-token-0123456789abcdef";

/// Three reports of one exchange (uk, en, ru) that disagree on the number
/// returned to Ukraine (75 against 74), and a later one of another exchange.
pub const UK: &str = "---\nlanguage: uk\npublished: 2024-05-31\nsource: Координаційний штаб\n---\nСьогодні відбувся обмін полоненими. Додому повернулися 75 наших людей. Росія отримала 75 своїх військовослужбовців.\n";
/// English, 74.
pub const EN: &str = "---\nlanguage: en\npublished: 2024-05-31\nsource: Test Wire\n---\nUkraine and Russia exchanged prisoners on Friday. 74 Ukrainians returned home, and Russia received 75 of its servicemen.\n";
/// Russian, 75.
pub const RU: &str = "---\nlanguage: ru\npublished: 2024-05-31\nsource: Тестовые новости\n---\nСегодня состоялся обмен пленными. Домой вернулись 75 украинцев, Россия получила 75 своих военнослужащих.\n";
/// A report with hostile markup in its text, its outlet and its url.
pub const HOSTILE: &str = "---\nlanguage: en\npublished: 2024-06-25\nsource: Evil <script>alert(\"src\")</script> News\nurl: javascript:alert(1)\n---\n<script>alert(\"x\")</script> Ukraine brought home 90 people <img src=x onerror=alert(1)> in an exchange today. Russia received 90 of its soldiers.\n";

/// The event of the three reports.
pub const EVENT: &str = "2024-05-31-exchange";
/// The event of the hostile report.
pub const HOSTILE_EVENT: &str = "2024-06-25-exchange";

/// A running server.
pub struct TestServer {
    /// `http://127.0.0.1:PORT`
    pub base: String,
    /// The ledger file.
    pub db: std::path::PathBuf,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<std::io::Result<()>>>,
    _dir: tempfile::TempDir,
}

/// How to start one.
#[derive(Default)]
pub struct Options {
    /// A write token.
    pub token: Option<&'static str>,
    /// Limits other than the defaults.
    pub limits: Option<Limits>,
}

impl TestServer {
    /// A read-only server over `docs` (name, text with front matter).
    pub async fn start(docs: &[(&str, &str)]) -> TestServer {
        Self::with(docs, Options::default()).await
    }

    /// A server over `docs` with options.
    pub async fn with(docs: &[(&str, &str)], opts: Options) -> TestServer {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("test.db");
        {
            let mut ledger = Ledger::open(&db).expect("ledger");
            let items: Vec<IngestItem> = docs
                .iter()
                .map(|(name, text)| IngestItem {
                    document: parse_text_document(text.as_bytes(), name).expect("fixture parses"),
                    report: None,
                })
                .collect();
            ledger.ingest_batch(&items).expect("ingest");
            ledger.reconcile().expect("reconcile");
        }
        Self::serve(dir, db, opts).await
    }

    /// A server over the bundled demo corpus.
    pub async fn demo() -> TestServer {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("demo.db");
        swapledger_server::demo::build_ledger(&db).expect("demo ledger");
        Self::serve(dir, db, Options::default()).await
    }

    async fn serve(dir: tempfile::TempDir, db: std::path::PathBuf, opts: Options) -> TestServer {
        let mut config = ServerConfig::new(&db, "127.0.0.1:0".parse().unwrap());
        config.token = opts.token.map(|t| WriteToken::new(t, "test").unwrap());
        if let Some(l) = opts.limits {
            config.limits = l;
        }
        let server = Server::bind(config).await.expect("bind");
        let base = format!("http://{}", server.local_addr());
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let task = tokio::spawn(server.run_until(async move {
            let _ = rx.await;
        }));
        TestServer {
            base,
            db,
            stop: Some(tx),
            task: Some(task),
            _dir: dir,
        }
    }

    /// The full URL of `path`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// Stop gracefully and wait until the server has finished.
    pub async fn stop(mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        if let Some(t) = self.task.take() {
            tokio::time::timeout(Duration::from_secs(15), t)
                .await
                .expect("the server stops within 15 s")
                .expect("server task")
                .expect("server result");
        }
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
    }
}

/// The three agreeing-but-not-quite reports.
pub fn exchange_docs() -> Vec<(&'static str, &'static str)> {
    vec![("uk.txt", UK), ("en.txt", EN), ("ru.txt", RU)]
}

/// GET a path, returning status and body text.
pub async fn get(s: &TestServer, path: &str) -> (u16, String) {
    let r = reqwest::get(s.url(path)).await.expect("request");
    let status = r.status().as_u16();
    (status, r.text().await.expect("body"))
}

/// GET a path as JSON.
pub async fn get_json(s: &TestServer, path: &str) -> (u16, serde_json::Value) {
    let (status, text) = get(s, path).await;
    let v =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: not JSON ({e}): {text}"));
    (status, v)
}
