//! `swapledger extract`: documents in, reports out (JSON Lines or JSON).

use std::io::{BufWriter, Write};
use std::process::ExitCode;

use anyhow::{bail, Result};
use chrono::NaiveDate;
use swapledger_extract::{extract, Input, Report};
use swapledger_ingest::Document;
use swapledger_text::Lang;

use crate::inputs;

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One report per line.
    Jsonl,
    /// Pretty JSON: one object for one document, an array for several.
    Json,
}

/// Arguments of `extract`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files, directories (read recursively) or `-` for standard input.
    #[arg(default_value = "-")]
    pub paths: Vec<String>,
    /// Output format (default: jsonl for several documents, json for one).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Publication date (YYYY-MM-DD), overriding the front matter.
    #[arg(long)]
    pub published: Option<NaiveDate>,
    /// Language (uk, ru, en), overriding the front matter and detection.
    #[arg(long)]
    pub language: Option<String>,
}

/// Extract one document with optional overrides.
pub fn report_of(doc: &Document, published: Option<NaiveDate>, language: Option<Lang>) -> Report {
    let input = Input {
        body: &doc.body,
        language: language.or_else(|| doc.meta.language.as_deref().and_then(Lang::from_code)),
        published: published.or(doc.meta.published),
        source: doc.meta.source.as_deref(),
        url: doc.meta.url.as_deref(),
        path: Some(&doc.path),
    };
    extract(&input)
}

/// Run `extract`.
pub fn run(args: Args) -> Result<ExitCode> {
    let language = match args.language.as_deref() {
        None => None,
        Some(code) => match Lang::from_code(code) {
            Some(l) => Some(l),
            None => bail!("unknown language {code:?}: use uk, ru or en"),
        },
    };
    let items = inputs::read_all(&args.paths);
    let format = args.format.unwrap_or(if items.len() == 1 {
        Format::Json
    } else {
        Format::Jsonl
    });
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    let mut reports = Vec::new();
    for item in items {
        match item {
            Ok(doc) => {
                let report = report_of(&doc, args.published, language).to_json();
                match format {
                    Format::Jsonl => {
                        serde_json::to_writer(&mut out, &report)?;
                        out.write_all(b"\n")?;
                    }
                    Format::Json => reports.push(report),
                }
            }
            Err((path, reason)) => {
                failed += 1;
                out.flush()?;
                eprintln!("swapledger: {path}: {reason}");
            }
        }
    }
    if format == Format::Json {
        let value = if reports.len() == 1 {
            reports.pop().unwrap_or_default()
        } else {
            serde_json::Value::Array(reports)
        };
        serde_json::to_writer_pretty(&mut out, &value)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
