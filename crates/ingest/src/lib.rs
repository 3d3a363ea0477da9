//! Read report documents into body text plus metadata.
//!
//! A [`Document`] is what every later stage works on: the body (the text whose
//! character offsets all evidence refers to), its SHA-256 id, and the metadata
//! (language, publication date, source, url) from front matter or the format.
#![deny(missing_docs)]

mod document;
mod front_matter;

pub use document::{body_id, Document, Metadata};
pub use front_matter::{kyiv_date, parse_published, parse_text_document, split_front_matter};

/// Why an input could not be read as a document.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// The bytes are not valid UTF-8 (and no other encoding was declared).
    #[error("not valid UTF-8 at byte {offset}")]
    InvalidUtf8 {
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// An I/O error while reading the input.
    #[error("{0}")]
    Io(#[from] std::io::Error),
}
