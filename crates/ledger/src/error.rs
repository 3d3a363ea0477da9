//! The ledger's typed errors.

/// Everything that can go wrong in the ledger.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LedgerError {
    /// An SQLite error.
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// Stored JSON that does not parse (a damaged or foreign database).
    #[error("stored JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// The database was written by a newer swapledger.
    #[error("database schema version {found} is newer than this program's {supported}")]
    SchemaTooNew {
        /// Version in the file.
        found: u32,
        /// Newest version this build knows.
        supported: u32,
    },
    /// No event with this id.
    #[error("no event {0:?}")]
    NoSuchEvent(String),
    /// A field that is not a figure of a ledger event.
    #[error("unknown figure {0:?}: use a report-v1 count field, branches.<branch>, ordinal, oldest or youngest")]
    UnknownField(String),
    /// A correction value that is not a count.
    #[error("invalid value {0:?}: use 207, \"over 200\", \"about 300\" or \"under 50\"")]
    InvalidValue(String),
    /// A correction without a note.
    #[error("a correction needs a note")]
    EmptyNote,
    /// A full-text query FTS5 rejects.
    #[error("search query: {0}")]
    Search(String),
    /// A stored value that breaks an invariant (a damaged database).
    #[error("inconsistent database: {0}")]
    Corrupt(String),
}

/// The ledger's result type.
pub type Result<T, E = LedgerError> = std::result::Result<T, E>;
