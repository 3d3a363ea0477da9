//! Ordinal numbers in words and digits ("п'ятдесятий", "50-й", "71-м", "50th", "fiftieth").
//!
//! * Digits with an ordinal ending, with or without a hyphen: "48-й", "50-го",
//!   "71-м", "5-ий", "50th", "1st". Case endings of cardinals ("2-х", "200-ти")
//!   are not ordinals.
//! * Ordinal words in every case and gender, from the stem and ending tables of
//!   [`crate::numbers`] ("п'ятий", "п'ятого", "пятидесятый", "third", "fiftieth"),
//!   alone or completing cardinal words: "сто сорок четвертий", "двадцять
//!   перший", "twenty-first", "one hundred and fiftieth".
//! * "другий", "второй", "second", "друга" are returned although they also mean
//!   "other", "friend" or a unit of time: the consumer decides.
//! * An ordinal that is the day of a date or a year ("24-го лютого",
//!   "2022-го року") is not returned: it does not count anything.

use std::ops::Range;

use crate::numbers::table::{lexicon, Lexicon};
use crate::numbers::{ordinal_after, parse_words, ORD_SUFFIXES};
use crate::{Gap, Lang, Span, Token, TokenKind};

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

/// Digits with an ordinal ending at token `i`: value and one past the ending.
fn digit_ordinal(tokens: &[Token], i: usize) -> Option<(u64, usize)> {
    let t = &tokens[i];
    if t.kind != TokenKind::Digits || t.norm.len() > 19 {
        return None;
    }
    // Not the tail of "3,5", "1 000" or a code.
    if i > 0 && t.gap == Gap::None && tokens[i - 1].kind != TokenKind::Punct {
        return None;
    }
    if i > 1
        && t.gap == Gap::None
        && matches!(tokens[i - 1].norm.as_str(), "," | "." | ":" | "-" | "/")
        && tokens[i - 2].kind != TokenKind::Punct
    {
        return None;
    }
    let value: u64 = t.norm.parse().ok()?;
    let mut k = i + 1;
    if tokens
        .get(k)
        .is_some_and(|h| h.kind == TokenKind::Punct && h.norm == "-" && h.gap == Gap::None)
    {
        k += 1;
    }
    let s = tokens.get(k)?;
    (s.kind == TokenKind::Word && s.gap == Gap::None && ORD_SUFFIXES.contains(&s.norm.as_str()))
        .then_some((value, k + 1))
}

/// True when the token at `end` makes what precedes it a date (a month or "року").
fn dated(tokens: &[Token], end: usize, lex: &Lexicon) -> bool {
    tokens.get(end).is_some_and(|t| {
        t.kind == TokenKind::Word
            && matches!(t.gap, Gap::Space | Gap::Narrow)
            && (lex.months.contains(t.norm.as_str()) || lex.year_words.contains(t.norm.as_str()))
    })
}

/// Every ordinal in `tokens`, in text order.
///
/// The word tables of all three languages are used whatever `lang` is.
pub fn find_ordinals(tokens: &[Token], _lang: Lang) -> Vec<Ordinal> {
    let lex = lexicon();
    let mut out = Vec::new();
    let mut i = 0;
    let push = |out: &mut Vec<Ordinal>, value, r: Range<usize>| {
        out.push(Ordinal {
            value,
            span: tokens[r.start].span.cover(tokens[r.end - 1].span),
            tokens: r,
        });
    };
    while i < tokens.len() {
        let t = &tokens[i];
        match t.kind {
            TokenKind::Digits => {
                if let Some((value, end)) = digit_ordinal(tokens, i) {
                    if !dated(tokens, end, lex) {
                        push(&mut out, value, i..end);
                    }
                    i = end;
                    continue;
                }
            }
            TokenKind::Word => {
                if let Some(wp) = parse_words(tokens, i, lex) {
                    if let Some((end, value)) = ordinal_after(tokens, wp.end, wp.value, lex) {
                        if !dated(tokens, end, lex) {
                            push(&mut out, value, i..end);
                        }
                        i = end;
                        continue;
                    }
                    if wp.words >= 2 {
                        // A compound cardinal: none of its words is an ordinal.
                        i = wp.end;
                        continue;
                    }
                }
                if let Some(&value) = lex.ord.get(t.norm.as_str()) {
                    if !dated(tokens, i + 1, lex) {
                        push(&mut out, value, i..i + 1);
                    }
                }
            }
            TokenKind::Punct => {}
        }
        i += 1;
    }
    out
}
