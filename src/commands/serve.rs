//! `swapledger serve [--db FILE] [--addr 127.0.0.1:8080] [--token-file F]`:
//! the JSON API and the web pages over a ledger (see `crates/server`).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use swapledger_server::{run_blocking, ServerConfig, WriteToken};

use crate::commands::db::DbArgs;

/// Arguments of `serve`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub db: DbArgs,
    /// Address to listen on (port 0: any free port).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// File whose first line is the write token (else $SWAPLEDGER_TOKEN; neither: read-only).
    #[arg(long, value_name = "FILE")]
    pub token_file: Option<PathBuf>,
}

/// The announcement printed once a server listens.
pub fn announce(url: &str, read_only: bool) {
    println!("swapledger: serving on {url}");
    if read_only {
        println!("swapledger: read-only (give --token-file or SWAPLEDGER_TOKEN to allow writes)");
    } else {
        println!("swapledger: writes allowed with the configured token");
    }
    println!("swapledger: press Ctrl-C to stop");
}

/// Run `serve`.
pub fn run(args: Args) -> Result<ExitCode> {
    let path = args.db.path();
    if !path.exists() {
        anyhow::bail!(
            "no ledger at {} (run `swapledger ingest PATH...` first, pass --db, or try `swapledger demo`)",
            path.display()
        );
    }
    let mut config = ServerConfig::new(path, args.addr);
    config.token = WriteToken::configured(args.token_file.as_deref())?;
    run_blocking(config, false, |s| announce(&s.url(), s.read_only()))
        .context("serving the ledger")?;
    Ok(ExitCode::SUCCESS)
}
