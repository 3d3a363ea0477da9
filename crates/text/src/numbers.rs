//! Cardinal numbers in digits and in words, with their qualifiers.
//!
//! PLACEHOLDER: digits only. The full grammar (words in every case and gender,
//! collective numerals, multipliers, ranges, years, times) replaces this.

use std::ops::Range;

use crate::{Approx, Lang, Span, Token, TokenKind};

/// How a number was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NumberForm {
    /// Only digits ("207", "1 000", "3,672").
    Digits,
    /// Only words ("двісті сім", "thirty-six").
    Words,
    /// Digits with a word multiplier or suffix ("3 тис.", "1,2 тис.", "200-ти").
    Mixed,
}

/// What a number found in the text is, as far as the text alone can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NumberClass {
    /// A count of something: the only class that can fill a Count field.
    Count,
    /// A range "18–25": `value` is the low end, `high` the high end.
    Range {
        /// The high end of the range.
        high: u64,
    },
    /// A year ("2022", "2024 року").
    Year,
    /// A clock time ("14:30").
    Time,
    /// A phone number or other long digit code.
    Code,
    /// A decimal that is not a whole count ("1,5").
    Decimal,
}

/// A number found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Number {
    /// The value (the low end for a range).
    pub value: u64,
    /// The qualifier attached to it, if any ("понад", "about", "почти").
    pub approx: Option<Approx>,
    /// Span of the number with its qualifier.
    pub span: Span,
    /// Span of the number alone.
    pub value_span: Span,
    /// Token indices of the number alone (qualifier excluded).
    pub tokens: Range<usize>,
    /// Token indices of the qualifier, when there is one.
    pub qualifier: Option<Range<usize>>,
    /// Digits, words or mixed.
    pub form: NumberForm,
    /// Count, range, year, time, ...
    pub class: NumberClass,
    /// A collective numeral ("двоє", "п'ятеро", "обоих").
    pub collective: bool,
}

impl Number {
    /// The byte range of the number with its qualifier in the original text.
    pub fn byte_range(&self, tokens: &[Token]) -> Range<usize> {
        let first = self
            .qualifier
            .as_ref()
            .map_or(self.tokens.start, |q| q.start.min(self.tokens.start));
        tokens[first].bytes.start..tokens[self.tokens.end - 1].bytes.end
    }

    /// True when this number can fill a Count field.
    pub fn is_count(&self) -> bool {
        self.class == NumberClass::Count
    }
}

/// Every number in `tokens`, in text order, non-overlapping.
pub fn find_numbers(tokens: &[Token], _lang: Lang) -> Vec<Number> {
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if t.kind == TokenKind::Digits {
            if let Ok(value) = t.norm.parse::<u64>() {
                out.push(Number {
                    value,
                    approx: None,
                    span: t.span,
                    value_span: t.span,
                    tokens: i..i + 1,
                    qualifier: None,
                    form: NumberForm::Digits,
                    class: NumberClass::Count,
                    collective: false,
                });
            }
        }
    }
    out
}
