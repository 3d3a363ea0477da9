//! The document type shared by every reader.

pub use swapledger_text::body_id;

/// Metadata of a document: from front matter, a format's own fields, or the command line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metadata {
    /// `uk`, `ru` or `en` as declared (not validated here).
    pub language: Option<String>,
    /// Publication date, already in Kyiv time, as `YYYY-MM-DD`.
    pub published: Option<chrono::NaiveDate>,
    /// Outlet or channel name.
    pub source: Option<String>,
    /// Where the document came from.
    pub url: Option<String>,
    /// Keys this crate does not know, kept in order.
    pub extra: Vec<(String, String)>,
}

/// One report document: body text plus metadata.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Where it was read from: the path as given, `-` for stdin, `PATH#N` for one record of an archive.
    pub path: String,
    /// The body: all evidence offsets refer to it.
    pub body: String,
    /// The metadata.
    pub meta: Metadata,
}

impl Document {
    /// The document id: SHA-256 (hex) of the body.
    pub fn id(&self) -> String {
        body_id(&self.body)
    }
}
