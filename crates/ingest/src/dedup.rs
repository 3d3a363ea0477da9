//! The same body reached twice: extract it once, keep every place it was seen.
//!
//! API choice: a [`Deduplicator`] the caller feeds each document to, in stream
//! order. [`Deduplicator::observe`] answers [`Seen::First`] (extract it) or
//! [`Seen::Again`] (already extracted; the sighting is recorded). At the end,
//! [`Deduplicator::sightings`] gives every place a body was seen, first one
//! first, so the report for a body can list all of them. This keeps the reader
//! streaming (no need to know the future before delivering the first copy) and
//! keeps one `Document` type. Identity is the spec's `document.id`: the SHA-256
//! of the body, byte for byte.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::Document;

/// One place a body was seen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sighting {
    /// The document path (`PATH#N` for a record or message).
    pub path: String,
    /// Its url, if any.
    pub url: Option<String>,
    /// Its source, if any.
    pub source: Option<String>,
    /// Its publication date, if any.
    pub published: Option<NaiveDate>,
}

impl Sighting {
    /// The sighting of a document.
    pub fn of(doc: &Document) -> Self {
        Sighting {
            path: doc.path.clone(),
            url: doc.meta.url.clone(),
            source: doc.meta.source.clone(),
            published: doc.meta.published,
        }
    }
}

/// The answer of [`Deduplicator::observe`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seen {
    /// First time this body is seen: extract it.
    First,
    /// Seen before; do not extract again.
    Again {
        /// Path of the first document with this body.
        first_path: String,
        /// How many times it has been seen, this one included.
        times: usize,
    },
}

/// Remembers body ids and where each was seen.
#[derive(Debug, Default)]
pub struct Deduplicator {
    index: HashMap<String, usize>,
    groups: Vec<(String, Vec<Sighting>)>,
}

impl Deduplicator {
    /// An empty deduplicator.
    pub fn new() -> Self {
        Self::default()
    }

    /// Record `doc` and tell whether its body is new.
    pub fn observe(&mut self, doc: &Document) -> Seen {
        self.observe_id(doc.id(), Sighting::of(doc))
    }

    /// As [`Deduplicator::observe`] when the id is already computed.
    pub fn observe_id(&mut self, id: String, sighting: Sighting) -> Seen {
        match self.index.get(&id) {
            Some(&i) => {
                let group = &mut self.groups[i].1;
                group.push(sighting);
                Seen::Again {
                    first_path: group[0].path.clone(),
                    times: group.len(),
                }
            }
            None => {
                self.index.insert(id.clone(), self.groups.len());
                self.groups.push((id, vec![sighting]));
                Seen::First
            }
        }
    }

    /// Every place the body with this id was seen, first one first.
    pub fn sightings(&self, id: &str) -> Option<&[Sighting]> {
        self.index.get(id).map(|&i| self.groups[i].1.as_slice())
    }

    /// Bodies seen more than once: `(id, sightings)` in first-seen order.
    pub fn duplicates(&self) -> impl Iterator<Item = (&str, &[Sighting])> {
        self.groups
            .iter()
            .filter(|(_, s)| s.len() > 1)
            .map(|(id, s)| (id.as_str(), s.as_slice()))
    }

    /// Number of distinct bodies.
    pub fn len(&self) -> usize {
        self.groups.len()
    }

    /// No body seen yet.
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }
}
