//! `swapledger summarize` as a user runs it: a ledger built from the ledger
//! crate's fixture reports, then a summary per language and a Markdown export.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_swapledger");

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("crates/ledger/tests/data/reports")
}

fn run(db: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .arg("--db")
        .arg(db)
        .env_remove("SWAPLEDGER_DB")
        .output()
        .expect("runs")
}

fn stdout_of(out: &Output) -> String {
    assert!(
        out.status.success(),
        "status {:?}\nstderr: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

#[test]
fn summaries_in_three_languages_and_a_markdown_export() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("l.db");
    stdout_of(&run(&db, &["ingest", fixtures().to_str().unwrap()]));

    let uk = stdout_of(&run(
        &db,
        &["summarize", "2024-01-31-exchange", "--lang", "uk"],
    ));
    assert!(uk.contains("31 січня 2024 року"), "{uk}");
    assert!(uk.contains("50-й обмін"), "{uk}");
    let en = stdout_of(&run(
        &db,
        &["summarize", "2024-01-31-exchange", "--lang", "en"],
    ));
    assert!(en.contains("31 January 2024"), "{en}");
    let ru = stdout_of(&run(
        &db,
        &["summarize", "2024-01-31-exchange", "--lang", "ru"],
    ));
    assert!(ru.contains("31 января 2024 года"), "{ru}");
    // The reports disagree on the number returned: the summary names the figures.
    assert!(uk.contains("207") && uk.contains("206"), "{uk}");

    let html = stdout_of(&run(
        &db,
        &[
            "summarize",
            "2024-01-31-exchange",
            "--lang",
            "en",
            "--format",
            "html",
        ],
    ));
    assert!(html.contains("<h1>") || html.contains("<p>"), "{html}");

    let out = dir.path().join("md");
    let o = run(
        &db,
        &[
            "summarize",
            "--out",
            out.to_str().unwrap(),
            "--lang",
            "uk,en,ru",
            "--from",
            "2024-01-01",
            "--to",
            "2024-12-31",
        ],
    );
    stdout_of(&o);
    let files: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(files.len() >= 3, "{files:?}");
    assert!(
        files.iter().all(|f| f.to_string_lossy().ends_with(".md")),
        "{files:?}"
    );

    let missing = run(&db, &["summarize", "1999-01-01-exchange"]);
    assert_eq!(missing.status.code(), Some(1));
    let bad_lang = run(&db, &["summarize", "2024-01-31-exchange", "--lang", "de"]);
    assert_eq!(bad_lang.status.code(), Some(2));
}
