//! The `swapledger` command: wires the library crates to the command line.
//!
//! Only this binary knows about clap, standard streams, exit codes and anyhow;
//! the crates under `crates/` return typed values and errors.

mod commands;

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
    /// Extract exchange reports (swapledger.report/1) from documents.
    Extract(commands::extract::Args),
    /// Score the extractor against a folder of NAME.txt + NAME.gold.json.
    Eval(commands::eval::Args),
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
        Command::Extract(args) => commands::extract::run(args),
        Command::Eval(args) => commands::eval::run(args),
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
