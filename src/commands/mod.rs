//! One module per subcommand.

pub mod correct;
pub mod db;
pub mod demo;
pub mod eval;
pub mod event;
pub mod events;
pub mod export;
pub mod extract;
pub mod history;
pub mod ingest;
pub mod reextract;
pub mod series;
pub mod serve;
pub mod summarize;
