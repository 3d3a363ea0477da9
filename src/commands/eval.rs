//! `swapledger eval`: extract every `NAME.txt` of a folder and score it against
//! `NAME.gold.json`, as the spec's scoring (and its reference scorer) does.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result};
use serde_json::Value;
use swapledger_eval::{score_document, Totals};
use swapledger_ingest::parse_text_document;

use crate::commands::extract::report_of;

/// Arguments of `eval`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folders holding NAME.txt and NAME.gold.json (searched recursively).
    #[arg(required = true)]
    pub gold_dirs: Vec<String>,
    /// List every missed and wrong fact.
    #[arg(long)]
    pub verbose: bool,
    /// Exit with status 1 when the overall F1 is below this.
    #[arg(long)]
    pub min_f1: Option<f64>,
    /// Print the figures as JSON too.
    #[arg(long)]
    pub json: bool,
}

fn gold_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) -> Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    entries.sort();
    for e in entries {
        if e.is_dir() {
            gold_files(&e, out)?;
        } else if e.to_string_lossy().ends_with(".gold.json") {
            out.push(e);
        }
    }
    Ok(())
}

/// Run `eval`.
pub fn run(args: Args) -> Result<ExitCode> {
    let mut golds = Vec::new();
    for d in &args.gold_dirs {
        gold_files(Path::new(d), &mut golds)?;
    }
    let mut totals: BTreeMap<String, Totals> = BTreeMap::new();
    let mut fields: BTreeMap<String, [usize; 3]> = BTreeMap::new();
    let mut lines = Vec::new();
    for gold_path in &golds {
        let name = gold_path.to_string_lossy();
        let stem = name.trim_end_matches(".gold.json").to_string();
        let txt = format!("{stem}.txt");
        let gold: Value = serde_json::from_slice(
            &std::fs::read(gold_path).with_context(|| format!("reading {name}"))?,
        )
        .with_context(|| format!("parsing {name}"))?;
        let bytes = std::fs::read(&txt).with_context(|| format!("reading {txt}"))?;
        let doc = parse_text_document(&bytes, &txt).with_context(|| format!("reading {txt}"))?;
        let report = report_of(&doc, None, None).to_json();
        let lang = gold
            .pointer("/document/language")
            .and_then(Value::as_str)
            .unwrap_or("?")
            .to_string();
        let empty = Vec::new();
        let gold_events = gold
            .get("events")
            .and_then(Value::as_array)
            .unwrap_or(&empty);
        let pred_events = report
            .get("events")
            .and_then(Value::as_array)
            .unwrap_or(&empty);
        let short = Path::new(&stem)
            .file_name()
            .map_or(stem.clone(), |s| s.to_string_lossy().to_string());
        let score = score_document(gold_events, pred_events)
            .map_err(|e| anyhow::anyhow!("{short}: {e}"))?;
        if args.verbose {
            for note in &score.notes {
                lines.push(format!("{short}: {note}"));
            }
        }
        for (f, v) in &score.fields {
            let e = fields.entry(f.clone()).or_insert([0; 3]);
            for k in 0..3 {
                e[k] += v[k];
            }
        }
        totals.entry("all".into()).or_default().add(&score);
        totals.entry(lang).or_default().add(&score);
    }
    for l in &lines {
        println!("{l}");
    }
    let all = totals.get("all").cloned().unwrap_or_default();
    println!("documents: {}", all.documents);
    println!(
        "{:10} {:>9} {:>7} {:>6} {:>8}",
        "", "precision", "recall", "F1", "main ok"
    );
    let mut figures = serde_json::Map::new();
    for (k, t) in std::iter::once(("all", &all)).chain(
        totals
            .iter()
            .filter(|(k, _)| *k != "all")
            .map(|(k, t)| (k.as_str(), t)),
    ) {
        let (p, r, f) = t.prf();
        println!(
            "{k:10} {p:9.3} {r:7.3} {f:6.3} {:>3}/{:<4}",
            t.main_ok, t.documents
        );
        figures.insert(
            k.to_string(),
            serde_json::json!({"precision": p, "recall": r, "f1": f, "main_ok": t.main_ok as f64 / t.documents.max(1) as f64}),
        );
    }
    println!("per field (right / predicted / gold):");
    for (f, [r, p, g]) in &fields {
        println!("  {f:24} {r:4} / {p:4} / {g:4}");
    }
    if args.json {
        println!(
            "{}",
            serde_json::json!({"overall": figures, "fields": fields})
        );
    }
    let (_, _, f1) = all.prf();
    println!("F1 {f1:.3}");
    if let Some(min) = args.min_f1 {
        if f1 < min {
            eprintln!("swapledger: F1 {f1:.3} is below the floor {min:.3}");
            return Ok(ExitCode::from(1));
        }
    }
    Ok(ExitCode::SUCCESS)
}
