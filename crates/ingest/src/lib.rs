//! Read report documents into body text plus metadata.
//!
//! A [`Document`] is what every later stage works on: the body (the text whose
//! character offsets all evidence refers to), its SHA-256 id, and the metadata
//! (language, publication date, source, url) from front matter or the format.
//!
//! # Entry points
//!
//! * [`read_inputs`]: the one document reader for every command that takes
//!   inputs. Each path may be a file, a directory (walked recursively, sorted by
//!   name) or `-` for standard input. The format is sniffed from the first bytes
//!   (gzip, WARC, JSON, RSS/Atom, HTML, plain text, known binary formats), not
//!   taken from the extension. The returned [`Reader`] is a streaming iterator of
//!   `Result<Document, InputError>`: a failed input or record is an `Err` naming
//!   its path (`PATH#N` for a record or message) and the others go on.
//!   [`Reader::summary`] then tells what was read, what failed and what was
//!   skipped (counted by [`SkipReason`]).
//! * [`read_stream`]: the same over any `Read` (tests, pipes).
//! * [`Deduplicator`]: the same body reached twice (same [`body_id`]) is
//!   extracted once; every place it was seen is kept as a [`Sighting`].
//! * Progress: [`Reader::with_progress`] takes any [`ProgressSink`] (a closure
//!   works); the library never prints and does not depend on a progress-bar crate.
//! * Single formats, for callers that already hold the bytes:
//!   [`parse_text_document`], [`html::parse_html`], [`html::html_to_text`].
//!
//! ```no_run
//! use swapledger_ingest::{read_inputs, Deduplicator, ReaderConfig, Seen};
//!
//! let paths = vec!["reports/".to_string(), "-".to_string()];
//! let mut reader = read_inputs(&paths, &ReaderConfig::default())
//!     .with_progress(|p: &swapledger_ingest::Progress<'_>| {
//!         // e.g. bar.set_length(p.bytes_total.unwrap_or(0)); bar.set_position(p.bytes_read);
//!         let _ = (p.bytes_read, p.bytes_total, p.path);
//!     });
//! let mut dedup = Deduplicator::new();
//! for item in reader.by_ref() {
//!     match item {
//!         Ok(doc) => {
//!             if let Seen::First = dedup.observe(&doc) {
//!                 // extract(&doc) ...
//!             }
//!         }
//!         Err(e) => eprintln!("{e}"), // "PATH#N: reason"
//!     }
//! }
//! eprintln!("{}", reader.summary());
//! ```
#![deny(missing_docs)]

mod charset;
mod dedup;
mod document;
mod feed;
mod front_matter;
pub mod html;
mod reader;
mod sniff;
mod telegram;
mod warc;

pub use dedup::{Deduplicator, Seen, Sighting};
pub use document::{body_id, Document, Metadata};
pub use front_matter::{kyiv_date, parse_published, parse_text_document, split_front_matter};
pub use reader::{
    read_inputs, read_stream, Failure, InputError, Progress, ProgressSink, ReadSummary, Reader,
    ReaderConfig, SkipReason, Warning,
};
pub use sniff::{sniff, Format};

/// Why an input (a file, a record, a message) could not be read as a document.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum IngestError {
    /// The bytes are not valid UTF-8 (and no other encoding was declared or clearly recognised).
    #[error("not valid UTF-8 at byte {offset}")]
    InvalidUtf8 {
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// The bytes are not valid in the declared or detected encoding.
    #[error("not valid {encoding} at byte {offset}")]
    InvalidEncoding {
        /// Encoding name (WHATWG).
        encoding: String,
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// A declared charset label that is not known.
    #[error("unknown charset {0:?}")]
    UnknownCharset(String),
    /// Zero bytes (or only a byte-order mark and white space).
    #[error("empty input")]
    Empty,
    /// The input was read but holds no text (e.g. front matter only, an HTML page without text).
    #[error("no text: {0}")]
    NoText(String),
    /// Binary data (an image, an archive, NUL bytes), not a document.
    #[error("binary data ({0}), not a document")]
    Binary(String),
    /// The input, document or record is over the configured size limit.
    #[error("larger than the size limit of {limit} bytes")]
    TooLarge {
        /// The limit in bytes.
        limit: u64,
    },
    /// Compressed data expands past the limit (a gzip bomb, or just too big).
    #[error("decompressed data exceeds the limit of {limit} bytes (gzip bomb?)")]
    DecompressedTooLarge {
        /// The limit in bytes.
        limit: u64,
    },
    /// Corrupt or truncated gzip data.
    #[error("corrupt or truncated gzip data: {0}")]
    Gzip(String),
    /// Malformed JSON (line and column as serde_json reports them).
    #[error("invalid JSON at line {line} column {column}: {message}")]
    Json {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong (and how much was read before it).
        message: String,
    },
    /// JSON that is not a Telegram Desktop export.
    #[error("unsupported JSON: {0}")]
    UnsupportedJson(String),
    /// A malformed RSS or Atom feed.
    #[error("invalid feed: {0}")]
    Feed(String),
    /// A malformed WARC record.
    #[error("invalid WARC: {0}")]
    Warc(String),
    /// A malformed HTTP message inside a WARC response record.
    #[error("invalid HTTP response: {0}")]
    Http(String),
    /// A format this crate does not read.
    #[error("unsupported format: {0}")]
    Unsupported(String),
    /// An I/O error while reading the input.
    #[error("{0}")]
    Io(#[from] std::io::Error),
}
