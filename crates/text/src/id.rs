//! The document id of the report contract: SHA-256 (hex) of the body text.

use sha2::{Digest, Sha256};

/// SHA-256 hex digest of a body text: the spec's `document.id`.
pub fn body_id(body: &str) -> String {
    use std::fmt::Write;
    let digest = Sha256::digest(body.as_bytes());
    let mut hex = String::with_capacity(64);
    for b in digest {
        let _ = write!(hex, "{b:02x}");
    }
    hex
}

#[cfg(test)]
mod tests {
    #[test]
    fn known_digest() {
        assert_eq!(
            super::body_id("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
