//! `swapledger extract`: documents in, reports out (JSON Lines or JSON).

use std::io::{BufWriter, Write};
use std::process::ExitCode;

use anyhow::{bail, Result};
use chrono::NaiveDate;
use swapledger_extract::{extract, Input, Report};
use swapledger_ingest::Document;
use swapledger_text::Lang;

use swapledger_ingest::{read_inputs, ReaderConfig};

use crate::progress::Bar;

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

/// Where reports go once it is known whether there is more than one.
enum Sink {
    /// No report or one report held back.
    Undecided(Option<serde_json::Value>),
    /// One report per line.
    Lines,
    /// A pretty JSON array, open.
    Array,
}

fn write_line(out: &mut impl Write, report: &serde_json::Value) -> Result<()> {
    serde_json::to_writer(&mut *out, report)?;
    out.write_all(b"\n")?;
    Ok(())
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
    let reader = read_inputs(&args.paths, &ReaderConfig::default());
    // A bar on a terminal only: the reports go to standard output, the bar to stderr.
    let bar = Bar::bytes(reader.bytes_total());
    let mut reader = reader.with_progress(bar.reader_sink());
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    // Pretty JSON for exactly one document, JSON Lines for more (unless --format
    // says): the first report is held back until a second one shows which.
    let mut sink = match args.format {
        Some(Format::Jsonl) => Sink::Lines,
        _ => Sink::Undecided(None),
    };
    for item in reader.by_ref() {
        let doc = match item {
            Ok(doc) => doc,
            Err(err) => {
                failed += 1;
                out.flush()?;
                bar.println(format!("swapledger: {err}"));
                continue;
            }
        };
        let report = report_of(&doc, args.published, language).to_json();
        sink = match sink {
            Sink::Undecided(None) => Sink::Undecided(Some(report)),
            Sink::Undecided(Some(first)) if args.format == Some(Format::Json) => {
                out.write_all(b"[\n")?;
                serde_json::to_writer_pretty(&mut out, &first)?;
                out.write_all(b",\n")?;
                serde_json::to_writer_pretty(&mut out, &report)?;
                Sink::Array
            }
            Sink::Undecided(Some(first)) => {
                write_line(&mut out, &first)?;
                write_line(&mut out, &report)?;
                Sink::Lines
            }
            Sink::Lines => {
                write_line(&mut out, &report)?;
                Sink::Lines
            }
            Sink::Array => {
                out.write_all(b",\n")?;
                serde_json::to_writer_pretty(&mut out, &report)?;
                Sink::Array
            }
        };
    }
    match sink {
        Sink::Undecided(Some(only)) => {
            serde_json::to_writer_pretty(&mut out, &only)?;
            out.write_all(b"\n")?;
        }
        Sink::Undecided(None) if args.format == Some(Format::Json) => out.write_all(b"[]\n")?,
        Sink::Array => out.write_all(b"\n]\n")?,
        _ => {}
    }
    out.flush()?;
    bar.finish();
    let summary = reader.summary();
    if failed > 0 {
        eprintln!("swapledger: {summary}");
    }
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
