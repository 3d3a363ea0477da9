//! The `swapledger` binary as a user runs it: formats, standard input, overrides,
//! failed inputs, usage errors, help, a closed pipe, and `eval`.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;
use sha2::{Digest, Sha256};

const BIN: &str = env!("CARGO_BIN_EXE_swapledger");

const BODY_UK: &str = "Україна повернула з полону 207 захисників\n\nСьогодні відбувся обмін полоненими. Додому повернулися 207 українців.\n";
const BODY_RU: &str =
    "Сегодня состоялся обмен пленными: домой вернулись 95 украинцев. Благодарим Катар за помощь.\n";
const BODY_EN: &str =
    "Today 100 Ukrainian soldiers returned home from Russian captivity in a prisoner exchange.\n";

fn doc(language: &str, published: &str, body: &str) -> String {
    format!("---\nlanguage: {language}\npublished: {published}\nsource: Test\n---\n{body}")
}

fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("write temp file");
    p
}

fn swapledger(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run swapledger")
}

fn with_stdin(args: &[&str], input: &str) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn swapledger");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("wait")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 stdout")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

fn s(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

#[test]
fn sha256_helper_matches_a_known_digest() {
    // sha256("abc") from FIPS 180-2.
    assert_eq!(
        sha256_hex("abc"),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
}

#[test]
fn one_file_prints_one_pretty_json_report() {
    let dir = tempfile::tempdir().expect("tempdir");
    let f = write(dir.path(), "a.txt", doc("uk", "2024-01-31", BODY_UK));
    let o = swapledger(&["extract", s(&f)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("{\n"), "not pretty JSON: {out}");
    assert!(out.lines().count() > 5, "not pretty JSON: {out}");
    let r: Value = serde_json::from_str(&out).expect("one JSON object");
    assert_eq!(r["schema"], "swapledger.report/1");
    // document.id is the sha256 of the body after the front matter, not of the file.
    assert_eq!(
        r["document"]["id"].as_str(),
        Some(sha256_hex(BODY_UK).as_str())
    );
    assert_ne!(
        r["document"]["id"].as_str(),
        Some(sha256_hex(&doc("uk", "2024-01-31", BODY_UK)).as_str())
    );
    assert_eq!(r["document"]["path"].as_str(), Some(s(&f)));
    assert_eq!(r["document"]["language"], "uk");
    assert_eq!(r["document"]["published"], "2024-01-31");
    assert_eq!(r["document"]["source"], "Test");
    assert_eq!(r["events"][0]["to_ukraine"], 207);
}

#[test]
fn several_files_print_one_report_per_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = write(dir.path(), "a.txt", doc("uk", "2024-01-31", BODY_UK));
    let b = write(dir.path(), "b.txt", doc("ru", "2024-03-07", BODY_RU));
    let c = write(dir.path(), "c.txt", doc("en", "2024-02-08", BODY_EN));
    let o = swapledger(&["extract", s(&a), s(&b), s(&c)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    let ids: Vec<String> = lines
        .iter()
        .map(|l| {
            let r: Value = serde_json::from_str(l).expect("a JSON report per line");
            assert_eq!(r["schema"], "swapledger.report/1");
            r["document"]["id"].as_str().expect("id").to_string()
        })
        .collect();
    assert_eq!(
        ids,
        [
            sha256_hex(BODY_UK),
            sha256_hex(BODY_RU),
            sha256_hex(BODY_EN)
        ]
    );

    // A directory is read in sorted order; --format json gives an array.
    let o = swapledger(&["extract", "--format", "json", s(dir.path())]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let all: Value = serde_json::from_str(&stdout(&o)).expect("JSON array");
    let paths: Vec<&str> = all
        .as_array()
        .expect("array")
        .iter()
        .map(|r| r["document"]["path"].as_str().expect("path"))
        .collect();
    assert_eq!(paths.len(), 3, "{paths:?}");
    assert!(
        paths[0].ends_with("a.txt") && paths[1].ends_with("b.txt") && paths[2].ends_with("c.txt")
    );

    // --format jsonl for a single document.
    let o = swapledger(&["extract", "--format", "jsonl", s(&a)]);
    assert_eq!(stdout(&o).lines().count(), 1);
}

#[test]
fn dash_reads_standard_input() {
    let o = with_stdin(&["extract", "--published", "2024-02-08", "-"], BODY_EN);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let r: Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!(r["document"]["path"], "-");
    assert_eq!(
        r["document"]["id"].as_str(),
        Some(sha256_hex(BODY_EN).as_str())
    );
    assert_eq!(r["document"]["language"], "en", "detected from the text");
    assert_eq!(r["events"][0]["to_ukraine"], 100);
    assert_eq!(r["events"][0]["date"], "2024-02-08");

    // Front matter on standard input is read too.
    let o = with_stdin(&["extract", "-"], &doc("ru", "2024-03-07", BODY_RU));
    let r: Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!(r["document"]["published"], "2024-03-07");
    assert_eq!(
        r["document"]["id"].as_str(),
        Some(sha256_hex(BODY_RU).as_str())
    );
}

#[test]
fn published_and_language_override_the_front_matter() {
    let dir = tempfile::tempdir().expect("tempdir");
    let f = write(dir.path(), "a.txt", doc("en", "2020-01-01", BODY_UK));
    let o = swapledger(&[
        "extract",
        "--published",
        "2024-05-31",
        "--language",
        "uk",
        s(&f),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let r: Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!(r["document"]["published"], "2024-05-31");
    assert_eq!(r["document"]["language"], "uk");
    // "Сьогодні" resolves against the overriding date.
    assert_eq!(r["events"][0]["date"], "2024-05-31");

    let o = swapledger(&["extract", s(&f)]);
    let r: Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!(r["document"]["published"], "2020-01-01");
    assert_eq!(r["document"]["language"], "en");
}

#[test]
fn a_failed_input_is_reported_and_the_others_still_print() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = write(dir.path(), "a.txt", doc("uk", "2024-01-31", BODY_UK));
    let bad = write(
        dir.path(),
        "bad.txt",
        b"---\nlanguage: uk\n---\n\xff\xfe\xd0 not utf-8\n",
    );
    let missing = dir.path().join("missing.txt");
    let c = write(dir.path(), "c.txt", doc("en", "2024-02-08", BODY_EN));
    let o = swapledger(&["extract", s(&a), s(&bad), s(&missing), s(&c)]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains(s(&bad)),
        "stderr should name {}: {err}",
        bad.display()
    );
    assert!(
        err.contains(s(&missing)),
        "stderr should name {}: {err}",
        missing.display()
    );
    let out = stdout(&o);
    let paths: Vec<String> = out
        .lines()
        .map(|l| {
            let r: Value = serde_json::from_str(l).expect("JSON line");
            r["document"]["path"].as_str().expect("path").to_string()
        })
        .collect();
    assert_eq!(paths, [s(&a), s(&c)], "{out}");
    assert!(!out.contains("bad.txt") && !out.contains("missing.txt"));
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["extract", "--no-such-flag"][..],
        &["extract", "--published", "31.05.2024", "-"],
        &["extract", "--format", "xml", "-"],
        &["extract", "--language", "de", "-"],
        &["no-such-command"],
        &[],
        &["eval"],
    ] {
        let o = swapledger(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(!stderr(&o).is_empty(), "{args:?}: nothing on stderr");
        assert!(o.stdout.is_empty(), "{args:?}: {}", stdout(&o));
    }
}

#[test]
fn help_works_for_each_subcommand() {
    let o = swapledger(&["--help"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(out.contains("extract") && out.contains("eval"), "{out}");

    let o = swapledger(&["extract", "--help"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    for flag in ["--format", "--published", "--language"] {
        assert!(out.contains(flag), "extract --help lacks {flag}: {out}");
    }

    let o = swapledger(&["eval", "--help"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    for flag in ["--min-f1", "--verbose", "--json"] {
        assert!(out.contains(flag), "eval --help lacks {flag}: {out}");
    }

    let o = swapledger(&["help", "extract"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("--published"));
}

/// Spawns `extract` over `docs` documents whose reports are each far larger than a
/// pipe holds, reads the first line and closes the pipe. Returns the first report
/// and the process's output.
fn close_pipe_after_one_line(docs: usize) -> (Value, Output) {
    let dir = tempfile::tempdir().expect("tempdir");
    // A 1 MiB `source` in every report: the second report cannot fit in the pipe
    // (64 KiB on Linux, 1 MiB at most), so the writer meets the closed pipe while
    // it writes that report, whatever the timing.
    let big = "x".repeat(1 << 20);
    for i in 0..docs {
        let text =
            format!("---\nlanguage: uk\npublished: 2024-01-31\nsource: {big}\n---\n{BODY_UK}");
        write(dir.path(), &format!("{i:03}.txt"), text);
    }
    let mut child = Command::new(BIN)
        .args(["extract", "--format", "jsonl", s(dir.path())])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn swapledger");
    let mut reader = BufReader::new(child.stdout.take().expect("stdout"));
    let mut line = String::new();
    reader.read_line(&mut line).expect("read one line");
    drop(reader);
    let o = child.wait_with_output().expect("wait");
    let first: Value = serde_json::from_str(&line).expect("first report");
    assert!(
        line.len() > 1 << 20,
        "the report should carry the 1 MiB source"
    );
    (first, o)
}

#[test]
fn closed_pipe_while_writing_a_report_is_not_an_error() {
    let (first, o) = close_pipe_after_one_line(3);
    assert_eq!(first["schema"], "swapledger.report/1");
    // The broken pipe surfaces inside serde_json::to_writer; main.rs looks for it there.
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
    assert!(stderr(&o).is_empty(), "stderr: {}", stderr(&o));
}

#[test]
fn eval_scores_a_gold_equal_to_the_extraction_as_f1_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let txt = write(dir.path(), "uk-test.txt", doc("uk", "2024-01-31", BODY_UK));
    let o = swapledger(&["extract", s(&txt)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let gold: Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert!(
        gold["events"].as_array().is_some_and(|e| !e.is_empty()),
        "no events to score"
    );
    write(
        dir.path(),
        "uk-test.gold.json",
        serde_json::to_string_pretty(&gold).expect("JSON"),
    );

    let o = swapledger(&["eval", s(dir.path())]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("documents: 1"), "{out}");
    assert!(out.lines().any(|l| l.trim() == "F1 1.000"), "{out}");

    let o = swapledger(&["eval", "--min-f1", "1.01", s(dir.path())]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stdout(&o).lines().any(|l| l.trim() == "F1 1.000"));
    assert!(stderr(&o).contains("below"), "{}", stderr(&o));

    let o = swapledger(&["eval", "--min-f1", "1.0", s(dir.path())]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));

    // A gold that disagrees scores below 1 and fails the floor.
    let mut wrong = gold.clone();
    wrong["events"][0]["to_ukraine"] = Value::from(208);
    write(
        dir.path(),
        "uk-test.gold.json",
        serde_json::to_string(&wrong).expect("JSON"),
    );
    let o = swapledger(&["eval", "--min-f1", "1.0", s(dir.path())]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(
        !stdout(&o).lines().any(|l| l.trim() == "F1 1.000"),
        "{}",
        stdout(&o)
    );
}
