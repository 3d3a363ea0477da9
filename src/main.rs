//! The `swapledger` command: wires the library crates to the command line.
//!
//! Only this binary knows about clap, standard streams, exit codes and anyhow;
//! the crates under `crates/` return typed values and errors.

mod commands;
mod progress;

use std::io::Write;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// A ledger of Ukraine–Russia prisoner exchanges and repatriations, every figure
/// traced to the sentence it was read from.
#[derive(Debug, Parser)]
#[command(name = "swapledger", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Build a ledger from the bundled sample reports and serve it in the browser.
    Demo(commands::demo::Args),
    /// Serve a ledger: JSON API and web pages.
    Serve(commands::serve::Args),
    /// Extract exchange reports (swapledger.report/1) from documents.
    Extract(commands::extract::Args),
    /// Score the extractor against a folder of NAME.txt + NAME.gold.json.
    Eval(commands::eval::Args),
    /// Read, extract and store documents in the ledger, then reconcile events.
    Ingest(commands::ingest::Args),
    /// Re-run this build's extractor over stored documents, then reconcile.
    Reextract(commands::reextract::Args),
    /// Set an analyst's value for one figure of an event (audit-logged).
    Correct(commands::correct::Args),
    /// Show the corrections of an event (the audit log).
    History(commands::history::Args),
    /// List ledger events.
    Events(commands::events::Args),
    /// Show one event: figures, claims, sources, conflicts, checks.
    Event(commands::event::Args),
    /// Export the whole ledger.
    Export(commands::export::Args),
    /// People returned per event and cumulative.
    Series(commands::series::Args),
    /// A news-style summary of an event in uk/en/ru, or Markdown files for a date range.
    Summarize(commands::summarize::Args),
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let result = match cli.command {
        Command::Demo(args) => commands::demo::run(args),
        Command::Serve(args) => commands::serve::run(args),
        Command::Extract(args) => commands::extract::run(args),
        Command::Eval(args) => commands::eval::run(args),
        Command::Ingest(args) => commands::ingest::run(args),
        Command::Reextract(args) => commands::reextract::run(args),
        Command::Correct(args) => commands::correct::run(args),
        Command::History(args) => commands::history::run(args),
        Command::Events(args) => commands::events::run(args),
        Command::Event(args) => commands::event::run(args),
        Command::Export(args) => commands::export::run(args),
        Command::Series(args) => commands::series::run(args),
        Command::Summarize(args) => commands::summarize::run(args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            let _ = writeln!(std::io::stderr(), "swapledger: {err:#}");
            ExitCode::from(2)
        }
    }
}

/// A closed pipe (`swapledger extract ... | head`) is not an error.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || e.downcast_ref::<serde_json::Error>()
                .and_then(serde_json::Error::io_error_kind)
                == Some(std::io::ErrorKind::BrokenPipe)
    })
}
