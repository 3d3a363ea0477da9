//! `swapledger demo [--addr 127.0.0.1:8080] [--db FILE]`: build a ledger from
//! the sample corpus bundled in the binary (`samples/demo`) and serve it.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use swapledger_server::{demo, run_blocking, ServerConfig, WriteToken};

/// Arguments of `demo`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Address to listen on; when 8080 is taken and no address is given, any free port.
    #[arg(long)]
    pub addr: Option<SocketAddr>,
    /// Keep the demo ledger in this file (default: a temporary file, removed on exit).
    #[arg(long, value_name = "FILE")]
    pub db: Option<PathBuf>,
    /// File whose first line is a write token (else $SWAPLEDGER_TOKEN; neither: read-only).
    #[arg(long, value_name = "FILE")]
    pub token_file: Option<PathBuf>,
}

/// Run `demo`.
pub fn run(args: Args) -> Result<ExitCode> {
    let place = match args.db.clone() {
        Some(p) => demo::DemoDb::at(p),
        None => demo::DemoDb::temporary().context("creating a temporary directory")?,
    };
    let db = place.path().to_path_buf();
    eprintln!(
        "swapledger: building the demo ledger from {} bundled reports in {}",
        demo::CORPUS.len(),
        db.display()
    );
    let built = demo::build_ledger(&db).context("building the demo ledger")?;
    eprintln!(
        "swapledger: {} documents, {} events ({} with conflicting figures)",
        built.documents, built.reconciled.events, built.reconciled.conflicts
    );
    let default_addr: SocketAddr = ([127, 0, 0, 1], 8080).into();
    let mut config = ServerConfig::new(db, args.addr.unwrap_or(default_addr));
    config.token = WriteToken::configured(args.token_file.as_deref())?;
    run_blocking(config, args.addr.is_none(), |s| {
        crate::commands::serve::announce(&s.url(), s.read_only())
    })
    .context("serving the demo")?;
    drop(place);
    Ok(ExitCode::SUCCESS)
}
