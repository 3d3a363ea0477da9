//! Numbers, ordinals, dates and language in Ukrainian, Russian and English text.
//!
//! This crate is pure: it does no I/O and never fails on input. Everything it
//! returns carries a [`Span`] of Unicode scalar offsets (end exclusive) into
//! the text it was given, so every value can be checked against its source.
//!
//! The pipeline is: [`tokenize`] the text once (each token keeps its span and
//! a normalized lowercase form), then run the recognizers over the tokens:
//! [`numbers::find_numbers`], [`ordinals::find_ordinals`],
//! [`dates::find_dates`]. [`lang::detect`] names the language.
//!
//! ```
//! use swapledger_text::{tokenize, numbers::find_numbers, Lang};
//!
//! let text = "додому повернулися двісті сім захисників";
//! let tokens = tokenize(text);
//! let found = find_numbers(&tokens, Lang::Uk);
//! assert_eq!(found[0].value, 207);
//! assert_eq!(&text[found[0].byte_range(&tokens)], "двісті сім");
//! ```
#![deny(missing_docs)]

pub mod dates;
mod id;
pub mod lang;
pub mod numbers;
pub mod ordinals;
mod span;
mod token;

pub use id::body_id;
pub use lang::Lang;
pub use span::Span;
pub use token::{normalize_word, tokenize, Gap, Token, TokenKind};

/// How a count is qualified in the text ("понад 3 тис.", "about 200", "почти 6 тысяч").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Approx {
    /// More than, at least: the true figure is at or above the value.
    Over,
    /// About, around: the value is a rounded estimate.
    About,
    /// Almost, up to: the true figure is at or below the value.
    Under,
}

impl Approx {
    /// The spec's name for this qualifier (`over`, `about`, `under`).
    pub fn as_str(self) -> &'static str {
        match self {
            Approx::Over => "over",
            Approx::About => "about",
            Approx::Under => "under",
        }
    }
}
