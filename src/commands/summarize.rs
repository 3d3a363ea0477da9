//! `swapledger summarize`: a news-style summary of a ledger event in Ukrainian,
//! English or Russian, or Markdown files for every event of a date range.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use swapledger_ledger::EventFilter;
use swapledger_publish::{export_markdown, summarize, summary_of, Format, Lang};

use crate::commands::db::{note_as_of, DbArgs};

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SummaryFormat {
    /// Plain text.
    Text,
    /// Markdown.
    Markdown,
    /// An HTML fragment (every text from documents escaped).
    Html,
}

/// Arguments of `summarize`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Event id (`2024-01-31-exchange`); omit it with `--out` to export a date range.
    pub id: Option<String>,
    /// Language of the summary: uk, en or ru (several with `--out`, comma-separated).
    #[arg(long, default_value = "uk", value_delimiter = ',')]
    pub lang: Vec<String>,
    /// Output format of a single summary.
    #[arg(long, value_enum, default_value_t = SummaryFormat::Text)]
    pub format: SummaryFormat,
    /// Write one Markdown file per event and language into this folder.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// With `--out`: events on or after this day.
    #[arg(long)]
    pub from: Option<NaiveDate>,
    /// With `--out`: events on or before this day.
    #[arg(long)]
    pub to: Option<NaiveDate>,
    /// The ledger as known from documents published up to this day.
    #[arg(long)]
    pub as_of: Option<NaiveDate>,
    #[command(flatten)]
    pub db: DbArgs,
}

fn langs(codes: &[String]) -> Result<Vec<Lang>> {
    codes
        .iter()
        .map(|c| {
            Lang::from_code(c).with_context(|| format!("unknown language {c:?}: use uk, en or ru"))
        })
        .collect()
}

/// Run `summarize`.
pub fn run(args: Args) -> Result<ExitCode> {
    let langs = langs(&args.lang)?;
    let ledger = args.db.open_existing()?;
    let all = ledger.events(&EventFilter::default(), args.as_of)?;
    // (Full events: a summary names the sources behind disputed figures.)
    note_as_of(all.as_of, all.undated_left_out);
    let timeline = all.value;
    if let Some(dir) = &args.out {
        let from = args.from.unwrap_or(NaiveDate::MIN);
        let to = args.to.unwrap_or(NaiveDate::MAX);
        let events: Vec<_> = timeline
            .iter()
            .filter(|e| e.date >= from && e.date <= to)
            .map(|e| summary_of(e, &timeline))
            .collect();
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        let files = export_markdown(&events, from..=to, &langs);
        for f in &files {
            let path = dir.join(&f.name);
            std::fs::write(&path, &f.contents)
                .with_context(|| format!("writing {}", path.display()))?;
        }
        eprintln!(
            "swapledger: wrote {} file(s) to {}",
            files.len(),
            dir.display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    let Some(id) = &args.id else {
        bail!("give an event id, or --out DIR to export a date range");
    };
    let Some(event) = timeline.iter().find(|e| &e.id == id) else {
        eprintln!("swapledger: no event {id:?}");
        return Ok(ExitCode::from(1));
    };
    let format = match args.format {
        SummaryFormat::Text => Format::Text,
        SummaryFormat::Markdown => Format::Markdown,
        SummaryFormat::Html => Format::Html,
    };
    let input = summary_of(event, &timeline);
    for (i, lang) in langs.iter().enumerate() {
        if i > 0 {
            println!();
        }
        println!("{}", summarize(&input, *lang, format).trim_end());
    }
    Ok(ExitCode::SUCCESS)
}
