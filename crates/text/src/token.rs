//! Tokenization with normalization that never loses offsets.
//!
//! The text is cut into words, digit runs and punctuation. Each token keeps its
//! span in the original text (Unicode scalar offsets) and its byte range, and
//! carries a normalized form used for matching: NFC, lowercase, the apostrophe
//! family (' ’ ʼ ‘ ` ′) folded to `'`, ё folded to е, stress marks and soft hyphens
//! dropped, the dash family folded to `-`. Whitespace is not a token: the
//! [`Gap`] before each token says what separated it from the previous one, so a
//! number recognizer can tell "1 000" (a group separator) from a line break.

use std::ops::Range;

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::Span;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters (with inner apostrophes and combining marks).
    Word,
    /// A run of ASCII or other decimal digits.
    Digits,
    /// Any other single visible character.
    Punct,
}

/// The whitespace between a token and the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Gap {
    /// The tokens touch ("50-й", "3,5").
    None,
    /// Only no-break, thin or narrow no-break spaces: a digit-group separator.
    Narrow,
    /// Ordinary spaces or tabs on one line.
    Space,
    /// One line break.
    Newline,
    /// A blank line or more: a paragraph break.
    Paragraph,
}

/// One token of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Word, digits or punctuation.
    pub kind: TokenKind,
    /// Character span in the original text.
    pub span: Span,
    /// Byte range in the original text.
    pub bytes: Range<usize>,
    /// Normalized form: NFC, lowercase, folded apostrophes, е for ё, `-` for dashes.
    pub norm: String,
    /// Whitespace before the token.
    pub gap: Gap,
    /// The token starts with an uppercase letter.
    pub capitalized: bool,
}

impl Token {
    /// The token's text as written in the original.
    pub fn raw<'t>(&self, text: &'t str) -> &'t str {
        &text[self.bytes.clone()]
    }

    /// True when this is a word token whose normalized form is `w`.
    pub fn is_word(&self, w: &str) -> bool {
        self.kind == TokenKind::Word && self.norm == w
    }

    /// True when this is punctuation whose normalized form is `p`.
    pub fn is_punct(&self, p: &str) -> bool {
        self.kind == TokenKind::Punct && self.norm == p
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '\u{02BC}' | '\u{2018}' | '`' | '\u{2032}' | '\u{02B9}'
    )
}

fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}'
            | '\u{2011}'
            | '\u{2012}'
            | '\u{2013}'
            | '\u{2014}'
            | '\u{2015}'
            | '\u{2212}'
    )
}

fn is_narrow_space(c: char) -> bool {
    matches!(
        c,
        '\u{00A0}' | '\u{2007}' | '\u{2009}' | '\u{202F}' | '\u{200A}'
    )
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || is_combining_mark(c) || c == '\u{00AD}'
}

/// Cut `text` into tokens. Never fails; every token's span indexes `text`.
pub fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut tokens = Vec::with_capacity(chars.len() / 5 + 1);
    let mut i = 0;
    let mut gap = Gap::None;
    let mut newlines = 0u32;
    let mut plain_space = false;
    while i < chars.len() {
        let (_, c) = chars[i];
        if c.is_whitespace() || c == '\u{FEFF}' || c == '\u{200B}' {
            if c == '\n' {
                newlines += 1;
            } else if !is_narrow_space(c) && c != '\r' {
                plain_space = true;
            }
            gap = if newlines >= 2 {
                Gap::Paragraph
            } else if newlines == 1 {
                Gap::Newline
            } else if plain_space {
                Gap::Space
            } else {
                Gap::Narrow
            };
            i += 1;
            continue;
        }
        let start = i;
        let kind;
        if c.is_numeric() && c.to_digit(10).is_some() {
            kind = TokenKind::Digits;
            while i < chars.len() && chars[i].1.to_digit(10).is_some() {
                i += 1;
            }
        } else if is_word_char(c) {
            kind = TokenKind::Word;
            while i < chars.len() {
                let d = chars[i].1;
                if is_word_char(d) {
                    i += 1;
                } else if is_apostrophe(d)
                    && i + 1 < chars.len()
                    && chars[i + 1].1.is_alphabetic()
                    && i > start
                {
                    i += 1;
                } else {
                    break;
                }
            }
        } else {
            kind = TokenKind::Punct;
            i += 1;
        }
        let byte_start = chars[start].0;
        let byte_end = if i < chars.len() {
            chars[i].0
        } else {
            text.len()
        };
        let raw = &text[byte_start..byte_end];
        tokens.push(Token {
            kind,
            span: Span::new(start, i),
            bytes: byte_start..byte_end,
            norm: normalize(raw, kind),
            gap,
            capitalized: raw.chars().next().is_some_and(char::is_uppercase),
        });
        gap = Gap::None;
        newlines = 0;
        plain_space = false;
    }
    tokens
}

/// The normalized form of one token's raw text.
fn normalize(raw: &str, kind: TokenKind) -> String {
    match kind {
        TokenKind::Digits => raw
            .chars()
            .map(|c| {
                c.to_digit(10)
                    .and_then(|d| char::from_digit(d, 10))
                    .unwrap_or(c)
            })
            .collect(),
        TokenKind::Punct => {
            let c = raw.chars().next().unwrap_or(' ');
            if is_dash(c) {
                "-".to_string()
            } else if is_apostrophe(c) {
                "'".to_string()
            } else if matches!(c, '«' | '»' | '“' | '”' | '„' | '"') {
                "\"".to_string()
            } else {
                raw.to_string()
            }
        }
        TokenKind::Word => {
            let mut out = String::with_capacity(raw.len());
            for c in raw.nfc() {
                match c {
                    '\u{00AD}' | '\u{0301}' | '\u{0300}' => {}
                    c if is_apostrophe(c) => out.push('\''),
                    'ё' | 'Ё' => out.push('е'),
                    c => out.extend(c.to_lowercase()),
                }
            }
            out
        }
    }
}

/// Lowercase and fold a phrase the way [`tokenize`] folds words, for lexicon entries.
pub fn normalize_word(word: &str) -> String {
    normalize(word, TokenKind::Word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_are_character_offsets() {
        let text = "Повернули 207 захисників";
        let t = tokenize(text);
        assert_eq!(t.len(), 3);
        assert_eq!(t[1].span, Span::new(10, 13));
        assert_eq!(t[1].raw(text), "207");
        assert_eq!(t[2].norm, "захисників");
    }

    #[test]
    fn apostrophes_and_yo_fold() {
        let t = tokenize("П’ЯТЬОХ п'ятьох пʼятьох ещё");
        assert!(t[..3].iter().all(|t| t.norm == "п'ятьох"));
        assert_eq!(t[3].norm, "еще");
    }

    #[test]
    fn gaps_tell_separators_from_breaks() {
        let t = tokenize("1\u{a0}000 і\n\n2 000");
        assert_eq!(t[1].gap, Gap::Narrow);
        assert_eq!(t[2].gap, Gap::Space);
        assert_eq!(t[3].gap, Gap::Paragraph);
    }

    #[test]
    fn stress_and_soft_hyphen_are_dropped_but_span_kept() {
        let text = "теробо\u{301}рона ін\u{ad}ше";
        let t = tokenize(text);
        assert_eq!(t[0].norm, "тероборона");
        assert_eq!(t[0].span, Span::new(0, 11));
        assert_eq!(t[1].norm, "інше");
    }

    #[test]
    fn dashes_fold() {
        let t = tokenize("ТрО – 14, ВМС — 14");
        assert_eq!(t[1].norm, "-");
        assert_eq!(t[5].norm, "-");
    }
}
