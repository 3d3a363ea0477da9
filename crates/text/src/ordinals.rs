//! Ordinal numbers in words and digits ("п'ятдесятий", "50-й", "71-м", "50th", "fiftieth").
//!
//! PLACEHOLDER: the full grammar replaces this.

use std::ops::Range;

use crate::{Lang, Span, Token};

/// An ordinal found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ordinal {
    /// The ordinal's value: 50 for "50th".
    pub value: u64,
    /// Span of the ordinal (with its suffix).
    pub span: Span,
    /// Token indices of the ordinal.
    pub tokens: Range<usize>,
}

/// Every ordinal in `tokens`, in text order.
pub fn find_ordinals(_tokens: &[Token], _lang: Lang) -> Vec<Ordinal> {
    Vec::new()
}
