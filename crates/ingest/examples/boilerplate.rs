//! Measure boilerplate left in the extracted text of the HTML fixtures that have
//! a hand-made `*.expected.txt`: characters on output lines that are not gold
//! lines (residue), and gold characters missing from the output (loss).
//!
//! `cargo run -p swapledger-ingest --example boilerplate`

use std::path::PathBuf;

use swapledger_ingest::html::parse_html;

fn chars(s: &str) -> usize {
    s.chars().filter(|c| !c.is_whitespace()).count()
}

fn main() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/html");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".expected.txt"))
        .collect();
    names.sort();
    println!("page\tall_text\tboilerplate\tresidue\tloss");
    for gold_path in names {
        let gold = std::fs::read_to_string(&gold_path).expect("gold");
        let html_path = PathBuf::from(
            gold_path
                .to_string_lossy()
                .replace(".expected.txt", ".html"),
        );
        let bytes = std::fs::read(&html_path).expect("page");
        let out = parse_html(&bytes, "x", None).expect("parse").body;
        // Every visible text node of the page (what a naive tag stripper keeps,
        // minus scripts and styles): the article plus all its boilerplate.
        let page = scraper::Html::parse_document(&String::from_utf8_lossy(&bytes));
        let all: String = page
            .root_element()
            .descendants()
            .filter_map(|n| n.value().as_text().map(|t| (n, t)))
            .filter(|(n, _)| {
                !n.ancestors().any(|a| {
                    a.value().as_element().is_some_and(|e| {
                        matches!(e.name(), "script" | "style" | "head" | "noscript")
                    })
                })
            })
            .map(|(_, t)| format!("{} ", &**t))
            .collect();
        let gold_lines: Vec<&str> = gold.lines().collect();
        let residue: usize = out
            .lines()
            .filter(|l| !gold_lines.contains(l))
            .map(chars)
            .sum();
        let out_lines: Vec<&str> = out.lines().collect();
        let loss: usize = gold
            .lines()
            .filter(|l| !out_lines.contains(l))
            .map(chars)
            .sum();
        println!(
            "{}\t{}\t{}\t{}\t{}",
            html_path.file_name().unwrap().to_string_lossy(),
            chars(&all),
            chars(&all).saturating_sub(chars(&gold)),
            residue,
            loss
        );
    }
}
