//! `SWAPLEDGER_TOKEN` read from the environment of a real `swapledger
//! serve` process. The variable is set only for the child process, never in
//! the test process, so no other test sees it.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

const TOKEN: &str = "env-token-0123456789abcdef";
const DOC: &str = "---\nlanguage: en\npublished: 2024-05-31\nsource: Test Wire\n---\nUkraine and Russia exchanged prisoners on Friday. 75 Ukrainians returned home.\n";

/// Kills the child when the test ends, however it ends.
struct Serving {
    child: Child,
    addr: String,
    announced: Vec<String>,
}

impl Drop for Serving {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(db: &std::path::Path, token: Option<&str>) -> Serving {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_swapledger"));
    cmd.arg("serve")
        .arg("--db")
        .arg(db)
        .args(["--addr", "127.0.0.1:0"])
        .env_remove("SWAPLEDGER_TOKEN")
        .env_remove("SWAPLEDGER_DB")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit());
    if let Some(t) = token {
        cmd.env("SWAPLEDGER_TOKEN", t);
    }
    let mut child = cmd.spawn().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut serving = Serving {
        child,
        addr: String::new(),
        announced: Vec::new(),
    };
    while !serving.announced.iter().any(|l| l.contains("Ctrl-C")) {
        let line = rx
            .recv_timeout(Duration::from_secs(60))
            .unwrap_or_else(|_| panic!("no announcement: {:?}", serving.announced));
        // (after the test harness's "test ... " on the same line)
        let mark = "swapledger: serving on http://";
        if let Some(at) = line.find(mark) {
            serving.addr = line[at + mark.len()..].trim_end_matches('/').to_string();
        }
        serving.announced.push(line);
    }
    assert!(!serving.addr.is_empty(), "{:?}", serving.announced);
    serving
}

/// POST a document; the status line of the answer.
fn post(addr: &str, auth: Option<&str>) -> String {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let auth = auth
        .map(|t| format!("Authorization: Bearer {t}\r\n"))
        .unwrap_or_default();
    write!(
        s,
        "POST /api/documents?path=env.txt HTTP/1.1\r\nHost: {addr}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {}\r\n{auth}Connection: close\r\n\r\n{DOC}",
        DOC.len()
    )
    .unwrap();
    let mut answer = String::new();
    s.read_to_string(&mut answer).unwrap();
    answer.lines().next().unwrap_or("").to_string()
}

#[test]
fn the_token_from_the_environment_enables_writes() {
    assert!(
        std::env::var_os("SWAPLEDGER_TOKEN").is_none(),
        "this test sets SWAPLEDGER_TOKEN for its child only; unset it to run"
    );
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("env.db");
    swapledger_ledger::Ledger::open(&db).unwrap();

    // Without the variable: read-only.
    let ro = serve(&db, None);
    assert!(ro.announced.iter().any(|l| l.contains("read-only")));
    assert!(post(&ro.addr, Some(TOKEN)).contains(" 403 "));
    drop(ro);

    // With it (in the child's environment only): writes with that token.
    let rw = serve(&db, Some(TOKEN));
    assert!(
        rw.announced.iter().any(|l| l.contains("writes allowed")),
        "{:?}",
        rw.announced
    );
    assert!(
        rw.announced.iter().all(|l| !l.contains(TOKEN)),
        "the token is never printed"
    );
    assert!(post(&rw.addr, None).contains(" 401 "));
    assert!(post(&rw.addr, Some("wrong-token-0123456789abcdef")).contains(" 401 "));
    let created = post(&rw.addr, Some(TOKEN));
    assert!(created.contains(" 201 "), "{created}");
    assert!(
        post(&rw.addr, Some(TOKEN)).contains(" 200 "),
        "known already"
    );
    assert!(std::env::var_os("SWAPLEDGER_TOKEN").is_none());
}
