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
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use crate::Span;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters (with inner apostrophes and combining marks).
    Word,
    /// A run of ASCII digits.
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
    is_letter(c) || (!c.is_ascii() && (is_combining_mark(c) || c == '\u{00AD}'))
}

/// `char::is_alphabetic` with fast paths for ASCII and the Cyrillic block, where
/// almost all report text lives (the general lookup is the slow part of tokenizing).
pub fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\0'..='\u{7F}' => false,
        '\u{0400}'..='\u{0481}' | '\u{048A}'..='\u{04FF}' => true,
        '\u{0482}'..='\u{0489}' => false,
        c => c.is_alphabetic(),
    }
}

/// Push the lowercase of `c`, with a fast path for ASCII and basic Cyrillic.
pub fn push_lower(out: &mut String, c: char) {
    match c {
        'A'..='Z' => out.push(c.to_ascii_lowercase()),
        '\0'..='\u{7F}' => out.push(c),
        // А..Я → а..я
        '\u{0410}'..='\u{042F}' => out.push(char::from_u32(c as u32 + 0x20).unwrap_or(c)),
        // Ѐ..Џ (Є І Ї Ё ...) → ѐ..џ
        '\u{0400}'..='\u{040F}' => out.push(char::from_u32(c as u32 + 0x50).unwrap_or(c)),
        // а..я and ѐ..џ are already lowercase
        '\u{0430}'..='\u{045F}' => out.push(c),
        c => out.extend(c.to_lowercase()),
    }
}

/// Cut `text` into tokens. Never fails; every token's span indexes `text`.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 6 + 1);
    let mut gap = Gap::None;
    let mut newlines = 0u32;
    let mut plain_space = false;
    // `pos` is a byte offset, `ci` the matching character offset.
    let mut pos = 0;
    let mut ci = 0;
    while pos < text.len() {
        let c = next_char(text, pos);
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
            pos += c.len_utf8();
            ci += 1;
            continue;
        }
        let (start, start_ci) = (pos, ci);
        let kind;
        if c.is_ascii_digit() {
            kind = TokenKind::Digits;
            while pos < text.len() {
                let d = next_char(text, pos);
                if !d.is_ascii_digit() {
                    break;
                }
                pos += d.len_utf8();
                ci += 1;
            }
        } else if is_word_char(c) {
            kind = TokenKind::Word;
            while pos < text.len() {
                let d = next_char(text, pos);
                let inner_apostrophe = is_apostrophe(d)
                    && pos > start
                    && text[pos + d.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(is_letter);
                if !(is_word_char(d) || inner_apostrophe) {
                    break;
                }
                pos += d.len_utf8();
                ci += 1;
            }
        } else {
            kind = TokenKind::Punct;
            pos += c.len_utf8();
            ci += 1;
        }
        let raw = &text[start..pos];
        tokens.push(Token {
            kind,
            span: Span::new(start_ci, ci),
            bytes: start..pos,
            norm: normalize(raw, kind),
            gap,
            capitalized: c.is_uppercase(),
        });
        gap = Gap::None;
        newlines = 0;
        plain_space = false;
    }
    tokens
}

fn next_char(text: &str, pos: usize) -> char {
    text[pos..].chars().next().unwrap_or(' ')
}

/// The normalized form of one token's raw text.
fn normalize(raw: &str, kind: TokenKind) -> String {
    match kind {
        TokenKind::Digits => raw.to_string(),
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
        TokenKind::Word if raw.is_ascii() => raw.to_ascii_lowercase(),
        TokenKind::Word => {
            let mut out = String::with_capacity(raw.len());
            let mut push = |c: char| match c {
                '\u{00AD}' | '\u{0301}' | '\u{0300}' => {}
                c if is_apostrophe(c) => out.push('\''),
                'ё' | 'Ё' => out.push('е'),
                c => push_lower(&mut out, c),
            };
            if is_nfc_quick(raw.chars()) == IsNormalized::Yes {
                raw.chars().for_each(&mut push);
            } else {
                raw.nfc().for_each(&mut push);
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
    fn fast_paths_agree_with_std() {
        for c in (0..0x2000u32).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            let mut fast = String::new();
            push_lower(&mut fast, c);
            assert_eq!(fast, c.to_lowercase().collect::<String>(), "{c:?}");
        }
    }

    #[test]
    fn dashes_fold() {
        let t = tokenize("ТрО – 14, ВМС — 14");
        assert_eq!(t[1].norm, "-");
        assert_eq!(t[5].norm, "-");
    }
}
