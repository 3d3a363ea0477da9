//! What a server is started with: the ledger file, the address, the write
//! token (a secret that never prints) and the request limits.

use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The bearer token that allows writes. Its `Debug` shows no secret, and it
/// has no `Display`: it cannot be printed by accident.
#[derive(Clone, PartialEq, Eq)]
pub struct WriteToken(String);

/// Why a token could not be read.
#[derive(Debug, thiserror::Error)]
pub enum TokenError {
    /// The token file could not be read.
    #[error("reading the token file {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The reason.
        source: std::io::Error,
    },
    /// The token is empty or too short to be a secret.
    #[error("the write token from {0} is shorter than 16 characters")]
    TooShort(String),
}

impl WriteToken {
    /// The shortest token accepted.
    pub const MIN_LEN: usize = 16;

    /// A token from its text (surrounding whitespace trimmed).
    pub fn new(secret: &str, origin: &str) -> Result<WriteToken, TokenError> {
        let t = secret.trim();
        if t.chars().count() < Self::MIN_LEN {
            return Err(TokenError::TooShort(origin.to_string()));
        }
        Ok(WriteToken(t.to_string()))
    }

    /// The token of a server: the first line of `file` when given, else the
    /// `SWAPLEDGER_TOKEN` environment variable when set and not empty, else
    /// none (a read-only server).
    pub fn configured(file: Option<&Path>) -> Result<Option<WriteToken>, TokenError> {
        if let Some(path) = file {
            let text = std::fs::read_to_string(path).map_err(|source| TokenError::Read {
                path: path.to_path_buf(),
                source,
            })?;
            let first = text.lines().next().unwrap_or("");
            return WriteToken::new(first, &path.display().to_string()).map(Some);
        }
        match std::env::var("SWAPLEDGER_TOKEN") {
            Ok(v) if !v.trim().is_empty() => WriteToken::new(&v, "SWAPLEDGER_TOKEN").map(Some),
            _ => Ok(None),
        }
    }

    /// Whether `presented` is this token, compared in time independent of
    /// where the first difference is.
    pub fn matches(&self, presented: &str) -> bool {
        let a = self.0.as_bytes();
        let b = presented.as_bytes();
        let mut diff = a.len() ^ b.len();
        for i in 0..a.len().max(b.len()) {
            let x = a.get(i).copied().unwrap_or(0);
            let y = b.get(i).copied().unwrap_or(0);
            diff |= usize::from(x ^ y);
        }
        diff == 0
    }
}

impl fmt::Debug for WriteToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("WriteToken(<secret>)")
    }
}

/// Limits on every request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest request body accepted (bytes).
    pub body_bytes: usize,
    /// Longest time a request may take before it is answered 503.
    pub timeout: Duration,
    /// Ledger connections (concurrent database work).
    pub connections: usize,
    /// Longest time a client may take to send a request's headers, counted
    /// from when the server is ready for them (the connection opened, or the
    /// previous response sent on a kept-alive connection); past it the
    /// connection is closed. Slow clients (slowloris) cannot hold
    /// connections, and idle kept-alive ones close after this long too.
    pub header_read: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map_or(2, usize::from);
        Limits {
            body_bytes: 2 * 1024 * 1024,
            timeout: Duration::from_secs(30),
            connections: (cores * 2).clamp(4, 32),
            header_read: Duration::from_secs(10),
        }
    }
}

/// How to start a server.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// The ledger file (created when missing).
    pub db: PathBuf,
    /// Where to listen (port 0: any free port).
    pub addr: SocketAddr,
    /// The write token; `None` makes the server read-only.
    pub token: Option<WriteToken>,
    /// Request limits.
    pub limits: Limits,
}

impl ServerConfig {
    /// A read-only server of `db` on `addr` with default limits.
    pub fn new(db: impl Into<PathBuf>, addr: SocketAddr) -> ServerConfig {
        ServerConfig {
            db: db.into(),
            addr,
            token: None,
            limits: Limits::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_never_prints_and_compares_exactly() {
        let t = WriteToken::new("  correct-horse-battery-staple\n", "test").unwrap();
        assert!(!format!("{t:?}").contains("horse"));
        assert!(t.matches("correct-horse-battery-staple"));
        assert!(!t.matches("correct-horse-battery-stapl"));
        assert!(!t.matches("correct-horse-battery-staple2"));
        assert!(!t.matches(""));
        assert!(WriteToken::new("short", "test").is_err());
    }

    #[test]
    fn a_token_file_gives_its_first_line_and_errors_name_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("token");
        std::fs::write(&f, "0123456789abcdef-secret\nsecond line\n").unwrap();
        let t = WriteToken::configured(Some(&f)).unwrap().unwrap();
        assert!(t.matches("0123456789abcdef-secret"));
        std::fs::write(&f, "short\n").unwrap();
        let e = WriteToken::configured(Some(&f)).unwrap_err().to_string();
        assert!(e.contains("token") && !e.contains("short\n"), "{e}");
        let missing = dir.path().join("nope");
        let e = WriteToken::configured(Some(&missing))
            .unwrap_err()
            .to_string();
        assert!(e.contains("nope"), "{e}");
    }
}
